/**
 * One thing counted at several levels in one sentence (政协委员提案34件,市人大建议1件,市政协提案1件; 全国政协提案17件、…自治区政协
 * 委员提案615件): the level the question names before the thing (自治区政协提案), or none (政协提案: the agency's own), picks the
 * item. A clause of another level (市政协提案, 全国政协提案) read for it is another body's count: the item of the level asked
 * answers, or, where the sentence prints none of that level, nothing is stated.
 */
import { toSimplified } from '../text/script.js';
import type { Answer } from './engine.js';

/** A level printed at the head of an item (全国政协提案, 本级人大代表建议, 市政协提案). */
const LEVEL = /^(?:全国|国家|中央|本级|省级?|自治区|市级?|州|县级?|区级?|旗)/;
/**
 * Words before an item's thing that say what was done with it (主动公开, 办理, 按时办结), not what it is, or where (通过区政府门户
 * 网站20条: the channel's own level is read after 通过).
 */
const LEAD_VERBS = /^(?:其中|共|累计|主动|公开|办理|办结|按时|及时|承办|收到|答复|完成|接收|受理|并|通过|利用|在)+/;
/** Words inside a thing's name that do not change it (政协委员提案 is 政协提案; 人大代表议案建议 is 人大建议). */
const FILLER = /委员|代表|议案|的/g;
/** An item and its count, one per clause or list item. */
const ITEM = /([^，,、；;。：:（）()\d\s]+?)(\d+(?:\.\d+)?)(件|条|个|项|次|篇)/g;

interface Item {
  level: string;
  thing: string;
  printed: string;
  value: number;
  unit: string;
}

function itemsOf(sentence: string): Item[] {
  return [...sentence.matchAll(ITEM)].map((match) => {
    const printed = match[1].replace(LEAD_VERBS, '');
    const level = LEVEL.exec(printed)?.[0] ?? '';
    return {
      level: level.replace(/(?<=^[省市县区])级$/, ''),
      thing: printed.slice(level.length).replace(FILLER, ''),
      printed,
      value: Number(match[2]),
      unit: match[3],
    };
  });
}

/**
 * Characters that end no place name: a level printed after one (多少件省政协提案, 办了市级) is the level asked; so is one after
 * a word saying where (在市人社局门户网站发布几条, 从区政府网站).
 */
const NO_PLACE_END = /[件个项条篇次的了办过和及与或是有些多少几共年在从向到往]/;

/** The level the question names right before the thing (自治区政协提案 → 自治区), '' for none. */
function levelAsked(question: string, thing: string): string | undefined {
  const at = question.indexOf(thing);
  if (at < 0) return undefined;
  const before = question.slice(Math.max(0, at - 4), at);
  const level = /(?:全国|国家|中央|本级|省级?|自治区|市级?|州|县级?|区级?|旗)$/.exec(before)?.[0] ?? '';
  // (高陵区政协提案: a place's own 区 is its name, no level asked: the agency's own.)
  const previous = before.slice(0, before.length - level.length).slice(-1);
  if (/^[省市县区州旗]$/.test(level) && /\p{Script=Han}/u.test(previous) && !NO_PLACE_END.test(previous)) return '';
  return level.replace(/(?<=^[省市县区])级$/, '');
}

/** The level an agency's name ends at (新疆维吾尔自治区 → 区, 西安市高陵区人民政府 → 区, 甘肃省人民政府办公厅 → 省). */
function ownLevel(agency: string): string {
  const level = /(自治区|省|市|区|县|旗|州)(?=人民政府|政府|办公厅|办公室|$)/.exec(toSimplified(agency))?.[1] ?? '';
  return level === '自治区' ? '区' : level;
}

/** The agency's own level: printed bare, as 本级, or as the level its name ends at (自治区政协委员提案 of 新疆维吾尔自治区). */
function sameLevel(asked: string, printed: string, own: string): boolean {
  const plain = (level: string) => (level === '本级' ? '' : level === '自治区' ? '区' : level);
  const mine = (level: string) => (plain(level) === own ? '' : plain(level));
  return mine(asked) === mine(printed);
}

export function withLevelAsked(answer: Answer, text: string, agencyName = ''): Answer {
  if (answer.kind !== 'figure' || answer.facts.length !== 1) return answer;
  const [fact] = answer.facts;
  if (fact.key !== 'sentence' || !fact.sentence) return answer;
  const own = ownLevel(fact.agency || agencyName);
  const items = itemsOf(toSimplified(fact.sentence.replace(/\s+/g, '')));
  const question = toSimplified(text.replace(/\s+/g, '')).replace(FILLER, '');
  // The thing asked: the longest head of an item's thing (政协提案 of 市政协提案办理结果) the question prints, three characters at least.
  const core = (item: Item) => {
    for (let end = item.thing.length; end >= 3; end -= 1) if (question.includes(item.thing.slice(0, end))) return item.thing.slice(0, end);
    return '';
  };
  const answered = items.filter((item) => item.value === fact.value && core(item) !== '');
  if (answered.length !== 1) return answer;
  const [item] = answered;
  const thing = core(item);
  const asked = levelAsked(question, thing);
  if (asked === undefined || sameLevel(asked, item.level, own)) return answer;
  const same = items.filter((other) => other.thing.startsWith(thing));
  // A thing printed at one level only (市政协提案 alone) is the sentence's one count of it: no other level to set against.
  if (new Set(same.map((other) => other.level)).size < 2 && asked === '') return answer;
  const wanted = same.filter((other) => sameLevel(asked, other.level, own));
  const [head, ...rest] = answer.answer.split('\n');
  const lead = head.includes('：') ? head.slice(0, head.indexOf('：')) : `${fact.agency}${fact.year}年`;
  if (wanted.length === 1) {
    const [own] = wanted;
    return {
      ...answer,
      answer: [`${lead}：${own.printed}${own.value}${own.unit}。`, ...rest].join('\n'),
      facts: [{ ...fact, value: own.value, unit: own.unit }],
    };
  }
  const quoted = rest.find((line) => line.startsWith('原文：'));
  const printed = `${item.printed}${item.value}${item.unit}`;
  return {
    kind: 'refusal',
    answer: `${fact.agency}${fact.year}年的年度报告这里写的是“${printed}”，是另一级的数字，没有写明所问的${asked}${thing}，无法回答。${quoted ? `\n${quoted}` : ''}`,
    facts: [],
  };
}

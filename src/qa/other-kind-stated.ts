/**
 * A figure read from a sentence whose own words name another kind of the thing asked, of a pair reports print side by side:
 * 部门决算总收入多少 answered with 部门预算总收入16321.67万元, 现行有效规章几件 with 现行有效行政规范性文件7个, 行政诉讼几件 with
 * 行政复议23件, 区县公开多少条 with 全市各级行政机关公开政府信息160万余条, 区本级收到几件 with 全区共收到申请27件. The count the
 * same sentence gives for the kind asked answers instead (…其中,市本级公开67万余条,区县公开93万余条: 93万余条); with none, the
 * answer says what the sentence does state, of which kind, and refuses.
 */
import { toSimplified } from '../text/script.js';
import type { Answer } from './engine.js';

interface Kind {
  /** What the kind is called in a refusal. */
  name: string;
  /** The question asks this kind (and no other of its group). */
  asked: RegExp;
  /** The words naming this kind in a sentence. */
  stated: RegExp;
}

interface Group {
  kinds: readonly Kind[];
  /** Words naming every kind of the group at once (预决算): such a figure is of no one kind. */
  both?: RegExp;
  /**
   * Where the kind of a figure is read: its own label (the words since the count or mark before it), or, for a level of
   * government, the nearest level named anywhere before it in the sentence (全市各级行政机关通过…,主动公开政府信息5729条).
   */
  scope: 'label' | 'sentence';
  /** Words the question must hold for the group to apply (an act of documents: of 规范性文件, 规章 or 文件 only). */
  when?: RegExp;
  /**
   * A count inside brackets opened right after another count is of that count's kind (行政复议5件(4件结果维持,1件结果纠正)),
   * when its own label and clause name none; and an outcome asked (结果纠正几件) is never answered with the kind's own total.
   */
  outcomes?: RegExp;
  /**
   * A count inside brackets opened right after a count of one kind is of that kind, when its own label names none
   * (主动公开市政府规章13件(含新制定5件,修改4件,废止4件): 废止4件 is of 规章).
   */
  bracketed?: boolean;
}

/** Documents by their kind: 规章 or 规范性文件. */
const DOCUMENTS: Group = {
  kinds: [
    { name: '规章', asked: /规章/, stated: /规章/ },
    { name: '规范性文件', asked: /规范性文件/, stated: /规范性文件/ },
  ],
  scope: 'label',
  bracketed: true,
};

/** Documents by what was done to them: made, repealed, in force (of 规范性文件, 规章 or 文件 only). */
const DOCUMENT_ACTS: Group = {
  kinds: [
    { name: '制发', asked: /制发|制定|出台|印发|新发布|新制/, stated: /制发|制定|出台|印发|新发布|新制/ },
    { name: '废止', asked: /废止|废除|失效/, stated: /废止|废除|失效/ },
    { name: '现行有效', asked: /现行有效|有效存续|继续有效|仍然有效/, stated: /现行有效|有效存续|继续有效|仍然有效/ },
  ],
  scope: 'label',
  when: /规范性文件|规章|文件/,
};

const GROUPS: readonly Group[] = [
  {
    kinds: [
      { name: '决算', asked: /决算/, stated: /决算/ },
      { name: '预算', asked: /预算/, stated: /预算/ },
    ],
    both: /预决算|决预算|预算(?:和|及|与|、)?决算|决算(?:和|及|与|、)?预算/,
    scope: 'label',
  },
  DOCUMENTS,
  DOCUMENT_ACTS,
  {
    kinds: [
      { name: '行政复议', asked: /复议/, stated: /复议/ },
      { name: '行政诉讼', asked: /诉讼|起诉|官司/, stated: /诉讼|起诉/ },
    ],
    scope: 'label',
    outcomes: /维持|纠正|纠错|撤销|败诉|胜诉|输|赢|其他结果|审结|判/,
  },
  {
    kinds: [
      {
        name: '全辖区',
        asked: /全[省市区县州旗盟](?!委|政府)(?:各级(?:行政机关)?)?|各级行政机关/,
        stated: /全[省市区县州旗盟](?!委|政府)(?:各级(?:行政机关)?)?|各级行政机关/,
      },
      { name: '本级', asked: /[省市区县州旗盟]本级|[省市县区]直(?:部门|单位|机关)/, stated: /本级|[省市县区]直(?:部门|单位|机关)/ },
      { name: '区县', asked: /区县|县区|县市区|县（市、区）|县\(市、区\)/, stated: /区县|县区|县市区|县（市、区）|县\(市、区\)/ },
    ],
    scope: 'sentence',
  },
];

/** The one kind of a group a text names, undefined for none or several. */
function kindAsked(group: Group, text: string): Kind | undefined {
  if (group.both?.test(text)) return undefined;
  const named = group.kinds.filter((kind) => kind.asked.test(text));
  return named.length === 1 ? named[0] : undefined;
}

/** The kind a stretch of a sentence names nearest its end (the last one written), undefined for none or one naming all. */
function kindNearestEnd(group: Group, text: string): Kind | undefined {
  const plain = group.both ? text.replace(new RegExp(group.both.source, 'g'), '') : text;
  if (group.both?.test(text) && group.scope === 'label') return undefined;
  let best: { kind: Kind; at: number } | undefined;
  for (const kind of group.kinds) {
    const all = [...plain.matchAll(new RegExp(kind.stated.source, 'g'))];
    const last = all.at(-1);
    if (last && (!best || (last.index ?? 0) > best.at)) best = { kind, at: last.index ?? 0 };
  }
  return best?.kind;
}

/** A count in a sentence: its number (Arabic, with 万 and 余 as printed) and measure word. */
const COUNT = /(\d+(?:\.\d+)?)\s*(万余|余万|万|余)?(件|条|个|份|项|篇|次|起|宗|万元|元)/g;
/** Where a label starts: after a mark, or after the count before it and the word joining them (13件和). */
const LABEL_START = /[，,；;。：:（(）)]|\d\s*(?:万余|余万|万|余)?(?:件|条|个|份|项|篇|次|起|宗|万元|元)(?:和|及|、|与)?/g;

interface Count {
  label: string;
  before: string;
  value: number;
  printed: string;
  unit: string;
  at: number;
  /** The words right after the count (县区 of 全市11个县区): what is counted. */
  after: string;
}

function countsOf(sentence: string): Count[] {
  const out: Count[] = [];
  for (const match of sentence.matchAll(COUNT)) {
    const at = match.index ?? 0;
    const before = sentence.slice(0, at);
    let start = 0;
    for (const mark of before.matchAll(LABEL_START)) start = (mark.index ?? 0) + mark[0].length;
    out.push({
      label: before.slice(start).replace(/^(?:其中|共|全年|累计|另有|还有)/, ''),
      before,
      value: Number(match[1]),
      printed: match[0],
      unit: `${match[2] ?? ''}${match[3]}`,
      at,
      after: sentence.slice(at + match[0].length, at + match[0].length + 8),
    });
  }
  return out;
}

/** The kind a count is of, by its group's scope. */
function kindOf(group: Group, count: Count): Kind | undefined {
  // (刊登市政府规章、…、市政府部门行政规范性文件等243件: a label naming both kinds counts them together, of neither alone.)
  return group.scope === 'label' ? onlyKindIn(group, count.label) : kindNearestEnd(group, count.before);
}

/** The kind named right before a bracket still open where a count stands (行政复议5件( of 行政复议5件(4件结果维持,1件结果纠正). */
function kindBeforeBracket(group: Group, before: string): Kind | undefined {
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (open < 0 || /[)）]/.test(before.slice(open))) return undefined;
  const head = before.slice(0, open);
  const start = Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((mark) => head.lastIndexOf(mark))) + 1;
  return onlyKindIn(group, head.slice(start));
}

/** The words of a kind as a text writes them (区本级 of 区本级收到几件, 全市 of 全市各级行政机关…), the last written. */
function wordsOf(kind: Kind, text: string, pattern: RegExp): string {
  return [...text.matchAll(new RegExp(pattern.source, 'g'))].at(-1)?.[0] ?? kind.name;
}

/** The one kind of a group a stretch names (never two, never all at once), undefined otherwise. */
function onlyKindIn(group: Group, text: string): Kind | undefined {
  if (group.both?.test(text)) return undefined;
  const named = group.kinds.filter((kind) => kind.stated.test(text));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Whether the sentence names the act asked at another count than the one answered, when the one answered names no act
 * (行政规范性文件38件,宣布废止市政府公文61件 for 废止了几个规范性文件: 38件 is documents published, the 废止 is of 公文).
 */
function actElsewhere(group: Group, asked: Kind, counts: readonly Count[], stated: Count): boolean {
  // (制发 only where named: 发布行政规范性文件38件 may well be the documents made.)
  return asked.name !== '制发' && counts.some((count) => count !== stated && kindOf(group, count) === asked);
}

function otherActRefused(answer: Answer, clause: string, asked: Kind, agencyName: string): Answer {
  const quoted = answer.answer.split('\n').find((line) => line.startsWith('原文：'));
  return {
    kind: 'refusal',
    answer: `${agencyName}的年度报告这里写的“${clause}”不是${asked.name}的件数，没有写明所问的${asked.name}件数，无法回答。${quoted ? `\n${quoted}` : ''}`,
    facts: [],
  };
}

export function withOtherKindNoted(answer: Answer, text: string, agencyName: string): Answer {
  if (answer.kind !== 'figure' || answer.facts.length !== 1) return answer;
  const [fact] = answer.facts;
  if (fact.key !== 'sentence' || !fact.sentence) return answer;
  // (A 繁体 sentence is read simplified, as the answer's clause is: same length.)
  const sentence = toSimplified(fact.sentence.replace(/\s+/g, ''));
  const counts = countsOf(sentence);
  const [head, ...rest] = answer.answer.split('\n');
  const lead = head.replace(/：.*$/, '');
  // The clause the answer states (我区因政府信息公开引发行政复议共23件,其中结果维持5件 for 5).
  const clause = head.slice(lead.length + 1).replace(/。$/, '');
  // The count answered: the last in the clause stated printing the fact's value in its unit (行政复议0件和提起行政诉讼0件: the
  // second), else the first in the sentence.
  const from = clause ? sentence.indexOf(clause.replace(/\s+/g, '')) : -1;
  const matching = counts.filter((count) => count.value === fact.value && count.unit === fact.unit);
  const stated =
    (from < 0 ? undefined : matching.filter((count) => count.at >= from && count.at < from + clause.length).at(-1)) ?? matching[0];
  if (!stated) return answer;
  const question = text.replace(/\s+/g, '');
  for (const group of GROUPS) {
    const asked = group.when && !group.when.test(question) ? undefined : kindAsked(group, question);
    if (!asked) continue;
    // (其中结果维持5件 names no kind: the clause stated with it does, when it names one only.)
    // (A label naming both kinds counts them together: no other kind than the one asked.)
    if (group.scope === 'label' && group.kinds.filter((kind) => kind.stated.test(stated.label)).length > 1) continue;
    const of =
      kindOf(group, stated) ??
      (group.scope === 'label' ? onlyKindIn(group, clause) : undefined) ??
      (group.outcomes || group.bracketed ? kindBeforeBracket(group, stated.before) : undefined);
    // (废止了几个规范性文件, 废止的规范性文件和其他文件85件 answered: the kind asked counted with other documents.)
    // (Unless the question asks them together: 废止的规范性文件和其他文件多少件.)
    const joined = new RegExp(`${asked.stated.source}(?:和|及|与|以及|、)(?:其他|其它)`);
    if (group === DOCUMENTS && joined.test(stated.label) && !joined.test(question)) {
      const quoted = rest.find((line) => line.startsWith('原文：'));
      return {
        kind: 'refusal',
        answer: `${agencyName}的年度报告只写了几类文件合起来的数字：“${clause}”，没有单列${asked.name}的数字，无法回答。${quoted ? `\n${quoted}` : ''}`,
        facts: [],
      };
    }
    if (!of && group === DOCUMENT_ACTS && actElsewhere(group, asked, counts, stated))
      return otherActRefused(answer, clause, asked, agencyName);
    if (!of || of === asked) continue;
    // (多少个县区梳理… against 全市11个县区及36家市直部门…: the count is of the kind asked itself, 全市 only where they are.)
    if (asked.stated.exec(stated.after)?.index === 0) continue;
    // The same sentence's count of the kind asked, in the same measure word (区县公开93万余条).
    const measure = fact.unit.slice(-1);
    const outcomeAsked = group.outcomes?.test(question.replace(/复议|诉讼|起诉|官司/g, '')) ?? false;
    // (An act asked with the kind, 废止了几件规范性文件, is never answered with that kind's count of another act or of none:
    // 主动公开…行政规范性文件42件 is no count of documents repealed.)
    const act = group === DOCUMENTS ? kindAsked(DOCUMENT_ACTS, question) : undefined;
    const own = outcomeAsked
      ? undefined
      : counts.find(
          (count) =>
            count !== stated && kindOf(group, count) === asked && count.unit.endsWith(measure) && (!act || act.stated.test(count.label)),
        );
    if (own) {
      return {
        ...answer,
        answer: [`${lead}：${own.label}${own.printed}。`, ...rest].join('\n'),
        facts: [{ ...fact, value: own.value, unit: own.unit }],
      };
    }
    const quoted = rest.find((line) => line.startsWith('原文：'));
    const statedWords = wordsOf(of, group.scope === 'label' ? clause : stated.before, of.stated);
    return {
      kind: 'refusal',
      answer: `${agencyName}的年度报告这里写的是${statedWords}的数字：“${clause}”，没有单列${wordsOf(asked, question, asked.asked)}的数字，无法回答。${quoted ? `\n${quoted}` : ''}`,
      facts: [],
    };
  }
  return answer;
}

/**
 * Statistics over the agencies of one kind in one year, each agency's figure read as a comparison of named agencies reads it:
 * the median (中位数), the average, one agency's share of the kind's total (武汉的占所有民政局的百分之多少), counts and lists
 * over a threshold (超过50件的有几个, 哪些没有收到申请, 有几个是零, 比平均数高的), the first or last few (前三名, 倒数第一,
 * 第四名), the gap between the first and the last, and those tied. Every number the answer states is a stored figure or is
 * computed from them and said so, with the agencies counted named.
 */
import { parseChineseNumber } from '../report/normalize.js';
import type { Fact } from './engine.js';
import { approximateMark } from './approximate.js';

/** One agency's figure of the thing asked, in the year asked. */
export interface KindEntry {
  agency: string;
  value: number;
  unit: string;
  fact: Fact;
}

export type StatisticAsked =
  | { type: 'median'; alsoAverage: boolean }
  | { type: 'average' }
  | { type: 'share'; first: boolean }
  | { type: 'threshold'; limit: number; above: boolean; inclusive: boolean; list: boolean }
  | { type: 'zero'; zero: boolean; list: boolean }
  | { type: 'versus-average'; above: boolean; list: boolean }
  | { type: 'top'; n: number; fromBottom: boolean; sum: boolean }
  | { type: 'place'; n: number; fromBottom: boolean }
  | { type: 'ends' }
  | { type: 'gap-to-top' }
  | { type: 'ties' }
  | { type: 'total' }
  | { type: 'pair'; times: boolean; firstNamed: boolean }
  | { type: 'change'; against: 'last' | number; more: boolean };

/** The words of a statistic, found: what is asked and the message without them (the thing, the kind, the year). */
export interface StatisticFound {
  asked: StatisticAsked;
  rest: string;
}

const NUMERAL = '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)';
const COUNT_WORDS = '(?:的)?(?:有|是)?(?:几个|几家|多少个|多少家|几|哪些|哪几个|哪几家|哪个|哪家|谁|是哪些|是哪几个|分别是哪些|都是谁)';
/** Asks for the agencies themselves rather than how many. */
const LIST_WORDS = /哪些|哪几个|哪几家|哪个|哪家|是谁|都是谁|有谁|分别是/;
/** Words around a statistic that name nothing (那, 的呢, 是多少, 啊). */
const LEAD = /^(?:那么?|请问|我想问一下|想问下)/;
const TAIL = /(?:的)?(?:是)?(?:多少|几|几件|几条|几个)?(?:呢|啊|呀|吧|吗)?[?？。!！]*$/;
/**
 * The patterns built from NUMERAL and COUNT_WORDS, compiled once (statisticAsked runs on most messages: building them per
 * call compiled seven patterns a message). None is global, so none keeps state between uses.
 */
const COUNT_WORDS_PATTERN = new RegExp(COUNT_WORDS);
const THRESHOLD_BEFORE = new RegExp(
  `(?:有(?:几个|几家|多少个|哪些|哪几个))?(超过|多于|大于|高于|不少于|不低于|至少|少于|低于|不到|不足|小于|不超过|不满)${NUMERAL}(?:件|条|个|次|项|人次)?(?:的)?`,
);
const THRESHOLD_AFTER = new RegExp(`(?:是)?${NUMERAL}(?:件|条|个|次|项|人次)?(?:或)?(以上|以下|及以上|及以下|以内)(?:的)?`);
const TOP_SUM = new RegExp(`前${NUMERAL}名?(?:的)?(?:加起来|一共|合计|总共)`);
const TOP = new RegExp(`前${NUMERAL}名|前${NUMERAL}(?:个|家)|排在?前${NUMERAL}`);
const BOTTOM = new RegExp(`(?:最少|最低|最小|最后|垫底)的?${NUMERAL}(?:个|名|家)|倒数${NUMERAL}(?:个|名|家)`);
const PLACE = new RegExp(
  `(倒数)?第${NUMERAL}(?:名|位|个|多|少|高|低)?的?(?:是谁|是哪个|是哪家|是哪一个|是哪|呢|啊)?|最后一名(?:是谁|是哪个|呢)?`,
);

function numberOf(written: string): number | undefined {
  const value = /^\d/.test(written) ? Number(written) : parseChineseNumber(written.replace(/^两$/, '二'));
  return Number.isFinite(value) ? value : undefined;
}

function cut(text: string, match: RegExpExecArray): string {
  return `${text.slice(0, match.index)}${text.slice(match.index + match[0].length)}`;
}

/** The statistic a message asks for, or undefined when it asks none of these. */
export function statisticAsked(text: string): StatisticFound | undefined {
  const list = LIST_WORDS.test(text);
  let found: RegExpExecArray | null;
  // 比去年多的有哪几个 / 比2024年少的有几个: each agency's figure against its own of another year.
  found =
    /比(去年|上年|上一年|前一年|(?:19|20)\d{2}年)(?:的)?(?:还)?(多|少|增加|减少|高|低|涨|降)(?:了)?的?(?:有)?(?:哪几个|哪些|几个|几家|哪几家|哪个|谁)/.exec(
      text,
    );
  if (found) {
    const year = /(\d{4})年/.exec(found[1])?.[1];
    return {
      asked: { type: 'change', against: year ? Number(year) : 'last', more: /多|增加|高|涨/.test(found[2]) },
      rest: cut(text, found),
    };
  }
  found = /中位数(?:和|跟|与|及)平均(?:数|值)|平均(?:数|值)(?:和|跟|与|及)中位数/.exec(text);
  if (found) return { asked: { type: 'median', alsoAverage: true }, rest: cut(text, found).replace(/各(?:是|为)?/, '') };
  found = /(?:的)?中位数/.exec(text);
  if (found) return { asked: { type: 'median', alsoAverage: false }, rest: cut(text, found) };
  // 有几个比平均数高 / 高于平均的有哪些.
  found = /(?:比|高于|低于|超过|不到)平均(?:数|值|水平)?(高|多|大|低|少|小)?的?/.exec(text);
  if (found && /平均/.test(found[0])) {
    const above = /高于|超过/.test(found[0]) || /高|多|大/.test(found[1] ?? '');
    return { asked: { type: 'versus-average', above, list }, rest: cut(text, found).replace(COUNT_WORDS_PATTERN, '') };
  }
  // 占所有民政局的百分之多少 / 占全部的多少 / 占比多少 / 第一名占比 / 占全部卫健委的比例是多少 (比例 whole, never 比 + 例).
  found =
    /(?:占了?|占到)(?:所有|全部|总数|总量|合计|这些|全体)?[^，。？?\d]{0,14}?(?:百分之(?:多少|几)|多少|几成|的?比例|的?比重|百分比|的?比(?![例重]))|占比|比例是?多少|的?比例/.exec(
      text,
    );
  if (found) {
    const first = /第一名?|最多的?/.exec(text);
    const rest = cut(text, found).replace(/第一名?|最多的?/, '');
    return { asked: { type: 'share', first: first !== null }, rest };
  }
  // 超过50件的有几个 / 10件以上的有哪些 / 少于2件的 / 有几个超过50件的 / 有几个不到5件.
  found = THRESHOLD_BEFORE.exec(text);
  if (found) {
    const limit = numberOf(found[2]);
    if (limit !== undefined) {
      const above = /超过|多于|大于|高于|不少于|不低于|至少/.test(found[1]);
      const inclusive = /不少于|不低于|至少|不超过/.test(found[1]);
      return {
        asked: { type: 'threshold', limit, above, inclusive, list: list && !/几个|几家|多少个/.test(text) },
        rest: cut(text, found).replace(COUNT_WORDS_PATTERN, ''),
      };
    }
  }
  found = THRESHOLD_AFTER.exec(text);
  if (found) {
    const limit = numberOf(found[1]);
    if (limit !== undefined) {
      const above = /以上/.test(found[2]);
      return {
        asked: { type: 'threshold', limit, above, inclusive: true, list: list && !/几个|几家|多少个/.test(text) },
        rest: cut(text, found).replace(COUNT_WORDS_PATTERN, ''),
      };
    }
  }
  // 有几个是零 / 不是零的呢 / 哪些没有收到申请 / 是0的有几个.
  found = /(不是|不为|没有?是|非)(?:零|0)的?|(?:是|为|等于)(?:零|0)的?/.exec(text);
  if (found && (/几|哪|谁|呢/.test(text) || list)) {
    return {
      asked: { type: 'zero', zero: !/不是|不为|没有?是|非/.test(found[0]), list: list && !/几个|几家|多少个/.test(text) },
      rest: cut(text, found).replace(COUNT_WORDS_PATTERN, ''),
    };
  }
  found =
    /(?:哪些|哪几个|哪几家|哪个|哪家|有几个|有几家|几个|谁)(?:的)?(\p{Script=Han}{0,4}?)(?:没有|没|未)(收到|接到|受理|被|公开|发布|办理|作出|做出)/u.exec(
      text,
    );
  if (found) {
    return {
      asked: { type: 'zero', zero: true, list: LIST_WORDS.test(found[0]) },
      rest: `${text.slice(0, found.index)}${found[1]}${found[2]}${text.slice(found.index + found[0].length)}`,
    };
  }
  // 哪几个一样多 / 有并列的吗.
  found = /(?:哪几个|哪些|哪几家|有哪些|有没有)(?:是)?(?:一样多|相同|一样|并列)(?:的)?/.exec(text);
  if (found) return { asked: { type: 'ties' }, rest: cut(text, found) };
  // 哪几个民政局收到的申请是一样多的: the kind and the thing between the question words and 一样多, kept as the rest.
  found = /(?:哪几个|哪几家|哪些)(\p{Script=Han}{2,24}?)(?:是)?(?:一样多|相同|一样|并列)(?:的)?/u.exec(text);
  if (found)
    return { asked: { type: 'ties' }, rest: `${text.slice(0, found.index)}${found[1]}${text.slice(found.index + found[0].length)}` };
  // 前两名加起来多少.
  found = TOP_SUM.exec(text);
  if (found) {
    const n = numberOf(found[1]);
    if (n !== undefined) return { asked: { type: 'top', n, fromBottom: false, sum: true }, rest: cut(text, found) };
  }
  // 前三名 / 最少的三个 / 倒数三名.
  found = TOP.exec(text);
  if (found) {
    const n = numberOf(found[1] ?? found[2] ?? found[3]);
    if (n !== undefined && n >= 1)
      return { asked: { type: 'top', n, fromBottom: false, sum: false }, rest: cut(text, found).replace(COUNT_WORDS_PATTERN, '') };
  }
  found = BOTTOM.exec(text);
  if (found) {
    const n = numberOf(found[1] ?? found[2]);
    if (n !== undefined && n >= 1)
      return { asked: { type: 'top', n, fromBottom: true, sum: false }, rest: cut(text, found).replace(COUNT_WORDS_PATTERN, '') };
  }
  // 它比第一名少多少 / 最多的比它多多少.
  found = /它比(?:第一名?|最多的?)(?:少|差)了?(?:多少|几)|(?:第一名?|最多的?)比它(?:多|高)了?(?:多少|几)/.exec(text);
  if (found) return { asked: { type: 'gap-to-top' }, rest: cut(text, found) };
  // 最多的比最少的多多少 / 最少的比最多的少几件 / 第一名比最后一名多多少.
  found =
    /(?:最多|最高|第一名?)的?(?:比|和|跟)(?:最少|最低|最后一名?|倒数第一)的?(?:多|高|差|相差)?了?(?:多少|几)|(?:最少|最低)的?比(?:最多|最高)的?(?:少|低|差)了?(?:多少|几)/.exec(
      text,
    );
  if (found) return { asked: { type: 'ends' }, rest: cut(text, found) };
  // 第二名是谁 / 倒数第一呢 / 排第四的 / 倒数第一是哪个.
  found = PLACE.exec(text);
  if (found && !/第[一二三四五六七八九十\d]+(?:部分|条|款|项|季度|批)/.test(text)) {
    const n = found[0].startsWith('最后') ? 1 : numberOf(found[2]);
    const fromBottom = found[0].startsWith('最后') || found[1] !== undefined;
    if (n !== undefined && n >= 1) return { asked: { type: 'place', n, fromBottom }, rest: cut(text, found).replace(/^排(?:在)?/, '') };
  }
  // 一共多少件 / 加起来多少 (after a ranking, or with the kind: 2025年民政局收到申请一共多少).
  found = /^(?:那)?(?:一共|总共|合计|加起来|总计|共计)(?:是|有)?(?:多少|几)(?:件|条|个|次)?(?:呢|啊)?[?？。!！]*$/.exec(text);
  if (found) return { asked: { type: 'total' }, rest: '' };
  // 常州是三明的几倍 / 是吉林的几倍 / 辽宁比吉林多多少: two of the kind weighed (the first left out: the one just answered).
  found = /^(?:那)?(.*?)(?:是)(\p{Script=Han}{2,16}?)的(?:几|多少)倍/u.exec(text);
  if (found) return { asked: { type: 'pair', times: true, firstNamed: found[1].length > 0 }, rest: `${found[1]}、${found[2]}` };
  found = /^(?:那)?(\p{Script=Han}{2,16}?)比(\p{Script=Han}{2,16}?)(?:多|少|高|低)了?(?:多少|几)/u.exec(text);
  if (found && !/最|第|平均|去年|上年/.test(found[0]))
    return { asked: { type: 'pair', times: false, firstNamed: true }, rest: `${found[1]}、${found[2]}` };
  // 平均每个局多少件 / 平均呢 / 平均多少件 (an average across agencies is the caller's, after a ranking only).
  found =
    /^(?:那么?)?平均(?:数|值)?(?:下来|一下)?(?:每个?(?:局|家|机关|单位|部门|委|个))?(?:是|有)?(?:多少|几)?(?:件|条|个|次)?(?:呢|啊)?[?？。!！]*$/.exec(
      text,
    );
  if (found) return { asked: { type: 'average' }, rest: '' };
  return undefined;
}

/** The message left once the statistic's words and the words around it are taken out. */
export function bareRest(rest: string): string {
  return rest
    .replace(LEAD, '')
    .replace(TAIL, '')
    .replace(/^[，,\s]+|[，,\s]+$/g, '');
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

function join(items: readonly string[]): string {
  return items.join('、');
}

/** The unit most entries are counted in (件 over the one 条 a sentence writes). */
function mainUnit(entries: readonly KindEntry[]): string {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.unit, (counts.get(entry.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export interface StatisticContext {
  /** 2025年库中的民政局: the year and the agencies counted, as the answer names them. */
  who: string;
  /** 收到的政府信息公开申请: the thing counted. */
  label: string;
  /** The agency a share or a place is asked of, when one is named. */
  named?: string;
  /** The agency the last answer was about (它比第一名少多少). */
  last?: string;
  /** The second agency of two weighed (是吉林的几倍). */
  other?: string;
  /** Each entry is one report (an agency counted in several years: 各年度), not one agency. */
  perReport?: boolean;
}

/** The answer's first lines (the statistic and the figures it is computed from), or undefined when it does not apply. */
export function statisticAnswer(asked: StatisticAsked, entries: readonly KindEntry[], context: StatisticContext): string | undefined {
  const unit = mainUnit(entries);
  const desc = [...entries].sort((a, b) => b.value - a.value);
  const asc = [...desc].reverse();
  // (As its sentence printed it: 1500余条 keeps the 余 that says the count is approximate.)
  const item = (entry: KindEntry) => `${entry.agency}${format(entry.value)}${approximateMark(entry.fact) ?? ''}${entry.unit}`;
  const per = context.perReport ? '份报告' : '个机关';
  const counted = `（${entries.length}${per}有这项数字：${join(desc.map(item))}）`;
  const { who, label } = context;
  const sum = entries.reduce((total, entry) => total + entry.value, 0);
  const mean = entries.length > 0 ? sum / entries.length : 0;
  const meanText = () => {
    const rounded = Math.round(mean * 10) / 10;
    return `平均每${per}${rounded === mean ? '' : '约'}${format(rounded)}${unit}（合计${format(sum)}${unit} ÷ ${entries.length}${per}，是计算结果）`;
  };
  switch (asked.type) {
    case 'median': {
      const middle = Math.floor(asc.length / 2);
      const median = asc.length % 2 === 1 ? asc[middle].value : (asc[middle - 1].value + asc[middle].value) / 2;
      const how =
        asc.length % 2 === 1
          ? `按从少到多排在正中间的是${item(asc[middle])}`
          : `个数是双数，取正中间两个数${format(asc[middle - 1].value)}和${format(asc[middle].value)}的平均`;
      return `${who}${label}的中位数是${format(median)}${unit}（${how}，是计算结果）。${asked.alsoAverage ? `\n${meanText()}。` : ''}\n从少到多：${join(asc.map(item))}。`;
    }
    case 'average':
      return `${who}${label}${meanText()}：${join(desc.map(item))}。`;
    case 'share': {
      const target = asked.first ? desc[0] : entries.find((entry) => entry.agency === context.named);
      if (!target) return undefined;
      if (sum === 0) return `${who}${label}合计是0${unit}，算不出占比。${counted}`;
      const percent = Math.round((target.value / sum) * 1000) / 10;
      return `${target.agency}${format(target.value)}${target.unit}，占${who}合计${format(sum)}${unit}的${format(percent)}%（${format(target.value)} ÷ ${format(sum)}，是计算结果）。${counted}`;
    }
    case 'threshold': {
      const { limit, above, inclusive } = asked;
      const passes = (value: number) => (above ? (inclusive ? value >= limit : value > limit) : inclusive ? value <= limit : value < limit);
      const chosen = desc.filter((entry) => passes(entry.value));
      const words = above
        ? inclusive
          ? `${format(limit)}${unit}及以上`
          : `超过${format(limit)}${unit}`
        : inclusive
          ? `不超过${format(limit)}${unit}`
          : `少于${format(limit)}${unit}`;
      if (chosen.length === 0) return `${who}${label}没有${words}的。${counted}`;
      return `${who}${label}${words}的有${chosen.length}个：${join(chosen.map(item))}。${counted}`;
    }
    case 'zero': {
      const chosen = desc.filter((entry) => (asked.zero ? entry.value === 0 : entry.value !== 0));
      const words = asked.zero ? `是0${unit}` : `不是0${unit}`;
      if (chosen.length === 0) return `${who}${label}没有${words}的。${counted}`;
      return `${who}${label}${words}的有${chosen.length}个：${join(chosen.map(item))}。${counted}`;
    }
    case 'versus-average': {
      const chosen = desc.filter((entry) => (asked.above ? entry.value > mean : entry.value < mean));
      const words = asked.above ? '高于平均数' : '低于平均数';
      const lead = `${meanText()}。`;
      if (chosen.length === 0) return `${who}${label}${lead}没有${words}的。${counted}`;
      return `${who}${label}${lead}${words}的有${chosen.length}个：${join(chosen.map(item))}。${counted}`;
    }
    case 'top': {
      const order = asked.fromBottom ? asc : desc;
      if (asked.n > order.length) return undefined;
      const edge = order[asked.n - 1].value;
      // Ties at the edge are all shown: 前两名 where the second and third have the same figure names both.
      const chosen = order.filter((entry, at) => at < asked.n || entry.value === edge);
      const tied = chosen.length > asked.n ? `（第${asked.n}名有并列，都列出）` : '';
      const total = chosen.reduce((all, entry) => all + entry.value, 0);
      const head = asked.fromBottom ? `最少的${asked.n}个` : `前${asked.n}名`;
      const added = asked.sum
        ? `，加起来${format(total)}${unit}（${chosen.map((entry) => format(entry.value)).join(' + ')}，是计算结果）`
        : '';
      return `${who}${label}${head}${tied}：${join(chosen.map(item))}${added}。${chosen.length < order.length ? `\n全部：${join(desc.map(item))}。` : ''}`;
    }
    case 'place': {
      const order = asked.fromBottom ? asc : desc;
      if (asked.n > order.length)
        return `${who}${label}只有${order.length}个机关有这项数字，没有${asked.fromBottom ? '倒数' : ''}第${asked.n}名。${counted}`;
      const value = order[asked.n - 1].value;
      const chosen = order.filter((entry) => entry.value === value);
      const tied = chosen.length > 1 ? `（${chosen.length}个机关并列）` : '';
      return `${who}${label}${asked.fromBottom ? '倒数' : '排'}第${asked.n}的是${join(chosen.map(item))}${tied}。\n全部（从多到少）：${join(desc.map(item))}。`;
    }
    case 'ends':
    case 'gap-to-top': {
      if (desc.length < 2) return undefined;
      const top = desc[0];
      const low = asked.type === 'ends' ? desc[desc.length - 1] : entries.find((entry) => entry.agency === context.last);
      if (!low || low === top) return undefined;
      const lows = desc.filter((entry) => entry.value === low.value);
      const tops = desc.filter((entry) => entry.value === top.value);
      const name = (group: KindEntry[]) => (group.length > 1 ? `${join(group.map((entry) => entry.agency))}（并列）` : group[0].agency);
      return `${who}${label}最多的${name(tops)}比${asked.type === 'ends' ? '最少的' : ''}${name(lows)}多${format(top.value - low.value)}${unit}（${format(top.value)} − ${format(low.value)}，是计算结果）。${counted}`;
    }
    case 'total':
      return `${who}${label}合计${format(sum)}${unit}（${entries.length}${per}相加，是计算结果）：${join(desc.map(item))}。`;
    case 'pair': {
      const first = entries.find((entry) => entry.agency === context.named);
      const second = entries.find((entry) => entry.agency === context.other);
      if (!first || !second || first === second) return undefined;
      if (asked.times) {
        if (second.value === 0) return `${second.agency}是0${second.unit}，算不出倍数（${item(first)}）。`;
        const ratio = Math.round((first.value / second.value) * 100) / 100;
        return `${first.agency}是${second.agency}的${ratio === first.value / second.value ? '' : '约'}${format(ratio)}倍（${item(first)} ÷ ${item(second)}，是计算结果）。`;
      }
      const gap = first.value - second.value;
      return `${item(first)}，${item(second)}，${first.agency}比${second.agency}${gap >= 0 ? '多' : '少'}${format(Math.abs(gap))}${unit}（是计算结果）。`;
    }
    case 'ties': {
      const groups = new Map<number, KindEntry[]>();
      for (const entry of desc) groups.set(entry.value, [...(groups.get(entry.value) ?? []), entry]);
      const tied = [...groups.values()].filter((group) => group.length > 1);
      if (tied.length === 0) return `${who}${label}没有数字相同的。${counted}`;
      return `${who}${label}数字相同的：${tied.map((group) => `${join(group.map((entry) => entry.agency))}都是${format(group[0].value)}${group[0].unit}`).join('；')}。${counted}`;
    }
    default:
      return undefined;
  }
}

/** A bar asked of a list across agencies (超过1000件的有哪些, 5件以上的, 少于3件的): the test each figure must pass and its words. */
export interface BarAsked {
  limit: number;
  above: boolean;
  passes: (value: number) => boolean;
  words: (unit: string) => string;
}

/** The bar of a list question (超过N件 / N件以上 / 不到N件 / N件以下), or undefined when the message sets none. */
export function barAsked(text: string): BarAsked | undefined {
  const found = statisticAsked(text);
  if (found?.asked.type !== 'threshold') return undefined;
  const { limit, above, inclusive } = found.asked;
  const format = (value: number) => String(value);
  return {
    limit,
    above,
    passes: (value) => (above ? (inclusive ? value >= limit : value > limit) : inclusive ? value <= limit : value < limit),
    words: (unit) =>
      above
        ? inclusive
          ? `${format(limit)}${unit}以上（含${format(limit)}${unit}）`
          : `超过${format(limit)}${unit}`
        : inclusive
          ? `${format(limit)}${unit}以下（含${format(limit)}${unit}）`
          : `少于${format(limit)}${unit}`,
  };
}

/**
 * Which of the parts a sentence lists is the largest (or smallest): 哪类信息最多 against 其中:组织机构类信息140条;动态类信息
 * 260条…, 哪一级媒体报道最多 against 国家级媒体报道19次,…省级媒体报道35次,…市级媒体报道148次, and 哪个平台发的最多 after a
 * total and some of its parts (全年发布信息578条,其中微博183条,微信公众号270条…). A count whose clause says it is a whole (共,
 * 全年, 累计) or that a 其中 follows is the total, never ranked.
 */
import { toSimplified } from '../text/script.js';

/** One count of a sentence and the words naming it (微信公众号, 国家级媒体报道, 动态类信息). */
export interface ListedPart {
  label: string;
  value: number;
  unit: string;
  total: boolean;
}

/** A count with its measure word, not a year or a percentage. */
const COUNT = /(?<![\d.])(\d+(?:\.\d+)?)\s*([条次篇件个期项])/g;
/** The marks that end the clause before a count. */
const CLAUSE_MARKS = [...'，,；;：:、（(）)。“”'];
/** A clause that counts a whole. */
const WHOLE_CLAUSE = /共|全年|累计|总计|合计|总数|全部/;
/**
 * A clause whose only word of a whole is 全年 and that names one channel counts that channel's part, not the whole
 * (全年局门户网站主动公开信息2978条,政务微信321条…).
 */
const CHANNEL_OF_YEAR = /^全年(?!.*(?:共|累计|总计|合计|总数|全部)).*(?:网站|微信|微博|公众号|抖音|头条|客户端|小程序)/;
/** A name in brackets right before a count (微博(天津高新区THT)6128条): the account's own name, the part named before it. */
const BRACKETED_TAIL = /[（(][^（()）]{0,20}[)）]\s*$/;

/** Each count of a sentence, with its label (the clause before it, without its lead words) and whether it is a total. */
export function listedParts(printed: string): ListedPart[] {
  // (A 繁体 sentence is read in its simplified form: 政務微博260條 is a count as 政务微博260条 is.)
  const sentence = toSimplified(printed);
  const parts: ListedPart[] = [];
  for (const match of sentence.matchAll(COUNT)) {
    const at = match.index ?? 0;
    const before = sentence.slice(0, at).replace(BRACKETED_TAIL, '');
    const start = Math.max(...CLAUSE_MARKS.map((mark) => before.lastIndexOf(mark))) + 1;
    const clause = before.slice(start).trim();
    const after = sentence.slice(at + match[0].length, at + match[0].length + 3);
    const total = (WHOLE_CLAUSE.test(clause) && !CHANNEL_OF_YEAR.test(clause)) || /^[，,。；;:：（(]?其中/.test(after);
    const named = clause
      .replace(/^(?:其中|包括|分别为|分别是|在|通过|向)/, '')
      .replace(/^.*等(?=[\p{Script=Han}])/u, '')
      .replace(/(?:发布|公开|刊登|报送)(?:了)?(?:政府信息|政务信息|信息)?$/, '')
      .trim();
    // (全年局门户网站… names the website; 全年 alone names the whole, kept as its label.)
    const label = named.length > 2 && named.startsWith('全年') ? named.slice(2) : named;
    if (label.length === 0 || label.length > 20 || !/\p{Script=Han}/u.test(label)) continue;
    parts.push({ label, value: Number(match[1]), unit: match[2], total });
  }
  return parts;
}

/** 哪类信息最多 / 哪一级媒体报道最少 / 哪个平台发的最多 / 最多的是哪类: which listed part, and the word of its kind (类, 级). */
const PART_KIND_MOST =
  /哪(?:一)?(类|级|种|项|个平台|个渠道|个栏目|个媒体|家媒体)([^，。？?]{0,8}?)(最多|最少)|(最多|最少)的是哪(?:一)?(类|级|种|项)/;

/** What a question asks of listed parts: the kind word, the topic words between it and 最多, and whether the least is asked. */
export function partKindAsked(text: string): { kind: string; topic: string; fewest: boolean } | undefined {
  const asked = PART_KIND_MOST.exec(text);
  if (!asked) return undefined;
  const kind = asked[1] ?? asked[5];
  const topic = (asked[2] ?? '').replace(/[发的得了是]/g, '');
  return { kind, topic, fewest: (asked[3] ?? asked[4]) === '最少' };
}

/**
 * The parts of a sentence to rank for a question's kind word: counts of one measure word that are no total; where the kind
 * is 类 or 级 and two or more labels carry it, only those (通过微信发布信息475条 among 动态类信息260条 is no 类). Fewer than
 * two: none.
 */
export function partsToRank(sentence: string, kind: string | undefined): ListedPart[] {
  const parts = listedParts(sentence).filter((part) => !part.total);
  if (parts.length < 2) return [];
  const byUnit = new Map<string, ListedPart[]>();
  for (const part of parts) byUnit.set(part.unit, [...(byUnit.get(part.unit) ?? []), part]);
  let chosen = [...byUnit.values()].sort((a, b) => b.length - a.length)[0];
  const mark = kind && /^[类级]$/.test(kind) ? kind : undefined;
  if (mark) chosen = chosen.filter((part) => part.label.includes(mark));
  // Two parts of one name (a label repeated) are no list of kinds.
  if (chosen.length < 2 || new Set(chosen.map((part) => part.label)).size < chosen.length) return [];
  return chosen;
}

/** The parts ranked, the largest first (the smallest when asked); undefined when the first two tie. */
export function rankParts(parts: readonly ListedPart[], fewest: boolean): ListedPart[] | undefined {
  const sorted = [...parts].sort((a, b) => (fewest ? a.value - b.value : b.value - a.value));
  return sorted[0].value === sorted[1].value ? undefined : sorted;
}

/**
 * Two accounts (or sites) of one kind asked together: 两个公众号一共发了多少篇, 俩网站相差几条, 两个公众号哪个发得多. One channel
 * word names both, so the question is no pair of things (公众号和微博) and retrieval reads the figure of one of them alone:
 * the sum or the difference asked would be answered with one account's count. Here the question is read as the count of
 * that kind, and the sentence that count comes from is read for every account of the kind it prints.
 */
import { respectiveCounts } from '../report/prose.js';

/** 两个公众号, 那俩网站, 二个微博: the channel word after the count of two (微信公众号 and 门户网站 kept whole). */
const TWO_OF_A_KIND =
  /(?:这|那)?(?:两|俩|二)个?(微信公众号|公众号|微信号|官方微博|微博|门户网站|网站|抖音号|抖音|视频号|头条号|客户端|app)/;

/** The word an account of the kind is printed with in a report (门户网站 is a 网站, 微信公众号 a 公众号). */
const PRINTED_KIND: Record<string, string> = {
  微信公众号: '公众号',
  公众号: '公众号',
  微信号: '公众号',
  官方微博: '微博',
  微博: '微博',
  门户网站: '网站',
  网站: '网站',
  抖音号: '抖音',
  抖音: '抖音',
  视频号: '视频号',
  头条号: '头条',
  客户端: '客户端',
  app: 'app',
};

export type TwoOfAKindOperation = 'sum' | 'difference' | 'more' | 'fewer' | 'each';

export interface TwoOfAKindQuestion {
  /** The kind as reports print it (公众号, 网站). */
  kind: string;
  operation: TwoOfAKindOperation;
  /** The question asked of the kind alone, the count of two and the operation words taken out (铜梁城管2022年公众号发文多少篇). */
  single: string;
}

const SUM_WORDS = /加起来|加一起|加一块|加在一起|合起来|一共|总共|合计|共计|总计/g;
const DIFFERENCE_WORDS = /相差|差距|差了?(?=多少|几)|(?<=[发布开])的?(?:[多少])了?(?=多少|几)/g;
/** 哪个发得多, 谁的粉丝多, 哪一个更少: the verb or noun between is what is counted. */
const WHICH = /(?:哪个|哪一个|谁)(?:的)?([\u4e00-\u9fa5]{0,4}?)(?:得|的)?(?:更|比较)?([多少])(?:一些|一点)?/;
const EACH = /分别|各自|各(?=[发有公是])/g;

/** The question when it asks a sum, a difference, which is more, or each of two accounts of one kind; else undefined. */
export function twoOfAKindAsked(text: string): TwoOfAKindQuestion | undefined {
  const two = TWO_OF_A_KIND.exec(text);
  if (!two) return undefined;
  const kind = PRINTED_KIND[two[1]];
  const before = text.slice(0, two.index);
  const after = text.slice(two.index + two[0].length);
  const rest = `${two[1]}${after}`;
  const which = WHICH.exec(rest);
  let operation: TwoOfAKindOperation | undefined;
  let asked = rest;
  if (which) {
    operation = which[2] === '多' ? 'more' : 'fewer';
    // 哪个发得多 asks how many each posted; 谁的粉丝多 how many followers each has.
    const counted = which[1].replace(/了$/, '');
    asked = rest.replace(which[0], /发|公开|推送|更新/.test(counted) ? `${counted}了多少` : `${counted}多少`);
  } else if (SUM_WORDS.test(rest)) {
    operation = 'sum';
    asked = rest.replace(SUM_WORDS, '');
  } else if (DIFFERENCE_WORDS.test(rest)) {
    operation = 'difference';
    asked = rest.replace(DIFFERENCE_WORDS, '');
  } else if (EACH.test(rest)) {
    operation = 'each';
    asked = rest.replace(EACH, '');
  }
  SUM_WORDS.lastIndex = 0;
  DIFFERENCE_WORDS.lastIndex = 0;
  EACH.lastIndex = 0;
  if (!operation) return undefined;
  return { kind, operation, single: `${before}${asked}` };
}

export interface AccountCount {
  /** The account's item as printed (“铜梁城管执法”官方微信公众号发文310篇). */
  label: string;
  value: number;
}

/**
 * The counts in `unit` the sentence prints each right after an account of the kind (“A”公众号发文256篇；“B”公众号发文310篇),
 * in order. A count several channels share (微信公众号、微博等公开信息1071条) is no account's own, so a 、 or 等 between the
 * kind and the number drops it.
 */
export function accountsOfKind(sentence: string, kind: string, unit: string): AccountCount[] {
  const escaped = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${kind}(?![、和及与])[^，。；,;：:、\\d等]{0,12}?(?<![\\d.])(\\d+(?:\\.\\d+)?)${escaped}`, 'g');
  const counts: AccountCount[] = [];
  for (const match of sentence.matchAll(pattern)) {
    const at = match.index ?? 0;
    let start = at;
    while (start > 0 && !/[，。；,;：:、]/.test(sentence[start - 1])) start -= 1;
    const label = sentence
      .slice(start, at + match[0].length)
      .replace(/^(?:其中|通过|在|并|另)/, '')
      .trim();
    counts.push({ label, value: Number(match[1]) });
  }
  // “A”“B”公众号分别发布信息279篇、230篇: the pattern reads the first count alone; the 分别 list pairs each count with its
  // name (names of the kind asked only).
  if (counts.length <= 1) {
    const respective = respectiveCounts(sentence).filter((count) => count.label.includes(kind));
    if (respective.length >= 2) return respective.map((count) => ({ label: `${count.label}${count.value}${unit}`, value: count.value }));
  }
  return counts;
}

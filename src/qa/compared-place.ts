/**
 * A place in the figures of named agencies just weighed (第二个呢 / 最少的那个几件 after 略阳县 环县 海城市 哪个最多), and the
 * measure words a sentence's figures share. Moved out of engine.ts whole.
 */
import { formatFigure as formatNumber } from '../report/render.js';
import type { Answer, Fact } from './engine.js';

/**
 * Items published are printed in 条 or 件 alike (部门动态30件, 部门工作动态51条), and so are applications, in 项 too (收到申请
 * 10件, 收到并处理申请1项), documents in 份 too (网站信息6217份 beside 门户网站…2677条): the same measure for a sentence's figures.
 */
export function sameItemUnit(a: string, b: string): boolean {
  // (Cases are counted in 起 as in 件: 行政复议案件7起 and 行政复议5件 are one measure.)
  return a === b || (/^[条件项份]$/.test(a) && /^[条件项份]$/.test(b)) || (/^[件起]$/.test(a) && /^[件起]$/.test(b));
}

/** 第二个呢 / 第二名是谁 / 排第三的呢 / 第二多的是哪个: a place in the order just given, its number in group 1. */
export const PLACE_ASKED =
  /^(?:那|那么)?(?:排(?:在)?)?第([二三四五六七八九十两]|\d{1,2})(?:个|名|位|家|多|少|高|低)?的?(?:是谁|是哪个|是哪家|是哪一个|是什么|是多少|呢|啊|多少)?[?？。!！]*$/;
/** 最少的那个几件 / 最多的那家是多少: the end of the order just given, asked with its count (最少的呢 alone ranks again). */
export const END_ASKED =
  /^(?:那|那么)?最(多|少|高|低)的(?:那个|那家|那一个|那位)?(?:是谁|是哪个|是哪家|是多少|有多少|几件|几条|几个|几项|多少件?|多少条)(?:呢|啊)?[?？。!！]*$/;
/** A question that ranked what it named (哪个最多, 谁收到的少, 排个名): its direction in group 1 (少 and 低 ascending). */
const NAMED_RANKED = /最(多|少|高|低)|(?:谁|哪个|哪家)[^，。？?]{0,12}?(多|少|高|低)|排名|排一?下|排序/;

/**
 * 第二个呢 after 略阳县 环县 海城市 哪个收到的申请最多 (three figures weighed): the second of those figures in the order the
 * question ranked them, from the figures just stated (one per agency and year, one measure word); undefined when the last
 * question ranked nothing or fewer figures are remembered.
 */
export function placeInCompared(
  input: string,
  lastQuestion: string | undefined,
  lastFacts: readonly Fact[],
  compared: readonly string[],
): Answer | undefined {
  const place = PLACE_ASKED.exec(input.trim());
  const end = END_ASKED.exec(input.trim());
  const ranked = lastQuestion ? NAMED_RANKED.exec(lastQuestion) : null;
  if ((!place && !end) || !ranked || compared.length < 2) return undefined;
  // The last figure of each agency compared (a figure asked before the comparison is no place in it).
  const remembered = compared
    .map((name) => [...lastFacts].reverse().find((fact) => fact.agency === name))
    .filter((fact): fact is Fact => fact !== undefined);
  if (remembered.length !== compared.length) return undefined;
  const ascending = /少|低/.test(ranked[1] ?? ranked[2] ?? '');
  // (最少的那个 after 谁最多: the last of the order asked; after 谁最少, its first.)
  const position = place
    ? /\d/.test(place[1])
      ? Number(place[1])
      : '一二三四五六七八九十'.indexOf(place[1].replace('两', '二')) + 1
    : /少|低/.test(end?.[1] ?? '') === ascending
      ? 1
      : remembered.length;
  const places = new Set(remembered.map((fact) => `${fact.agency}|${fact.year}`));
  if ((place && position < 2) || position > remembered.length || places.size !== remembered.length) return undefined;
  if (!remembered.every((fact) => sameItemUnit(fact.unit, remembered[0].unit))) return undefined;
  const order = [...remembered].sort((a, b) => (ascending ? a.value - b.value : b.value - a.value));
  const fact = order[position - 1];
  const tied = order.filter((other) => other.value === fact.value).length > 1;
  return {
    kind: 'figure',
    answer: `刚才比较的${order.length}个数字中，${end ? `最${end[1]}的是` : `从${ascending ? '少到多' : '多到少'}排第${position}的是`}${fact.agency}（${fact.year}年）${formatNumber(fact.value)}${fact.unit}${tied ? '（与其他数字相同，并列）' : ''}。\n${order.map((other) => `${other.agency}${other.year}年${formatNumber(other.value)}${other.unit}`).join('；')}。\n（来源：${fact.source.report}${fact.source.section}）`,
    facts: [fact],
  };
}

/**
 * The day a report was published, as its page prints it: the page's date line (发布时间：2021-01-27 11:26, 发布日期: 2025年1月20日,
 * 日期：…) or, when the page has none, the date under the report's closing signature (…人民政府办公室 2025年1月15日). Never
 * guessed: a page that prints neither has none, and a date outside the report's year and the two after it is not taken.
 */
import type { Published } from './model.js';

/** A date line in the page's head: 发布时间/发布日期/公开日期/日期/时间, a colon, the date (2021-01-27, 2021/1/27, 2025年1月20日). */
const DATE_LINE =
  /(^|[^\p{Script=Han}])((?:发布|公开|发文)?(?:时间|日期))\s*[:：]\s*(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})(?!\d)/mu;
/**
 * The date under the signature at the end: a body's name (…局, …人民政府办公室, …街道办事处) then the date, with nothing but
 * spaces, a bracket or the page's trailing chrome after it.
 */
const SIGNATURE_DATE =
  /(?:^|[。\s])\s*[\p{Script=Han}（）()]{2,40}?(?:局|政府|办公室|办公厅|委员会|委|办|中心|办事处|街道|镇|乡|院|馆|所|处|队|站|会|厅|署|公司|集团|大学|学校|学院)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?=\s*(?:$|[（(【[]|附件|相关|扫一扫|打印|关闭|责任编辑|分享|\n))/gu;

/** How far into the page its head's date line may be (the title block of a government site). */
const HEAD = 3000;
/** How far from the end the closing signature may be (a contact line or the page's footer may follow it). */
const TAIL = 1200;

function dateOf(year: string, month: string, day: string, reportYear: number): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < reportYear || y > reportYear + 2 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The report's publication date as the page prints it, with where it was read; undefined when the page prints none. */
export function publicationDate(page: string, reportYear: number): Published | undefined {
  const text = page.normalize('NFKC');
  const head = DATE_LINE.exec(text.slice(0, HEAD));
  if (head) {
    const date = dateOf(head[3], head[4], head[5], reportYear);
    if (date) return { date, from: 'page' };
  }
  const tail = text.slice(-TAIL);
  let last: string | undefined;
  for (const match of tail.matchAll(SIGNATURE_DATE)) last = dateOf(match[1], match[2], match[3], reportYear) ?? last;
  return last ? { date: last, from: 'signature' } : undefined;
}

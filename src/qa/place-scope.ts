/**
 * A place named as the scope of a question among its agencies (平潭2021年都有哪些单位被告过, 2024年合江县各部门谁收到的申请最多):
 * a place whose own report is stored is read as that report by the index; when words that ask among agencies follow it (a year
 * between or not), the place is where the agencies asked about lie, not the agency asked.
 */
import type { AgencyMention } from './agency-index.js';
import { placeStarting } from './places.js';

/**
 * A year, then which of the bodies (都有哪些单位, 各部门, 哪几个机关, 所有单位) or how many of them or of their reports (有几个单位,
 * 有多少份年报, 的单位里有几个): asked among the place's agencies.
 */
const AMONG_BODIES_AFTER =
  /^(?:的)?\s?(?:(?:19|20)?\d{2}年度?的?)?(?:里|中|内)?(?:都|还|一共|总共|共)?有?(?:(?:哪些|哪几个|哪几家|哪个|哪家|各个?|所有|全部)的?(?:单位|部门|机关)|(?:几个|多少个|几家|多少家)的?(?:单位|部门|机关)(?=的?(?:年报|年度报告|报告|数据)|有(?:年报|年度报告|报告)|(?:都|还)?(?:被|收到|接到|受理|办理|办结|遭|没有?收到))|(?:几|多少)份(?:年报|年度报告|报告)|(?:单位|部门|机关)(?:里|中|当中|之中|里面)有?(?:谁|哪些|哪个|哪家|几个|几家|多少个|多少家))/;

/** Whether `mention` is a place written alone (平潭, 合江县) followed by words asking among its agencies. */
export function placeAsScope(text: string, mention: AgencyMention): boolean {
  const after = text.slice(mention.start + mention.text.length);
  const place = placeStarting(mention.text);
  if (place !== undefined && place.rest === '' && AMONG_BODIES_AFTER.test(after)) return true;
  // 西藏自治区哪个单位 / 宁夏回族自治区各部门: the index reads the place's short form (西藏); the place written whole ends further on.
  const written = placeStarting(text.slice(mention.start));
  return written !== undefined && (written.place.written ?? '').startsWith(mention.text) && AMONG_BODIES_AFTER.test(written.rest);
}

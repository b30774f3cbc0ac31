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

/**
 * A place written alone, then how many or which of its bodies, with nothing else asked (昆都仑区有几个单位, 兴化有几个镇,
 * 海淀区都有哪些街道): the stored agencies of that place asked, of the level named.
 */
const PLACE_BODIES_ASKED =
  /^(?:都|一共|总共|共|还)?有(?:几个|多少个|几家|多少家|哪些|哪几个|哪几家)(单位|部门|机关|乡镇|镇|乡|街道办事处|街道办|街道)(?:啊|呀|呢|吗|嘛)?[?？。]*$/u;

/**
 * The question a place's bodies asked of it are (PLACE_BODIES_ASKED) written as the list of its reports is asked
 * (兴化市哪些镇有年报, 昆都仑区有几个单位的年报); undefined when the text is not one.
 */
export function placeBodiesAsked(text: string): string | undefined {
  const start = placeStarting(text.trim().replace(/^(?:那|那么|请问|我想问一?下?)/u, ''));
  const asked = start ? PLACE_BODIES_ASKED.exec(start.rest) : null;
  if (!start || !asked) return undefined;
  const body = asked[1].startsWith('街道') ? '街道' : asked[1];
  return ['单位', '部门', '机关'].includes(body) ? `${start.place.name}有几个单位的年报` : `${start.place.name}哪些${body}有年报`;
}

/** The list placeBodiesAsked writes, or the question it was written from: the same list, asked again (都有谁 after it). */
export function placeBodiesListed(question: string): string | undefined {
  const written = placeBodiesAsked(question);
  if (written) return written;
  const start = placeStarting(question);
  return start && /^(?:有几个单位的年报|哪些(?:乡镇|镇|乡|街道)有年报)$/u.test(start.rest) ? question : undefined;
}

/**
 * Typos in the kind of agency (科枝局, 科技句): a window of the question that differs from a
 * known kind word (from the store, not a fixed list) in one character, sharing its first and
 * last characters when the word has three or more, is read as that word. Region names with
 * one wrong character are the agency index's job.
 */

import { toSimplified } from '../text/script.js';
import { cutWords } from '../text/segment.js';

/** Suffixes that make a descriptive word of a kind's stem (科技型企业, 教育类, 信息化): not a typo of its last character. */
const DESCRIPTIVE_SUFFIX = /[型性化类式]/;

/** Last characters of agency kinds (厅, 委, 办, 院 …): 科技厅 is a department, 科技馆 a museum, not a typo of 科技局. */
const OTHER_KIND_ENDINGS = /[厅委办院署会处所站部司局中心馆]/;

/**
 * Where a "kind" that is a place's own name (新添镇, 西关街道办事处: the store's kind of an agency
 * named after no region) ends its name and starts its generic words; -1 for a real kind. A word
 * differing inside the name is another place (新九镇, 西兴街道), only one differing in the generic
 * words a typo (东湖街到 → 东湖街道).
 */
function placeNameEnd(kind: string): number {
  const generic = /街道|[镇乡村](?=$|人民政府|政府)|苏木/.exec(kind);
  return generic ? generic.index : -1;
}

/** A kind that is a district's, a county's or a city's own name (开福区, 碌曲县, 汨罗市). */
const DISTRICT_NAMED = /^\p{Script=Han}{2,4}[区县旗市]$/u;
/**
 * A generic word written for a zone or a part of a city (开发区, 高新区, 园区, 新区, 城区): what was written is a word of its
 * own, never a mistyped district's name (开发区 is no 开福区), though a district's name may be mistyped (桐子县 for 桐梓县).
 */
const ZONE_WORD = /(?:开发|高新|园|新|社|景|城|林|矿|牧|垦|保税|综保|试验|实验|示范)区$/;

/** The kind word that ends a school's or a hospital's name (杭州市紫金港|中学, …|卫生院). */
const UNIT_WORD = /(?:中学|小学|大学|学校|幼儿园|卫生院|医院)$/;
const NUMERAL = /[一二三四五六七八九十百\d]/;

/**
 * Homophones typed for the words that end a town's or a street's name (永吉街到 for 街道, 荫子震 for
 * 镇), where a year, a possessive or the government's name follows: the place word itself.
 */
const PLACE_WORD_TYPOS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=\p{Script=Han})街到(?=办事处|\d|[年的]|$)/gu, '街道'],
  [/(?<=\p{Script=Han}{2})(?<!地)震(?=人民政府|政府|\d|[年的]|$)/gu, '镇'],
];

/**
 * Whether the window's characters belong to a word that goes on past it (科技特|派员: 特派员 is a
 * word, not a typo of 科技局). Segmented only for a window that is about to be corrected.
 */
function spillsOver(text: string, at: number, length: number): boolean {
  // Segmented from the window on (a few characters past it are enough), so positions count from the window.
  let position = 0;
  for (const word of cutWords(text.slice(at, at + length + 6))) {
    const end = position + word.length;
    if (position < length && end > length) return true;
    if (end >= length) return false;
    position = end;
  }
  return false;
}

/** Homophones typed for the words of a report's topics (政策解毒 for 政策解读): the word itself. */
const TOPIC_WORD_TYPOS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=政策|文件|图文)解毒/g, '解读'],
  // 开了几场发不会 / 新闻发步会 (a voice input's homophones for 发布会): the press conference.
  [/发(?:不|步|部)会/g, '发布会'],
  // 科技特排员 / 特拍员: homophones of 派 in 特派员.
  [/特(?:排|拍|牌|湃)员/g, '特派员'],
  // 部门动太 / 工作动泰 / 部门东态 (homophones for 动态 after what reports publish the news of): news items.
  [/(?<=部门|工作|政务|服务|新闻|科技)(?:动太|动泰|动肽|东态|冬态|懂态)/g, '动态'],
  // 办工厅 / 办工室 (a homophone the phone's keyboard offers for 办公): the office the agency's name ends with.
  [/办工(?=厅|室)/g, '办公'],
  // 办公室电化 / 信息公开电华 (a voice input's homophone for 电话) before what is asked of it: the phone.
  [/(?<=室|公开|联系|咨询|办公|受理|的)电(?:化|华)(?=多少|号码?|是多少|是啥|是什么|呢|吗|$)/g, '电话'],
  // 公众好 / 公总号 / 公重号 (homophones for 公众号): the WeChat official account.
  [/公(?:众|总|中|重|种|忠|终)好|公(?:总|中|重|种|忠|终)号/g, '公众号'],
  // 微搏 / 微波 / 微薄 before what is done with an account (发了几条, 关注, 粉丝, 上, 呢): homophones for 微博.
  [/微(?:搏|波|薄|勃|脖)(?=发|上|里|的|关注|粉丝|账号|号|注销|关|呢|吗|有|是|一共|共|[几多]|$)/g, '微博'],
  // 县长信相 / 市长信香 / 书记信象 (homophones for 信箱 after whose mailbox it is): the mailbox.
  [/(?<=[县市区镇长记]|局长|主任)信(?:相|香|象|想|厢)/g, '信箱'],
];

/** The text with every near-miss of a kind word replaced by the word itself. */
export function correctKindTypos(question: string, kinds: readonly string[]): string {
  let text = question;
  for (const [pattern, replacement] of [...PLACE_WORD_TYPOS, ...TOPIC_WORD_TYPOS]) text = text.replace(pattern, replacement);
  // A question that names a kind correctly has nothing to correct (科技局 in 科学技术局 …).
  if (kinds.some((kind) => text.includes(kind))) return text;
  let corrected = text;
  // Spans already corrected: a word just made right (教育句 → 教育局) is no near-miss of another kind (教体局).
  const fixed: Array<{ start: number; end: number }> = [];
  for (const kind of kinds) {
    if (kind.length < 3 || corrected.includes(kind)) continue;
    const length = kind.length;
    let nameEnd: number | undefined;
    // Only a window starting with the kind's first character can be read as it (see below): jump from one to the next.
    for (let at = corrected.indexOf(kind[0]); at >= 0 && at + length <= corrected.length; at = corrected.indexOf(kind[0], at + 1)) {
      if (fixed.some((span) => at < span.end && at + length > span.start)) continue;
      const window = corrected.slice(at, at + length);
      let differences = 0;
      let differsAt = -1;
      for (let index = 0; index < length && differences < 2; index += 1)
        if (window[index] !== kind[index]) {
          differences += 1;
          differsAt = index;
        }
      nameEnd ??= placeNameEnd(kind);
      if (differsAt < nameEnd) continue;
      if (DISTRICT_NAMED.test(kind) && ZONE_WORD.test(window)) continue;
      // 紫金港小学 is no typo of 紫金港中学: a school's or hospital's own kind word differing names another body.
      const unit = UNIT_WORD.exec(kind);
      if (unit && differsAt >= unit.index && UNIT_WORD.test(window)) continue;
      // 第三中学 is no typo of 第四中学: an ordinal differing names another body.
      if (NUMERAL.test(kind[differsAt] ?? '') || NUMERAL.test(window[differsAt] ?? '')) continue;
      // The kind's first character anchors the word (科…局); the wrong one may be anywhere else.
      // A different last character that ends other agencies' names (科技厅, 科技委) names another kind, not a typo.
      // 科技型中小企业: a descriptive suffix in place of the last character is a word of its own.
      const otherKind =
        window[length - 1] !== kind[length - 1] &&
        (OTHER_KIND_ENDINGS.test(window[length - 1]) || DESCRIPTIVE_SUFFIX.test(window[length - 1]));
      // 网信局办公室 against 信访办公室: a 局 or 厅 inside the window ends a short name (网信局) that its office follows, no typo.
      const endsShortName = differsAt < length - 1 && /[局厅]/.test(window[differsAt]);
      if (
        differences === 1 &&
        !endsShortName &&
        window[0] === kind[0] &&
        /[\u4e00-\u9fff]/.test(window[length - 1]) &&
        !otherKind &&
        // 科级|局微信: a window ending in the kind's own last character is the kind, however the segmenter cuts after it.
        (window[length - 1] === kind[length - 1] || !spillsOver(corrected, at, length)) &&
        // A kind read from a name kept in 繁体 (區文化和旅游局) is the simplified word asked (区文化和旅游局), no typo of it.
        toSimplified(window) !== toSimplified(kind)
      ) {
        corrected = corrected.slice(0, at) + kind + corrected.slice(at + length);
        fixed.push({ start: at, end: at + length });
        break;
      }
    }
  }
  return corrected;
}

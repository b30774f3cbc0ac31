/**
 * Typos in the kind of agency (科枝局, 科技句): a window of the question that differs from a
 * known kind word (from the store, not a fixed list) in one character, sharing its first and
 * last characters when the word has three or more, is read as that word. Region names with
 * one wrong character are the agency index's job.
 */

import { isPlaceWritten, placeStarting } from './places.js';
import { toSimplified } from '../text/script.js';
import { cutWords } from '../text/segment.js';
import { sameSyllable } from './syllables.js';

/** Suffixes that make a descriptive word of a kind's stem (科技型企业, 教育类, 信息化): not a typo of its last character. */
const DESCRIPTIVE_SUFFIX = /[型性化类式]/;

/**
 * Last characters of agency kinds (厅, 委, 办, 院 …): 科技厅 is a department, 科技馆 a museum, not a typo of 科技局; 气象网 a
 * website (台州气象网, beside 台州市气象局's 门户网站), not a typo of 气象局.
 */
const OTHER_KIND_ENDINGS = /[厅委办院署会处所站部司局中心馆网府]/;

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
 * 专区 is the corner of a service hall set aside for disclosure (政务公开专区): 公开|专区 is no 开福区 either.
 */
const ZONE_WORD = /(?:开发|高新|园|新|社|景|城|林|矿|牧|垦|保税|综保|试验|实验|示范|专)区$/;

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
  // 东溪真政务公开专区 / 某某真人民政府: 真 (the keyboard's first zhen) before the town's government or its disclosure words;
  // never 认真, 当真, 果真 (an adverb before 政府 is no town).
  [/(?<=\p{Script=Han}{2})(?<![认当果天逼较纯])真(?=人民政府|政府|政务公开|党委)/gu, '镇'],
  // 国税上海第三分局 / 国税杭州市局 (the short name people say for 国家税务总局) before a place and its bureau or branch: the
  // tax administration's own name, which the bureaus' names begin with.
  [/国税(?=\p{Script=Han}{2,8}?(?:分局|局))/gu, '国家税务总局'],
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
  // 政测解读 / 政册文件 / 政侧解读 (a phone keyboard's homophones for 策 in 政策, no word of their own) before what a policy is
  // read or written as: the policy.
  [/政(?:测|册|侧|厕)(?=解读|解毒|文件|法规|宣传)/g, '政策'],
  // 网占发布 / 网战上发了 / 网栈公开 (homophones for 站 in 网站, no word of their own) before what is done on it or asked of it:
  // the website.
  [/网(?:占|战|栈|沾)(?=发|公开|主动|推送|更新|上|里|的|首页|专栏|栏目|一共|共|浏览|访问|[几多]|呢|吗|$)/g, '网站'],
  // 部门动太 / 工作动泰 / 部门东态 (homophones for 动态 after what reports publish the news of): news items.
  [/(?<=部门|工作|政务|服务|新闻|科技)(?:动太|动泰|动肽|东态|冬态|懂态)/g, '动态'],
  // 动态资迅 / 新闻资汛 / 政务咨讯 (homophones for 讯 in 资讯, no word of their own): the news items a report counts.
  [/资(?:迅|汛)|咨讯/g, '资讯'],
  // 办工厅 / 办工室 (a homophone the phone's keyboard offers for 办公): the office the agency's name ends with.
  [/办工(?=厅|室)/g, '办公'],
  // 办公室电化 / 信息公开电华 (a voice input's homophone for 电话) before what is asked of it: the phone.
  [/(?<=室|公开|联系|咨询|办公|受理|的)电(?:化|华)(?=多少|号码?|是多少|是啥|是什么|呢|吗|$)/g, '电话'],
  // 某某局店话多少 / 垫话号码 (a voice input's homophones for 电 in 电话, no word of their own) before what is asked of it: the phone.
  [/(?:店|垫|殿)话(?=多少|号码?|是多少|是啥|是什么|呢|吗|$)/g, '电话'],
  // 主动公看 / 公侃了几条 / 申请公砍 (a phone keyboard's homophones for 公开, no word of their own): disclosure.
  [/(?<!办)公(?:看|侃|砍|凯)/g, '公开'],
  // 申清公开 / 收到几个申青 / 有人伸请吗 (a phone keyboard's homophones for 申请, no word of their own) next to what is applied for
  // or counted, or before what is done with applications (申清收了几件, 申晴办结了多少, 申情数量): an application.
  [
    /(?:申(?:清|青|晴|情)|伸请)(?=公开|信息|了|的|表|书|人|件|多少|几|吗|呢|收|受理|办结|答复|处理|数量|总数|[？?]|$)|(?<=的|到|多少|几个|几件|提交|提出|受理|人|公开)申(?:清|青|晴|情)/g,
    '申请',
  ],
  // 存在的问提 / 有啥问体 / 主要问替 (homophones for 题 in 问题, no word of their own) after what has problems or before what is
  // asked of them: the problems a report states.
  [/(?<=存在的?|主要|什么|啥|有|哪些|工作)问(?:提|体|替)|问(?:提|体|替)(?=有|是|吗|呢|哪|啥|[？?]|$)/g, '问题'],
  // 公众好 / 公总号 / 公重号 (homophones for 公众号): the WeChat official account.
  [/公(?:众|总|中|重|种|忠|终)好|公(?:总|中|重|种|忠|终)号/g, '公众号'],
  // 微搏 / 微波 / 微薄 before what is done with an account (发了几条, 关注, 粉丝, 上, 呢): homophones for 微博.
  [/微(?:搏|波|薄|勃|脖)(?=发|推送|推|更新|转发|上|里|的|关注|粉丝|账号|号|注销|关|呢|吗|有|是|一共|共|[几多]|$)/g, '微博'],
  // 徽博 / 徽搏 (徽, a character drawn like 微, not after 安 of 安徽博物院) before what is done with an account: 微博.
  [/(?<!安)徽(?:博|搏)(?=发|推送|推|更新|转发|上|里|的|关注|粉丝|账号|号|注销|关|呢|吗|有|是|一共|共|[几多]|$)/g, '微博'],
  // 主动公开了多少条新息 / 政府新息 / 新息公开 (新 for 信, one syllable, 新息 no word of its own) after what is disclosed or
  // counted, or before 公开 (not 息息相关 after 创新 or 更新): information.
  [/(?<=公开|主动|政府|政务|条|了|的|多少|几)新息(?!息)|新息(?=公开|多少|几)/g, '信息'],
  // 县长信相 / 市长信香 / 书记信象 / 公开信相 (homophones for 信箱 after whose mailbox it is, or the open one): the mailbox.
  [/(?<=[县市区镇长记]|局长|主任|公开)信(?:相|香|象|想|厢)/g, '信箱'],
  // 信息公开邮相 / 电子邮香 (homophones for 箱 in 邮箱) after whose or what mailbox it is, before what is asked of it: the email.
  [/(?<=公开|电子|联系|申请|受理|办|室|的)邮(?:相|香|象|厢|想)(?=是|地址|多少|号|呢|吗|[？?]|$)/g, '邮箱'],
  // 被起述了几件 / 起素多少 (a voice input's homophones for 诉 in 起诉, no word of their own): a lawsuit.
  [/起(?:述|素|塑)(?=了|过|几|多少|的|呢|吗|案|[？?]|$)|(?<=被|提起|被人)起(?:述|素|塑)/g, '起诉'],
  // 行政复义 / 被复以 (homophones for 议 in 复议) after what is appealed or by whom: an administrative review.
  [/(?<=行政|被|申请|提起|提出)复(?:义|以|异|仪)/g, '复议'],
  // 公开绿多少 / 办结律 (a voice input's homophones for 率) after what a rate is of, before what is asked of it: the rate.
  [/(?<=公开|办结|答复|回复|纠错)(?:绿|律|虑|滤)(?=是|有|多少|几|呢|吗|怎么样|高|低|[？?]|$)/g, '率'],
  // 漯河经开去 / 高新去 (去 for 区, one syllable) after a zone's short kind, before what is asked of it: the zone.
  [/(?<=经开|开发|高新|保税)去(?=信息|政务|政府|管委会|的|电话|网站|地址|在哪|[？?]|$)/g, '区'],
  // 12354热线 / 12435平台 / 13245工单 (two neighbouring digits swapped in the government's service hotline, no such line of
  // its own) before what the hotline is: the 12345 hotline.
  [/(?<!\d)(?:21345|13245|12435|12354)(?!\d)(?=热线|平台|便民|政务|服务|工单|办件|转办)/g, '12345'],
];

/**
 * Kinds that are one duty under the names places give it (水利局 in one county, 水务局 in the next): a citizen who names one
 * (管水的局 read as 水利局, 建邺区水利局) of a place that has only the other means the place's water body.
 */
const ONE_DUTY_KINDS: ReadonlyArray<readonly string[]> = [['水利局', '水务局']];
const ONE_DUTY_KIND = new RegExp(ONE_DUTY_KINDS.flat().join('|'));

/**
 * The text with a kind of one duty (ONE_DUTY_KINDS) put as the kind the place before it has (南京建邺区水利局 → 南京建邺区水务局:
 * 建邺区水务局 is stored, no 建邺区水利局): only when no agency of the kind written is found and exactly one of another.
 */
function asStoredDutyKind(text: string, stored: (corrected: string, kind: string) => boolean): string {
  const written = ONE_DUTY_KIND.exec(text);
  if (!written) return text;
  const group = ONE_DUTY_KINDS.find((kinds) => kinds.includes(written[0]));
  if (!group || stored(text, written[0])) return text;
  const others = group
    .filter((kind) => kind !== written[0])
    .map((kind) => ({ kind, text: text.slice(0, written.index) + kind + text.slice(written.index + written[0].length) }))
    .filter((other) => stored(other.text, other.kind));
  return others.length === 1 ? others[0].text : text;
}

/** A character that carries a sentence on after a word (统计|到, 教育|了, 科技|是, 审计|过): no kind's last character mistyped. */
const SENTENCE_GOES_ON =
  /[到了是的在和与及过着为把被给对向从都也就还又再才很太更最有没不会能要让将里上下中内外前后去来说做搞开呢吗啊吧么哪啥]/;

/** The level word that ends a place (始兴县|马市镇, 杨浦区|江浦路街道). */
const LEVEL_BEFORE = /[省市区县旗州盟]/;

/** What a name may follow: no Han character (the question's start, a digit, a mark) or a particle (问一下|宗关街道, 的, 在). */
const NAME_MAY_START_AFTER = /^(?:[^\p{Script=Han}]|[的在是问下那个和与跟及])$/u;

/** 政府 before 信息, 网站, 门户 or 公报: the information's or the site's government, no agency's kind. */
const INFORMATION_GOVERNMENT = /(?:人民)?政府(?=信息|网站|门户|公报)/g;

/**
 * Whether two characters are one syllable, tones aside (官 and 关: guan), as a phone's pinyin keyboard mistypes them. One
 * initial is not enough: 金沙街道 is no 金山街道, nor 新华街道 a 新虹街道.
 */
function soundsAlike(written: string, meant: string): boolean {
  return sameSyllable(written, meant);
}

/** Whether two words of one length differ in exactly one character (水物局 and 水务局, 水物局 and 水利局). */
function oneApart(a: string, b: string): boolean {
  let differences = 0;
  for (let index = 0; index < a.length && differences < 2; index += 1) if (a[index] !== b[index]) differences += 1;
  return differences === 1;
}

/**
 * The text with every near-miss of a kind word replaced by the word itself.
 *
 * A window one character off two kinds (花溪区水物局: 水务局 and 水利局 alike) is read as the one that `stored` says an agency
 * of the text so corrected holds (花溪区水务局, 花溪区's bureau being a 水务管理局); with none or both, it is left as written,
 * and the citizen is asked which, never answered another kind's figures.
 *
 * `namesRead` collects each place's own name read from a one-character typo (宗官街道 → 宗关街道), for the answer to say so.
 */
/** Words of a sentence whose first character ends a kind's stem (民政|局 against 政策, 财政|局 against 政务): no kind mistyped. */
const WORD_OVER_KIND_END = /^(?:政策|政务|政治|政法)$/;

export function correctKindTypos(
  question: string,
  kinds: readonly string[],
  stored?: (corrected: string, kind: string) => boolean,
  places: readonly string[] = [],
  namesRead?: Array<{ typed: string; meant: string }>,
): string {
  let text = question;
  for (const [pattern, replacement] of [...PLACE_WORD_TYPOS, ...TOPIC_WORD_TYPOS]) text = text.replace(pattern, replacement);
  // A question that names a kind correctly has nothing to correct (科技局 in 科学技术局 …), but the place's one water body.
  // 政府 of 主动公开政府信息 or 政府网站 is the information's or the site's, no kind named (霍城县水物局…主动公开政府信息).
  const named = text.replace(INFORMATION_GOVERNMENT, '');
  if (kinds.some((kind) => named.includes(kind)) || places.some((place) => named.includes(place)))
    return stored ? asStoredDutyKind(text, stored) : text;
  let corrected = text;
  // Spans already corrected: a word just made right (教育句 → 教育局) is no near-miss of another kind (教体局).
  const fixed: Array<{ start: number; end: number }> = [];
  // 古蔺县人民政府网站: 人民政府 written right is no near-miss of another kind (民政府 is no 民政局).
  for (const written of corrected.matchAll(/人民政府/g)) fixed.push({ start: written.index, end: written.index + written[0].length });
  // A town's or a street's own name (宗关街道) is read only through its name's characters (宗官街道): its 街道 or 镇 mistyped is
  // PLACE_WORD_TYPOS' (永吉街到), and 太平洋 is no 太平镇.
  const words = places.length > 0 ? [...kinds, ...places] : kinds;
  const placeFrom = kinds.length;
  for (const [order, kind] of words.entries()) {
    if (kind.length < 3 || corrected.includes(kind)) continue;
    const ownPlace = order >= placeFrom;
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
      // A character of the place's own name differing is another place (新九镇 for 新添镇), unless it sounds alike: the same
      // syllable, not the first character, a name of two or more before the place word (宗官街道 for 宗关街道, 东溪 typed twice).
      if (differsAt < nameEnd && !(differsAt > 0 && nameEnd >= 2 && differences === 1 && soundsAlike(window[differsAt], kind[differsAt])))
        continue;
      // A place's own name mistyped is read only where no place is written before it (始兴县马市镇 is 始兴县's own 马市镇,
      // not a stored 马水镇 of another county): with one, the agency index weighs the place.
      // 长兴岛街道: a window inside a longer name (兴岛街道 is no 兴东街道) starts no name of its own.
      // The same holds for a kind that is a whole town's name (a stored 马水镇 with no region has 马水镇 for its kind).
      if (ownPlace && differsAt >= nameEnd) continue;
      if (differsAt < nameEnd && at > 0 && (LEVEL_BEFORE.test(corrected[at - 1]) || !NAME_MAY_START_AFTER.test(corrected[at - 1])))
        continue;
      // 政务新媒体 is no 政务办: an office's short form (政务办, 人防办) keeps its 办; the typo is before it (政物办).
      if (kind.length === 3 && kind.endsWith('办') && differsAt === length - 1) continue;
      // 公开信箱办结了多少件 is no 信访办 mistyped: an office's 办 that a verb goes on from (办结, 办理, 办事) is the verb's.
      if (kind.endsWith('办') && window.endsWith('办') && /^[结理事完好]/.test(corrected[at + length] ?? '')) continue;
      // 徐水分局: a branch (分局) written right is a body of its own, no near-miss of another kind (水务局).
      if (window.endsWith('分局') && differsAt === length - 2) continue;
      if (DISTRICT_NAMED.test(kind) && ZONE_WORD.test(window)) continue;
      // 开封市 is no typo of a stored 开远市: a window that is a place of the division data names that place.
      if (DISTRICT_NAMED.test(kind) && placeStarting(window)?.place.written === window) continue;
      // 银川市政府 is no typo of a stored town's 银川镇政府: the level that differs ends a place of the division data written there.
      const placeUpTo = window.slice(0, differsAt + 1);
      // (白云区 is no typo of a stored street's 白云街: a place two cities have, written with its level, is a place too.)
      if (
        LEVEL_BEFORE.test(window[differsAt] ?? '') &&
        (placeStarting(placeUpTo)?.place.written === placeUpTo || isPlaceWritten(placeUpTo))
      )
        continue;
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
        (OTHER_KIND_ENDINGS.test(window[length - 1]) ||
          DESCRIPTIVE_SUFFIX.test(window[length - 1]) ||
          // 网站管理员 / 信息管理员: a person of a post, no 管理局 mistyped.
          window[length - 1] === '员');
      // 网信局办公室 against 信访办公室: a 局 or 厅 inside the window ends a short name (网信局) that its office follows, no typo.
      const endsShortName = differsAt < length - 1 && /[局厅]/.test(window[differsAt]);
      // The kind's last character mistyped is one that sounds like it (科技句, 教育据 for 局) or looks like it (西溪医阮): a word
      // that carries the sentence on after the kind's stem (统计到, 教育了, 科技是) makes no kind (数据统计到什么时候 had become
      // 数据统计局什么时候).
      const lastSoundsAlike =
        differsAt !== length - 1 || soundsAlike(window[differsAt], kind[differsAt]) || !SENTENCE_GOES_ON.test(window[differsAt]);
      // 惠民政策: a word of the sentence (政策) that holds the kind's stem and ends where the kind would (民政|局) makes no kind.
      if (differsAt === length - 1 && WORD_OVER_KIND_END.test(window.slice(-2))) continue;
      if (
        differences === 1 &&
        lastSoundsAlike &&
        !endsShortName &&
        window[0] === kind[0] &&
        /[\u4e00-\u9fff]/.test(window[length - 1]) &&
        !otherKind &&
        // 科级|局微信: a window ending in the kind's own last character is the kind, however the segmenter cuts after it.
        (window[length - 1] === kind[length - 1] || !spillsOver(corrected, at, length)) &&
        // A kind read from a name kept in 繁体 (區文化和旅游局) is the simplified word asked (区文化和旅游局), no typo of it.
        toSimplified(window) !== toSimplified(kind)
      ) {
        const rivals = words.filter(
          (other) => other !== kind && other.length === length && other[0] === kind[0] && oneApart(window, other),
        );
        let chosen = kind;
        if (rivals.length > 0) {
          // Two kinds one character off the window: the one an agency named so is stored by; both stored, it is left as written
          // (none: the first, as before, which finds no agency and is refused).
          const held = stored
            ? [kind, ...rivals].filter((word) => stored(corrected.slice(0, at) + word + corrected.slice(at + length), word))
            : [];
          // Inside a place's own name (宗官街道 near 宗关街道 and 宗光街道), a rival none of the text names leaves it as written.
          if (held.length > 1 || (held.length === 0 && differsAt < nameEnd)) break;
          if (held.length === 1) chosen = held[0];
        }
        corrected = corrected.slice(0, at) + chosen + corrected.slice(at + length);
        fixed.push({ start: at, end: at + length });
        // A character of a place's own name read otherwise (宗官街道 as 宗关街道) is told to the asker with the answer.
        if (differsAt < nameEnd) namesRead?.push({ typed: window, meant: chosen });
        break;
      }
    }
  }
  return corrected;
}

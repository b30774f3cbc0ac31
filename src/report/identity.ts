/**
 * Who published a report, and for which year: from the title (on one line, split over lines,
 * year before or after the agency, 关于…的, quoted in the first paragraph), the page's 标题:
 * line, the source URL, and the body (2021年，XX局坚持… / 我局). The name kept is the fullest
 * form the text supports (迎宾路街道 → 迎宾路街道办事处, 区公安局 → 平潭综合实验区公安局), and
 * never one without its region (市科技局).
 */
import { hasRegion, KIND_ABBREVIATIONS, kindVariants, PEOPLES, SELF_OR_ALL_START } from './agency-names.js';
import { parseChineseNumber } from './normalize.js';
import { toSimplified } from '../text/script.js';
import { tagWords } from '../text/segment.js';

/** What the text says about its agency and year. */
export interface Identity {
  /** The agency's name as printed (pinyin dropped), undefined when none with a region was found. */
  agency?: string;
  /** A name the title gives without its region (市科技局), when no fuller form was found. */
  shortName?: string;
  year?: number;
  /** True when a line of the text is the report's own title (not a report named in a sentence). */
  titled: boolean;
  titleYear?: number;
  statsYear?: number;
  /** Year from the opening sentences (截止2023年12月31日, 现将2021年…报告如下). */
  openingYear?: number;
  /** The opening sentence says this text is the report (本报告…, 现将…报告如下, 编制完成…报告). */
  selfDescribed: boolean;
}

const YEAR = '((?:19|20)\\d{2}|[二〇○零一三四五六七八九]{4})';

/** A report year, or undefined for anything outside 2000–2100. */
function toYear(text: string): number | undefined {
  const year = parseChineseNumber(text.replace(/\s+/g, ''));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

/** Agency names end with one of these (佳荣里街: a 街's office named by its 街 alone, as 天津's streets are; not a 大街). */
// A school reporting as a public institution (怀远二中, XX县实验小学; not 中小学, the kind of all a county's schools), and a
// government's research or counsellors' office (市政府研究室, 参事室). A state farm reporting as a government (第六师芳草湖农场,
// 奉新县东风垦殖场, XX国有林场): only these kinds of 场, never 市场, 广场 or 现场.
const AGENCY_END =
  /((?:农|林|牧|渔|茶|垦殖|垦|良种|种畜)场|局|委员会|委|办公室|办|厅|院|中心|人民政府|政府|部|署|会|所|站|队|馆|处|街道办事处|管委会|管理委员会|公司|集团|关|台|镇|乡|苏木|街道|县|市|区|旗|盟|(?<=\p{Script=Han}{2})(?<!^自治)州|社|中学|(?<!中)小学|(?<!老年)大学|学校|幼儿园|(?<![届\d])[一二三四五六七八九十]中|研究室|参事室|(?<=\p{Script=Han}{2}市\p{Script=Han}{2})部门|(?<=\p{Script=Han}[^大\s])街)$/u;

/**
 * The end of a report title: 政府信息公开工作年度报告, 政务公开工作年度报告, 政府信息公开工作
 * 2020年度报告 (the year inside), 政府信息公开年报.
 */
// 政务信息公开工作开展年度报告: a title's wording varies around the same words.
const TITLE_TAIL = new RegExp(
  `(?:政府信息公开|政务信息公开|政务公开|信息公开)(?:工作)?(?:开展)?(?:${YEAR}年度?)?的?(?:年度)?(?:工作)?(?:报告|年报)`,
);

/** A tail followed by these names a notice about reports, not a report: …年度报告格式, …报告有关事项的通知. */
const NOT_A_TITLE_AFTER = /^(?:格式|有关|编制|的通知|工作的通知|工作要点|要点|模板|情况的通报)/;

/** What follows a report's name that opens its lead as the sentence's subject: (以下简称年报)是根据…, 是依据…. */
const SELF_NAMING_AFTER = /^(?:[(（]以下简称[^)）]{1,10}[)）])?(?:是|系)(?:根据|依据|按照)/;

/** The sentence's verb before a title named in it: 现公布XX局2023年…, 特编制XX办2023年…, 梳理编制XX海关关区2023年…. */
const PUBLISHING_VERB =
  /^(?:现将|现予|(?:现|特|兹)?(?:将|予)?(?:向社会)?(?:梳理|汇总)?(?:公布|发布|编制|印发|报送|汇报)(?:了|如下)?)(?=[《〈“"]?\p{Script=Han}{2})/u;

/** Web-page chrome and title prefixes that are not part of the agency name. */
function cleanAgency(text: string): string {
  let name = text.replace(/\s+/g, '');
  const crumbs = name.split(/[>›»＞→|]/);
  name = crumbs[crumbs.length - 1];
  // A page's metadata label (标   题 XX局…, 标题：XX局…) stands before the title, with or without its colon.
  // 名称 XX局2020年… (a page's metadata block, 名称 and 索引号 in a row): the label of the name field, glued once spaces go.
  name = name.replace(/^(当前位置|您的位置|位置|标题|题目|文章标题|文件名称|名称|title)[:：]?/i, '');
  // 附件：XX局2024年…年报.pdf, 附件1. XX局…: a download link's label before the file's name.
  name = name.replace(/^(?:相关)?(?:附件|附件下载|下载附件|下载)\d*[:：.、]?/, '');
  // The sentence's verb before a title named in it: 现公布XX局2023年…, 特编制XX办2023年…, 特向社会公布XX局….
  name = name.replace(PUBLISHING_VERB, '');
  // Page x - …, P.8 - …: a flipbook page number before the title.
  name = name.replace(/^(?:第\d+页)?[A-Za-z0-9.\-—–_:：\s]+(?=\p{Script=Han})/u, '');
  // •金华市水利局2024年…, ■XX局…: a list's bullet glued before the title.
  name = name.replace(/^[•·●◆◇■□▪▫○◎►▶★☆※]+/u, '');
  // 欢迎光临海南省工业和信息化厅: a site's greeting banner before its owner's name names the site, the greeting no part of it.
  name = name.replace(/^欢迎(?:光临|访问|来到|进入)/, '');
  // 张湾区-融媒体中心, 和平区-发展改革委: a dash a site prints between a region and its body joins one name; a trail of three
  // or more pieces (首页-政务公开-XX局) is a crumb trail, its last piece the name.
  const pieces = name.split(/(?<=\p{Script=Han})[-－‐–—](?=\p{Script=Han})/u);
  if (pieces.length === 2) name = pieces.join('');
  else if (pieces.length > 2) name = pieces[pieces.length - 1];
  // 海关总署(本级机关), XX局(机关): the scope in brackets after the agency's kind is not part of its name.
  name = name.replace(/(?<=(?:局|署|委|厅|部|办|院|政府|会|室))[(（](?:本级)?(?:机关|本级|局机关|机关本级)[)）]/, '');
  // 广州海关关区, XX局辖区: the district a vertical body covers is its scope, not part of its name.
  name = name.replace(/(?<=(?:海关|局))(?:关区|辖区)$/, '');
  // XX开发区(以下简称县开发区)2019年…: the short name the text goes on with is an aside.
  name = name.replace(/[(（]以下简称[^)）]*[)）]/g, '');
  // 民族事务委员会(宗教事务局): one body under two names (a second name in brackets after the first's kind) keeps both; so
  // does a public institution's (妇幼保健计划生育服务中心(市妇幼保健院), 疾病预防控制中心(卫生监督所)).
  const secondName =
    /(?<=(?:局|委员会|委|厅|办公室)|(?:中心|院|所|站|馆))[(（](\p{Script=Han}{2,12}(?:局|委员会|办公室|厅)|\p{Script=Han}{2,12}(?:院|中心|所|站|馆))[)）]/u.exec(
      name,
    );
  // So does a 街道's or a town's office run as one with its zone (城南办事处(城南园区), XX镇(XX工业园区)).
  const zoneName = /(?<=(?:办事处|街道|镇|乡|管委会|管理委员会))[(（](\p{Script=Han}{2,12}(?:园区|开发区|新区|高新区))[)）]/u.exec(name);
  // So does a zone run as one with its district, the district last (乌鲁木齐市高新区(新市区)).
  // Or a street office or town under it (泰州医药高新区(高港区)口岸街道办事处).
  const zoneDistrict =
    /(?<=(?:高新|经开|开发|新)区)[(（](\p{Script=Han}{2,3}区)[)）](?=\d|$|\p{Script=Han}{2,6}(?:街道办事处|街道|镇|乡)(?:人民政府)?(?:\d|$))/u.exec(
      name,
    );
  // So does a zone run as one with its 街道 or town, the 街道 in brackets (南通外向型农业综合开发区(苴镇街道)).
  const zoneStreet = /(?<=(?:开发|经开|高新|新|园)区)[(（](\p{Script=Han}{2,8}(?:街道|镇|乡))[)）](?=\d|$)/u.exec(name);
  if (secondName) name = name.replace(secondName[0], `\u0001${secondName[1]}\u0002`);
  else if (zoneName) name = name.replace(zoneName[0], `\u0001${zoneName[1]}\u0002`);
  else if (zoneDistrict) name = name.replace(zoneDistrict[0], `\u0001${zoneDistrict[1]}\u0002`);
  else if (zoneStreet) name = name.replace(zoneStreet[0], `\u0001${zoneStreet[1]}\u0002`);
  name = name.replace(/^(关于|【[^】]*】)/, '').replace(/[《〈“"”》〉#*()（）]/g, '');
  name = name.replace('\u0001', '(').replace('\u0002', ')');
  // …局关于报送2020年度…报告的函: a covering letter's verb stands between the agency and the year.
  name = name.replace(/(关于(?:报送|上报|呈报|印发|公布|发布|公开|提交)?|的)$/, '');
  return name;
}

/**
 * 按市, 经区, 对以县 (对以县政府和县政府办公室名义发布的): prepositions jieba glued to the bare level after them, which start no
 * place's name; so does 凡 (all that…) before them (凡以区政府或区政府办公室名义制发的公文).
 */
const PREPOSITION_LEVEL = /^(?:(?:凡是?|但凡)[按据经对向从为将于请在与及以]{0,2}|[按据经对向从为将于请在与及以]{1,2})[省市区县州镇乡旗]/;

/** A plausible agency name: short, no sentence punctuation, ends like an agency. */
export function isAgencyName(name: string): boolean {
  // 民族事务委员会(宗教事务局): the first of a body's two names is judged, the second in brackets goes with it.
  const simple = toSimplified(name).replace(/(?<=\p{Script=Han})\(\p{Script=Han}{2,12}\)$/u, '');
  return (
    simple.length >= 3 &&
    simple.length <= 40 &&
    AGENCY_END.test(simple) &&
    !/[,，。；;:：!！?？、]/.test(simple) &&
    // 我局, 本市, 全省, 贵单位 (a letter's polite “your”): not 本溪市…, 全椒县… or 贵阳市…, places that start with the same characters.
    !SELF_OR_ALL_START.test(simple) &&
    // 一是市教育局…: an enumerator (一是, 二是) before a name in a list of measures.
    !/^[一二三四五六七八九十]+是/.test(simple) &&
    // 年度我市, 现将我镇: words around a self-reference (我市, 我镇), never an agency's name.
    !/(我|该|本)(省|市|区|县|镇|乡|街|局|委|办|厅)/.test(simple) &&
    // 政府门户网站政府信息公开年度报告专栏: a website or its column publishes nothing itself.
    !/(网站|网|专栏|平台)$/.test(simple) &&
    // 年度区政府国资局: the rest of a year (2022年度) glued before a name.
    !/^(年度|年)/.test(simple) &&
    // 并向社会公布(2021年度)街道: a sentence's publishing words with the year taken out between them and a bare kind.
    !/向社会|公布|印发/.test(simple) &&
    // 现将莲湖区…, 由汇龙镇…, 局|广州市…税务局: the words of the sentence around a name, or the end of the word before it.
    !/^(?:现将|特将|现就|由|局|委|厅)/.test(simple) &&
    // 吉林市人民政府昌邑区两家子满族乡人民政府 (a contact line): a city's government is written before its district and
    // township, which are no part of that government's name; the township's name is the one without it.
    !/(?:人民政府|政府)\p{Script=Han}{1,8}?[区县]\p{Script=Han}{1,12}?(?:镇|乡|街道|苏木)/u.test(simple) &&
    // 三明市领导干部: the cadres of a place are people, not a body, though 部 ends many names.
    !/干部$/.test(simple) &&
    // 硚口区教育局局: a kind word doubled where the text broke.
    !/(局局|委委|厅厅|办办)$/.test(simple) &&
    // 由XX应急管理局编办 (a typo for 编制, compiled by): a bureau has no 编办 of its own (编办 is the party committee's).
    !/(?:局|委员会|厅|署|中心)编办$/.test(simple) &&
    // 并按市应急管理局…要求, 经区政府: a preposition jieba glued to the bare level after it (按市, 经区) starts no place's name.
    !PREPOSITION_LEVEL.test(simple) &&
    // 杭州钱江经济开发区认真落实区政府…: a sentence's verb after the name, then another agency it names.
    !/认真|落实|贯彻|按照|根据|结合|深入|严格|进一步|积极|坚持|围绕|关于/.test(simple) &&
    !/\d/.test(simple) &&
    // XX局政府信息公开工作年度报告_XX市人民政府: a page's <title> (the report's title, then its site) is no name.
    !/_/.test(simple) &&
    !TITLE_TAIL.test(simple) &&
    // 由xx县中医院编制: a template's placeholder, no agency's name.
    !/[xX×]{2}/.test(simple)
  );
}

/** Take the year (2024年, 2024年度, （2024年）) out of a piece of the title. */
// 2024—2025学年: a university's school year, stored under the year it ends in (the second, captured).
// 2022度珠晖区…报告: a year printed with 度 alone (年 left out) is a year all the same, no part of the name after it.
const YEAR_IN_TITLE = new RegExp(
  `[(（]?(?:(?:19|20)\\d{2}\\s*[-—–~～至]\\s*)?${YEAR}\\s*(?:(?:学)?年\\s*度?|度(?=\\p{Script=Han}))[)）]?`,
  'u',
);

/** A clause whose subject is the text's publisher (我镇, 我局, 本局) and whose verb writes a report, right before its 《title》. */
const OWN_REPORT_WRITTEN =
  /(?:^|[，,。；;])[^，,。；;]{0,12}(?:我|本)(?:镇|乡|局|委|办|街道|区|县|市|厅|中心)[^，,。；;《]{0,8}(?:编制|编写|撰写)(?:了|完成)?$/;

/** The words before a cited document that say it was published as routine work (及时发布《…》, 按时提交《…》), not the text's own title. */
const ROUTINE_PUBLISHING = /(?:及时|按时|及時|按時|定期)(?:发布|公布|公开|提交|报送|發布|公開|報送)$/;
/** The same routine words opening a sentence's part before an unquoted report's name: 规范公开…, 按时发布…, 依法公开…. */
const ROUTINE_PUBLISHING_LEAD = /^(?:规范|及时|按时|依法|定期|如期|按期)(?:发布|公布|公开|上传)/;

function takeYear(text: string): { rest: string; year?: number } {
  const match = YEAR_IN_TITLE.exec(text);
  if (!match) return { rest: text };
  const head = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  // 汨罗市人民政府2024年汨罗市政府信息公开工作年度报告: the publisher before the year, the region the report covers after
  // it; the region is the report's scope, no part of the publisher's name.
  const publisher = head.replace(PUBLISHING_VERB, '');
  if (after && BARE_REGION.test(after) && isAgencyName(publisher) && hasRegion(publisher) && !BARE_REGION.test(publisher)) {
    return { rest: head, year: toYear(match[1]) };
  }
  return { rest: head + after, year: toYear(match[1]) };
}

interface TitleName {
  name: string;
  year?: number;
  /** Named inside a sentence (现公布XX局2023年…报告), not on a title line of its own. */
  inSentence?: boolean;
  /** The whole line is the title, name and 工作…报告 tail together (辽东街道办事处信息公开工作年度报告), year or not. */
  ownLine?: boolean;
  /** The name was read from a line above or below the title's (XX局 / 2024年…报告), none being on the title's line. */
  borrowed?: boolean;
}

/** A site's header: two or more names of governments or websites in a row, spaced (中国政府网 山西省人民政府 忻州市人民政府). */
const SITE_HEADER = /^\s*(?:\p{Script=Han}{2,20}(?:人民政府|政府|网|网站|门户)\s+)+\p{Script=Han}{2,20}(?:人民政府|政府|网|网站|门户)\s*$/u;
/** A site's header of names, or a crumb trail whose last crumb is no title (XX市人民政府 > 政务公开 > 政府信息公开年报). */
function siteChrome(simpleLine: string): boolean {
  if (SITE_HEADER.test(simpleLine)) return true;
  // A short line of crumbs only: a sentence's 《…<…>…》 quoting (印发<…格式>的通知) is none.
  const crumbs = simpleLine.trim();
  return (
    crumbs.length <= 60 &&
    !/[<＜《，。；,;]/.test(crumbs) &&
    /\p{Script=Han}\s*[>›»＞→]\s*\p{Script=Han}/u.test(crumbs) &&
    !titleOf([simpleLine], [simpleLine], 0)
  );
}
/** A line that is a region's name and no more (平潭综合实验区, 张湾区, 重庆市武隆区): a title's first words, broken after them. */
const REGION_LINE = /^\p{Script=Han}{1,16}(?:省|市|区|县|州|旗|盟|镇|乡|街道|苏木)$/u;

/**
 * A title's name completed by the region printed alone on the line above it (平潭综合实验区 / 交通与建设局2024年…报告): only when
 * the title's name has no region of its own and does not start with a bare level (市教育局 is the text's short form).
 */
function regionAbove(lines: string[], simpleLines: string[], index: number, name: string): string {
  const simpleName = toSimplified(name);
  if (/^[省市区县州旗盟镇乡]/.test(simpleName)) return name;
  const back = simpleLines.slice(Math.max(0, index - 2), index).findLastIndex((line) => line.trim().length > 0);
  if (back < 0) return name;
  const at = Math.max(0, index - 2) + back;
  const region = simpleLines[at].trim();
  // 县市区 (a column of a city's site): levels only, no place; 临港经济开发区 over 江阴临港经济开发区…: the column's name, already in the title's.
  if (!REGION_LINE.test(region) || /^[省市区县州旗盟镇乡]+$/.test(region) || simpleName.includes(region)) return name;
  // 重庆市 / 开州区生态环境局2024年…: a name with a region of its own takes only a higher one above it.
  if (hasRegion(simpleName) && !/(?:省|市|州|盟|实验区|开发区|新区|园区)$/.test(region)) return name;
  const joined = region + simpleName;
  return isAgencyName(joined) && hasRegion(joined) ? lines[at].trim() + name : name;
}

/**
 * The agency and year of a title line (its simplified copy `simple`, printed text `line`), looking
 * at the lines above (海原县科学技术局 / 2024年… / 年度报告) and the line below.
 */
function titleOf(lines: string[], simpleLines: string[], index: number): TitleName | undefined {
  // Every title's tail ends in 报告 or 年报 (TITLE_TAIL): a line without 报 is none, read without copying it twice.
  if (!simpleLines[index].includes('报')) return undefined;
  const simple = simpleLines[index].replace(/\s+/g, '');
  const printed = lines[index].replace(/\s+/g, '');
  TITLE_PATTERN.lastIndex = 0;
  for (const tail of simple.matchAll(TITLE_PATTERN)) {
    if (NOT_A_TITLE_AFTER.test(simple.slice(tail.index! + tail[0].length))) continue;
    // 您现在的位置: XX委信息公开>信息公开>政府信息公开年报: a breadcrumb's last column, not a title.
    if (/[>›»＞→|/]$/.test(simple.slice(0, tail.index!))) continue;
    // 按时发布《XX局2022年…年度报告》《统计公报》等信息: a report published as routine work is an earlier one, not this title.
    const opened = simple.slice(0, tail.index!).lastIndexOf('《');
    if (opened >= 0 && ROUTINE_PUBLISHING.test(simple.slice(Math.max(0, opened - 6), opened))) continue;
    // In a long line only the words right before the tail: 编制完成《…》 or 首页… 平潭…年度报告 来源.
    let from = 0;
    // A title named inside a sentence (…,特向社会公布2021年XX局政府信息公开年度报告。) is read like a long line's.
    // A label's colon (标题:, 名称:) is no sentence mark.
    const inSentence = simple.length > 90 || /[，,。；;]/.test(simple.slice(0, tail.index!));
    if (inSentence) {
      const lead = simple.slice(0, tail.index!);
      // The text is NFKC by now: a printed ， is a , here.
      const separator = Math.max(...[...'，,。；;:：、》《“”"|'].map((mark) => lead.lastIndexOf(mark)));
      from = separator + 1;
      // 《…年度报告》 in a sentence names a report (a news item, a notice); it is not this text's title.
      // A title at the very start of a long line (a page flattened into one line) has no mark before it.
      // Unless the sentence says the text's own publisher wrote it (我镇认真编写了《XX镇人民政府2020年度…报告》): its own title.
      if (
        separator >= 0 &&
        '《“"'.includes(lead[separator]) &&
        !(lead[separator] === '《' && OWN_REPORT_WRITTEN.test(lead.slice(0, separator)))
      )
        continue;
      // One item of a list of what was published (…信息3条、XX局2024年政府信息公开工作年度报告、2025年其他…): last year's report.
      if (lead[separator] === '、' && simple[tail.index! + tail[0].length] === '、') continue;
      // 规范公开凤山镇2023年政府信息公开工作年报: a report published as the year's routine work, unquoted, is an earlier one.
      if (ROUTINE_PUBLISHING_LEAD.test(lead.slice(from))) continue;
    }
    const tailYear = tail[1] ? toYear(tail[1]) : undefined;
    const sharedEnd = sharedGovernmentEnd(simple, tail.index!);
    const before = takeYear(simple.slice(from, sharedEnd));
    const beforePrinted = printed.slice(from, sharedEnd);
    let year = before.year ?? tailYear ?? takeYear(simple.slice(tail.index! + tail[0].length)).year;
    let name = printedName(cleanAgency(before.rest), beforePrinted);
    // In a sentence (依法按时完成长通街道2024年政府信息公开年度报告) the words before the name are no part of it:
    // only the longest agency name the words end with.
    // Right after the verb that publishes it (梳理编制湛江海关关区2023年…), the rest is the name, though it has no level (a 海关 by its city's name).
    const afterVerb = PUBLISHING_VERB.test(before.rest.replace(/\s+/g, '').replace(/^.*[，,。；;]/, ''));
    // XX局2022年…年度报告(以下简称年报)是根据…编制: a lead that opens with the report's own name as its subject, no mark before it.
    const selfNamed = from === 0 && SELF_NAMING_AFTER.test(simple.slice(tail.index! + tail[0].length));
    if (inSentence && isAgencyName(name)) {
      const ending = nameEnding(toSimplified(name));
      // Right after the verb, a name whose brackets cleanAgency kept (泰州医药高新区(高港区)口岸街道办事处: a zone, the district
      // it is run with, then a street office) is whole, though the words found end at its bracket.
      const bracketed = afterVerb && ending !== undefined && /[(（]/.test(name) && toSimplified(name).endsWith(ending);
      name = printedName(bracketed ? toSimplified(name) : (ending ?? (afterVerb || selfNamed ? name : '')), beforePrinted);
    }
    const nameFromLine = isAgencyName(name);
    // 平潭综合实验区 / 交通与建设局2024年…报告: a title broken inside its name, the region ending the line above.
    if (nameFromLine && !inSentence && from === 0) name = regionAbove(lines, simpleLines, index, name);
    for (let back = index - 1, seen = 0; !isAgencyName(name) && simple.length <= 90 && back >= 0 && seen < 3; back -= 1) {
      // 中国政府网 山西省人民政府 忻州市人民政府 / 2024年…报告: the site's header, not the title's first line; nothing above it is.
      if (SITE_HEADER.test(simpleLines[back])) break;
      // 底张街道办事处2023年度政府 / 信息公开工作年度报告: the tail's first words broken onto the line above belong to the tail.
      const previous = simpleLines[back].replace(/\s+/g, '').replace(BROKEN_TAIL_START, '$1');
      if (!previous) continue;
      seen += 1;
      // 北京市西城区人民防空办公室2020 / 政府信息公开工作年度报告: a title broken right after its year, printed without 年.
      const bareYear = /^(.{2,40}?)((?:19|20)\d{2})$/u.exec(previous);
      const part = bareYear && !/\d$/.test(bareYear[1]) ? { rest: bareYear[1], year: Number(bareYear[2]) } : takeYear(previous);
      year ??= part.year;
      name = printedName(cleanAgency(part.rest), lines[back].replace(/\s+/g, ''));
    }
    if (!isAgencyName(name) && simple.length <= 90) {
      const below = simpleLines.slice(index + 1, index + 4).findIndex((next) => next.trim().length > 0);
      if (below >= 0) {
        const following = simpleLines[index + 1 + below].replace(/\s+/g, '');
        if (following.length <= 30) name = printedName(cleanAgency(following), lines[index + 1 + below].replace(/\s+/g, ''));
      }
    }
    if (isAgencyName(name) || ONE_CHARACTER_TOWN.test(toSimplified(name))) {
      const ownLine = !inSentence && from === 0 && tail.index! + tail[0].length === simple.length && /工作/.test(tail[0]) && nameFromLine;
      return { name, year, inSentence, ownLine, borrowed: !nameFromLine };
    }
  }
  return undefined;
}
/**
 * Where the name before a title's tail ends: the tail's start, or past its 政府 where the name's 人民政府 shares it
 * (2019年清江浦区人民政府信息公开工作年度报告: 清江浦区人民政府, not 清江浦区人民).
 */
function sharedGovernmentEnd(simple: string, tailStart: number): number {
  return simple.startsWith('政府信息公开', tailStart) && simple.slice(0, tailStart).endsWith('人民') ? tailStart + 2 : tailStart;
}

/** A year and the first words of a title's tail that the line breaks off (2023年度政府 | 信息公开工作年度报告). */
const BROKEN_TAIL_START = new RegExp(`(${YEAR}\\s*年度?)(?:政府?信?息?公?|政务?|信息?公?)$`);
/** A township named with one character before 镇/乡 (螅镇): a name only where a title gives it. */
const ONE_CHARACTER_TOWN = /^[^乡镇城村市县区省本我该各全每以在对向与和及从为将于]{1}(镇|乡)$/u;
const TITLE_PATTERN = new RegExp(TITLE_TAIL.source, 'g');
/** The start of a title: an agency, its year, then 政府信息公开 or 政务公开. */
const TITLE_START = new RegExp(`^(\\p{Script=Han}{2,30}?)${YEAR}年度?(?:政府信息公开|政务公开)`, 'u');

/**
 * The printed form of a name found in the simplified copy: the same characters of the printed
 * text when the two line up (繁体 names are kept as printed), else the simplified name.
 */
function printedName(simpleName: string, printed: string): string {
  if (!simpleName) return simpleName;
  const simple = toSimplified(printed);
  if (simple.length !== printed.length) return simpleName;
  const at = simple.indexOf(simpleName);
  return at >= 0 ? printed.slice(at, at + simpleName.length) : simpleName;
}

/**
 * A word jieba does not know, glued of an adverb or preposition and a bare level (…服务中心|共向区|信息中心报送: 共向 + 区): the
 * sentence's verb phrase toward that level's body, never the end of a name, though it ends in 区.
 */
const FUNCTION_BEFORE_LEVEL = /^(?:共|均|都|已|并|还|另|分别|先后|主动|及时)?(?:向|对|经|由|给|为|到)(?:省|市|区|县|州|旗|镇|乡)$/u;

/** Words that end a run of name words: prepositions, verbs, function words jieba tags. */
const NAME_BREAK_TAGS = /^(p|c|u|uj|ul|uz|ug|uv|ud|v|vd|d|r|m|q|f|x|w|y|e|o|a|ad|t|tg|zg)$/;
/** Idioms and set phrases (紧紧围绕) never start a name (紧紧围绕市委 is none), though a field's name inside one may be tagged so (朝阳市自然资源局). */
const NEVER_FIRST_TAGS = /^(l|i)$/;
const NAME_BREAK_WORDS = new Set([
  '经',
  '由',
  '在',
  '对',
  '向',
  '与',
  '和',
  '及',
  '按',
  '据',
  '从',
  '为',
  '将',
  '于',
  '请',
  '联系',
  // 气象局办公室作为气象局信息公开工作机构: a verb of role links an office to the body it serves, inside no name.
  '作为',
  '担任',
  '牵头',
  '根据',
  '按照',
  '依据',
  '通过',
  '组织',
  '加强',
  '全年',
  '本年',
  '我',
  '我局',
  '本机关',
  // 或本机关网站泰安市商务局, 可在本单位网站XX县教育局下载: a website is named before the agency it belongs to, never inside its name.
  '网站',
  '门户网站',
  '官方网站',
  '官网',
  '网页',
  '公众号',
]);
/** The words for a website or an account, which name where a text was posted, never a place or an agency. */
const WEBSITE_WORD = /网站|官网|网页|公众号/;
// 开发区·铁山区教育局: a zone and the district it was merged with, printed as one name with a middle dot.
const INNER_JOINERS = new Set(['与', '和', '及', '·']);
/** A bare level glued to its government by jieba (区政府, 县人民政府): no place's proper name in it. */
const BARE_LEVEL_GOVERNMENT = /^(?:区|县|市|省|州)(?:人民)?政府$/;
/** A government or a 街道's office already in a name (…人民政府, …街道办事处): what follows may be one of its inner offices. */
const GOVERNMENT_OR_STREET_OFFICE = /(?:人民政府|街道办事处)/;
/** The word an inner office's name ends with (党政综合与社区建设|办公室). */
const OFFICE_WORD = /^(?:办公室|办|服务中心|中心)$/;
const LONE_AGENCY_WORD = /^(?:办|局|委|厅|处|科|室|所|部|院|站|队)$/;

/**
 * A word that can start a name although jieba tags it as a break: a proper name it does not know
 * (官洲, tagged x) or a place it takes for a verb (硚口区, tagged v).
 */
/**
 * A district named for a direction, which jieba splits into the direction and 城区 (杭州市上|城区, 下|城区): the direction
 * is the district's first character, not a word that ends the name before it.
 */
function directionDistrict(tokens: ReadonlyArray<{ word: string; tag: string }>, index: number): boolean {
  return (
    tokens[index].tag === 'f' &&
    /^[东南西北上下前后左右中内外]$/u.test(tokens[index].word) &&
    tokens[index + 1]?.word === '城区' &&
    (index === 0 || /(?:省|市|州|盟)$/.test(tokens[index - 1].word))
  );
}

/** A zone's kind right after its city's name (常熟|经济|技术开发区, 常熟|高新技术|产业|开发区). */
const ZONE_KIND_AFTER = /^(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|工业园区|综合保税区)/;

/**
 * A city's name jieba reads as another word (常熟 an adjective) leading a zone's kind: the zone's proper name, the start
 * of its name (常熟经济技术开发区). Never a pronoun or a level (我区, 本市) before the kind.
 */
function zoneLead(tokens: ReadonlyArray<{ word: string; tag: string }>, index: number): boolean {
  const next = tokens[index + 1]?.word;
  if (!next || !/^[经高工综]/.test(next)) return false;
  const { word } = tokens[index];
  if (!/^\p{Script=Han}{2,3}$/u.test(word) || NEVER_NAME_START.test(word[0]) || /[省市区县州旗盟镇乡级]$/.test(word)) return false;
  return ZONE_KIND_AFTER.test(
    tokens
      .slice(index + 1, index + 4)
      .map((token) => token.word)
      .join(''),
  );
}

/** The words of a time (今年, 年初, 春季, 目前): a word jieba tags t with one of them is a time, never a town's proper name. */
const TIME_CHARACTER = /[年月日时期今明昨春夏秋冬初末底当季旬晚早午夜周代纪前后目现近往先此去曾]/u;

/**
 * A town's or a street's proper name jieba takes for a time word (东四|街道: tagged t), right before its bare level: the
 * start of its name (东四街道), as a place jieba knows is.
 */
function townTimeName(tokens: ReadonlyArray<{ word: string; tag: string }>, index: number): boolean {
  const { word, tag } = tokens[index];
  return (
    tag === 't' &&
    /^\p{Script=Han}{2,3}$/u.test(word) &&
    !TIME_CHARACTER.test(word) &&
    /^(?:街道|镇|乡|苏木)(?:办事处|人民政府|政府)?$/.test(tokens[index + 1]?.word ?? '')
  );
}

/**
 * A bare 街道/镇/乡 right after a verb that follows no region (调整|优化|街道…领导小组, 专栏|发布|街道|活动): the sentence's
 * verb and its object, never a town's proper name; a town named for a verb is written after its district (南关区|解放|街道).
 */
function verbBeforeBareTown(tokens: ReadonlyArray<{ word: string; tag: string }>, start: number, index: number): boolean {
  if (!/^(?:街道|镇|乡|苏木)$/.test(tokens[index].word) || index - 1 <= start) return false;
  // (A lone character jieba tags v ends a proper name it splits (大箕|铺|镇): only a verb of two characters or more.)
  if (!/^(?:v|vn)$/.test(tokens[index - 1].tag) || tokens[index - 1].word.length < 2) return false;
  const before = tokens[index - 2];
  return !(/^(?:ns|nr|nz|x)$/.test(before.tag) || /(?:省|市|区|县|旗|州|盟)$/.test(before.word));
}

function placeWord(token: { word: string; tag: string }): boolean {
  if (!/^\p{Script=Han}{2,}$/u.test(token.word)) return false;
  // 办和省 (…公开办|和|省气象局 glued by jieba): an agency word and a joiner start no place.
  if (/^[办局委厅处科室所部院站队][和与及]/.test(token.word)) return false;
  // 投注官网|市 glued by jieba as 官网市 (a spam mirror's name put in place of the city's): a website word is in no place's name.
  if (WEBSITE_WORD.test(token.word)) return false;
  return token.tag === 'x' || /(省|市|区|县|州|旗|镇|乡)$/.test(token.word);
}

/** A place name jieba's dictionary knows (tagged ns), written without its level: 阜阳, 泉州. */
function knownPlace(token: { word: string; tag: string }): boolean {
  return token.tag === 'ns' && /^\p{Script=Han}{2,4}$/u.test(token.word) && !/(省|市|区|县|州|旗|镇|乡)$/.test(token.word);
}

/**
 * jieba glues a preposition to the first character of a place it does not know (本报告由塘|下镇人民政府编制: 由塘, 下镇):
 * the preposition is split off and the character joins the place after it (由, 塘下镇).
 */
function preposedPlaceSplit(tokens: Array<{ word: string; tag: string }>): Array<{ word: string; tag: string }> {
  const split: Array<{ word: string; tag: string }> = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (
      token.tag === 'x' &&
      /^[由在对向从为经按据与和及]\p{Script=Han}$/u.test(token.word) &&
      next &&
      /^(?:x|ns)$/.test(next.tag) &&
      /^\p{Script=Han}{1,3}(?:镇|乡|街道|区|县)$/u.test(next.word)
    ) {
      split.push({ word: token.word[0], tag: 'p' }, { word: token.word[1] + next.word, tag: 'x' });
      index += 1;
    } else if (
      /^(?:nr|ns|x)$/.test(token.tag) &&
      /^\p{Script=Han}{2,4}$/u.test(token.word) &&
      !/[省市区县州旗镇乡]$/.test(token.word) &&
      next?.tag === 'x' &&
      /^[区县市]\p{Script=Han}$/u.test(next.word) &&
      /^(?:x|j)$/.test(tokens[index + 2]?.tag ?? '') &&
      /^\p{Script=Han}{1,2}[局委办]$/u.test(tokens[index + 2]?.word ?? '')
    ) {
      // jieba glues a district's level to the first character of the office's abbreviation after it (文登|区住|建局): the
      // level goes back on the place (文登区), the character starts the abbreviation (住|建局).
      split.push({ word: token.word + next.word[0], tag: 'ns' }, { word: next.word[1], tag: 'v' });
      index += 1;
    } else if (
      token.tag === 'x' &&
      /^[局委厅办][以在对向从为按于将把]$/u.test(token.word) &&
      /^(?:n|nz|nt|ns|x)$/.test(tokens[index - 1]?.tag ?? '') &&
      /\p{Script=Han}$/u.test(tokens[index - 1]?.word ?? '')
    ) {
      // jieba glues an agency's last word to the preposition after it (洞头区|农业|农村|局以|习近平…为指导): the word ends the
      // name, the preposition starts the sentence's predicate (局, 以).
      split.push({ word: token.word[0], tag: 'n' }, { word: token.word[1], tag: 'p' });
    } else split.push(token);
  }
  return split;
}

/**
 * A sentence's tagged words (preposedPlaceSplit of jieba's tags), kept for the sentences read lately: findIdentity reads
 * the same opening sentences for names five or six times a report (fromBody, subjectOfOpening, placeNamed, withRegion…),
 * and jieba's tagging was the most of it. The tokens are only read, never changed. Cleared when it grows past its bound.
 */
const TAGGED_SENTENCES = new Map<string, ReadonlyArray<{ word: string; tag: string }>>();
function taggedSentence(sentence: string): ReadonlyArray<{ word: string; tag: string }> {
  let tokens = TAGGED_SENTENCES.get(sentence);
  if (!tokens) {
    if (TAGGED_SENTENCES.size >= 2048) TAGGED_SENTENCES.clear();
    tokens = preposedPlaceSplit(tagWords(sentence));
    TAGGED_SENTENCES.set(sentence, tokens);
  }
  return tokens;
}

/** Agency names standing in sentences: 平潭综合实验区自然资源与生态环境局坚持…, 根据洛阳市科技局… */
export function namesInText(text: string, options: { placeNames?: boolean } = {}): string[] {
  const names: string[] = [];
  for (const sentence of toSimplified(text).split(/[，。；！？、,;!?:：()（）《》“”"\s|]+/)) {
    if (sentence.length < 3) continue;
    const tokens = taggedSentence(sentence);
    for (let start = 0; start < tokens.length; start += 1) {
      if (
        NAME_BREAK_WORDS.has(tokens[start].word) ||
        NEVER_FIRST_TAGS.test(tokens[start].tag) ||
        // A lone agency word ends a name, never starts one (…公开办|和|省气象局: not 办和省气象局).
        LONE_AGENCY_WORD.test(tokens[start].word) ||
        // 调整|优化|街道: the second of two verbs is the sentence's, never a town's name (优化街道).
        (/^(?:v|vn)$/.test(tokens[start].tag) && /^(?:v|vn|d|ad)$/.test(tokens[start - 1]?.tag ?? '')) ||
        // 加快建设|台吉|镇人民政府公众号: a verb jieba tags as a noun (建设, 推进) right before a place is the sentence's verb.
        (tokens[start].tag === 'vn' && /^(?:ns|x)$/.test(tokens[start + 1]?.tag ?? '')) ||
        // 指导|区政府各有关部门, 建设|县政府: jieba glues a bare level to 政府, so the common word before it (a verb it
        // tags n or vn) is the sentence's, never a place's name (a place is tagged ns, nr or x, or carries its level).
        (/^(?:n|vn)$/.test(tokens[start].tag) && BARE_LEVEL_GOVERNMENT.test(tokens[start + 1]?.word ?? '')) ||
        (NAME_BREAK_TAGS.test(tokens[start].tag) &&
          !placeWord(tokens[start]) &&
          !directionDistrict(tokens, start) &&
          !zoneLead(tokens, start) &&
          !townTimeName(tokens, start))
      )
        continue;
      let name = '';
      for (let index = start; index < tokens.length && index < start + 12; index += 1) {
        const { word, tag } = tokens[index];
        const joiner = INNER_JOINERS.has(word) && index > start && index + 1 < tokens.length;
        // 条例规定|和|市委: an inner 和/与/及 joins two parts of one name only after a region (政务服务和大数据管理局); before
        // any region it joins two nouns of a sentence, and what follows is no name of theirs.
        if (joiner && word !== '·' && !hasRegion(name)) break;
        // An office named for its task (房屋征收工作管理办公室): two-character verbs inside a name after its region.
        // So is a field's adjective (卫生健康局: 健康 is tagged a).
        // A verb right after a whole agency's name, before another body (淳安县医疗保障局|紧扣|国务院…), is the sentence's verb:
        // never a task inside the name.
        const verbAfterName = tag === 'v' && /(?:局|委员会|厅|政府|办公室)$/.test(name) && /^(?:nt|ns)$/.test(tokens[index + 1]?.tag ?? '');
        const task = index > start && /^(v|vn|a|an)$/.test(tag) && word.length === 2 && hasRegion(name) && !verbAfterName;
        // After an inner 和/与/及 the name goes on, whatever the next word's tag (政务服务和大数据管理局).
        const joined = index > start + 1 && INNER_JOINERS.has(tokens[index - 1].word) && hasRegion(name);
        // A place jieba knows, then a proper name it does not (广西|富鸣): one name. So is a place and the one character
        // jieba leaves after it as a morpheme (台州|湾 经济技术开发区: zg), which ends a place's proper name.
        const properAfterPlace =
          index === start + 1 && tokens[start].tag === 'ns' && (tag === 'x' || (tag === 'zg' && /^\p{Script=Han}$/u.test(word)));
        // A place jieba knows, then a zone's proper name it splits into single characters (长春|净|月|高新技术|产业开发区):
        // one name, when a noun follows the characters.
        const charactersAfterPlace = index > start && tokens[start].tag === 'ns' && singleCharactersAfter(tokens, start, index);
        // Places jieba knows, then a 街道's or 镇's proper name it does not (南通市|通州区|兴东|街道办事处): one name.
        const townAfterPlaces =
          tag === 'x' &&
          index > start + 1 &&
          tokens.slice(start, index).every((token) => token.tag === 'ns') &&
          /^(?:街道|镇|乡)/.test(tokens[index + 1]?.word ?? '');
        // A 街道 or 镇 named after its district's government (无锡市锡山区人民政府|厚桥|街道): its proper name goes on the name.
        const townOfGovernment =
          /人民政府$/.test(name) && /^(?:x|nr|nz|ns)$/.test(tag) && /^(?:街道|镇|乡)/.test(tokens[index + 1]?.word ?? '');
        // A proper name, then one character jieba tags apart (a measure word: 鲁山|道|街道办事处), then 街道/镇/乡: the character
        // ends the town's proper name.
        const townNameCharacter =
          index === start + 1 &&
          /^(?:nr|ns|nz|x)$/.test(tokens[start].tag) &&
          /^\p{Script=Han}$/u.test(word) &&
          !NEVER_NAME_START.test(word) &&
          /^(?:街道|镇|乡|苏木)/.test(tokens[index + 1]?.word ?? '');
        // A bureau's numbered branch (上海市税务局|第三|税务|分局, …局|第一|稽查局): the ordinal goes on the name.
        const numberedBranch = /局$/.test(name) && /^第[一二三四五六七八九十\d]{1,3}$/.test(word);
        // An office's abbreviation jieba cuts after its first character (天津市|住|建委, tagged v then j): the character
        // starts the office's short name, one word with the abbreviation that ends it. So when jieba knows no such word
        // (高昌区|住|建局: 建局 tagged x, two characters).
        const abbreviationStart =
          index > start &&
          hasRegion(name) &&
          /^\p{Script=Han}$/u.test(word) &&
          (tokens[index + 1]?.tag === 'j' || (tokens[index + 1]?.tag === 'x' && (tokens[index + 1]?.word.length ?? 0) === 2)) &&
          /(?:委|局|办)$/.test(tokens[index + 1]?.word ?? '');
        // A verb after a whole agency's name, right before a bare level's government (城中区人民政府办公室|综合|区政府各镇办…
        // 编制而成, 办公室|汇总|县政府各部门): the sentence's verb gathering that government's work, never a task inside the name
        // (jieba tags it vn or n).
        const verbBeforeGovernment =
          index > start &&
          /^(?:v|vn|n)$/.test(tag) &&
          word.length === 2 &&
          /(?:局|委员会|厅|政府|办公室)$/.test(name) &&
          BARE_LEVEL_GOVERNMENT.test(tokens[index + 1]?.word ?? '');
        if (verbBeforeGovernment || verbBeforeBareTown(tokens, start, index)) break;
        // A zone's kind written in common words after its region (深圳市|深汕|特别|合作|区|管理委员会: jieba tags 特别 an adverb):
        // the kind goes on the name.
        const zoneKindWords =
          index > start &&
          hasRegion(name) &&
          ZONE_KIND_WORDS.test(
            tokens
              .slice(index, index + 3)
              .map((token) => token.word)
              .join(''),
          );
        if (
          !joiner &&
          (NAME_BREAK_WORDS.has(word) ||
            FUNCTION_BEFORE_LEVEL.test(word) ||
            (NAME_BREAK_TAGS.test(tag) &&
              !task &&
              !joined &&
              !properAfterPlace &&
              !charactersAfterPlace &&
              !townAfterPlaces &&
              !townOfGovernment &&
              !townNameCharacter &&
              !numberedBranch &&
              !abbreviationStart &&
              !zoneKindWords &&
              !directionDistrict(tokens, index) &&
              !(index === start && (placeWord(tokens[index]) || zoneLead(tokens, index) || townTimeName(tokens, index))) &&
              !/(局|委|办|厅|院|处|会|府|区|县|市|镇|乡)$/.test(word)))
        )
          break;
        // 中心工作|和|街道: a bare level after a joiner joins two nouns (区委中心工作和街道重点任务), no name. Inside a
        // 街道's or a government's inner office (XX街道办事处党政综合与社区建设办公室) 社区 is the office's field, its name
        // going on to the office's word.
        const innerOfficeField =
          word === '社区' &&
          GOVERNMENT_OR_STREET_OFFICE.test(name) &&
          tokens.slice(index + 1, index + 4).some((next) => OFFICE_WORD.test(next.word));
        if (index > start && INNER_JOINERS.has(tokens[index - 1].word) && /^(?:街道|镇|乡|社区|苏木)$/.test(word) && !innerOfficeField)
          break;
        // 中华人民共和国政府|信息公开条例: 政府 before 信息 is a law's name, not an agency.
        if (/政府$/.test(word) && tokens[index + 1]?.word.startsWith('信息')) break;
        name += word;
        // With placeNames, a place jieba knows by name without its level (阜阳|气象局) also gives the region.
        const placed = hasRegion(name) || (options.placeNames === true && index > start && knownPlace(tokens[start]));
        // 调动|全区: 全区 (全县, 全市) is the whole region a sentence speaks of, never the end of a place's name.
        const wholeRegion = WHOLE_REGION_WORD.test(word);
        if (!joiner && !wholeRegion && isAgencyName(name) && placed && !/^(市|区|县|省|州|镇|乡|自治州|自治区|自治县)/.test(name))
          names.push(name);
      }
    }
  }
  return names;
}

/** A zone's kind jieba splits into common words (特别|合作|区, 综合|试验|区): no break inside a name after its region. */
const ZONE_KIND_WORDS = /^(?:特别|综合|经济|国际)?(?:合作|实验|试验|示范)区/;

/** The whole region a sentence speaks of (全区, 全县各部门): a word of its own, never a place's level. */
const WHOLE_REGION_WORD = /^全(?:区|县|市|省|州|旗|镇|乡)$/;

/** Function words jieba tags that no proper name is made of (在, 和, 的, 都, 其). */
const FUNCTION_TAGS = /^(?:p|c|u|uj|ul|uz|ug|uv|ud|d|r|y|e|o|w|x)$/;

/**
 * Whether token `index` is inside a run of one or two single characters right after the place at `start`, a run
 * followed by a noun (长春|净|月|高新技术): a proper name jieba does not know, split into characters.
 */
function singleCharactersAfter(tokens: ReadonlyArray<{ word: string; tag: string }>, start: number, index: number): boolean {
  let end = start + 1;
  while (end < tokens.length && end <= start + 2 && /^\p{Script=Han}$/u.test(tokens[end].word) && !FUNCTION_TAGS.test(tokens[end].tag))
    end += 1;
  return index < end && end > start + 1 && /^(?:n|nz|nt|ns)$/.test(tokens[end]?.tag ?? '');
}

/** The longest agency name with its region that `words` end with (完成长通街道 → 长通街道), if any. */
function nameEnding(words: string): string | undefined {
  let longest: string | undefined;
  for (const name of namesInText(words)) if (words.endsWith(name) && name.length > (longest?.length ?? 0)) longest = name;
  return longest === undefined ? undefined : withAutonomousPlace(words, longest);
}

/** An autonomous county's name that starts at its peoples (侗族自治县人民政府): the place's own name is cut off before it. */
const PEOPLES_FIRST = new RegExp(`^(?:${PEOPLES})+自治[县旗州]`, 'u');

/**
 * An autonomous county is always named by its place first (通道侗族自治县, 城步苗族自治县): where the words found start at its
 * peoples (jieba reads 通道 as a common noun, a channel), the place's own name right before them goes back on. Only the
 * two to four characters after the sentence's publishing verb (现公布通道…), or else the two before the peoples.
 */
function withAutonomousPlace(words: string, name: string): string {
  if (!PEOPLES_FIRST.test(name) || words.length <= name.length) return name;
  const lead = words.slice(0, words.length - name.length);
  const afterVerb = lead.replace(/^.*[，,。；;:：]/, '').replace(PUBLISHING_VERB, '');
  const place = /^\p{Script=Han}{2,4}$/u.test(afterVerb) ? afterVerb : /\p{Script=Han}{2}$/u.exec(lead)?.[0];
  if (!place || NEVER_NAME_START.test(place[0])) return name;
  return place + name;
}

/** A zone's administration (…经济技术开发区管理委员会, …高新区管委会): the kind a city's name may lead without its level. */
const ZONE_BODY = /(?:开发区|新区|高新区|园区)(?:管理委员会|管委会)?$/;

/**
 * A zone's administration led by its city's name without the level where the report names itself (盘锦辽滨沿海经济技术
 * 开发区管理委员会, titled 辽滨沿海…), when the text writes that city with 市 too (盘锦市政务公开…): the fuller name, as printed.
 */
function zoneWithItsCity(name: string, simpleText: string, printed: string): string {
  const simpleName = toSimplified(name);
  if (!ZONE_BODY.test(simpleName)) return name;
  for (let at = simpleText.indexOf(simpleName); at >= 0; at = simpleText.indexOf(simpleName, at + 1)) {
    for (const size of [2, 3]) {
      const city = simpleText.slice(Math.max(0, at - size), at);
      if (!/^\p{Script=Han}{2,3}$/u.test(city) || NEVER_NAME_START.test(city) || !simpleText.includes(`${city}市`)) continue;
      return printedName(city + simpleName, printed);
    }
  }
  return name;
}

/** Every place the text writes a name is inside a postal address (地址:…), or names a building (…管理委员会办公楼). */
function onlyInAddresses(text: string, name: string): boolean {
  const before = text.split(name).slice(0, -1);
  return (
    before.length > 0 &&
    before.every((words, index) => {
      const after = text.split(name)[index + 1] ?? '';
      const clause = words.slice(Math.max(0, ...['，', '。', '；', ';', ',', '(', '（', '\n'].map((mark) => words.lastIndexOf(mark) + 1)));
      return /(?:地址|住址|地点)\s*[:：]/.test(clause) || /^(?:管理委员会|管委会)?(?:办公楼|大楼|楼|大厦|院内)/.test(after);
    })
  );
}

/**
 * A zone a clause of the opening names short, its place words cut (2024年,旅游商贸开发区紧密结合实际…), where the report's own
 * words name it in full with its region and its 管委会 (现将西安临潼旅游商贸开发区管理委员会2024年度…报告如下): the longest
 * such name, as printed. Only a name that ends with the zone (and its 管理委员会 or 管委会), so another body is never taken.
 */
function zoneNamedInFull(name: string, simpleText: string, printed: string): string {
  const simpleName = toSimplified(name);
  if (!ZONE_BODY.test(simpleName)) return name;
  const zone = simpleName.replace(/(?:管理委员会|管委会)$/, '');
  let best = '';
  const own = simpleText.replace(/《[^《》\n]*》/g, (cited) => '，'.repeat(cited.length));
  for (const candidate of namesInText(own)) {
    const at = candidate.indexOf(zone);
    if (at <= 0 || !/^(?:管理委员会|管委会)?$/.test(candidate.slice(at + zone.length))) continue;
    // 地址:呼和浩特市沙尔沁工业区光伏小镇呼和浩特经济技术开发区管理委员会办公楼: the committee's building in an address, the words
    // before it a street's and a town's, never the zone's name.
    if (onlyInAddresses(own, candidate)) continue;
    if (candidate.length > best.length && candidate.length > simpleName.length && hasRegion(candidate)) best = candidate;
  }
  return best ? printedName(best, printed) : name;
}

/**
 * A zone named short, its city then 开发区 (西宁开发区, as its WeChat account is called), that the page writes in full with a zone
 * kind's words between the two (《西宁经济技术开发区政府信息公开指南》, its own guide): the full name, as printed. Only those
 * words (经济技术, 高新技术产业, 经济, 高新技术), so another body is never taken.
 */
function zoneShortForm(name: string, simpleText: string, printed: string): string {
  const short = /^(\p{Script=Han}{2,4}?)开发区$/u.exec(toSimplified(name));
  if (!short) return name;
  const full = new RegExp(`${short[1]}(?:经济技术|高新技术产业|高新技术|经济)开发区`, 'u').exec(simpleText)?.[0];
  return full ? printedName(full, printed) : name;
}

/** Office words that complete a region's name as an agency: 迎宾路街道 → 迎宾路街道办事处. */
// 街道办事处办公室 is the 办事处's own office (the agency is the 办事处); 镇人民政府网 or 局 is another body.
// So is 镇人民政府办公室 in a contact line (请与武山镇人民政府办公室联系): the town's own office, the agency its 人民政府.
const OFFICE_SUFFIX =
  /^((?:办事处|人民政府)(?=办公室|综合办|党政办)|(?:办事处|人民政府|管理委员会|管委会)(?!办公室|办|局|委|部|厅|处|科|所|中心|网))/;

/**
 * The fullest form of `name` the text supports: regions named before it (XX市 + XX区人民政府),
 * or the office after a bare region (迎宾路街道 → 迎宾路街道办事处). Compared on simplified copies.
 */
/**
 * A name whose kind is a short form (臨夏州住建局 in a title) that the report's own words write in full with the same region
 * (现向社会公布臨夏州住房和城鄉建設局2024年…): the full name, as printed. Aliases keep the short form askable.
 */
/** A government or its general office with 政府 for 人民政府 (XX市政府办公室, XX县政府). */
const SHORT_GOVERNMENT = /^(\p{Script=Han}{2,12}?(?:省|市|区|县|州|旗|盟))政府(办公室|办公厅)?$/u;

function writtenInFull(name: string, simpleText: string, printed: string): string {
  const simpleName = toSimplified(name);
  // 2020年乌兰察布市政府办公室信息公开工作年度报告, then 乌兰察布市人民政府办公室坚持…: 政府 is 人民政府 cut short.
  const shortGovernment = SHORT_GOVERNMENT.exec(simpleName);
  if (shortGovernment) {
    const full = `${shortGovernment[1]}人民政府${shortGovernment[2] ?? ''}`;
    return hasRegion(full) && simpleText.includes(full) ? printedName(full, printed) : name;
  }
  if (!/局|厅|委/.test(simpleName.slice(-1))) return name;
  for (const [long, short] of KIND_ABBREVIATIONS) {
    // (卫生健康委 is the commission's own official form, 委员会 cut short: 国家卫生健康委 keeps the title's name.)
    if (!simpleName.endsWith(short) || simpleName.endsWith(long) || long.endsWith(short) || long.startsWith(short)) continue;
    const full = simpleName.slice(0, -short.length) + long;
    if (hasRegion(full) && simpleText.includes(full)) return printedName(full, printed);
  }
  return name;
}

/** A town's or a street's name, with its government's words or without (高良乡人民政府, 新下陆街道办事处). */
const TOWN_OR_STREET = /(?:街道|镇|乡|苏木)(?:办事处|人民政府|政府)?$/;

/** A postal address's label right before a place (地址:, 通讯地址：). */
const ADDRESS_LABEL_BEFORE = /(?:地址|住址)\s*[:：]?\s*$/;
/** A name that opens with its county, district or city (方正县大罗密镇, 白河市青石县民政局). */
const COUNTY_FIRST = /^\p{Script=Han}{2,6}?(?:市|区|县|旗|盟)\p{Script=Han}{2,}/u;

function fullest(name: string, simpleText: string): string {
  let best = name;
  // A bare 街道/镇/乡 is completed by its office (办事处, 人民政府); regions before it without the office
  // (地址:安徽省亳州市利辛县望疃镇振兴大道) are an address, which never beats a name with its office.
  let bestHasOffice = false;
  const simpleName = toSimplified(name);
  const consider = (candidate: string, hasOffice: boolean) => {
    if ((hasOffice && !bestHasOffice) || (hasOffice === bestHasOffice && candidate.length > best.length)) {
      best = candidate;
      bestHasOffice = hasOffice;
    }
  };
  for (let at = simpleText.indexOf(simpleName); at >= 0; at = simpleText.indexOf(simpleName, at + 1)) {
    let office = '';
    if (/(街道|镇|乡|苏木)$/.test(simpleName)) {
      office = OFFICE_SUFFIX.exec(simpleText.slice(at + simpleName.length, at + simpleName.length + 12))?.[1] ?? '';
      if (office) consider(name + office, true);
    }
    // Regions written before it: 威海市 + 文登区信访局. Only place words, so a verb never joins.
    let lead = /[\p{Script=Han}]{0,12}$/u.exec(simpleText.slice(Math.max(0, at - 12), at))?.[0] ?? '';
    // 地址:黑龙江省哈尔滨市方正县大罗密镇: the regions of a postal address are where the office sits, written as the post
    // wants them, not the name the report gives itself (方正县大罗密镇 in its title). A name with no region of its own still
    // takes the address's (地址:双辽市辽东街道办事处 completes 辽东街道办事处). A bare county or city is a region of its own
    // (《通榆县2022年…报告》 over 地址:吉林省通榆县…): the province and prefecture before it are the envelope's.
    const inAddress = ADDRESS_LABEL_BEFORE.test(simpleText.slice(Math.max(0, at - lead.length - 6), at - lead.length));
    if (lead && inAddress && (COUNTY_FIRST.test(simpleName) || BARE_REGION.test(simpleName))) continue;
    // A 街道 or 镇 named after its district's government (天津市河北区人民政府新开河街道办事处): the government's region,
    // and the government, go on the name.
    let government = '';
    // Not inside a cited document's title (《重庆市渝中区人民政府上清寺街道办事处关于…的通知》): that is its issuer's full name.
    const cited = simpleText.lastIndexOf('《', at) > simpleText.lastIndexOf('》', at);
    if ((TOWN_OR_STREET.test(simpleName) || simpleName.endsWith('街')) && !cited && /(?:区|县|市|旗)人民政府$/.test(lead)) {
      lead = /[\p{Script=Han}]{0,12}$/u.exec(simpleText.slice(Math.max(0, at - 16), at - 4))?.[0] ?? '';
      government = '人民政府';
    }
    // Only a region's level right before the name can start a region (and only then is jieba loaded).
    if (!/(省|市|区|县|州|盟|旗)$/.test(lead)) continue;
    const tokens = regionTokens(tagWords(lead));
    let prefix = '';
    for (let index = tokens.length - 1; index >= 0; index -= 1) {
      const { word, tag } = tokens[index];
      // 长春市|绿园区: a district jieba does not know as a place is one still, right after its city.
      const districtOfCity =
        /^\p{Script=Han}{2,3}(?:区|县|旗)$/u.test(word) && /^\p{Script=Han}{1,6}(?:市|州|盟)$/u.test(tokens[index - 1]?.word ?? '');
      // 由|下陆区|新下陆街道办事处, 地址为|师宗县|高良乡人民政府: a town's or a street's county or district right after a
      // preposition, though jieba does not know it as a place.
      const countyOfTown =
        TOWN_OR_STREET.test(simpleName) && /^\p{Script=Han}{2,3}(?:区|县|旗)$/u.test(word) && tokens[index - 1]?.tag === 'p';
      if (
        !(tag === 'ns' && /(省|市|区|县|州|盟|旗)$/.test(word)) &&
        !/^.{1,6}(省|自治区|市|自治州|盟)$/.test(word) &&
        !districtOfCity &&
        !countyOfTown
      )
        break;
      if (NAME_BREAK_WORDS.has(word) || SELF_OR_ALL_START.test(word) || PREPOSITION_LEVEL.test(word)) break;
      prefix = word + prefix;
    }
    // Both written at this place (南关区 + 长通街道 + 办事处办公室): the whole name as printed.
    if (prefix && !simpleName.startsWith(prefix)) consider(prefix + government + name + office, office !== '');
  }
  return best;
}

/** A town's or a street's government or office, no county before it (大河口乡人民政府): the town's own name, then its office. */
const TOWN_GOVERNMENT = /^(\p{Script=Han}{2,6}?(?:街道|镇|乡|苏木))(?:办事处|人民政府|政府)$/u;

/**
 * A town's government named without its county (大河口乡人民政府, the text saying 我乡) whose county the page writes only before
 * the town in its postal address or its contact clause (地址:姚安县大河口乡大河口街6号, 请与姚安县大河口乡党政办公室联系): that
 * county is the town's, and goes on the name. Only one county so written, a real one; only for a name read from the body (a
 * title's name is kept as the title gives it, 木塔乡人民政府 with 东至县 in its address).
 */
function countyOfTownAddress(name: string, simpleText: string): string | undefined {
  const simpleName = toSimplified(name);
  const town = TOWN_GOVERNMENT.exec(simpleName)?.[1];
  if (!town || COUNTY_FIRST.test(simpleName)) return undefined;
  // A report that writes its town's government outside the address (由荫子镇人民政府编制, 兴华镇人民政府特此编制, 请与唐村镇人民政府
  // 联系, 公布2019年度青龙镇政府(机关)信息公开年度报告) names itself so, and keeps the name as written.
  const outsideAddress = simpleText.replace(/(?:地址|住址)[^)）。\n]*/g, '');
  if (new RegExp(`${town}(?:人民政府|政府|办事处)`, 'u').test(outsideAddress)) return undefined;
  const written = new RegExp(
    `(?:地址|住址|与)\\s*[:：]?\\s*(?:\\p{Script=Han}{2,8}?(?:省|自治区))?(?:\\p{Script=Han}{2,8}?(?:市|州|盟))?(\\p{Script=Han}{2,4}?(?:县|区|市|旗))${town}`,
    'gu',
  );
  const counties = new Set([...simpleText.matchAll(written)].map((found) => found[1]));
  if (counties.size !== 1) return undefined;
  const [county] = counties;
  return hasRegion(county) && isAgencyName(county + simpleName) ? county + name : undefined;
}

/**
 * A district's government named from the body without its city (良庆区人民政府), the text writing the district right after one
 * city elsewhere (由南宁市良庆区政务公开工作领导小组办公室编制): a district's name is its city's, and that city goes on the name.
 * Only a 区 (a county's own name says where it is), only one city so written.
 */
function cityOfDistrict(name: string, simpleText: string): string | undefined {
  const district = /^(\p{Script=Han}{2,3}区)人民政府$/u.exec(toSimplified(name))?.[1];
  if (!district) return undefined;
  const cities = new Set<string>();
  for (const found of simpleText.matchAll(new RegExp(`(\\p{Script=Han}{2,6}?(?:市|州|盟))${district}`, 'gu'))) {
    const city = regionTokens(tagWords(found[1])).at(-1)?.word ?? '';
    if (city.length >= 3 && hasRegion(city)) cities.add(city);
  }
  if (cities.size !== 1) return undefined;
  const [city] = cities;
  return isAgencyName(city + toSimplified(name)) ? city + name : undefined;
}

/**
 * Tokens with a bare level after a proper name joined as one place (兴仁|市 → 兴仁市): jieba reads some county-level
 * cities' names as a person's (nr). Only a proper name of two or three characters joins.
 */
function regionTokens(tokens: Array<{ word: string; tag: string }>): Array<{ word: string; tag: string }> {
  const joined: Array<{ word: string; tag: string }> = [];
  for (const token of tokens) {
    const previous = joined.at(-1);
    if (
      /^(?:市|县|区|旗)$/.test(token.word) &&
      previous &&
      /^(?:nr|ns|nz)$/.test(previous.tag) &&
      /^\p{Script=Han}{2,3}$/u.test(previous.word)
    )
      joined[joined.length - 1] = { word: previous.word + token.word, tag: 'ns' };
    else joined.push(token);
  }
  return joined;
}

/**
 * A short title's name (住建局) written once in the text with its region right before it (2025年安阳县住建局依申请…),
 * where jieba splits the name itself (住|建局) so that no name is read from the sentence: that region and the name.
 */
function regionWrittenBefore(shortName: string, simpleText: string): string | undefined {
  if (/^(?:省|市|区|县|州|镇|乡|街道)/.test(toSimplified(shortName))) return undefined;
  const full = fullest(shortName, simpleText);
  return full !== shortName && full.endsWith(shortName) && hasRegion(toSimplified(full)) ? full : undefined;
}

/**
 * A town's or a street's bare name (双兴镇, the title's) whose region the text writes only as the owner of the website that
 * hosts the town's own column (梅河口市政府网站双兴镇办事处专栏, XX县人民政府门户网站YY乡专栏): that region and the name.
 */
function townOnItsRegionSite(shortName: string, simpleText: string): string | undefined {
  const simple = toSimplified(shortName);
  if (!/^\p{Script=Han}{2,6}(?:镇|乡|街道|苏木)$/u.test(simple) || /^(?:本|我|该|全)/.test(simple)) return undefined;
  const site = new RegExp(`(\\p{Script=Han}{2,8}?(?:市|县|区|旗))(?:人民)?政府(?:门户)?(?:网站|网)(?:上|的)?${simple}`, 'u').exec(
    simpleText,
  );
  if (!site) return undefined;
  const region = site[1].replace(/^.*?(?:完成|通过|在|于|依托|利用)/, '');
  const full = region + simple;
  return hasRegion(region) && isAgencyName(full) ? region + shortName : undefined;
}

/** A body's own column on its region's website: 哈尔滨市政府网站政务公开市民政局专栏, 宜兴市人民政府网站下设教育局专栏. */
const BODY_COLUMN_ON_SITE =
  /(\p{Script=Han}{2,8}?(?:市|县|区|旗|州))(?:人民)?政府(?:门户)?(?:网站|网)(?:上|的|下设)?(?:政务公开|政府信息公开|信息公开)?[“"]?((?:市|县|区|旗|州)?\p{Script=Han}{1,10}?(?:局|委员会|委|办公室|中心))[”"]?(?:政务公开|政府信息公开|信息公开)?专栏/gu;

/**
 * With no name read anywhere: the body whose own column on its region's website the text names (…市政府网站政务公开市民政局专栏),
 * when it is the one such column and the text speaks of itself only as that kind (我局): the region and the body, as printed.
 */
function bodyOnItsRegionSite(simpleText: string, printed: string): string | undefined {
  const found = new Set<string>();
  for (const column of simpleText.matchAll(BODY_COLUMN_ON_SITE)) {
    // The place's own words at the end of the run (其中|哈尔滨市, 通过|宜兴市): the sentence's words before it are no part of it.
    const tokens = tagWords(column[1]);
    let region = '';
    for (let index = tokens.length - 1; index >= 0; index -= 1) {
      const { word, tag } = tokens[index];
      if (!/^(?:ns|nr|nz|x)$/.test(tag) && !/(?:省|市|县|区|旗|州)$/.test(word)) break;
      region = word + region;
    }
    const level = /^(?:市|县|区|旗|州)/.exec(column[2])?.[0];
    if (level && !region.endsWith(level)) continue;
    const full = region + column[2].slice(level ? 1 : 0);
    if (hasRegion(region) && isAgencyName(full)) found.add(full);
  }
  if (found.size !== 1) return undefined;
  const [full] = found;
  return speaksOnlyAs(simpleText, full) ? printedName(full, printed) : undefined;
}

/**
 * A name without its region (市科技局, 区公安局) completed from the text: the same kind with a
 * region before it, written in a sentence (平潭综合实验区公安局), most often first.
 */
export function withRegion(shortName: string, simpleText: string): string | undefined {
  const simpleShort = toSimplified(shortName);
  const level = /^(省|市|区|县|州|镇|乡|街道)/.exec(simpleShort)?.[1] ?? '';
  // 区政府国资局 is the district's 国资局 (an office of the government itself, 市政府办公室, stays as it is).
  const kind = simpleShort.slice(level.length).replace(/^(?:人民)?政府(?!办|办公室|办公厅)(?=\p{Script=Han}{2})/u, '');
  const kinds = kindVariants(kind);
  const counts = new Map<string, number>();
  for (const name of namesInText(simpleText)) {
    const kind = kinds.find((variant) => name.endsWith(variant));
    if (!kind || name === simpleShort) continue;
    const region = name.slice(0, name.length - kind.length);
    // 市政府研究室 → 孝感市政府研究室: the government's word the kind went without stands after the region's level; a
    // commission the government runs is written with it too (市国资委 → 天津市人民政府国有资产监督管理委员会).
    if (level && !region.endsWith(level) && !region.replace(/(?:人民)?政府$/, '').endsWith(level)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [name, count] of counts)
    if (!best || count > counts.get(best)! || (count === counts.get(best)! && name.length > best.length)) best = name;
  return best;
}

/**
 * A title's bare name (2022年高新区(新市区)…报告) that the page's own site banner, a line of its head, writes whole with its place
 * before it (乌鲁木齐国家高新区(新市区)): that line's name, as printed. Only a line that is the name and nothing else, ending with
 * the bare name after two to eight characters of a place.
 */
function bannerName(shortName: string, headLines: readonly string[]): string | undefined {
  const simple = toSimplified(shortName);
  if (simple.length < 3) return undefined;
  for (const line of headLines) {
    const printed = line.replace(/\s+/g, '');
    const name = toSimplified(printed);
    if (!name.endsWith(simple) || !/^\p{Script=Han}{2,8}$/u.test(name.slice(0, name.length - simple.length))) continue;
    if (isAgencyName(name) && hasRegion(name)) return printed;
  }
  return undefined;
}

/**
 * A title's short name that the text defines after the full name (由广西壮族自治区北部湾经济区规划建设管理办公室(以下简称自治区
 * 北部湾办)编制, the title 自治区北部湾办2022年…报告): the full name with its region, as printed.
 */
function definedShortName(shortName: string, simpleText: string, printed: string): string | undefined {
  const simpleShort = toSimplified(shortName);
  for (const found of simpleText.matchAll(/[(（]以下简称[“"]?([^)）“”"]{2,20})[”"]?[)）]/g)) {
    if (found[1] !== simpleShort) continue;
    const words = /[^，。；！？,;!?:：()（）《》“”"\s、]*$/.exec(simpleText.slice(0, found.index))?.[0] ?? '';
    const full = nameEnding(words);
    if (full && full !== simpleShort && isAgencyName(full) && hasRegion(full)) return printedName(full, printed);
  }
  return undefined;
}

/**
 * A name that starts with the proper name of a district or county the text names (五华科技产业园
 *管理委员会 in a report citing 昆明市五华区): it says where it is, as printed. A zone's kind
 * (开发区, 高新区) is no place's name.
 */
function namedForItsPlace(shortName: string, simpleText: string): string | undefined {
  const simple = toSimplified(shortName);
  if (/^(?:省|市|区|县|州|镇|乡|街道)/.test(simple)) return undefined;
  for (const length of [2, 3]) {
    const stem = simple.slice(0, length);
    if (!/^\p{Script=Han}+$/u.test(stem) || /(?:省|市|区|县|州|旗|镇|乡)/.test(stem)) continue;
    for (const level of ['区', '县', '市', '旗']) {
      const place = stem + level;
      if (hasRegion(place) && simpleText.includes(place)) return shortName;
    }
  }
  return undefined;
}

/**
 * A zone's committee named without its region (苏银产业园管理委员会) whose text names one city or county as the government whose
 * requirements it carries out (落实党中央、自治区和银川市关于…的工作要求): a zone is set up by that government and answers to it,
 * so the name is that place's. A text naming two such places gives none.
 */
function zoneOfItsGovernment(shortName: string, simpleText: string): string | undefined {
  const simple = toSimplified(shortName);
  // A zone governed with the district it shares its offices with (高新区(新市区), with its brackets or without).
  const withDistrict = /^((?:高新|经开|开发|经济技术开发|高新技术产业开发)区)[(（]?(\p{Script=Han}{2,3}区)[)）]?$/u.exec(simple);
  if (!withDistrict && !/^\p{Script=Han}{2,}(?:园|园区|开发区|新区|示范区|试验区|实验区|合作区)(?:管理委员会|管委会)$/u.test(simple))
    return undefined;
  if (/^(?:省|市|区|县|州|本|我|该|全)/.test(simple)) return undefined;
  // Each government the clause names (党中央、自治区和银川市关于): a place of a city's or a county's level, its own name written.
  const places = new Set<string>();
  for (const clause of simpleText.matchAll(/(?:贯彻落实|落实|贯彻|按照|根据|执行)([^。；;,，]{2,40}?)关于/gu))
    for (const part of clause[1].split(/[、和及与]/)) {
      // (按照乌鲁木齐市人民政府《关于…》: the government before the title of its notice.)
      const place = /^(\p{Script=Han}{2,4}?(?:市|州|盟|县))(?:委|人民政府|政府|党委)?[《〈]?$/u.exec(part)?.[1];
      if (place && hasRegion(place)) places.add(place);
    }
  if (places.size !== 1) return undefined;
  const [place] = places;
  if (!isAgencyName(place + simple)) return undefined;
  if (!withDistrict) return place + shortName;
  const [, zone, district] = withDistrict;
  return place + (simpleText.includes(`${zone}（${district}）`) ? `${zone}（${district}）` : `${zone}(${district})`);
}

/**
 * A title naming a 街 alone (东丽湖街2021年…报告) while the text names its office (由东丽湖街道办事处结合…): the office, as
 * written. A 街 whose text never writes its office (佳荣里街) keeps its title's name. A title's district before the 街
 * (西青区西营门街, the text writing 西营门街道办事处 only) stays on the name: the office is that district's.
 */
function streetOffice(agency: string, simpleText: string, title?: string): string {
  const simple = toSimplified(agency);
  if (!simple.endsWith('街')) return agency;
  for (let start = 0; start <= simple.length - 3; start++) {
    const office = `${simple.slice(start)}道办事处`;
    if (!simpleText.includes(office)) continue;
    // Only the title's own district: one read from an address (天津市东丽区东丽湖街津汉公路…) is dropped with it.
    const region = simple.slice(0, start);
    const titled = region && title?.startsWith(region) && /(?:省|市|区|县|州|旗|盟)$/.test(region);
    return titled ? agency.slice(0, start) + office : office;
  }
  return agency;
}

/** The words by which a report speaks of its own agency, and the names that fit them. */
const SELF = [
  { words: /我局|本局/, fits: /局$/ },
  { words: /我委|本委/, fits: /(委|委员会)$/ },
  { words: /我办|本办/, fits: /(办|办公室)$/ },
  { words: /我街道|本街道/, fits: /(街道|街道办事处)$/ },
  { words: /我镇|本镇/, fits: /(镇|镇人民政府|镇政府)$/ },
  { words: /我乡|本乡/, fits: /(乡|乡人民政府|乡政府)$/ },
  // A 苏木 (Inner Mongolia's township) speaks of itself as 我苏木.
  { words: /我苏木|本苏木/, fits: /(苏木|苏木人民政府|苏木政府)$/ },
  { words: /我区|本区/, fits: /(区|区人民政府|区政府|管委会|管理委员会)$/ },
  { words: /我县|本县/, fits: /(县|县人民政府|县政府)$/ },
  { words: /我市|本市/, fits: /(市|市人民政府|市政府)$/ },
  // A hospital, school or institute reporting as a public institution (淮北市人民医院 … 我院).
  { words: /我院|本院/, fits: /院$/ },
  // A school (怀远二中 … 我校) and a government's research office (市政府研究室 … 我室).
  { words: /我校|本校/, fits: /(中学|小学|学校|幼儿园|[一二三四五六七八九十]中)$/ },
  { words: /我室|本室/, fits: /室$/ },
  // A provincial department (省司法厅 … 我厅), a 供销合作社 (我社), an archive (我馆), a federation (残疾人联合会 … 我会), a centre.
  { words: /我厅|本厅/, fits: /厅$/ },
  { words: /我社|本社/, fits: /社$/ },
  { words: /我馆|本馆/, fits: /馆$/ },
  { words: /我会|本会/, fits: /会$/ },
  { words: /我中心|本中心/, fits: /中心$/ },
  // A state-owned company publishing under the regulations (…集团有限责任公司 … 我公司, 我集团).
  { words: /我公司|本公司|我集团|本集团/, fits: /(公司|集团)$/ },
];

/**
 * Whether the text speaks of itself only as the kind of body `name` is: 我局 … 本局 for 洪江市教育局, never also 我镇 or 我委.
 * False where it never speaks of itself.
 */
export function speaksOnlyAs(simpleText: string, name: string): boolean {
  const spoken = SELF.filter((entry) => entry.words.test(simpleText));
  return spoken.length > 0 && spoken.every((entry) => entry.fits.test(name));
}

/**
 * False only where the text (its cited titles aside) speaks of itself solely as offices (我局, 我中心, 我院) and `name` fits
 * none of them; a region's words (我区, 我镇), a committee's or an office's (我委, 我办, 我会) or none at all leave any name possible.
 */
function speaksAsOneOf(simpleText: string, name: string): boolean {
  const own = simpleText.replace(/《[^《》\n]*》/g, (cited) => '，'.repeat(cited.length));
  const spoken = SELF.filter((entry) => entry.words.test(own));
  // 我委 and 我办 are also how a zone's 管委会 and a 街道办事处 speak, 我会 any committee: they contest no name.
  if (spoken.length === 0 || spoken.some((entry) => REGION_SELF.test(entry.fits.source) || /委|办|会/.test(entry.words.source)))
    return true;
  return spoken.some((entry) => entry.fits.test(name));
}

const NATIONAL_BODY = /^(?:国家|国务院|中华人民共和国|中国|全国|中央)/;

/** With no title: the agency the body speaks as (我局 … 平潭综合实验区XX局坚持…), the most named. */
function fromBody(simpleText: string): string | undefined {
  // A cited title (《关于做好…我区…的通知》) speaks as its issuer, and an address (地址:邹城市唐村镇唐兴路) names a
  // place: neither is how this text names its own agency.
  const cited = simpleText.replace(CITED_OR_ADDRESS, (span) => '，'.repeat(span.length));
  const self = SELF.filter((entry) => entry.words.test(cited));
  if (self.length === 0) return undefined;
  // Its own guide or catalogue, cited by name (完善《均村乡人民政府信息公开指南》… 我乡), names the publisher: kept where the name
  // fits how the text speaks of itself (a 乡 report citing 《XX县人民政府信息公开指南》 keeps nothing of it).
  const guides: string[] = [];
  const own = simpleText.replace(CITED_OR_ADDRESS, (span) => {
    // (《XX局政府信息公开指南》: 政府 there belongs to 政府信息公开, not to the name.)
    const name = OWN_GUIDE_TITLE.exec(span)?.[1].replace(/(?<!人民)政府$/, '');
    if (!name || !self.some((entry) => entry.fits.test(name))) return '，'.repeat(span.length);
    guides.push(name);
    return `，${name}${'，'.repeat(span.length - name.length - 1)}`;
  });
  // 我局 … 我市黄金山工业新区: a bureau speaking of its city as 我市 is not that city; a bare region is no name of an office.
  // So is a body whose clauses start with its short name after a bare level (2024年,市公共资源交易中心立足… 按照我市…要求).
  const office = self.some((entry) => !REGION_SELF.test(entry.fits.source)) || opensWithBareLevelBody(own.slice(0, 1500));
  // Nor is the city's government it names (黄石市政府采购网).
  const names = namesInText(own).filter(
    (name) =>
      (!office || ZONE.test(name) || !(BARE_REGION.test(name) || /(?:人民政府|政府)$/.test(name))) &&
      !(office && onlyAsWebsite(own, name) && !fitsOfficeSelf(self, name)),
  );
  const best = mostNamed(names, self);
  // The guide's title keeps the name whole where the word cutter splits its first character off (均|村乡人民政府).
  return guides.find((guide) => best && guide.length > best.length && guide.endsWith(best)) ?? best;
}

/** A disclosure guide's or catalogue's title (《均村乡人民政府信息公开指南》, 《…政府信息公开目录》): the name of its publisher first. */
const OWN_GUIDE_TITLE = /^《(\p{Script=Han}{3,30})信息公开(?:指南|目录)》$/u;

/** A company's registered kind at a name's end (…水务有限公司, …集团有限责任公司). */
const COMPANY_END = /(?:有限公司|有限责任公司|股份有限公司|集团)$/;

/** The self-references of a region or its government (我市, 我区, 我镇), told apart from an office's (我局, 我委). */
const REGION_SELF = /^\(?(?:市|区|县|镇|乡|街道|苏木)/;
/** A region's name alone (黄石市, 江汉区), no office and no zone. */
const BARE_REGION = /^\p{Script=Han}{1,12}(?:省|市|区|县|州|旗|盟)$/u;

/** A cited document's title, or an address after its label up to the next punctuation. */
// A channel's quoted name (在“湖南省粮食和物资储备局”网站上, “XX发布”公众号) is the website's, not how the text names its publisher.
const CITED_OR_ADDRESS =
  /《[^《》\n]*》|(?:地址|住址)\s*[:：]?[^,，。;；)）\n]*|“[^“”\n]{2,40}”(?=(?:门户)?(?:网站|网|门户|平台|公众号|微信|微博|官网))/g;

/**
 * Last, a name whose place is written without its level (阜阳气象局) where the text also names that
 * place with it (阜阳市人民西路): the city is the name's region.
 */
function placeNamed(simpleText: string, printed: string): string | undefined {
  const self = SELF.filter((entry) => entry.words.test(simpleText));
  if (self.length === 0) return undefined;
  // A company is registered under its city's name without the level (襄阳中环水务有限公司 … 我公司): that city is its
  // region though the text never writes 襄阳市; a bureau's place alone (阜阳气象局) still needs it.
  const office = self.some((entry) => !REGION_SELF.test(entry.fits.source));
  const names = namesInText(simpleText, { placeNames: true }).filter(
    (name) =>
      (COMPANY_END.test(name) || ['市', '县', '区'].some((level) => simpleText.includes(tagWords(name)[0].word + level))) &&
      !(office && onlyAsWebsite(simpleText, name) && !fitsOfficeSelf(self, name)),
  );
  const best = mostNamed(names, self);
  return best ? printedName(best, printed) : undefined;
}

/**
 * Whether every time the text writes `name` it names a website, its own or its committee's (本年报通过吉林经开区管委会网站
 * 向社会公开): where the report is posted, not who speaks as 我局 in it, unless it is a 局 itself (阜阳市公安局网站).
 */
function onlyAsWebsite(simpleText: string, name: string): boolean {
  let seen = false;
  for (let at = simpleText.indexOf(name); at >= 0; at = simpleText.indexOf(name, at + 1)) {
    // (吉林经开区 in 吉林经开区管委会网站: the zone's committee's site.)
    const after = simpleText.slice(at + name.length, at + name.length + 10).replace(/^(?:管委会|管理委员会|人民政府|政府)/, '');
    if (!WEBSITE_AFTER.test(after)) return false;
    seen = true;
  }
  return seen;
}

/** Whether `name` is of an office kind the text speaks as (阜阳市公安局 for 我局), a region's words (我区) aside. */
function fitsOfficeSelf(self: typeof SELF, name: string): boolean {
  return self.some((entry) => !REGION_SELF.test(entry.fits.source) && entry.fits.test(name));
}

/** The name fitting the report's self-reference (我局 → …局) written most often; superior national bodies never. */
function mostNamed(names: string[], self: typeof SELF): string | undefined {
  if (names.length === 0) return undefined;
  const counts = new Map<string, number>();
  // Superior bodies (国务院办公厅, 国家…) are cited in every report; the publisher is local.
  for (const name of names)
    if (!NATIONAL_BODY.test(name) && self.some((entry) => entry.fits.test(name))) counts.set(name, (counts.get(name) ?? 0) + 1);
  // A name written in full once and cut short elsewhere (富鸣城市投资发展集团 / …集团有限责任公司): the
  // fuller form gathers the counts of the names it contains.
  const gathered = new Map<string, number>();
  for (const name of counts.keys()) {
    let total = 0;
    for (const [other, count] of counts) {
      // 桐梓县 and 桐梓县人民政府: a region's own report keeps the region's name (fullest() adds an office where needed).
      if (name.includes(other) && !/^(?:人民政府|政府|街道办事处|办事处)$/.test(name.startsWith(other) ? name.slice(other.length) : ''))
        total += count;
    }
    gathered.set(name, total);
  }
  let best: string | undefined;
  for (const [name, count] of gathered)
    if (!best || count > gathered.get(best)! || (count === gathered.get(best)! && name.length > best.length)) best = name;
  return best;
}

/** A national body whose local bureaus carry its name first (国家税务总局…税务局). */
const NATIONAL_PREFIX = /国家\p{Script=Han}{1,5}总?局$/u;

/**
 * A superior national body (国家税务总局, 国务院办公厅), not one of its local offices that carry its name first
 * (国家税务总局上海市税务局第三税务分局: a region follows the national name).
 */
function nationalOnly(name: string): boolean {
  if (!NATIONAL_BODY.test(name)) return false;
  const local = /^国家\p{Script=Han}{1,5}总?局(?=\p{Script=Han}{3})/u.exec(name);
  return !local || !hasRegion(name.slice(local[0].length));
}

/** A name right before a year's disclosure work: 全面总结西宁市…街道办事处2025年政府信息公开工作情况. */
const WORK_OF_YEAR = new RegExp(`(\\p{Script=Han}{3,40})${YEAR}年度?(?:政府信息公开|政务公开)工作`, 'gu');

/** A report's list of contents naming its agency: 全文包括XX苏木人民政府信息公开总体情况, 包括XX镇政府信息公开总体情况. */
const CONTENTS_OF = new RegExp(`包括(\\p{Script=Han}{3,40}?)(?:${YEAR}年度?)?(?:政府|政务)?信息公开(?:工作)?总体情况`, 'gu');

/** Last, the agency whose year of disclosure work the opening sums up (…总结XX街道办事处2025年政府信息公开工作情况). */
function workSubject(opening: string): string | undefined {
  // A cited document (《北京市东城区2023年政务公开工作要点》) is another's; a bare region may be any of its offices.
  const own = opening.replace(/《[^《》]*》/g, (cited) => '，'.repeat(cited.length));
  const local = (name: string | undefined) =>
    name && !NATIONAL_BODY.test(name) && !(/(省|市|区|县|州|旗|盟)$/.test(name) && !ZONE.test(name)) ? name : undefined;
  for (const found of own.matchAll(WORK_OF_YEAR)) {
    // The verb that sums it up (全面总结, 汇总) stands before the name.
    const name = local(nameEnding(found[1].replace(/^.*?(?:总结|汇总|梳理|回顾|介绍)(?=\p{Script=Han}{3})/u, '')));
    if (name) return name;
  }
  for (const found of own.matchAll(CONTENTS_OF)) {
    // XX苏木人民 + 政府信息公开: the government keeps its 政府.
    const listed = found[1].replace(/人民$/, '人民政府');
    // 全文包括扎赉特旗宝力根花苏木人民政府信息公开总体情况: the words between 包括 and the contents are the name whole, though
    // jieba splits a rare one (宝力|根花苏木) so that no name in it reads from its start.
    const whole = isAgencyName(listed) && hasRegion(listed) && namesInText(listed).some((name) => listed.endsWith(name));
    const name = local(whole ? listed : nameEnding(listed));
    if (name) return name;
  }
  return undefined;
}

/** Characters that never start a proper name: levels, prepositions, pronouns, dates. */
const NEVER_NAME_START = /[省市区县州旗盟镇乡在由和与及对向为的了是等经从按据将把被给于我本该各全其即并共今年月日号]/;

/**
 * A name whose first character jieba split off (上|清寺街道: 上 read as a locality word): when every
 * place the name's stem is written (twice at least) has the same character before it, that
 * character is the name's own.
 */
function restoredFirstCharacter(name: string, simpleText: string, printed: string): string {
  const probe = toSimplified(name).replace(/(?:办事处|人民政府|政府|管委会|管理委员会)$/, '');
  // A town's two-character stem (高|良乡: 高 read as an adjective) is restored only where it is written three times at least.
  const town = probe.length === 2 && /(?:镇|乡)$/.test(probe);
  if (probe.length < 3 && !town) return name;
  let before = -1;
  let count = 0;
  for (let at = simpleText.indexOf(probe); at >= 0; at = simpleText.indexOf(probe, at + 1)) {
    const character = simpleText[at - 1] ?? '';
    if (!/^\p{Script=Han}$/u.test(character) || (before >= 0 && character !== simpleText[before])) return name;
    before = at - 1;
    count += 1;
  }
  // Written once, as the subject starting a clause (2021年,上|清寺街道认真贯彻…): no word of the sentence stands between the
  // clause's start and the name, so the one character there is the name's own.
  // Never a preposition or an adverb there (以XX县人民政府门户网站为…, 至XX镇): those start a clause without being a name.
  const startsClause =
    count === 1 &&
    !town &&
    before >= 0 &&
    !CLAUSE_START_WORD.test(simpleText[before]) &&
    /^(?:[，,。；;：:！!？?\n]|年度?[，,]?)?$/u.test(clauseStartBefore(simpleText, before));
  if ((count < (town ? 3 : 2) && !startsClause) || before < 0) return name;
  // 国家税务总局|广州市白云区税务局: a vertical bureau named after its national body everywhere takes that body's name first.
  if (LONE_AGENCY_WORD.test(simpleText[before])) {
    const superior = NATIONAL_PREFIX.exec(simpleText.slice(Math.max(0, before - 8), before + 1))?.[0];
    return superior && hasRegion(probe) ? superior + name : name;
  }
  if (NEVER_NAME_START.test(simpleText[before])) return name;
  return (printed.length === simpleText.length ? printed[before] : simpleText[before]) + name;
}

/** One-character words that start a clause before a name without being part of it: prepositions, adverbs, verbs of motion. */
const CLAUSE_START_WORD =
  /[以向对为从与和及经由在至到往给被让使令请据按随跟同把将自比除因凭沿朝当就于用含乃均亦也又再还都若如原现新各全我本该其]/u;

/** What stands right before the character at `at`: a clause mark, 2021年 (with its comma), or the text's start (''). */
function clauseStartBefore(simpleText: string, at: number): string {
  const lead = simpleText.slice(Math.max(0, at - 8), at);
  const year = /(?:19|20)\d{2}(年度?[，,]?)$/.exec(lead);
  if (year) return year[1];
  return at === 0 ? '' : lead.slice(-1).replace(/^[^，,。；;：:！!？?\n]$/u, 'x');
}

/**
 * A vertical bureau written once with its national body first (国家税务总局芜湖市镜湖区税务局) and short
 * elsewhere (镜湖区税务局): that once gives its full name.
 */
function withNationalBody(name: string, simpleText: string): string {
  const simple = toSimplified(name);
  if (NATIONAL_BODY.test(simple) || !hasRegion(simple)) return name;
  for (let at = simpleText.indexOf(simple); at >= 0; at = simpleText.indexOf(simple, at + 1)) {
    const superior = NATIONAL_PREFIX.exec(simpleText.slice(Math.max(0, at - 8), at))?.[0];
    if (superior) return superior + name;
  }
  return name;
}

/** The characters jieba split off a rare name's start (宝力|根花苏木), restored one at a time while every place agrees. */
function restoredStart(name: string, simpleText: string, printed: string): string {
  let restored = name;
  for (let step = 0; step < 4; step += 1) {
    const longer = restoredFirstCharacter(restored, simpleText, printed);
    if (longer === restored) break;
    restored = longer;
  }
  return restored;
}

/** Development and special zones, administered by a 管委会 rather than a government. */
const ZONE = /(?:开发区|经开区|高新区|新区|示范区|实验区|试验区|保税区|合作区|园区)$/;

/** After a zone's name: the district it is run with in brackets, then a bureau's kind ((汉南区)医疗保障局). */
const ZONE_DISTRICT_BUREAU =
  /^[(（](\p{Script=Han}{1,6}[区县])[)）](\p{Script=Han}{2,14}?(?:局|委员会|办公室|中心))(?!\p{Script=Han}{0,2}(?:局|委员会|办公室|中心))/u;

/** An office inside a township or district government, named in a contact line: the government is the agency. */
// A bureau's or a state farm's own 办公室 (由海南省地震局办公室编制, 请与奉新县东风垦殖场办公室联系) compiles for it; a government's 办公室 is an agency itself.
// So do a bureau's 党政办公室 or 综合办公室 (请联系:硚口区水务和湖泊局党政办公室), a template's 单位 left before it (五原县农牧和科技局单位
// 办公室): none of them publishes on its own.
const INNER_OFFICE =
  /(?<=(?:人民政府|政府|街道办事处|街道|镇|乡))(?:党政综合办公室|党政综合办|党政办公室|党政办|综合办公室|综合办|综合督考办公室|\p{Script=Han}{2,8}领导小组办公室)$|(?<=局|(?:农|林|牧|渔|茶|垦殖|垦|良种|种畜)场)(?:单位)?(?:党政综合办公室|党政办公室|综合办公室|办公室)$/u;

/**
 * A zone's 党政办公室 or 综合办公室 as whom to contact (请与安徽舒城经济开发区综合办公室联系): the zone's. One that compiles the
 * report (本报告由临沂高新区党政办公室…编制) publishes it for the zone, as a government's general office does, and keeps it.
 */
const ZONE_CONTACT_OFFICE = /(?<=开发区|高新区|园区|新区|管委会|管理委员会)(?:党政综合办公室|党政办公室|党政办|综合办公室|综合办|党建办)$/u;

/**
 * Any inner office of a 街道办事处 or a town's government (河西街道办事处党政综合与社区建设办公室, 金坑乡人民政府党建办, 双河镇
 * 人民政府办公室): a contact clause's office of the street or town that publishes; neither has offices publishing on their own.
 */
const TOWN_INNER_OFFICE = /(?<=(?:街道办事处|镇人民政府|乡人民政府|苏木人民政府))(?:\p{Script=Han}{0,12}?办公室|\p{Script=Han}{1,6}?办)$/u;

/**
 * A commission's 办公室 (请与来宾市卫生健康委员会办公室联系): the commission's inner office when the text names the commission on
 * its own too (结合来宾市卫生健康委员会政府信息公开工作实际, 海南省卫生健康委员会门户网站). Never so read from its name alone: a
 * 委员会办公室 may be an agency itself (机构编制委员会办公室, 安全生产委员会办公室).
 */
const COMMISSION_OFFICE = /(?<=(?:委员会|委))(?:党政办公室|综合办公室|办公室)$/u;

/** Whether `prose` names `body` on its own somewhere: not only as the first words of one of its offices' names. */
function namedOnItsOwn(prose: string, body: string): boolean {
  return prose
    .split(body)
    .slice(1)
    .some((after) => !/^(?:\p{Script=Han}{0,4}办公室|\p{Script=Han}{0,2}办|党政|综合)/u.test(after));
}

/**
 * Words a sentence puts before its subject: who compiled the report (本报告由, 年度报告是由, 由), 现将, the year (2021年), or the
 * 与 of a contact clause (如对本报告有疑问,可与XX局办公室联系: the office of the report's own agency), or its verb before
 * an office (请联系富宁县人民政府办公室, no colon; 请联系帽儿山镇政府 is left to the place its address names).
 */
const CLAUSE_LEAD = new RegExp(
  [
    String.raw`^(?:(?:本?(?:年度)?报告|本年报)?(?:是)?由|现[将就]|(?:19|20)\d{2}年度?`,
    String.raw`(?:请|可|可以|请您)?与(?=\p{Script=Han}{3,}?(?:联系|联络)$)`,
    String.raw`(?:请|可|可以|请您)(?:联系|联络)(?=\p{Script=Han}{3,}?(?:办公室|办)$))(?=\p{Script=Han}{3})`,
  ].join('|'),
  'u',
);

/** A role a contact clause names before the body filling it in brackets: 日常受理机构(…), 工作机构(…), 承办部门(…). */
const ROLE_IN_BRACKETS = /(?:机构|部门|单位)[(（]$/;

/**
 * With no title and no 我局/我镇: the agency a clause of the opening starts with (官洲街道办事处认真贯彻…,
 * XX街道特编制…, (XX镇人民政府党政办公室; 邮编…), the first one with its region; an inner office
 * stands for its government.
 */
export function subjectOfOpening(opening: string, printed: string): string | undefined {
  // Only the prose before the first table: table labels (规章(设区的市、自治州人民政府…)) name no publisher.
  // A cited document (《平武县人民政府办公室关于…的通知》) names its issuer, not this text's publisher.
  // A table starts at its first heading or a numbered cell; a menu's bare pipes (| 首页 |) before the prose start none.
  const prose = opening
    // 信息内容 heads a table's first column; inside a word (a breadcrumb's 首页>>公开信息内容) it starts none.
    .slice(0, opening.search(/第二十条|(?<!\p{Script=Han})信息内容|\|\s*\d|\d\s*\||$/u))
    .replace(/《[^《》\n]*》/g, (cited) => '，'.repeat(cited.length));
  for (const found of prose.matchAll(/[^，。；！？,;!?:：()（）《》“”"\s、]+/g)) {
    // 加强与南方日报、广东电视台等主流媒体: an item after 、 in a list is never a clause's subject.
    if (prose[found.index - 1] === '、') continue;
    // 请与XX县政府信息公开日常受理机构(XX县政务服务中心)联系: the body in brackets after a role (受理机构, 工作机构) fills
    // that role for the publisher; it is whom to contact, not who reports.
    if (ROLE_IN_BRACKETS.test(prose.slice(Math.max(0, found.index - 4), found.index))) continue;
    // 本报告由XX局根据…, 现将XX局…, 2021年XX办公室认真…: the sentence's first words before the name that starts it.
    const clause = found[0].replace(CLAUSE_LEAD, '');
    if (clause.length < 3) continue;
    // A site's header alone on its line over the crawl's date line (天津市河北区人民政府 / 2019年12月3日星期二): the
    // website's owner, not the publisher.
    if ((found.index === 0 || prose[found.index - 1] === '\n') && HEADER_DATE_BELOW.test(prose.slice(found.index + found[0].length)))
      continue;
    const afterAddressLabel = /(?:地址|住址|地点)\s*[:：]?\s*$/.test(prose.slice(Math.max(0, found.index - 6), found.index));
    let longest = '';
    for (const name of namesInText(clause)) if (clause.startsWith(name) && name.length > longest.length) longest = name;
    // A town's or a street's party committee (万兴街道党工委、办事处按照…, 万兴镇党委、政府…) publishes nothing: the office
    // or the government named with it does, else the place alone.
    const party = PARTY_COMMITTEE.exec(clause);
    if (party) {
      const partner = prose.slice(found.index + found[0].length, found.index + found[0].length + 6);
      longest = party[1] + (/^、(?:街道)?办事处/.test(partner) ? '办事处' : /^、(?:人民)?政府/.test(partner) ? '人民政府' : '');
    }
    // “XX县人民政府网站”: the name of a website (or a WeChat account) the report was posted on, not its publisher.
    // So is a quoted one (在“湖南省粮食和物资储备局”网站上): the website's word follows the closing quote.
    const rest = clause.slice(longest.length) || prose.slice(found.index + found[0].length, found.index + found[0].length + 6);
    if (longest && WEBSITE_AFTER.test(rest)) continue;
    // 地址:南宁市武鸣区标营新区起凤路3号: a place followed by its street is where an office sits, not who
    // publishes (通讯地址:XX区人民政府办公室, a name alone, still names the office).
    if (longest && afterAddressLabel && /[路街巷弄号村\d]/.test(clause.slice(longest.length))) continue;
    // A bare city or county (武汉市) may be its government or any of its offices: not a publisher's name.
    // A zone (雅安经开区, 海门经济技术开发区) is run by its own 管委会, which publishes under the zone's name.
    // A national body is named in a local report as a superior, never its publisher; one that compiles this very report
    // (本年度报告由国家XX局根据…编制而成) publishes it.
    const national = nationalOnly(longest) && !OWN_REPORT_COMPILED_BY.test(found[0]);
    if (!longest || national || (/(省|市|区|县|州|旗|盟)$/.test(longest) && !ZONE.test(longest))) continue;
    // 武汉经济技术开发区(汉南区)医疗保障局: a zone with the district it is run with in brackets, then the bureau: the
    // bureau, its whole name, is the publisher (the brackets end the clause above, the zone alone is none of its name).
    const bracketed =
      longest === clause && ZONE.test(longest) ? ZONE_DISTRICT_BUREAU.exec(prose.slice(found.index + found[0].length)) : null;
    if (bracketed) return printedName(`${longest}(${bracketed[1]})${bracketed[2]}`, printed.slice(0, prose.length));
    // 请与XX联系, 请联系:XX, 联系单位:XX: whom to contact about the report.
    const contact =
      /(?:联系|联络)$/.test(clause) ||
      /^(?:请|可|可以|请您)(?:联系|联络)/.test(found[0]) ||
      /(?:联系|联络)(?:人|单位|部门|方式)?\s*[:：]?\s*$/.test(prose.slice(Math.max(0, found.index - 8), found.index));
    let government = longest.replace(INNER_OFFICE, '').replace(TOWN_INNER_OFFICE, '');
    if (contact) government = government.replace(ZONE_CONTACT_OFFICE, '');
    const commission = government.replace(COMMISSION_OFFICE, '');
    if (commission !== government && contact && namedOnItsOwn(prose, commission)) government = commission;
    const name = isAgencyName(government) && hasRegion(government) ? government : longest;
    // 请与保山市人民政府办公室联系, then 2024年,保山市人民政府坚持…: the general office is whom to contact about its government's
    // report, which a later clause speaks as (the text never speaking as an office, 我办): that government. So when a later
    // clause starts with the bare region, the text speaking as that region (2022年,北碚区坚持…, 区委、区政府, 全区).
    const served = contact ? OFFICE_OF_GOVERNMENT.exec(name)?.[1] : undefined;
    const servedRegion = served?.replace(/(?:人民)?政府$/, '');
    const after = prose.slice(found.index + found[0].length);
    // 2024年,平乡县人民政府办公室认真落实…, then 2024年,寻召乡主动公开政务信息545条 and 寻召乡没有收到…申请: a township's report
    // that copied its county's template words; the township whose clauses state the year's figures publishes it. One such
    // clause alone contests the government without naming the publisher: neither is taken.
    if (!contact && GOVERNMENT_OR_ITS_OFFICE.test(name)) {
      const township = townshipOfFigures(after, name);
      if (township === null) return undefined;
      if (township) return printedName(township, printed.slice(0, prose.length));
    }
    if (
      served &&
      !/我办|本办/.test(prose) &&
      (speaksLaterAs(after, served) || toSimplified(regionSpeakingOfItself(after, after) ?? '') === servedRegion)
    )
      return printedName(served, printed.slice(0, prose.length));
    // A page cut inside the contact clause's sentence (请与保山市人民政府办公室联系(地址:保山市隆阳区…, nothing after): the clause
    // that would say whether the general office reports for its government or for itself is lost, and neither is taken from it
    // (unless the text speaks as an office, 我办). With more text after it and no clause speaking as the government, the office
    // keeps its report.
    if (served && !/我办|本办/.test(prose) && !MORE_AFTER_SENTENCE.test(after)) continue;
    // 由南宁市武鸣区行政审批局编制…请与广西富鸣城市投资发展集团有限责任公司办公室联系: the compiler's words copied from another
    // body's template while whom to contact is a third body's own office; which one publishes, the lead does not say.
    if (!contact && COMPILED_BY.test(found[0]) && otherBodysOffice(after, name)) return undefined;
    // 本年度报告由长春经济技术开发区政务服务和营商环境建设局依据…以及全区各部门信息公开工作编制而成: a zone's bureau that compiles
    // reports (政务服务, 数据局) compiling for the whole zone, the text speaking as the zone (全区) and never as an office (我局):
    // the zone's report.
    const zone = !contact && COMPILED_BY.test(found[0]) ? ZONE_OF_COMPILER.exec(toSimplified(name)) : null;
    if (zone && COMPILING_OFFICE.test(zone[2]) && !OFFICE_SPEAKS.test(prose) && /全区|我区|本区/.test(prose))
      return printedName(zone[1], printed.slice(0, prose.length));
    return printedName(name, printed.slice(0, prose.length));
  }
  return townshipStartingClauses(prose, printed.slice(0, prose.length));
}

/** A zone's name, then one of its bureaus (长春经济技术开发区 + 政务服务和营商环境建设局). */
const ZONE_OF_COMPILER =
  /^(\p{Script=Han}{2,20}?(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|新区|园区))(\p{Script=Han}{2,16}(?:局|中心))$/u;

/** Text after the end of a sentence or line: the page goes on past the clause before it. */
const MORE_AFTER_SENTENCE = /[。！？!?\n]\s*\S/;

/** The lead of a clause naming who compiled this very report: 本报告由XX…编制, 本年度报告由XX… (a bare 由 may be any document's). */
const OWN_REPORT_COMPILED_BY = /^(?:本(?:年度)?报告|本年报)(?:是)?由/;

/** The lead of a clause naming who compiled the report: 由XX编制, 本报告由XX…编制. */
const COMPILED_BY = /^(?:本?(?:年度)?报告|本年报)?(?:是)?由/;
/** A contact clause naming a body's own office: 请与XX公司办公室联系, 可与XX局综合办公室联系 (the body captured). */
const CONTACT_OFFICE = /(?:请|可|可以|请您)?与(\p{Script=Han}{3,40}?)(?:党政综合办公室|党政办公室|综合办公室|办公室)(?:联系|联络)/u;

/** A body of its own, not a place, a zone or a government: a bureau, a commission, a company, a centre. */
const OWN_BODY_END = /(?:局|委员会|公司|集团|中心|院|厅|所|站|社)$/;

/**
 * Whether a contact clause after the compiler's names the office of another body (a bureau, a commission, a company) that is
 * neither the compiler nor a part of it, nor a government whose office a compiling bureau names as whom to contact.
 */
function otherBodysOffice(after: string, compiler: string): boolean {
  const owner = CONTACT_OFFICE.exec(after.replace(/\s+/g, ''))?.[1];
  // A place's or a zone's own office (临沂市高新区党政办公室 for 临沂高新区党政办公室) is the compiler's kind written another way.
  if (!owner || !isAgencyName(owner) || !OWN_BODY_END.test(owner)) return false;
  const simple = toSimplified(compiler);
  return !simple.includes(owner) && !owner.includes(simple);
}

/** A government above its townships, or its general office (平乡县人民政府, 平乡县人民政府办公室, XX县政府办). */
const GOVERNMENT_OR_ITS_OFFICE = /(?:省|市|区|县|州|旗|盟)(?:人民)?政府(?:办公室|办公厅|办)?$/u;
/** A clause stating a year's disclosure figures or their absence: 主动公开政务信息545条, 没有收到…申请, 未发生…复议. */
const FIGURE_CLAUSE = /主动公开|收到|受理|办结|发生|\d+(?:条|件)/;

/**
 * The township or 街道 (outside `government`'s own name) that starts the clauses stating the year's figures after a government's
 * clause: that township when it starts two or more and no other does; null when one starts only one (the government is contested,
 * the publisher unnamed); undefined when none does.
 */
function townshipOfFigures(after: string, government: string): string | null | undefined {
  const counts = new Map<string, number>();
  for (const found of after.matchAll(/[^，。；！？,;!?:：()（）《》“”"\s、]+/g)) {
    const clause = found[0].replace(CLAUSE_LEAD, '');
    const name = TOWNSHIP_AT_START.exec(clause)?.[1];
    if (!name || government.includes(name) || NEVER_NAME_START.test(name[0]) || !isAgencyName(name)) continue;
    if (!FIGURE_CLAUSE.test(clause)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (counts.size === 0) return undefined;
  const [[name, count]] = [...counts];
  return counts.size === 1 && count >= 2 ? name : null;
}

/** A government's general office (保山市人民政府办公室, XX县政府办): the government it serves. */
const OFFICE_OF_GOVERNMENT = /^(\p{Script=Han}{2,12}?(?:省|市|区|县|州|旗|盟)(?:人民)?政府)(?:办公室|办公厅|办)$/u;

/**
 * A bare city read from 我市 (全面推动我市政务公开工作) where a clause of the opening starts with that city's government office
 * (2020年,包头市人民政府办公室以…), not only as whom to contact: the office's own report, its 我市 the city it serves.
 */
function officeOfItsCity(body: string, subject: string, simpleText: string): boolean {
  const office = toSimplified(subject);
  const government = OFFICE_OF_GOVERNMENT.exec(office)?.[1];
  // A government read so keeps its report (重庆市沙坪坝区人民政府办公室在…指导下, a report of 区政府(含区政府办公室)), unless
  // it is named only as its website's owner (通过XX区人民政府门户网站公开…): then it is the region's, as 我区 is.
  const region = BARE_REGION.test(body) || (body === government && onlyAsItsSite(simpleText, body));
  return region && government?.startsWith(body) === true && speaksLaterAs(simpleText.slice(0, 1500), office);
}

/**
 * Whether the text names `government` only as the owner of a website (XX区人民政府门户网站) or as the first words of its own
 * office's name (XX区人民政府办公室), never on its own; a cited document's title (《XX区人民政府门户网站信息管理制度》) aside.
 */
function onlyAsItsSite(simpleText: string, government: string): boolean {
  const own = simpleText.replace(/《[^《》\n]*》/g, (cited) => '，'.repeat(cited.length));
  const after = own.split(government).slice(1);
  return (
    after.some((rest) => WEBSITE_AFTER.test(rest)) && after.every((rest) => WEBSITE_AFTER.test(rest) || /^(?:办公室|办公厅|办)/.test(rest))
  );
}

/** Whether a clause of `prose` starts with `government` itself as its subject (保山市人民政府坚持…), not one of its offices or sites. */
function speaksLaterAs(prose: string, government: string): boolean {
  for (const found of prose.matchAll(/[^，。；！？,;!?:：()（）《》“”"\s、]+/g)) {
    const clause = found[0].replace(CLAUSE_LEAD, '');
    // “濂溪区人民政府发布”发布信息459条: an account's quoted name, no clause's subject.
    if (!clause.startsWith(government) || /[“"「『]$/.test(prose.slice(0, found.index))) continue;
    const rest = clause.slice(government.length);
    // 请与XX联系: whom to contact, no clause's subject.
    if (rest.length >= 2 && !/^(?:办|网|门户|的|各|所属|部门|组成|工作部门|信息|公报|令|联系|联络)/.test(rest) && !WEBSITE_AFTER.test(rest))
      return true;
  }
  return false;
}

const WEBSITE_AFTER = /^[”"」』]?(?:门户)?(?:网站|网|门户|平台|公众号|微信|微博|官网)/;

/** A town's or a street's party committee, a whole clause: 万兴街道党工委, 新开河街道党工委, 万兴镇党委. */
const PARTY_COMMITTEE = /^(\p{Script=Han}{2,10}?(?:街道|镇|乡|苏木))(?:党工委|党委)$/u;

/** A bare date line (with its weekday) right below a line: a page header's clock, not a report's words. */
const HEADER_DATE_BELOW = /^[ \t]*\n\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t]*(?:星期[一二三四五六日天])?[ \t]*(?:\n|$)/;

/** A clause's subject that is a level and a kind only (市体育局坚持…, 区统计局认真…): the bureau's own short name. */
const BARE_LEVEL_SUBJECT = /^((?:省|市|区|县|州)\p{Script=Han}{1,8}?(?:局|厅|委员会|中心))(?=\p{Script=Han})/u;

/**
 * With no title and no 我局: a clause of the opening that starts with the bureau's short name (2021年,市体育局坚持…),
 * completed by the one name with its region the text writes of that kind (做好乐山市体育局…年度报告编制). Never a name
 * after a preposition (在省体育局的支持下 is not a subject), and nothing when the text names no such body with its region.
 */
/** Whether a clause of the opening starts with a body's short name after a bare level (市公共资源交易中心立足…, 2021年,区民政局坚持…). */
function opensWithBareLevelBody(opening: string): boolean {
  const prose = opening.replace(/《[^《》\n]*》/g, (cited) => '，'.repeat(cited.length));
  for (const found of prose.matchAll(/[^，。；！？,;!?:：()（）《》“”"\s、]+/g)) {
    if (prose[found.index - 1] === '、') continue;
    if (BARE_LEVEL_SUBJECT.test(found[0].replace(CLAUSE_LEAD, ''))) return true;
  }
  return false;
}

function bareLevelSubject(opening: string, simpleText: string): string | undefined {
  const prose = opening.replace(/《[^《》\n]*》/g, (cited) => '，'.repeat(cited.length));
  for (const found of prose.matchAll(/[^，。；！？,;!?:：()（）《》“”"\s、]+/g)) {
    if (prose[found.index - 1] === '、') continue;
    const short = BARE_LEVEL_SUBJECT.exec(found[0].replace(CLAUSE_LEAD, ''))?.[1];
    if (!short) continue;
    const full = withRegion(short, simpleText);
    // The owner of a website alone (石门县农业农村局网站) is not taken, as everywhere.
    const standing = full
      ? simpleText
          .split(full)
          .slice(1)
          .some((after) => !WEBSITE_AFTER.test(after))
      : false;
    if (full && hasRegion(full) && standing) return full;
  }
  return undefined;
}

/** How a region's own report speaks of the whole region it governs, by the region's level (全县, 县委、县政府, 我区). */
const REGION_SPEAKS: [RegExp, RegExp][] = [
  [/县$/, /全县|我县|本县|县委、县政府|县政府网站/],
  [
    /(?:区|管委会|管理委员会)$/,
    /全区|我区|本区|区委、区政府|区政府网站|(?:经开|高新|开发|新|园)区(?:通过|坚持|认真|全年|共|进一步|持续|着力)/,
  ],
  [/市$/, /全市|我市|本市|市委、市政府|市政府网站/],
  [/旗$/, /全旗|我旗|本旗|旗委、旗政府|旗政府网站/],
];

/** An office speaking of itself (我局, 本委, 我中心): its report is not its region's, whatever site it is posted on. */
const OFFICE_SPEAKS =
  /我局|本局|我委|本委|我办|本办|我中心|本中心|我厅|本厅|我院|本院|我所|本所|我站|本站|我馆|本馆|我单位|本单位|我公司|本公司/;

/** A year before a clause's subject: 2025年,略阳县… (split at the comma) or 2025年略阳县…. */
const LEADING_YEAR = /^(?:19|20)\d{2}年度?(?=\p{Script=Han}{3})/u;
/** A body inside a region written right after it (亭湖区兴东街道办事处, 某县某镇): the region is not the clause's subject. */
const INNER_BODY_AFTER = /^\p{Script=Han}{0,8}?(?:街道|镇|乡|苏木|办事处|局|委员会|办公室|中心|政府|管委会|公司)/u;

/**
 * The report's own electronic copy, on its publisher's website: 报告的电子版可在遂宁经济技术开发区管委会门户网站(…)查阅; or the report
 * itself said to be published there (本报告通过霍城县人民政府网站(…)公布).
 */
const OWN_COPY_SITE =
  /(?:报告(?:的)?电子版(?:可|可以)?(?:在|于|从)|本(?:年度)?报告(?:通过|在|于))([^，。；;,()（）“”《》\s]{3,40}?)(?:门户)?(?:网站|网)/;

/**
 * Last, a region's (or a zone's) own report that never writes its name as a title or a sentence's subject with an office:
 * the government or zone committee whose website holds the report's electronic copy (报告的电子版可在XX经济技术开发区管委会门户网站
 * 查阅, the text saying 全区 and 经开区), or the bare county a clause of the opening starts with (2025年,略阳县认真贯彻…, the
 * text saying 全县 and 县政府网站). Only where the text speaks as that region and never as an office (我局, 本委): a bureau's
 * report posted on its city's site names the city's website too.
 */
function regionSpeakingOfItself(simpleText: string, printed: string): string | undefined {
  const own = simpleText.replace(/《[^《》\n]*》/g, (cited) => '，'.repeat(cited.length));
  if (OFFICE_SPEAKS.test(own)) return undefined;
  const speaksAs = (name: string) => REGION_SPEAKS.some(([level, words]) => level.test(name) && words.test(own));
  const site = OWN_COPY_SITE.exec(own.slice(0, 1500))?.[1];
  // The government whose website holds the copy (精河县人民政府门户网站): its region, when a clause starts with it too.
  const siteRegion = site?.replace(/^(?:本|我)/, '').replace(/(?:人民)?政府$/, '');
  if (site) {
    // The zone's committee runs the zone's site; the report is published under the zone's name (遂宁经济技术开发区).
    const name = site.replace(/^(?:本|我)/, '');
    const zone = name.replace(/(?:管委会|管理委员会)$/, '');
    if ((isAgencyName(name) || ZONE.test(zone)) && hasRegion(name) && !nationalOnly(name) && speaksAs(name))
      return printedName(ZONE.test(zone) ? zone : name, printed);
  }
  const opening = own.slice(0, 1500);
  for (const found of opening.matchAll(/[^，。；！？,;!?:：()（）《》“”"\s、]+/g)) {
    if (opening[found.index - 1] === '、') continue;
    // Only a year may stand before the subject (2025年,略阳县…); 请与XX区XX街道办事处联系 is a contact, not a subject.
    const clause = found[0].replace(LEADING_YEAR, '');
    let longest = '';
    for (const name of namesInText(clause)) if (clause.startsWith(name) && name.length > longest.length) longest = name;
    // 略阳县认真贯彻…: the region is its clause's subject, a verb follows (略阳县人民政府网站, 略阳县的, or a body inside the
    // region that jieba did not read, 亭湖区兴东街道办事处, is no such subject).
    if (!longest || !BARE_REGION.test(longest) || !hasRegion(longest) || nationalOnly(longest)) continue;
    const rest = clause.slice(longest.length);
    if (rest.length < 2 || /^(?:人民|政府|的|门户|网站|委|党|财政|境内)/.test(rest) || WEBSITE_AFTER.test(rest)) continue;
    if (INNER_BODY_AFTER.test(rest)) continue;
    // 地址:精河县伊犁路7号 is where an office sits, not a subject.
    if (/(?:地址|住址|地点)\s*[:：]?\s*$/.test(opening.slice(Math.max(0, found.index - 6), found.index))) continue;
    // 报告的电子版可在精河县人民政府门户网站下载, then 2024年,精河县坚持…: the county's own report, though its text never
    // says 全县 (two signs, the copy's site and the clause's subject, agree on the region).
    if (speaksAs(longest) || (siteRegion === longest && site !== longest)) return printedName(longest, printed);
  }
  return undefined;
}

/**
 * A government's own report with no title (随县人民政府's, compiled by its 数据局): its electronic copy is on the government's
 * website (本报告电子版可在随县人民政府门户网站下载), the year's information was published there too (通过随县人民政府门户网站主动
 * 发布…), the text never speaks as an office (我局, 本委), and the only office a clause starts with is whom to contact
 * (请与随县数据局联系), an office that compiles its government's report. That government, as printed; an office named
 * anywhere else as a clause's subject keeps the report.
 */
/** A report that says it is this level's government's own (本级政府信息公开年度报告, 本级政府信息公开工作年度报告). */
const OWN_LEVEL_GOVERNMENT = /本级(?:人民)?政府信息公开(?:工作)?年度报告/u;

/**
 * 特向社会公布2021年度本级政府信息公开年度报告, 我县…, then 请与铜鼓县政府办政务公开股联系: a report that says it is its own level's
 * government's, speaking as its region, is that government's, though its general office (XX县政府办) is whom to contact; the
 * office's own report would say 我办 (OFFICE_SPEAKS). The government as the text writes it in full (XX县人民政府), else as named.
 */
function governmentOfOwnLevel(simpleText: string, printed: string, subject: string | undefined): string | undefined {
  if (!subject) return undefined;
  const own = simpleText.replace(/《[^《》\n]*》/g, (cited) => '，'.repeat(cited.length));
  if (!OWN_LEVEL_GOVERNMENT.test(own) || OFFICE_SPEAKS.test(own)) return undefined;
  const government = OFFICE_OF_GOVERNMENT.exec(toSimplified(subject))?.[1];
  if (!government || !hasRegion(government)) return undefined;
  const region = government.replace(/(?:人民)?政府$/, '');
  if (!REGION_SPEAKS.some(([level, words]) => level.test(region) && words.test(own))) return undefined;
  return printedName(`${region}人民政府`, printed);
}

/**
 * The offices that compile a government's disclosure report: its data bureau (数据局, 数字化发展局), its 政务服务 body, its general
 * office.
 */
const COMPILING_OFFICE = /(?:数据局|大数据|数字化|政务服务|政务公开|政府办公室|政府办|信息中心)\p{Script=Han}{0,8}$/u;

function governmentOfOwnSite(simpleText: string, printed: string, subject: string | undefined): string | undefined {
  const own = simpleText.replace(/《[^《》\n]*》/g, (cited) => '，'.repeat(cited.length));
  if (OFFICE_SPEAKS.test(own)) return undefined;
  const site = OWN_COPY_SITE.exec(own.slice(0, 1500))?.[1];
  if (!site || !/^\p{Script=Han}{1,12}?(?:省|市|区|县|州|旗|盟)人民政府$/u.test(site) || !hasRegion(site)) return undefined;
  // The contact is the office that compiles its government's report (数据局, 政务服务和大数据管理局, 政府办公室); with none
  // named, the site alone names no publisher (a bureau's report sits on its county's site too).
  if (!subject) return undefined;
  const simpleSubject = toSimplified(subject);
  if (!COMPILING_OFFICE.test(simpleSubject)) return undefined;
  // The site named twice (its copy, and the year's information published there); or once, the text speaking as the region
  // (全市受理…) and the contact a compiling body other than the government's own 办公室 (共青城市信息中心), which publishes
  // its own report on its government's site too.
  const region = site.replace(/(?:人民)?政府$/, '');
  const speaksAsRegion =
    !/政府办(?:公室)?$/.test(simpleSubject) && REGION_SPEAKS.some(([level, words]) => level.test(region) && words.test(own));
  if (own.split(site).length < 3 && !speaksAsRegion) return undefined;
  const uses = own.split(simpleSubject).slice(0, -1);
  if (!uses.every((before) => /(?:与|和|向)$/.test(before))) return undefined;
  return printedName(site, printed);
}

/**
 * A body read from the prose that the text writes only as another's second name, in brackets after it (请联系:中国(福建)自由
 * 贸易试验区福州片区管理委员会(福州保税港区管理委员会)政府信息公开办公室): one committee under two names, the first its own.
 * Only a first name of the same kind (委员会 and 委员会, 局 and 局), itself an agency's name with its region.
 */
function firstOfTwoNames(agency: string, simpleText: string, printed: string): string {
  const simple = toSimplified(agency);
  const kind = AGENCY_END.exec(simple)?.[1];
  if (!kind) return agency;
  const escaped = simple.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const written = new RegExp(`([^\\s,，。;；:：、“”《》]{4,40}?)[(（]${escaped}[)）]`).exec(simpleText);
  // 请与长春市残疾人综合服务中心(长春市残疾人信息中心)联系: the words of the clause before the first name are none of it.
  const first = written?.[1].replace(/^(?:请|可|可以|请您)?与(?=\p{Script=Han}{3})/u, '');
  if (!first || first === simple || !first.endsWith(kind) || !isAgencyName(first) || !hasRegion(first)) return agency;
  return printedName(first, printed);
}

/** A township or 街道 at a clause's start: two or three characters, then its level (丰收乡在…, 胜利街道坚持…). */
const TOWNSHIP_AT_START = /^(\p{Script=Han}{2,3}?(?:乡|镇|街道|苏木))(?=\p{Script=Han})/u;

/**
 * A township whose name jieba reads as a word (丰收 a verb, 团结, 胜利): the one name two clauses of the opening start
 * with (丰收乡在县委…, 丰收乡坚持…). One clause alone may start with any word before 乡 (围绕乡党委…).
 */
function townshipStartingClauses(prose: string, printed: string): string | undefined {
  const counts = new Map<string, number>();
  const clauses = [...prose.matchAll(/[^，。；！？,;!?:：()（）《》“”"\s、]+/g)].map((found) => found[0].replace(CLAUSE_LEAD, ''));
  for (const clause of clauses) {
    const name = TOWNSHIP_AT_START.exec(clause)?.[1];
    if (!name || NEVER_NAME_START.test(name[0]) || !isAgencyName(name)) continue;
    if (verbOverOwnLevel(clause, name, clauses)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, count]) => count >= 2);
  return repeated.length === 1 ? printedName(repeated[0][0], printed) : undefined;
}

/**
 * 完成街道重大行政决策事项目录公开 in a text that speaks of itself as the bare level (街道收到…, 街道主动公开…): a verb jieba knows
 * (完成, 做好) taking the level's own matters as its object, the level a modifier of the noun after it; no town named 完成.
 * (丰收乡在县委…, 丰收乡坚持…: the name followed by its own verb or preposition, still a township's.)
 */
function verbOverOwnLevel(clause: string, name: string, clauses: readonly string[]): boolean {
  const tokens = taggedSentence(toSimplified(clause));
  const level = /(?:乡|镇|街道|苏木)$/.exec(name)?.[0] ?? '';
  if (tokens.length < 3 || tokens[0].tag !== 'v' || tokens[0].word + tokens[1].word !== name || tokens[1].word !== level) return false;
  if (!/^(?:n|a|an|vn|nz|b)$/.test(tokens[2].tag)) return false;
  return clauses.some((other) => other !== clause && other.startsWith(level));
}

/** A page's publisher field (发文机关: | 冷水滩区高科园, 发布机构：XX局), before any heading. */
const PUBLISHER_FIELD = /(?:发文机关|发文机构|发布机构|发文单位|发布单位)\s*[:：]?\s*\|?\s*([^\s|:：]{3,30})/;

/** A publisher field's label alone on its line (• 发布机构:), its value below. */
const PUBLISHER_LABEL_ALONE = /^[\s•·|]*(?:发文机关|发文机构|发布机构|发文单位|发布单位)\s*[:：]?[\s|]*$/;

/** With no title naming an agency: the publisher the page's metadata names, with its region. */
function publisherField(lines: string[], simpleLines: string[]): string | undefined {
  for (const [index, line] of simpleLines.entries()) {
    // 发布机构: / XX局: a metadata table crawled one cell a line, the label alone, its value on the next line.
    const next = PUBLISHER_LABEL_ALONE.test(line) ? simpleLines.slice(index + 1, index + 3).findIndex((below) => below.trim()) : -1;
    const at = next >= 0 ? index + 1 + next : index;
    const field = next >= 0 ? /^\s*([^\s|:：]{3,30})\s*$/.exec(simpleLines[at]) : PUBLISHER_FIELD.exec(line);
    if (!field) continue;
    const name = field[1];
    if ((isAgencyName(name) || PARK.test(name)) && hasRegion(name)) return printedName(name, lines[at]);
  }
  return undefined;
}

/**
 * Whether `office` is the general office of the government a page's publisher field names (札达县人民政府办公室 under
 * 发文机构:札达县人民政府), the text speaking as that government's region too (我县): the office only publishes the report.
 */
function publishesForItsGovernment(office: string, government: string, simpleText: string): boolean {
  const simpleGovernment = toSimplified(government);
  if (OFFICE_OF_GOVERNMENT.exec(toSimplified(office))?.[1] !== simpleGovernment) return false;
  return SELF.some((entry) => REGION_SELF.test(entry.fits.source) && entry.words.test(simpleText) && entry.fits.test(simpleGovernment));
}

/** Parks run by their own committee (高科园, 产业园, 工业园): publishers though no agency word ends them. */
const PARK = /(?:高科园|产业园|工业园|科技园|科技城)$/;

/** A source URL (原文链接: https://…), its path decoded: crawled copies keep the title in it. */
function urlTitles(lines: string[]): string[] {
  const titles: string[] = [];
  for (const line of lines) {
    for (const url of line.match(/https?:\/\/[^\s"'<>]+/g) ?? []) {
      try {
        titles.push(...decodeURIComponent(url).split(/[/?&=#]/));
      } catch {
        // A malformed escape: the URL holds no readable title.
      }
    }
    const local = /^(?:本地目录|路径|path)\s*[:：]\s*(.+)$/i.exec(line.trim());
    if (local) titles.push(...local[1].split('/'));
  }
  return titles.map((part) => part.replace(/^\d+_/, ''));
}

/**
 * A school year (高等学校信息公开办法 reports): 统计起止时间为2023年9月1日至2024年8月31日, 2023-2024学年, 2024—2025学年度. The
 * report is stored under the year the school year ends in, two calendar years apart by one.
 */
const SCHOOL_YEAR = [
  /(?<!\d)((?:19|20)\d{2})年0?9月0?1日(?:起)?(?:至|到|-|—|–|~|～)((?:19|20)\d{2})年0?8月3[01]日/,
  /(?<!\d)((?:19|20)\d{2})(?:年)?\s*(?:-|—|–|~|～|至|到)\s*((?:19|20)\d{2})(?:年)?\s*学年/,
];

/** The year a school year ends in, when the text names one (its two years one apart), in its own words. */
function schoolYearEnd(ownWords: string): number | undefined {
  for (const pattern of SCHOOL_YEAR) {
    const found = pattern.exec(ownWords);
    if (found && Number(found[2]) === Number(found[1]) + 1) return Number(found[2]);
  }
  return undefined;
}

/** The statistics period: 本报告统计数据从2024年1月1日至12月31日 / 统计期限为2024年1月1日至2024年12月31日. */
const STATS_PERIOD = new RegExp(
  // 统计限自: a misprinted 统计时限.
  // 20231月1日至12月31日: a year glued to its month, its 年 lost (a page's date field cut short).
  `统计(?:数据|期限|时限|时间|期间|周期|区间|限)?(?:的)?(?:为|从|自|是|:)?${YEAR}(?:年|(?=1月))0?1月0?1日(?:起)?(?:至|到|-|—|–|~|～)`,
);
/** A period without the word 统计: 所列数据为本机关自2021年1月1日起至12月31日止, 报告涵盖2025年1月1日至12月31日期间. */
const DATA_PERIOD = new RegExp(
  `(?:所列数据|使用数据|报告数据|报告涵盖)(?:为|是)?\\p{Script=Han}{0,6}?(?:自|从)?${YEAR}年0?1月0?1日(?:起)?(?:至|到|-|—|–|~|～)`,
  'u',
);
/**
 * A whole calendar year stated as a period with neither 统计 nor 所列数据 before it ((一)主动公开情况:2021年1月1日至2021年12月31日,
 * XX局总共公开…): the year the figures are counted for, when every such period in the opening names the same year (a period
 * whose end names another year, 2020年1月1日至2021年6月30日, is no whole year and is not read).
 */
const WHOLE_YEAR_PERIOD = new RegExp(`${YEAR}年0?1月0?1日(?:起)?(?:至|到|-|—|–|~|～)(?:${YEAR}年)?12月31日`, 'g');

/** The one year the opening's whole-year periods name, or undefined when none is stated or two years are. */
function wholeYearPeriod(text: string): number | undefined {
  const years = new Set<number | undefined>();
  for (const match of text.matchAll(WHOLE_YEAR_PERIOD)) {
    const start = toYear(match[1]);
    if (match[2] !== undefined && toYear(match[2]) !== start) continue;
    years.add(start);
  }
  return years.size === 1 ? [...years][0] : undefined;
}
const STATS_YEAR = new RegExp(`统计(?:期限|时限|时间|期间|周期|区间)(?:为|是|:)?${YEAR}年(?:度|全年|1月至12月)`);
/** The year in the opening sentences, when neither title nor statistics period gives it. */
const OPENING_YEARS = [
  // 截至2022年底,我局…: the state at the year's end is the report year's.
  new RegExp(`(?:截止|截至|截止到|截至到)${YEAR}年(?:12月31日|底|末)`),
  new RegExp(`现将${YEAR}年(?:度)?`),
  new RegExp(`编制(?:完成)?(?:了)?(?:本)?${YEAR}年度?`),
  // 现将我办2022年度政府信息公开情况报告如下, 关于2022年度政府信息公开情况的报告, 汇报我镇2023年政府信息公开工作.
  new RegExp(`${YEAR}年度?(?:政府信息公开|政务公开)(?:工作)?(?:情况)?的?(?:年度)?(?:工作)?(?:报告|年报|工作)`),
];

/**
 * A cited notice, plan or task list (《…关于印发2022年政务公开工作主要任务分解表的通知》, 《…工作要点》): its year is the plan's,
 * not the report's. Not one about the annual report itself (《关于做好2023年政府信息公开年度报告编制发布工作的通知》, 《关于…的报告》).
 */
const CITED_NOTICE = /《(?![^《》]*(?:报告|年报))[^《》]*?(?:关于|通知|方案|要点|意见|办法|分解表|任务)[^《》]*》/g;

/**
 * A year opening the body's sentences (2020年度我街办未接到…, 2020年驼峰路街道办未发生…, its 年 left out: 2025,XX局以…), not a date, nor the year a
 * carry-over came from (…1554件,2023年结转132件: the 2024 report's).
 */
const SENTENCE_YEAR = new RegExp(
  `(?:^|[。；;，,！!\\n])\\s*(?:[(（]?[一二三四五六七八九十\\d]{1,2}[)）、.]\\s*)?${YEAR}\\s*(?:年度?|(?<=\\d)(?=[,，]\\p{Script=Han}))(?![\\d一二三四五六七八九十]{1,2}月|结转|转结)`,
  'gu',
);

/**
 * The year a report's opening sentences start with most often, when one year leads: the last
 * resort for a report whose title and statistics period give none.
 */
function sentenceYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(SENTENCE_YEAR)) {
    const year = toYear(match[1]);
    if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
}

/** A date of publication (2019年3月26日), in the first lines of a page. */
const PUBLICATION_DATE = /((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日/;
/** A year of facts: 2018年 not followed by a month (管委会2018年共通过…, 2018年,我区…). */
const FACT_YEAR = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/g;

/**
 * Last, for a page with no title, no statistics period and no year opening its sentences: the year its facts are stated for,
 * when the date it was published in the first half of the next year agrees (2019年3月26日 at the head, then 宣城高新区管委会2018年
 * 共…公开…276条: the 2018 report). Never a guess: with no such date, or facts of two years, no year.
 */
function publishedFactYear(text: string): number | undefined {
  const date = PUBLICATION_DATE.exec(text.slice(0, 300));
  if (!date || Number(date[2]) > 6) return undefined;
  const before = Number(date[1]) - 1;
  const years = new Set<number>();
  for (const match of text.matchAll(FACT_YEAR)) if (match.index !== date.index) years.add(Number(match[1]));
  return years.size === 1 && years.has(before) ? before : undefined;
}

/**
 * Agency and year of a report. `lines` are the normalized lines (NFKC), `headEnd` the first
 * section heading's line. The statistics period wins on the year over the title.
 */
/** A zone named short by its kind (亳州高新区, 雅安经开区, XX开发区), its place kept. */
const ZONE_SHORT = /^(\p{Script=Han}{2,6}?)(高新区|经开区|开发区|园区|新区)$/u;

/**
 * A title naming a zone short (亳州高新区2022年…报告) over an opening that names the same year's report in full with the
 * zone's administration (现发布《亳州高新技术产业开发区管理委员会2022年…报告》): the administration's name, as printed.
 * Only one that starts with the title's place and carries the kind's first character after it (高新区 → 高新…管理委员会).
 */
function zoneAdministrationQuoted(title: TitleName, opening: string, printed: string): string {
  const short = ZONE_SHORT.exec(toSimplified(title.name));
  if (!short) return title.name;
  for (const match of opening.matchAll(/《([^《》]{2,60}?)》/g)) {
    const tail = TITLE_TAIL.exec(match[1]);
    if (!tail || tail.index + tail[0].length !== match[1].length) continue;
    const part = takeYear(match[1].slice(0, tail.index));
    const name = cleanAgency(part.rest);
    const year = part.year ?? (tail[1] ? toYear(tail[1]) : undefined);
    if (title.year !== undefined && year !== title.year) continue;
    if (!administersZone(short, name)) continue;
    return printedName(name, printed);
  }
  return title.name;
}

/** Whether `name` is the administration of the zone `short` names short: its place, then the kind's first character (高新区 → 高新…管理委员会). */
function administersZone(short: RegExpExecArray, name: string): boolean {
  if (!name.startsWith(short[1]) || !/(?:管理委员会|管委会)$/.test(name) || !/(?:开发区|高新区|园区|新区)/.test(name)) return false;
  return name.slice(short[1].length).startsWith(short[2][0]) && isAgencyName(name);
}

/**
 * A zone named short (江苏省盐南高新区, read from its contact office 盐南高新区党政办公室) whose report's electronic copy is on its
 * administration's website (本报告的电子版可在江苏省盐南高新技术产业开发区管理委员会门户网站下载): that administration, as printed.
 */
function zoneOfCopySite(agency: string, simpleText: string, printed: string): string {
  const short = ZONE_SHORT.exec(toSimplified(agency));
  const site = short ? OWN_COPY_SITE.exec(simpleText.slice(0, 1500))?.[1].replace(/^(?:本|我)/, '') : undefined;
  // Only a name the site writes longer (遂宁经济技术开发区 on 遂宁经济技术开发区管委会's site stays the zone's name).
  const longer = site !== undefined && site.replace(/(?:管理委员会|管委会)$/, '') !== toSimplified(agency);
  return short && site && longer && administersZone(short, site) ? printedName(site, printed) : agency;
}

export function findIdentity(lines: string[], headEnd: number, traditional = true): Identity {
  const simpleLines = traditional ? lines.map((line) => toSimplified(line)) : lines;
  const headSize = Math.max(headEnd, Math.min(lines.length, 40));
  const titles: TitleName[] = [];
  for (let index = 0; index < Math.min(headSize, lines.length); index += 1) {
    const title = titleOf(lines, simpleLines, index);
    if (title) titles.push(title);
    else if (lines[index].trim() && lines[index].trim().length <= 40) {
      // A title broken inside its words (Markdown conversions): 西工区科学技术局2024年政府信息公 / 开工作年度报告.
      const next = lines.slice(index + 1, index + 3).findIndex((line) => line.trim().length > 0);
      if (next < 0) continue;
      const following = lines[index + 1 + next];
      if (following.trim().length > 40 || TITLE_TAIL.test(toSimplified(following).replace(/\s+/g, ''))) continue;
      const joined = lines[index].trim() + following.trim();
      const split = titleOf([joined], [toSimplified(joined)], 0);
      if (split && TITLE_TAIL.test(toSimplified(joined).replace(/\s+/g, ''))) titles.push(split);
    }
  }
  if (titles.length === 0) {
    // A short line that starts as a title and then is cut or garbled (XX镇2023年政府信息公开 工作告年度报).
    for (let index = 0; index < Math.min(headSize, lines.length); index += 1) {
      const line = simpleLines[index].replace(/\s+/g, '');
      const start = line.length <= 40 ? TITLE_START.exec(line) : null;
      if (!start) continue;
      const name = printedName(cleanAgency(start[1]), lines[index].replace(/\s+/g, ''));
      if (isAgencyName(name) && hasRegion(toSimplified(name))) {
        titles.push({ name, year: toYear(start[2]) });
        break;
      }
    }
  }
  const titled = titles.length > 0;
  for (const part of urlTitles(lines.slice(0, headSize))) {
    const title = titleOf([part], [toSimplified(part)], 0);
    // A URL's title ranks after the text's own, as a title named in a sentence does.
    if (title) titles.push({ ...title, inSentence: true, ownLine: false });
  }
  // 南京市建邺区人民政府 / 2023年…报告 / 发布机构：建邺区水务局: a title naming no agency takes no name from the line above (the
  // site's name) or from a sentence (a report copied from another body's) against the page's own publisher field.
  // A government or its general office in the field (发布单位 靖江市政府办) is the portal's publisher of every body's page under it.
  const field = publisherField(lines.slice(0, headSize), simpleLines.slice(0, headSize));
  if (field && !GOVERNMENT_OR_ITS_OFFICE.test(toSimplified(field))) {
    // The same body: one name inside the other, a kind written short (弥勒市文旅局), or the field naming the body's own office
    // (临港经济开发区党政办公室 under 江阴临港经济开发区).
    const forms = (name: string) => kindVariants(toSimplified(name).replace('人民政府', '政府'));
    const fieldForms = forms(field);
    const fieldBody = toSimplified(field).replace(/(?:党政综合办公室|党政办公室|综合办公室|办公室|党政办)$/, '');
    const agrees = (title: TitleName) =>
      (fieldBody.length >= 3 && fieldBody !== toSimplified(field) && toSimplified(title.name).includes(fieldBody)) ||
      forms(title.name).some((name) => fieldForms.some((fieldName) => name.includes(fieldName) || fieldName.includes(name)));
    for (let at = titles.length - 1; at >= 0; at -= 1) {
      if ((titles[at].borrowed || titles[at].inSentence) && !agrees(titles[at])) titles.splice(at, 1);
    }
  }
  const joined = simpleLines
    .slice(0, Math.max(headEnd + 30, Math.min(lines.length, 120)))
    .join('')
    .replace(/\s+/g, '');
  if (titles.length === 0) {
    // A title inside the first paragraph: 现发布《XX局2024年政府信息公开工作年度报告》.
    for (const match of joined.matchAll(/《([^《》]{2,50}?)》/g)) {
      // 及时发布《XX局2022年政府信息公开工作年度报告》: a report published in the year's routine work is an earlier one, never this text.
      if (ROUTINE_PUBLISHING.test(joined.slice(Math.max(0, match.index - 6), match.index))) continue;
      const tail = TITLE_TAIL.exec(match[1]);
      if (!tail || tail.index + tail[0].length !== match[1].length) continue;
      const part = takeYear(match[1].slice(0, tail.index));
      const name = cleanAgency(part.rest);
      if (isAgencyName(name)) titles.push({ name, year: part.year ?? (tail[1] ? toYear(tail[1]) : undefined) });
    }
  }
  const stats = STATS_PERIOD.exec(joined) ?? DATA_PERIOD.exec(joined) ?? STATS_YEAR.exec(joined);
  const statsYear = stats ? toYear(stats[1]) : undefined;
  // A report named as one item of a list of what was published (…信息3条、XX局2024年政府信息公开工作年度报告、…) is last
  // year's report, not this text.
  const listed = (found: RegExpExecArray) => joined[found.index + found[0].length] === '、';
  // 《XX县人民政府办公室关于印发2022年政务公开工作主要任务分解表的通知》: a cited notice's year is the notice's, not the report's.
  const uncited = joined.replace(CITED_NOTICE, (cited) => '，'.repeat(cited.length));
  const opening = OPENING_YEARS.map((pattern) => pattern.exec(uncited)).find((found) => found !== null && !listed(found));
  const openingYear = opening ? toYear(opening[1]) : undefined;
  // 现向社会公开《XX区人民政府2022年度政府信息公开工作年度报告》: the opening names the text itself.
  const selfDescribed =
    /本(?:年度)?报告|本年报|(?:政府信息公开|政务公开)(?:工作)?年度报告是(?:根据|依据|按照)|现[将对].{0,40}?报告如下|编制(?:完成)?(?:了)?.{0,12}?(?:政府信息公开|政务公开).{0,8}?报告|现(?:向社会)?(?:公开|公布|发布)(?:《[^《》]{2,60}?(?:政府信息公开|政务公开)[^《》]{0,12}?报告》|[^《》。，,]{2,40}?(?:19|20)\d{2}年度?(?:政府信息公开|政务公开)[^《》。，,]{0,12}?报告(?=[。，,]|$))/.test(
      joined.slice(0, 800),
    );

  const simpleText = simpleLines.join('\n');
  let agency: string | undefined;
  let shortName: string | undefined;
  // A site's name above a column heading (北京市西城区人民政府 / 政府信息公开年报) reads as a title with no year: a title with its year first.
  // A report copied from another body's keeps the other's name in its opening (辽东街道办事处信息公开工作年度报告, then
  // 现公布王奔镇人民政府2019年…报告): a title line of its own, with or without its year, outranks a title named in a sentence.
  const regional = (title: TitleName) => hasRegion(toSimplified(title.name));
  let withRegionTitle =
    titles.find((title) => title.year !== undefined && !title.inSentence && regional(title)) ??
    titles.find((title) => title.ownLine && regional(title)) ??
    titles.find((title) => title.year !== undefined && regional(title)) ??
    titles.find(regional);
  // A page's column heading above the title may give the name short (沧州市卫生健康委 / …委员会2023年…报告): the fuller one.
  // Unless the fuller one is another body the text does not speak as: a town's page title 双河镇人民政府2025年…报告 over the
  // document's 双河镇人民政府办公室 / 2025年…报告, the text saying 我镇 (fits the 人民政府, not its 办公室).
  const selfSpoken = SELF.filter((entry) => entry.words.test(joined));
  for (const title of titles) {
    const name = toSimplified(title.name);
    if (!withRegionTitle || name.length <= withRegionTitle.name.length || !name.startsWith(toSimplified(withRegionTitle.name))) continue;
    const shorter = toSimplified(withRegionTitle.name);
    // 双河镇人民政府 over 双河镇人民政府办公室, 某局 over 某局办公室: an inner office, unless the text speaks as an office (我办).
    if (name.replace(TOWN_INNER_OFFICE, '').replace(INNER_OFFICE, '') === shorter && !/我办|本办/.test(joined)) continue;
    if (selfSpoken.some((entry) => entry.fits.test(shorter)) && !selfSpoken.some((entry) => entry.fits.test(name))) continue;
    withRegionTitle = title;
  }
  if (withRegionTitle) agency = zoneAdministrationQuoted(withRegionTitle, joined.slice(0, 800), lines.join('\n'));
  else if (titles.length > 0) {
    shortName = titles[0].name;
    agency =
      definedShortName(shortName, simpleText, lines.join('\n')) ??
      bannerName(shortName, lines.slice(0, headSize)) ??
      townOnItsRegionSite(shortName, simpleText) ??
      withRegion(shortName, simpleText) ??
      namedForItsPlace(shortName, simpleText) ??
      regionWrittenBefore(shortName, simpleText) ??
      zoneOfItsGovernment(shortName, simpleText);
  } else {
    // 中国政府网 山西省人民政府 XX市人民政府, XX市人民政府 > 政务公开 > 年报: the site's header and crumb trail name the sites a page
    // sits on, never its publisher; the body's readers do not see them (the site still completes a bare town's name below).
    const chrome = (index: number) => index < headSize && siteChrome(simpleLines[index]);
    const bodyText = simpleLines.map((line, index) => (chrome(index) ? '' : line)).join('\n');
    const bodyPrinted = lines.map((line, index) => (chrome(index) ? '' : line)).join('\n');
    const subject = subjectOfOpening(bodyText.slice(0, 1500), bodyPrinted.slice(0, 1500));
    const body = fromBody(bodyText);
    // A page's own metadata naming its publisher (发布机构：XX局) outranks what the opening's sentences seem to name (a verb's
    // object read as a town, a name cut at its start, the government a bureau works under).
    agency =
      publisherField(lines.slice(0, headSize), simpleLines.slice(0, headSize)) ??
      // (A report saying it is its own level's government's outranks a bare region read from 我县 and its general office.)
      governmentOfOwnLevel(bodyText, bodyPrinted, subject) ??
      (body && subject && officeOfItsCity(body, subject, bodyText) ? subject : body) ??
      // A region that speaks as itself (全县, 县政府网站) keeps its bare name, as below.
      (governmentOfOwnSite(bodyText, bodyPrinted, subject)
        ? (regionSpeakingOfItself(bodyText, bodyPrinted) ?? governmentOfOwnSite(bodyText, bodyPrinted, subject))
        : undefined) ??
      subject ??
      publisherField(lines.slice(0, headSize), simpleLines.slice(0, headSize)) ??
      placeNamed(bodyText, bodyPrinted) ??
      workSubject(joined.slice(0, 800)) ??
      bareLevelSubject(bodyText.slice(0, 1500), bodyText) ??
      regionSpeakingOfItself(bodyText, bodyPrinted) ??
      bodyOnItsRegionSite(bodyText, bodyPrinted);
    // 我局高度重视…, then 黄石经济技术开发区成立于1992年: a zone (or any body) a clause starts with, of a kind the text never speaks
    // as while it speaks only as an office (我局, 我委), is what the report describes, not who publishes it.
    if (agency && agency === subject && !speaksAsOneOf(bodyText, toSimplified(agency))) agency = undefined;
    if (agency) agency = restoredStart(agency.replace(TOWN_INNER_OFFICE, ''), bodyText, bodyPrinted);
    // 发文机构:札达县人民政府 over 我办现向全社会公布…, 2023年,我县…: the office publishes its government's report.
    const field = publisherField(lines.slice(0, headSize), simpleLines.slice(0, headSize));
    if (agency && field && publishesForItsGovernment(agency, field, joined)) agency = field;
  }
  const bodyFound = !withRegionTitle && titles.length === 0;
  // The fuller form is looked for where a report names itself: the head and the opening of section 一
  // (a contact line at the end, broken over lines or not, must not change the name).
  const ownWords = simpleLines.slice(0, headEnd).join('\n') + simpleLines.slice(headEnd).join('\n').slice(0, 800);
  // A title's bare town (双兴镇2025年…报告), its county named only as the owner of the site hosting the town's column.
  if (agency) agency = townOnItsRegionSite(agency, simpleText) ?? agency;
  if (agency) agency = withNationalBody(zoneWithItsCity(fullest(agency, ownWords), ownWords, lines.join('\n')), ownWords);
  if (agency) agency = writtenInFull(agency, ownWords, lines.join('\n'));
  if (agency) agency = zoneShortForm(agency, simpleText, lines.join('\n'));
  if (agency && bodyFound) agency = countyOfTownAddress(agency, ownWords) ?? agency;
  if (agency && bodyFound) agency = cityOfDistrict(agency, ownWords) ?? agency;
  if (agency && bodyFound) agency = zoneNamedInFull(agency, ownWords, lines.join('\n'));
  if (agency && bodyFound) agency = zoneOfCopySite(agency, ownWords, lines.join('\n'));
  if (agency && bodyFound) agency = firstOfTwoNames(agency, simpleText, lines.join('\n'));
  if (agency) agency = streetOffice(agency, simpleText, withRegionTitle && toSimplified(withRegionTitle.name));
  // A name read from a 繁体 page's sentences (臺安縣交通運輸局收到…) is kept as printed, as a title's is.
  if (agency && bodyFound && traditional) agency = printedName(toSimplified(agency), lines.join('\n'));
  // So is a 繁体 name whose region was completed from the simplified copy (广德市 + 楊灘鎮人民政府), a form printed nowhere: as
  // the page prints the whole name (廣德市楊灘鎮人民政府), never in two scripts.
  if (agency && traditional && agency !== toSimplified(agency) && !lines.join('\n').includes(agency))
    agency = printedName(toSimplified(agency), lines.join('\n'));
  const titleYear = (withRegionTitle ?? titles[0])?.year ?? titles.find((title) => title.year)?.year;
  const bodyYear = sentenceYear(ownWords);
  // With no title year, a statistics period that disagrees with both the opening (编制了2021年…报告) and
  // the year the body's sentences start with (2021年,…) is the misprint.
  // So is one against a title named only inside the opening (我镇编写了《…2020年度…报告》): the opening's own year.
  const titleInSentence = (withRegionTitle ?? titles[0])?.inSentence === true;
  const statsMisprinted =
    statsYear !== undefined &&
    (!titleYear || titleInSentence) &&
    openingYear !== undefined &&
    openingYear !== statsYear &&
    bodyYear === openingYear;
  // A university's report of a school year (2023-2024学年, 统计起止时间为2023年9月1日至2024年8月31日), naming no calendar year of
  // its own: the year the school year ends in.
  const year =
    (statsMisprinted ? undefined : statsYear) ??
    titleYear ??
    openingYear ??
    wholeYearPeriod(uncited) ??
    bodyYear ??
    schoolYearEnd(ownWords) ??
    (titled ? undefined : publishedFactYear(joined));
  return { agency, shortName: agency ? undefined : shortName, year, titled, titleYear, statsYear, openingYear, selfDescribed };
}

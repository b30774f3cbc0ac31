/** Agency names: the region and the kind of agency, and the short forms people use. */
import { toSimplified } from '../text/script.js';

/** Long and short forms of agency kinds (科学技术局 ↔ 科技局). Add a pair to teach a new one. */
export const KIND_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['科学技术局', '科技局'],
  ['科学技术厅', '科技厅'],
  ['科学技术委员会', '科委'],
  ['发展和改革委员会', '发改委'],
  ['发展和改革局', '发改局'],
  ['人力资源和社会保障局', '人社局'],
  ['人力资源和社会保障厅', '人社厅'],
  ['人力社保局', '人社局'],
  // Some cities' districts name the same bureau 人力资源局 (武汉市硚口区人力资源局); citizens still say 人社局.
  ['人力资源局', '人社局'],
  ['市场监督管理局', '市场监管局'],
  ['住房和城乡建设局', '住建局'],
  ['住房和城乡建设厅', '住建厅'],
  // 武汉's districts renamed the bureau 住房和城市更新局 (汉阳区, 硚口区); citizens still say 住建局.
  ['住房和城市更新局', '住建局'],
  ['教育和体育局', '教体局'],
  ['文化和旅游局', '文旅局'],
  ['卫生健康委员会', '卫健委'],
  // 国家卫生健康委, 甘南州卫生健康委: the official short form of the commission, without 员会.
  ['卫生健康委员会', '卫生健康委'],
  ['卫生健康委', '卫健委'],
  ['卫生健康局', '卫健局'],
  ['农业农村局', '农业局'],
  ['自然资源局', '自然资源局'],
  // 五常市自然资源局, 句容市自然资源和规划局: the 2018 reform's new name for the 国土资源局; citizens still say 国土局.
  ['自然资源局', '国土局'],
  ['自然资源局', '国土资源局'],
  ['自然资源和规划局', '国土局'],
  // 白银市国土资源局: a bureau whose page still prints its name before the 2018 reform; citizens say 国土局 of it too.
  ['国土资源局', '国土局'],
  // 丰都县教育委员会, 重庆市教委: a county's or city's education commission by its everyday 教委.
  ['教育委员会', '教委'],
  ['生态环境局', '环保局'],
  // The names before the 2018 reform that citizens still use: the 卫生和计划生育委员会 (卫计委, 计生委) became the 卫生健康委员会,
  // the 质量技术监督局, 工商局 and 食品药品监督管理局 were merged into the 市场监督管理局 (市监局 its everyday short form).
  ['卫生健康委员会', '计生委'],
  ['市场监督管理局', '市监局'],
  ['市场监督管理局', '质监局'],
  ['市场监督管理局', '工商局'],
  ['市场监督管理局', '食药监局'],
  // 陕西省生态环境厅: a province's department renamed in 2018 from its 环境保护厅; citizens still say 环保厅.
  ['生态环境厅', '环保厅'],
  ['交通运输局', '交通局'],
  ['应急管理局', '应急局'],
  ['退役军人事务局', '退役军人局'],
  ['工业和信息化局', '工信局'],
  ['医疗保障局', '医保局'],
  ['人民政府办公室', '政府办'],
  ['人民政府办公室', '政府办公室'],
  ['人民政府办公厅', '政府办公厅'],
  // 长春市人民政府办公厅: a city whose government's office is a 办公厅 (provinces, sub-provincial cities) is called 政府办 too.
  ['人民政府办公厅', '政府办'],
  ['人民政府', '政府'],
  ['管理委员会', '管委会'],
  ['发展和改革委员会', '发展改革委'],
  ['城市管理委员会', '城管委'],
  ['城市管理局', '城管局'],
  // 上海市城市管理行政执法局, 铜川市城市管理执法局: citizens say 城管局 (上海城管局) of the enforcement bureau too.
  ['城市管理行政执法局', '城管局'],
  ['城市管理执法局', '城管局'],
  ['城市管理综合执法局', '城管局'],
  ['综合行政执法局', '综合执法局'],
  ['林业和草原局', '林草局'],
  ['国有资产监督管理委员会', '国资委'],
  ['经济和信息化局', '经信局'],
  ['经济和信息化委员会', '经信委'],
  ['住房和城乡建设委员会', '住建委'],
  ['交通运输委员会', '交通委'],
  ['民族宗教事务局', '民宗局'],
  // 厦门市民族与宗教事务局: the long form with 与 (or 和) between the two, as many cities write it; citizens still say 民宗局.
  ['民族与宗教事务局', '民宗局'],
  ['民族和宗教事务局', '民宗局'],
  ['民族宗教事务委员会', '民宗委'],
  ['宗教事务局', '宗教局'],
  ['民族事务委员会', '民委'],
  ['机关事务管理局', '机关事务局'],
  ['人民防空办公室', '人防办'],
  ['外事办公室', '外事办'],
  // 浙江省人民政府外事办公室: citizens say 浙江省外办.
  ['人民政府外事办公室', '外办'],
  ['外事办公室', '外办'],
  // 广东省人民政府港澳事务办公室: a government's affairs offices by their everyday 办 (广东省港澳办, 某市台办, 某县侨办).
  ['人民政府港澳事务办公室', '港澳办'],
  ['港澳事务办公室', '港澳办'],
  ['人民政府台湾事务办公室', '台办'],
  ['台湾事务办公室', '台办'],
  ['人民政府侨务办公室', '侨办'],
  ['侨务办公室', '侨办'],
  // 长治市公共交通总公司, 岭北县公共交通有限公司: citizens say 公交公司.
  ['公共交通总公司', '公交公司'],
  ['公共交通有限公司', '公交公司'],
  ['信访办公室', '信访办'],
  // 湛江市地方志办: a gazetteer office (地方志办公室, 史志办公室) by its everyday 办 form.
  ['地方志办公室', '地方志办'],
  ['史志办公室', '史志办'],
  ['政务服务管理局', '政务服务局'],
  // 重庆市梁平区政务服务管理办公室, 某县政务服务办公室: citizens say 政务办 (no 政府办, the government's own office).
  ['政务服务管理办公室', '政务办'],
  ['政务服务办公室', '政务办'],
  // 花溪区水务管理局: the water bureau by its everyday 水务局.
  ['水务管理局', '水务局'],
  // 广州市海珠区供销合作社, 临沂市供销合作社联合社, 宜城市供销联社: citizens say 供销社.
  ['供销合作社联合社', '供销社'],
  ['供销合作社', '供销社'],
  ['供销联社', '供销社'],
  ['文化广电和旅游局', '文旅局'],
  ['文化广电旅游局', '文旅局'],
  // 住房城乡建设局: the official short form without 和, as citizens and documents also write it.
  ['住房和城乡建设局', '住房城乡建设局'],
  ['住房和城乡建设厅', '住房城乡建设厅'],
  ['人力资源和社会保障局', '人力资源社会保障局'],
  // 平潭综合实验区行政审批局, 某县行政审批服务局: citizens say 审批局.
  ['行政审批局', '审批局'],
  ['行政审批服务局', '审批局'],
  ['大数据管理局', '大数据局'],
  ['大数据发展管理局', '大数据局'],
  ['粮食和物资储备局', '粮储局'],
  ['残疾人联合会', '残联'],
  ['教育体育局', '教体局'],
  // 平潭综合实验区交通与建设局: a bureau of two fields, by the first word of each.
  ['交通与建设局', '交建局'],
  ['住房公积金管理中心', '公积金中心'],
  ['社会保险事业管理局', '社保局'],
  ['烟草专卖局', '烟草局'],
  ['科学技术协会', '科协'],
  ['工商业联合会', '工商联'],
  ['妇女联合会', '妇联'],
  // 安徽审计职院: a vocational college by its everyday short form.
  ['职业技术学院', '职院'],
  ['职业学院', '职院'],
];

/**
 * A character of a region's own name. 州 is a level (甘孜州) except right before another level:
 * 达州市, 杭州市, 通州区, 贵州省 are names that end in 州.
 */
// 住房和城市更新局: a kind's 和城市 (urban) is no city (晋城市, 盐城市 are).
// 市中区, 市北区, 市南区 (济南市市中区, 青岛市市北区): districts whose own name starts with the city level's character.
const REGION_NAME_CHARACTER = String.raw`(?:(?![和与]城市)[^省市区县旗州盟\s]|州(?=[省市区县])|(?<![^省市区县旗州盟\s])市(?=[中北南]区))`;

/** An autonomous county or prefecture, named with its peoples (秀山土家族苗族自治县): longer than other levels. */
const AUTONOMOUS_LEVEL = String.raw`[^省市区县旗州盟\s]{2,14}?族自治[县旗州]`;

/** 城市 starts a kind (城市管理委员会, 城市管理局), never a region: no place is called 城 with the level 市. */
const NOT_A_LEVEL = '(?!城市)';

const REGION = new RegExp(
  `^((?:${AUTONOMOUS_LEVEL}|${NOT_A_LEVEL}${REGION_NAME_CHARACTER}{1,8}?(?:省|自治区|市|自治州|州(?![省市区县])|盟|区|县|旗))+)(.+)$`,
);

/** One level of a region (洛阳市, 西工区, 达州市), for splitting a region into its levels. */
const REGION_LEVEL = new RegExp(
  `${AUTONOMOUS_LEVEL}|${NOT_A_LEVEL}${REGION_NAME_CHARACTER}+?(?:回族自治区|维吾尔自治区|壮族自治区|自治区|自治州|省|市|区|县|旗|州(?![省市区县])|盟)`,
  'g',
);

/**
 * What citizens call an autonomous county or prefecture: its place name with the level (秀山土家族苗族自治县 → 秀山县, 秀山; 关岭自治县,
 * written without its peoples, → 关岭县, 关岭).
 */
export function autonomousShortForms(level: string): string[] {
  const match = /^(\p{Script=Han}{2,}?)(?:\p{Script=Han}{1,3}族)+自治([县旗州])$/u.exec(level);
  if (match) return [match[1] + match[2], match[1]];
  // 关岭自治县, 镇宁自治县: the county's own short form with its peoples already left out is 关岭县 and 关岭, never 关岭自治.
  const bare = /^(\p{Script=Han}{2,}?)自治([县旗])$/u.exec(level);
  if (bare) return [bare[1] + bare[2], bare[1]];
  return bannerShortForms(level);
}

/**
 * What citizens call a banner named by its side (阿拉善右旗 → 阿右旗, 乌拉特中旗 → 乌中旗, 科尔沁右翼中旗 → 科右中旗):
 * the place's first character, the side and 旗.
 */
export function bannerShortForms(level: string): string[] {
  const wing = /^(\p{Script=Han})\p{Script=Han}+?([左右])翼([前中后])旗$/u.exec(level);
  if (wing) return [`${wing[1]}${wing[2]}${wing[3]}旗`];
  const side = /^(\p{Script=Han})\p{Script=Han}+?([左右前中后])旗$/u.exec(level);
  return side ? [`${side[1]}${side[2]}旗`] : [];
}

/** The peoples an ethnic township is named after (苗族, 瑶族, 土家族 …), longest first. */
export const PEOPLES =
  '(?:柯尔克孜|乌孜别克|维吾尔|俄罗斯|达斡尔|鄂伦春|鄂温克|塔吉克|塔塔尔|土家|蒙古|布依|朝鲜|哈尼|哈萨克|傈僳|高山|拉祜|东乡|纳西|景颇|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|苗|瑶|回|藏|彝|壮|侗|白|傣|黎|佤|畲|水|羌|怒|京|满|土)族';
const ETHNIC_TOWNSHIP = new RegExp(`^(\\p{Script=Han}{2,}?)(?:${PEOPLES})+([乡镇])$`, 'u');

/** An ethnic township without its people's name (二酉苗族乡 → 二酉乡), as citizens say it; none for other places. */
function ethnicTownshipShortForm(place: string): string | undefined {
  const match = ETHNIC_TOWNSHIP.exec(place);
  return match ? match[1] + match[2] : undefined;
}

export interface AgencyName {
  name: string;
  /** 西工区, 中卫市, 宁夏回族自治区 … (empty if the name has none). */
  region: string;
  /** 科学技术局 … */
  kind: string;
}

/** Split a full agency name into region and kind. */
export function splitAgencyName(name: string): AgencyName {
  // A name printed in 繁体 (沅陵縣二酉苗族鄉人民政府, 清遠市教育局) is split as simplified: 縣 is a level only then, and its
  // region and kind are those questions are written in (沅陵县, 清远市); the name stays as printed.
  const simplified = toSimplified(name);
  if (simplified !== name) {
    const read = splitAgencyName(simplified);
    return read.region ? { name, region: read.region, kind: read.kind } : { name, region: '', kind: name };
  }
  const match = REGION.exec(name);
  if (!match || match[2].length < 2) return { name, region: '', kind: name };
  return { name, region: match[1], kind: match[2] };
}

/** A region without its level suffix: 西工区 → 西工, 中卫市 → 中卫 (kept when it would be one character). */
export function shortRegion(region: string): string {
  // 浦东新区, 两江新区: a new district is called by its name without 新区 (浦东, 两江), never 浦东新.
  // (高新区 is a high-tech zone, not a 新区: 临沂高新区 is 临沂高新, never 临沂高.)
  const newDistrict = /^(\p{Script=Han}{2,})(?<!高)新区$/u.exec(region);
  if (newDistrict && !/[省市区县旗州盟]/u.test(newDistrict[1])) return newDistrict[1];
  // 大兴安岭地区, 阿里地区: a prefecture is called by its name alone (大兴安岭, 阿里), never 大兴安岭地.
  const stripped = region.replace(/(回族自治区|维吾尔自治区|壮族自治区|自治区|自治州|地区|省|市|区|县|旗|州|盟)$/, '');
  return stripped.length >= 2 ? stripped : region;
}

/**
 * Kinds of agency citizens name alone (公安局, 科技局), beyond those whose short forms are listed above: a question
 * naming one that no stored agency is of asks about an agency the store does not hold.
 */
export const COMMON_KINDS: readonly string[] = [
  ...new Set([
    ...KIND_ABBREVIATIONS.flat().filter((kind) => !/政府|管理委员会|管委会|学院|职院/.test(kind)),
    ...['公安局', '财政局', '民政局', '司法局', '审计局', '统计局', '税务局', '水利局', '水务局', '林业局', '商务局', '教育局'],
    ...['体育局', '气象局', '档案局', '粮食局', '自然资源和规划局', '规划局', '国土局', '城管局', '卫生局', '文化局', '旅游局'],
    ...['市场监管局', '药监局', '烟草局', '邮政局', '海关', '消防救援支队', '公积金中心', '医保局', '残联', '信访局', '人防办'],
  ]),
];

/** The kind's other form: 科学技术局 → 科技局 and back. */
/** The 与 or 和 joining two fields of a kind (自然资源|与|生态环境局), never a name's first character (和平街道). */
export const FIELDS_JOINED_BY_YU = /(?<=\p{Script=Han}{2})与(?=\p{Script=Han}{2})/gu;
const FIELDS_JOINED_BY_HE = /(?<=\p{Script=Han}{2})和(?=\p{Script=Han}{2})/gu;

export function kindVariants(kind: string): string[] {
  const variants = new Set([kind]);
  for (const [long, short] of KIND_ABBREVIATIONS) {
    if (kind.endsWith(long)) variants.add(kind.slice(0, -long.length) + short);
    // 人民政府 already holds its short form 政府: no 人民人民政府.
    if (kind.endsWith(short) && !kind.endsWith(long)) variants.add(kind.slice(0, -short.length) + long);
  }
  // A kind of two fields joined by 与 is written with 和 as often (自然资源与生态环境局 → 自然资源和生态环境局), and back.
  for (const variant of [...variants]) {
    const withHe = variant.replace(FIELDS_JOINED_BY_YU, '和');
    variants.add(withHe !== variant ? withHe : variant.replace(FIELDS_JOINED_BY_HE, '与'));
  }
  return [...variants];
}

/** A street office known by its own place, without 街道 (城南办事处), never one 驻 another place (驻北京办事处). */
const OFFICE_OWN_NAME = /^(?!驻)(\p{Script=Han}{2,6}?)办事处$/u;
/** An office and the zone run as one with it, the zone in brackets: 靖江市城南办事处(城南园区). */
const ZONE_TWIN = /^(.+?)[（(](\p{Script=Han}{2,12}(?:园区|开发区|新区|高新区))[）)]$/u;
/** A zone and the 街道 or town run as one with it, the 街道 in brackets: 南通外向型农业综合开发区(苴镇街道). */
const ZONE_STREET_TWIN = /^(.+?(?:开发区|经开区|高新区|新区|园区))[（(](\p{Script=Han}{2,8}(?:街道|镇|乡))[）)]$/u;

/** A kind that is a town's or a street's own name, with its government's words or without: 长春路街道办事处 → 长春路街道. */
/** A government's words before the street or town it runs (人民政府|新开河街道办事处). */
const GOVERNMENT_BEFORE_STREET = /^(?:人民)?政府(?=\p{Script=Han}{2,8}?(?:街道|镇|乡)(?:办事处|人民政府|政府)?$)/u;
const PLACE_OWN_NAME = /^(\p{Script=Han}{2,8}?(?:街道|镇|乡|苏木))(?:办事处|人民政府|政府)?$/u;
/** A 街's office named by the 街 alone (佳荣里街), not a 大街 (a road). */
const STREET_OWN_NAME = /^\p{Script=Han}{1,7}[^大\s]街$/u;

/** A school's or hospital's kind that is its own name (紫金港中学), not a kind many places have (第四中学, 人民医院, 实验小学). */
export const OWN_NAMED_UNIT =
  /^(?!第|[一二三四五六七八九十\d]|实验|人民|中医|中西医|中心|妇幼|职业|高级|初级|民族|城关|附属|儿童|肿瘤|口腔|眼科|骨科|精神|传染|特殊|师范|外国语|体育|艺术|卫生|技工|技师|护理|农业|工业|商业|财经|机电|交通|旅游|经济|工程|铁路|建筑|警察|培智|聋|盲)[\u4e00-\u9fff]{2,6}(?:中学|小学|学校|幼儿园|医院)$/;

/** A company's kind: its own name (two characters at least) and its legal form. */
const COMPANY = /^(\p{Script=Han}{2,12}?)(?:股份有限公司|有限责任公司|有限公司)$/u;

/**
 * A grid company named after its group first (国网岳阳县供电公司, 国家电网阳泉供电公司): the place and the kind after the group's
 * name, as its customers say it (岳阳县供电公司).
 */
const GRID_GROUP =
  /^(?:国网|国家电网(?:有限公司)?|南方电网|南网)(\p{Script=Han}{1,12}?(?:省|市|区|县|旗|州)\p{Script=Han}{0,6}?(?:供电(?:分)?公司|供电局|电力(?:有限)?公司))$/u;

/**
 * A grid company's branch named under its province's company (国网江苏省电力有限公司连云港供电分公司, 国网河南省电力公司
 * 周口供电公司): the place and the kind after the provincial company's name, as its customers say it (连云港供电公司).
 */
const GRID_BRANCH =
  /^(?:国网|国家电网)\p{Script=Han}{2,8}?(?:省|自治区|市)电力(?:有限(?:责任)?)?公司(\p{Script=Han}{2,8}?)供电(?:分)?公司$/u;

/**
 * A body with two names (一个机构两块牌子), the second in brackets after the first: 银川市民族事务委员会(宗教事务局),
 * XX县农业农村局（畜牧兽医局）. The bracket must name an agency kind, so (试行) or (本级) is no second name.
 */
const TWO_PLATES = /^(.+?)[（(]([^（）()]{2,20}(?:局|委员会|委|办公室|办|厅|中心|署|院|站|队))[）)]$/;

/** Kinds whose two names together have a short form of their own: 民族事务委员会(宗教事务局) is the 民宗委. */
const TWO_PLATE_SHORT_FORMS: ReadonlyArray<readonly [string, string, string]> = [['民族事务委员会', '宗教事务局', '民宗委']];

/**
 * A two-name body is known by each name alone (with its region: 银川市宗教事务局, 银川民委) and by both
 * (the name as written).
 */
function twoPlateAliases(name: string, first: string, second: string): string[] {
  const aliases = new Set<string>([name, ...agencyAliases(first)]);
  const { region, kind } = splitAgencyName(first);
  // The second name carries its own region when it has one (县委办公室（县人民政府办公室）), else the first's.
  // A second name opening with the level alone (县人民政府办公室) is of the first's region: 某县 + 人民政府办公室.
  const level = /^[省市区县旗州]/.exec(second)?.[0];
  const secondName = splitAgencyName(second).region
    ? second
    : level !== undefined && region.endsWith(level)
      ? region + second.slice(1)
      : region + second;
  for (const alias of agencyAliases(secondName)) aliases.add(alias);
  for (const [firstKind, secondKind, short] of TWO_PLATE_SHORT_FORMS) {
    if (kind.endsWith(firstKind) && second.endsWith(secondKind)) {
      for (const alias of agencyAliases(region + kind.slice(0, -firstKind.length) + short)) aliases.add(alias);
    }
  }
  return [...aliases];
}

/** A zone, the district it is run with in brackets, and a bureau: 武汉经济技术开发区|汉南区|医疗保障局. */
const ZONE_DISTRICT = /^(\p{Script=Han}{2,12}?(?:开发区|新区|高新区|园区))[(（](\p{Script=Han}{1,6}[区县])[)）](\p{Script=Han}{2,14})$/u;

/**
 * A city's zone and the district it is run with, in brackets, nothing after: 乌鲁木齐市|高新区|(新市区); the zone's national rank
 * written before its kind, its city then often without its 市 (乌鲁木齐|国家|高新区|(新市区), as its own site's banner says it).
 */
const CITY_ZONE_DISTRICT =
  /^(\p{Script=Han}{2,8}?(?:市|州|盟|(?=国家)))(?:国家)?((?:高新|经开|开发|新)区)[(（](\p{Script=Han}{2,3}区)[)）]$/u;

/** A zone's name after its province's name: 安徽|舒城|经济开发区. */
const PROVINCE_ZONE =
  /^(?:安徽|江苏|浙江|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|河北|山西|辽宁|吉林|黑龙江)(\p{Script=Han}{2,4}?)(经济技术开发区|经济开发区|高新技术产业开发区)$/u;

/** A zone's own name with its kind long and short: 舒城经济开发区, 舒城经开区, 舒城开发区 (高新区 for a 高新技术产业开发区). */
function zoneShortForms(zone: string): string[] {
  const match = /^(\p{Script=Han}{2,4}?)(经济技术开发区|经济开发区|高新技术产业开发区)$/u.exec(zone);
  if (!match) return [zone];
  const short = match[2] === '高新技术产业开发区' ? ['高新区'] : ['经开区', '开发区'];
  return [zone, ...short.map((kind) => match[1] + kind)];
}

/** A scenic area after its city, its own name before descriptive words and its kind: 武汉市|东湖|生态旅游|风景区. */
const SCENIC_AREA = /^((?:\p{Script=Han}{2,8}?(?:市|州|盟))?)(\p{Script=Han}{2,4}?)(?:生态)?(?:旅游)?(?:风景名胜区|风景区|旅游区|景区)$/u;

/** A zone's own name and its kind, with no committee's words: 吉林|经济技术开发区. */
const ZONE_ALONE = /^(\p{Script=Han}{2,4}?)(经济技术开发区|经济开发区|高新技术产业开发区)$/u;
/** A zone's committee or its office after the zone's own name: 泉州|经济技术开发区|管委会办公室. */
const ZONE_COMMITTEE = /^(\p{Script=Han}{2,4}?)(经济技术开发区|经济开发区|高新技术产业开发区)(?:管理委员会|管委会)(?:办公室)?$/u;

/**
 * A free-trade zone's area named after the national zone of its province (中国(福建)自由贸易试验区|福州|片区|管理委员会,
 * 中国浙江自由贸易试验区|舟山|片区|管委会, the brackets lost from a title): its city's name, the kind after 片区 (a committee,
 * or a bureau of it).
 */
const FREE_TRADE_AREA =
  /^中国[(（]?\p{Script=Han}{2,3}?[)）]?(?:自由贸易试验区|自贸试验区)(\p{Script=Han}{2,6}?)(?:新)?片区(\p{Script=Han}{2,16})$/u;

/** A vocational college's own name before 职业技术学院 or 职业学院, three characters at least (温州职业技术学院 is no 温州学院): 义乌工商职业技术学院 → 义乌工商. */
const VOCATIONAL_COLLEGE = /^(\p{Script=Han}{3,10}?)职业(?:技术)?学院$/u;

/** A 管理区 after the county or city that runs it: 柳城县|伏虎华侨管理区 (its own name two to eight characters before 管理区). */
const MANAGED_AREA = /^\p{Script=Han}{2,6}?(?:县|市|旗)(\p{Script=Han}{2,8}管理区)$/u;

/** A name that is a place only (合江县, 上海市, 下各镇), not an agency's kind. */
const PLACE_NAME = /^[^省市区县旗州盟镇乡\s]{1,8}(?:省|自治区|市|自治州|州|盟|区|县|旗|镇|乡)$/;

/**
 * Every alias an agency is known by: full name, short kind, short region, and the last
 * region level alone (洛阳市西工区科学技术局 → 西工区科技局, 西工科技局 …).
 */
export function agencyAliases(name: string): string[] {
  // A street office run as one with its zone, the zone in brackets (靖江市城南办事处(城南园区)): known by either name.
  const twin = ZONE_TWIN.exec(name);
  if (twin) {
    const { region } = splitAgencyName(twin[1]);
    return [...new Set([name, ...agencyAliases(twin[1]), ...agencyAliases(region + twin[2])])];
  }
  // A zone run as one with its 街道, the 街道 in brackets (南通外向型农业综合开发区(苴镇街道)): known by either name.
  const streetTwin = ZONE_STREET_TWIN.exec(name);
  if (streetTwin) return [...new Set([name, ...agencyAliases(streetTwin[1]), ...agencyAliases(streetTwin[2])])];
  const plates = TWO_PLATES.exec(name);
  if (plates) return twoPlateAliases(name, plates[1], plates[2]);
  const { region, kind } = splitAgencyName(name);
  const aliases = new Set<string>([name]);
  const regionLevels = zonesJoined(region.match(REGION_LEVEL) ?? []);
  const regionForms = new Set<string>([region]);
  const last = regionLevels[regionLevels.length - 1];
  if (last) {
    regionForms.add(last);
    regionForms.add(shortRegion(last));
    for (const form of autonomousShortForms(last)) regionForms.add(form);
    // 锡林郭勒盟 is said 锡盟, 阿拉善盟 阿盟: a league of three characters or more by its first and 盟 (its reports write it so).
    const league = /^(\p{Script=Han})\p{Script=Han}{2,}盟$/u.exec(last);
    if (league) regionForms.add(`${league[1]}盟`);
  }
  if (region) regionForms.add(shortRegion(region));
  for (const regionForm of regionForms) {
    for (const kindForm of kindVariants(kind)) aliases.add(regionForm + kindForm);
  }
  // 济南市市中区 is said 济南市中区 (the city's 市 and the district's first character written once).
  const sharedCharacter = /^(\p{Script=Han}{2,8}?)市(市[中北南]区)$/u.exec(region);
  if (sharedCharacter) for (const kindForm of kindVariants(kind)) aliases.add(sharedCharacter[1] + sharedCharacter[2] + kindForm);
  // A town's or a street's own name (长春路街道办事处, 新添镇人民政府) names it without its county or
  // city, and before a city's short name inside it (长春) can: 长春路街道办事处, 长春路街道, 新添镇.
  // Also when the name has no county (太平镇人民政府, a report that never names it): 太平镇 then finds it and, where one is
  // stored, 邹城市太平镇人民政府 too, so the question is asked which.
  // 天津市河北区人民政府新开河街道办事处: the street's office of the district's government, known as 新开河街道 and
  // 河北区新开河街道 as any street is (the government's words between them are no part of the street's name).
  const place = PLACE_OWN_NAME.exec(toSimplified(kind).replace(GOVERNMENT_BEFORE_STREET, ''));
  if (place) {
    const governments = place[1].endsWith('街道') ? ['', '办事处', '办'] : ['', '人民政府', '政府'];
    const ethnic = ethnicTownshipShortForm(place[1]);
    const own = ethnic ? [place[1], ethnic] : [place[1]];
    // A 街道 whose own name is a 街 (银川市兴庆区富宁街街道办事处) is known by that 街 alone (富宁街), as a 街's office is (佳荣里街),
    // never a road's 大街.
    const streetOwn = place[1].endsWith('街街道') ? place[1].slice(0, -2) : undefined;
    if (streetOwn && STREET_OWN_NAME.test(streetOwn)) {
      aliases.add(streetOwn);
      for (const regionForm of regionForms) aliases.add(regionForm + streetOwn);
    }
    for (const form of [toSimplified(kind), ...own.flatMap((name) => governments.map((words) => name + words))]) {
      aliases.add(form);
      for (const regionForm of regionForms) aliases.add(regionForm + form);
    }
  }
  // A street office named by its own place without 街道 (靖江市城南办事处): its own name alone finds it, as 新开河街道 does
  // (城南办事处, 城南办), and with its city's short name (靖江城南办事处). Not an office 驻 another place (驻京办事处).
  const office = place || !region ? null : OFFICE_OWN_NAME.exec(toSimplified(kind));
  // (街道办事处 alone, the kind of 乳山市城区街道办事处 whose region took its 城区, is no own name: 街道办 alone names every street.)
  if (office)
    for (const form of [office[0], `${office[1]}办`]) {
      if (office[1] !== '街道') aliases.add(form);
      for (const regionForm of regionForms) aliases.add(regionForm + form);
    }
  // A 管理区 run by its county (柳城县伏虎华侨管理区, a former 华侨农场) has a town's place: its own name alone finds it
  // (伏虎华侨管理区), as 新添镇 finds its town, and with its county's short name (柳城伏虎华侨管理区 above).
  const managedArea = MANAGED_AREA.exec(toSimplified(name));
  if (managedArea) aliases.add(managedArea[1]);
  // A state farm with a name of its own (奉新县东风垦殖场, 第六师芳草湖农场) is known by it alone, as a town is: 东风垦殖场,
  // 芳草湖农场 (a 兵团 division before it is its region).
  const farm = STATE_FARM.exec(toSimplified(kind).replace(/^第[一二三四五六七八九十]{1,3}师/, ''));
  if (farm) {
    // A 垦殖场 is called a 场 by its own name too (东风垦殖场 → 东风场, as its report's title says it).
    const reclaimed = /^(\p{Script=Han}{2,8}?)垦殖场$/u.exec(farm[0]);
    for (const form of reclaimed ? [farm[0], `${reclaimed[1]}场`] : [farm[0]]) {
      aliases.add(form);
      for (const regionForm of regionForms) if (regionForm) aliases.add(regionForm + form);
    }
  }
  // A 街 named alone (佳荣里街, 天津's streets) is its 街道办事处 too: 佳荣里街道, 佳荣里街道办事处, 佳荣里街道办.
  const street = place ? null : STREET_OWN_NAME.exec(toSimplified(kind));
  if (street)
    for (const words of ['道', '道办事处', '道办']) {
      aliases.add(street[0] + words);
      for (const regionForm of regionForms) aliases.add(regionForm + street[0] + words);
    }
  // A district's or county's own report named with its city first (三亚市海棠区): the district alone (海棠区) is how its
  // people name it, as its offices' names (海棠区政府办) are found by it; never a zone's or an area's kind (高新区, 城区).
  if (region && DISTRICT_OWN_NAME.test(toSimplified(kind))) aliases.add(toSimplified(kind));
  // A school or hospital with a name of its own (杭州市紫金港中学) is known by it alone: 紫金港中学. Not a kind many places
  // have (第四中学, 人民医院, 实验小学), which names no one body without its place.
  if (region && OWN_NAMED_UNIT.test(toSimplified(kind))) aliases.add(toSimplified(kind));
  // A company with a name of its own (费县和源水务有限公司) is known by it without its place, and by 公司 for its legal form
  // (有限公司, 有限责任公司, 股份有限公司): 和源水务有限公司, 和源水务公司, 费县和源水务公司.
  // Said without its legal form too (聊城新奥燃气, 和源水务): a name of four characters at least, which names no other kind;
  // a name printed without its city's 市 (聊城新奥燃气有限公司) keeps its place in its own name.
  const company = COMPANY.exec(toSimplified(kind));
  if (company) {
    const bare = company[1].length >= 4 ? [company[1]] : [];
    for (const form of [toSimplified(kind), `${company[1]}公司`, ...bare]) {
      aliases.add(form);
      if (region) for (const regionForm of regionForms) aliases.add(regionForm + form);
    }
  }
  // A zone's bureau with the district it is run with in brackets (武汉经济技术开发区(汉南区)医疗保障局) is known as either's:
  // 武汉经济技术开发区医疗保障局, 汉南区医疗保障局, 汉南区医保局.
  const zoneDistrict = ZONE_DISTRICT.exec(toSimplified(name));
  if (zoneDistrict)
    for (const zoneForm of zoneShortForms(zoneDistrict[1]))
      for (const form of [zoneForm + zoneDistrict[3], zoneDistrict[2] + zoneDistrict[3], zoneForm + zoneDistrict[2] + zoneDistrict[3]])
        for (const alias of agencyAliases(form)) aliases.add(alias);
  // A city's zone governed as one with a district, the district in brackets and no bureau after (乌鲁木齐市高新区(新市区)): known
  // by either name with its city or its city's short name (乌鲁木齐高新区, 乌鲁木齐新市区), by the district alone (新市区) as any
  // district is, and by both without the city (高新区(新市区)).
  const cityZoneDistrict = CITY_ZONE_DISTRICT.exec(toSimplified(name));
  if (cityZoneDistrict) {
    const [, city, zone, district] = cityZoneDistrict;
    // (乌鲁木齐国家高新区 is said with its rank or without it: 乌鲁木齐高新区.)
    for (const cityForm of [city, shortRegion(city)])
      for (const form of [zone, `国家${zone}`, district, `${zone}${district}`]) aliases.add(cityForm + form);
    for (const form of [district, `${zone}(${district})`, `${zone}（${district}）`, `${zone}${district}`]) aliases.add(form);
  }
  // A body of a scenic area named with its descriptive words (武汉市东湖生态旅游风景区海事处) is known by the area's own name
  // before its kind, as its people say it: 东湖风景区海事处, 东湖景区海事处, 东湖海事处 (with the city's short name too).
  const scenic = SCENIC_AREA.exec(region);
  if (scenic && kind.length >= 2)
    for (const areaForm of [`${scenic[2]}风景区`, `${scenic[2]}景区`, scenic[2]])
      for (const kindForm of kindVariants(kind))
        for (const cityForm of ['', scenic[1], shortRegion(scenic[1])]) aliases.add(cityForm + areaForm + kindForm);
  // A zone named with its province first (安徽舒城经济开发区) is known without it, as its people say it: 舒城经济开发区,
  // 舒城经开区, 舒城开发区.
  const zone = PROVINCE_ZONE.exec(toSimplified(name));
  if (!region && zone && !PROVINCE.test(zone[1])) for (const form of zoneShortForms(zone[1] + zone[2])) aliases.add(form);
  // A zone's committee, or its office, named with the zone's own name first (泉州经济技术开发区管委会办公室) is known by
  // the zone's short forms too, as its own pages say it (泉州开发区管委会) and citizens do: 泉州开发区, 泉州经开区.
  const committee = ZONE_COMMITTEE.exec(toSimplified(name));
  if (committee && !PROVINCE.test(committee[1]))
    for (const form of zoneShortForms(committee[1] + committee[2]).slice(1))
      for (const words of ['', '管委会', '管理委员会']) aliases.add(form + words);
  // A zone named by its own name alone (吉林经济技术开发区, as its report's title names it, its committee compiling the report)
  // is its committee too, as citizens ask it: 吉林经济技术开发区管委会, 吉林经开区管理委员会.
  const bareZone = ZONE_ALONE.exec(toSimplified(name));
  if (bareZone)
    for (const form of zoneShortForms(bareZone[1] + bareZone[2])) for (const words of ['管委会', '管理委员会']) aliases.add(form + words);
  // A free-trade zone's area (中国(福建)自由贸易试验区福州片区管理委员会) is known by its city, as its people say it: 福州片区管委会,
  // 福州自贸片区, 福州自贸区管委会; the area alone (福州自贸区) only for the committee itself, not for a bureau of it.
  const freeTrade = FREE_TRADE_AREA.exec(toSimplified(name));
  if (freeTrade) {
    const committee = /^(?:管理委员会|管委会)$/.test(freeTrade[2]);
    for (const area of ['片区', '自贸片区', '自贸区', '自贸试验区'].map((words) => freeTrade[1] + words)) {
      for (const kindForm of kindVariants(freeTrade[2])) aliases.add(area + kindForm);
      if (committee && area !== `${freeTrade[1]}片区`) aliases.add(area);
    }
  }
  // A vocational college (义乌工商职业技术学院, 安徽审计职业学院) is known by its own name and 学院 alone: 义乌工商学院.
  const college = VOCATIONAL_COLLEGE.exec(toSimplified(kind));
  if (college) for (const regionForm of region ? regionForms : ['']) aliases.add(`${regionForm}${college[1]}学院`);
  // A 中等专业学校 is called a 中专 (重庆市经贸中等专业学校 → 重庆经贸中专, 经贸中专), a 中等职业学校 a 中职.
  const secondary = /^(\p{Script=Han}{2,10}?)中等(专业|职业)学校$/u.exec(toSimplified(kind));
  if (secondary) {
    const short = `${secondary[1]}中${secondary[2] === '专业' ? '专' : '职'}`;
    aliases.add(short);
    for (const regionForm of regionForms) if (regionForm) aliases.add(regionForm + short);
  }
  // A grid company is known without its group's name: 国网岳阳县供电公司 → 岳阳县供电公司, 岳阳供电公司.
  const grid = GRID_GROUP.exec(toSimplified(name));
  if (grid) for (const alias of agencyAliases(grid[1])) aliases.add(alias);
  // A branch under the province's company is known by its place and kind alone: 连云港供电公司, 国网连云港供电公司, 连云港供电分公司.
  const branch = GRID_BRANCH.exec(toSimplified(name));
  if (branch)
    for (const kind of ['供电公司', '供电分公司']) {
      aliases.add(`${branch[1]}${kind}`);
      for (const alias of agencyAliases(`国网${branch[1]}${kind}`)) aliases.add(alias);
    }
  // A branch of the central bank (中国人民银行龙泉市支行, …中心支行) is called by its place first, as its people say it:
  // 龙泉市人民银行, 龙泉人民银行, 龙泉人行, 人行龙泉支行.
  const bank = CENTRAL_BANK_BRANCH.exec(toSimplified(name));
  if (bank)
    for (const place of new Set([bank[1], shortRegion(bank[1])]))
      for (const form of [`${place}人民银行`, `${place}人行`, `人行${place}${bank[2]}`, `人民银行${place}${bank[2]}`]) aliases.add(form);
  // A report published under a bare place name (合江县, 上海市) is its people's government's: 合江县人民政府, 合江县政府.
  if (!region && PLACE_NAME.test(name)) for (const government of ['人民政府', '政府']) aliases.add(name + government);
  // A name printed in 繁体 (天津東疆保稅港區…) is found by questions written in simplified characters, and by the
  // short forms of its simplified name (沅陵縣二酉苗族鄉人民政府: 縣 is read as a level only once simplified → 二酉乡).
  for (const alias of [...aliases]) aliases.add(toSimplified(alias));
  const simplified = toSimplified(name);
  if (simplified !== name) for (const alias of agencyAliases(simplified)) aliases.add(alias);
  // A form cut at a bracket ((汉南区)医保局) names no one.
  return [...aliases].filter((alias) => alias.length >= 3 && !/^[(（)）]/.test(alias));
}

/** A branch of the central bank by its place: 中国人民银行龙泉市支行, 中国人民银行丽水市中心支行. */
const CENTRAL_BANK_BRANCH = /^中国人民银行(\p{Script=Han}{2,12}?[市县区州盟旗])((?:中心)?支行)$/u;

/** A state farm by its own name and kind: 东风垦殖场, 芳草湖农场, 红旗林场 (no 市场 or 广场). */
/** A district, county or banner by its own name alone (海棠区, 镇赉县), not a zone's, an area's or a 社区's kind. */
const DISTRICT_OWN_NAME =
  /^(?!.*(?:开发|新|园|示范|试验|实验|合作|管理|保税|片|景|社|经开|综保|自贸)区$)(?!(?:城|郊|矿|林|牧|灌|市辖)区$)\p{Script=Han}{2,6}(?:区|县|旗)$/u;
const STATE_FARM = /^\p{Script=Han}{2,8}?(?:农|林|牧|渔|茶|垦殖|垦|良种|种畜)场$/u;

/** Longest agency name accepted; real ones (宁夏回族自治区…委员会办公室) stay well below. */
export const MAX_AGENCY_NAME_LENGTH = 50;

/**
 * Why a name cannot be an agency's name, or undefined when it can. Names end up in file names,
 * logs and chat replies, so path separators, control characters and overlong names are refused.
 */
export function agencyNameProblem(name: string): string | undefined {
  if (name.trim() === '') return '机关名称为空 (empty agency name)';
  if (/[/\\]/.test(name) || name.includes('..')) return `机关名称“${name.slice(0, 60)}”含有路径符号 (path separator in agency name)`;
  // C0, DEL, C1, and the Unicode line/paragraph separators and bidi controls, which can hide text.
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(name))
    return '机关名称含有控制字符 (control character in agency name)';
  if ([...name].length > MAX_AGENCY_NAME_LENGTH)
    return `机关名称超过${MAX_AGENCY_NAME_LENGTH}个字 (agency name longer than ${MAX_AGENCY_NAME_LENGTH} characters)`;
  return undefined;
}

/** A zone's kind alone, with no proper name of its own (经济开发区, 高新区): a level only together with the place before it. */
const BARE_ZONE_WORDS = [
  ...['经济技术开发区', '经济开发区', '高新技术产业开发区', '高新技术开发区', '高新区', '开发区', '经开区', '工业园区', '产业园区'],
  ...['工业集中区', '综合保税区', '保税港区', '保税区', '出口加工区', '新区', '示范区', '自由贸易试验区', '自贸试验区', '自贸区'],
];
const BARE_ZONE = new RegExp(`^(?:${BARE_ZONE_WORDS.join('|')})$`);

/**
 * A municipality written without its 市 before a level of its own (天津东疆保税港区, 上海浦东新区, 重庆两江新区): the city and
 * the district are two levels, so the district is known alone (东疆保税港区管委会). 天津港, 上海港 are ports named after
 * their city, not a district of it.
 */
const MUNICIPALITY_WITHOUT_LEVEL = /^(北京|天津|上海|重庆)(?!市)(?!港)(\p{Script=Han}{2,}(?:区|县))$/u;

/**
 * 旌德县|经济开发区 is one level, 旌德县经济开发区: a bare zone word after a place is that place's
 * zone, and alone it would name every such zone (经济开发区管委会 is no agency's own name).
 */
function zonesJoined(levels: string[]): string[] {
  const joined: string[] = [];
  const split = levels.flatMap((level) => {
    const municipality = MUNICIPALITY_WITHOUT_LEVEL.exec(toSimplified(level));
    return municipality ? [level.slice(0, municipality[1].length), level.slice(municipality[1].length)] : [level];
  });
  for (const level of split) {
    if (joined.length > 0 && BARE_ZONE.test(toSimplified(level))) joined[joined.length - 1] += level;
    else joined.push(level);
  }
  return joined;
}

/**
 * An alias that is a bare zone and a kind (保税港区管委会, 保税港管委会, 经济开发区管委会): older code made such forms of a zone's
 * agency (福州|保税港区), and they name every zone of that kind, so the alias backlog drops them.
 */
export function bareZoneAlias(alias: string, kind: string): boolean {
  const simplified = toSimplified(alias);
  const kinds = kindVariants(toSimplified(kind));
  return BARE_ZONE_WORDS.some((word) =>
    [word, word.replace(/区$/, '')].some((stem) => simplified.startsWith(stem) && kinds.includes(simplified.slice(stem.length))),
  );
}

/** The levels of a region, highest first: 洛阳市西工区 → [洛阳市, 西工区]; 旌德县经济开发区 → [旌德县经济开发区]. */
export function regionLevels(region: string): string[] {
  const levels = region.match(REGION_LEVEL);
  return levels ? zonesJoined(levels) : region ? [region] : [];
}

/** The end of a street office's name written in full or short (街道办事处, 街道办): the same office as 街道 alone. */
const STREET_OFFICE_END = /街道(?:办事处|办)$/;

/**
 * Whether two names are one agency written two ways: 繁体 and simplified, the kind long or short
 * (科学技术局, 科技局), a street office with or without 办事处, or with and without its higher regions (洛阳市西工区… and 西工区…).
 */
export function sameAgency(first: string, second: string): boolean {
  // 安镇街道 and 安镇街道办事处 (or 街道办): a street's office is named with or without its 办事处.
  const a = toSimplified(first).replace(STREET_OFFICE_END, '街道');
  const b = toSimplified(second).replace(STREET_OFFICE_END, '街道');
  if (a === b) return true;
  const nameA = splitAgencyName(a);
  const nameB = splitAgencyName(b);
  if (!nameA.region || !nameB.region || !kindVariants(nameA.kind).includes(nameB.kind)) return false;
  const levelsA = regionLevels(nameA.region);
  const levelsB = regionLevels(nameB.region);
  const [fewer, more] = levelsA.length <= levelsB.length ? [levelsA, levelsB] : [levelsB, levelsA];
  return fewer.length > 0 && fewer.every((level, index) => level === more[more.length - fewer.length + index]);
}

/**
 * Region levels a name may start with after its proper name: 洛阳市, 迎宾路街道, 太平镇, 平潭综合实验区. A proper name may
 * itself start with a level's character (镇宁自治县, 镇江市, 乡宁县, 市中区) when a character of no level follows it.
 */
const NAMED_REGION =
  /^(?:[省市区县旗州盟镇乡](?=[^省市区县旗州盟镇乡\s]))?[^省市区县旗州盟镇乡\s]{1,12}?(?:省|自治区|市|自治州|州|盟|区|县|旗|镇|乡|街道|苏木)/;
/** A street's name standing alone for its office: 佳荣里街, 大源街 (not a 大街, a road's name). */
const STREET_NAME = /^[^省市区县旗州盟镇乡街\s]{2,8}(?<!大)街$/;
/** The provinces, autonomous regions and municipalities by their names without the level (海南, 内蒙古). */
const PROVINCE =
  /^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)/;
/** National bodies carry no region: 国家统计局, 海关总署, 交通运输部. */
const NATIONAL = /^(?:国家|国务院|中华人民共和国|中国|全国|中央)|(?:总局|总署|部)$/;

/**
 * Whether a name says where its agency is: 西工区科学技术局, 迎宾路街道办事处, 国家统计局 do;
 * 市科技局, 区公安局, 街道办事处, 公安局 do not (a bare level or kind, to be completed from the
 * text or given with --agency). Pass the simplified form.
 */
export function hasRegion(name: string): boolean {
  if (NATIONAL.test(name)) return true;
  // 海南海事局, 山东海事局: a vertical bureau of a province is named with the province's name alone.
  const province = PROVINCE.exec(name);
  if (province && name.length > province[0].length + 1) return true;
  // 佳荣里街, 西站街: a 街's office named by the 街 alone (天津's streets) is that street's own name.
  if (STREET_NAME.test(name)) return true;
  // 第六师芳草湖农场: a division of the 兵团 (新疆生产建设兵团第六师, a city's level) is the region of its farms and offices.
  if (/^第[一二三四五六七八九十]{1,3}师\p{Script=Han}{2,}/u.test(name)) return true;
  const region = NAMED_REGION.exec(name);
  return (
    region !== null &&
    region[0].length < name.length + 1 &&
    !SELF_OR_ALL_START.test(name) &&
    // 自治区人民政府办公厅, 示范区教育局, 经开区文教局: a kind of region standing for its own name, like 市科技局 (市新区, 市辖区:
    // the same after a bare level).
    !GENERIC_REGION.test(region[0]) &&
    !GENERIC_REGION.test(region[0].replace(/^[省市区县旗州盟镇乡]/, '')) &&
    // 城乡建设局, 城镇规划科: the words for town and country together (住房和|城乡建设局 cut at its 和), no township's name.
    !/^城(?:乡|镇)$|[和与]城市$/.test(region[0]) &&
    // 区住房和城乡…, 县城镇规划…: a bare level before those words is none either (a proper name starting with a level's character,
    // 镇宁自治县, holds no joiner and is no 城乡 or 城镇).
    !/^[省市区县旗州盟镇乡](?:.*[和与及]|城(?:乡|镇)$)/.test(region[0])
  );
}

/**
 * A name's start that speaks of the writer's own body or of all of them (我局, 本市, 该县, 各区, 全省) or a letter's polite
 * 贵单位: no agency's name. Places that start with the same characters (本溪市, 全椒县, 全州县, 贵阳市) are names.
 */
export const SELF_OR_ALL_START =
  /^(?:我|该|各|本(?=[单机级部年届省市区县旗盟镇乡街局委办厅院所站处科室会社馆中])|全(?=[单机部年体面系国省市区县旗盟镇乡街局委办厅院所站处科室会社馆中])|贵(?=单位|机关|局|委|办|厅|院|部|司|处|社|中心|公司))/;

/** The kind of a region written without its proper name: 自治区, 示范区, 合作区, 经开区, 高新区, 开发区, 新区, 园区. */
// A zone's full kind is no proper name either: 经济技术开发区经济发展局, 高新技术产业开发区管委会 say not where they are.
const GENERIC_REGION =
  /^(?:自治|示范|(?:特别|经济)?合作|经开|(?:经济技术|技术|经济|高新技术产业|高新技术|高新|工业|旅游|农业|综合)?开发|高新|新|园|景|风景|保税|综保|试验|实验|工业|产业|城|郊|片|辖)(?:区|州|县|旗)$/;

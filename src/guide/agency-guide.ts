/**
 * An agency's own disclosure guide (政府信息公开指南): recognising one, and reading the facts a
 * citizen needs to apply — the accepting office, its address, hours, phone, fax, e-mail, post
 * code, the online application address, where to read what is published, and the guide's own
 * statements on time limits and fees.
 *
 * Real pages glue label/value pairs together with no separator (…1号邮政编码：350400联系电话：…),
 * print full-width colons and at-signs, list the addresses and phones of archives and libraries
 * (查阅场所) beside the office's own, and sometimes print 繁体. Matching runs on a copy of the
 * text of the same length (per-character NFKC, then simplified); values are sliced from the text
 * as printed.
 */
import { GongkaiError } from '../core/errors.js';
import { hasRegion, sameAgency, splitAgencyName } from '../report/agency-names.js';
import { placeEnding, placeStarting } from '../qa/places.js';
import { isAgencyName, namesInText, subjectOfOpening } from '../report/identity.js';
import { dropGluedPinyin } from '../report/sections.js';
import { cmsArticleText } from '../report/extract/cms-json.js';
import { hasTraditional, toSimplified } from '../text/script.js';
import { repairShiftedGbk } from '../text/shifted-gbk.js';
import { withOwnSitesOnly } from './site-domain.js';

/** The facts a guide states, under the keys `import --json` prints. */
export interface AgencyGuideFields {
  accepting_office?: string;
  address?: string;
  office_hours?: string;
  phone?: string;
  fax?: string;
  email?: string;
  post_code?: string;
  online_application_url?: string;
  website?: string;
  /** Archives, libraries and other places where published information can be read, each with its address (and phone). */
  reading_places?: string[];
  /** The guide's own words on how long a reply may take. */
  time_limit?: string;
  /** The guide's own words on fees. */
  fees?: string;
  /** The ways of applying the guide names (当面提交, 信函（邮寄）, 传真, 网上申请, 电子邮件), in that order. */
  channels?: string[];
  /** What the agency publishes proactively, in the guide's words (the part under its 公开范围 heading, shortened). */
  proactive_scope?: string;
  /** The guide's own words on how soon proactively disclosed information is published (自信息形成或变更之日起20个工作日内). */
  proactive_time_limit?: string;
  /** How the agency publishes, in the guide's words: the part under its 公开方式 (公开形式, 公开渠道) heading, with its 公众号 and 微博. */
  proactive_channels?: string;
  /** The guide's own words on each way of applying (在线申请：访问…依申请公开子站…; 信函申请：…邮寄到“…办公厅”), at most four. */
  channel_notes?: string[];
  /** Where applications are mailed, when the guide prints it apart from the office's address (通信地址:…县府东街18号). */
  mailing_address?: string;
  /** The guide's own words on the application form: its name, where it is fetched or downloaded (申请表可以到…接待室领取). */
  application_form?: string;
  /**
   * The form's full name when the words on it call it by its short name alone (填写《某区政府信息公开申请表》(以下简称《申请表》)
   * above 《申请表》可在政府网站上下载).
   */
  application_form_name?: string;
  /** The date from which the agency accepts applications, as printed (本政府从2017年1月1日起正式受理…; 2012年 月 日 left blank). */
  accepted_since?: string;
  /** How long published information stays online, in the guide's words (本镇网上公开的信息,网上留存的期限为1年). */
  online_retention?: string;
  /** How often the guide itself is updated, in its words (本《指南》每年更新一次). */
  guide_updates?: string;
  /** The papers an applicant sends with the application, in the guide's words (公民…应当同时提供身份证复印件…). */
  application_materials?: string;
  /** A phone for complaints about the disclosure work, printed apart from the office's (监督电话:0431-89968286). */
  supervision_phone?: string;
  /** When complaints about the disclosure work are received, printed apart from the office hours (接待投诉时间:周一至周五…). */
  complaint_hours?: string;
  /** How much one application form may ask, in the guide's words (每张申请表申请一条政府信息; 一事一申请). */
  items_per_form?: string;
  /** Where the guide itself may be read, in its words (可以在本机关的网站上查阅《指南》,也可以到本校校长办公室查阅). */
  guide_reading?: string;
  /** Where the catalogue may be read, in the guide's words (可以在六安市政府信息公开网站金寨县政府栏目上查询《目录》). */
  catalogue_reading?: string;
  /** A central point accepting applications for many agencies, in the guide's words (向市政府指定的依申请公开集中受理点(市审批办证中心)提出申请). */
  central_acceptance?: string;
  /** The second of numbered accepting places, with its own address and phone ((2)静安区行政服务中心;办公地址:…联系电话:…). */
  second_accepting?: string;
  /** The office a sentence names as accepting applications when the 受理机构 label names only the agency itself (雄关街道综合办公室负责受理). */
  accepting_unit?: string;
  /** When an application sent counts as received, in the guide's words (信函到达受理机构的时间为申请时间). */
  received_on?: string;
  /** The whole scope part as read (600 characters at most), kept when `proactive_scope` had to shorten it: one item is looked up in it. */
  proactive_scope_full?: string;
  /** The revision or edition the guide states under its title, as printed ((2025年4月修訂) → 2025年4月修訂; 指南(2024年版) → 2024年版). */
  revised?: string;
  /** The guide's words on its catalogue's layout (目录编排体系: 索引号…是为方便信息索取所编排的信息编码), up to 400 characters. */
  catalogue_layout?: string;
  /** The guide's words under a heading on what its catalogue holds (二、县政府办公室政府信息公开目录的主要内容: 机构职能…政务信息…). */
  catalogue_contents?: string;
  /** The guide's words under a heading on how to use its site or catalogue (使用方法: (1)栏目导航:…(2)信息搜索:…). */
  site_usage?: string;
  /**
   * The guide's words on how its 索引号 is made (信息索引号由“地区及部门编号”…四组代码构成; 地区及部门编号:wo240), wherever the
   * catalogue's parts print them (the layout holds only the first part).
   */
  catalogue_index?: string;
  /** The guide's own words on searching what it publishes (进入…子站,使用关键词进行检索即可获取该信息). */
  search_way?: string;
  /** The guide's own words on an unclear or incomplete application (申请内容不明确的,将告知申请人作出更改、补充). */
  unclear_application?: string;
  /** What the agency does once an application is received, in the guide's words (收到申请后,将从形式上对申请的要件是否完备进行审查). */
  handling?: string;
  /** The guide's own words on information another agency holds (申请的信息不属于受理单位掌握的,协助将申请转递相关受理机关). */
  transfer?: string;
  /** The guide's own words on applying by 数据电文 (以数据电文形式…提出申请,应该具备符合《电子签名法》…的电子签名). */
  electronic_signature?: string;
  /** How an application's progress is followed, in the guide's words (可凭借系统反馈的受理号…查询办理情况). */
  progress_query?: string;
  /** Who publishes, in the guide's words (市卫生健康局办公室负责向社会主动公开…; 政府各部门的政府信息由信息生成和保存机构负责公开). */
  publisher?: string;
  /** What the guide says of the 政府公报: how often, free or not, where the printed copies are read (为半月刊,实行免费赠阅). */
  gazette?: string;
  /** The days the guide says one may come in person, when it gives no office hours (也可工作日前往…获取政府信息). */
  visiting_days?: string;
  /** The office that supervises the disclosure work, in the guide's words (XX办公室是…政府信息公开工作的主管部门; …负责推进、指导、协调、监督). */
  supervisor?: string;
  /** The guide's own sentence announcing how many ways it takes applications by (申请人可以通过以下4种方式提出…申请). */
  ways_announced?: string;
  /** What an application must state, in the guide's words (申请材料应载明下列内容:(1)申请人的姓名…(2)…特征性描述…). */
  application_contents?: string;
  /** The leader in charge of the disclosure work the guide names under a label (政务公开分管领导:金林贵), as printed. */
  disclosure_leader?: string;
  /** The head of the accepting office, on a line of its own among its contacts (主 任: 徐东兴): the name. */
  office_head?: string;
  /** The person to contact the accepting office's own contacts name (联 系 人:于杰): the name, as printed. */
  contact_person?: string;
  /** The guide's own words on asking by phone (申请人可以通过电话咨询相应的服务业务; 学校通过电话方式接受口头信息公开咨询). */
  phone_consult?: string;
  /** The guide's own words on reviewing information before it is published (在公开政府信息前…对拟公开的政府信息进行审查). */
  prepublication_review?: string;
  /** The guide's own words on applying in writing (申请人可…提出书面申请,并填写《…申请表》; 申请应当采用书面形式). */
  written_application?: string;
  /** The guide's own words on helping applicants (安排专门志愿者指引…线上政府信息公开申请操作; 由工作人员协助填写). */
  application_help?: string;
  /** What the guide says it was compiled under (根据《中华人民共和国政府信息公开条例》(国务院令第492号…),编制本指南). */
  compiled_under?: string;
  /** The guide's sentence sending applicants to its flow chart (可以按照《依申请公开工作流程图》提出申请获取). */
  application_flow?: string;
  /** The guide's own words on how often its catalogue is updated (《目录》将会根据信息产生的具体情况作不定期更新). */
  catalogue_updates?: string;
  /** The guide's own words on what it does not disclose (涉及国家秘密、商业机密和个人隐私…的政府信息,不属于公开范围; 刑事司法类信息不属于政府信息公开范围). */
  not_disclosed?: string;
  /** The guide's own words on what one may do when one's rights are harmed (认为…侵犯其合法权益的,可以依法申请行政复议或者提起行政诉讼). */
  remedies?: string;
}

/** Every field key, in the order answers and the CLI list them. */
export const GUIDE_FIELD_KEYS = [
  'accepting_office',
  'address',
  'office_hours',
  'phone',
  'fax',
  'email',
  'post_code',
  'online_application_url',
  'website',
  'reading_places',
  'time_limit',
  'fees',
  'channels',
  'proactive_scope',
  'proactive_time_limit',
  'proactive_channels',
  'mailing_address',
  'channel_notes',
  'application_form',
  'application_form_name',
  'accepted_since',
  'online_retention',
  'guide_updates',
  'application_materials',
  'supervision_phone',
  'complaint_hours',
  'items_per_form',
  'guide_reading',
  'catalogue_reading',
  'central_acceptance',
  'second_accepting',
  'accepting_unit',
  'received_on',
  'proactive_scope_full',
  'revised',
  'catalogue_layout',
  'catalogue_contents',
  'site_usage',
  'catalogue_index',
  'search_way',
  'unclear_application',
  'handling',
  'transfer',
  'electronic_signature',
  'progress_query',
  'publisher',
  'gazette',
  'visiting_days',
  'supervisor',
  'ways_announced',
  'disclosure_leader',
  'application_contents',
  'office_head',
  'contact_person',
  'phone_consult',
  'prepublication_review',
  'written_application',
  'application_help',
  'compiled_under',
  'application_flow',
  'catalogue_updates',
  'not_disclosed',
  'remedies',
] as const satisfies ReadonlyArray<keyof AgencyGuideFields>;

/** One field key of a guide. */
export type GuideFieldKey = (typeof GUIDE_FIELD_KEYS)[number];

/** Chinese labels of the fields, for answers and the CLI. */
export const GUIDE_FIELD_LABELS: Record<GuideFieldKey, string> = {
  accepting_office: '受理机构',
  address: '办公地址',
  office_hours: '办公时间',
  phone: '咨询电话',
  fax: '传真',
  email: '电子邮箱',
  post_code: '邮政编码',
  online_application_url: '网上申请地址',
  website: '公开网址',
  reading_places: '查阅地点',
  time_limit: '答复期限',
  fees: '收费',
  channels: '申请方式',
  proactive_scope: '主动公开范围',
  proactive_time_limit: '主动公开时限',
  proactive_channels: '主动公开方式',
  mailing_address: '通信地址',
  channel_notes: '各申请方式',
  application_form: '申请表',
  application_form_name: '申请表名称',
  accepted_since: '开始受理申请的日期',
  online_retention: '网上留存期限',
  guide_updates: '指南更新',
  application_materials: '申请材料',
  supervision_phone: '监督电话',
  complaint_hours: '接待投诉时间',
  items_per_form: '每份申请的事项',
  guide_reading: '指南查阅地点',
  catalogue_reading: '目录查阅地点',
  central_acceptance: '集中受理点',
  second_accepting: '另一受理点',
  accepting_unit: '负责受理的科室',
  received_on: '申请时间的计算',
  proactive_scope_full: '主动公开范围（全文）',
  revised: '指南修订',
  catalogue_layout: '目录编排体系',
  catalogue_contents: '目录的内容',
  site_usage: '网站（目录）使用方法',
  catalogue_index: '索引号的构成',
  search_way: '查询方式',
  unclear_application: '申请不明确或不完整时',
  handling: '收到申请后的处理',
  transfer: '不属于本机关掌握的信息',
  electronic_signature: '数据电文申请与电子签名',
  progress_query: '查询办理进度',
  publisher: '负责公开的机构',
  gazette: '政府公报',
  visiting_days: '前往获取的时间',
  supervisor: '信息公开工作主管部门',
  ways_announced: '指南所述申请方式',
  disclosure_leader: '政务公开分管领导',
  application_contents: '申请应载明的内容',
  office_head: '受理机构主任',
  contact_person: '联系人',
  phone_consult: '电话咨询',
  prepublication_review: '公开前审查',
  written_application: '书面申请',
  application_help: '申请协助',
  compiled_under: '指南编制依据',
  application_flow: '申请流程图',
  catalogue_updates: '目录更新',
  not_disclosed: '不予公开的信息',
  remedies: '救济途径',
};

/** A parsed guide. */
export interface AgencyGuide {
  /** The agency the guide belongs to (the publisher when the title names only a region). */
  agency: string;
  /** The title as printed: 《title》 is how answers cite it. */
  title: string;
  /** The page address, when the text gives it (原文链接, or a first line that is a URL). */
  sourceUrl?: string;
  /** A former name printed in brackets right after the agency's (平阴县玫瑰小学(原平阴县玫瑰学校)): another name of it. */
  formerName?: string;
  /** The short name the guide introduces for its agency ((以下简称“长开区管委会”)): another name of it. */
  shortName?: string;
  fields: AgencyGuideFields;
}

const CHINESE_NUMERAL = '[一二三四五六七八九十]';
/**
 * A heading 一、… at the top level of the guide. Not levels counted (一、二级类目采用国务院主题分类, 三、四级类目: two levels named,
 * no heading), which would cut the part they are in; nor a weekday in a list of days (周一、周二、周四:上午…, 星期一、), which
 * would cut the hours.
 */
const TOP_HEADING = new RegExp(
  `(?<![\\d${CHINESE_NUMERAL.slice(1, -1)}第周期拜])${CHINESE_NUMERAL}{1,3}、(?!${CHINESE_NUMERAL}{1,2}级)`,
  'g',
);
/** A sub-heading (一)…, after per-character NFKC. */
const SUB_HEADING = new RegExp(`\\(${CHINESE_NUMERAL}{1,3}\\)`, 'g');
/** A numbered item glued in front of Chinese text: 2、咨询电话 / 3.电子邮箱. */
// Not the minutes of a time (上午8:30-12:00、下午…: 00、 is no item).
const ITEM_MARKER = /(?<![\d.:])\d{1,2}[、.](?=[\u4e00-\u9fff])/g;

/**
 * Where a guide names the office that accepts applications: the heading of that part
 * (（一）受理申请机构, 申请受理机构, 受理信息公开申请的科室) or a top-level 工作机构 heading.
 */
const OFFICE_ANCHOR = new RegExp(
  [
    // (一)受理申请的委内机构: the body's own word for inside it (委内, 局内) before 机构.
    '受理申请(?:的)?(?:[委局厅院校办]内)?机构',
    '申请受理机构',
    '受理(?:政府)?信息公开申请(?:的)?(?:机构|科室|部门|单位)',
    '依申请公开(?:的)?(?:受理)?(?:工作)?机构',
    // 一、工作机构 or (一)受理机构 as a heading of its own (a mirror may print its space as ?: (一)? 受理机构).
    `(?<=(?:${CHINESE_NUMERAL}、|[(（]${CHINESE_NUMERAL}[)）])[\\s?？]*)(?:政府信息公开)?(?:工作机构|受理机构|联系方式)`,
  ].join('|'),
  'g',
);

type LabelledField = 'accepting_office' | 'address' | 'post_code' | 'phone' | 'fax' | 'email' | 'office_hours' | 'website';

/** Labels before a colon, per field. Longest first wins, so 办公联系电话 is not read as 电话. */
const FIELD_LABELS: Array<[LabelledField | 'other', string[]]> = [
  // 工作机构名称: the label with 名称 after it (its value is the office's name, not the 名称 label).
  [
    'accepting_office',
    [
      '工作机构名称',
      '受理机构名称',
      // 一、信息公开机构 / 机构名称:XX电力有限公司: the office's name under a label of its own.
      '机构名称',
      '受理机构',
      '受理单位',
      '受理部门',
      '受理科室',
      '承办机构',
      '承办单位',
      '工作机构',
      '办理机构',
      '当面受理点',
      // (一)受理机构 / 主办部门:XX局办公室: the office that does the work, under a label of its own.
      '主办部门',
      // 本单位政府信息公开机构为开发区管委会办公室: the office after 为.
      '信息公开机构',
    ],
  ],
  ['address', ['办公地址', '通信地址', '通讯地址', '联系地址', '邮寄地址', '受理地址', '办公地点', '受理地点', '详细地址', '地址']],
  ['post_code', ['邮政编码', '邮编']],
  // 咨询联系方式:0578-8529609: a phone under a general label (typedValue keeps only a phone number).
  // 接受信息公开咨询的电话号码是:0546-2582898: the number's label with 号码 after it.
  [
    'phone',
    [
      '办公联系电话',
      '咨询联系方式',
      '咨询电话',
      '联系电话',
      '办公电话',
      '受理电话',
      '咨询热线',
      '监督电话',
      '电话号码',
      '电话',
      // 24小时热线电话:95598 (a company's hotline as its only phone): the label whole, so the hours before it end there.
      '24小时热线电话',
      '热线电话',
    ],
  ],
  // 传真号:0731—56220014: the number's label cut to 号.
  ['fax', ['传真号码', '传真电话', '传真电码', '传真号', '传真']],
  // 电子邮箱地址: the mailbox's label, not an address's.
  // 互联网联系方式为:x@163.com: typedValue keeps only an e-mail address. 电子邮箱方式:x@126.com: the mailbox as a way of contact.
  [
    'email',
    [
      '互联网联系方式',
      '电子邮箱地址',
      '电子信箱地址',
      '电子邮箱方式',
      '电子信箱方式',
      // 電子郵箱聯系方式:gx…@163.com: the mailbox as a way of contact, 联系 spelt out.
      '电子邮箱联系方式',
      '电子信箱联系方式',
      '邮箱地址',
      '电子邮箱',
      '电子信箱',
      '电子邮件',
      '邮箱',
      '邮件',
      'e-mail',
      'email',
    ],
  ],
  // 接受咨询的时间是:上午8:00-11:30: the hours questions are taken. A reworded page may put 的 inside any of them
  // (办公的时间是,周一到周五,上午的九点到十二点…): the same label.
  [
    'office_hours',
    [
      '办公时间',
      '工作时间',
      '受理时间',
      '咨询时间',
      '接待时间',
      '上班时间',
      '服务时间',
      '办公的时间',
      '工作的时间',
      '受理的时间',
      '咨询的时间',
      '接待的时间',
      '上班的时间',
    ],
  ],
  // 网上公开地址为:“中国海宁”门户网站(www.…): an address online, never the office's.
  ['website', ['网址', '网站地址', '网上公开地址', '网上地址', '互联网地址', '网络地址']],
  // Labels of no interest that still end the value before them.
  // 投诉电话, 举报电话: where complaints go (the supervising phone below), not the office's phone.
  [
    'other',
    // 开放时间 ends the value before it, but is no office's hours: a reading place's list prints it too (区档案馆…开放时间).
    [
      '联系人',
      '收件人',
      '微信公众号',
      '微信号',
      '微博',
      '邮寄方式',
      '负责人',
      '投诉电话',
      '举报电话',
      '政务公开分管领导',
      '分管领导',
      '开放时间',
    ],
  ],
];

/**
 * The office's own address (办公地址, 主要办公场所地址) then, after a comma, 开放时间 and its hours, up to the phone's label or the
 * sentence's end: the hours in group 1.
 */
const OFFICE_ADDRESS_THEN_OPENING =
  /(?:办公场所|办公)(?:地址|地点)\s*[:：][^。\n:：]{2,80}?[,，;；]\s*开放时间\s*[:：]\s*([^。\n]{4,80}?)(?=[,，;；]\s*(?:咨询|联系|办公)?电话|[。\n]|$)/;

/**
 * An office named in a sentence as the one that takes applications: 由XX中心(设在…)正式受理, :XX综合办公室负责受理,
 * 街道政府信息公开由街道党政办负责 (an office ending in 党政办 or 综合办).
 */
const OFFICE_IN_SENTENCE =
  /(?:由|[:,。])\s*([^,。:;()\s由]{2,30}?(?:办公室|党政办|综合办|受理中心|服务中心|中心|科|处|股|组))(?:\([^)]{0,30}\))?(?:(?:负责|正式|统一|集中|只)?受理(?:公民|本机关|依申请|政府信息公开|申请|信息公开)|负责(?=[,。(])|具体承办(?:本机关|本单位)?的?(?:政府)?信息公开)/;

/**
 * An office said to do the disclosure work itself (…。XX综合办公室具体承办本机关的政府信息公开事宜), wherever the guide says so;
 * also when the same office first 负责推进、指导、协调、监督 it (XX乡党政综合办公室负责推进…工作,具体承办乡政府信息公开事宜).
 */
const OFFICE_DOING =
  /(?:^|[:,。\n])\s*([^,。:;()\s由]{2,30}?(?:办公室|党政办|综合办|中心|科|处|股|组))(?:负责推进[^。\n]{0,40}?,)?具体承办(?:本机关|本单位|[\u4e00-\u9fff]{1,4}政府)?的?(?:政府)?信息公开/m;

/**
 * An office a sentence calls the agency's disclosure body (XX局办公室为本机关信息公开工作机构,负责受理…; XX办公室是本单位政府信息
 * 公开受理机构; XX贸促会办公室为我会政府信息公开工作的具体负责部门), or says is in charge of the work and, in the same sentence,
 * takes applications ((一)XX市人民政府办公室负责市政府信息公开工作,指导…;依法受理…提出的政府信息公开申请): the office that
 * takes applications. An office that only 主管 the work (为本机关信息公开工作的主管部门) is none.
 */
const OFFICE_IS_BODY =
  /(?:^|[:,。\n)])\s*([^,。:;()\s由]{2,30}?(?:办公室|党政办|综合办|中心|科|处|股|组))(?:(?:为|是)(?:本|我)(?:机关|单位|局|委|院|校|会|厅|办|镇|乡)的?(?:政府)?信息公开(?:工作|申请)?的?(?:具体)?(?:受理|负责|承办)?(?:机构|部门)|负责(?!推进|指导|协调|监督)[^。\n]{0,60}?[;,]\s*(?:依法)?受理[^。\n]{0,60}?申请)/m;

/**
 * An office printed in brackets right after the words 受理机构 in a sentence (市国土资源局信息公开申请受理机构(XX局办公室及其职能
 * 科室),负责受理…): the office that takes applications.
 */
const OFFICE_IN_BRACKETS = /受理(?:机构|部门|单位)\s*\(\s*([^()\n,。;]{4,40}?(?:办公室|党政办|综合办|中心|科室|科|处|股|组))\s*\)/;

/**
 * An office the sentence right under an office heading names as the one doing the work (一、政府信息公开工作机构 /
 * XX局办公室负责本机关的政府信息公开工作; 一、受理机构 / XX信息公开办公室是学校指定的信息公开申请受理机构); not the
 * office that 负责推进、指导、协调、监督 a region's disclosure (a supervisor, not where one applies). The heading may be
 * (一)受理申请机构 (XX局办公室负责本单位政府信息公开事务). The office may introduce its short name before the verb
 * (XX局政府信息公开工作领导小组办公室(以下简称局公开办)负责受理…).
 */
const OFFICE_UNDER_HEADING =
  /(?:工作机构|受理(?:申请)?机构)[ \t]*(?:\n\s*|[ \t]+)([^,。:;()\s]{2,30}?(?:\(以下简称[^()]{1,12}\))?(?:办公厅|办公室|受理中心|服务中心|中心|党建办|党政办|综合办|公开办|科|处|股|组))(?:\(以下简称[^()]{1,12}\))?(?:是[^。\n]{0,20}受理机构|是[^。\n]{0,30}(?:统一|组织|协调)[^。\n]{0,10}机构|负责(?!推进|指导|协调|监督)(?:[^。\n]{0,20}信息公开|公开由)|[ \t]*\n(?=\s*(?:咨询|联系|办公|受理)?电话\s*:))/;

function officeSaidUnderHeading(match: string, printed: string): string | undefined {
  const found = OFFICE_UNDER_HEADING.exec(match);
  if (!found) return undefined;
  const start = found.index + found[0].indexOf(found[1]);
  // 省机关事务服务中心(以下简称事务中心)办公室: the office, less the short name the guide introduces.
  return cleanValue(printed.slice(start, start + found[1].length).replace(/[(（]以下简称[^)）]{1,12}[)）]/, ''));
}

/** Fields a label may also introduce with 为/是 instead of a colon (受理机构为…, 受理时间为…, 传真号码为021-…). */
const LABEL_WITH_VERB = new Set<LabelledField | 'other'>(['accepting_office', 'office_hours', 'fax', 'address']);

/** Places where published information is read: their contacts are not the accepting office's. */
// 指定地点为:省外事办证中心(…),联系电话:…: the place the guide names for reading its information, with that place's phone.
// (政务公开栏目 is a website's column, no notice board: its 栏 is 栏目's.)
const READING_PLACE =
  /档案馆|图书馆|查阅点|查阅场所|查阅室|查阅中心|查阅专区|信息公开大厅|索取点|阅览室|文档室|资料室|指定地点|公开栏(?!目)|公示栏(?!目)/;

const LABELS = FIELD_LABELS.flatMap(([field, labels]) => labels.map((label) => ({ field, label }))).sort(
  (a, b) => b.label.length - a.label.length,
);

interface LabelHit {
  field: LabelledField | 'other';
  /** Where the label starts. */
  start: number;
  /** Where its value starts. */
  valueStart: number;
}

/**
 * The text to match on, index for index the same as `text`: each character NFKC-normalised
 * where that keeps one code unit (：→:, ＠→@, （→(, full-width digits), then simplified when
 * that keeps the length.
 */
export function matchingForm(text: string): string {
  const normalized = perCharacterNfkc(text);
  const simplified = toSimplified(normalized);
  return simplified.length === normalized.length ? simplified : normalized;
}

/** Each character NFKC-normalised where that keeps one code unit; index for index the same as `text`. */
function perCharacterNfkc(text: string): string {
  let normalized = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // ASCII and the unified ideographs are their own NFKC form: skip the per-character normalize call (most of a report's text).
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) {
      normalized += text[index];
      continue;
    }
    const character = text[index];
    const form = character.normalize('NFKC');
    normalized += form.length === 1 ? form : character;
  }
  return normalized;
}

/** How much of a document the guide test reads. */
const GUIDE_SCAN = 30000;
/** How many non-blank opening lines may hold the title. */
const OPENING_LINES = 15;

/** The opening lines that may be a title: the first non-blank ones, short enough to be one. */
function openingLines(match: string): string[] {
  return match
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, OPENING_LINES)
    .filter((line) => line.length <= 80);
}

/**
 * True when the opening lines alone already name an annual report, read without normalising
 * the whole text (a report import pays for this test on every file). Only the complete opening
 * lines are normalised; when they hold a traditional character, or the text has fewer lines,
 * this says false and the full test decides, so the answer is always the full test's.
 */
function titledAsReport(text: string): boolean {
  let end = 0;
  for (let count = 0; count < OPENING_LINES; ) {
    const next = text.indexOf('\n', end);
    if (next === -1 || next >= GUIDE_SCAN) return false;
    if (text.slice(end, next).trim().length > 0) count += 1;
    end = next + 1;
  }
  const opening = perCharacterNfkc(text.slice(0, end));
  // Simplifying the whole text may keep or drop its simplification (see matchingForm); without traditional characters both agree here.
  if (hasTraditional(opening)) return false;
  return openingLines(opening).some(reportTitleLine);
}

/** The words reporting a year's disclosure work: 现将XX镇2024年度政府信息公开工作情况报告如下. */
const REPORTS_A_YEAR =
  /现[将就][^。；;\n]{0,30}?(?:19|20)\d{2}年度?[^。；;\n]{0,12}?(?:政府信息公开|政务公开)[^。；;\n]{0,12}?(?:报告|汇报)如下/;

/** Table titles only an annual report prints (section 三 and 四). */
const REPORT_TABLES = /收到和处理政府信息公开申请情况|政府信息公开行政复议[、,]?行政诉讼情况/;
/** A report's title; not an item in a list of contents (信息公开工作年度报告:本乡镇…, 文件、年度报告等). */
const REPORT_TITLE = /(?:年度报告|年度工作报告|工作年报)(?![:：,，、;；等和及与])/;
/** An enumerated item ((六)…, 六、…, 6.…): a guide's list of what it publishes, never a title. */
const ENUMERATED = /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])/;

/** A line that titles an annual report: its words, and not an item of a list (（六）政府信息公开工作年度报告). */
function reportTitleLine(line: string): boolean {
  return REPORT_TITLE.test(line) && !ENUMERATED.test(line);
}

/**
 * True when the text is a disclosure guide: a title line (or 标题: line) ends in 信息公开指南, or
 * the opening says it compiles the guide; and nothing says annual report — no report title among
 * the first lines, no report table. Navigation links to the guide on a report page do not count.
 */
export function looksLikeAgencyGuide(printed: string): boolean {
  const text = dropCopyGuardTokens(dropMirrorName(dropGluedPinyin(cmsArticleText(printed) ?? printed)));
  if (titledAsReport(text)) return false;
  const match = matchingForm(text.slice(0, GUIDE_SCAN));
  if (REPORT_TABLES.test(match.replace(/\s+/g, ''))) return false;
  // 现将凤山镇2024年度政府信息公开工作情况报告如下, under no title: a report of a year's work, whatever guide it says it compiled.
  if (REPORTS_A_YEAR.test(match.replace(/\s+/g, ''))) return false;
  const lines = openingLines(match);
  if (lines.some((line, index) => reportTitleLine(line) && !menuItemTail(lines, index))) return false;
  // The title names whose guide it is; a bare 政府信息公开指南 counts only as the first line (elsewhere it is a menu item).
  const titled =
    /^(?:政府|政务)?信息公开指南$/.test(lines[0] ?? '') ||
    brokenTitleAgency(lines) !== undefined ||
    lines.some((line) => {
      // A school's 信息公开咨询指南 (山东's schools under the rules for public institutions) is its guide too.
      const found = /^(?:.*[>›»])?\s*([^>›»]*?)(?:政府|政务)?信息公开(?:咨询)?指南\s*(?:\([^)]*\))?$/.exec(line);
      return (
        (found !== null && found[1].replace(/^(?:标题|题目|名称)\s*:\s*/, '').trim().length >= 2) ||
        /^(?:标题|题目|名称)\s*:.+信息公开指南/.test(line)
      );
    });
  const opening = match.slice(0, 1500);
  // A page of instructions for applying (锦州人民政府办公厅受理政府信息公开申请说明, …依申请公开须知) opens the text: the
  // guide's application part alone, often run into one line.
  // Its title may also stand on a line of its own below a site's menu or breadcrumb (自治区文化和旅游厅申请公开政府信息受理说明,
  // a bare 依申请公开说明), the text then speaking of applying.
  const instructions =
    APPLICATION_INSTRUCTIONS.test(opening.slice(0, 120)) ||
    (openingLines(match).some((line) => INSTRUCTIONS_LINE.test(line)) && /受理机构|申请方式|提出申请|申请的提出|申请获取/.test(opening)) ||
    rulesForApplying(lines, opening);
  const compiles =
    // 制订 is written for 制定 as often (…等相关规定制订本指南).
    // A guide revised in place (对《凉山州卫生健康委员会信息公开指南》调整修订如下) names itself before the verb.
    // 《白水县政府信息指南》: a government's guide named with its 公开 left out.
    // 特编制滁州职业技术学院信息公开指南(以下简称指南): the guide named without its quotes, its short name after it.
    // 关于印发《…暂行办法》和《…政府信息公开指南》的通知: a notice printing the guide with other documents.
    // 特编本《指南》: the guide calling itself only by its short name in quotes (永仁 气象局's, with no title).
    /(?:编制|制定|制订|修订|印发)(?:了|本)?《[^《》]{0,40}(?:信息公开|政府信息)指南》|印发(?:《[^《》\n]{2,40}》(?:和|及|与|、))+《[^《》\n]{0,40}(?:信息公开|政府信息)指南》|(?:编制|制定|制订)[^《》\n,。;]{2,40}信息公开指南\s*\(以下简称|(?:编制|制定|制订|修订)本(?:公开)?指南|(?:编制?|制定|制订)本《(?:公开)?指南》|《[^《》]{0,40}信息公开指南》(?:进行|作)?(?:调整)?修订如下/.test(
      opening,
    ) &&
    // Not a report's title; an item of the guide's own list of what it publishes (6、政府信息公开工作年度报告) is none.
    !opening
      .slice(0, 300)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .some((line, index, all) => reportTitleLine(line) && !menuItemTail(all, index));
  return (
    titled ||
    compiles ||
    instructions ||
    untitledOutline(opening) ||
    applicationOutline(opening) ||
    applicationPartAlone(opening) ||
    partsWithOffice(opening) ||
    disclosureCorner(opening) ||
    guideEnd(match) ||
    articleTitle(opening) !== undefined
  );
}

/**
 * The second half of a site menu's item broken over two lines (政府信息 / 公开年报, 政府网站 / 工作年报): a column's name in the
 * menu above the guide, no report's title (a title names its agency or year).
 */
function menuItemTail(lines: readonly string[], index: number): boolean {
  // A column's short name on one line (政府信息公开年报, 政府网站工作年报): no title names a report 年报 without its body or year.
  if (/^(?:政府信息公开|政务公开|政府网站)(?:工作)?年报$/.test(lines[index])) return true;
  return /^(?:公开年报|工作年报|年度报告)$/.test(lines[index]) && /^(?:政府信息|政务信息|政府网站|政务公开)$/.test(lines[index - 1] ?? '');
}

/** A bare title line: the guide's words with no agency before them. */
const BARE_TITLE = /^(?:政府|政务)?信息公开(?:咨询)?指南$/;

/**
 * The agency of a title broken over two lines, the agency's name on the line before a bare 政府信息公开指南 (元江县医疗保障局 /
 * 政府信息公开指南): only a name with its region, so a site's menu item before a column's name is not taken for it.
 */
function brokenTitleAgency(lines: readonly string[]): string | undefined {
  for (let index = 1; index < lines.length; index += 1) {
    if (!BARE_TITLE.test(lines[index])) continue;
    const name = lines[index - 1].replace(/\s+/g, '');
    // 丁蜀镇 / 信息公开指南: a town's name of three characters on its line is a name too (its government's, as a title says).
    if (/^[\u4e00-\u9fff]{3,30}$/.test(name) && isAgencyName(name) && hasRegion(name)) return name;
  }
  return undefined;
}

/** A metadata table's row (索引号: | … | 发布机构: | …), printed above an article, which a page may start with. */
const METADATA_ROW =
  /^[^\n]*(?:索引号|成文日期|发布日期|公开方式|公开时限|文件编号|发布机构|发文机关|主题分类)\s*:[^\n]*[|｜][^\n]*(?:\n|$)/;

/** The text after the metadata table rows it starts with, if any. */
function afterMetadataRows(text: string): string {
  let rest = text.replace(/^\s+/, '');
  for (let found = METADATA_ROW.exec(rest); found; found = METADATA_ROW.exec(rest)) rest = rest.slice(found[0].length).replace(/^\s+/, '');
  return rest;
}

/** The text with the metadata table rows it starts with blanked out, as long as it was (offsets stay those of the page). */
function blankedMetadataRows(text: string): string {
  const kept = afterMetadataRows(text);
  const cut = text.length - kept.length;
  return cut === 0 ? text : text.slice(0, cut).replace(/[^\n]/g, ' ') + kept;
}

/**
 * The end of a guide a mirror kept alone (no title, no 指南 word): the agency's own words on how it handles applications
 * (本机关收到《申请表》后…15个工作日内予以答复), the remedies (行政复议), and the site's 主办单位 footer naming the agency.
 */
function guideEnd(match: string): boolean {
  const text = match.slice(0, GUIDE_SCAN);
  return (
    /(?:本机关|本单位)收到[^。]{0,12}申请|(?:本机关|本单位)[^。]{0,40}\d{1,2}个工作日内(?:予以)?答复/.test(text) &&
    /行政复议|行政诉讼/.test(text) &&
    hostAgency(text) !== undefined
  );
}

/**
 * A body the guide names by its level word alone (市卫生健康委, twice or more), placed by its new-media account's name: an
 * account (账号名称:X, 公众号“X”) that is a place then the first words of the body's kind (鹤壁 + 卫生健康) gives the place.
 */
function accountPlacedAgency(text: string): string | undefined {
  const flat = text.replace(/\s+/g, '');
  const counts = new Map<string, number>();
  for (const found of flat.matchAll(
    /(?<![\u4e00-\u9fff])(市|县|区|州)([\u4e00-\u9fff]{2,10}?(?:委员会|委|局))(?=[^\u4e00-\u9fff]|领导|主要|相关|重点|规范|门户|网站|办公室)/g,
  ))
    counts.set(`${found[1]}\t${found[2]}`, (counts.get(`${found[1]}\t${found[2]}`) ?? 0) + 1);
  const accounts = [...flat.matchAll(/(?:账号名称|账号|公众号|微信号|微博)[:：“"「]*([\u4e00-\u9fff]{4,12})/g)].map((found) => found[1]);
  let best: { name: string; count: number } | undefined;
  for (const [key, count] of counts) {
    if (count < 2) continue;
    const [level, kind] = key.split('\t');
    for (const account of accounts) {
      for (let cut = 2; cut <= 4 && cut <= account.length - 2; cut++) {
        const place = account.slice(0, cut);
        const words = account.slice(cut);
        if (!kind.startsWith(words) || place.endsWith(level)) continue;
        const name = `${place}${level}${kind}`;
        if (!isAgencyName(name) || !hasRegion(name)) continue;
        if (!best || count > best.count) best = { name, count };
      }
    }
  }
  return best?.name;
}

/** The agency a page's footer names as the site's host (主办单位:清远市连州市东陂镇人民政府). */
function hostAgency(match: string): string | undefined {
  const found = /主办单位\s*:\s*([\u4e00-\u9fff]{4,30})/.exec(match);
  return found && isAgencyName(found[1]) && hasRegion(found[1]) ? found[1] : undefined;
}

/**
 * A page that starts inside a guide's part on applying (a mirror cut before its title): a heading on the office that takes
 * applications (（一）受理部门) and one on the ways of applying (（三）申请途径), with the agency's own 《…信息公开申请表》; or
 * the same as top-level headings when the page starts at 依申请公开 (一、受理機構 … 二、提出申請, a hospital's 繁体 mirror).
 */
function applicationOutline(opening: string): boolean {
  const flat = opening.replace(/\s+/g, '');
  return (
    /(?:\([一二三四五六七八九十]\)|[一二三]、)(?:受理(?:部门|机构|单位)|申请受理机构)/.test(flat) &&
    // (三)公开程序 / 1、申请公开的提出 / 2、申请公开的提交方式: the ways of applying numbered under a heading on the procedure.
    (/(?:\([一二三四五六七八九十]\)|[二三四]、)(?:申请(?:途径|方式|渠道)|申请的提出|提出申请)/.test(flat) ||
      /\([一二三四五]\)[^()]{0,6}程序[。.]?1[、.]申请公开的提出[\s\S]{0,600}?2[、.]申请公开的提交方式/.test(flat)) &&
    // 《政府信息公开申请书》: the form called a 申请书.
    /《[^《》]{2,30}信息公开申请[表书]》/.test(flat)
  );
}

/**
 * A page that is a guide's part on applying alone (a school's 依申请公开程序 page, a mirror starting at 依申请公开): it opens
 * with the part's own sentence (除本机关主动公开的政府信息外…可以向本机关申请获取, 需要本校主动公开以外的…可以向本校申请获取),
 * then a heading on the office or the ways of applying, with the agency's own application form.
 */
function applicationPartAlone(opening: string): boolean {
  // A page may start with its metadata table (索引号 … 发布机构: | 湖州市公安局 |), the part's own sentence below it.
  const flat = afterMetadataRows(opening).replace(/\s+/g, '');
  // Its own form (《…申请表》), or (an agency whose form has no title) a heading on the ways of applying with their contacts.
  const form = /《[^《》]{2,40}申请表》/.test(flat) || (/\([一二三]\)申请方式/.test(flat) && /(?:联系电话|传真号码|详细地址):/.test(flat));
  // Or a 须知 page opening (after a breadcrumb or a 友情提示 in brackets) on the part's sentence: those who need what is not
  // published (需获取…主动公开范围以外的信息) or the old rules' 根据自身生产、生活、科研等特殊需要, 向…申请获取; its form (a bare
  // 《申请表》 too) and a heading on how to apply or who takes it below.
  const needing =
    /(?:需(?:要)?获取[^。]{0,30}主动公开(?:范围)?(?:以外|之外)的(?:政府)?信息|根据自身生产、生活、科研等特殊需要)[^。]{0,6}[,,]?[^。]{0,6}向[^。]{2,20}?申请获取/.test(
      flat.slice(0, 400),
    ) &&
    /《[^《》]{0,40}申请表》/.test(flat) &&
    /(?:受理机构|申请方式|受理程序|提出申请)/.test(flat);
  if (needing) return true;
  // Or the crawl starts at the part's sentence on the form (申请人可向XX局申请领取或自行复制《政府信息公开申请表》), the ways of
  // applying (申请接收渠道) under it.
  const formFirst =
    /^[^。]{0,20}?申请人可(?:以)?向[\u4e00-\u9fff]{2,30}?申请领取(?:或自行复制)?《[^《》]{2,40}申请表》/.test(flat.slice(0, 200)) &&
    /\([一二三]\)[^()]{0,12}申请(?:接收)?(?:渠道|方式|途径)/.test(flat);
  // The part's sentence may name the agency by its short name (向市国土资源局申请获取, an old city bureau's 依申请公开说明 page
  // under a 来源:…发布时间: line).
  return (
    (formFirst ||
      (/^[^。]{0,60}?(?:除|需要)[^。]{0,30}主动公开(?:以外|之外|[^。]{0,20}外)[^。]{0,40}向(?:本机关|本单位|本校|本院|本公司|学校|我[局委校院]|[省市县区州][\u4e00-\u9fff]{2,12}?(?:局|厅|委|办|中心))[^。]{0,8}申请获取/.test(
        flat.slice(0, 300),
      ) &&
        /(?:受理机构|申请方式|提出申请|申请的提出)/.test(flat))) &&
    form
  );
}

/** The same title in `identity`, its agency and its words apart. */
const INSTRUCTIONS_TITLE =
  /^\s*([\u4e00-\u9fff]{2,30}?)((?:受理)?(?:政府信息公开申请|(?:信息)?依申请公开)(?:说明|须知|指引|细则))(?=\s|$|[一二三四五六七八九十]、)/;

/**
 * An opening title of application instructions: 某某受理政府信息公开申请说明, 某某依申请公开须知, a school's 某某学院信息依申请公开
 * 细则 (its 信息 no part of the name).
 */
const APPLICATION_INSTRUCTIONS =
  /^\s*[\u4e00-\u9fff]{2,30}?(?:受理)?(?:政府信息公开申请|(?:信息)?依申请公开)(?:说明|须知|指引|细则)(?=\s|$|[一二三四五六七八九十]、)/;

/**
 * A line that is nothing but such a title, the agency before its words or none: 自治区文化和旅游厅申请公开政府信息受理说明 (申请公开
 * 政府信息 in that order, 受理 after it), a county's bare 依申请公开说明 among its column menu.
 */
const INSTRUCTIONS_LINE =
  /^([\u4e00-\u9fff]{2,30}?)?((?:受理)?(?:政府信息公开申请|(?:信息)?依申请公开|申请公开政府信息)(?:受理)?(?:说明|须知|指引|细则))$/;

/**
 * An agency's rules for applying titled as such (武汉市统计局政务信息依申请公开制度), not its internal 工作制度: its first part the
 * office that takes applications (一、受理申请机构) with its address or phone, as a guide's part on applying gives them.
 */
function rulesForApplying(lines: readonly string[], opening: string): boolean {
  const flat = opening.replace(/\s+/g, '');
  return (
    lines.some((line) => /^[\u4e00-\u9fff]{2,30}?(?:政府|政务)?信息依申请公开制度$/.test(line)) &&
    /[一二]、受理(?:申请)?(?:机构|部门)/.test(flat) &&
    /(?:办公地址|联系电话)[::]/.test(flat)
  );
}

/**
 * A guide printed without a title or an opening that names it (a hospital's 信息公开咨询 page starting at 一、主动公开范围):
 * a numbered heading on what is published proactively and one on the office that takes applications or questions,
 * among the opening's first headings, with a phone under them.
 */
function untitledOutline(opening: string): boolean {
  const flat = opening.replace(/\s+/g, '');
  // Or the office first (一、信息公开工作机构 … 二、主动公开信息方式 … 三、申请公开信息方式), as 陕西's 事务中心 prints it.
  const officeFirst = /^[^。]{0,80}?一、(?:政府)?信息公开(?:工作)?机构/.test(flat) && /[二三四]、(?:主动公开|依?申请(?:公开)?)/.test(flat);
  return (
    (officeFirst ||
      (/^[^。]{0,80}?[一二三]、(?:主动公开(?:的)?(?:范围|内容|信息)|信息公开(?:的)?范围)/.test(flat) &&
        /[二三四]、(?:政府)?信息公开(?:工作)?机构|[二三四]、(?:受理|咨询)机构/.test(flat))) &&
    /电话/.test(flat)
  );
}

/**
 * A page titled as rules, not a guide (a school's 信息公开办法 under its 规章制度 menu), laid out as one: a part on proactive
 * disclosure, one on applying, and under it the office that takes applications ((一)受理机构) with its contacts.
 */
function partsWithOffice(opening: string): boolean {
  const flat = opening.replace(/\s+/g, '');
  return (
    /[一二]、主动公开/.test(flat) &&
    /[二三]、依申请公开/.test(flat) &&
    // Or under a heading on how applications are taken (长春's (二)受理方式 … 现场受理机构为…秘书处).
    (/\([一二三]\)(?:申请)?受理(?:机构|部门|单位)/.test(flat) ||
      /\([一二三]\)受理方式(?:(?!\([一二三四五六七八九十]\)).){0,200}?受理机构为/.test(flat)) &&
    /(?:联系电话|咨询电话|办公地址):/.test(flat) &&
    !/[一二三四五六]、(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况)/.test(flat)
  );
}

/**
 * A page on a street's or town's 政务公开专区 (the place that takes applications on its own form and helps with online ones),
 * its address, phone and hours printed: the disclosure service of that body, as a guide gives it.
 */
function disclosureCorner(opening: string): boolean {
  const flat = opening.replace(/\s+/g, '');
  return (
    /^[^。]{0,40}?设有政务公开专区/.test(flat) &&
    /依申请公开/.test(flat) &&
    /政务公开专区(?:地址|位于)/.test(flat) &&
    /(?:联系电话|电话):?\d/.test(flat)
  );
}

/** A phone label with the fax named beside it, in brackets or after a slash: the one value is both. */
const PHONE_AND_FAX = /电话\s*(?:\(\s*传真\s*\)|[/、和及]\s*传真)$|\(\s*传真\s*\)\s*电话$/;

/** Find every label followed by a colon (or, for some, by 为/是). */
/** A sentence about a reading place (档案馆, 图书馆, 查阅点), whose phone is that place's own. */
const GLUED_PHONE_OF_PLACE = /档案馆|图书馆|查阅|阅览|公共场所|市民之家|服务大厅|政务大厅/;

function labelHits(match: string): LabelHit[] {
  const hits: LabelHit[] = [];
  const lower = match.toLowerCase();
  // 电话号码是:…: a label may end in 为 or 是 before its colon.
  for (const colon of lower.matchAll(/(?:为|是)?\s*:/g)) {
    const end = colon.index;
    // 公开电话(传真):0457-2887319, 电话/传真:…: one number that is both the phone and the fax.
    const both = PHONE_AND_FAX.exec(lower.slice(Math.max(0, end - 16), end));
    if (both) {
      const start = end - both[0].length;
      const valueStart = colon.index + colon[0].length;
      hits.push({ field: 'phone', start, valueStart }, { field: 'fax', start, valueStart });
      continue;
    }
    // 办公时间(工作日):夏季…: a short bracket between the label and its colon.
    const bracket = /\([^()\n]{1,8}\)\s*$/.exec(lower.slice(Math.max(0, end - 12), end));
    // 地址1:…,地址2:…: places numbered after their label.
    const numbered = /[\u4e00-\u9fff][1-9]$/.test(lower.slice(Math.max(0, end - 2), end));
    const labelEnds = bracket ? [end, end - bracket[0].length] : numbered ? [end, end - 1] : [end];
    let labelled = false;
    found: for (const labelEnd of labelEnds)
      for (const { field, label } of LABELS) {
        if (labelEnd - label.length >= 0 && lower.startsWith(label, labelEnd - label.length)) {
          hits.push({ field, start: labelEnd - label.length, valueStart: colon.index + colon[0].length });
          labelled = true;
          break found;
        }
      }
    // 郵 箱:…, 名 稱:…: a two-character label spaced out to the width of the longer ones above it.
    const spaced = labelled
      ? null
      : /(?:^|[\s:;,，。])([\u4e00-\u9fff])(?:[ \t\u3000]{1,4}|[?？]{1,6})([\u4e00-\u9fff])[ \t\u3000]*$/.exec(
          lower.slice(Math.max(0, end - 10), end),
        );
    if (spaced) {
      const entry = LABELS.find(({ label }) => label === spaced[1] + spaced[2]);
      if (entry) {
        hits.push({
          field: entry.field,
          start: end - spaced[0].length + spaced[0].indexOf(spaced[1]),
          valueStart: colon.index + colon[0].length,
        });
        continue;
      }
    }
    // ' 真:0716-8060575' at a line's start: a fax label whose 传 the crawl lost.
    const lostFirst = labelled ? null : /(?:^|\n)[ \t]*(真)[ \t]*$/.exec(lower.slice(Math.max(0, end - 8), end));
    if (lostFirst)
      hits.push({ field: 'fax', start: end - lostFirst[0].length + lostFirst[0].indexOf('真'), valueStart: colon.index + colon[0].length });
  }
  // 受理机构为…办公室,办公地址为市党政综合楼B区302室,办公时间为…: the office's address said with 为 in the same sentence.
  for (const found of match.matchAll(/办公地址(?:为|是)(?![:\s]*:)/g))
    hits.push({ field: 'address', start: found.index, valueStart: found.index + found[0].length });
  // 受理机构联系电话0751-8876229,传真号码0751-8912814: a phone label glued to a number with its area code, no colon.
  // (海淀区档案馆位于…;联系电话010-62523709: a reading place's own phone, in a sentence about that place, is not the office's.)
  for (const found of lower.matchAll(/(?:联系电话|咨询电话|受理电话|办公电话)(?=[ \t]*0\d{2,3}[-—－–]?\d{7,8})/g))
    if (
      !hits.some((hit) => hit.field === 'phone' && hit.start === found.index) &&
      !GLUED_PHONE_OF_PLACE.test(
        lower.slice(Math.max(lower.lastIndexOf('。', found.index), lower.lastIndexOf('\n', found.index), 0), found.index),
      )
    )
      hits.push({ field: 'phone', start: found.index, valueStart: found.index + found[0].length });
  // 传真电码0473—3998582: a fax label glued to its number with no colon.
  for (const found of lower.matchAll(/传真(?:电码|号码|电话)?(?=[ \t]*0\d{2,3}[-—－–]?\d{7,8})/g))
    if (!hits.some((hit) => hit.field === 'fax' && hit.start === found.index))
      hits.push({ field: 'fax', start: found.index, valueStart: found.index + found[0].length });
  // 邮政编码411403: a post code's label glued to its six digits, no colon.
  for (const found of lower.matchAll(/(?:邮政编码|邮编)(?=[ \t]*\d{6}(?!\d))/g))
    if (!hits.some((hit) => hit.field === 'post_code' && hit.start === found.index))
      hits.push({ field: 'post_code', start: found.index, valueStart: found.index + found[0].length });
  // 镇人民政府驻地在湘乡市龙洞镇垦殖场居委会,距…: where the government sits, said with 驻地在 (to its clause's end).
  for (const found of match.matchAll(/(?:人民政府|政府|机关)驻地(?:在|位于|设在)/g))
    hits.push({ field: 'address', start: found.index, valueStart: found.index + found[0].length });
  for (const { field, label } of LABELS) {
    if (!LABEL_WITH_VERB.has(field)) continue;
    // 办公的时间是,周一到周五…: a comma right after the verb is no part of the value.
    for (const found of match.matchAll(new RegExp(`${label}(?:为|是)(?![:\\s]*:)[,，]?`, 'g'))) {
      hits.push({ field, start: found.index, valueStart: found.index + found[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Where a value starting at `from` ends: the next label, sentence end, heading or numbered item. */
function valueEnd(match: string, from: number, hits: LabelHit[]): number {
  let end = Math.min(match.length, from + 160);
  const nextLabel = hits.find((hit) => hit.start >= from);
  if (nextLabel && nextLabel.start < end) {
    end = nextLabel.start;
    // …5:30 接受书面咨询的通讯地址:…: the words after a space that lead into the next label are the label's.
    const lead = /\s+[\u4e00-\u9fff]{1,12}的$/.exec(match.slice(from, end));
    if (lead) end -= lead[0].length;
  }
  // 上午8:00-12:00;下午14:30-17:30: a semicolon between the parts of a day does not end the hours.
  const stop = /[。\n]|;(?!\s*(?:下午|中午|晚上))/g;
  stop.lastIndex = from;
  const sentence = stop.exec(match);
  if (sentence) end = Math.min(end, sentence.index);
  // (办公地址:玉溪市凤凰路88号一楼12319室)或是到…: a label inside brackets ends its value at the closing bracket.
  if (/\([^()\n]{0,10}$/.test(match.slice(Math.max(0, from - 11), from))) {
    const close = match.indexOf(')', from);
    if (close >= 0) end = Math.min(end, close);
  } else {
    // 可以到XX委员会(地址:…;联系方式:…,工作时间:…,法定节假日除外)查阅…: a value inside a bracket opened earlier in its sentence
    // ends where that bracket closes (a bracket opened inside the value closes first).
    const sentenceStart = Math.max(match.lastIndexOf('。', from), match.lastIndexOf('\n', from), from - 120);
    let open = 0;
    for (const char of match.slice(sentenceStart + 1, from)) open = char === '(' ? open + 1 : char === ')' ? Math.max(0, open - 1) : open;
    if (open > 0) {
      let depth = 0;
      for (let at = from; at < end; at += 1) {
        if (match[at] === '(') depth += 1;
        else if (match[at] === ')' && (depth -= 1) < 0) {
          end = at;
          break;
        }
      }
    }
  }
  for (const pattern of [TOP_HEADING, SUB_HEADING, ITEM_MARKER]) {
    pattern.lastIndex = from;
    for (let found = pattern.exec(match); found && found.index < end; found = pattern.exec(match)) {
      if (found.index === from) continue;
      // （三）邮政编码：… — a marker right before a label belongs to the value before it (a room number, as printed).
      const after = found.index + found[0].length;
      if (pattern === SUB_HEADING && hits.some((hit) => hit.start === after)) continue;
      end = found.index;
      break;
    }
  }
  return end;
}

/**
 * A line that goes on with office hours: 上午:8:00…, 下午…, 冬季8:00…, or a time itself; a season spaced out to align the
 * lines (夏    季:上午8∶00至12∶00) too.
 */
// 冬:8:30―11:00,13:00―16:30;夏:8:30-11:30…: a season named by its one word and a colon goes on with the hours as well.
const HOURS_GO_ON =
  /^\s*\(?(?:上午|下午|中午|晚上|[夏冬][ \t\u3000]*[:：]|夏[ \t\u3000]*季|冬[ \t\u3000]*季|夏天|冬天|夏令|冬令|春夏|秋冬|春秋|春季|秋季|\d{1,2}\s*:\s*\d{2})/;

/** A sentence opening on days and their hours (周三、周五、节假日前一日:上午…, 星期六:9:00…): more of the office hours. */
const DAYS_THEN_HOURS = /^(?:周[一二三四五六日天]|星期[一二三四五六日天]|节假日前一[日天])[^。\n:]{0,24}:\s*(?:上午|下午|\d)/;

/** After a semicolon, the next season given by its dates (…15:00-18:00;9月1日至次年6月30日工作日,8:30-12:00…). */
const HOURS_SEASON_BY_DATES = /^\d{1,2}月\d{1,2}日\s*(?:至|到|[-—–~])\s*(?:次年|翌年|第二年)?\d{1,2}月\d{1,2}日/;

/**
 * The days the hours leave out, in brackets after their full stop (…14:00-17:30。(节假日、公休日除外,…)), or on the line under
 * them (冬季8:00-12:00,14:30-17:30 / (周一至周五,节假日除外)): part of the hours.
 */
// (…下午15:30至19:30;(节假日除外)。: the bracket after the semicolon closes the same hours.)
const HOURS_EXCEPT = /^[。;；]?(?:[ \t]*\n)?[ \t]*\([^()\n]{0,40}除外[^()\n]{0,40}\)/;

/** A line after the hours saying which days they leave out (节假日、公休日不受理申请, 双休日不办公). */
// (…14:30-17:30。 / 节假日、公休日不受理申请。: the full stop that ends the hours comes before that line.)
const HOURS_DAYS_OFF =
  /^[。;；]?\s*\n\s*(?:法定)?(?:节假日|公休日|双休日|周末)(?:[、和及](?:节假日|公休日|双休日))?[^\n。:：]{0,6}(?:不受理|不办公|休息)[^\n。:：]{0,8}/;

/**
 * Where office hours end: as any value, and on over up to four line breaks or semicolons whose next part goes on with
 * the hours (夏季08:30—12:00,14:00—18:30;冬季08:30—12:00…: the winter hours after a semicolon are the same hours; 夏季:8:30--12:00;
 * 14:30--18:30 / 冬季:8:30--12:00;14:00--18:00 and a morning and an afternoon line per season take four).
 */
function hoursEnd(match: string, from: number, hits: LabelHit[]): number {
  let end = valueEnd(match, from, hits);
  // …下午:14:00-17:00(周一至周五,节假日除外;每年5月1日-10月1日,执行夏令时间,工作日下午办公时间为14:30-17:30): a semicolon inside
  // the hours' own bracket does not end them, nor does the summer's time told in it replace them; they end where it closes.
  const opened = (match.slice(from, end).match(/\(/g)?.length ?? 0) - (match.slice(from, end).match(/\)/g)?.length ?? 0);
  if (opened > 0 && match[end] === ';') {
    const close = /^[^()\n。]*\)/.exec(match.slice(end, end + 160));
    if (close) end += close[0].length;
  }
  for (let lines = 0; lines < 4 && (match[end] === '\n' || match[end] === ';' || match[end] === '。'); lines += 1) {
    const rest = match.slice(end, end + 40);
    const lead = /^[;。]?\s*/.exec(rest)?.[0].length ?? 0;
    // …下午14:00-17:30。周三、周五、节假日前一日:上午…: other days' hours, in the next sentence, are the same hours.
    if (match[end] === '。') {
      if (!DAYS_THEN_HOURS.test(rest.slice(lead))) break;
    } else if (!HOURS_GO_ON.test(rest.slice(lead)) && !(match[end] === ';' && HOURS_SEASON_BY_DATES.test(rest.slice(lead)))) break;
    end = valueEnd(match, end + lead, hits);
  }
  const except = HOURS_EXCEPT.exec(match.slice(end, end + 90));
  if (except) return end + except[0].length;
  // The days off on a line of their own under the hours (节假日、公休日不受理申请。): part of the hours.
  const off = HOURS_DAYS_OFF.exec(match.slice(end, end + 60));
  return off ? end + off[0].length : end;
}

/**
 * A value as printed, spaces collapsed, without leading markers or trailing punctuation (an opening bracket too:
 * …行政楼604办公室(邮编:453400, whose content went to the next label).
 */
function cleanValue(value: string): string {
  return (
    value
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[:：\s]+/, '')
      .replace(/^(?:\d{1,2}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*/, '')
      .replace(/[\s,，、;；。:：(（]+$/, '')
      // 辦公地址:長治市英雄北路41號?: a mirror's question mark for a character it lost, at a value's end.
      .replace(/[?？]+$/, '')
      .replace(/[\s,，、;；。:：(（]+$/, '')
      .trim()
  );
}

/** The first slice of `printed` whose matching form matches `pattern`. */
function extract(printed: string, pattern: RegExp): string | undefined {
  const found = pattern.exec(matchingForm(printed));
  return found ? printed.slice(found.index, found.index + found[0].length).trim() : undefined;
}

/**
 * A phone number; 08785217921, a landline with its area code and no separator (0 and ten or eleven digits), is one too; so are
 * 12345 and a company's five-digit national service number (95598 for power, 95xxx), only ever read after a phone label.
 */
const PHONE =
  /(?<!\d)0\d{2,3}\s*-\s*\d{4}[ \t]\d{4}(?!\d)|(?<!\d)0\d{10,11}(?!\d)|(?:\(?0\d{2,3}\)?\s*[-—–~]{0,2}\s*)?(?<!\d)\d{7,8}(?!\d)(?:\s*[,、/]\s*(?:0\d{2,3}\s*[-—–]{1,2}\s*)?\d{7,8}(?!\d))*|(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)12345(?!\d)|(?<!\d)95\d{3}(?!\d)/;
/** Two phone numbers in a row, the first with what it is in brackets (0769-22007066(总机)0769-22007136(咨询电话)). */
const ROLED_PHONES =
  /^\s*(0\d{2,3}-\d{7,8})\s*\((总机|咨询电话|咨询|办公室|值班电话|值班)\)\s*[,、/]?\s*(0\d{2,3}-\d{7,8})(?:\s*\(([^()]{1,6})\))?/;
const EMAIL = /[A-Za-z0-9._%+-]+\s*@\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const POST_CODE = /(?<!\d)\d{6}(?!\d)/;
/** A post code in brackets closing an address: (邮政编码450016), （邮编：437200）, in either script. */
const BRACKETED_POST_CODE = /\s*[(（]\s*(?:邮政编码|郵政編碼|邮编|郵編)\s*[:：]?\s*(\d{6})\s*[)）]\s*[;；。]?$/;
/** A web address: with a scheme, or www., or a bare domain under a common suffix; ASCII only. */
const URL =
  /(?:https?:\/\/[A-Za-z0-9.-]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?<![@A-Za-z0-9.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:gov\.cn|com\.cn|org\.cn|net\.cn))(?::\d+)?(?:\/[A-Za-z0-9\-._~%!$&'*+,;=:@/?#]*)?/g;

/** A URL as printed, without a glued list marker (…gov.cn/2.官方微信) or trailing punctuation. */
function trimUrl(url: string, printed: string, end: number): string {
  let result = url;
  if (/[\u4e00-\u9fff]/.test(printed[end] ?? '')) result = result.replace(/\d{1,2}[.、]$/, '');
  return result.replace(/[.,;:!?'*]+$/, '');
}

/** Every URL in the text (not e-mail domains), with where it stands. */
function urls(printed: string, match: string): Array<{ url: string; start: number; end: number }> {
  const found: Array<{ url: string; start: number; end: number }> = [];
  URL.lastIndex = 0;
  for (let hit = URL.exec(match); hit; hit = URL.exec(match)) {
    const end = hit.index + hit[0].length;
    found.push({ url: trimUrl(printed.slice(hit.index, end), printed, end), start: hit.index, end });
  }
  return found;
}

/** The part of a guide after its 依申请公开 heading (or the whole text). */
function applicationPart(match: string): number {
  const heading = /依申请公开/.exec(match.slice(0, 200))
    ? null
    : /(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))\s*依申请公开/.exec(match);
  return heading ? heading.index : 0;
}

/** The sentences (split at 。) of the text from `from` on, as printed, with where they start. */
function sentences(printed: string, match: string, from: number): Array<{ text: string; match: string; start: number }> {
  const result: Array<{ text: string; match: string; start: number }> = [];
  let start = from;
  for (const stop of match.slice(from).matchAll(/[。\n]/g)) {
    const end = from + stop.index;
    if (end > start) result.push({ text: printed.slice(start, end), match: match.slice(start, end), start });
    start = end + 1;
  }
  if (start < match.length) result.push({ text: printed.slice(start), match: match.slice(start), start });
  return result;
}

/** A heading glued in front of a sentence: （五）收费情况本单位… → 本单位… */
function withoutHeading(sentence: string): string {
  // 1)在线申请。: a number closed by a bracket alone is an item's number too.
  const item = /^\s*\d{1,2}(?:[、.．]|[)）](?!\d))\s*/;
  if (item.test(sentence)) return sentence.replace(item, '').trim();
  // (1)通过互联网提出申请。: a way numbered in brackets with a digit, as 集宁区's guide numbers its ways.
  const marker = /^\s*(?:[一二三四五六七八九十]{1,3}、|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])\s*/;
  if (!marker.test(sentence)) return sentence.trim();
  return sentence
    .replace(marker, '')
    .replace(
      /^[^，,]{0,24}?(?:收费项目和标准|收费标准|收费情况|收费|申请的处理及时限|处理及时限|处理时限|答复期限|答复时限|申请的处理|时限)\s*/,
      '',
    )
    .trim();
}

/** The guide's statements on how long a reply takes: the clauses about 工作日 and 答复/延长 in the application part. */
function timeLimit(printed: string, match: string, from: number): string | undefined {
  const clauses: string[] = [];
  for (const sentence of sentences(printed, match, from)) {
    let start = 0;
    for (const stop of [...sentence.match.matchAll(/[;:]/g), { index: sentence.match.length }]) {
      const clauseMatch = sentence.match.slice(start, stop.index);
      // 257500 三、医院应当…: a value the clause starts after (a post code) is not the clause's.
      const clause = cleanValue(
        withoutHeading(sentence.text.slice(start, stop.index).replace(/^\s*\d{6}\s+(?=[一二三四五六七八九十]{1,3}、)/, '')),
      );
      start = (stop.index ?? 0) + 1;
      // 如遇寒暑假,答复时间顺延: when the reply time is put off belongs to it too.
      const deferred = /答复(?:时间|期限)?(?:相应)?顺延/.test(clauseMatch);
      if (!deferred && (!/当场答复|工作日|日内/.test(clauseMatch) || !/答复|延长|期限/.test(clauseMatch))) continue;
      if (/形成或者?变更|主动公开/.test(clauseMatch)) continue;
      if (clause && !clauses.includes(clause)) clauses.push(clause.replace(/^\d{1,2}[、.．]\s*/, ''));
    }
    if (clauses.length >= 3) break;
  }
  return clauses.length > 0 ? clauses.join('；') : undefined;
}

/** The ways of applying, each with the words a guide names it by in a sentence about applying. */
const CHANNELS: Array<[string, RegExp]> = [
  // 书面申请(含现场、信函或传真): the ways a bracket lists.
  ['当面提交', /当面|现场(?:申请|提交|递交|提出|[、,或和])|到.{0,16}(?:受理|办公室|窗口|大厅).{0,8}(?:申请|提交|递交|提出)|直接到/],
  ['信函（邮寄）', /信函|邮寄|邮政寄送|寄送|通过邮政|信件/],
  // (…也可采用电子邮件、信函、传真 at a page cut off there: the last way of a list ends the text.)
  ['传真', /传真(?:方式|申请|提交|提出|等方式)|通过.{0,6}传真|[、,或]传真(?:[、,等)]|方式|\s*$)/],
  [
    '网上申请',
    /通过互联网(?:[、,]|提出|提交|申请|方式)|网上申请|在线申请|网上提交|在线提交|网络提交|互联网申请|网页表单|依申请公开(?:系统|平台)|申请(?:系统|平台)/,
  ],
  // 通过信函方式、传真、邮件等方式提交: 邮件 inside a list of ways is e-mail too.
  // (也可采用电子邮件、信函: a way said after 采用 as after 通过.)
  // (通过互联网电子邮箱提出申请: the mailbox named for the way, 互联网 before it.)
  [
    '电子邮件',
    /(?:通过|以|发送|采用|采取)(?:互联网)?电子(?:邮件|邮箱|信箱)|电子(?:邮件|邮箱|信箱)(?:方式)?(?:申请|提交|提出)|[、,](?:电子)?邮件(?:方式)?[、,等]/,
  ],
  // 采用书面形式确有困难的，可以口头提出: a way the guide allows besides the written ones.
  ['口头提出', /口头(?:提出|申请)/],
  // (接受网上和信函、电话申请) / 可以通过电话提出申请: the telephone among the ways it takes (不接受电话申请 names none; 电话咨询 is
  // no application).
  ['电话申请', /(?<!不[^,，;；。]{0,10})(?:[、和及或]|通过|以|打)电话(?:方式)?(?:提出|提交)?(?:的)?申请/],
];

/** What a mailbox kept for applications says right after it: (依申请公开专用邮箱), (申请专用). */
const MAILBOX_FOR_APPLICATIONS = /^\s*[(（]([^)）\n]{0,8}?(?:依申请公开|公开申请|申请)(?:专用|专门)[^)）\n]{0,6})[)）]/;

/** The ways of applying a guide names: in the sentences about applying (申请, 提交, 提出) of its application part. */
function channels(printed: string, match: string, from: number): string[] | undefined {
  const named = new Set<string>();
  for (const sentence of sentences(printed, match, from)) {
    // A sentence about applying, or a short heading naming a way (2.邮政寄送).
    if (!/申请|提交|提出/.test(sentence.match) && withoutHeading(sentence.match).length > 12) continue;
    // Not the ways of complaining (投诉, 举报, 意见建议), nor a platform said not to accept applications.
    if (/投诉|举报|意见建议|不受理/.test(sentence.match)) continue;
    // 本單位不直接受理通過電話、傳真方式提出的申請: the clause refusing a way names none (the ways before its comma stand).
    const said = sentence.match.replace(/[^,，;；]*不直接(?:受理|接受|接收)[^,，;；]*/g, '');
    for (const [name, words] of CHANNELS) if (words.test(said)) named.add(name);
  }
  const found = CHANNELS.map(([name]) => name).filter((name) => named.has(name));
  return found.length > 0 ? found : undefined;
}

/**
 * Ways of applying a guide may say in a sentence of no item of its own: how a note on the way starts, the way's name for a
 * new note, and the sentence's words (当场提出申请, 到受理机构处当面提交; 可通过互联网、邮寄等方式提出).
 */
const SAID_WAYS: ReadonlyArray<readonly [RegExp, string, RegExp]> = [
  [/^(?:当面|现场)/, '当面', /当场(?:提出|提交|递交)(?:申请)?|到[^。,，]{1,20}(?:当面|现场)(?:提出|提交|递交|申请)/],
  [
    /^(?:在线|网上|网络|互联网|通过互联网)/,
    '网上',
    /(?:通过|经|利用)互联网[^。]{0,16}(?:提出|提交|申请)|(?:可以|可)(?:通过)?(?:网上|在线)(?:提出|提交|申请)/,
  ],
];

/** A way of applying as a guide's item heads it: 1.在线申请。…, 2.信函、传真申请…, 3.当面申请…, 4.互联网渠道。通过…栏目在线提交申请. */
const CHANNEL_HEAD =
  /^(?:通过互联网直接申请|(?:在线|网上|网络|互联网)渠道|通过(?:互联网|网上|网络|信函|传真|电子邮件)(?:提出|提交)申请|邮政寄送|邮寄送达|信函寄送|现场受理|当面受理|窗口受理|(?:在线|网上|网络|互联网|信函|邮寄|书面|当面|现场|传真|电子邮件|电子邮箱|口头)(?:[、和及](?:信函|传真|邮寄|电子邮件))?(?:申请|提交|提出))/;

/**
 * The guide's words when its mailbox takes no applications (rlzdjb2017@163.com (仅用于接收…意见建议,不受理依申请公开申请),
 * wkzwfw@163.com(此郵箱不接收依申請公開), rsjfgk@126.com(仅用于接收…咨询…,如需提交…申请,请查看…), xbxrmzf123@163.com(此郵箱僅用于接收…咨詢…)): a note on the e-mail way, so 能发邮件申请吗 is answered with them.
 */
function mailboxRefusesApplications(printed: string, match: string, email: string | undefined): string | undefined {
  if (!email) return undefined;
  const at = match.indexOf(email.slice(0, 6));
  if (at < 0) return undefined;
  // (…如需提交政府信息公开申请,请按照以下“(二)申请方式”提出申请): a heading's number bracketed inside the bracket is part of it.
  const bracket = /^[^(\n]{0,30}?\(((?:[^()\n]|\([^()\n]{1,6}\)){4,100})\)/.exec(match.slice(at));
  // (仅用于接收…咨询及有关意见建议,如需提交…申请,请查看…): a mailbox only for questions takes no applications either.
  if (
    !bracket ||
    !(
      /(?:不受理|不接收|不接受)[^()]{0,6}(?:依申请|申请)/.test(bracket[1]) ||
      // (此邮箱仅用于…: the mailbox named again before 仅.)
      // (仅供答复使用), (僅供依申請公開答復使用): a mailbox the office replies from takes no applications either.
      /^(?:此(?:电子)?(?:邮箱|信箱))?(?:仅|只)(?:用于|限于|供)[^()，,]{0,30}(?:咨询|意见|建议|答复|回复)/.test(bracket[1])
    )
  )
    return undefined;
  const start = at + bracket[0].length - bracket[1].length - 1;
  const words = printed.slice(start, start + bracket[1].length).replace(/[。.]\s*$/, '');
  return `电子邮件：${email}（${cleanValue(words)}）`;
}

/**
 * The guide's words when it takes no applications by telephone (本局不直接受理通过电话方式提出申请,但申请人可以通过电话咨询…):
 * a note on the telephone way, so 可以打电话申请吗 is answered with them.
 */
function phoneRefusesApplications(printed: string, match: string): string | undefined {
  const found = withClauseStart(
    match,
    /不(?:直接)?(?:受理|接受|接收|办理)(?:通过)?(?:以)?电话(?:[、和及或](?:传真|短消息|手机短信|短信))*等?(?:方式)?(?:提出)?的?(?:政府信息公开)?申请[^。;；\n]{0,40}/,
  );
  if (!found) return undefined;
  return `电话：${cleanValue(printed.slice(found.start, found.end))}`;
}

/**
 * Where `words` first occur in `text`, widened back to the start of their clause (after the last 。,，;；:： or line break
 * before them). The same span as a pattern led by `[^。,，;；:：\n]*`, found in one pass: that lead, tried from every
 * position of a long run with no stop in it (a guide pasted whole, its sentences glued), took seconds.
 */
function withClauseStart(text: string, words: RegExp): { start: number; end: number } | undefined {
  const found = words.exec(text);
  if (!found) return undefined;
  let start = found.index;
  while (start > 0 && !'。,，;；:：\n'.includes(text[start - 1] as string)) start -= 1;
  return { start, end: found.index + found[0].length };
}

/**
 * The guide's words when it takes no applications by e-mail (本局不直接受理通过电子邮件方式提出的申请), with or without a
 * mailbox given: a note on the e-mail way, so 能发邮件申请吗 is answered with them.
 */
function mailRefusesApplications(printed: string, match: string): string | undefined {
  if (!match.includes('电子邮件')) return undefined;
  const found = withClauseStart(
    match,
    /不(?:直接)?(?:受理|接受|接收|办理)(?:通过)?(?:以)?电子邮件(?:[、和及或](?:传真|电话))?(?:方式)?(?:提出)?的?(?:政府信息公开)?申请[^。;；\n]{0,40}/,
  );
  if (!found) return undefined;
  return `电子邮件：${cleanValue(printed.slice(found.start, found.end))}`;
}

/**
 * The guide's words when a named platform or hotline takes no applications (民呼我为统一平台不受理政府信息公开申请): a note
 * on that way, so 民呼我为平台能申请信息公开吗 is answered with them.
 */
/**
 * Help the body gives with applying online (安排专门志愿者指引通过网络途径方式向湖里区各部门进行线上政府信息公开申请操作): a note on
 * applying online, in the guide's words.
 */
function onlineApplyingHelped(printed: string, match: string): string | undefined {
  const found =
    /(?:安排|配备|设有|由)?[^。;；,，\n]{0,12}?(?:志愿者|工作人员|专人)[^。;；\n]{0,6}?(?:指引|指导|协助|帮助)[^。;；\n]{0,30}?(?:网络|网上|线上|在线)[^。;；\n]{0,24}?申请[^。;；,，\n]{0,8}/.exec(
      match,
    );
  if (!found) return undefined;
  return `网上申请：${cleanValue(printed.slice(found.index, found.index + found[0].length)).replace(/^(?:同时|并且|并|还)/, '')}`;
}

/**
 * The guide's words when the fax it prints takes no applications (传真电话:0575-…(本传真不作为依申请公开受理渠道)): a note on the
 * fax way, so 能传真申请吗 and 传真呢 are answered with them.
 */
function faxRefusesApplications(printed: string, match: string): string | undefined {
  const found = /(?:本|该|此|上述)?传真(?:号码|电话)?(?:不作为|不用于|不是|不受理|不接收|不接受)[^。;；)）\n]{0,30}/.exec(match);
  if (!found || !/申请|受理|渠道/.test(found[0])) return undefined;
  return `传真：${cleanValue(printed.slice(found.index, found.index + found[0].length))}`;
}

/** The head of the note on ways of applying the guide sends to an attachment (接收渠道:《…申请接收渠道》(附件2)). */
export const ATTACHED_CHANNELS_HEAD = '申请渠道（列在指南的附件中）：';

/**
 * Ways of applying the guide lists in an attachment, not in its text (接收渠道:《拉萨海关…申请接收渠道》(附件2), 具体申请渠道详见附件3):
 * a note in the guide's words, so 怎么申请 and 能网上申请吗 say where they are listed.
 */
function channelsAttached(printed: string, match: string): string | undefined {
  const found =
    /(?:(?:申请)?(?:接收|受理|提交|申请)渠道|申请(?:方式|途径))[^。;；\n]{0,6}?(?:详见|参见|见|[:：])[^。;；\n]{0,60}?[(（]?附件\s*[\d一二三四五六七八九十]{1,2}[)）]?/.exec(
      match,
    );
  if (!found) return undefined;
  return `${ATTACHED_CHANNELS_HEAD}${cleanValue(printed.slice(found.index, found.index + found[0].length))}`;
}

function platformRefusesApplications(printed: string, match: string): string | undefined {
  const found =
    /[^。,，;；:：\n]{2,20}?(?:平台|热线|客户端|APP|App|app)不(?:直接)?(?:受理|接受|接收|办理)(?:政府信息公开|信息公开|依申请公开)?申请[^。;；\n]{0,30}/.exec(
      match,
    );
  if (found) return `平台：${cleanValue(printed.slice(found.index, found.index + found[0].length))}`;
  // …意见建议在浙江政务服务网统一政务咨询投诉举报平台(http://…),点击…相关栏目,该平台不受理政府信息公开申请: 该平台 is the
  // platform the sentence named before it.
  const back = /该(平台|热线|客户端)不(?:直接)?(?:受理|接受|接收|办理)(?:政府信息公开|信息公开|依申请公开)?申请/.exec(match);
  if (!back) return undefined;
  const sentenceStart = Math.max(match.lastIndexOf('。', back.index), match.lastIndexOf('\n', back.index)) + 1;
  const named = [...match.slice(sentenceStart, back.index).matchAll(new RegExp(`[\\u4e00-\\u9fff]{2,30}?${back[1]}`, 'g'))].pop();
  if (!named) return undefined;
  const at = sentenceStart + named.index;
  const name = cleanValue(printed.slice(at, at + named[0].length)).replace(/^.*(?:在|到|通过|登录|向)/, '');
  return `平台：${name}${toSimplified(cleanValue(printed.slice(back.index + 1 + back[1].length, back.index + back[0].length)))}`;
}

/** The first clause (between 。；) saying `what` with a `how` (网上留存的期限为1年; 本《指南》每年更新一次), as printed, 100 characters at most. */
/** An applicant's identity papers, and the words that ask for them with the application. */
// 法人和其他组织申请还应当同时提交相关证照: a body's licences named by the one word for them.
const IDENTITY_PAPER = /身份证|营业执照|组织机构代码|法人登记证|统一社会信用代码|授权委托书|委托书|证照/;
// 应当持有效身份证件: 持 carries the papers as 携带 does (a page cut right after it says no more).
const PAPER_ASKED = /提供|附|携带|出示|提交|复印件|持(?:有效|本人|居民)?(?:身份|证件)/;

/**
 * The guide's own words on the papers to send with an application (公民提出申请时,应当同时提供身份证复印件…;
 * 法人…提供组织机构代码证或营业执照复印件…), at most two clauses; not the regulation's list of what an application holds.
 */
/**
 * What an application must state, in the guide's words: the list after 申请…应载明下列内容: ((1)申请人的姓名…(2)…特征性描述
 * (3)…形式要求), up to the next heading, 300 characters at most.
 */
function applicationContents(printed: string, match: string): string | undefined {
  // 申请人递交的申请书应包括下列内容: what the application holds, said with 包括 as with 载明.
  const lead = /申请[^。\n]{0,12}?(?:应当|应|须|需)(?:当)?(?:载明|写明|注明|包括|包含)(?:下列|以下|如下)(?:内容|事项)[ \t]*[:：]?/.exec(
    match,
  );
  if (!lead) return undefined;
  const from = lead.index + lead[0].length;
  // (一)申请人的姓名…;(二)…: a list whose items are numbered as sub-headings runs on to the next heading of the guide's own.
  const listed = new RegExp(`^\\s*\\(${CHINESE_NUMERAL}\\)`).test(match.slice(from, from + 12));
  const text = headedPart(printed, match, from, listed, 300);
  if (!text || text.length < 10 || !/申请人|姓名|名称/.test(toSimplified(text))) return undefined;
  return from + 300 < match.length && !/[(（][一二三四五六七八九十][)）]|[一二三四五六七八九十]、/.test(match.slice(from, from + 300))
    ? `${text}…`
    : text;
}

function applicationMaterials(printed: string, match: string): string | undefined {
  const said: string[] = [];
  for (const clause of match.matchAll(/[^。;；\n]+/g)) {
    if (!IDENTITY_PAPER.test(clause[0]) || !PAPER_ASKED.test(clause[0])) continue;
    const text = cleanValue(
      withoutHeading(printed.slice(clause.index, clause.index + clause[0].length)).replace(/^\s*\d{1,2}[、.．]\s*/, ''),
    );
    if (text.length >= 6) said.push(text.length > 100 ? `${text.slice(0, 100)}…` : text);
    if (said.length === 2) break;
  }
  return said.length > 0 ? said.join('；') : undefined;
}

function saidOnce(printed: string, match: string, what: RegExp, how: RegExp, longest = 100): string | undefined {
  for (const clause of match.matchAll(/[^。;；\n]+/g)) {
    if (!what.test(clause[0]) || !how.test(clause[0])) continue;
    const text = cleanValue(withoutHeading(printed.slice(clause.index, clause.index + clause[0].length)));
    if (text.length < 6) continue;
    if (text.length <= longest) return text;
    // 在线申请…(a long way of applying)…以确认之日为收到申请之日: the words that say it, when they come late in a long clause.
    const said = how.exec(matchingForm(text));
    if (said && said.index + said[0].length > 100)
      return `…${text.slice(Math.max(0, said.index + said[0].length - 90), said.index + said[0].length + 20)}`;
    return `${text.slice(0, 100)}…`;
  }
  return undefined;
}

/**
 * That one may ask by phone (申请人可以通过电话咨询相应的服务业务, 学校通过电话方式接受口头信息公开咨询, 电话仅提供咨询); a scope item naming the
 * 咨询电话 among what is published (信息公开咨询电话号码、接受电话咨询的时间) says no such thing.
 */
const PHONE_CONSULT = /通过(?:联系|前述联系|咨询)?电话(?:方式)?(?:接受)?(?:口头)?(?:信息公开)?咨询|电话(?:只|仅)(?:提供|用于|受理)?咨询/;

/**
 * Sentences of the guide's own words on a step, each clause with `what` and `how` (at most `most` of them): the key, and the
 * words. 申请内容不明确的,将告知申请人作出更改、补充 is the guide's unclear_application; 《中山市人民政府公报》为半月刊,实行免费赠阅 its
 * gazette.
 */
const OWN_WORDS: ReadonlyArray<
  readonly [
    (
      | 'unclear_application'
      | 'handling'
      | 'transfer'
      | 'electronic_signature'
      | 'progress_query'
      | 'publisher'
      | 'gazette'
      | 'supervisor'
      | 'ways_announced'
      | 'catalogue_index'
      | 'search_way'
      | 'written_application'
      | 'application_help'
      | 'remedies'
    ),
    RegExp,
    RegExp,
    number,
  ]
> = [
  ['unclear_application', /不明确|不清楚|不清晰|不完整|不完备|不齐全|不规范|不符合(?:要求|规定)/, /更改|补充|补正|退回|释明|指导/, 1],
  [
    'handling',
    /收到(?:政府信息公开)?申请(?:后|以后|之后)|受理(?:申请)?(?:后|以后|之后)|接到申请(?:后|以后|之后)/,
    /审查|审核|登记|处理|补正|退回|分别/,
    1,
  ],
  ['transfer', /转递|转送|转交|转至|转给/, /申请/, 1],
  ['electronic_signature', /数据电文|电子邮件|网上|在线|申请/, /电子签名/, 1],
  [
    'progress_query',
    /受理号|受理编号|查询码|(?:查询|查看|查阅|跟踪)(?:申请)?(?:的)?(?:办理|处理)(?:情况|进度|状态|结果)|(?:办理|处理)(?:情况|进度|状态)(?:的)?(?:查询|查看)/,
    /申请|提交/,
    1,
  ],
  // 本机关信息的发布机构为奉化区民政局办公室: the body named as the one publishing is who publishes.
  [
    'publisher',
    /负责(?:向社会)?(?:主动)?公开|负责(?:主动)?公开|信息的发布机构(?:为|是)/,
    /办公室|党政办|机构|本机关|本单位|科|股|中心|局|镇|乡|街道|政府/,
    2,
  ],
  ['gazette', /公报/, /半月刊|月刊|周刊|旬刊|季刊|免费|赠阅|纸质|电子版|发行|订阅/, 3],
  // XX办公室是…政府信息公开工作的主管部门, 区政府办公室负责推进、指导、协调、监督本街道政府信息公开工作: an office named as
  // the supervisor (not a heading 政府信息公开主管部门和工作机构, which names none).
  ['supervisor', /主管部门|负责(?:推进|指导)[、,，]/, /(?:办公室|办公厅|党政办|综合办|局|委员会|中心|科|处)(?:是|为|负责)/, 1],
  // 申请人可以通过以下4种方式提出…申请: how many ways the guide says it takes (a page cut before the last of them keeps the count).
  ['ways_announced', /(?:以下|下列|如下)?(?:[2-9]|[两二三四五六七八九])种(?:方式|途径|渠道|形式)/, /申请|提出|提交/, 1],
  // 信息索引号由“地区及部门编号”、…四组代码构成; 地区及部门编号:wo240: how the 索引号 is made, and the body's own code.
  [
    'catalogue_index',
    /索引号|(?:部门|机构|单位)(?:编号|代码)/,
    // 索引号是一组13位代码: its length in digits is how it is made too.
    /由[^。;；]{0,80}(?:构成|组成)|(?:部门|机构|单位)(?:编号|代码)\s*[:：为是]\s*[A-Za-z0-9]|\d{1,2}位(?:数字)?(?:代码|编码|编号|数字)/,
    2,
  ],
  // 进入阳泉供电公司政府信息公开子站,使用关键词进行检索即可获取该信息: how what it publishes is searched, by its words.
  ['search_way', /关键词|关键字/, /检索|搜索|查询|查找/, 1],
  // 申请人可…提出书面申请,并填写《…申请表》, 申请应当采用书面形式: applying in writing (not a reply or notice given in writing,
  // 以书面形式告知申请人).
  ['written_application', /^(?!.*(?:告知|答复|通知|回复|意见|决定)).*(?:书面(?:申请|形式|方式)|(?:以|采用|采取)书面)/, /申请|提出|提交/, 1],
  // 安排专门志愿者指引…进行线上政府信息公开申请操作, 由工作人员协助填写申请表: someone who helps one apply.
  [
    'application_help',
    /志愿者|工作人员|专人|专门人员|窗口人员/,
    /(?:指引|指导|协助|帮助|帮忙|代为填写|代填)[^,，]{0,30}申请|申请[^,，]{0,16}(?:指引|指导|协助|帮助|帮忙|代为填写|代填)/,
    1,
  ],
  // 申请人认为…侵犯其合法权益的,可以依法申请行政复议或者提起行政诉讼: what one may do, in the guide's words (a scope item
  // naming 行政复议决定 among what is published says no such thing).
  ['remedies', /行政复议|行政诉讼/, /侵犯|合法权益|不服|(?:可以|可|有权)(?:依法)?(?:向[^,，。；;]{2,30}?)?(?:申请|提起|提出)/, 2],
];

/** Up to `most` clauses saying `what` and `how`, each as saidOnce quotes it, joined by ；. */
function saidUpTo(printed: string, match: string, what: RegExp, how: RegExp, most: number): string | undefined {
  const said: string[] = [];
  let from = 0;
  while (said.length < most) {
    const rest = match.slice(from);
    const one = saidOnce(printed.slice(from), rest, what, how);
    if (!one) break;
    said.push(one);
    // The next search starts after the clause just quoted.
    const clause = [...rest.matchAll(/[^。;；\n]+/g)].find((each) => what.test(each[0]) && how.test(each[0]));
    if (!clause) break;
    from += (clause.index ?? 0) + clause[0].length;
  }
  return said.length > 0 ? said.join('；') : undefined;
}

/** A way of applying through a site the guide names (通过白水县政府网提出申请, 通过区政务网提交申请). */
const SITE_CHANNEL_HEAD = /^通过[\u4e00-\u9fff“”"]{2,20}?(?:网站|网|平台)(?:提出|提交|在线提交|在线提出)申请/;

/**
 * Sentences cut again where a numbered item begins after a semicolon (…作为申请的附件; 3、通过互联网提出申请。): a page that
 * runs its numbered ways on one line with no stop between them.
 */
function numberedItemsApart(
  all: Array<{ text: string; match: string; start: number }>,
): Array<{ text: string; match: string; start: number }> {
  const apart: Array<{ text: string; match: string; start: number }> = [];
  for (const sentence of all) {
    let at = 0;
    for (const cut of sentence.match.matchAll(/[;；]\s*(?=\d{1,2}[、.．](?!\d))/g)) {
      const end = (cut.index ?? 0) + cut[0].length;
      apart.push({ text: sentence.text.slice(at, end), match: sentence.match.slice(at, end), start: sentence.start + at });
      at = end;
    }
    apart.push({ text: sentence.text.slice(at), match: sentence.match.slice(at), start: sentence.start + at });
  }
  return apart;
}

/**
 * The clause of a sentence that says a way (邮寄申请,…;传真方式:…;当面申请:…可直接到…当面提交: ways run on one line apart by
 * semicolons), or the whole sentence when it has no semicolon.
 */
function clauseSaying<T extends { text: string; match: string }>(sentence: T, said: RegExp): T {
  let at = 0;
  for (const part of sentence.match.split(/[;；]/)) {
    if (part.length < sentence.match.length && said.test(part))
      return { ...sentence, text: sentence.text.slice(at, at + part.length), match: part };
    at += part.length + 1;
  }
  return sentence;
}

/** Each way of applying with the words after its heading, up to the next way (120 characters at most), in the application part. */
function channelNotes(printed: string, match: string, from: number, email?: string): string[] | undefined {
  const notes: string[] = [];
  const all = numberedItemsApart(sentences(printed, match, from));
  for (const [index, sentence] of all.entries()) {
    // · 网上申请。…: a way under a bullet, as a school's page lists them.
    const bullet = /^\s*[·•]\s*/.exec(sentence.match)?.[0].length ?? 0;
    const bare = withoutHeading(sentence.match.slice(bullet));
    // 1.通過白水縣政府網提出申請。…在…“依申請公開”欄目填寫…: applying through a portal the guide names is applying online.
    const portal = SITE_CHANNEL_HEAD.exec(bare);
    const head = CHANNEL_HEAD.exec(bare) ?? (portal ? Object.assign([portal[0]], { index: 0 }) : null);
    // 1)在线申请。…: a way under a number with a closing bracket only, as a college's rules number them.
    if (!head || (!bullet && !/^\s*(?:\d{1,2}[、.．)）]|[(（][一二三四五六七八九十\d]{1,2}[)）])/.test(sentence.match))) continue;
    let text = withoutHeading(sentence.text.slice(bullet))
      .slice(head[0].length)
      .replace(/^[。.:：,，\s]+/, '');
    for (let next = index + 1; next < all.length && text.length < 120; next += 1) {
      // The next numbered item or heading ends this way's words, and so does a new line once they have begun.
      if (/^\s*(?:\d{1,2}[、.．)）]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|[·•])/.test(all[next].match))
        break;
      // …受理点,申请人可到现场当面提交申请。 / 地址:上海市浦东新区白杨路636号: the address on the way's next line is where it goes.
      if (text && match[all[next].start - 1] === '\n' && !/^\s*(?:地址|地点|受理地点|通信地址|收件地址)\s*[:：]/.test(all[next].match))
        break;
      text = text ? `${text}。${all[next].text.trim()}` : all[next].text.trim();
    }
    text = cleanValue(text);
    if (text.length < 4) continue;
    if (text.length > 120) text = `${text.slice(0, 120)}…`;
    // 连同附件发送至受理机构电子邮箱: the mailbox the way sends to, named among the office's contacts, is given with it.
    if (email && /(?:电子)?邮箱|电子邮件|電子郵[箱件]/.test(matchingForm(text)) && !text.includes('@')) text = `${text}（${email}）`;
    const printedHead = withoutHeading(sentence.text.slice(bullet)).slice(0, head[0].length);
    notes.push(portal && !CHANNEL_HEAD.test(bare) ? `网上申请：${printedHead}。${text}` : `${head[0]}：${text}`);
    if (notes.length === 4) break;
  }
  // 通过信函方式提出申请的,请在信封左下角注明…: what to write on the envelope, said in a sentence of no way's own item.
  if (!notes.some((note) => note.includes('信封'))) {
    const envelope = all.find((sentence) => /信封/.test(sentence.match));
    const text = envelope ? cleanValue(withoutHeading(clauseSaying(envelope, /信封/).text)) : '';
    if (text.length >= 8) notes.push(`信函：${text.length > 120 ? `${text.slice(0, 120)}…` : text}`);
  }
  // 申请人可以到受理机构处提交申请表,当场提出申请; 申请人可通过互联网、邮寄等方式提出书面申请: applying in person or online,
  // said in a sentence of no way's own item.
  for (const [head, way, said] of SAID_WAYS) {
    if (notes.some((note) => head.test(note))) continue;
    const sentence = all.find((each) => said.test(each.match) && !/不(?:直接)?(?:受理|接受|接收)/.test(each.match));
    const clause = sentence ? clauseSaying(sentence, said) : undefined;
    const text = clause ? cleanValue(withoutHeading(clause.text)) : '';
    if (text.length >= 8) notes.push(`${way}：${text.length > 120 ? `${text.slice(0, 120)}…` : text}`);
  }
  return notes.length > 0 ? notes : undefined;
}

/**
 * The date applications are accepted from: 本政府从2017年1月1日起正式受理政府信息公开申请, 自2013年4月19日起正式受理, 本镇自2012年 月 日起
 * (a template's blanks kept as printed).
 */
const ACCEPTED_SINCE =
  /(?:从|自|于)\s*((?:19|20)\d{2}\s*年(?:\s*\d{0,2}\s*月)?(?:\s*\d{0,2}\s*日)?|(?:发文|印发|发布|公布)之日)\s*(?:起|开始)\s*(?:正式)?(?:开始)?受理/;

/**
 * The revision or edition printed with the guide's title: after 指南 or on a line of its own ((2025年4月修訂),
 * 指南(2024年版), （2024年8月修订）); a date the opening gives for something else (自2019年5月15日起施行) is none.
 */
const REVISED =
  /(?:指南[ \t]*|(?:^|\n)[ \t]*)[(（][ \t]*((?:19|20)\d{2}[ \t]*年(?:[ \t]*\d{1,2}[ \t]*月)?(?:[ \t]*\d{1,2}[ \t]*日)?[ \t]*(?:修订版?|修正|更新|版|印发)?)[ \t]*[)）]/;

/**
 * A heading of the catalogue's layout ((二)编排体系, 二、目录编排体系, (四)目录编排。 with no 体系, 一、县政府信息公开目录的分类、
 * 编排体系 naming its catalogue, 一、政务公开目录的编排 on a line of its own, 三、信息分类和编排体系, 一、州卫生健康委员会信息分类 on a line of its own naming the body).
 */
const LAYOUT_HEADING =
  /(?:[(（][一二三四五六七八九十]{1,2}[)）]|(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,2}、|(?<![\d.])\d{1,2}[、.．])[ \t]*(?:(?:政府信息公开)?(?:目录)?(?:的)?编排(?:体系|结构|方式)|(?:政府信息公开|政务公开|信息公开)?目录(?:的)?编排(?=[ \t]*[。．.:：]?[ \t]*\n)|(?:[\u4e00-\u9fff]{0,4}?政府)?信息公开目录(?:的)?分类[、和及与]编排体系|(?:政府)?信息(?:的)?分类(?:和|与|及|、)编排(?:体系|结构|方式)?|[\u4e00-\u9fff]{1,12}(?:委员会|局|厅|委|办公室|政府|中心|办事处)信息(?:的)?(?:分类|编排体系)(?=[ \t]*\n))/;

/**
 * A heading of what the catalogue holds, on a line of its own (二、县政府办公室政府信息公开目录的主要内容, 二、政务公开目录的内容).
 */
const CONTENTS_HEADING =
  /(?:[(（][一二三四五六七八九十]{1,2}[)）]|(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,2}、|(?<![\d.])\d{1,2}[、.．])[ \t]*[\u4e00-\u9fff]{0,16}?目录(?:的)?(?:主要)?内容(?=[ \t]*[。．.:：]?[ \t]*\n)/;

/** A heading of how to use the site or catalogue, ending its line (使用方法:, 一、政府信息公开目录使用方法:). */
const USAGE_HEADING =
  /(?<=^|\n)[ \t]*(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[、.．])?[ \t]*[\u4e00-\u9fff]{0,16}?使用(?:方法|说明)[ \t]*[:：]?(?=[ \t]*\n)/;

/**
 * The guide's words under its catalogue-layout heading (1.索引号:索引号是为方便信息索取所编排的信息编码…), or under another heading
 * (what its catalogue holds), 400 characters at most.
 */
function catalogueLayoutWords(printed: string, match: string, headingPattern: RegExp = LAYOUT_HEADING): string | undefined {
  const heading = headingPattern.exec(match);
  if (!heading) return undefined;
  const topLevel = /^[一二三四五六七八九十]/.test(heading[0]);
  const from = heading.index + heading[0].length;
  // The part runs to the next heading of its own level; its numbered columns (1.索引号 2.组配分类) are inside it.
  let end = Math.min(match.length, from + 400);
  for (const pattern of topLevel ? [TOP_HEADING] : [TOP_HEADING, SUB_HEADING]) {
    pattern.lastIndex = from;
    let next = pattern.exec(match);
    // 一、二级类目采用国务院主题分类: two levels counted, no heading.
    while (next && /^\s*[一二三四五六七八九十]、[一二三四五六七八九十]级/.test(match.slice(next.index, next.index + 12)))
      next = pattern.exec(match);
    if (next && next.index < end) end = next.index;
  }
  const text = cleanValue(printed.slice(from, end)).replace(/^[。．.，,:：]\s*/, '');
  return text.length >= 10 ? (end === from + 400 ? `${text}…` : text) : undefined;
}

/** A count of days by which something is done: 20个工作日内, 20日内, 7天内. */
// 自形成或者变更之日起20个工作日主动向社会公开: a count of working days with 内 left out, the verb right after it, says the same.
const DAYS_WITHIN = /\d{1,3}\s*(?:(?:个工作日|个?日|天)(?:之|以)?内|个工作日(?=(?:主动)?(?:向社会)?(?:予以)?(?:公开|发布)))/;

/**
 * How soon proactively disclosed information is published, in the guide's words: the clause (between
 * 。；, a heading's bracket or the 时限 label, and the next comma or stop) with a count of days
 * (20个工作日内, 20日内, 7个工作日内) about information formed or changed (形成, 产生, 变更, 制作).
 */
function proactiveTimeLimit(printed: string, match: string): string | undefined {
  const all = sentences(printed, match, 0);
  for (const [index, sentence] of all.entries()) {
    const days = DAYS_WITHIN.exec(sentence.match);
    if (!days) continue;
    const before = sentence.match.slice(0, days.index);
    const cut = Math.max(...[...before.matchAll(/[;；)）]|时限:?|公开期限:?/g)].map((hit) => (hit.index ?? 0) + hit[0].length), 0);
    const tail = /[,，;；]/.exec(sentence.match.slice(days.index + days[0].length));
    const end = tail ? days.index + days[0].length + tail.index : sentence.match.length;
    const clause = sentence.match.slice(cut, end);
    if (!/形成|产生|变更|制作|生成/.test(clause) || /答复|延长|收到/.test(clause)) continue;
    const text = cleanValue(withoutHeading(sentence.text.slice(cut, end)));
    if (text.length < 6 || text.length > 120) continue;
    // …20个工作日内…公开。有特殊情况的,最晚自信息产生后的30日内公开: the latest limit, in the sentence after, is part of it.
    const next = all[index + 1];
    const latest = next && /^\s*(?:有特殊情况的?|特殊情况下?)?[,，]?\s*(?:最晚|最迟)[^。]{0,30}内公开/.test(next.match);
    return latest ? `${text}。${cleanValue(next.text)}` : text;
  }
  // 统计局各类信息的形成或变更,将在第一时间予以公开: a limit with no count of days, about information formed or changed.
  for (const sentence of all) {
    if (!/第一时间/.test(sentence.match) || !/形成|产生|变更|制作|生成/.test(sentence.match) || /答复|延长|收到|申请/.test(sentence.match))
      continue;
    const text = cleanValue(withoutHeading(sentence.text));
    if (text.length >= 6 && text.length <= 120) return text;
  }
  return undefined;
}

/** Places where the public reads published information, as guides name them in a sentence (not under a label). */
const PLACE_WORD =
  // 公开栏 (a board), not a website's 公开栏目; 查询场所, 查询点 (政府信息查询场所具体地址为:…) as 查阅场所.
  /档案馆|图书馆|档案室|查阅点|查阅场所|查询场所|查询点|查阅室|查阅中心|查阅专区|阅览室|指定地点(?=为|是|[:：])|公开栏(?!目)|公示栏|公告栏|公开大厅|受理点|政务公开专区|政务公开窗口|政务服务中心|便民服务中心/;

/**
 * An office the public may go to and read at (可以到肇庆市自然资源局办公室进行查阅, 可在…局办公室查阅, 可以到平顺县气象局办公场所查阅),
 * named in a sentence.
 */
const READ_AT =
  /(?:可以?|请)(?:到|在|前往|去)[^,，。;；:：]{2,30}?(?:办公室|办公场所|\d+室|大厅|窗口)(?:[(（][^()（）\n]{4,40}[)）])?(?:进行|现场)?(?:查阅|查询)/;

/**
 * A list of publication channels (门户网站、新闻发布会、新闻媒体、便民资料、公开栏、会议; 官网、工作简报、年鉴、信息公开栏、电子滚动屏…):
 * a board (公开栏, 公告栏) among media is one channel of several, not a place the guide gives an address or a way to.
 */
function channelList(sentence: string): boolean {
  return (
    (sentence.match(/、/g)?.length ?? 0) >= 2 &&
    /网站|官网|新闻|媒体|报刊|广播|电视|微信/.test(sentence) &&
    // A place other than a board (依托区档案馆设置的政府信息查阅场所 after the media) is a place still.
    !/地址|位于|档案馆|图书馆|档案室|查阅点|查阅场所|查询场所|查询点|查阅室|查阅专区|阅览室|公开大厅|受理点|专区|窗口|服务中心|(?:到|在)[^、,，。]{0,20}(?:查阅|办公室)/.test(
      sentence,
    )
  );
}

/**
 * A place under a label of its own line, its value on the next (4.主动公开查询地址 / 井陉县孙庄乡党政办公室): an old template's
 * numbered items, label and value on two lines.
 */
// The value on the next line: up to 60 characters, or to its clause's end within 40 more, with the place's phone after it
// (查询地址: / …统办大楼1324室,联系电话:0938-5621274).
const LABELLED_PLACE_LINE = new RegExp(
  String.raw`(?<=^|\n)[ \t]*(?:\d{1,2}[.、．][ \t]*)?([^\n:：]{0,10}(?:查询|查阅)(?:地址|地点|场所))[ \t]*[:：]?[ \t]*\n[ \t]*` +
    String.raw`([^\n]{2,60}(?:[^\n,，;；。]{0,40}(?:[,，;；]\s*(?:联系)?电话\s*[:：]\s*[\d\-—－]{7,14})?)?)`,
  'g',
);

function labelledPlaceLines(printed: string, match: string): string[] {
  if (!/(?:查询|查阅)(?:地址|地点|场所)/.test(match)) return [];
  const found: string[] = [];
  for (const hit of match.matchAll(LABELLED_PLACE_LINE)) {
    const valueStart = (hit.index ?? 0) + hit[0].length - hit[2].length;
    const value = cleanValue(printed.slice(valueStart, valueStart + hit[2].length));
    // The next item's own label (5.主动公开查询网址) or a link is no place.
    if (/^\s*(?:\d{1,2}[.、．]|[(（][一二三四五六七八九十]|[一二三四五六七八九十]、)|https?:|www\./.test(value)) continue;
    const label = cleanValue(
      printed.slice((hit.index ?? 0) + hit[0].indexOf(hit[1]), (hit.index ?? 0) + hit[0].indexOf(hit[1]) + hit[1].length),
    );
    const entry = `${label}：${value}`;
    if (!found.includes(entry)) found.push(entry);
  }
  return found;
}

/** A reading place's line with its own address, then its phone and hours on the lines under it (市档案馆 办公地址:…). */
const PLACE_HEADED =
  /(?<=^|\n)[ \t]*([\u4e00-\u9fff]{0,12}(?:档案馆|图书馆|政务服务大厅|政务服务中心|便民服务中心|查询点|查阅点|查阅室|阅览室))[ \t]*(?:办公|联系)?地址[ \t]*[:：][^\n]+(?:\n[ \t]*(?:(?:联系|咨询)?电话|服务时间|开放时间|办公时间|接待时间)[ \t]*[:：][^\n]+|\n[ \t]*[(（][^\n]+)*/g;

/**
 * An item of the channels naming a place to read by its body (2.银川市某某局查阅。), its address, hours and phone on the labelled
 * lines under it (地    址:… / 开放时间:… / 联系电话:…).
 */
const PLACE_ITEM = new RegExp(
  String.raw`(?<=^|\n)[ \t]*\d{1,2}[.、．][ \t]*([\u4e00-\u9fff]{2,30}?)(?:查阅|查询)[。.]?[ \t]*(?:\n[ \t]*)+` +
    String.raw`(?:地[ \t]*址|查阅地点)[ \t]*[:：][^\n]+(?:(?:\n[ \t]*)+(?:开放时间|查阅时间|服务时间|(?:联系|咨询)?电话)[ \t]*[:：][^\n]+)*`,
  'g',
);

/**
 * A place whose own brackets give the hours one may look things up there (6.政务服务场所:某某旗政务服务大厅(地址:…;联系方式:…;
 * 查询服务时间:周一至周五(法定节假日除外)…)): a place to read, whatever its name, as the name and its brackets.
 */
const PLACE_WITH_READING_HOURS =
  /(?<=^|\n)[ \t]*(?:\d{1,2}[.、．])?[ \t]*(?:[^\n:：(（]{0,10}[:：])?[ \t]*([\u4e00-\u9fff]{3,30})[(（]((?:[^()（）\n]|[(（][^()（）\n]*[)）])*?(?:查询|查阅|阅览)(?:服务)?时间(?:[^()（）\n]|[(（][^()（）\n]*[)）])*)[)）]/g;

function placesWithReadingHours(printed: string, match: string): string[] {
  return [...match.matchAll(PLACE_WITH_READING_HOURS)].map((hit) => {
    const start = (hit.index ?? 0) + hit[0].length - hit[2].length - 2 - hit[1].length;
    return cleanValue(printed.slice(start, (hit.index ?? 0) + hit[0].length));
  });
}

/** The places to read named as items of the channels (see PLACE_ITEM), each as 名称：地址；开放时间；电话. */
function placeItems(printed: string, match: string): string[] {
  return [...match.matchAll(PLACE_ITEM)].map((hit) => {
    const start = hit.index ?? 0;
    const [first, ...rest] = printed
      .slice(start, start + hit[0].length)
      .split('\n')
      .map((line) => cleanValue(line).replace(/[;；]$/, ''))
      .filter(Boolean);
    const name = cleanValue(first.replace(/(?:查阅|查询|查閱|查詢)[。.]?$/, ''));
    return `${name}：${rest.map((line) => line.replace(/^地\s*址/, '地址')).join('；')}`;
  });
}

/** A reading place's own 查阅地点 line, its hours and phone on the lines under it (查阅地点:…1314室; / 查阅时间:每周四… / 联系电话:…). */
const PLACE_LABELLED =
  /(?<=^|\n)[ \t]*(?:查阅|查询)(?:地点|地址|场所)[ \t]*[:：][ \t]*[^\n\s][^\n]*(?:\n\s*(?:查阅时间|查询时间|开放时间|服务时间|(?:联系|咨询|查阅)?电话)[ \t]*[:：][^\n]+)+/g;

/** The reading places printed under a 查阅地点 label with their hours and phone on the lines under it, each as one entry. */
function placeLabelledLines(printed: string, match: string): Array<{ entry: string; start: number; end: number }> {
  return [...match.matchAll(PLACE_LABELLED)].map((hit) => {
    const start = hit.index ?? 0;
    const lines = printed
      .slice(start, start + hit[0].length)
      .split('\n')
      .map((line) => cleanValue(line).replace(/[;；]$/, ''))
      .filter(Boolean);
    return { entry: lines.join('；'), start, end: start + hit[0].length };
  });
}

/**
 * The reading places printed as a name with their own address, phone and hours on lines under it (市档案馆 办公地址:新区为民服务中心
 * 6号楼A段4楼403室 / 联系电话:0911-7097420 / 服务时间:周一至周五…), each as one entry, with where it stands in the text: the
 * office's own contacts are never read from those lines.
 */
function placeHeadedLines(printed: string, match: string): Array<{ entry: string; start: number; end: number }> {
  const found: Array<{ entry: string; start: number; end: number }> = [];
  for (const hit of match.matchAll(PLACE_HEADED)) {
    const start = hit.index ?? 0;
    const lines = printed
      .slice(start, start + hit[0].length)
      .split('\n')
      .map((line) => cleanValue(line))
      .filter(Boolean);
    found.push({ entry: lines.join('；').replace(/^([^\s:：]+)\s+/, '$1：'), start, end: start + hit[0].length });
  }
  return found;
}

/**
 * The sentences naming a place to read published information (在镇政府信息公开栏公开信息(地址:…), 当面受理点:606办公室,
 * 依托区档案馆设置的政府信息查阅场所): the clause from the place word's sentence or item start, with the next
 * sentence when that gives its address (…查阅点。联系地址:…). For guides whose reading places stand under no address label.
 */
function placeSentences(printed: string, match: string): string[] {
  const found: string[] = [];
  const all = sentences(printed, match, 0);
  for (const [index, sentence] of all.entries()) {
    const place = PLACE_WORD.exec(sentence.match) ?? READ_AT.exec(sentence.match);
    if (!place) continue;
    // 指定地点为:省地矿局一楼大厅…: the place under a label said with 为 as much as with the colon alone.
    const labelled = new RegExp(`${place[0]}\\s*(?:为|是)?\\s*:`).test(sentence.match);
    // …查阅, …公开, or 海淀区档案馆位于…: a place the public goes to.
    if (!labelled && !/查阅|公开|索取|位于|查询|获取/.test(sentence.match)) continue;
    // Not where the form or the guide itself is fetched (索取《指南》), nor where to complain.
    if (/申请表|投诉|举报|意见建议|《指南》/.test(sentence.match)) continue;
    if (channelList(sentence.match)) continue;
    // 本机关主要采取网上公开和在当面受理点公开两种公开形式: a kind of publishing among the forms, no place.
    if (place[0] === '受理点' && /[两二三几]种(?:公开)?形式/.test(sentence.match)) continue;
    // 可以到A(地址:…,联系电话:…)、B(地址:…;联系电话:…)、C(…)查阅: places listed in one sentence, each with its contacts in
    // brackets, are as many places, each kept whole with its phone.
    const addressed = [...sentence.text.matchAll(/(\p{Script=Han}{2,24})[(（]\s*(?:地址|地点)\s*[:：]([^()（）]{4,90})[)）]/gu)];
    // 还可以前往县档案馆(县城…向北200米,0917-5555608)、县图书馆(…,0917-5544991)、…: the brackets give an address and phone
    // with no labels, the places parted by 、.
    const phoned = [
      ...sentence.text.matchAll(
        /(\p{Script=Han}{2,24})[(（]([^()（）]{4,90}?[,，;；\s]\s*(?:0\d{2,3}[-—－]?)?\d{7,8})[)）](?=\s*[、,，]|\s*设置|\s*設置)/gu,
      ),
    ];
    const listed = addressed.length >= 2 ? addressed : phoned.length >= 2 ? phoned : addressed;
    if (listed.length >= 2) {
      for (const item of listed) {
        const name = item[1].replace(/^.*(?:可以到|可到|前往|到|在)/, '');
        const text = cleanValue(`${name}：${item[2].replace(/[;；]/g, '，')}`);
        if (name.length >= 3 && !found.includes(text)) found.push(text);
      }
      if (found.length >= 3) break;
      continue;
    }
    const before = sentence.match.slice(0, place.index);
    let start = Math.max(
      0,
      place.index - 40,
      ...[...before.matchAll(/[;；]|\s\d{1,2}[、.]|[(（][一二三四五六七八九十\d]{1,2}[)）]/g)].map((hit) => hit.index ?? 0),
    );
    // 网上公开地址是:县政府门户网(网址:…),机关当面受理点是本机关党政办公室: the place's own clause, not the website's before it.
    const linked = [...before.slice(start).matchAll(/[,，]/g)].pop();
    if (linked?.index !== undefined && /网址|https?:|www\./.test(before.slice(start, start + linked.index))) start += linked.index + 1;
    // A start the 40 characters' window put inside a word (织可以在…档案室查阅, 号:gh_…),…到云南省档案馆): from the last 到, 前往
    // or 在 in the 60 characters before the place, where the way to it starts.
    if (start > 0 && start === place.index - 40) {
      const from = Math.max(0, place.index - 60);
      const goes = [...before.slice(from).matchAll(/(?:也可以|也可|可以|可)?(?:到|前往|在)(?=\p{Script=Han})/gu)].pop();
      if (goes?.index !== undefined) start = from + goes.index;
    }
    // To the sentence's end when short, else to the last clause boundary before 90 characters after the place (a phone is never cut).
    let end = sentence.text.length;
    if (end - start > 120) {
      const cut = Math.max(...[...sentence.match.slice(0, place.index + 90).matchAll(/[;,]/g)].map((hit) => hit.index ?? 0));
      // With no clause boundary in that reach, to the first one within 40 characters after it (…统办大楼1324室,联系电话: the
      // room is part of the address), else at 70.
      const further = sentence.match.slice(place.index + 70, place.index + 110).search(/[;,。]/);
      end = cut > place.index ? cut : Math.min(end, place.index + 70 + Math.max(further, 0));
    }
    let text = cleanValue(withoutHeading(sentence.text.slice(start, end).replace(/^[;；,，:：]+/, '')))
      // 3县政务服务中心政务公开栏 (an item's number printed with no stop after it): the number is no part of the place (3楼
      // 档案室, 2号楼 are floors and buildings).
      .replace(/^\d{1,2}(?=\p{Script=Han})(?![号楼层室栋幢座期单元])/u, '');
    const next = all[index + 1];
    // 现场查阅点:…。办公地址:…;办公时间:…;联系电话:…: the place's own contacts in the next sentence, its phone kept.
    // (档案局办公地址:…: the body housing the place named before its label.)
    if (next && /^\s*[\u4e00-\u9fff]{0,4}?(?:(?:联系|办公|具体)?地址|地点)\s*(?:为|:)/.test(next.match)) {
      text = `${text}，${cleanValue(next.text.slice(0, /(?:电话|时间)\s*:/.test(next.match) ? 160 : 60))}`;
      // …查阅中心…。地址:…。开放时间:周一、周二…: the place's hours in the sentence after its address.
      const after = all[index + 2];
      if (after && /^\s*(?:开放|查阅|服务|办公|接待)时间\s*:/.test(after.match)) text = `${text}，${cleanValue(after.text.slice(0, 100))}`;
    }
    // 政务公开专区。公众可以在…(地址:…,联系电话:…,开放时间:…)查阅: a place named alone, its contacts in the next sentence.
    else if (next && text.length <= 12 && /(?:地址|电话|时间)\s*:/.test(next.match))
      text = `${text}，${cleanValue(next.text.slice(0, 160))}`;
    // A heading alone ((四)查阅场所, the place in the sentence under it) names no place; nor ((二)档案局文件查阅中心) one the
    // sentence under it names again with the way to it.
    if (text === place[0]) continue;
    const headed = /^\s*[(（][一二三四五六七八九十]{1,2}[)）]\s*([^\s,，。;；]{3,16})\s*$/.exec(sentence.match);
    if (headed && next?.match.includes(headed[1])) continue;
    if (text.length >= 4 && !found.includes(text)) found.push(text);
    if (found.length === 3) break;
  }
  return found;
}

/** The part under a guide's 公开范围 (主动公开的范围, 公开内容) heading, up to the next heading, shortened to 150 characters. */
/**
 * With no 公开范围 heading: the kinds listed under a 信息分类 heading (二、信息分类 / 学院信息分为以下8类: 1.学院概况 …), or
 * after 公开下列(政府)信息: (市卫生健康委员会重点公开下列政府信息: (一)负责综合协调机关政务…).
 */
function listedScope(printed: string, match: string): ScopeRead | undefined {
  const heading =
    /(?:(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])\s*信息(?:的)?分类(?!和编排|与编排|、编排|及编排)/.exec(
      match,
    );
  if (heading) {
    const text = headedPart(printed, match, heading.index + heading[0].length, /^[一二三四五六七八九十]/.test(heading[0]), 600);
    return text === undefined ? undefined : { text };
  }
  // The lead sentence ends in a colon (or a semicolon: 镇人民政府主动公开下列各类政府信息;), or is a heading of its own
  // ((一)本机关主动公开下列各类政府信息, the list on the lines below).
  // Or a company's list with no heading at all (国网…供电公司信息公开指南 …主要包括以下内容: 1.单位概况 …), before any part on
  // applying and not what an application holds (申请应包括以下内容).
  const application = applicationPart(match);
  const listed = /(?<!申请[^。\n]{0,12})(?:主要)?包括以下(?:内容|信息|几类|几个方面)[ \t]*[:：][ \t]*(?=\n)/.exec(match);
  const lead =
    // 公开广水市医疗保障局以下信息: the agency's own name may stand between 公开 and 以下. A company's information may be named
    // by its service (主动或依申请公开下列各类供电服务信息:), or said to be the main ones (主动公开下列主要政府信息:).
    /公开(?:[\u4e00-\u9fff]{2,20}?(?:局|委|院|办|政府|中心|公司|学校|办事处))?(?:以)?(?:下列|以下)(?:各类|主要)?(?:政府|[\u4e00-\u9fff]{2,4}服务)?信息(?:\s*:|[ \t]*[;；]?[ \t]*(?=\n))/.exec(
      match,
    ) ?? (listed && (!application || listed.index < application) ? listed : null);
  if (!lead) return undefined;
  const from = lead.index + lead[0].length;
  TOP_HEADING.lastIndex = from;
  const next = TOP_HEADING.exec(match);
  const printedPart = printed.slice(from, Math.min(next ? next.index : match.length, from + 600));
  const text = cleanValue(printedPart);
  // A company's long list starting at its 1. (cleanValue drops a leading item number): each item's name, read before the number is lost.
  const whole = printedPart.replace(/\s+/g, ' ').trim();
  const heads = lead === listed && whole.length > 150 && /^1[、.．]/.test(whole) ? listHeads(whole) : undefined;
  if (heads) return { text: whole, short: heads };
  return text.length >= 6 ? { text } : undefined;
}

/**
 * A mirror's fragment of the scope list with neither its lead sentence nor its heading (6.行政执法:权责清单…; 9.政府信息公开:…;
 * 12.社会监督:…): two or more lines in a row, each a numbered item naming a kind of information before a colon, ahead of any
 * part on applying, with 主动公开 said on the line before or after them.
 */
function fragmentScope(printed: string, match: string): ScopeRead | undefined {
  const application = applicationPart(match);
  const item = /^[ \t]*\d{1,2}[.、．]\s*([\u4e00-\u9fff]{2,10})\s*:[ \t]*\S[^\n]*$/gm;
  const items = [...match.matchAll(item)].filter(
    (line) =>
      (application === 0 || line.index < application) &&
      !inCatalogueLayout(match, line.index) &&
      !/申请|电话|地址|时间|邮编|邮政|传真|网址|网站|邮箱|机构|名称|范围|方式|形式|途径|渠道|程序|时限|期限/.test(line[1]),
  );
  for (let first = 0; first < items.length; first += 1) {
    let last = first;
    while (last + 1 < items.length && items[last + 1].index === items[last].index + items[last][0].length + 1) last += 1;
    if (last === first) continue;
    const start = items[first].index;
    const end = items[last].index + items[last][0].length;
    const lineBefore = match.slice(match.lastIndexOf('\n', Math.max(0, start - 2)) + 1, start);
    const lineAfter = match.slice(end + 1).split('\n', 1)[0];
    if (!/主动公开/.test(lineBefore + lineAfter)) {
      first = last;
      continue;
    }
    const text = printed
      .slice(start, end)
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    return text.length >= 6 ? { text } : undefined;
  }
  return undefined;
}

/** A scope part as read, and the shortened form answers quote when the list itself had to be shortened (a company's item names). */
interface ScopeRead {
  text: string;
  short?: string;
}

/**
 * Where a guide's part on its catalogue's layout (二、目录编排体系: 1.索引号。… 2.公开内容。简要描述… 3.公开形式。公开形式是指…)
 * starts and ends: its columns' definitions are no proactive scope or channels heading.
 */
function catalogueLayout(match: string): [number, number] | undefined {
  // 二、学南街道办事处政府公开信息编排体系: the body's own words before it (its 信息分类和编排体系 lists the kinds it publishes).
  const heading =
    /(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,2}、\s*(?:(?:政府信息公开)?目录(?:的)?编排体系|[^\n分、]{2,24}?(?:公开)?信息(?:的)?编排体系)/.exec(
      match,
    );
  if (!heading) return undefined;
  TOP_HEADING.lastIndex = heading.index + heading[0].length;
  const next = TOP_HEADING.exec(match);
  return [heading.index, next ? next.index : match.length];
}

/** Whether a heading found at `at` stands inside the catalogue's layout part. */
function inCatalogueLayout(match: string, at: number): boolean {
  const part = catalogueLayout(match);
  return part !== undefined && at >= part[0] && at < part[1];
}

/**
 * What the agency publishes of itself: the shortened scope answers quote (150 characters, or the list's item names), and the
 * whole part as read (600 characters at most) when it had to be shortened, so one item asked (停电信息公开吗, 公开服务价格吗)
 * is found past the cut.
 */
function proactiveScope(printed: string, match: string): { short: string; full?: string } | undefined {
  const application = applicationPart(match);
  // (一)公开范围 ((二)政府信息公开范围 under 二、主动公开), or an item 1、公开范围; of a guide with two such parts (主动公开范围,
  // then 主动公开内容), the first that lists items. (一)主要内容 right under 一、主动公开政府信息 is its scope too.
  const parts = [
    ...match.matchAll(
      /(?:[(（][一二三四五六七八九十]{1,2}[)）]|(?<![\d.])\d{1,2}[、.．]|(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,2}、|[●■◆▲]\s*)\s*(?:(?:(?:政府)?信息)?(?:主动)?公开(?:政府信息)?(?:的)?(?:范围|内容)(?:和方式)?|主动公开的(?:政府)?信息(?=\s*\n)|主动公开的(?:政府)?信息范围(?=[ \t]*(?:主要)?(?:包括|有|为|是)))|(?<=^|\n)[ \t]*(?:主动)?公开范围(?=[ \t]*\n)|(?<=主动公开(?:的)?(?:政府信息)?[ \t]*\n\s*)[(（][一二三四五六七八九十]{1,2}[)）][ \t]*(?:主要)?(?:内容|分类)(?=[ \t]*\n)/g,
    ),
  ]
    .filter((heading) => !inCatalogueLayout(match, heading.index))
    // 二、依申请公开 / 1、公开范围 (公开范围指…依申请公开的政府信息): the scope of applications, not of what is published.
    .filter((heading) => !(application > 0 && heading.index > application && !/主动/.test(heading[0])))
    .map((heading) => ({
      // 公开范围 alone on its line, no number: its kinds may be (一)…(四) below it, so only a 二、 or a bulleted line ends it.
      text: /^\s*(?:主动)?公开范围$/.test(heading[0])
        ? bulletedPart(printed, match, heading.index + heading[0].length, 600)
        : headedPart(
            printed,
            match,
            heading.index + heading[0].length,
            /^[一二三四五六七八九十]/.test(heading[0]),
            sentenceLimit(match, heading),
          ),
      // 一、政府信息公开范围 may be the whole guide's (what is and is not disclosed), not what is published: only its list counts.
      general: /(?:政府)?信息(?:主动)?公开(?:政府信息)?(?:的)?(?:范围|内容)/.test(heading[0]) && !/主动/.test(heading[0]),
    }))
    .filter((part): part is { text: string; general: boolean } => part.text !== undefined && part.text.length >= 6);
  const listing = (part: { text: string }) => /(?:^|[\s;；。])(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）])/.test(part.text);
  // 一、信息公开的范围 listing what is kept back (除以下信息外:(一)国家秘密…), then 二、主动公开政府信息 / (一)分类 listing the
  // kinds published: the kinds.
  const headed = (
    parts.find((part) => listing(part) && !(part.general && exceptionsListed(part.text))) ??
    parts.find(listing) ??
    parts.find((part) => !part.general)
  )?.text;
  const read = headed !== undefined ? { text: headed } : (listedScope(printed, match) ?? fragmentScope(printed, match));
  if (!read) return undefined;
  if (read.short) return { short: read.short, full: read.text };
  // 公开渠道: on a line of its own inside the scope part: the scope ends before it (the channels are read apart).
  const channelsLabel = /\s(?:主动)?公开(?:的)?(?:渠道|方式|形式|途径)\s*[:：]/.exec(read.text);
  const text = channelsLabel && channelsLabel.index >= 6 ? read.text.slice(0, channelsLabel.index).trim() : read.text;
  const short = scopeText(text);
  // A 公开范围 that lists conditions (1.涉及公民…切身利益的; …) followed by a 公开内容 that lists the kinds (…负责人姓名): every
  // listing part is kept whole, so one item asked is found in the later one.
  const others = headed === undefined ? [] : parts.filter((part) => listing(part) && part.text !== headed).map((part) => part.text);
  const whole = others.length > 0 ? [text, ...others].join(' ').slice(0, 1200) : text;
  return short === whole ? { short } : { short, full: whole };
}

/**
 * How far a scope heading's part may run: 600 characters, or to the end of its line when the heading is a numbered sentence that
 * states the scope itself (1. 主动公开的政府信息范围主要包括组织机构、…财政信息…; the next numbered line, 2.本机关主要通过门户网站…,
 * is on how it is published).
 */
function sentenceLimit(match: string, heading: RegExpExecArray | RegExpMatchArray): number {
  const from = (heading.index ?? 0) + heading[0].length;
  if (!/信息范围$/.test(heading[0]) || !/^[ \t]*(?:主要)?(?:包括|有|为|是)/.test(match.slice(from))) return 600;
  const lineEnd = match.indexOf('\n', from);
  return lineEnd < 0 ? 600 : Math.min(600, lineEnd - from);
}

/** A scope part's lead saying its list is the exceptions: 除以下信息外,其余政府信息应当公开 / 除下列情形外…均予公开. */
const EXCEPTIONS_LEAD = /除(?:以下|下列|如下)[^。;；:：]{0,10}外[,，]?[^。;；:：]{0,16}(?:公开|提供)/;

/**
 * The scope part as the list of what is kept back when its lead says the list is the exceptions (…的原则,除以下信息外,其余政府
 * 信息应当公开: (1)依法确定为国家秘密的…), to the next numbered heading (2.公开方式); else undefined.
 */
function exceptionsListed(text: string): string | undefined {
  const lead = EXCEPTIONS_LEAD.exec(text.slice(0, 120));
  if (!lead) return undefined;
  const rest = text.slice(lead.index);
  const next = /\s\d{1,2}[、.．]\s*(?:公开|主动|依申请|获取)/.exec(rest);
  const words = (next ? rest.slice(0, next.index) : rest).trim();
  return words.length > lead[0].length + 6 ? words : undefined;
}

function scopeText(text: string): string {
  if (text.length <= 150) return text;
  // A numbered list too long to quote (1.概况信息。包括… 7.建议提案办理。…, or 27 items): the words before it and each item's own name.
  return listHeads(text) ?? `${text.slice(0, 150)}…`;
}

/** An item number in a list run into one text: 1. 2、 3．after the start, a space, a comma or a full stop. */
const LIST_ITEM = /(?:^|(?<=[\s,，;；。:：]))(\d{1,2})[、.．](?!\d)/g;

/**
 * A numbered list shortened to the words before it and each item's name (主要有以下7类: 1.概况信息；2.法规文件；…), when
 * three or more items run 1, 2, 3… in order from the first; else undefined.
 */
function listHeads(text: string): string | undefined {
  // The first run 1, 2, 3… (a list under the next heading starts again at 1).
  const all: Array<{ 0: string; 1: string; index: number }> = [...text.matchAll(LIST_ITEM)].map((item) => ({
    0: item[0],
    1: item[1],
    index: item.index,
  }));
  // (一)公开范围:1.基本情况… read from after its heading and first number: the list starts at 2, its first item at the start.
  if (all[0]?.[1] === '2' && all[0].index > 2 && !/[:：]/.test(text.slice(0, all[0].index))) all.unshift({ 0: '', 1: '1', index: 0 });
  const broken = all.findIndex((item, at) => Number(item[1]) !== at + 1);
  const items = broken < 0 ? all : all.slice(0, broken);
  if (items.length < 3) return undefined;
  const end = broken < 0 ? text.length : all[broken].index;
  const bodies = items.map((item, at) =>
    text
      .slice(item.index + item[0].length, at + 1 < items.length ? items[at + 1].index : end)
      .split(/[。，,;；:：(（]|包括|主要/)[0]
      .trim(),
  );
  // 1、南召县人力资源和社会保障局领导名单；2、南召县人力资源和社会保障局及其内设科室…: the name every item repeats is
  // left out, so the words that tell the items apart are not cut off.
  let shared = bodies[0];
  for (const body of bodies.slice(1, 3)) while (shared && !body.startsWith(shared)) shared = shared.slice(0, -1);
  const repeated = shared.length >= 6 ? shared : '';
  const heads = items.map((item, at) => {
    const body = bodies[at];
    const head = repeated && body.startsWith(repeated) && body.length > repeated.length + 1 ? body.slice(repeated.length) : body;
    return `${item[1]}.${head.length > 16 ? `${head.slice(0, 16)}…` : head}`;
  });
  if (heads.some((head) => head.length <= 2)) return undefined;
  const lead = text.slice(0, items[0].index).trim();
  const joined = `${lead.length > 80 ? `${lead.slice(0, 80)}…` : lead}${lead ? ' ' : ''}${heads.join('；')}`;
  return joined.length > 400 ? `${joined.slice(0, 400)}…` : joined;
}

/** The text from `from` to the next heading (only a top-level one after a top-level heading), at most `limit` characters. */
/** A heading marked with a bullet of its own line (●公开形式 after ●公开范围): the end of the part before it. */
const BULLET_HEADING = /(?<=^|\n)[ \t]*[●■◆▲]/g;

/** A top-level heading on a line of its own in a mirror that doubles punctuation (二,、依申請公開). */
const DOUBLED_TOP_HEADING = /(?<=^|\n)[ \t]*[一二三四五六七八九十]{1,2}[,，]、/g;

/** The text from `from` to the next top-level heading (二、) or bulleted line (●公开形式), at most `limit` characters. */
function bulletedPart(printed: string, match: string, from: number, limit: number): string | undefined {
  let end = Math.min(match.length, from + limit);
  for (const pattern of [TOP_HEADING, BULLET_HEADING, DOUBLED_TOP_HEADING]) {
    pattern.lastIndex = from;
    const next = pattern.exec(match);
    if (next && next.index < end) end = next.index;
  }
  const text = cleanValue(printed.slice(from, end)).replace(/^[。．.，,:：]\s*/, '');
  return text.length > 0 ? text : undefined;
}

function headedPart(printed: string, match: string, from: number, topLevel: boolean, limit: number): string | undefined {
  let end = Math.min(match.length, from + limit);
  for (const pattern of topLevel ? [TOP_HEADING] : [TOP_HEADING, SUB_HEADING, BULLET_HEADING]) {
    pattern.lastIndex = from;
    const next = pattern.exec(match);
    if (next && next.index < end) end = next.index;
  }
  const text = cleanValue(printed.slice(from, end)).replace(/^[。．.，,:：]\s*/, '');
  return text.length > 0 ? text : undefined;
}

/** A heading of the part on how the agency publishes: (二)公开方式, (四)公开渠道, 二、公开形式, (二)公开主要渠道…. */
const PUBLICATION_HEADING =
  /(?:[(（]([一二三四五六七八九十]{1,2})[)）]|(?<![一二三四五六七八九十第])([一二三四五六七八九十]{1,2})、|(?<![\d.])\d{1,2}[、.．]|([●■◆▲]))\s*(?:(?!申请|依申请)[^\n、。，,:：()（）\d]){0,10}?(?:主动)?(?:公开|发布|公布)(?:的)?(?:政府信息|信息)?(?:的)?(?:主要)?(?:方式|形式|渠道|载体)(?![\u4e00-\u9fff]{0,2}申请)/g;

/**
 * How the agency publishes, in the guide's words: the part under its 公开方式 heading (…对外公布政府信息渠道 too, and
 * 本关对外公开政府信息的渠道 with 的 after the information), up to 400 characters.
 */
function proactiveChannels(printed: string, match: string): string | undefined {
  for (const heading of match.matchAll(PUBLICATION_HEADING)) {
    if (inCatalogueLayout(match, heading.index)) continue;
    const from = heading.index + heading[0].length;
    // ●公开形式: its ways may be listed (一)…(三) below it, up to the next bulleted line or 二、.
    const text =
      heading[3] !== undefined ? bulletedPart(printed, match, from, 400) : headedPart(printed, match, from, heading[2] !== undefined, 400);
    if (text && text.length >= 6) return text.replace(/^[。.:：]\s*/, '');
  }
  // No such heading: a sentence announcing the list (主动公开政府信息的渠道有如下2个: 1.官方网站… 2.微信公众号…).
  // Or a label on a line of its own under the scope (公开渠道:\n1.“…”门户网站;), ending at the next (二).
  const announced =
    // (对外发布政府信息的渠道主要有: the same list, said with 发布.)
    /(?:主动)?(?:公开|发布|公布)(?:政府)?信息的(?:渠道|方式|形式|途径)(?:主要)?(?:有|包括)[^:\n。]{0,8}:|(?<=^|\n)[ \t]*(?:主动)?公开(?:的)?(?:渠道|方式|形式|途径)[ \t]*:/.exec(
      match,
    );
  if (announced) {
    const text = headedPart(
      printed,
      match,
      announced.index + announced[0].length,
      !/^\s*(?:主动)?公开(?:的)?(?:渠道|方式|形式|途径)[ \t]*:$/.test(announced[0]),
      400,
    );
    if (text && text.length >= 6) return text.replace(/^[。.:：]\s*/, '');
  }
  // No such heading: the sentences before the application part that say through what it publishes
  // (本局主要通过政府门户网站…主动公开政府信息。同时…通过广播、电视、邵阳人社微信公众号…公开政府信息).
  const application = applicationPart(match);
  const said = sentences(printed, match.slice(0, application || match.length), 0)
    .filter(
      (sentence) =>
        /通过|采取|采用|利用/.test(sentence.match) &&
        /门户网站|网站|公众号|微博|报纸|报刊|广播|电视|公告栏|公开栏|公示栏|新媒体/.test(sentence.match) &&
        /(?:主动)?公开(?:政府)?信息|予以公开|公开形式|公开方式/.test(sentence.match) &&
        !/申请/.test(sentence.match),
    )
    .slice(0, 2)
    .map((sentence) => cleanValue(withoutHeading(sentence.text)));
  const joined = said.join('。');
  if (joined.length >= 6) return joined.length > 400 ? `${joined.slice(0, 400)}…` : joined;
  return undefined;
}

/**
 * The sentence naming the application form with where it is fetched, downloaded or how it is filled (申请表可以到…领取), and a
 * short sentence of its own saying copies are valid (《申请表》复印有效。) when that one does not.
 */
function applicationForm(printed: string, match: string, from: number): string | undefined {
  const read = formSentence(printed, match, from);
  const form = read ?? namedForm(printed, match, from);
  if (!form || /(?:复印|复制)(?:件)?有效/.test(form)) return form;
  const copies = sentences(printed, match, from).find(
    (sentence) => /申请表/.test(sentence.match) && /(?:复印|复制)(?:件)?有效/.test(sentence.match) && sentence.match.length <= 40,
  );
  return copies ? `${cleanValue(withoutHeading(copies.text))}。${form}` : form;
}

/** A form's full name in a sentence that fills it in or follows it (应填写《政府信息公开申请书》, 按照…所规定的《…申请表格》来执行). */
function namedFormSentence(printed: string, match: string, from: number): { name: string; text: string } | undefined {
  for (const sentence of sentences(printed, match, from)) {
    const named = /《([^《》]{2,40}申请(?:表|书)(?:格)?)》/.exec(sentence.text);
    if (named && /填写|按照[^。]{0,30}规定的《/.test(sentence.match)) return { name: named[1], text: sentence.text };
  }
  return undefined;
}

/** With no sentence on where the form is fetched or filled: the one naming a form called 申请书 or 申请表格 (see above). */
function namedForm(printed: string, match: string, from: number): string | undefined {
  const named = namedFormSentence(printed, match, from);
  if (!named) return undefined;
  const text = cleanValue(withoutHeading(named.text));
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/**
 * The form's full name where the words read on it call it by its short name alone (应当书面填写《某区政府信息公开申请表》(以下简称
 * 《申请表》), then 《申请表》可在政府网站上下载 was read): the name, so 申请表叫什么 is answered.
 */
function applicationFormName(printed: string, match: string, from: number, form: string | undefined): string | undefined {
  if (!form || /《[^《》]{2,40}申请(?:表|书)(?:格)?》/.test(form)) return undefined;
  const named = namedFormSentence(printed, match, from);
  return named ? `《${named.name}》` : undefined;
}

function formSentence(printed: string, match: string, from: number): string | undefined {
  // Where it is fetched first (申请表可以到…接待室领取, 在指南附件中下载), else how it is filled (填写《…申请表》).
  // 申请获取政府信息 is what one applies for, not where the form is fetched.
  // Or a place saying it keeps the form for those who come (设有政府信息公开申请表,接受本单位依申请公开件并受理): the form is there.
  // Or where it is kept (申请表在“…”政府信息公开平台(网址:…)的…依申请公开中, 申请表可在本局网站…栏目): the form's place.
  for (const where of [
    /领取|索取|下载|(?<!申请)获取(?!政府信息|相关)|取得|申请表[》”"]?(?:可以?)?(?:在|见|置于|放在|位于)[^。；;]{0,40}?(?:平台|网站|网址|栏目|专栏|附件)/,
    /附件|附表|填写|复制有效/,
    /(?:设有|备有|放有|摆放有?|配有|配备有?)[^。；;，,]{0,12}申请表/,
  ]) {
    const all = sentences(printed, match, from);
    for (const [index, sentence] of all.entries()) {
      // 请认真填写《长春市政府信息公开申请表》…。该表复制有效,可在受理机关领取…: the next sentence calls the form 该表; where it
      // is fetched is said of the form the sentence before names.
      const before = index > 0 ? all[index - 1] : undefined;
      const named = before && /^\s*(?:该|此|本|上述)表/.test(sentence.match) ? /《[^《》]{2,40}申请表》/.exec(before.text) : null;
      if (named && /领取|索取|下载/.test(sentence.match)) {
        const text = cleanValue(sentence.text.replace(/^\s*(?:该|此|本|上述)表/, named[0]));
        return text.length > 120 ? `${text.slice(0, 120)}…` : text;
      }
      if (!/申请表/.test(sentence.match) || !where.test(sentence.match)) continue;
      // A page run into one line (…邮政编码:121013 二、申请的提出 向…申请政府信息,应填写《…申请表》): from the last heading before the form.
      const form = sentence.match.search(/申请表/);
      let start = 0;
      for (const heading of sentence.match.matchAll(new RegExp(TOP_HEADING.source, 'g'))) if (heading.index < form) start = heading.index;
      const text = cleanValue(withoutHeading(sentence.text.slice(start)));
      if (text.length >= 8) return text.length > 120 ? `${text.slice(0, 120)}…` : text;
    }
  }
  return undefined;
}

/** What a fee statement is about: applying for information and providing it. */
const FEE_SUBJECT = /依申请|申请人?|提供|检索|复制|邮寄|打印|信息处理费|处理费|工本费/;

/** The guide's statements on fees: the first two sentences about 收费/费用 in the application part. */
function fees(printed: string, match: string, from: number): string | undefined {
  const found: string[] = [];
  for (const sentence of sentences(printed, match, from)) {
    if (!/收费|收取.{0,6}费|费用|处理费|工本费|免费/.test(sentence.match)) continue;
    if (/行政事业性收费/.test(sentence.match)) continue;
    // What a public enterprise publishes about its own charges (电价收费。包括…有偿服务时收费的项目、标准和依据): no fee for applying.
    if (!/信息处理费|依申请/.test(sentence.match) && /包括|收费(?:的)?(?:项目|标准|依据)|有关收费依据|电费|水费|价格/.test(sentence.match))
      continue;
    // About what applying costs: not the free proactive scope (主动向社会免费公开的信息范围…), a list item
    // (收费项目, 收费标准和依据), or a spam mirror's keywords (…免费观看…).
    if (!FEE_SUBJECT.test(sentence.match) || /主动.{0,8}免费|免费.{0,4}公开的(?:政府)?信息|免费公开的内容/.test(sentence.match)) continue;
    const text = cleanValue(withoutHeading(sentence.text));
    if (text.length >= 6) found.push(text);
    if (found.length === 2) break;
  }
  return found.length > 0 ? found.join('。') : undefined;
}

/** The name before a reading place's address label: 区档案馆地址： → 区档案馆. */
function placeName(match: string, printed: string, labelStart: number): string | undefined {
  const before = match.slice(Math.max(0, labelStart - 16), labelStart);
  // 东湖区档案馆,办公地址:…: the comma between the place and its label is no part of its name.
  const found =
    /[\u4e00-\u9fff]{0,14}(?:档案馆|图书馆|查阅点|查阅场所|查阅室|查阅专区|政务公开专区|索取点|阅览室|文档室|资料室)[,，]?$/.exec(before);
  if (!found) return undefined;
  const start = labelStart - before.length + found.index;
  let name = printed.slice(start, labelStart);
  name = name
    .replace(/^.*(?:档案馆|图书馆|查阅点|查阅场所|查阅室|查阅专区|索取点|阅览室|文档室|资料室)(?=.{3,})/, '')
    .replace(/^.*(?:形式|以及|设置|等|在|和|及|的)(?=.{3,})/, '')
    .replace(/[,，]$/, '');
  return name;
}

/** A heading line introducing a list of reading places, one a line (3.金林区政府信息公开查阅场所:). */
const PLACE_LIST_HEADING = /(?:查阅场所|查阅点|查阅地点|查询场所|查询地点)[ \t]*:[ \t]*$/;
/** A numbered or headed line: the end of a list of places. */
const LIST_BREAK = /^[ \t]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,2}[)）])/;

/**
 * The lines of a list of reading places under its heading, each a place with its own phone (金林区档案馆 电话:138… 联系人:…),
 * from the first after the heading; [] when `text` (the matching form) has no such list.
 */
function placeListLines(text: string): Array<{ start: number; line: string }> {
  if (!/(?:查阅|查询)(?:场所|点|地点)[ \t]*:[ \t]*\n/.test(text)) return [];
  const found: Array<{ start: number; line: string }> = [];
  const lines = text.slice(0, GUIDE_SCAN).split('\n');
  let at = 0;
  let open = false;
  for (const line of lines) {
    if (PLACE_LIST_HEADING.test(line)) open = true;
    else if (open && line.trim()) {
      // A place's line: a short name, then its phone (and a contact person); anything else ends the list.
      if (LIST_BREAK.test(line) || !/^[ \t]*[\u4e00-\u9fff]{3,24}[ \t]+(?:联系)?电话[ \t]*:/.test(line)) open = false;
      else found.push({ start: at, line });
    }
    at += line.length + 1;
  }
  return found;
}

/** The reading places of a list under its heading, as 名称：电话：… (the phone stays the place's, never the office's). */
function placeListEntries(printed: string, match: string): string[] {
  return placeListLines(match).map(({ start, line }) => {
    const name = /^[ \t]*([\u4e00-\u9fff]{3,24})/.exec(line)?.[1] ?? '';
    const phone = /电话[ \t]*:[ \t]*([\d-—]{7,16})/.exec(line)?.[1];
    const printedName = cleanValue(printed.slice(start + line.indexOf(name), start + line.indexOf(name) + name.length));
    return phone ? `${printedName}：电话：${phone}` : printedName;
  });
}

/** A reading point named as the agency's own office (局办公室信息查阅点, 办公室政府信息公开查阅点), before its contacts. */
const OWN_OFFICE_READING_POINT =
  /[局委办]办公室(?:政府)?信息(?:公开)?查阅点[ \t]*:?(?:\s*(?:办公|联系|咨询|工作)?(?:地址|电话|时间)[ \t]*:[^\n]*)*\s*$/;

const OWN_BUILDING_READING_POINT =
  /信息(?:公开)?查阅点[ \t]*:[ \t]*[\u4e00-\u9fff]{2,24}?[局委厅]办公楼[^;；\n。]{0,12}?(?:房间|室)[ \t]*[;；](?:[^;；\n。]*[;；])*[^;；\n。]*$/;

/** A label is a reading place's when a place name stands shortly before it in the same sentence. */
function isReadingPlace(match: string, start: number): boolean {
  // A line of a list of places under its heading (3.…查阅场所: / 金林区政务服务中心 电话:…): the place's, not the office's.
  if (placeListLines(match).some((place) => start >= place.start && start < place.start + place.line.length)) return true;
  // An office's own address in a library's or archive's building (办公地址:XX学院图书馆五楼513室) names no reading place.
  const before = match.slice(Math.max(0, start - 40), start).replace(/办公(?:地址|地点)\s*:[^\n]*\n/g, '');
  const sentence = before.slice(before.lastIndexOf('。') + 1);
  // (1)市城市管理执法局办公室信息查阅点: / 办公地址:… / 联系电话:…: a reading point that is the agency's own office gives the
  // office's own contacts.
  const wide = match.slice(Math.max(0, start - 120), start);
  const point = wide.slice(wide.lastIndexOf('。') + 1);
  if (OWN_OFFICE_READING_POINT.test(point) && !/档案馆|图书馆|服务中心|服务大厅/.test(point)) return false;
  // 信息查阅点:XX市农业农村局办公楼210房间;地址:…;联系电话:…: a reading point in a room of the agency's own building, its
  // contacts run on after semicolons, is the agency's own place.
  if (OWN_BUILDING_READING_POINT.test(point)) return false;
  // …可以到甘谷县政府办公室信息中心查阅相关政府信息。查询地址:…,联系电话:…: a sentence opening on the address to look things up
  // at gives the reading place's contacts, whichever office houses it.
  if (/^\s*(?:查询|查阅)(?:(?:地址|地点)\s*[:：]|$)/.test(point)) return true;
  // 也可以前往市招商局办公室(…;邮编:744000;办公电话:8227276)查阅: the place to read is the agency's own office, so the
  // contacts in its brackets are the office's own.
  if (/(?:前往|到|至)[^,，。;；(（]{1,20}[局委厅]办公室\s*[(（][^()（）]*$/.test(point)) return false;
  // (The next line may be indented: 同时通过政府信息公开大厅查阅。 / 　　地址:…, blanks only after the full stop.)
  if (READING_PLACE.test(sentence) || (sentence.trim().length < 2 && READING_PLACE.test(before))) return true;
  // (二)档案局文件查阅中心 / 公众可以到…查阅…。档案局办公地址:…,联系电话:…: under a heading that names a place to read, the
  // contacts are that place's.
  if (underReadingPlaceHeading(match, start)) return true;
  // 4.政务公开专区,办公地址:…;咨询电话:…: an item of the list of channels that publish, on its own line, is a place to read.
  // (金山街道政务公开专区地址:… in a sentence of its own is the office's own place.)
  const lineStart = match.lastIndexOf('\n', start - 1) + 1;
  if (/^\s*\d{1,2}[.、．]\s*政务公开专区\s*[,，]/.test(match.slice(lineStart, start))) return true;
  if (laterPlaceOfList(match, start)) return true;
  if (belowPlacesIntro(match, start)) return true;
  // 6.政务服务场所:XX市本级政务服务大厅(地址:…;联系方式:…;查询服务时间:…): a place whose own brackets give the hours one may
  // read or look things up there is a place to read, whatever its name; its address and hours are not the office's.
  if (inBracketsOfReadingHours(match, start)) return true;
  // 公众可以在XX镇人民政府(地址:…,联系电话:…)查阅本机关政府信息: the sentence sends the public somewhere to read, not to apply.
  const after = match.slice(start, start + 160);
  const rest = after.slice(0, (after.indexOf('。') + 1 || after.length + 1) - 1);
  // Its 办公地址 is still the office's own (也可以到市住建局(办公地址:…)或是到市档案馆查阅).
  if (/^办公(?:地址|地点)/.test(after)) return false;
  if (!/查阅|查询|阅览/.test(rest)) return false;
  if (/(?:可以?|请)(?:在|到|前往|至)/.test(sentence)) return true;
  // 公众可以在A(地址:…,联系电话:…,开放时间:…)、B(…)、C(地址:…,联系电话:…)查阅: a place far down a list of places to read, its
  // contacts in the brackets after its name, is sent to as the first is, however long the list before it.
  const opened = Math.max(match.lastIndexOf('。', start - 1), match.lastIndexOf('\n', start - 1));
  const listed = match.slice(opened + 1, start);
  // (Only after another place's brackets closed: a single place's own contacts are read by the rules above.)
  const downList = /[)）]\s*[、,，]\s*[^()（）]{2,40}[(（][^()（）]*$/.test(listed);
  return downList && listed.length <= 600 && /(?:可以?|请)(?:在|到|前往|至)/.test(listed);
}

/**
 * Whether a label stands on the lines below a sentence sending the public to the places that follow (可以到以下场所现场查阅
 * 政府公报等政府信息。 / 档案馆地址:… / 联系电话:… / 政务服务中心地址:…), before the next heading: every place of such a list is
 * one to read at, whatever its name, and its address and phone are not the office's.
 */
function belowPlacesIntro(match: string, start: number): boolean {
  const lineStart = match.lastIndexOf('\n', start - 1) + 1;
  const above = match.slice(Math.max(0, lineStart - 600), lineStart);
  let intro: RegExpExecArray | null = null;
  for (const found of above.matchAll(
    /(?:到|在|前往|至)以下(?:场所|地点|地方|查阅点|场馆)[^。\n]{0,30}(?:查阅|查询|获取)[^。\n]*[。:：]?[ \t]*\n/g,
  ))
    intro = found;
  if (!intro) return false;
  const between = above.slice(intro.index + intro[0].length) + match.slice(lineStart, start);
  return !/(?:^|\n)[ \t?？]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,2}[)）])/.test(between);
}

/** The name a place of such a list prints before its 地址 label on its own line (長治市政務服務中心地址:… → 長治市政務服務中心). */
function introducedPlaceName(match: string, printed: string, labelStart: number): string | undefined {
  if (!belowPlacesIntro(match, labelStart)) return undefined;
  const lineStart = match.lastIndexOf('\n', labelStart - 1) + 1;
  const found = /([\u4e00-\u9fff]{3,24})[ \t]*$/.exec(match.slice(lineStart, labelStart));
  return found ? printed.slice(labelStart - found[0].length, labelStart - found[0].length + found[1].length) : undefined;
}

/** Whether the nearest numbered heading above a label's line, within 400 characters, is a reading place's name alone. */
function underReadingPlaceHeading(match: string, start: number): boolean {
  const lineStart = match.lastIndexOf('\n', start - 1) + 1;
  const lines = match
    .slice(Math.max(0, lineStart - 400), lineStart)
    .split('\n')
    .reverse();
  for (const line of lines) {
    if (!/^[ \t]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,2}[)）])/.test(line)) continue;
    return /^[ \t]*[(（][一二三四五六七八九十]{1,2}[)）][ \t]*[\u4e00-\u9fff]{0,16}(?:查阅中心|查阅室|查阅点|档案馆|图书馆)[ \t]*$/.test(
      line,
    );
  }
  return false;
}

/** Whether a label stands inside brackets that give a web address before it (《…公报》(网址:…;地址:…)), on one line. */
function publicationBracket(match: string, start: number): boolean {
  const lineStart = match.lastIndexOf('\n', start - 1) + 1;
  // 2.政府公报:《阿巴嘎旗人民政府公报》(网址:…)地址:…: an address on the gazette's own item of the channels is the gazette's.
  if (/^\s*\d{1,2}[.、．]\s*政府公报\s*[:：]/.test(match.slice(lineStart, start))) return true;
  const open = Math.max(match.lastIndexOf('(', start - 1), match.lastIndexOf('（', start - 1));
  if (open < lineStart) return false;
  const inside = match.slice(open + 1, start);
  return !/[)）]/.test(inside) && /(?:网址|网站|http|www\.)/i.test(inside);
}

/** Whether a label stands inside brackets, on one line, that also give a time to read or look things up (查阅服务时间:…). */
function inBracketsOfReadingHours(match: string, start: number): boolean {
  const lineStart = match.lastIndexOf('\n', start - 1) + 1;
  let open = -1;
  let depth = 0;
  for (let at = start - 1; at >= lineStart; at--) {
    const char = match[at];
    if (char === ')' || char === '）') depth++;
    else if (char === '(' || char === '（') {
      if (depth === 0) {
        open = at;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return false;
  const lineEnd = match.indexOf('\n', start);
  const rest = match.slice(open, lineEnd < 0 ? match.length : lineEnd);
  const close = rest.search(/[)）]/);
  return /(?:查阅|查询|阅览)(?:服务)?时间/.test(close < 0 ? rest : rest.slice(0, close));
}

/**
 * A place numbered (2), (3)… on its own line in a list whose first item (1) is under a reading-place heading (现场查阅点: /
 * (1)…政务公开窗口:地址:… / … / (4)会同县交通管理中心大厅:地址:…): every item of the list is a place to read, whatever its name.
 */
function laterPlaceOfList(match: string, start: number): boolean {
  const lineStart = match.lastIndexOf('\n', start - 1) + 1;
  const item = /^\s*([(（]?)([1-9])([)）.、])/.exec(match.slice(lineStart, start));
  if (!item) return false;
  if (item[2] === '1') return READING_PLACE.test(match.slice(Math.max(0, lineStart - 40), start));
  const open = item[1] ? '[(（]' : '';
  const close = item[3].replace(/[.)]/g, '\\$&');
  const first = new RegExp(`(?:^|\\n)\\s*${open}1${item[1] ? '[)）]' : close}`).exec(match.slice(Math.max(0, lineStart - 1500), lineStart));
  if (!first) return false;
  const firstAt = Math.max(0, lineStart - 1500) + first.index;
  return READING_PLACE.test(match.slice(Math.max(0, firstAt - 40), firstAt + first[0].length + 40));
}

/** The name of a numbered place of such a list, before its 地址 label ((4)会同县交通管理中心大厅: 地址:… → 会同县交通管理中心大厅). */
function numberedPlaceName(match: string, printed: string, labelStart: number): string | undefined {
  if (!laterPlaceOfList(match, labelStart)) return undefined;
  const lineStart = match.lastIndexOf('\n', labelStart - 1) + 1;
  const found = /^\s*[(（]?[1-9][)）.、]\s*([^:：\n]{2,30}?)\s*[:：]?\s*$/.exec(match.slice(lineStart, labelStart));
  if (!found) return undefined;
  const from = lineStart + found[0].indexOf(found[1]);
  return printed.slice(from, from + found[1].length);
}

/**
 * Reading places in a table crawled one cell a line with '|' between (序号 | 场所 | 地址 | 电话 | 工作时间 | 1 | 县档案馆 | …):
 * each row as 场所：地址（电话：…；开放时间：…）.
 */
function tableReadingPlaces(printed: string, match: string): string[] {
  // Each '|' on a line of its own joins the cells around it on one line, index for index.
  const glued = (text: string) => text.slice(0, GUIDE_SCAN).replace(/\s*\n\s*\|\s*\n\s*/g, (glue) => ' | '.padEnd(glue.length, ' '));
  const joined = glued(match);
  const header = /(?:序号\s*\|\s*)?(?:查阅场所|查阅点|场所|地点|名称)\s*\|\s*地址\s*\|/.exec(joined);
  if (!header) return [];
  const printedJoined = glued(printed);
  // The header's cells: from the first of 序号/场所 to the last named column before the first row's number.
  const start = header.index;
  const cells: Array<{ text: string; at: number }> = [];
  const cellPattern = /[^|]+/g;
  cellPattern.lastIndex = start;
  const stop = joined.slice(start).search(/(?:^|\n)\s*(?:[一二三四五六七八九十]{1,3}、)/);
  const end = stop > 0 ? start + stop : Math.min(joined.length, start + 1500);
  for (let found = cellPattern.exec(joined); found && found.index < end; found = cellPattern.exec(joined)) {
    const text = printedJoined
      .slice(found.index, Math.min(found.index + found[0].length, end))
      .replace(/\s+/g, ' ')
      .trim();
    if (text) cells.push({ text, at: found.index });
  }
  const columns: string[] = [];
  while (cells.length > 0 && !/^\d{1,2}$/.test(cells[0].text)) columns.push(toSimplified(cells.shift()!.text));
  const column = (name: RegExp) => columns.findIndex((label) => name.test(label));
  const [nameAt, addressAt, phoneAt, hoursAt] = [column(/场所|地点|名称/), column(/地址/), column(/电话/), column(/时间/)];
  if (nameAt < 0 || addressAt < 0 || columns.length < 3) return [];
  const places: string[] = [];
  for (let row = 0; row + columns.length <= cells.length && /^\d{1,2}$/.test(cells[row].text); row += columns.length) {
    const cell = (at: number) => (at >= 0 ? cells[row + at]?.text : undefined);
    const details = [cell(phoneAt) && `电话：${cell(phoneAt)}`, cell(hoursAt) && `开放时间：${cell(hoursAt)}`].filter(Boolean);
    places.push(`${cell(nameAt)}：${cell(addressAt)}${details.length > 0 ? `（${details.join('；')}）` : ''}`);
  }
  return places;
}

/** The agency and title from the title line, the quoted title, or the publisher line. */
/**
 * A name printed twice in a row (a page's column name glued to its title: 赣州市公安局开发区分局赣州市公安局开发区分局…):
 * once. Compared whole halves only, so a name that merely repeats a word is kept.
 */
function undoubled(text: string): string {
  for (let half = 3; half * 2 <= text.length; half += 1) {
    if (
      text.slice(0, half) === text.slice(half, half * 2) &&
      (half * 2 === text.length || /政府|政务|信息公/.test(text.slice(half * 2, half * 2 + 3)))
    )
      return text.slice(half);
  }
  return text;
}

/**
 * A title below a long site menu (one column a line, far past the opening lines): the page's article header, a line naming
 * …信息公开(咨询)指南 (table bars after it, as a page's layout table leaves them) followed by the article's metadata line
 * (a date with 作者, 来源, 点击数 or 发布时间). A menu's items are never followed by a date, so an agency listed in a menu is
 * not taken for the page's own. Cheap: only lines holding 指南 are tested.
 */
export function articleTitle(head: string): { line: string; title: string; named: string } | undefined {
  if (!head.includes('指南')) return undefined;
  const lines = head.split('\n');
  for (let index = 0; index + 1 < lines.length; index += 1) {
    if (!lines[index].includes('指南')) continue;
    const line = lines[index].replace(/[\s|｜]+$/, '').trim();
    const found = /^([^\n《》>|｜]{2,40}?)((?:政府|政务)?信息公开(?:咨询)?指南)$/.exec(line);
    // A bare 政府信息公开指南 over the article's date line names no agency (its 政府 is the guide's word, not a name).
    if (!found || BARE_TITLE.test(line)) continue;
    const next = lines.slice(index + 1, index + 3).find((candidate) => candidate.trim() !== '') ?? '';
    if (/(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)/.test(next) && /作者|来源|点击|发布时间|浏览/.test(next))
      return { line: lines[index], title: line, named: found[1] };
  }
  return undefined;
}

function identity(printed: string, match: string): { agency: string; title: string } {
  const head = match.slice(0, 1500);
  // Lines of nothing but markup (a mirror's empty <dl id=…></dl> before the page) or blank do not count among the first twelve.
  const lines = head
    .split('\n')
    .filter((line) => line.replace(/<[^<>\n]*>/g, '').trim() !== '')
    .slice(0, 12);
  // A metadata table may part label and value by spaces (发布机构 清江街道办事处): the value is then one word.
  const spaced = /(?:发布机构|发布单位|发文机关)[ \t]+([\u4e00-\u9fff]{3,30})(?![^\s])/.exec(head);
  const publisherLine =
    /(?:发布机构|发布单位|发文机关|来源|信息来源)\s*:\s*([^\n]+)/.exec(head) ?? (spaced && isAgencyName(spaced[1]) ? spaced : null);
  // A table may print the label and its value in cells side by side (发布机构: | 湖州市公安局 |): the next cell, unless it is
  // another label (发布机构: | 成文日期: | …, an empty value).
  const publisherCell = publisherLine
    ? publisherLine[1]
        .replace(/\s+/g, '')
        .replace(/^[|｜]+/, '')
        .replace(/[|｜].*$/, '')
    : undefined;
  const publisher = publisherCell && !/[:：]/.test(publisherCell) ? publisherCell : undefined;
  let named: string | undefined;
  let titleStart = -1;
  let titleEnd = -1;
  // A metadata table's label, after a colon or (名  称 清江街道政府信息公开指南) spaces at a line's start.
  const titled =
    // 名称: as a portal's metadata label (名称: 松山湖高新区政府信息公开指南), not the end of 机构名称: in a contact block.
    /(?:标题|题目|(?<![\u4e00-\u9fff])名称|title)\s*:\s*([^\n]*?)((?:政府|政务)?信息公开(?:咨询)?指南)/i.exec(head) ??
    /^[ \t]*(?:标[ \t]*题|题[ \t]*目|名[ \t]*称)[ \t]+([^\n]*?)((?:政府|政务)?信息公开(?:咨询)?指南)[ \t]*$/m.exec(head);
  if (titled) {
    named = titled[1];
    titleStart = titled.index + titled[0].length - titled[2].length - titled[1].length;
    titleEnd = titled.index + titled[0].length;
  }
  if (named === undefined) {
    for (const line of lines) {
      // A breadcrumb after a location label (您当前的位置: 首页 / … / 乡镇政府信息公开指南) ends in a column's name, whatever the separator.
      if (LOCATION_LABEL.test(line)) continue;
      // A collection site numbers the pieces it copies (第一篇:三台县工商局信息公开指南): the ordinal is no part of the name.
      const found =
        /^\s*(?:[^\n>›»]*[>›»])?\s*(?:第[一二三四五六七八九十\d]{1,3}篇\s*[:：、.]?\s*)?([^\n《》>]*?)((?:政府|政务)?信息公开(?:咨询)?指南)\s*(?:[(（][^)）]*[)）])?\s*$/.exec(
          line,
        );
      // A breadcrumb ending in the column name (首页 > 政府信息公开指南, 当前位置: 信息公开指南) names no agency: read on.
      if (found && found[1].trim() !== '' && !BREADCRUMB_LABEL.test(found[1])) {
        named = found[1];
        const lineStart = head.indexOf(line);
        titleEnd = lineStart + found.index + found[0].replace(/\s*(?:[(（][^)）]*[)）])?\s*$/, '').length;
        titleStart = titleEnd - found[2].length - found[1].length;
        break;
      }
    }
  }
  // A title broken over two lines (元江县医疗保障局 / 政府信息公开指南): the agency's line before the bare title.
  if (named === undefined) {
    const broken = brokenTitleAgency(lines.map((line) => line.trim()));
    if (broken !== undefined) named = broken;
  }
  // A title below a long site menu, known by the article's metadata line under it.
  if (named === undefined) {
    const article = articleTitle(head);
    if (article) {
      named = article.named;
      titleStart = head.indexOf(article.line) + (article.line.length - article.line.trimStart().length);
      titleEnd = titleStart + article.title.length;
    }
  }
  // Instructions for applying titled by their own words (锦州人民政府办公厅受理政府信息公开申请说明): the agency before them.
  const instructions = named === undefined ? INSTRUCTIONS_TITLE.exec(head) : null;
  if (instructions) {
    named = instructions[1];
    titleStart = instructions.index + instructions[0].length - instructions[2].length - instructions[1].length;
    titleEnd = instructions.index + instructions[0].length;
  }
  // Such a title on a line of its own below a menu or breadcrumb, naming its agency: the agency before its words.
  if (named === undefined) {
    let offset = 0;
    for (const line of head.split('\n')) {
      const found = INSTRUCTIONS_LINE.exec(line.trim());
      if (found?.[1] !== undefined && isAgencyName(found[1])) {
        named = found[1];
        titleStart = offset + line.indexOf(found[0]);
        titleEnd = titleStart + found[0].length;
        break;
      }
      offset += line.length + 1;
    }
  }
  // 根据《运城市政府信息公开指南》有关要求,特编制本指南: a guide cited as what this one follows is another body's, not this one's name.
  const quoted = [...head.matchAll(/《([^《》\n]{2,40}?)((?:政府|政务)?信息公开(?:咨询)?指南)》/g)].find(
    (found) => !/(?:根据|依据|按照|参照|依照)\s*$/.test(head.slice(Math.max(0, found.index - 6), found.index)),
  );
  if ((named === undefined || named.trim() === '') && quoted) {
    named = quoted[1];
    titleStart = quoted.index + 1;
    titleEnd = titleStart + quoted[1].length + quoted[2].length;
  }
  // 特编制滁州职业技术学院信息公开指南(以下简称指南): the guide compiled, named without quotes, its short name after it.
  const compiled =
    named === undefined || named.trim() === ''
      ? /(?:特|现)?(?:编制|制定|制订)(?:了)?([\u4e00-\u9fff]{3,40}?)((?:政府|政务)?信息公开指南)\s*\(以下简称/.exec(head)
      : null;
  if (compiled && isAgencyName(compiled[1]) && hasRegion(compiled[1])) {
    named = compiled[1];
    titleEnd = compiled.index + compiled[0].search(/\s*\(以下简称$/);
    titleStart = titleEnd - compiled[2].length - compiled[1].length;
  }
  const printedTitle =
    titleStart >= 0
      ? undoubled(
          printed
            .slice(titleStart, titleEnd)
            .replace(/\s+/g, '')
            // ??廣西壯族自治區林業局…: a mirror prints the spaces it lost before the title as question marks.
            .replace(/^[•·●▪■◆*?？]+/, '')
            // 【信息公开】平阴县玫瑰小学信息公开咨询指南: a column's tag in lenticular brackets before the title.
            .replace(/^【[^】]{0,10}】/, '')
            .replace(/(?:19|20)\d{2}年(?:度|版)?(?=(?:政府|政务)?信息公[开開](?:咨询|諮詢)?指南$)/, '')
            // 潘家湾镇人民政府2024年政府信息公开指南 without its year would say 政府 twice.
            .replace(/(政府|政務)\1(?=信息公[开開])/, '$1'),
        )
      : '';
  const nameForMatching = undoubled(
    (named ?? '')
      .replace(/\s+/g, '')
      // •海伦市福民乡…: a list bullet before the title; 2024年和安镇人民政府…: the edition's year before the name.
      .replace(/^[•·●▪■◆*?？]+/, '')
      .replace(/^【[^】]{0,10}】/, '')
      .replace(/^(?:19|20)\d{2}年(?:度|版)?/, ''),
  )
    .replace(/(?:19|20)\d{2}年(?:度|版)?$/, '')
    // 湘乡市人民政府(市政府办公室)信息公开指南: the office that compiles it, in brackets, is not the name.
    .replace(/[(（][^)）]*[)）]$/, '')
    // XX镇人民政府信息公开指南 reads as XX镇人民 + 政府信息公开指南: the government keeps its 政府.
    .replace(/人民$/, '人民政府')
    // 石柱土家族自治县人民政府机关政府信息公开指南: the government's own organs (机关) are the government.
    .replace(/(人民政府)机关$/, '$1')
    // 芜湖职业技术学院总务处后勤管理信息公开指南, …学院校务信息公开指南: what a body publishes, said between its name and
    // 信息公开指南, is no part of the name.
    .replace(/(?<=(?:处|局|院|校|中心|公司|学院|大学|委员会|办公室))(?:后勤管理|后勤服务|校务|院务|财务|党务|厂务)$/, '')
    // 临沂卫生学校学校信息公开指南: a kind word printed twice at the name's end is said once.
    .replace(/([\u4e00-\u9fff]{2})\1$/, '$1')
    // 岳阳楼区教育局教育信息公开指南: the body's own field said again after its name (教育局 + 教育信息) is what it publishes.
    .replace(/([\u4e00-\u9fff]{2})(局|委员会|委|厅)\1$/, '$1$2');
  const title = printedTitle && nameForMatching ? printedTitle : '政府信息公开指南';
  // Instructions' titles drop the 市 the body writes (锦州人民政府办公厅 for 锦州市人民政府办公厅): the body's fullest form.
  let agency = instructions ? fullestForm(match, nameForMatching) : nameForMatching;
  // 中山火炬高新区综合办公室信息公开指南 over 区管委会、综合办公室名义发布的文件: a zone's office compiles the guide of the committee
  // that runs the zone, as a government's office does its government's.
  const zoneOffice = /^(.+?)(?:党政综合办公室|党政办公室|综合办公室|办公室|党政办)$/.exec(agency);
  if (zoneOffice && (ZONE_END.test(zoneOffice[1]) || MAYBE_ZONE_END.test(zoneOffice[1])) && /管委会|管理委员会/.test(match.slice(0, 3000)))
    agency = zoneCommittee(match.slice(0, 3000), zoneOffice[1]) ?? `${zoneOffice[1]}管委会`;
  // 千人桥镇人民政府办公室信息公开指南 (serving 千人桥镇人民政府和千人桥镇人民政府办公室): a township's office is no body of its own
  // that one applies to; the guide is its government's.
  const townshipOffice = /^(.+?(?:镇|乡))人民政府(?:党政)?办公室$/.exec(agency);
  if (townshipOffice) agency = `${townshipOffice[1]}人民政府`;
  const regionOnly =
    agency !== '' &&
    (splitAgencyName(agency).region === ''
      ? /(?:省|市|区|县|旗|州|盟|自治区|镇|乡)$/.test(agency)
      : splitAgencyName(agency).kind.length < 2 || /(?:省|市|区|县|旗|州|盟|自治区|镇|乡)$/.test(agency));
  if (regionOnly) {
    // A region's guide (平潭综合实验区政府信息公开指南) belongs to whoever publishes it; else to the region's government,
    // named with the higher regions the body gives it (上塘镇 in the title, 《泗洪县上塘镇政府信息公开指南》 in the body).
    // A development zone (襄阳高新区政府信息公开指南) has no 人民政府: it is run by its committee (管委会), which the body names.
    agency =
      publisher?.startsWith(agency) && publisher.length > agency.length
        ? publisher
        : (zoneCommittee(match.slice(0, 3000), agency) ??
          // 大兴安岭地区政府信息公开指南: a 地区 or 盟 has no 人民政府 (its 行署 governs it), and its reports are stored under
          // the place's bare name (阿里地区, 兴安盟): so is its guide.
          (/(?:地区|盟)$/.test(agency) ? agency : `${quotedWithRegions(match.slice(0, 3000), agency) ?? agency}人民政府`));
  } else if (agency && publisher?.startsWith(agency) && /^(?:办事处|人民政府)$/.test(publisher.slice(agency.length))) {
    // 清江街道 in the title, 清江街道办事处 as publisher: the body's full form.
    agency = publisher;
  } else if (agency && splitAgencyName(agency).region === '' && publisher?.endsWith(agency) && publisher.length > agency.length) {
    // 市科技局 in the title, 某某市科技局 as publisher: keep the fullest form.
    agency = publisher;
  } else if (agency && splitAgencyName(agency).region === '' && shortNameOf(match.slice(0, 3000), agency)) {
    // 台州市公安局黄岩分局(以下简称黄岩公安分局): the title's name is the short one the body introduces.
    agency = shortNameOf(match.slice(0, 3000), agency)!;
  } else if (agency && splitAgencyName(agency).region === '') {
    // The full name where the body writes it after a boundary: 《某某市科技局…》, 某某市科技局（以下简称…）.
    const fuller = new RegExp(`(?:^|[\\s《“"，,。:(、])([\\u4e00-\\u9fff]{2,8}${agency.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'm').exec(
      match.slice(0, 3000),
    );
    if (fuller && splitAgencyName(fuller[1]).region) agency = fuller[1];
    // 土储局 in the title, 市土地开发储备局 and 连州市 in the body: the full form it abbreviates, in the one place of its level.
    else agency = abbreviationExpanded(match.slice(0, 3000), agency) ?? agency;
  }
  // A 街道 the title names short (七都街道, 武汉市东西湖区金银湖街) is the 街道办事处 the body writes, with the regions of either.
  if (agency) agency = streetOffice(match.slice(0, 3000), agency) ?? agency;
  // A title naming its agency by the level word alone (自治区卫生健康委信息公开指南): the same body the text names with its place
  // (新疆维吾尔自治区卫生健康委员会门户网站).
  // (镇原县市场监督管理局, 乡宁县人民政府: a place whose own name starts with a level word is a region already.)
  const levelWordFirst = /^(?:自治区|省|市|区|县|州|旗|盟|镇|乡)/.test(agency) && !hasRegion(agency);
  if (levelWordFirst) agency = levelWordPlace(match.slice(0, 3000), agency) ?? agency;
  // 自治区文化和旅游厅 whose text names no other form of it, only its province in another body's name (《广西壮族自治区人民政府
  // 办公厅…申请表》): a province-level body is of the one province-level place the text names, when it names one alone.
  if (/^(?:自治区|省)/.test(agency)) agency = provincePlaced(match.slice(0, 3000), agency) ?? agency;
  if (/^(?:省|市|区|县|州|旗|盟|镇|乡)/.test(agency) && !hasRegion(agency)) {
    // 市科技局 alone could be any city's: never stored without its region.
    throw new GongkaiError(
      'NOT_A_REPORT',
      `指南标题中的机关名称“${agency}”没有地区名，正文中也找不到全称 (agency name without its region)`,
      `这份指南只写了“${agency}”，没有写明是哪个地方的，请使用带地区的全称。`,
    );
  }
  // No title (制定本公开指南): the government whose office accepts applications, named with its region, first (an
  // opening clause may be an address: 办公地址:息县张陶乡街村…), else the agency an opening clause starts with (大肚川镇人民政府按照…).
  // Either in the fullest form the body writes (平顶山市卫东区市场监督管理局办公室 as the addressee).
  // Nor those, first: the body whose office the first 信息公开工作机构 heading says does the work (一、信息公开工作机构
  // 省机关事务服务中心(以下简称事务中心)办公室负责…), with the region the body writes before it (“陕西省机关事务服务中心”门户网站).
  if (!agency) agency = officeHeadingAgency(match) ?? '';
  // Nor those: the government an old-style opening serves with its bodies (查找安宁市政府及市级行政机关依法公开的政府信息).
  if (!agency) agency = servedGovernment(head) ?? '';
  // Nor those: the body the opening introduces as 本机关 (获取重庆市某某区城市管理局(以下简称本机关)的政府信息): the guide says
  // whose it is, before any address or office the body goes on to name.
  if (!agency) agency = selfIntroduced(head) ?? '';
  // Nor that: the body the opening serves, its second name in brackets (获取六安市人民政府信访局(中共六安市委信访局)的政府信息).
  if (!agency) agency = servedWithSecondName(head) ?? '';
  // Nor that: the body whose information the opening says one gets (获取乌鲁木齐市公安局依法公开的政府信息), before the city's
  // form or portal it goes on to name (《乌鲁木齐市人民政府信息公开申请表》).
  if (!agency) agency = servedOpening(head) ?? '';
  // Nor that: the body whose information the opening says one gets (准确地获取昌黎县卫生健康局的政府信息), before the reading
  // places (昌黎县档案馆、昌黎县图书馆…均可查阅) or the office the page goes on to name.
  if (!agency) agency = servedAgency(match) ?? '';
  if (!agency)
    agency = fullestForm(
      match,
      governmentOfOffice(
        officeGovernment(match.slice(0, GUIDE_SCAN)) ??
          acceptingBody(match) ??
          formOwner(match) ??
          formGiver(head) ??
          appliedToAgency(head) ??
          subjectOfOpening(head, head) ??
          '',
      ),
    );
  // Nor those: the agency the first heading's sentence says publishes (一、主动公开范围 东营市第五人民医院主动公开下列…).
  if (!agency) agency = publishingAgency(head) ?? '';
  // Nor those: the agency whose information the opening says it serves (依法获取卫东区市场监管局的政府信息).
  if (!agency) agency = servedAgency(match) ?? '';
  // Nor that: the agency whose catalogue the guide says it compiles (本校编制的《杭州市紫金港中学信息公开目录》).
  if (!agency) agency = catalogueAgency(match) ?? '';
  // Nor that: the government whose portal the guide publishes through, the guide speaking as that government.
  if (!agency) agency = portalAgency(match) ?? '';
  // Nor that: the body whose own functions the first item of what it publishes names (1.某省某某管理局职能、机构设置、办公地点…).
  if (!agency) agency = scopeAgency(match) ?? '';
  // Nor that: the body hosting the page (主办单位:…), for the end of a guide kept alone.
  if (!agency) agency = hostAgency(match.slice(0, GUIDE_SCAN)) ?? '';
  // Nor that: the body the text names by its level word alone (市卫生健康委领导分工, its place put out by a spam mirror), with
  // the place its new-media account's name gives (政务微信(账号名称:鹤壁卫生健康) → 鹤壁市卫生健康委).
  if (!agency) agency = accountPlacedAgency(match.slice(0, GUIDE_SCAN)) ?? '';
  // Nor that: a page headed by its agency's name alone (市乡村振兴局 over the opening), in the form the body gives it a place.
  if (!agency) agency = nameLineAgency(lines, match.slice(0, 3000)) ?? '';
  // Nor that: the body letters are addressed to (通信地址为上海市人民大道200号市发展改革委(收)), placed in its address's city.
  if (!agency) agency = addresseeAgency(match.slice(0, GUIDE_SCAN)) ?? '';
  // Nor that: the government of the county or city whose own form the page hands out (《岐山县政府信息公开申请表》), on a page
  // that speaks of that level's government as the one applied to (向县政府及组成部门…申请, 县政府各部门).
  if (!agency) agency = regionFormGovernment(match.slice(0, GUIDE_SCAN)) ?? '';
  if (!agency) {
    if (publisher && publisher.length >= 3) agency = publisher;
    else {
      throw new GongkaiError(
        'NOT_A_REPORT',
        '找不到指南所属机关：标题应为“XX局政府信息公开指南” (no agency name in the guide title)',
        '这份政府信息公开指南没有写明机关名称，请在标题中写明“XX局政府信息公开指南”。',
      );
    }
  }
  // 充分发挥延安市医疗保障局政府信息对…的作用: a verb of the opening clause read before the name is no part of it.
  // So is an adverb before that verb, or the verb of compiling (特编制广水市水利局…指南, 准确地查找巴中市民政局依法公开的…).
  const verbed =
    /^(?:[\u4e00-\u9fff]{0,3}?地|特|特此|现)?(?:充分发挥|发挥|提高|保障|推进|方便|促进|加强|依法获取|获取|查找|了解|编制|制定|制订|编写)(.+)$/.exec(
      agency,
    );
  if (verbed && hasRegion(verbed[1]) && isAgencyName(verbed[1])) agency = verbed[1];
  // 广元市昭化区政府及区级行政机关: a government with the bodies under it is the government (广元市昭化区人民政府).
  // So is a government with its general office (获取北京市政府和北京市政府办公厅的政府信息: 北京市人民政府).
  const joined = /^(.+?(?:省|市|区|县|旗|州|盟|镇|乡))(?:人民)?政府(?:及|和|与)[\u4e00-\u9fff]{2,12}(?:机关|部门|单位|办公厅|办公室)$/.exec(
    agency,
  );
  if (joined && hasRegion(joined[1])) agency = `${joined[1]}人民政府`;
  // 西藏自治区政府主动公开的…: a government of a county or above written short, 政府 after its regions, is its 人民政府.
  const shortGovernment = /^((?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|区|县|自治县|州|旗|盟))+)政府$/.exec(agency);
  if (shortGovernment && hasRegion(shortGovernment[1])) agency = `${shortGovernment[1]}人民政府`;
  agency = placedForm(match.slice(0, 3000), agency);
  // 江西省发改委政府信息公开指南 over 我委编制《江西省发展和改革委员会政府信息公开指南》: the full name the body quotes the guide by.
  // (《淳安縣梓桐鎮政府信息公開指南》 under 淳安梓桐鎮…指南: the town's government, with the county the title left out.)
  const quotedName = /《([\u4e00-\u9fff]{4,40}?)(?:政府|政务)?信息公开指南》/.exec(
    dropGluedPinyin(toSimplified(match.slice(0, 1500))),
  )?.[1];
  const levelless = (name: string) => name.replace(/[省市区县旗州盟]/g, '');
  const quotedFull =
    quotedName && /人民政府$/.test(agency) && /(?:省|市|区|县|旗|州|盟|镇|乡)$/.test(quotedName) ? `${quotedName}人民政府` : quotedName;
  if (
    quotedFull &&
    quotedFull.length > agency.length &&
    hasRegion(quotedFull) &&
    isAgencyName(quotedFull) &&
    (sameAgency(quotedFull, agency) || levelless(quotedFull) === levelless(agency))
  )
    agency = quotedFull;
  // 大肚川镇人民政府 + 政府信息公开指南 would say 政府 twice.
  const ownTitle = /政府$/.test(agency) ? `${agency}信息公开指南` : `${agency}政府信息公开指南`;
  return { agency, title: title === '政府信息公开指南' ? ownTitle : title };
}

/**
 * The body a sentence names as the one whose office accepts applications (本机关受理政府信息公开申请的机构为:国家税务总局霍邱县
 * 税务局政务公开工作领导小组办公室 → 国家税务总局霍邱县税务局): a page with no title is that body's guide, not the owner of a
 * province's form it copies (《国家税务总局安徽省税务局政府信息公开申请表》).
 */
function acceptingBody(match: string): string | undefined {
  const found =
    /(?:受理(?:政府信息公开|信息公开)?申请的(?:机构|部门|单位)|(?:^|\s)受理机构)(?:为|是)\s*[:：]?\s*([\u4e00-\u9fff]{4,30}(?:分局|局|委员会|管委会|管理委员会|委(?!会)|厅|办事处|人民政府|中心|院|公司|学校|大学|学院))[\u4e00-\u9fff]{0,16}?(?:办公室|科|处|股|窗口)/.exec(
      match.slice(0, GUIDE_SCAN),
    );
  return found && hasRegion(found[1]) && isAgencyName(found[1]) ? found[1] : undefined;
}

/** The government an opening says the guide serves together with its bodies (…查找广元市昭化区政府及区级行政机关…的政府信息). */
function servedGovernment(head: string): string | undefined {
  const found =
    /(?:获取|查找|查询|了解)([\u4e00-\u9fff]{2,12}?(?:省|市|区|县|旗|州|盟|镇|乡))(?:人民)?政府(?:及|和|与)[\u4e00-\u9fff]{0,6}(?:行政机关|部门|单位)/.exec(
      head.slice(0, 600),
    );
  return found && hasRegion(found[1]) ? `${found[1]}人民政府` : undefined;
}

/** The body an office heading's first sentence names as its office's (一、信息公开工作机构 / X(以下简称Y)办公室负责…), region first. */
function officeHeadingAgency(match: string): string | undefined {
  const found =
    /(?:^|\s)[一二三四]、(?:政府)?信息公开(?:工作)?机构\s*([\u4e00-\u9fff]{3,30}?)(?:\(以下简称[^()]{1,12}\))?(?:综合办公室|党政办公室|办公室|办公厅)负责/.exec(
      match.slice(0, 3000),
    );
  if (!found) return undefined;
  const name = found[1];
  if (hasRegion(name)) return isAgencyName(name) ? fullestForm(match, name) : undefined;
  // 省机关事务服务中心 printed without its province: the longest region the body writes right before the same words.
  let fullest: string | undefined;
  for (const other of match.slice(0, 3000).matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))) {
    for (let k = 6; k >= 1; k -= 1) {
      const prefix = match.slice(Math.max(0, other.index - k), other.index);
      // The region starts a word (“陕西省…), not inside an address (新城大院省机关…).
      if (prefix.length < k || !/^[\u4e00-\u9fff]+$/.test(prefix) || /[\u4e00-\u9fff]/.test(match[other.index - k - 1] ?? '')) continue;
      const candidate = prefix + name;
      const region = splitAgencyName(candidate).region;
      if (isAgencyName(candidate) && region.length > k && REGION_CHAIN.test(region) && candidate.length > (fullest?.length ?? 0)) {
        fullest = candidate;
        break;
      }
    }
  }
  return fullest;
}

/** The agency a title-less page's first sentence says publishes proactively (东营市第五人民医院主动公开下列各类政府信息). */
function publishingAgency(head: string): string | undefined {
  const found = /^[^。]{0,40}?[一二三]、[^。\s]{0,12}\s*([\u4e00-\u9fff]{4,30}?)(?:负责)?主动公开(?:下列|以下)/.exec(head.slice(0, 300));
  return found && isAgencyName(found[1]) && hasRegion(found[1]) ? found[1] : undefined;
}

/**
 * The name with the city the body writes it under: a title that drops the city's level (锦州人民政府办公厅 where the
 * body writes 锦州市人民政府办公厅), or a body that puts the city's short name before it (获取大连长兴岛…管理委员会 for
 * the title-less 长兴岛…管理委员会). A name that already starts with a city or province is kept.
 */
function placedForm(match: string, agency: string): string {
  if (!agency || /^[^省市]{1,8}(?:省|自治区|市)/.test(agency)) return agency;
  const start = placeStarting(agency);
  if (start && start.place.level !== 'county' && start.place.written !== start.place.name) {
    // 锦州 + 人民政府办公厅: the body's 锦州市人民政府办公厅.
    const full = `${start.place.name}${agency.slice(start.place.written!.length)}`;
    return match.includes(full) ? full : agency;
  }
  if (start && start.place.level !== 'county') return agency;
  // The body writes a city or province right before the name (大连 + 长兴岛经济技术开发区管理委员会).
  for (let at = match.indexOf(agency); at > 0; at = match.indexOf(agency, at + 1)) {
    const before = placeEnding(match.slice(Math.max(0, at - 8), at));
    if (before && before.place.level !== 'county' && !before.place.written!.startsWith(agency.slice(0, 2)))
      return `${before.place.written}${agency}`;
  }
  return agency;
}

/** Regions, from the highest, and maybe the government they end with (温州市鹿城区人民政府, 东西湖区). */
const REGION_CHAIN = /^(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|区|县|自治县|州|旗|盟))+(?:人民政府)?$/;

/**
 * The 街道办事处 a title names short (七都街道, 武汉市东西湖区金银湖街), as the body writes it
 * (温州市鹿城区人民政府七都街道办事处, 东西湖区金银湖街道办事处), with the longer regions of the two.
 */
function streetOffice(match: string, name: string): string | undefined {
  const bare = /^(.*街)道?$/.exec(name)?.[1];
  if (!bare) return undefined;
  // The title's regions: the longest head that is regions alone (温州市鹿城区|七都街).
  let titleRegions = '';
  for (let end = bare.length - 3; end > 0; end -= 1)
    if (REGION_CHAIN.test(bare.slice(0, end)) && !/人民政府$/.test(bare.slice(0, end))) {
      titleRegions = bare.slice(0, end);
      break;
    }
  const core = bare.slice(titleRegions.length);
  if (!/^[\u4e00-\u9fff]{2,8}$/.test(core)) return undefined;
  const street = [name, titleRegions];
  let found: string | undefined;
  for (const office of match.matchAll(new RegExp(`${core}道?(?:办事处|辦事處)`, 'g'))) {
    const prefix = regionsBefore(match, office.index);
    if (found === undefined || prefix.length > found.length) found = prefix;
  }
  // Only a body that writes the office with its regions says what the short name stands for (社学街道办事处 as an address does not).
  if (!found) return undefined;
  const bodyRegions = found.replace(/人民政府$/, '');
  const regions = street[1].length > bodyRegions.length && street[1].endsWith(bodyRegions) ? street[1] : found || street[1];
  return `${regions}${core}道办事处`;
}

/** The regions (and maybe 人民政府) written right before `at`, starting after a boundary or an object marker (…获取|温州市鹿城区人民政府), never mid-word. */
function regionsBefore(match: string, at: number): string {
  const start = Math.max(0, at - 16);
  const before = match.slice(start, at);
  for (let from = 0; from < before.length; from += 1) {
    const lead = match.slice(Math.max(0, start + from - 2), start + from);
    if (
      REGION_CHAIN.test(before.slice(from)) &&
      (start + from === 0 || /[^\u4e00-\u9fff]$/.test(lead) || /(?:获取|查找|了解|知晓|向|由|为|是|的|在|和|与|对)$/.test(lead))
    )
      return before.slice(from);
  }
  return '';
}

/**
 * A title-less guide's own application form (《杜庄乡人民政府信息公开申请表》) names its agency, with the regions the body
 * writes before its place (大同市云州区杜庄乡政务公开专区 → 大同市云州区杜庄乡人民政府).
 */
function formOwner(match: string): string | undefined {
  // XX乡人民政府信息公开申请表 reads as XX乡人民 + 政府信息公开申请表: the government keeps its 政府.
  // 《吴兴区人民政府依申请公开政府信息申请表》: the form's own words may come between the name and 信息.
  const owner = /《([\u4e00-\u9fff]{3,30}?)(?:依申请公开)?(?:政府|政务)?信息(?:公开)?申请表》/
    .exec(match.slice(0, GUIDE_SCAN))?.[1]
    .replace(/人民$/, '人民政府');
  if (!owner || !(isAgencyName(owner) || SCHOOL_NAME.test(owner))) return undefined;
  // 《安顺市依申请公开政府信息申请表》: a form named by a bare city or county is the region's common form, not the agency's.
  if (splitAgencyName(owner).region === owner || /^[\u4e00-\u9fff]{1,12}(?:省|市|区|县|旗|州|盟)$/.test(owner)) return undefined;
  const place = /^[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)/.exec(owner)?.[0];
  if (!place) return hasRegion(owner) || SCHOOL_NAME.test(owner) ? owner : undefined;
  let regions = '';
  for (const found of match.matchAll(new RegExp(place, 'g'))) {
    const before = regionsBefore(match, found.index).replace(/人民政府$/, '');
    if (before.length > regions.length) regions = before;
  }
  return `${regions}${owner}`;
}

/**
 * A title-less page's government, known by its form named by a bare county or city (《岐山县政府信息公开申请表》) and the
 * page's own words for that level's government (县政府及组成部门, 县政府各部门) twice or more: the county's 人民政府.
 */
function regionFormGovernment(match: string): string | undefined {
  const owner = /《([\u4e00-\u9fff]{1,12}?(县|市|区|旗))(?:人民)?(?:政府|政务)?信息(?:公开)?申请表》/.exec(match)?.[1];
  if (!owner || !hasRegion(owner)) return undefined;
  const level = owner.slice(-1);
  const own =
    match.match(new RegExp(`(?<![\\u4e00-\\u9fff])${level}政府|(?:向|在|是|到|和|及|与)${level}政府|、${level}政府`, 'g'))?.length ?? 0;
  return own >= 2 ? `${owner}人民政府` : undefined;
}

/**
 * The body a 须知 page's opening sentence says one applies to (…根据自身生产、生活、科研等特殊需要,向柳河市住房和城乡建设局申请获取
 * 相关政府信息), named with its region.
 */
function appliedToAgency(head: string): string | undefined {
  const found = /(?:特殊需要|以外的(?:政府)?信息)[,,]?(?:可(?:以)?)?向([\u4e00-\u9fff]{3,30}?)申请获取/.exec(head.slice(0, 600));
  return found && hasRegion(found[1]) && isAgencyName(found[1]) ? found[1] : undefined;
}

/**
 * A name alone on one of a page's first lines (市乡村振兴局 as the page's header, the guide's title left out): that agency, in the
 * form the body places it (鹤岗市乡村振兴局) when the line starts with a level word only.
 */
function nameLineAgency(lines: readonly string[], match: string): string | undefined {
  for (const line of lines.slice(0, 3)) {
    const name = line.replace(/<[^<>\n]*>/g, '').trim();
    if (!/^[\u4e00-\u9fff]{3,30}$/.test(name) || !isAgencyName(name)) continue;
    const level = /^(?:自治区|省|市|区|县|州|旗|盟|镇|乡)/.exec(name)?.[0];
    if (!level) return hasRegion(name) ? name : undefined;
    const placed = new Set(namesInText(match).filter((other) => other.endsWith(name) && other.length > name.length && hasRegion(other)));
    return placed.size === 1 ? [...placed][0] : undefined;
  }
  return undefined;
}

/**
 * The body a title-less guide addresses applications by letter to (通信地址为上海市人民大道200号市发展改革委(收)): named by its
 * level word alone (市发展改革委), it is the body of the city the address is in (上海市发展改革委).
 */
function addresseeAgency(match: string): string | undefined {
  // Where letters go, a city first (its province, if written, is dropped), then the body by its level word and (收).
  const where =
    /(?:通信地址|通讯地址|邮寄地址|寄至|寄往)(?:为|是)?\s*[:：]?\s*((?:[\u4e00-\u9fff]{2,8}?(?:省|自治区))?[\u4e00-\u9fff]{2,8}?市)/;
  const body = /[^()（）,，。;；:：\n]{0,30}?(市[\u4e00-\u9fff]{2,14}?(?:局|委|厅|办|委员会))\s*[(（]\s*收\s*[)）]/;
  const found = new RegExp(where.source + body.source).exec(match);
  if (!found) return undefined;
  const city = found[1].replace(/^(?:[\u4e00-\u9fff]{2,8}?(?:省|自治区))/, '');
  const agency = `${city}${found[2].slice(1)}`;
  return hasRegion(agency) && isAgencyName(agency) ? agency : undefined;
}

/** The body a page starting at the form sentence says hands the form out (申请人可向贾汪区自然资源和规划局申请领取《…申请表》). */
function formGiver(head: string): string | undefined {
  const found = /申请人可(?:以)?向([\u4e00-\u9fff]{3,30}?)申请领取/.exec(head.slice(0, 300));
  return found && hasRegion(found[1]) && isAgencyName(found[1]) ? found[1] : undefined;
}

/** A university's or school's own name, which need not start with a region (华东师范大学, 长江大学). */
const SCHOOL_NAME = /^[\u4e00-\u9fff]{2,16}(?:大学|学院|学校|中学|小学)$/;

/** A line's words before 信息公开指南 that are a page's location label, not a name (当前位置:, 您现在的位置:). */
const BREADCRUMB_LABEL = /(?:当前位置|现在的位置|您的位置|所在位置|位置)\s*[:：]?\s*$|[:：]\s*$/;

/** The place `name` (上塘镇) with the higher regions a quoted title or a sentence of the body puts before it (泗洪县上塘镇). */
function quotedWithRegions(match: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const fuller = new RegExp(`《([\\u4e00-\\u9fff]{2,8}${escaped})(?:人民)?(?:政府|政务)?信息公开指南》`).exec(match);
  return fuller && hasRegion(fuller[1]) && /(?:省|市|区|县|旗|州|盟)$/.test(fuller[1].slice(0, -name.length)) ? fuller[1] : undefined;
}

// Zones run by a committee whatever the body says; a 新区 or 实验区 may be a district with a 人民政府 (浦东新区), so it
// takes a committee only where the body names one.
const ZONE_END = /(?:高新区|开发区|经开区|高新技术产业开发区|经济技术开发区)$/;
const MAYBE_ZONE_END = /(?:新区|园区|实验区|保税区|示范区|合作区)$/;

/** A zone's committee, as the body names it (襄阳高新区管委会及管委会办公室), else 管委会 after a 高新区's name; not a zone: undefined. */
function zoneCommittee(match: string, zone: string): string | undefined {
  if (!ZONE_END.test(zone) && !MAYBE_ZONE_END.test(zone)) return undefined;
  const escaped = zone.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = new RegExp(`${escaped}(管理委员会|管委会)`).exec(match)?.[1];
  if (named) return `${zone}${named}`;
  return ZONE_END.test(zone) ? `${zone}管委会` : undefined;
}

/** The agency whose information a title-less guide's opening says it serves (…依法获取卫东区市场监管局的政府信息), fullest form first. */
function servedAgency(match: string): string | undefined {
  const head = match.slice(0, 1500);
  // 获取所需秦皇岛市卫生健康委员会(以下简称市卫健委)政府信息: the body, its short name introduced between it and the information.
  const served =
    // 獲得宜興市人民政府的政府信息公開服務: the service of getting its information names it as well.
    /获(?:取|得)([\u4e00-\u9fff]{3,30}?)的(?:政府)?信息/.exec(head)?.[1] ??
    /获取(?:所需)?([\u4e00-\u9fff]{3,30}?)\(以下简称[“"]?[\u4e00-\u9fff]{2,12}[”"]?\)(?:的)?(?:政府)?信息/.exec(head)?.[1];
  if (!served || !isAgencyName(served) || !(hasRegion(served) || VERTICAL_CITY_BODY.test(served))) return undefined;
  return fullestForm(match, served);
}

/**
 * A vertically managed regional body named by its city without the level word (武汉铁路监督管理局, 拉萨海关, 广州海事局): the
 * city's name is its region, as a province's alone is for 海南海事局.
 */
const VERTICAL_CITY_BODY = /^[\u4e00-\u9fff]{2,4}(?:铁路监督管理局|海关|海事局|航务管理局|地区管理局)$/;

/** A line that starts with a page's location label (您当前的位置:, 當前位置：): a breadcrumb, never a title. */
// 【当前位置】: a label in lenticular brackets before its colon is a location label too.
const LOCATION_LABEL = /^[^\n:：]{0,8}位置\s*[】\]]?\s*[:：]/;

/** The agency a title-less guide names as its catalogue's owner (本校编制的《杭州市紫金港中学信息公开目录》), fullest form first. */
function catalogueAgency(match: string): string | undefined {
  const owner = /《([\u4e00-\u9fff]{3,30}?)(?:政府|政务)?信息公开目录》/.exec(match.slice(0, 3000))?.[1];
  // 《柳河县政府信息公开目录》: a place's own catalogue is its government's.
  if (owner && hasRegion(owner)) return fullestForm(match, /(?:省|市|区|县|旗|州|盟|镇|乡)$/.test(owner) ? `${owner}人民政府` : owner);
  // A government's catalogue named unquoted at a sentence's start (宝清县政府信息公开目录分为…): the guide is that government's.
  const place = /(?:^|[\n。])[ \t]*([\u4e00-\u9fff]{1,20}?(?:省|市|区|县|旗|州|盟|镇|乡))(?:人民)?政府信息公开目录/m.exec(
    match.slice(0, 3000),
  )?.[1];
  return place && hasRegion(place) ? fullestForm(match, `${place}人民政府`) : undefined;
}

/**
 * A guide titled 政府信息公开指南 alone whose list of what it publishes opens with the body's own functions by its full name
 * (1.某省某某管理局职能、机构设置、办公地点…): that body, when the name has its region and a kind of body.
 */
function scopeAgency(match: string): string | undefined {
  const item =
    /(?:^|\n)[ \t]*(?:\d{1,2}[ \t]*[.、．]|[(（][一二三四五六七八九十\d]{1,2}[)）])[ \t]*([\u4e00-\u9fff]{4,24}?)的?(?:主要)?(?:职能|职责)[、，,][ \t]*(?:内设)?机构设置/m.exec(
      match.slice(0, 3000),
    )?.[1];
  if (!item || !hasRegion(item)) return undefined;
  const { region, kind } = splitAgencyName(item);
  return region && kind.length >= 2 && /(?:局|厅|委员会|委|办公室|办|院|中心|公司|所|署|会)$/.test(item) ? item : undefined;
}

/**
 * A government named only as the portal it publishes through (主要通过“舟曲县人民政府”门户网站…予以公开), in a guide that speaks
 * of itself as that level's government (县政府领导, 县政府组织机构): the guide is that government's.
 */
function portalAgency(match: string): string | undefined {
  const text = match.slice(0, 3000);
  // Also unquoted and short (通过桦川县政府门户网站进行公开), when the applications go to the level's own office (邮寄至县政府办公室).
  const portal =
    /通过[“"]([\u4e00-\u9fff]{1,20}?(省|市|区|县|旗|州|盟|镇|乡))人民政府[”"](?:门户)?网站/.exec(text) ??
    /通过([\u4e00-\u9fff]{2,12}?(省|市|区|县|旗|州|盟|镇|乡))(?:人民)?政府(?:门户)?网站/.exec(text);
  if (!portal || !hasRegion(portal[1])) return undefined;
  return new RegExp(`(?:^|[^\\u4e00-\\u9fff]|[0-9]|(?:至|向|到)(?=${portal[2]}政府办公室))${portal[2]}政府`).test(text)
    ? `${portal[1]}人民政府`
    : undefined;
}

/**
 * The body a name with a bare level word for its region (自治区卫生健康委) stands for: a name the text writes whose region ends in
 * that level word and names the place (新疆维吾尔自治区卫生健康委员会), the shortest such region (not 如对新疆维吾尔自治区…).
 */
function levelWordPlace(text: string, name: string): string | undefined {
  const { region, kind } = splitAgencyName(name);
  if (!region || !kind || !/^(?:自治区|省|市|区|县|州|旗|盟|镇|乡)$/.test(region)) return undefined;
  let best: { name: string; region: string } | undefined;
  for (const other of namesInText(text)) {
    const parts = splitAgencyName(other);
    if (parts.region.length <= region.length || !parts.region.endsWith(region) || !hasRegion(other)) continue;
    if (!sameAgency(`${parts.region}${kind}`, other)) continue;
    if (!best || parts.region.length < best.region.length) best = { name: other, region: parts.region };
  }
  return best?.name;
}

/** The provinces and autonomous regions with their level words as the text writes them (广西壮族自治区, 甘肃省). */
const PROVINCE_LEVEL =
  /(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海)省|(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区/g;

/**
 * A body named by a province-level word alone (自治区文化和旅游厅, 省交通运输厅) with its province: the one province or autonomous
 * region of that level the text names (several, or none: undefined).
 */
function provincePlaced(text: string, name: string): string | undefined {
  const level = /^(自治区|省)/.exec(name)?.[1];
  if (!level) return undefined;
  const places = new Set([...text.matchAll(PROVINCE_LEVEL)].map((found) => found[0]).filter((place) => place.endsWith(level)));
  if (places.size !== 1) return undefined;
  return `${[...places][0]}${name.slice(level.length)}`;
}

/**
 * A title naming its body by an abbreviation alone (土储局信息公开指南) whose body writes the full form it abbreviates, its
 * characters in order (土地开发储备局), after a level word only (市土地开发储备局栏目): that body of the one place of that level
 * the body names whole (连州市政府门户网站, 连州市番禺路). Several such places, or none: undefined.
 */
function abbreviationExpanded(text: string, short: string): string | undefined {
  const simple = toSimplified(text);
  const characters = [...toSimplified(short)];
  if (characters.length < 3 || characters.length > 6) return undefined;
  const escaped = (character: string) => character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const spread = characters.map(escaped).join('[\\u4e00-\\u9fff]{0,6}');
  const written = new RegExp(`(省|市|区|县|州|旗)?(${spread})`, 'g');
  let level: string | undefined;
  let full: string | undefined;
  for (const found of simple.matchAll(written)) {
    if (found[2].length <= characters.length || !isAgencyName(found[2])) continue;
    if (found[1] === undefined) continue;
    if (full !== undefined && full !== found[2]) return undefined;
    level = found[1];
    full = found[2];
  }
  if (!level || !full) return undefined;
  const places = new Set<string>();
  for (let at = 0; at < simple.length; at += 1) {
    if (!/[\u4e00-\u9fff]/.test(simple[at])) continue;
    const place = placeStarting(simple.slice(at, at + 12))?.place;
    if (!place?.name.endsWith(level) || !simple.startsWith(place.name, at)) continue;
    places.add(place.name);
  }
  return places.size === 1 ? `${[...places][0]}${full}` : undefined;
}

/** The longest form of `name` the body writes (卫东区市场监管局 → 平顶山市卫东区市场监督管理局). */
function fullestForm(match: string, name: string): string {
  if (!name) return name;
  let fullest = name;
  for (const other of namesInText(match.slice(0, 3000)))
    if (other.length > fullest.length && sameAgency(other, name) && hasRegion(other)) fullest = other;
  return fullest;
}

/**
 * With no title, a government's office found in the body (开封市祥符区政府办公室 as the office's address,
 * 龙亭区人民政府办公室 as the postal address) compiles the guide of its government: the guide is the government's.
 */
/** Committees that coordinate and act through their office (议事协调机构), which is the working agency. */
const COORDINATING_COMMITTEE =
  /(?:编纂|编制|爱国卫生运动|绿化|安全生产|减灾|禁毒|老龄工作|妇女儿童工作|关心下一代工作|国防动员|双拥工作)委员会$/;

function governmentOfOffice(name: string): string {
  const office = /^(.+?(?:省|市|区|县|旗|州|盟|镇|乡))(?:人民)?政府(?:办公室|办公厅|党政办公室|党政办)$/.exec(name);
  if (office && hasRegion(office[1])) return `${office[1]}人民政府`;
  // A zone's committee compiles through its office (郑州高新区管委会党政办公室): the guide is the committee's.
  const committee = /^(.+?(?:管委会|管理委员会))(?:党政综合办公室|党政办公室|综合办公室|办公室|党政办)$/.exec(name);
  if (committee && hasRegion(committee[1])) return committee[1];
  // A bureau's own office (工作机构名称:浙江省人力资源和社会保障厅办公室, 主办部门:XX市XX局办公室) works for the bureau: the guide is the bureau's.
  const bureau = /^(.+?(?:局|厅|委员会))(?:综合办公室|办公室)$/.exec(name);
  // A coordinating committee (地方志编纂委员会, 机构编制委员会, 爱国卫生运动委员会…) meets and acts through its office: the
  // office (江苏省地方志编纂委员会办公室, 我单位 of its page) is the agency itself, not an office of a bureau.
  if (bureau && COORDINATING_COMMITTEE.test(bureau[1])) return name;
  return bureau && hasRegion(bureau[1]) && isAgencyName(bureau[1]) ? bureau[1] : name;
}

/** The body the opening introduces as 本机关 right after the verb of getting its information (获取X(以下简称本机关)的政府信息). */
function selfIntroduced(head: string): string | undefined {
  const found = /(?:获取|了解|查询|查找)([\u4e00-\u9fff]{3,30}?)[(（]以下简称[“"]?本(?:机关|单位)[”"]?[)）]/.exec(head.slice(0, 600))?.[1];
  return found && isAgencyName(found) && hasRegion(found) ? found : undefined;
}

/**
 * The body whose information an opening says it serves, printed with a second name of the same office in brackets (a
 * government's bureau that is also the party committee's: 六安市人民政府信访局(中共六安市委信访局)): the name outside them.
 */
function servedWithSecondName(head: string): string | undefined {
  const found = /(?:获取|了解|查询|查找)([\u4e00-\u9fff]{3,30}?)[(（]([\u4e00-\u9fff]{3,30})[)）]的(?:政府)?信息/.exec(head.slice(0, 600));
  return found && isAgencyName(found[1]) && hasRegion(found[1]) && isAgencyName(found[2]) ? found[1] : undefined;
}

/** The body an opening says its information is got from (…准确地获取乌鲁木齐市公安局依法公开的政府信息), named with its region. */
function servedOpening(head: string): string | undefined {
  const found = /(?:获取|查找|查询|了解)([\u4e00-\u9fff]{3,30}?)依法(?:主动)?公开的(?:政府)?信息/.exec(head.slice(0, 600))?.[1];
  return found && isAgencyName(found) && hasRegion(found) ? found : undefined;
}

/** The full name the body gives before introducing `short` as its short name (…获取台州市公安局黄岩分局(以下简称黄岩公安分局)…). */
function shortNameOf(match: string, short: string): string | undefined {
  const at = match.search(new RegExp(`[(（]以下简称[“"]?${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[”"]?[)）]`));
  if (at < 0) return undefined;
  const words = /[\u4e00-\u9fff]{3,30}$/.exec(match.slice(Math.max(0, at - 30), at))?.[0] ?? '';
  let longest: string | undefined;
  for (const name of namesInText(words))
    if (words.endsWith(name) && hasRegion(name) && name.length > (longest?.length ?? 0)) longest = name;
  return longest;
}

/** The accepting office named with its region after its label (受理机构 / 济源市大峪镇人民政府办公室, 信息公开工作机构为XX乡人民政府党政综合办公室). */
const ACCEPTING_GOVERNMENT =
  /(?:受理(?:申请)?(?:的)?机构|信息公开工作机构)[\s:为]*([\u4e00-\u9fff]{2,20}?(?:人民政府|街道办事处|管理委员会|管委会))(?:党政综合办公室|党政办公室|综合办公室|办公室|党政办|综合办)?(?![\u4e00-\u9fff]*(?:局|委|中心))/;

/**
 * With no title and no opening clause naming it: the government whose office accepts applications
 * (济源市大峪镇人民政府办公室 stands for 济源市大峪镇人民政府), when named with its region.
 */
function officeGovernment(match: string): string | undefined {
  const found = ACCEPTING_GOVERNMENT.exec(match);
  return found && hasRegion(found[1]) ? found[1] : undefined;
}

/** Read a guide. Throws GongkaiError('NOT_A_REPORT') when no agency can be found. */
/**
 * A betting mirror glues its own name before the words it copies (bt365备用网址_3658188_365bet中文官方网站石柱…县人民政府):
 * Latin letters then digits, up to …官方网站, not inside an address (http://…, www.…). Dropped wherever it stands.
 */
const MIRROR_NAME = /(?<![A-Za-z0-9./_-])[A-Za-z]{1,10}\d{2,}[A-Za-z0-9_\u4e00-\u9fff]{0,40}?(?:中文)?官方网站(?=[\u4e00-\u9fff])/g;

function dropMirrorName(text: string): string {
  return text.replace(MIRROR_NAME, '');
}

/**
 * A copy-guard's random token a mirror ends each line with (邮编:250100 b2+10B2.1fd2;5A): after a space, 12 to 18 ASCII
 * letters, digits and marks mixing letters, digits and at least two marks, at the line's end. No address, number or site is
 * written so (a site holds no ;!?~= run like it, a phone no letters).
 */
const COPY_GUARD_TOKEN =
  /[ \t\u3000]+(?=[A-Za-z0-9,.;:!?~=+-]{12,18}[ \t]*(?:\n|$))(?=[^\n]*?[A-Za-z])(?=[^\n]*?\d)(?=(?:[^\n,.;:!?~=+-]*[,.;:!?~=+-]){2})[A-Za-z0-9,.;:!?~=+-]{12,18}(?=[ \t]*(?:\n|$))/g;

function dropCopyGuardTokens(text: string): string {
  return text.replace(COPY_GUARD_TOKEN, (token) => (/[;!?~=]/.test(token) && !/[/@]|www|http/i.test(token) ? '' : token));
}

/**
 * The question marks a mirror prints at a line's start for the spaces it lost (??1、網上申請:…): blanked, one for one, so the
 * item's number opens its line as printed.
 */
function blankedLostSpaces(text: string): string {
  return text.replace(/(?<=^|\n)[?？]{1,6}(?=[^\s?？])/g, (marks) => ' '.repeat(marks.length));
}

export function parseAgencyGuide(original: string): AgencyGuide {
  // Values are quoted as printed, less the pinyin a mirror glued into the words and read in step where a mirror's copy lost a
  // byte before a bracket (?。ǖ刂罚… is （地址：…), and less a betting mirror's own name glued before the agency's.
  // A page saved as its content system's JSON answer is read as the article it holds.
  const whole = blankedLostSpaces(
    dropCopyGuardTokens(dropMirrorName(dropGluedPinyin(repairShiftedGbk(cmsArticleText(original) ?? original)))),
  );
  const matchWhole = matchingForm(whole);
  const { agency, title } = identity(whole, matchWhole);
  // The metadata table a page starts with has named the agency; its cells are no field (公开方式: | 主动公开 | is no channel).
  const printed = blankedMetadataRows(whole);
  const match = blankedMetadataRows(matchWhole);
  const hits = labelHits(match);
  const fields: AgencyGuideFields = {};
  const valueAt = (hit: LabelHit) => {
    const value = cleanValue(
      printed.slice(hit.valueStart, (hit.field === 'office_hours' ? hoursEnd : valueEnd)(match, hit.valueStart, hits)),
    );
    // 办公时间(工作日):夏季…: the label's bracket says which days; the hours keep it (周末开门吗 is answered by it).
    if (hit.field !== 'office_hours' || /工作日|周一|星期一/.test(value)) return value;
    return /\((?:法定)?工作日\)\s*$/.test(match.slice(hit.start, hit.valueStart).replace(/[:：]\s*$/, '')) ? `工作日 ${value}` : value;
  };

  // The office's own part: from each anchor to the next top-level heading.
  const blocks: Array<{ start: number; end: number; accepting: boolean }> = [];
  for (const anchor of match.matchAll(OFFICE_ANCHOR)) {
    if (/主动公开\s*$/.test(match.slice(Math.max(0, anchor.index - 6), anchor.index))) continue;
    TOP_HEADING.lastIndex = anchor.index + anchor[0].length;
    const next = TOP_HEADING.exec(match);
    const end = Math.min(next ? next.index : match.length, anchor.index + 2000);
    const start = anchor.index;
    blocks.push({ start, end, accepting: /受理/.test(anchor[0]) });
    // The office named right after the heading: （一）受理申请机构平潭综合实验区公安局地址：…
    if (!fields.accepting_office) {
      const after = anchor.index + anchor[0].length;
      const firstLabel = hits.find((hit) => hit.start >= after);
      if (!firstLabel || firstLabel.start > after) {
        // 名称：XX指挥中心: the office's name under a label of its own.
        const name = cleanValue(
          printed
            .slice(after, valueEnd(match, after + (/^[\s:\d、.。]*/.exec(match.slice(after))?.[0].length ?? 0), hits))
            // (一)受理机构。 then the office alone on the next line (雅安市教育局办公室): the heading's full stop is no part of it.
            .replace(/^[\s。.]+/, '')
            .replace(/^[\s:：]*(?:单位|机构)?名\s*[称稱]\s*[:：]/, '')
            // 机 构:辽宁省…厅办公室: the office's name under a label 机构 (spaced as a table pads it).
            .replace(/^[\s:：]*(?:机|機)\s*(?:构|構)\s*[:：]/, '')
            // 学校受理信息公开申请的机构为大连交通大学党政办公室: the office after the sentence's 为/是.
            .replace(/^[^。,，:：]{0,30}?(?:机构|机構|部门|部門|单位|單位)(?:为|為|是)[:：]?/, '')
            // 县级政府信息公开受理机构设在县数字化信息服务中心: the office where the sentence says the accepting body sits.
            .replace(/^[^。,，:：]{0,30}?(?:受理)?(?:机构|機構)(?:设在|設在)/, '')
            // 本机关受理政府信息公开申请的机构为丁蜀镇人民政府党政办公室: the heading read inside the sentence leaves its 为.
            .replace(/^[为為是]\s*[:：]?\s*/, '')
            // 名称:国内有…吗_365提款…方案_365bet娱乐场手机版卫生健康委办公室: a spam mirror's keywords put in place of the
            // region are no part of the office's name.
            .replace(/^[^\s:：,，。]*?_[^\s:：,，。]*_[^\s:：,，。_]*?(?:手机版|网页版|官方网站|官网|客户端|入口|app|APP)/, ''),
        );
        if (name.length >= 3 && name.length <= 40 && /(?:局|室|科|处|中心|委员会|委|办|政府|组|所|站|队|院|部)$/.test(name))
          fields.accepting_office = name;
      }
    }
  }
  const inBlocks = hits.filter((hit) => blocks.some((block) => hit.start >= block.start && hit.start < block.end));
  const readingPlaces: string[] = [];
  let officeAt = -1;
  const take = (candidates: LabelHit[], override: boolean) => {
    for (const hit of candidates) {
      if (hit.field === 'other') continue;
      if (isReadingPlace(match, hit.start)) continue;
      // 《正蓝旗人民政府公报》(网址:…;地址:正蓝旗信访局): where a publication is kept, in its brackets after its web address, is
      // not the office's address.
      if (hit.field === 'address' && publicationBracket(match, hit.start)) continue;
      const field = hit.field;
      if (fields[field] && !(override && field === 'accepting_office')) continue;
      // 学校层面的受理机构为…办公室,学院层面的受理机构为本学院…: a second office in the same sentence is a lower level's;
      // the body's own is the first.
      if (field === 'accepting_office' && officeAt >= 0 && officeAt < hit.start && !/[。\n]/.test(match.slice(officeAt, hit.start)))
        continue;
      const value = typedValue(field, valueAt(hit), printed, hit);
      if (value) fields[field] = value;
      if (value && field === 'accepting_office') officeAt = hit.start;
    }
  };
  // A labelled 受理机构 in the office's part beats the words after its heading.
  take(
    inBlocks.filter((hit) => hit.field === 'accepting_office'),
    true,
  );
  // Two blocks of contacts (一、工作机构 …邮政编码:454000, then (一)受理机构 …邮政编码:454550): where letters go is the accepting
  // office's postcode.
  const acceptingBlocks = blocks.filter((block) => block.accepting);
  if (acceptingBlocks.length > 0 && acceptingBlocks.length < blocks.length)
    take(
      inBlocks.filter(
        (hit) => hit.field === 'post_code' && acceptingBlocks.some((block) => hit.start >= block.start && hit.start < block.end),
      ),
      false,
    );
  take(inBlocks, false);
  // With no office heading, the contacts under 依申请公开 are the accepting office's, before an intro's 咨询电话.
  const application = applicationPart(match);
  if (blocks.length === 0 && application > 0)
    take(
      hits.filter((hit) => hit.start >= application),
      false,
    );
  take(hits, false);
  // Hours the page is cut inside (…下午14:30-17:30(冬季 at the end of the text): the same office's hours printed whole before.
  // (二)受理申请时间。 / 除法定节假日外,受理申请时间为正常工作时间。: the hours said in a sentence under a heading of their own.
  if (!fields.office_hours) {
    const said =
      /[(（][一二三四五六七八九十]{1,2}[)）][ \t]*受理申请(?:的)?时间[。.:：]?[ \t]*\n[ \t]*([^\n。]{4,60}(?:工作时间|工作日)[^\n。]{0,20})/.exec(
        match,
      );
    if (said) fields.office_hours = cleanValue(printed.slice(said.index + said[0].length - said[1].length, said.index + said[0].length));
  }
  if (fields.office_hours && cutShort(fields.office_hours)) {
    for (const hit of hits) {
      if (hit.field !== 'office_hours' || isReadingPlace(match, hit.start)) continue;
      const value = typedValue('office_hours', valueAt(hit), printed, hit);
      if (value && !cutShort(value)) {
        fields.office_hours = value;
        break;
      }
    }
  }

  // 法定节假日除外。 on a line of its own a few labels under the hours (…依申请公开专用邮箱:… / 法定节假日除外。): part of the hours.
  if (fields.office_hours && !/节假日|公休日|双休日|除外/.test(fields.office_hours)) {
    const hours = hits.find((hit) => hit.field === 'office_hours' && !isReadingPlace(match, hit.start));
    if (hours) {
      TOP_HEADING.lastIndex = hours.valueStart;
      const heading = TOP_HEADING.exec(match);
      const nextHours = hits.find((hit) => hit.field === 'office_hours' && hit.start > hours.start);
      const end = Math.min(hours.valueStart + 400, heading ? heading.index : match.length, nextHours ? nextHours.start : match.length);
      const off = /(?<=\n)[ \t]*((?:法定)?(?:节假日|公休日|双休日)(?:[、和及](?:节假日|公休日|双休日))?除外)[。.]?[ \t]*(?=\n|$)/.exec(
        match.slice(hours.valueStart, end),
      );
      if (off) fields.office_hours = `${fields.office_hours}(${off[1]})`;
    }
  }

  // 通信地址 apart from the 办公地址 taken: where letters go.
  for (const hit of hits) {
    if (hit.field !== 'address' || hit.start < application || isReadingPlace(match, hit.start)) continue;
    if (!/通信|通讯|邮寄/.test(match.slice(hit.start, hit.valueStart))) continue;
    const value = typedValue('address', valueAt(hit), printed, hit);
    if (value && fields.address && value !== fields.address && !fields.address.includes(value)) fields.mailing_address = value;
    break;
  }
  // 收件人:XX办公室 / 地址:… in the postal way: who letters go to, with the address right after it.
  const recipient = hits.find((hit) => hit.start >= application && /^收件人/.test(match.slice(hit.start, hit.valueStart)));
  let recipientOffice: string | undefined;
  if (recipient && !fields.mailing_address) {
    const name = valueAt(recipient);
    const next = hits.find((hit) => hit.start > recipient.start);
    const address =
      next?.field === 'address' && next.start - recipient.start < name.length + 12
        ? typedValue('address', valueAt(next), printed, next)
        : undefined;
    const to = address ?? fields.address;
    if (name.length >= 3 && name.length <= 40) fields.mailing_address = to ? `${to}（收件人：${name}）` : `收件人：${name}`;
    const office = cleanValue(name);
    if (office.length >= 5 && office.length <= 40 && /(?:办公室|中心|科|股|处|局|办|组)$/.test(office)) recipientOffice = office;
  }
  // 通过信函方式邮寄至北京市…11号XX办公室,邮编:100736: where letters go, said only in the postal way's sentence (a street
  // and number in it), no address labelled.
  if (!fields.mailing_address && !fields.address) {
    const sent =
      /(?:邮寄|寄送|寄)(?:至|到)[ \t]*([^\s,,;;。()“”"《》]{6,60}?(?:路|街|道|巷|大院|号)[^\s,,;;。()“”"《》]{0,30})(?=[,,;;。(]|\s|$)/.exec(
        match.slice(application),
      );
    if (sent) {
      const start = application + sent.index + sent[0].indexOf(sent[1]);
      fields.mailing_address = cleanValue(printed.slice(start, start + sent[1].length));
    }
  }
  // 可直接到交通运输部西门接待室当面提交: where an application is handed in, said only in the in-person way's sentence (a
  // room, hall or window named), no address labelled.
  if (!fields.address) {
    const handed =
      /(?:到|至|前往)[ \t]*([^\s,,;;。()“”"《》]{2,40}?(?:接待室|接待大厅|服务大厅|政务大厅|大厅|窗口|办公室|[0-9]+室))[ \t]*(?:当面|现场)(?:提交|递交|申请)/.exec(
        match.slice(application),
      );
    if (handed) {
      const start = application + handed.index + handed[0].indexOf(handed[1]);
      fields.address = cleanValue(printed.slice(start, start + handed[1].length));
    }
  }
  // 将申请表…传真到010-65293464: the fax number said in the fax way's sentence, no fax labelled.
  if (!fields.fax) {
    const faxed = /传真(?:到|至)[ \t]*(0\d{2,3}[-—－]?\d{7,8})/.exec(match);
    if (faxed) fields.fax = faxed[1];
  }
  // The office a sentence says takes applications (由XX受理中心(设在…)正式受理, XX综合办公室负责受理), when no office is labelled.
  const said = OFFICE_IN_SENTENCE.exec(match.slice(application));
  if (said) {
    const office = cleanValue(
      printed.slice(
        application + said.index + said[0].indexOf(said[1]),
        application + said.index + said[0].indexOf(said[1]) + said[1].length,
      ),
    );
    // 受理机构:雄关街道办事处 under 雄关街道综合办公室负责受理…: a label naming only the agency itself (its name, with or
    // without its city) is kept as labelled; the office the sentence names is kept beside it.
    const itself =
      fields.accepting_office !== undefined &&
      toSimplified(agency).endsWith(toSimplified(fields.accepting_office)) &&
      !toSimplified(office).endsWith(toSimplified(fields.accepting_office));
    if (office.length >= 4 && !fields.accepting_office) fields.accepting_office = office;
    else if (office.length >= 4 && itself) fields.accepting_unit = office;
  }
  if (!fields.accepting_office) fields.accepting_office = officeSaidUnderHeading(match, printed);
  // 本机关办公室为政府信息公开的具体工作机构: the agency's own office, named by 本机关.
  const ownOffice = /(?:^|[\n。:])\s*本(?:机关|单位|局|委|厅)(办公室|综合科|综合处|秘书科)(?:为|是)[^。\n]{0,20}工作机构/.exec(match);
  if (!fields.accepting_office && ownOffice && agency) fields.accepting_office = `${toSimplified(agency)}${ownOffice[1]}`;
  // XX办事处综合办公室具体承办本机关的政府信息公开事宜, under a 工作机构 heading before the application part; also over a
  // 机构名称 label that only names the agency itself (大同市公安局警令部秘书科具体承办… / 机构名称:大同市公安局).
  if (!fields.accepting_office || toSimplified(fields.accepting_office) === toSimplified(agency)) {
    const doing = OFFICE_DOING.exec(match);
    if (doing) {
      const start = doing.index + doing[0].indexOf(doing[1]);
      const office = cleanValue(printed.slice(start, start + doing[1].length));
      if (office.length >= 4) fields.accepting_office = office;
    }
  }

  if (!fields.accepting_office) {
    const body = OFFICE_IS_BODY.exec(match);
    if (body) {
      const start = body.index + body[0].indexOf(body[1]);
      const office = cleanValue(printed.slice(start, start + body[1].length));
      if (office.length >= 4) fields.accepting_office = office;
    }
  }

  if (!fields.accepting_office) {
    const bracketed = OFFICE_IN_BRACKETS.exec(match);
    if (bracketed) {
      const start = bracketed.index + bracketed[0].indexOf(bracketed[1]);
      fields.accepting_office = cleanValue(printed.slice(start, start + bracketed[1].length));
    }
  }

  // …发送至客户服务部的电子邮箱qhrq@example.com: a mailbox named in a sentence, with no label's colon; or only as where an
  // application is sent (3.电子邮箱申请。…填写后发送至xjwjwbgs001@xj.gov.cn).
  if (!fields.email) {
    const mailbox =
      // A space the page prints after the @ (发送至bszfxx@ 163.com) is no part of the address.
      /(?:(?:电子邮箱|电子信箱|邮箱)(?:为|是)?|发送(?:至|到))\s*([A-Za-z0-9._%+-]+@[ \t]?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/.exec(
        match,
      );
    if (mailbox) fields.email = mailbox[1].replace(/\s+/g, '');
  }
  if (fields.website) fields.website = ownSite(fields.website, hits, match, printed, valueAt) ?? fields.website;
  if (fields.website && agency) fields.website = namedOwnSite(agency, hits, match, printed, valueAt) ?? fields.website;
  if (!fields.accepting_office) fields.accepting_office = officeOfAcceptingPoint(match, printed);
  // …可以向湖南省乡村振兴局综合处提出申请: the office a sentence sends applications to, with no heading or label.
  if (!fields.accepting_office) {
    const toward = /(?:可以?|请|应当?)向([\u4e00-\u9fff]{2,30}?(?:办公室|处|科|股))提出(?:书面)?申请/.exec(match);
    if (toward) {
      const start = toward.index + toward[0].indexOf(toward[1]);
      fields.accepting_office = cleanValue(printed.slice(start, start + toward[1].length));
    }
  }
  // A zone office's own guide (中山火炬高新区综合办公室信息公开指南, stored as the committee's) serves through that office.
  if (!fields.accepting_office && /(?:管委会|管理委员会)$/.test(agency)) {
    const office = /^(.+?(?:党政综合办公室|党政办公室|综合办公室|办公室|党政办))(?:政府|政务)?信息公开/.exec(toSimplified(title));
    if (office && agency.startsWith(office[1].replace(/(?:党政综合办公室|党政办公室|综合办公室|办公室|党政办)$/, '')))
      fields.accepting_office = title.slice(0, office[1].length);
  }
  // The first of numbered accepting places ((1)上海市静安区江宁路社区事务受理服务中心; (2)…): the place, not its number.
  if (fields.accepting_office) fields.accepting_office = fields.accepting_office.replace(/^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．])\s*/, '');
  if (fields.accepting_office) fields.accepting_office = uncutOffice(fields.accepting_office, printed);
  // 受理机构为滑县政府信息公开领导小组办公室:解放路政府院内…: the office's place after a colon is no part of its name.
  const placeAfter = fields.accepting_office && /^([^:：]{3,30}?(?:办公室|办|科|处|股|中心|组))\s*[:：]\s*\S/.exec(fields.accepting_office);
  if (placeAfter) fields.accepting_office = placeAfter[1];
  // 机关当面受理点是本机关党政办公室: the office of 本机关 is the agency's own, named with it.
  const ownNamed = fields.accepting_office && /^(?:本机关|本单位)([\u4e00-\u9fff]{2,10})$/.exec(fields.accepting_office);
  if (ownNamed && agency) fields.accepting_office = `${toSimplified(agency)}${ownNamed[1]}`;
  // 联系电话:0392-3327117  0392-3327118(传真): a second number marked (传真) after it is the fax; so is a lone number marked
  // (传真) or (传真同号), with or without its area code (联系电话:6969806(传真)): the phone is the fax too.
  if (!fields.fax) {
    const marked = /((?:0\d{2,3}-)?\d{7,8})[ \t]*\((?:传真|傳真)(?:同号|同號)?\)/.exec(match);
    if (marked) fields.fax = marked[1];
  }
  // 申请人可通过联系电话(0539-6239464)咨询相关申请手续: the one number, in brackets after its label in a sentence.
  if (!fields.phone) {
    const bracketed = /(?:联系|咨询|办公)电话\s*[(（]\s*((?:0\d{2,3}[-—－]?)?\d{7,8})\s*[)）]/.exec(match);
    if (bracketed && !isReadingPlace(match, bracketed.index)) fields.phone = bracketed[1];
  }
  // 本机关政府信息公开咨询电话(0479)2306062: the area code in brackets right after the label, as printed.
  if (!fields.phone) {
    const coded = /(?:联系|咨询|办公)电话\s*([(（]0\d{2,3}[)）]\d{7,8})(?!\d)/.exec(match);
    if (coded && !isReadingPlace(match, coded.index))
      fields.phone = printed.slice(coded.index + coded[0].length - coded[1].length, coded.index + coded[0].length);
  }
  // (1)普陀区政务服务中心 / 窗口办公地址:… then (2)普陀区民政局办公室 / 受理地点:…: with no office named, the first numbered
  // place whose address was taken stands for it, and the second is a second place to hand in.
  const firstPlace = fields.accepting_office ?? numberedPlaceOfAddress(match, fields.address);
  if (firstPlace) {
    const second = secondAcceptingPlace(firstPlace, printed, match);
    if (second) fields.second_accepting = second;
  }

  const placeSpans: Array<{ start: number; end: number }> = [];
  for (const hit of hits) {
    if (hit.field !== 'address' || !isReadingPlace(match, hit.start)) continue;
    const name =
      placeName(match, printed, hit.start) ??
      numberedPlaceName(match, printed, hit.start) ??
      introducedPlaceName(match, printed, hit.start);
    // 市档案馆地址:海阳路260号,市图书馆地址:…: the next place's name before its own 地址 label is no part of this address.
    const address = valueAt(hit).replace(/[,，;；、]\s*[\u4e00-\u9fff]{2,15}(?:馆|中心|室|厅|处|站|点)$/, '');
    if (!name || !address) continue;
    const phoneHit = hits.find(
      (other) => other.field === 'phone' && other.start > hit.start && other.start - hit.start < address.length + 12,
    );
    const phone = phoneHit ? typedValue('phone', valueAt(phoneHit), printed, phoneHit) : undefined;
    // 4.政务公开专区,办公地址:…;办公时间:…;咨询电话:…: the rest of the place's line is its own hours and phone, kept with it.
    // (To its sentence's end: a page printed on one line is no place's line.)
    const stop = match.slice(hit.start, hit.start + 200).search(/[\n。]/);
    const lineEnd = stop < 0 ? -1 : hit.start + stop;
    const line = cleanValue(printed.slice(hit.valueStart, lineEnd < 0 ? hit.start : lineEnd)).replace(/[;；。]$/, '');
    const wholeLine = !phone && /电话\s*[:：]/.test(line) && line.length <= 160;
    const entry = wholeLine ? `${name}：${line}` : `${name}：${address}${phone ? `，电话：${phone}` : ''}`;
    if (!readingPlaces.includes(entry)) readingPlaces.push(entry);
    // (Only a line kept whole as the place's is its own: a place whose phone follows its address, on a page glued into one
    // line, leaves the office's phone printed after it to the office.)
    if (lineEnd >= 0 && wholeLine) placeSpans.push({ start: hit.start, end: lineEnd });
  }
  // A value printed only on such lines is the place's, never the office's.
  for (const key of ['office_hours', 'phone'] as const) {
    const value = fields[key];
    if (!value || placeSpans.length === 0) continue;
    const at = [...printed.matchAll(new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((found) => found.index);
    if (at.length > 0 && at.every((index) => placeSpans.some(({ start, end }) => index >= start && index < end))) delete fields[key];
  }

  const links = urls(printed, match);
  // 互联网址:http://… is the site's address, not a way to apply.
  const online =
    /在线申请|网上申请|在线提交|网上提交|互联网(?!址)|网络申请|网上办理|在线办理|依申请公开[”"]?(?:平台|系统|栏目)|公开申请网址/g;
  for (const found of match.matchAll(online)) {
    let stop = match.slice(found.index).search(/。|\n/);
    // 依申请公开互联网申请受理网址: with the address on the line after its label.
    if (stop >= 0 && /[:：]\s*$/.test(match.slice(found.index, found.index + stop)) && match[found.index + stop] === '\n') {
      const after = match.slice(found.index + stop + 1).search(/。|\n/);
      stop += 1 + (after < 0 ? 200 : after);
    }
    const end = found.index + (stop < 0 ? 200 : Math.min(stop, 200));
    const link = links.find((candidate) => candidate.start >= found.index && candidate.start < end);
    // 可在浙江省民呼我为统一平台(http://…)提出意见建议。浙江省民呼我为统一平台不受理政府信息公开申请。: a platform the guide says
    // takes no applications, in its sentence or the next, is no way to apply.
    // The words after the link up to the next link only (申请受理(http://a);…平台(http://b)…,该平台不受理…: b's refusal, not a's).
    const nextLink = link ? links.find((other) => other.start > link.start) : undefined;
    const after = link ? match.slice(link.start, Math.min(link.start + 200, nextLink?.start ?? Number.POSITIVE_INFINITY)) : '';
    const refusing = link
      ? /^[^。\n]*[。\n]?[^。\n]*?不(?:受理|接收|接受)(?:政府信息公开|依申请公开|信息公开)申请/.test(after) ||
        // 统一政务咨询投诉举报平台(http://…),点击…栏目,提出政府信息公开工作相关意见建议: a platform for complaints and opinions.
        /投诉举报平台\s*[(（]?\s*$/.test(match.slice(Math.max(0, link.start - 30), link.start)) ||
        /^[^。\n;；]*?提出[^。\n申]{0,24}意见建议/.test(after)
      : false;
    if (link && !refusing) {
      fields.online_application_url = link.url;
      break;
    }
  }
  if (!fields.website) {
    const sites = links.filter(
      (link) =>
        /网站|门户|政府网|政务网|网址|官网|网页|平台/.test(match.slice(Math.max(0, link.start - 24), link.start)) &&
        !/目录|点此|链接/.test(match.slice(Math.max(0, link.start - 8), link.start)),
    );
    // The agency's own site (本机关门户网站(http://…)), else the address the guide lists among its publication
    // channels (which may be a higher government's portal as well), else the first it names.
    // 中国南平政府网站(www.np.gov.cn)和南平市民政局网站(www.npmz.gov.cn): the site named by the agency's own name is its own.
    // (白云乡人民政府网站 for 青松县白云乡人民政府: the name without the county before it, when a place is left in it;
    // 中山市医疗保障局政务网(http://…): a 政务网 is a website too.)
    const shorter = agency.replace(/^\p{Script=Han}{2,8}?(?:省|市|县|区|州|盟|旗)(?=\p{Script=Han}{1,8}?(?:乡|镇|街道|区|县))/u, '');
    const escaped = [...new Set([agency, shorter])].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const namedOwn = new RegExp(
      `(?:${escaped})(?:的)?(?:部门网站|门户网站|网站|政务网|官网|官方网站)\\s*[(（]?\\s*(?:网址\\s*[:：]?)?\\s*$`,
    );
    const site =
      sites.find((link) =>
        // 本机关政府网站(http://…) after the district's: the agency's own site, 政府 in its name.
        /(?:本机关|本单位|本部门|本局|我委|我局|我单位|我办)(?:的)?(?:政府)?(?:门户网站|网站|官网|官方网站)/.test(
          match.slice(Math.max(0, link.start - 16), link.start),
        ),
      ) ??
      (agency ? sites.find((link) => namedOwn.test(match.slice(Math.max(0, link.start - agency.length - 12), link.start))) : undefined) ??
      sites.find((link) =>
        /公开渠道|公开方式|公开形式|公开载体|获取方式|查阅方式/.test(match.slice(Math.max(0, link.start - 80), link.start)),
      ) ??
      sites[0];
    if (site) fields.website = site.url;
  }
  for (const place of labelledPlaceLines(printed, match)) if (!readingPlaces.includes(place)) readingPlaces.push(place);
  for (const place of placeListEntries(printed, match)) if (!readingPlaces.includes(place)) readingPlaces.push(place);
  // 查阅地点:… / 查阅时间:… / 联系电话:…: the place itself, not the sentences sending one to it.
  const labelled = placeLabelledLines(printed, match);
  if (readingPlaces.length === 0 && labelled.length === 0) readingPlaces.push(...placeSentences(printed, match));
  // 市档案馆 办公地址:… / 联系电话:… / 服务时间:…: a reading place's own lines, kept whole; none of them is the office's.
  const headed = [...placeHeadedLines(printed, match), ...labelled];
  for (const { entry } of headed) if (!readingPlaces.includes(entry)) readingPlaces.push(entry);
  for (const key of ['office_hours', 'phone', 'address'] as const) {
    const value = fields[key];
    if (value && headed.some(({ start, end }) => printed.slice(start, end).includes(value))) delete fields[key];
  }
  for (const place of tableReadingPlaces(printed, match)) if (!readingPlaces.includes(place)) readingPlaces.push(place);
  // 2.某某局查阅。 / 地址:… / 开放时间:… / 联系电话:…: a place to read at, kept whole (the body's own contacts stay its own).
  for (const place of placeItems(printed, match)) if (!readingPlaces.includes(place)) readingPlaces.push(place);
  // 6.政务服务场所:某某大厅(地址:…;查询服务时间:…) after 5.某某档案馆(…): each such place, once.
  for (const place of placesWithReadingHours(printed, match)) {
    const name = place.slice(0, place.search(/[(（]/));
    if (!readingPlaces.some((entry) => entry.includes(name))) readingPlaces.push(place);
  }
  if (readingPlaces.length > 0) fields.reading_places = readingPlaces;
  const limit = timeLimit(printed, match, application);
  if (limit) fields.time_limit = limit;
  // (六)收费标准 / 2021年1月1日起,按照《…信息处理费管理办法…》执行, printed before the application part: the fee for
  // applying all the same, when it names the 信息处理费.
  const feeBefore = application > 0 ? fees(printed.slice(0, application), match.slice(0, application), 0) : undefined;
  const fee = fees(printed, match, application) ?? (feeBefore?.includes('信息处理费') ? feeBefore : undefined);
  if (fee) fields.fees = fee;
  const ways = channels(printed, match, application);
  if (ways) fields.channels = ways;
  const read = proactiveScope(printed, match);
  // 除以下信息外,其余政府信息应当公开: (1)…国家秘密…: the list under the scope heading is what is kept back, not what is published.
  const exceptions = read && exceptionsListed(read.full ?? read.short);
  const scope = exceptions ? undefined : read;
  if (scope) fields.proactive_scope = scope.short;
  if (scope?.full) fields.proactive_scope_full = scope.full;
  const proactive = proactiveTimeLimit(printed, match);
  if (proactive) fields.proactive_time_limit = proactive;
  const revised = REVISED.exec(match.slice(0, 3000));
  if (revised) {
    const at = revised.index + revised[0].lastIndexOf(revised[1]);
    fields.revised = printed.slice(at, at + revised[1].length).replace(/\s+/g, '');
  } else {
    // The year in the title itself (蒲川乡2018年政务信息公开指南): the guide's edition.
    const year = /^[^\n]{0,30}?((?:19|20)\d{2}年)(?:度)?(?:政务|政府)?信息公开(?:咨询)?指南[ \t]*$/m.exec(match.slice(0, 600));
    if (year) fields.revised = year[1];
  }
  const layout = catalogueLayoutWords(printed, match);
  if (layout) fields.catalogue_layout = layout;
  const catalogueContents = catalogueLayoutWords(printed, match, CONTENTS_HEADING);
  if (catalogueContents) fields.catalogue_contents = catalogueContents;
  const usage = catalogueLayoutWords(printed, match, USAGE_HEADING);
  if (usage) fields.site_usage = usage;
  const since = ACCEPTED_SINCE.exec(match);
  if (since)
    fields.accepted_since = printed
      .slice(since.index + since[0].indexOf(since[1]), since.index + since[0].indexOf(since[1]) + since[1].length)
      .trim();
  const publication = proactiveChannels(printed, match);
  if (publication) fields.proactive_channels = publication;
  // 主要采取网上公开的形式。公开网址为兰州市政府门户网站和兰州市教育局门户网站: the sites named in a sentence, no heading above it.
  else {
    const named =
      saidOnce(printed, match, /(?:公开|发布)(?:网址|网站|平台)(?:为|是|:|：)/, /门户网站|政府网站|官方网站|官网|网站/) ??
      // 主要采取网上公开的形式,通过嘉兴市教育局门户网站、浙江政务服务网向社会公开: the sites it publishes through, named in a
      // sentence with no heading above it.
      saidOnce(
        printed,
        match,
        /通过[^。；;，,]{0,40}?(?:门户网站|政府网站|政务服务网|官方网站|官网)[^。；;，,]{0,12}?(?:向社会|主动|予以|进行)公开/,
        /门户网站|政府网站|政务服务网|官方网站|官网/,
      );
    if (named) fields.proactive_channels = named;
  }
  // 政务新媒体:水务局微信公众号 on a line among the office's contacts: an account it publishes through, as the guide names it.
  // Or said in a sentence under its heading: 甘谷县官方政务新媒体为甘谷政务微信公众号,主办单位为….
  const account =
    /(?<=^|\n)[ \t]*((?:政务新媒体|微信公众号|政务微信|官方微博|政务微博)[ \t]*:[ \t]*[^\n:]{2,30}?)[ \t]*(?=\n|$)/.exec(match) ??
    /(?<=[\n。])[ \t]*[^\n。,，]{0,12}?((?:政务新媒体|政务微信|官方微博|政务微博)(?:为|是)[^\n。,，:]{2,30}?(?:微信公众号|公众号|微博|抖音号|视频号))(?=[\n。,，]|$)/.exec(
      match,
    );
  if (account) {
    const at = account.index + account[0].indexOf(account[1]);
    const words = cleanValue(printed.slice(at, at + account[1].length));
    const value = words.replace(/^[^:：]*[:：]\s*/, '').replace(/^(?:政务新媒体|政务微信|官方微博|政务微博)(?:为|是)/, '');
    if (!fields.proactive_channels?.includes(value))
      fields.proactive_channels = fields.proactive_channels ? `${fields.proactive_channels}；${words}` : words;
  }
  const notes = channelNotes(printed, match, application, fields.email);
  const mailbox = mailboxRefusesApplications(printed, match, fields.email) ?? mailRefusesApplications(printed, match);
  const byPhone = phoneRefusesApplications(printed, match);
  const platform = platformRefusesApplications(printed, match);
  const helped = onlineApplyingHelped(printed, match);
  const byFax = byPhone && /传真/.test(byPhone) ? undefined : faxRefusesApplications(printed, match);
  const attached = channelsAttached(printed, match);
  if (notes || mailbox || byPhone || byFax || platform || helped || attached)
    fields.channel_notes = [
      ...(notes ?? []),
      ...(attached ? [attached] : []),
      ...(mailbox ? [mailbox] : []),
      ...(byPhone ? [byPhone] : []),
      ...(byFax ? [byFax] : []),
      ...(platform ? [platform] : []),
      ...(helped ? [helped] : []),
    ];
  // jysjwjbgs@126.com(依申请公开专用邮箱): a mailbox the guide keeps for applications is a way of applying by e-mail, noted as
  // such (not added to the ways listed: a page cut before its ways would seem to list that one alone).
  if (fields.email && !(fields.channel_notes ?? []).some((note) => note.startsWith('电子邮件'))) {
    const at = match.indexOf(fields.email);
    const after = match.slice(at + fields.email.length, at + fields.email.length + 24);
    const kept = at >= 0 ? MAILBOX_FOR_APPLICATIONS.exec(after) : null;
    if (kept) fields.channel_notes = [...(fields.channel_notes ?? []), `电子邮件：${fields.email}（${kept[1]}）`];
  }
  const form = applicationForm(printed, match, application);
  if (form) fields.application_form = form;
  const formName = applicationFormName(printed, match, application, form);
  if (formName) fields.application_form_name = formName;
  const retention = saidOnce(
    printed,
    match,
    /留存(?:的)?(?:期限|时间)|保留(?:的)?(?:期限|时间)/,
    /\d+\s*(?:个月|年)|[一二三四五六七八九十两]+(?:个月|年)|长期|永久/,
  );
  if (retention) fields.online_retention = retention;
  const updates = saidOnce(
    printed,
    match,
    /(?:《指南》|本指南|指南)[^。]{0,12}更新|更新[^。]{0,6}(?:《指南》|本指南)/,
    /每年|实时|及时|定期|每季度|每半年|适时|随时|有变化|发生变化|有变更/,
  );
  // …根据《条例》,制订本指南并实时更新: only the clause from the guide's name on.
  if (updates) fields.guide_updates = updates.length > 40 ? updates.replace(/^.*[,，](?=[^,，]*指南[^,，]*更新)/, '') : updates;
  const contents = applicationContents(printed, match);
  if (contents) fields.application_contents = contents;
  const materials = applicationMaterials(printed, match);
  if (materials) fields.application_materials = materials;
  // 每张申请表申请一条政府信息, 一份申请只能申请一项, 一事一申请: how much one application may ask.
  const perForm = saidOnce(
    printed,
    match,
    /(?:每|一)(?:张|份|一份|个)申请(?:表|书)?|一事一申请|一申请一事/,
    /(?:申请|填写|提出|对应|限|只能|仅)\s*(?:一|1)\s*(?:条|项|个|件|事)|一事一申请|一申请一事/,
  );
  // 信函到达受理机构的时间为申请时间, 以签收之日为收到申请之日: when a letter (or a fax, an e-mail) counts as received.
  const received = saidOnce(
    printed,
    match,
    /到达|送达|签收|收到|收讫|寄达/,
    /(?:为|视为|作为|以)[^。;；]{0,16}(?:申请|收到申请|受理)(?:的)?(?:时间|日期|之日|日)/,
  );
  if (received) fields.received_on = received;
  // 申请人可以通过电话咨询相应的服务业务, 学校通过电话方式接受口头信息公开咨询, 电话仅提供咨询: that one may ask by phone (not a scope
  // item naming the 咨询电话 among what is published: 信息公开咨询电话号码、接受电话咨询的时间…).
  const byPhoneConsult = PHONE_CONSULT.exec(match);
  if (byPhoneConsult) {
    // The part of its sentence that says it (a page printed on one line runs the office's contacts into it): from the last
    // comma or heading before, to the next comma after.
    const before = match.slice(Math.max(0, byPhoneConsult.index - 40), byPhoneConsult.index);
    const cut = Math.max(
      ...[...before.matchAll(/[。;；\n,，:：]|\s(?=[一二三四五六七八九十]{1,3}、)/g)].map((m) => m.index + m[0].length),
      0,
    );
    const start = byPhoneConsult.index - before.length + cut;
    const end = /[。;；\n,，]/.exec(match.slice(byPhoneConsult.index))?.index ?? 60;
    const words = cleanValue(withoutHeading(printed.slice(start, byPhoneConsult.index + Math.min(end, 60)))).replace(
      /^(?:但是?|并且|另外)/,
      '',
    );
    if (words.length >= 6) fields.phone_consult = words;
  }
  // 可以按照《依申请公开工作流程图》提出申请获取: the chart is a picture the text never holds; the sentence naming it says
  // where the steps are drawn.
  const flow = saidOnce(printed, match, /流程图/, /申请|办理|受理|程序/, 120);
  if (flow) fields.application_flow = flow;
  // 《目录》将会根据信息产生的具体情况作不定期更新: how often the catalogue itself is updated, apart from the guide's own clause.
  const catalogueUpdated = saidOnce(
    printed,
    match,
    /目录/,
    /(?:定期|不定期|及时|实时|每年|每季度|每月|随时)[^。;；\n]{0,6}更新|更新[^。;；\n]{0,4}(?:一次|及时)/,
    120,
  );
  if (catalogueUpdated) fields.catalogue_updates = catalogueUpdated;
  // 涉及国家秘密、商业机密和个人隐私…的政府信息,不属于公开范围 / 刑事司法类信息不属于政府信息公开范围: the guide's own list of what it
  // keeps back (a clause on replying 属于不予公开范围的,告知… names no kind of information and is not taken).
  const kept = saidUpTo(
    printed,
    match,
    /不予公开|不属于(?:政府信息)?公开(?:的)?范围|不得公开|免予公开/,
    /涉及|秘密|机密|隐私|刑事|危及|安全/,
    3,
  );
  // (下列信息不予公开: 1.… on the lines after: a list's head quoted alone would cut the list, so it is not taken.)
  if (kept && !/下列|以下|如下/.test(kept)) fields.not_disclosed = kept;
  else if (exceptions) fields.not_disclosed = exceptions;
  // 在公开政府信息前…对拟公开的政府信息进行审查: information is reviewed before it is published.
  const review = saidOnce(
    printed,
    match,
    /拟公开|(?:公开|发布)(?:政府信息)?(?:之|以)?前/,
    /(?:进行|保密|依法)审查|审查(?:机制|制度|程序)|(?:进行|保密|依法)审核/,
  );
  if (review) fields.prepublication_review = review;
  // 为了…,根据《中华人民共和国政府信息公开条例》(国务院令第492号…),编制本指南: what the guide was compiled under, from the words
  // naming it (根据, 根據 as a 繁体 page prints it), at most 120 characters.
  const compiled = saidOnce(printed, match, /编制(?:本|此|该)?(?:《[^》]{0,30}》|指南)|制定本指南/, /根据|依据|按照/, 400);
  if (compiled) {
    const from = compiled.search(/根[据據]|依[据據]|按照/);
    const words = from > 0 ? compiled.slice(from) : compiled;
    fields.compiled_under = words.length > 120 ? `${words.slice(0, 120)}…` : words;
  }
  // The guide's own words on steps the regulation also rules on: said as the guide says them, before the general rule.
  for (const [key, what, how, most] of OWN_WORDS) {
    const said = saidUpTo(printed, match, what, how, most);
    // · 书面申请, (2)書面申請: a way's heading alone says nothing of applying in writing.
    if (key === 'written_application' && said && said.replace(/^[\s·•(（)）\d.、]+/, '').length < 8) continue;
    if (said) fields[key] = said;
  }
  // 主要办公场所地址:…,开放时间:周一至周五:9:00-12:00,…: hours printed as 开放时间 right after the agency's own office address, in
  // its clause run, are the office's hours (a reading place's 开放时间 follows that place's address, not the office's).
  if (!fields.office_hours) {
    const opening = OFFICE_ADDRESS_THEN_OPENING.exec(match);
    const at = opening ? opening.index + opening[0].length - opening[1].length : -1;
    if (opening && !isReadingPlace(match, opening.index)) fields.office_hours = cleanValue(printed.slice(at, at + opening[1].length));
  }
  // 也可工作日前往汉中市农业农村局获取政府信息: the days one may come, when no office hours are printed.
  if (!fields.office_hours) {
    const days = saidOnce(printed, match, /前往|到[^。,，]{1,20}(?:查阅|获取)|现场查阅/, /工作日|周一至周五|星期一至星期五/);
    if (days) fields.visiting_days = days;
  }
  if (perForm) fields.items_per_form = perForm.replace(/^\s*\d{1,2}[、.．]\s*/, '');
  // 可以在本机关的网站上查阅《指南》,也可以到本校校长办公室查阅: where the guide itself may be read. Two websites' addresses
  // before the place it is handed out (…(http://www.lyweixiao.cn/)查阅本《指南》,也可以到本《指南》指定发放点学校办公室领取) may run
  // past 100 characters: up to 160 are kept, so the last place is not cut.
  const reading = saidOnce(
    printed,
    match,
    // 《指南》每年更新一次,可以在包头档案信息网(www.…)政府信息公开栏目查询: where it is read, after a clause on its updates.
    /(?:查阅|获取|索取|领取)[^。]{0,4}(?:《指南》|本指南)|(?:《指南》|本指南)[^。]{0,20}(?:查阅|获取|索取|领取)|(?:《指南》|本指南)[^。,，]{0,12}[,，]可以(?:在|到)[^。]{2,60}?(?:查阅|查询)/,
    /网站|信息网|政府网|政务网|办公室|大厅|中心|窗口|档案馆|图书馆|[^。]室/,
    160,
  );
  if (reading) fields.guide_reading = reading;
  else {
    // 《指南》将及时作出更新、说明。公民、法人和其他组织可以在XX办公室(具体地址:…)查阅。: the sentence after the one on the
    // 《指南》 says where, with no object of its own.
    const next = /(?:《指南》|本指南)[^。\n]{0,60}。\s*([^。\n]{0,20}可以(?:在|到)[^。\n]{2,80}?查阅)。/.exec(match);
    // Or a website (本《指南》每年更新一次。公民…可以在岳阳县人民政府网站()查阅。).
    if (next && /网站|办公室|大厅|中心|窗口|档案馆|图书馆|[^。]室/.test(next[1])) {
      const start = next.index + next[0].indexOf(next[1]);
      fields.guide_reading = cleanValue(printed.slice(start, start + next[1].length));
    }
  }
  // 可以在六安市政府信息公开网站金寨县政府栏目上查询《目录》, 可以在门户网站上查阅该目录,也可到信息公开办公室查询: where the
  // catalogue itself may be read.
  const catalogue = saidOnce(
    printed,
    match,
    /(?:查阅|查询|查看|获取)[^。]{0,4}(?:《目录》|该目录|本目录|《[^》]{0,40}目录》)|(?:《目录》|该目录|本目录|《[^》]{0,40}目录》)[^。]{0,20}(?:查阅|查询|查看|获取)/,
    /(?:在|到|登录)[^。]{0,40}(?:网站|网|办公室|大厅|中心|窗口|档案馆|图书馆|栏目|[^。]室)/,
    // …查阅《目录》https://…(a long address),也可以到本机关办公室或是到县档案局查阅: the places after a long address are kept.
    200,
  );
  if (catalogue) fields.catalogue_reading = catalogue;
  // 可以向市政府指定的依申请公开集中受理点(市审批办证中心)提出申请: a central point accepting applications for many agencies.
  const central = saidOnce(printed, match, /集中受理(?:点|窗口|中心)|统一受理(?:点|窗口)/, /申请/);
  if (central) fields.central_acceptance = central;
  // 监督电话 (监督投诉电话) beside the office's own phone: kept apart when the office's phone is another number.
  const supervision = /(?:监督(?:投诉|举报)?|投诉|举报)电话\s*:\s*/.exec(match);
  if (supervision) {
    const number = extract(printed.slice(supervision.index + supervision[0].length, supervision.index + supervision[0].length + 30), PHONE);
    if (number && number !== fields.phone) fields.supervision_phone = number;
  }
  // 监督机构 on a line of its own, then the supervising offices each with its phone (姚安县人民政府办公室综合股:0878-5712792):
  // the first office's phone, with its name.
  if (!fields.supervision_phone) {
    const heading = /(?<=^|\n)[ \t]*监督机构[ \t]*\n\s*([\u4e00-\u9fff]{4,30}?(?:股|科|室|处|办公室|局|委员会))[ \t]*:[ \t]*/.exec(match);
    const number = heading
      ? extract(printed.slice(heading.index + heading[0].length, heading.index + heading[0].length + 30), PHONE)
      : undefined;
    if (heading && number && number !== fields.phone) {
      const start = heading.index + heading[0].indexOf(heading[1]);
      fields.supervision_phone = `${number}（${printed.slice(start, start + heading[1].length)}）`;
    }
  }
  // 供电服务热线、12398能源监管热线等投诉渠道: a hotline named by its number among the ways to complain, with no phone labelled so.
  if (!fields.supervision_phone) {
    for (const clause of match.matchAll(/[^。;；\n]+/g)) {
      if (!/投诉(?:渠道|途径|电话|热线)/.test(clause[0])) continue;
      const hotline = /(?<![\d-])(\d{5})(\p{Script=Han}{0,8}?热线)/u.exec(clause[0]);
      if (!hotline) continue;
      const at = clause.index + hotline.index;
      fields.supervision_phone = printed.slice(at, at + hotline[0].length);
      break;
    }
  }
  // 接待投诉时间:周一至周五上午8:30-12:00…: the hours complaints are received, which may differ from the office's.
  const complaintHours = /(?:接待|受理)投诉(?:的)?时间|投诉(?:接待|受理)时间/.exec(match);
  if (complaintHours) {
    const start = complaintHours.index + complaintHours[0].length;
    const hours = /^\s*[:：]?\s*([^。;；\n]{4,80})/.exec(printed.slice(start, start + 90))?.[1];
    if (hours && /\d{1,2}\s*[:：时点]/.test(hours)) fields.complaint_hours = hours.trim();
  }

  // 联系地址:郑州市金水区金水东路18号(邮政编码450016): the post code in brackets after the address is the post code.
  for (const key of ['address', 'mailing_address'] as const) {
    const bracketed = fields[key] ? BRACKETED_POST_CODE.exec(fields[key]) : null;
    if (!bracketed) continue;
    fields[key] = fields[key]!.slice(0, bracketed.index).trim();
    fields.post_code ??= bracketed[1];
  }

  // 政务公开分管领导:金林贵: the leader in charge of the disclosure work, a person's name (not a post: 办公室主任).
  const leader = DISCLOSURE_LEADER.exec(match);
  if (leader && !/主任|局长|厅长|处长|科长|书记|领导|同志|负责|分管/.test(leader[1])) {
    const start = leader.index + leader[0].length - leader[1].length;
    fields.disclosure_leader = printed.slice(start, start + leader[1].length);
  }

  // 机构名称:…办公室 / 主 任: 徐东兴: the accepting office's head, on a line of its own just after the office is named.
  const head = OFFICE_HEAD.exec(match);
  if (head && /受理机构|机构名称|工作机构|办公室|联系方式/.test(match.slice(Math.max(0, head.index - 120), head.index))) {
    const start = head.index + head[0].length - head[1].length;
    fields.office_head = printed.slice(start, start + head[1].length);
  }

  // 1.受理机构 …办公室为本机关信息公开工作机构…联 系 人:于杰 / 联系电话:…: the person the accepting office's contacts name; a
  // reading place's (金林区档案馆 电话:… 联系人:刘琼) is that place's, not the office's.
  for (const person of match.matchAll(CONTACT_PERSON)) {
    const before = match.slice(Math.max(0, person.index - 300), person.index);
    const line = match.slice(match.lastIndexOf('\n', person.index) + 1, person.index);
    if (!/受理机构|工作机构|受理部门|受理单位|信息公开工作机构/.test(before) || /档案馆|图书馆|查阅|阅览/.test(line)) continue;
    const start = person.index + person[0].length - person[1].length;
    fields.contact_person = printed.slice(start, start + person[1].length);
    break;
  }

  const sourceLine = /(?:原文链接|原文地址|来源网址|链接)\s*:\s*(https?:\/\/\S+)/.exec(match) ?? /^\s*(https?:\/\/[^\s(（]+)/.exec(match);
  const sourceUrl = sourceLine
    ? printed.slice(
        sourceLine.index + sourceLine[0].indexOf(sourceLine[1]),
        sourceLine.index + sourceLine[0].indexOf(sourceLine[1]) + sourceLine[1].length,
      )
    : undefined;
  // “杭州滨江”门户网站(网址:http://m.zxgxy.com/) on a mirror's copy: a government body's site under a foreign domain is the
  // mirror's, no site of the agency (site-domain.ts).
  // (一)受理申请机构:市卫健委: the office named by the short name the guide gave its agency (秦皇岛市卫生健康委员会(以下简称市卫健委))
  // is the agency itself, said in full.
  if (
    agency &&
    fields.accepting_office &&
    fields.accepting_office.length <= 12 &&
    shortNameIntroduced(agency, fields.accepting_office, match)
  )
    fields.accepting_office = agency;
  // 收件人:重庆市南川区南城街道办事处基层治理指挥中心, no office named anywhere else: the office letters go to takes the
  // applications (a person's name is none).
  if (!fields.accepting_office && recipientOffice) fields.accepting_office = recipientOffice;
  const formerName = agency ? formerNameOf(agency, printed, match) : undefined;
  const shortName = agency ? ownShortName(agency, printed, match) : undefined;
  return {
    agency,
    title,
    sourceUrl,
    ...(formerName ? { formerName } : {}),
    ...(shortName ? { shortName } : {}),
    fields: withOwnSitesOnly(ordered(fields), agency),
  };
}

/** A label naming the leader in charge of the disclosure work, and the name after it (政务公开分管领导:金林贵 办公地址:…). */
/** 主 任: 徐东兴 on a line of its own (a deputy's 副主任 line is not the head). */
const CONTACT_PERSON = /联[ \t]*系[ \t]*人[ \t]*[:：][ \t]*([\u4e00-\u9fff]{2,4})(?=[\s,，;；。(（]|$|联系|电话|办公)/g;

const OFFICE_HEAD = /(?<=^|\n)[ \t]*主[ \t]*任[ \t]*[:：][ \t]*([\u4e00-\u9fff]{2,4})[ \t]*(?=\n|$)/;

const DISCLOSURE_LEADER =
  /(?:政务公开|政府信息公开|信息公开)(?:工作)?分管(?:领导|负责人)[ \t]*[:：][ \t]*([\u4e00-\u9fff]{2,4})(?=[\s,，;；。(（]|$|办公|联系|工作|地址|电话)/;

/** True when the text introduces `short` as the short name of `agency` (秦皇岛市卫生健康委员会(以下简称市卫健委)). */
function shortNameIntroduced(agency: string, short: string, match: string): boolean {
  const literal = (text: string) => matchingForm(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${literal(agency)}\\s*[(（]\\s*以下简称\\s*[“"‘]?${literal(short)}[”"’]?\\s*[)）]`).test(match.slice(0, 3000));
}

/**
 * The short name the guide gives its agency right after the full name near the top (四川泸州(长江)经济开发区管理委员会(以下简称
 * “长开区管委会”)): a body's name made of the full name's own characters, not 本局, 市人社局 nor a document's 《指南》.
 */
function ownShortName(agency: string, printed: string, match: string): string | undefined {
  const escaped = matchingForm(agency).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`${escaped}\\s*[(（]\\s*以下简称\\s*[“"‘]?([\\u4e00-\\u9fff]{3,12}?)[”"’]?\\s*[)）]`).exec(match.slice(0, 3000));
  if (!found) return undefined;
  const start = found.index + found[0].indexOf(found[1]);
  const name = printed.slice(start, start + found[1].length);
  const simplified = toSimplified(name);
  if (name === agency || /^(?:本|该|市|县|区|省|镇|乡|街道)/.test(simplified)) return undefined;
  if (!/(?:局|委员会|管委会|委|办公室|办|院|中心|政府|街道|镇|乡|所|站|馆|厅|分局)$/.test(simplified)) return undefined;
  // 高新区管委会, 开发区管委会: a zone's kind alone is no name of one body.
  const place = simplified.replace(/(?:管理委员会|管委会|委员会|人民政府|政府)$/, '');
  if (/^(?:经济技术开发|经济开发|高新技术产业开发|高新技术开发|经开|高新|开发|新|园|工业园|产业园|工业|保税|综保|示范)区$/.test(place))
    return undefined;
  // Its first two characters both stand in the full name, in order (长开区管委会 of 四川泸州(长江)经济开发区…).
  const full = toSimplified(agency);
  const first = full.indexOf(simplified[0]);
  return first >= 0 && full.indexOf(simplified[1], first + 1) > first ? name : undefined;
}

/** One time of three or four digits that lost its colon (830, 1200): hour and minute, or undefined when it can be none. */
function lostColonTime(digits: string): string | undefined {
  const hour = Number(digits.slice(0, -2));
  const minute = Number(digits.slice(-2));
  return hour <= 23 && minute <= 59 ? `${hour}:${digits.slice(-2)}` : undefined;
}

/**
 * Hours whose times lost their colons and dashes, each part of the day still labelled (上午8301200;下午14001730): a run of
 * seven or eight digits after 上午/下午 that splits into two times one way only (830|1200, never 83|01…) is that span, the
 * printed digits said after the hours. A run that could be split two ways, or all the day's times run together
 * (8301200143018), is left as printed, and then read as no hours.
 */
function restoredLostColons(hours: string): string {
  if (/\d\s*[:：]\s*\d/.test(hours)) return hours;
  const printed: string[] = [];
  const restored = hours.replace(/(?<=上午|下午|中午|晚上)(\d{7,8})(?!\d)/g, (run) => {
    const spans = [3, 4, 5]
      .map((cut) => [run.slice(0, cut), run.slice(cut)])
      .filter(([from, to]) => from.length >= 3 && from.length <= 4 && to.length >= 3 && to.length <= 4)
      .map(([from, to]) => [lostColonTime(from), lostColonTime(to), Number(from), Number(to)] as const)
      .filter(([from, to, start, end]) => from !== undefined && to !== undefined && start < end);
    if (spans.length !== 1) return run;
    printed.push(run);
    return `${spans[0][0]}-${spans[0][1]}`;
  });
  return printed.length === 0 ? hours : `${restored}（原文时间的冒号和连接号缺失，印作${[...new Set(printed)].join('、')}）`;
}

/** A field's value in its own shape: the number, address or name found in the labelled text. */
function typedValue(field: LabelledField, value: string, printed: string, hit: LabelHit): string | undefined {
  if (!value) return undefined;
  switch (field) {
    case 'phone':
    case 'fax': {
      // 联系电话:82827129/82832993(传真): the number after the slash is the fax, named in its brackets; the phone is the first.
      const withFax =
        field === 'phone' ? /^\s*([\d\-—－()（）]{7,18}?)\s*[/／]\s*[\d\-—－]{7,13}\s*[(（]\s*传真\s*[)）]/.exec(value) : null;
      const phone = extract(withFax ? withFax[1] : value, PHONE);
      // 联系电话:0769-22007066(总机)0769-22007136(咨询电话): two numbers, each with what it is in brackets, are both the office's.
      const roled = ROLED_PHONES.exec(matchingForm(value));
      if (roled && phone && matchingForm(phone) === roled[1])
        return `${phone}（${roled[2]}）、${roled[3]}${roled[4] ? `（${roled[4]}）` : ''}`;
      // 联系电话:09162626963 where the page printed 0916-2626963 before: the number as the page's dashed form.
      if (phone && /^\d{7,8}$/.test(phone)) return withAreaCode(phone, printed) ?? phone;
      return phone && /^0\d{9,11}$/.test(phone) ? (dashedForm(phone, printed) ?? phone) : phone;
    }
    case 'email':
      return extract(value, EMAIL)?.replace(/\s+/g, '');
    case 'post_code':
      return extract(value, POST_CODE);
    case 'website': {
      // http://www. weidong.gov.cn/: a space the page put after www. is no end of the address.
      // 具体目录请点此(网址为:http://…/fdzdgknr/): the address of a catalogue page, not the agency's site.
      if (/目录|点此|链接/.test(printed.slice(Math.max(0, hit.start - 8), hit.start))) return undefined;
      // 信息公开申请网址:http://…/ysqgk/: where applications are made online, not the agency's site.
      // 依申请公开互联网申请受理网址:…: the same, its label with 受理 after 申请.
      if (/申请(?:受理)?$/.test(matchingForm(printed.slice(Math.max(0, hit.start - 6), hit.start)))) return undefined;
      const found = extract(value.replace(/((?:https?:\/\/)?www\.)\s+(?=[A-Za-z0-9])/i, '$1'), new RegExp(URL.source));
      // drc.jiangxi.gov.cnwww.jiangxi.gov.cn: two sites printed with nothing between them; the first is the one labelled.
      return found
        ? trimUrl(found, printed, hit.valueStart + value.length).replace(/(\.(?:cn|com|net|org))www\.[\s\S]*$/i, '$1')
        : undefined;
    }
    case 'accepting_office': {
      // …办公室,负责全镇政府信息公开的日常工作: an office's name holds no comma; what follows says what it does.
      // 经济开发区党政综合办公室是…管委会信息公开工作机构: the name before 是 says which office it is.
      // Split where the simplified form does (縣人民政府辦公室…,負責…: a 繁体 page's clause is the same clause).
      const cut = matchingForm(value).search(
        // 受理机构:平凉市招商局办公室负责受理公众向…提交的申请: an office's name ends before what it does, comma or none.
        /[,，](?=负责|承担|具体|主要|是|为)|是(?=[^,，。]{0,30}(?:工作[机機][构構]|受理[机機][构構]))|(?<=.{2}(?:办公室|室|科|股|处|中心))(?=负责|具体承办|承担)/,
      );
      const office = cleanValue(cut >= 0 ? value.slice(0, cut) : value)
        // 受理…申请的机构为:国家税务总局霍邱县税务局…办公室: the label's 为 before the colon is no part of the name.
        .replace(/^[为為是]\s*[:：]?\s*/, '')
        // 受理机构:本单位保管利用科: the page's own 本单位/本机关 before a section's name names no other body; the section is the
        // agency's own (保管利用科). (本机关办公室 is kept whole: 办公室 alone would say less than the page.)
        .replace(/^(?:本单位|本單位|本机关|本機關)(?=[^办辦]{1,12}(?:科|股|处|處|组|組)$)/, '')
        // …领导小组办公室(局机关办 at a cut page's end: a bracket nothing closes is cut, no part of the name.
        .replace(/(?<=.{3})[(（][^()（）]*$/, '');
      // …领导小组办公室,学院层面的 (the next clause's start up to its own label): the name is the clause ending in an office.
      const clause = /^([^,，]{3,40}?(?:办公室|办|室|局|科|处|中心|组|委员会))[,，][^,，]{0,12}$/.exec(office);
      if (clause) return clause[1];
      return office.length <= 40 ? office : undefined;
    }
    case 'address': {
      // …人民政府316室收 (a letter's addressee line, 收 after the room or office): 收 is no part of the address.
      // …垦殖场居委会,距湘乡市人民政府8公里: how far it lies from elsewhere is no part of the address.
      const address = value.replace(/(?<=[室号楼层处科办]|办公室)收$/, '').replace(/[,，]\s*距[^,，。;；]{2,30}?(?:公里|千米|米)$/, '');
      return address.length >= 4 ? address : undefined;
    }
    case 'office_hours': {
      // A trailing clause with no time in it (…，咨询联系方式) is the next sentence's start on a cut page.
      const clauses = value.split(/(?<=[,，])/);
      while (
        clauses.length > 1 &&
        !/\d|上午|下午|工作日|节假日|除外|周|星期|时间|夏|冬|上班|全天/.test(matchingForm(clauses[clauses.length - 1]))
      )
        clauses.pop();
      let hours = restoredLostColons(cleanValue(clauses.join('')));
      // 办公时间:8301200143018: a page that lost its colons and dashes prints times no one can tell apart; no hours are read.
      if (/^\d{6,}$/.test(hours.replace(/\s+/g, ''))) return undefined;
      // 上午8701200: a labelled run that is no two times either, and no time printed whole beside it. Its days, when said
      // (900——11.301400——1700(周一至周五,节假是除外)), are still the office's days: those alone, the times said unreadable.
      if (/\d{6,}/.test(hours) && !/\d\s*[:：]\s*\d/.test(hours)) {
        const days =
          /[(（]?\s*((?:周|星期)[一二三四五六日天]\s*(?:至|到|[-—–~])\s*(?:周|星期)[一二三四五六日天][^()（）\d]{0,16})[)）]?/.exec(hours);
        return days ? `${cleanValue(days[1])}（具体时间原文印刷不清，无法辨认）` : undefined;
      }
      // A time cut inside its minutes (…下午14:0 at a cut page's end) is no time: the hours say where the text stops instead.
      const cutTime = /\d{1,2}[:：]\d?$/.exec(hours);
      if (cutTime) hours = `${hours.slice(0, cutTime.index)}…（原文在此中断，没有写明完整时间）`;
      return hours.length >= 2 ? hours : undefined;
    }
  }
}

/**
 * A unit publishing on the government's portal and on its own site (政府門戶網站(網址:…)和山西長治公交網站(網址:…)): the
 * second, its own, is its website.
 */
function ownSite(site: string, hits: LabelHit[], match: string, printed: string, valueAt: (hit: LabelHit) => string): string | undefined {
  const labelled = hits.filter((hit) => hit.field === 'website');
  const portal = labelled.find((hit) => /政府门户网站\s*[(（]\s*$/.test(match.slice(Math.max(0, hit.start - 10), hit.start)));
  if (!portal || !valueAt(portal).includes(site.replace(/^https?:\/\//, '').replace(/\/$/, ''))) return undefined;
  const own = labelled.find(
    (hit) =>
      hit.start > portal.start &&
      hit.start - portal.start < 120 &&
      /网站\s*[(（]\s*$/.test(match.slice(Math.max(0, hit.start - 10), hit.start)) &&
      !/政府门户网站\s*[(（]\s*$/.test(match.slice(Math.max(0, hit.start - 10), hit.start)),
  );
  return own ? typedValue('website', valueAt(own), printed, own) : undefined;
}

/**
 * The second of numbered accepting places when the office kept is the first ((1)XX受理服务中心;… (2)静安区行政服务中心;
 * 办公地址:…; 联系电话:…): its name with its address and phone lines, up to the next numbered item or heading.
 */
function secondAcceptingPlace(office: string, printed: string, match: string): string | undefined {
  const escaped = matchingForm(office).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const first = new RegExp(`(?:^|\\n)\\s*[(（]1[)）]\\s*${escaped}`).exec(match);
  if (!first) return undefined;
  const rest = match.slice(first.index + first[0].length, first.index + first[0].length + 800);
  const second = /\n\s*[(（]2[)）]\s*([^\n;；。]{3,40}?)[;；。]?\s*(?=\n)/.exec(rest);
  if (!second || !/(?:中心|大厅|室|科|处|窗口|办|局)$/.test(second[1])) return undefined;
  const start = first.index + first[0].length + second.index + second[0].indexOf(second[1]);
  const after = match.slice(start + second[1].length);
  const stop = after.search(/\n\s*(?:[(（]\d[)）]|\d{1,2}[、.．]|[一二三四五六七八九十]+、)/);
  const body = printed.slice(start + second[1].length, start + second[1].length + (stop < 0 ? 200 : Math.min(stop, 200)));
  const lines = body
    .split('\n')
    .map((line) => cleanValue(line.replace(/^[;；。\s]+/, '')))
    .filter((line) => /^(?:办公地址|地址|受理地点|联系电话|电话|办公时间|受理时间|邮政编码)\s*[:：]/.test(matchingForm(line)));
  const name = cleanValue(printed.slice(start, start + second[1].length));
  // A page cut inside the last line (受理时间:…下午13:30( at the text's end): the line says where the text stops.
  const bodyEnd = start + second[1].length + body.length;
  if (lines.length > 0 && stop < 0 && printed.slice(bodyEnd).trim() === '' && /[(（\d]\s*$/.test(body.trimEnd()))
    lines[lines.length - 1] = `${lines[lines.length - 1]}…（原文在此中断）`;
  return lines.length > 0 ? `${name}；${lines.join('；')}` : name;
}

/** The name of the numbered place (1) whose lines, right under it, give the address taken ((1)普陀区政务服务中心 / …地址:…). */
function numberedPlaceOfAddress(match: string, address: string | undefined): string | undefined {
  if (!address) return undefined;
  const first = /(?:^|\n)\s*[(（]1[)）]\s*([^\n;；。:：]{3,40}?)\s*\n/.exec(match);
  if (!first) return undefined;
  const at = match.indexOf(matchingForm(address), first.index);
  return at > first.index && at - first.index < 300 ? first[1] : undefined;
}

/**
 * A former name in brackets right after the agency's own name near the top (平阴县玫瑰小学(原平阴县玫瑰学校)), a body's name
 * itself (not 原质监局 after another body's name, not 原文链接).
 */
function formerNameOf(agency: string, printed: string, match: string): string | undefined {
  const escaped = matchingForm(agency).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`${escaped}\\s*[(（]\\s*原([\\u4e00-\\u9fff]{4,30}?)\\s*[)）]`).exec(match.slice(0, 3000));
  if (!found) return undefined;
  const start = found.index + found[0].indexOf(found[1]);
  const name = printed.slice(start, start + found[1].length);
  if (name === agency || !/(?:局|委员会|委|办公室|办|院|学校|小学|中学|学院|大学|中心|政府|街道|镇|乡|所|站|馆|公司|厅)$/.test(name))
    return undefined;
  return name;
}

/**
 * Of sites each labelled 网址, the one named by the agency's own name (1.驻马店市政府门户网站。网址:http://… 2.驻马店市公安局网站。
 * 网址:http://…): the agency's own site, not the portal listed first.
 */
function namedOwnSite(
  agency: string,
  hits: LabelHit[],
  match: string,
  printed: string,
  valueAt: (hit: LabelHit) => string,
): string | undefined {
  const escaped = matchingForm(agency).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = new RegExp(`${escaped}(?:的)?(?:部门网站|门户网站|网站|政务网|官网|官方网站)[\\s。.,，:：;；]*$`);
  const own = hits.find((hit) => hit.field === 'website' && named.test(match.slice(Math.max(0, hit.start - agency.length - 8), hit.start)));
  return own ? typedValue('website', valueAt(own), printed, own) : undefined;
}

/** The office a 受理点 sentence names (區級依申請公開集中受理點設在區政府辦公室政務公開科(…)). */
function officeOfAcceptingPoint(match: string, printed: string): string | undefined {
  // 本机关受理点:区农业农村局信息公开领导小组办公室;办公时间:工作日: the point a labelled sentence names, before its hours.
  const found =
    /受理点设在([^,，。;；()\s]{2,30}?(?:办公室|科|处|股|中心))(?=[(,，。;；\s]|$)/.exec(match) ??
    /(?:本机关|本单位|本局|我局|本公司)(?:当面)?受理点[ \t]*:[ \t]*([^,，。;；:()\s]{2,30}?(?:办公室|科|处|股|中心))(?=[;；][ \t]*(?:办公|工作|受理)时间)/.exec(
      match,
    );
  if (!found) return undefined;
  const start = found.index + found[0].indexOf(found[1]);
  return cleanValue(printed.slice(start, start + found[1].length));
}

/**
 * An office name the page is cut inside (受理機構:白銀市給排水公司客服信息 at the end of the text): the fuller name printed
 * before it (當面受理點:白銀市給排水公司客服信息中心).
 */
function uncutOffice(office: string, printed: string): string {
  if (!printed.trimEnd().endsWith(office)) return office;
  const escaped = office.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const fuller = new RegExp(`${escaped}([\\u4e00-\\u9fff]{0,4}?(?:中心|室|科|处|處|部|站))`).exec(printed);
  return fuller ? fuller[0] : office;
}

/** Hours with a bracket left open: the page ends inside them. */
function cutShort(hours: string): boolean {
  return (hours.match(/[(（]/g)?.length ?? 0) > (hours.match(/[)）]/g)?.length ?? 0);
}

/** The same number printed elsewhere in the page with a dash after its area code (0916-2626963 for 09162626963). */
function dashedForm(phone: string, printed: string): string | undefined {
  for (const cut of [3, 4]) {
    const dashed = `${phone.slice(0, cut)}-${phone.slice(cut)}`;
    if (printed.includes(dashed)) return dashed;
  }
  return undefined;
}

/** The same number printed elsewhere in the page with its area code (0943-5937755 for a site header's 電話:5937755). */
function withAreaCode(phone: string, printed: string): string | undefined {
  return new RegExp(`(?<!\\d)0\\d{2,3}-${phone}(?!\\d)`).exec(printed)?.[0];
}

function ordered(fields: AgencyGuideFields): AgencyGuideFields {
  const result: AgencyGuideFields = {};
  for (const key of GUIDE_FIELD_KEYS) if (fields[key] !== undefined) (result as Record<string, unknown>)[key] = fields[key];
  return result;
}

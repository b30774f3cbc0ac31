/**
 * Where, when and how to apply to one named agency: answered from that agency's own disclosure
 * guide (政府信息公开指南), citing it. Without a guide, from the contacts in its latest annual
 * report; without those, from the general rules. Every answer says which source it used.
 */
import { versionedCache } from '../core/cache.js';
import { normalizeText } from '../report/normalize.js';
import { extractContacts } from '../report/prose.js';
import { toSimplified } from '../text/script.js';
import type { GuideStore, StoredGuide } from '../store/guide-store.js';
import { reportTitle, type ReportStore } from '../store/report-store.js';
import { type AgencyGuideFields, ATTACHED_CHANNELS_HEAD, GUIDE_FIELD_LABELS, type GuideFieldKey } from './agency-guide.js';
import { answerGuide, DEADLINE_CALCULATOR_ID } from './answer.js';
import type { Guide } from './topics.js';

/** What the engine returns for such a question: `guide` from a guide or the general rules, `text` from a report. */
export interface AgencyGuideReply {
  kind: 'guide' | 'text';
  answer: string;
  /** The document the answer rests on: 《…政府信息公开指南》, 《…年度报告》, or the regulation. */
  source: string;
}

/** What a question asks about one agency. */
type Ask =
  | 'apply'
  | 'online'
  | 'office_hours'
  | 'fax'
  | 'phone'
  | 'email'
  | 'post_code'
  | 'address'
  | 'website'
  | 'scope'
  | 'proactive'
  | 'time_limit'
  | 'fees'
  | 'media'
  | 'publication'
  | 'form'
  | 'since'
  | 'retention'
  | 'updates'
  | 'materials'
  | 'supervision'
  | 'complaint_hours'
  | 'per_form'
  | 'guide_reading'
  | 'central'
  | 'received'
  | 'revised'
  | 'catalogue'
  | 'catalogue_index'
  | 'search'
  | 'unclear'
  | 'handling'
  | 'transfer'
  | 'signature'
  | 'progress'
  | 'publisher'
  | 'gazette'
  | 'supervisor'
  | 'catalogue_reading'
  | 'leader'
  | 'office_head'
  | 'contact_person'
  | 'phone_consult'
  | 'review'
  | 'contents'
  | 'written'
  | 'help'
  | 'compiled'
  | 'flow'
  | 'catalogue_updates'
  | 'exempt'
  | 'usage'
  | 'overview';

/** Kinds of information a question may ask about keeping back (执法案卷, 个人隐私, 刑事案件 …). */
const EXEMPT_KINDS = /执法案卷|案卷|隐私|秘密|机密|刑事|案件|过程性|过程稿|讨论记录|请示报告|磋商信函|内部事务|人事/g;

/** Whether the guide's own words on what it keeps back name a kind the question asks of (or the question names none). */
function exemptKindNamed(question: string, words: string | undefined): boolean {
  if (words === undefined) return false;
  const kinds = toSimplified(question).match(EXEMPT_KINDS) ?? [];
  const said = toSimplified(words);
  return kinds.length === 0 || kinds.some((kind) => said.includes(kind));
}

/** An agent's papers asked (代理人要啥材料, 委托别人办要带什么): applying through someone else. */
const AGENT_ASKED = /代理人|委托|代办|代为申请|代申请|替(?:我|他|她|别人)|帮(?:我|他|她|别人)(?:申请|办)/;

/**
 * Asks the guide answers in its own words only when it has them (申请写得不清楚会咋样 → 告知申请人作出更改、补充): with those words
 * stored they are the whole answer; without them the question goes on as before (the other asks, or the general rules).
 */
const OWN_WORDS_ASKS: ReadonlyMap<Ask, GuideFieldKey> = new Map<Ask, GuideFieldKey>([
  ['unclear', 'unclear_application'],
  ['handling', 'handling'],
  ['transfer', 'transfer'],
  ['signature', 'electronic_signature'],
  ['progress', 'progress_query'],
  ['publisher', 'publisher'],
  ['gazette', 'gazette'],
  ['supervisor', 'supervisor'],
  ['catalogue_reading', 'catalogue_reading'],
  ['leader', 'disclosure_leader'],
  ['contents', 'application_contents'],
  ['catalogue_index', 'catalogue_index'],
  ['search', 'search_way'],
  ['office_head', 'office_head'],
  ['contact_person', 'contact_person'],
  ['phone_consult', 'phone_consult'],
  ['review', 'prepublication_review'],
  ['help', 'application_help'],
  ['compiled', 'compiled_under'],
  ['flow', 'application_flow'],
  ['catalogue_updates', 'catalogue_updates'],
  ['exempt', 'not_disclosed'],
  ['usage', 'site_usage'],
]);

/** How much one application form may ask (一张申请表能申请几条信息, 每份申请书可以填几项): a rule of the guide, not a count. */
const PER_FORM_ASKED =
  /(?:一|每)(?:张|份|个)(?:申请表|申请书|表|申请)\p{Script=Han}{0,6}?(?:几|多少)(?:条|项|个|件)|(?:能|可以)(?:一起|同时)?申请(?:几|多少)(?:条|项)(?:信息|政府信息)?/u;

/** How many copies of the form to hand in (申请表要填几份, 要交几份申请表): the form's own words, not a count. */
const FORM_COPIES_ASKED =
  /(?:申请表|申请书|表)\p{Script=Han}{0,4}?(?:填|交|写|准备|打印|复印|递交|提交)(?:几|多少)份|(?:填|交|写|准备|打印|递交|提交)(?:几|多少)份(?:申请表|申请书|表)/u;

/** Recognisers, each with the guide fields it shows (the first ones are the ones asked for). */
/** Whether an application must be in writing asked (要书面申请吗, 是不是要写书面申请, 必须采用书面形式吗, 书面申请才行吗). */
const WRITTEN_ASKED =
  /(?:要|需要|必须|得|一定要|非得|只能|是不是要?|是否(?:要|需要|必须)?|要不要|需不需要)(?:写|交|提交|递交|提供|采用|采取|用|以|提出)?书面|书面(?:申请|形式|方式|提出|提交)?(?:才行|才可以|才能|吗|么|嘛|不|呢|啊|吧)/;

const ASKS: Array<{ ask: Ask; pattern: RegExp; fields: GuideFieldKey[]; wanted: GuideFieldKey[] }> = [
  {
    ask: 'online',
    pattern:
      /网上申请|在线申请|网上提交|在线提交|网上办理|在线办理|网申|(?:网上|在线|线上)(?:弄|办|搞|整)(?![理结件])|^(?:那|那么)?(?:网上|在线)(?:呢|的话|行吗|可以吗|能吗)|(?:申请|提交)(?:的)?(?:入口|网址|链接|平台|系统)|(?:网上|在线)(?:入口|渠道)|入口/,
    fields: ['online_application_url', 'website', 'channel_notes'],
    wanted: ['online_application_url'],
  },
  {
    // …我想申请学校的一个文件应该找哪个办公室: applying for a document, then which office, asks where to apply; so does 信息公开
    // 去哪儿交 (handing the application in). 那邮寄呢 / 当面呢 after an answer on applying: that way, asked on its own.
    // 能不能邮寄 / 可否寄过去: whether by post, asked with 能不能 and no particle after (it was read as nothing asked).
    ask: 'apply',
    pattern:
      /(?:在哪|哪里|哪儿|何处|去哪|到哪|什么地方|哪个(?:部门|科室|窗口|单位|处室|股室|处(?![理罚置])|股)|向谁|找谁).{0,8}(?:申请|提交|递交|受理)|(?:信息公开|申请)[\u4e00-\u9fff]{0,4}?(?:去|到|在|上)哪(?:里|儿)?(?:办|弄|搞|交(?![钱费]))|(?:申请|提交|递交).{0,10}(?:在哪|哪里|哪儿|何处|什么地方|地点|去哪|到哪)|(?:怎么|怎样|如何|咋)(?:样)?(?:去|来|才能|可以|能|向他们|向其)?(?:申请|提交|递交)|申请(?:方式|渠道|途径|流程|地点|地址)|受理(?:机构|部门|单位|科室|窗口)|谁(?:负责)?受理|(?:信息公开|公开工作|申请)(?:工作)?(?:是|由)?谁(?:来)?(?:负责|管)|谁(?:来)?具体(?:承办|负责|办理?)|(?:由)?谁(?:来)?承办|(?:怎么|怎样|如何|咋)向.{1,24}?(?:申请|提交|递交)|(?:交给|交到|递交给|送给|归|由)(?:哪个|哪一个|什么|谁)|(?:哪个|什么)(?:部门|科室|机构|单位|窗口|办公室|处室|股室)(?:来)?(?:负责|管|办理?|受理)|(?:申请|信息公开|公开)(?:应该|应当|该|要|得|需要)?找(?:谁|哪个(?:部门|科室|单位)?)|(?:信息公开|申请|公开)[\u4e00-\u9fff]{0,4}?找[\u4e00-\u9fff]{2,24}?(?:哪个|什么)(?:部门|科室|单位|办公室|窗口)|(?:工作|受理|办事|负责)机构(?:的)?(?:名称|名字|叫什么|叫啥|是哪个|是什么|是哪里)|(?:写信|寄信|邮寄|寄过去|发传真|当面|网上|在线|口头|打电话|电话|微信|发短信|短信|短消息)(?:向[\u4e00-\u9fff]{2,24}?)?(?:能|可以)?申请|(?:平台|客户端|app|APP)(?:上)?(?:能|可以)(?:申请|提交)|(?:能|可以)(?:在|用|通过)(?!网上|线上|网站)[\u4e00-\u9fff]{2,12}?(?:上|里)(?:申请|提交|提出)|写信|寄信|(?:写字|书写)[^，。,]{0,3}困难|不会写字?|不识字|(?:寄|发)(?:快递|挂号信?|平信|EMS|ems|顺丰)|(?:用|走|通过|发)(?:快递|顺丰|EMS|ems|圆通|中通|申通|韵达|京东)(?:快递)?(?:寄|邮寄|递交|提交)|信封|(?:要|拿|调|查|找)(?:[\u4e00-\u9fff]{1,14}?的)?一?(?:点|份|个|些)?(?:资料|材料|信息|文件|档案|东西).{0,12}(?:怎么|咋|如何|去哪|找谁|找哪个(?:部门|科室|单位|窗口|办公室)?)|申请(?:[\u4e00-\u9fff]{1,14}?的)?一?(?:点|份|个|些)?(?:资料|材料|信息|文件|档案|东西)(?:应该|应当|该|要|得)?找(?:谁|哪个(?:部门|科室|单位|窗口|办公室))(?![\u4e00-\u9fff]{0,4}(?:告|投诉|举报|复议))|申请.{0,4}(?:有)?(?:几种|哪几种|哪些|什么)(?:方式|渠道|途径|办法)|(?:能|可以)(?:当面|现场|当场|上门|直接)(?:去|过去|来|交|递交|提交|提出|办|申请)|(?:能|可以)(?:直接|自己)?上门|(?:想|要|打算|准备)(?:向|跟|找)[\u4e00-\u9fff]{2,24}?申请(?:政府)?信息公开(?:[。.!！]|$)|(?:当面|现场|上门)(?:去)?(?:交|递交|提交)|(?:寄|邮寄)(?:过去|给他们)|(?:能|可以|能不能|可不可以)(?:邮寄|寄信|寄)(?:过去)?(?:吗|么|嘛|不|呢|没)|(?:能不能|可不可以|能否|可否)(?:邮寄|寄信|寄)(?:过去|申请)?[?？。!！]*$|(?:用|选|走)(?:什么|哪种|哪个|啥)(?:方式|快递)?(?:邮寄|寄)|寄(?:申请|材料)(?:用|选|走)|^(?!.*(?:咋办|怎么办|投诉|举报|告|复议|诉讼|联系人)).*找谁(?:呢|啊|呀)?[？?。！!]*$|^(?:那|那么)?(?:我|俺)?(?:要|得|应该|该)?(?:去|到|在|往)哪(?:里|儿)?(?:办|弄|搞|申请|交|递交|提交|送)(?:呢|啊|呀)?[？?。！!]*$|^(?:那|那么)?(?:邮寄|寄|快递|当面|现场|上门)(?:申请|提交|递交|交)?(?:呢|的话|怎么样)[？?。！!]*$|^(?:那|那么)?(?:打电话|打个电话|电话里|发短信|发传真|发邮件)(?:申请|提交|办)?(?:可以|行|能|成)(?:吗|么|嘛|不|不行|不可以)?[？?。！!]*$/,
    fields: [
      'channels',
      'accepting_office',
      'accepting_unit',
      'address',
      'mailing_address',
      'post_code',
      'office_hours',
      'phone',
      'online_application_url',
      'channel_notes',
      'central_acceptance',
      'second_accepting',
      'application_flow',
    ],
    wanted: [],
  },
  {
    // 从哪天开始受理, 什么时候开始受理申请: the date the guide says applications are accepted from.
    ask: 'since',
    pattern:
      /(?:哪天|哪一天|哪年|哪一年|什么时候|何时|几时|几号|几月几号|哪个时候|从什么时候|从哪)(?:起开始|起|开始)(?:正式)?(?:受理|接受|办理|接收)|(?:开始|起)(?:正式)?受理(?:的)?(?:时间|日期)|(?:开始|起)受理.{0,12}(?:什么时候|哪天|何时)/,
    fields: ['accepted_since'],
    wanted: ['accepted_since'],
  },
  {
    // 指南在哪能查到, 去哪看信息公开指南: where the guide itself may be read, in its words.
    ask: 'guide_reading',
    pattern:
      /指南\p{Script=Han}{0,6}?(?:在哪|哪里|哪儿|去哪|到哪|何处|什么地方)|(?:在哪|哪里|哪儿|去哪|到哪)\p{Script=Han}{0,4}?(?:查|看|找|获取|领|拿)\p{Script=Han}{0,4}?指南/u,
    fields: ['guide_reading', 'website'],
    wanted: ['guide_reading'],
  },
  {
    // 信息公开目录在哪查, 查目录找哪个部门: where the catalogue may be read, in the guide's own words (else as before: the site
    // and reading places, or the general rule).
    ask: 'catalogue_reading',
    pattern:
      /目录\p{Script=Han}{0,6}?(?:在哪|哪里|哪儿|去哪|到哪|何处|什么地方|找哪|找谁)|(?:在哪|哪里|哪儿|去哪|到哪)\p{Script=Han}{0,4}?(?:查|看|找|获取)\p{Script=Han}{0,4}?目录/u,
    fields: ['catalogue_reading'],
    wanted: ['catalogue_reading'],
  },
  {
    // 能去市审批办证中心交吗, 政务服务中心能递交申请吗: a central point accepting applications, as the guide names it.
    ask: 'central',
    pattern:
      /集中受理|(?:去|到|在)\p{Script=Han}{0,8}?(?:中心|大厅|之家)\p{Script=Han}{0,2}?(?:交|递交|提交|申请)|(?:政务服务|行政服务|审批|办证|便民服务)\p{Script=Han}{0,4}?(?:中心|大厅)\p{Script=Han}{0,4}?(?:交|递交|提交|申请|受理)/u,
    fields: ['central_acceptance', 'accepting_office', 'address'],
    wanted: ['central_acceptance'],
  },
  {
    ask: 'office_hours',
    // 周六过去能办不能办: a day one would come on, with the going and the doing, asks the hours; so does a named holiday
    // (国庆节上班吗, 春节期间受理吗); and the day with the doing alone (周末办不办, 周六办事吗).
    pattern:
      /办公时间|工作时间|受理时间|咨询时间|接待时间|上班时间|几点|开门|下班|(?:什么|啥|哪个)时候(?:上班|办公|能去|可以去|开放|开(?![始展会通发]))|(?:周[一二三四五]|星期[一二三四五]|礼拜[一二三四五])(?:也|还)?(?:开(?:不开|吗|么|门吗|着吗|放吗)|上班吗|办公吗)|(?:周六|周日|周末|星期[六天日]|礼拜[六天日]|双休日?|节假日|寒暑假|寒假|暑假|放假(?:期间|的时候)?|假期|国庆节?|春节|过年|元旦|五一|劳动节|清明节?|端午节?|中秋节?)(?:也|还|里|期间|的时候)?(?:上班|办公|开门|受理|办不办|办(?:事|理)?(?:吗|不|么|没)|能去|可以去|有人|能交|可以交|(?:能|可以)申请|(?:能|可以)?打电话|(?:能|可以)咨询)|作息|(?:周六|周日|周末|星期[六天日]|礼拜[六天日]|双休日?|节假日)(?:也|还)?(?:过去|去|来|上门|跑一趟|到那边?)(?:能|可以|能不能|可不可以)?(?:办|交|申请|提交|递交)|中午(?:休息|午休|有人|上班|办公|开门|关门)|(?:上午|下午|中午|晚上|傍晚|早上)(?:也|还)?(?:能|可以|能不能|可不可以)(?:过去|去|来|上门)|午休|(?:周六|周日|周末|星期[六天日]|礼拜[六天日]|双休日?|节假日|过年|春节|国庆节?|元旦|五一|劳动节|清明节?|端午节?|中秋节?|寒暑假|寒假|暑假)(?:期间|的时候)?(?:也|还)?开(?:不开|吗|门吗|着吗)|^(?:那|那么)?(?:夏天|冬天|夏季|冬季|夏令时?|冬令时?|春夏|秋冬|春天|秋天|周末|周六|周日|星期[六天日]|礼拜[六天日]|双休日?|节假日|(?:[一二三四五六七八九十]{1,2}|[一二三四五六七八九十][一二三四五六七八九十]|\d{1,2}(?:[、至到-]\d{1,2})?)(?:[、至到]?(?:[一二三四五六七八九十]{1,2}|\d{1,2}))?月份?)(?:的)?(?:上午|下午)?(?:呢|的话|怎么样)|^(?:那|那么)?(?:夏天|冬天|夏季|冬季)?(?:的)?(?:上午|下午)(?:呢|的话)/,
    fields: ['office_hours'],
    wanted: ['office_hours'],
  },
  // 能传真申请吗 where the guide takes no applications by fax (不直接受理通过电话、传真方式提出的申请): its note on that way.
  { ask: 'fax', pattern: /传真/, fields: ['fax', 'channel_notes'], wanted: ['fax'] },
  // (电话答复的呢 counts the messages answered by phone: no number is asked.)
  {
    ask: 'phone',
    pattern: /电话(?!答复|回复|回访|告知)|(?<!传真)号码|联系方式|怎么联系|如何联系|热线/,
    fields: ['phone'],
    wanted: ['phone'],
  },
  { ask: 'email', pattern: /邮箱|邮件|e-?mail/i, fields: ['email', 'channel_notes'], wanted: ['email'] },
  { ask: 'post_code', pattern: /邮编|邮政编码/, fields: ['post_code'], wanted: ['post_code'] },
  {
    ask: 'address',
    // 坐几路车能到你们办公室: the way to the office; 几路车到火车站 (a bus company asked its routes) is no way to any office.
    pattern:
      /地址|(?:寄|送|交)给(?:谁|哪)|收件(?:人|部门|单位|地址)|(?<![存差])在哪(?![\u4e00-\u9fa5]{0,2}?(?:下载|看到?|查到?|找到|录|播|拍|举办|办的|开的|召开|发布|发的|公开|参观))|办公地点|(?:寄|送|交)(?:到|去|往)哪|寄哪|(?<![钱费款用])交哪(?:里|儿)?(?![\u4e00-\u9fff]{0,3}(?:钱|费))|位置|(?:怎么走|坐几路|几路车|坐什么车|乘车路线)(?![^，,。？?]{0,4}?(?:到|去|往|至)(?![^，,。？?]{0,12}?(?:办公|单位|局|政府|中心|大厅|窗口|受理|你们|这|那))[\u4e00-\u9fff]{0,8}?(?:火车站|高铁站|动车站|汽车站|客运站|公交站|地铁站|机场|码头|景区|公园|广场|商场|医院|学校|小区))|在什么地方|几楼|几层|哪层|楼层|哪一?栋|几号楼|哪个楼|几号房|哪个房间|几室|几号办公室|哪间办公室/,
    // (2)普陀区民政局办公室 / 受理地点:…: a second numbered place to hand in is where as much as the first.
    fields: ['accepting_office', 'address', 'mailing_address', 'post_code', 'second_accepting', 'channel_notes'],
    wanted: ['address'],
  },
  {
    ask: 'website',
    // 网站点击量多少 / 网站访问次数是多少 count the site's visits: a figure of the report, not its address; so does 网站访问量呢
    // (a visit count named, with no 多少).
    // 有没有公共查阅室, 有阅览室吗: whether there is a place to read asks where the guide says one reads.
    pattern:
      /有(?:没有)?\p{Script=Han}{0,4}?(?:查阅室|查阅点|查阅场所|阅览室|索取点)|(?:查阅室|查阅点|查阅场所|阅览室|索取点)(?:吗|么|嘛|没有|不)|网址|网站(?!的?\p{Script=Han}{0,4}?[量数次](?:是|有|为|达到?)?(?:多少|几)|(?:总|日均|日最高|最高)?(?:访问|点击|浏览)(?:量|数|次数|人次))|官网(?!的?(?:总|日均|日最高|最高)?(?:访问|点击|浏览)(?:量|数|次数|人次))|查阅(?:地点|场所|点|地方|时间)|(?:在哪|哪里)(?:能|可以)?(?:查|看)|(?:在|去|到)?哪(?:里|儿)?(?:能|可以)?下载|下载(?:地址|链接|网址)|(?:年报|年度报告|报告)的?(?:链接|网址)|(?:年报|年度报告|报告)\p{Script=Han}{0,6}?(?:发|传)(?:给|到)?我|下载\p{Script=Han}{0,16}?(?:年报|年度报告|报告)|哪(?:儿|里)?(?:能|可以)(?:查|看)|(?:去|到)哪(?:个|里|儿)?\p{Script=Han}{0,4}查阅|(?:去|到)哪(?:里|儿)?(?:能|可以)?(?:查|看)|公开栏|(?:查阅|档案馆|图书馆|公告栏|公示栏|窗口|专区|市民之家|大厅|服务中心|阅览室|文档室|资料室|档案室).{0,6}(?:在哪|哪里|地址|位置|怎么走|能查|可以查|查得到|能看|可以看|查吗|看吗)|^(?:那|那么)?(?:档案馆|图书馆|查阅点|公告栏|公开栏|公示栏|阅览室)(?:呢|的话)|(?:公开|公布|发布)(?:了|出来)?的(?:文件|信息|东西|内容|政策)\p{Script=Han}{0,2}?(?:怎么|咋|如何|去哪|到哪|在哪)(?:能|可以)?(?:查|看|找)|(?:现场|当面|实地|上门)(?:去)?(?:查阅|查看)|(?:现场|当面|实地|上门)(?:去)?查(?=[吗么嘛不没呢]|[?？]|$)|(?:现场|当面|实地|上门)(?:去)?查(?:询|找|看)?(?:一下|下)?(?:政府)?(?:信息|资料|文件)(?=[吗么嘛不没呢]|[?？]|$)|(?:现场|当面|实地|上门)(?:去)?看(?:看|一下|下)?(?=[吗么嘛不没呢行]|可以|[?？。!！]|$)|(?:能|可以)(?:去|到|上门)\p{Script=Han}{0,8}?(?:查阅|查看)(?:吗|么|嘛|不|没)/u,
    fields: ['website', 'reading_places', 'proactive_channels'],
    wanted: ['website'],
  },
  {
    // 主动公开哪些信息: what the agency publishes of itself, as its guide lists it.
    ask: 'scope',
    pattern:
      /主动公开(?:了|的)?(?:哪些|哪几类|哪几种|什么|啥|些啥|些什么|的范围|范围|内容)|主动公开(?:的)?(?:信息|内容)?(?:有|分|分为|包括)?几(?:类|种|个方面)|(?:公开|公布)(?:哪些|什么|啥|哪几类|哪几种|哪些类)(?:的)?(?:信息|内容|东西)|(?:都|一般|主要)(?:会)?(?:公开|公布)(?:了)?(?:哪些|什么|啥|些啥|些什么)|(?:有|包括|包含)(?:哪些|哪几类|哪几种|什么|啥|些啥|些什么)(?:政府)?信息(?=[吗呢啊呀？?。]|$)|目录(?:的)?(?:叫|名字|名称|全称)/,
    // 有哪些信息 of a guide listing no scope but its 信息分类和编排体系 (机构职能, 政策法规…): those kinds.
    fields: ['proactive_scope', 'catalogue_layout'],
    wanted: ['proactive_scope'],
  },
  {
    // 主动公开的信息多久公开: how soon published information goes out, not how long a reply takes; so are 主动公开多快 and
    // 主动公开最晚多久 (the guide's 第一时间…最晚…内公开).
    ask: 'proactive',
    pattern:
      /主动公开.{0,12}(?:多久|多长时间|几天|多少天|时限|期限|几个工作日|多快|最晚|最迟)|(?:多久|多长时间|几天|多少天)(?:之?内|以内)?(?:会|能|就)?(?:公开|公布|上网|发布)/,
    fields: ['proactive_time_limit'],
    wanted: ['proactive_time_limit'],
  },
  {
    ask: 'time_limit',
    pattern:
      /多久|多长时间|几天|多少天|期限|时限|几个工作日|多少个?工作日|什么时候(?:答复|回复|给)|答复时间|多快|当场(?!申请|提出|提交|递交|交(?!付))|延长|延期|(?:寒暑假|寒假|暑假|放假|节假日|假期).{0,6}(?:答复|回复)/,
    fields: ['time_limit'],
    wanted: ['time_limit'],
  },
  {
    ask: 'fees',
    pattern:
      /收费标准|收不收费|是否收费|要不要(?:钱|收费|交费|付费|缴费)|(?:要|需要|得)(?:交|缴|付)(?:多少|几)?(?:块)?(?:钱|费)|免费吗|收费吗|(?:费用|收费)是?多少|花钱|要钱|收钱|收不收钱/,
    fields: ['fees'],
    wanted: ['fees'],
  },
  {
    // 有公众号吗, 微博叫什么: the accounts the guide names among its ways of publishing.
    ask: 'media',
    pattern: /公众号|微信号?|微博|抖音|视频号|新媒体|客户端|\bapp\b/i,
    fields: ['proactive_channels'],
    wanted: ['proactive_channels'],
  },
  {
    // 通过哪些方式主动公开, 公开形式, 通过什么公开: the part of the guide on how it publishes; 除了网站还怎么公开 asks its other (辅助) ways;
    // 会开新闻发布会公开信息吗 / 开不开新闻发布会 one of them, yes or no (开过发布会吗 / 有没有开 ask what a year's report says
    // happened, not the guide's practice); 的信息还在哪发布 where its information comes out.
    ask: 'publication',
    pattern:
      /除了\p{Script=Han}{0,6}?还(?:有|会|能|可以|用|通过|在)?\p{Script=Han}{0,4}?(?:怎么|咋|如何|啥|什么|哪些|哪种|哪几种|哪里|哪儿|哪)\p{Script=Han}{0,6}?(?:公开|公布|发布)|公开(?:的)?(?:方式|形式|渠道|途径|载体)|公开(?:都|一般)?有(?:哪些|什么|哪几种|几种)(?:方式|形式|渠道|途径|载体)|(?:通过|用|以|在)(?:哪些|什么|啥|哪几种|哪种|哪些个)(?:方式|渠道|途径|形式|地方).{0,4}(?:公开|公布|发布)|(?<!申请\p{Script=Han}{0,4})公开(?:都|一般|主要)?(?:是)?(?:通过|用|靠)(?:哪些|什么|啥|哪几种|哪种)(?:方式|渠道|途径|形式|平台)|(?:通过|靠)(?:哪些|什么|啥)(?:来|进行)?(?:主动)?(?:公开|公布|发布)|(?:信息|文件|消息|政策)(?:还|都|一般|主要|平时)?(?:在|到|去)哪(?:里|儿|些地方)?(?:发布|公布|公开)|(?:新闻发布会|发布会|报纸|报刊|广播|电视|杂志)\p{Script=Han}{0,6}?(?:公开|公布|发布)\p{Script=Han}{0,4}?(?:吗|么|嘛|不)|(?:开不开|会不会开|开不)(?:新闻)?(?:发布会|通报会)|(?:开|召开|举办)(?:新闻)?(?:发布会|通报会)(?:吗|么|嘛|不)(?![\p{Script=Han}])/u,
    fields: ['proactive_channels', 'website', 'reading_places'],
    wanted: ['proactive_channels'],
  },
  {
    // 网上公开的信息保留多久: how long published information stays online, in the guide's words.
    ask: 'retention',
    pattern: /留存|(?:保留|保存|留|挂|放)(?:多久|多长时间|几年|多少年)|(?:保留|保存)(?:期限|时间)/,
    fields: ['online_retention'],
    wanted: ['online_retention'],
  },
  {
    // 指南多久更新一次: how often the guide itself is updated; 多久更新 with no other thing named (网站, 公众号, 信息 …) asks
    // the same of the guide (a reply is never updated).
    ask: 'updates',
    pattern:
      /指南.{0,8}更新|更新.{0,4}指南|(?<!网站|网页|门户|公众号|微博|号|信息|内容|数据|栏目|动态|目录|报告|年报|专栏|专区|平台)(?:多久|多长时间|隔多久|多少时间|多少天|几年|几个月)(?:会|才|能|就)?更新(?:一次|一遍)?(?:呢|啊|呀)?[?？。!！]*$/,
    fields: ['guide_updates'],
    wanted: ['guide_updates'],
  },
  {
    // 投诉接待时间, 什么时候能去投诉: the hours the guide gives for receiving complaints, apart from the office hours.
    ask: 'complaint_hours',
    pattern:
      /投诉[^，,。？?]{0,4}时间|(?:接待|受理)投诉[^，,。？?]{0,2}(?:时间|几点)|什么时候[^，,。？?]{0,4}投诉|投诉[^，,。？?]{0,4}几点|(?:周六|周日|周末|星期[六天日]|礼拜[六天日]|双休日?|节假日)[^，,。？?]{0,3}(?:能|可以)(?:去|打电话)?(?:投诉|举报)/,
    fields: ['complaint_hours'],
    wanted: ['complaint_hours'],
  },
  {
    // 监督电话多少, 投诉电话: the phone the guide gives for complaints about its disclosure work; 找谁举报, 向哪投诉 ask the
    // same (asked only where the guide gives that phone; else the general rules on complaints answer).
    ask: 'supervision',
    pattern:
      /监督(?:投诉|举报)?电话|投诉电话|举报电话|(?:打|拨)(?:哪个|什么|啥)?电话(?:去|来)?(?:投诉|举报)|(?:投诉|举报)(?:要|得|该)?(?:打|拨)(?:哪个|什么|啥)(?:电话)?|(?:找|向|跟|到|去)(?:谁|哪里?|哪儿|哪个部门|什么部门)(?:投诉|举报|反映)|(?:投诉|举报)(?:找|向)(?:谁|哪)/,
    fields: ['supervision_phone'],
    wanted: ['supervision_phone'],
  },
  {
    // 申请书要写哪些内容, 申请表应该写明什么: what the guide says an application must state.
    ask: 'contents',
    pattern:
      /(?:申请书|申请表|申请)\p{Script=Han}{0,4}?(?:要|需要|应当|应该|得)?(?:写|填|载明|写明|包括|包含|注明)(?:哪些|什么|啥|些什么)(?:内容|东西|事项)?/u,
    fields: ['application_contents', 'application_form'],
    wanted: ['application_contents'],
  },
  {
    // 要带什么材料, 要身份证复印件吗, 公司申请要营业执照吗: the papers the guide asks to send with an application; 单位申请要啥 too
    // (the general rules answer when the guide names no papers).
    ask: 'materials',
    pattern:
      /(?:单位|公司|企业|法人|组织)(?:来)?申请[\u4e00-\u9fff]{0,2}?(?:要|需要|得)(?:带|交|提供|准备)?(?:啥|什么|哪些)|(?:带|附|交|提供|准备|出示|拿)(?:上|着|好)?(?:什么|啥|哪些|些什么|些啥)(?:材料|证件|证明|资料|东西|附件)?|(?:什么|哪些|啥)(?:材料|证件|证明材料|附件|手续)|身份证|营业执照|组织机构代码|委托书|(?:要|得|必须|需要)?(?:本人|自己)(?:亲自)?(?:去|到|来|过去|跑)|亲自(?:去|到|来|跑)/,
    fields: ['application_materials'],
    wanted: ['application_materials'],
  },
  {
    // 寄信申请的 申请时间怎么算, 从哪天算收到: when an application sent counts as received, in the guide's words.
    ask: 'received',
    pattern:
      /申请(?:时间|日期|日)\p{Script=Han}{0,4}?(?:怎么|咋|如何|从哪天|以什么|以哪天|按什么|按哪天|算哪天)|(?:哪天|哪一天|什么时候|何时)\p{Script=Han}{0,2}?算(?:是|作)?(?:收到|申请|受理)|从哪天(?:开始)?算|(?:以|按)(?:什么|哪天|哪个)(?:时间|日期|日子)?(?:为准|算)/u,
    fields: ['received_on'],
    wanted: ['received_on'],
  },
  {
    // 指南是哪年修订的, 这是哪个版本的指南: the revision or edition printed under the guide's title.
    ask: 'revised',
    pattern:
      /(?:哪年|哪一年|什么时候|啥时候|何时|哪个月|几月份?)\p{Script=Han}{0,2}?(?:修订|修改|编制|制定|印发|出)的|修订(?:时间|日期|于|过)|(?:哪年|哪一年|哪个|什么|啥)(?:年份?的?)?版本?(?:的)?指南|指南\p{Script=Han}{0,2}?(?:哪年|哪一年|哪个|什么|啥)(?:年份?)?的?版|指南(?:是)?(?:什么时候|啥时候|哪年|哪一年|几月份?)(?:的|出的|发的|定的|编的|写的)/u,
    fields: ['revised'],
    wanted: ['revised'],
  },
  {
    // 索引号由什么构成, 部门编号是多少: the guide's words on how its 索引号 is made (with none, the layout as below).
    ask: 'catalogue_index',
    pattern:
      /索引号\p{Script=Han}{0,4}?(?:由|是由)?\p{Script=Han}{0,4}?(?:构成|组成|几组|几部分|哪几部分|哪些部分|几位|多少位|多长)|(?:部门|机构|单位)(?:编号|代码)(?:是|为)?(?:多少|什么|啥|几)/u,
    fields: ['catalogue_index'],
    wanted: ['catalogue_index'],
  },
  {
    // 信息公开网站怎么用, 目录如何使用: the guide's own words on using its site or catalogue (使用方法: (1)栏目导航…).
    ask: 'usage',
    pattern:
      /(?:网站|网页|网|目录|平台|栏目)\p{Script=Han}{0,4}?(?:怎么用|咋用|如何用|怎样用|怎么使用|如何使用|怎样使用|使用方法|使用说明|怎么操作)/u,
    fields: ['site_usage'],
    wanted: ['site_usage'],
  },
  {
    // 能按关键词搜吗, 公开的信息怎么检索: the guide's words on searching what it publishes (with none, as before).
    ask: 'search',
    pattern: /关键词|关键字|搜索|检索|(?:能|可以|怎么|咋|如何)(?:按|用)?\p{Script=Han}{0,4}?搜/u,
    fields: ['search_way'],
    wanted: ['search_way'],
  },
  {
    // 索引号是啥意思, 索引号多少位, 目录怎么编排的, 目录主题检索有几个分类, 目录能按单位查吗, 信息怎么分类的, 主题分类有几级类目,
    // 政府信息分几类 (never 信息公开分几类, the kinds of disclosure): the guide's own words on its catalogue's layout.
    ask: 'catalogue',
    // 目录有哪些要素: the elements the guide says each catalogue entry has; 按哪些条件检索: the search its catalogue offers.
    pattern:
      /索引号|编排体系|信息编码|目录(?:的)?(?:编排|结构|是怎么排|怎么排)|目录\p{Script=Han}{0,2}?(?:怎么|如何|咋)(?:编排|排|编)|目录\p{Script=Han}{0,4}?要素|目录\p{Script=Han}{0,8}?(?:分类|检索)|目录\p{Script=Han}{0,4}?(?:怎么|如何|咋)(?:查询?|搜索?|检索)|目录\p{Script=Han}{0,4}?按\p{Script=Han}{0,6}?(?:查|检索|分)|(?:主题|单位|文件|体裁)检索|信息\p{Script=Han}{0,2}?(?:怎么|如何|咋)分类|信息(?:一般|主要|总共|共)?分(?:为|成)?(?:几|哪几|多少|哪些)(?:个)?(?:大类|类)|(?:主题|体裁|服务对象)分类|几级类目|(?:按|根据|用|以)(?:哪些|什么|啥)(?:条件|字段|方式|关键词)?(?:来)?(?:检索|搜索)|检索(?:条件|方式|功能)|目录\p{Script=Han}{0,4}?(?:有|包括|包含|分)(?:哪些|哪几|什么|啥)(?:项|类|方面)?(?:内容)?|目录(?:的)?(?:主要)?内容/u,
    // (目录咋查: the search the catalogue offers, where the guide says it, beside the layout.)
    fields: ['catalogue_layout', 'catalogue_contents', 'search_way'],
    wanted: ['catalogue_layout'],
  },
  {
    // 申请表没填完整会怎样, 申请写得不清楚会咋样: the guide's own words on an unclear or incomplete application.
    ask: 'unclear',
    pattern:
      /(?:申请|表|书|内容|材料)\p{Script=Han}{0,4}?(?:写|填)?得?(?:没|不|未)(?:写|填)?(?:明确|清楚|清晰|完整|齐全|规范)|(?:没|未)(?:有)?填(?:完整|全|好|清楚|对)|填错|填漏|漏填|补正|(?:要求|让)(?:我)?(?:更改|补充)/u,
    fields: ['unclear_application'],
    wanted: ['unclear_application'],
  },
  {
    // 收到申请后怎么处理, 申请交上去以后会怎么办: what the agency does once an application is received.
    ask: 'handling',
    pattern:
      /(?:收到|接到|受理)(?:了)?(?:我的)?申请(?:后|以后|之后)?(?:会|要|都)?(?:怎么|如何|咋|怎样)(?:处理|办|弄|走)|申请(?:交|递交|提交|寄|送)?(?:上去|过去|出去|了)?(?:后|以后|之后)(?:会|要)?(?:怎么|如何|咋|怎样)(?:处理|办|弄|走)|(?:处理|办理)(?:的)?(?:流程|程序|步骤)/,
    fields: ['handling'],
    wanted: ['handling'],
  },
  {
    // 我要的信息不归他们管怎么办, 不是他们掌握的信息呢: the guide's own words on information another agency holds.
    ask: 'transfer',
    pattern:
      /不归(?:他们|你们|它|该|这个|本)?(?:单位|部门|机关|镇|乡|局)?管|不(?:属于|是)(?:他们|你们|该|本|这个)(?:单位|部门|机关|镇|乡|局)?(?:的|掌握|管|负责)|转(?:递|送|交)(?:给)?(?:别的|其他|相关)?|(?:别的|其他)(?:部门|单位|机关)(?:的|掌握|管)(?:的)?(?:信息|文件)/,
    fields: ['transfer'],
    wanted: ['transfer'],
  },
  {
    // 发邮件申请要电子签名吗: the guide's words on applying by 数据电文.
    ask: 'signature',
    pattern: /电子签名|数字签名|电子签章|数据电文/,
    fields: ['electronic_signature'],
    wanted: ['electronic_signature'],
  },
  {
    // 网上申请了怎么查进度, 受理号在哪查: how an application's progress is followed.
    ask: 'progress',
    pattern:
      /(?:查|看|知道|跟踪|了解)\p{Script=Han}{0,6}?(?:进度|进展|办理情况|处理情况|办到哪)|(?:进度|进展)\p{Script=Han}{0,2}?(?:怎么|在哪|如何|哪里|去哪)\p{Script=Han}{0,2}?(?:查|看)|受理号|受理编号|查询码|办到哪/u,
    fields: ['progress_query'],
    wanted: ['progress_query'],
  },
  {
    // 谁负责主动公开信息, 各部门的信息谁负责公开, 信息的发布机构是谁: who publishes, in the guide's words.
    ask: 'publisher',
    pattern:
      /谁(?:来)?负责(?:主动|对外)?公开|(?:由|归)(?:谁|哪个(?:部门|科室|单位|机构|办公室)?)(?:来)?(?:负责)?(?:主动|对外)?公开|哪个(?:部门|科室|单位|机构|办公室)(?:来)?负责(?:主动|对外)?公开|发布机构(?:是|为)?(?:谁|哪个|哪家|什么)/,
    fields: ['publisher'],
    wanted: ['publisher'],
  },
  {
    // 要书面申请吗, 是不是要写书面申请, 必须书面形式吗: the guide's own words on applying in writing (the regulation's rule
    // follows: in writing, orally only when writing is hard).
    ask: 'written',
    pattern: WRITTEN_ASKED,
    fields: ['written_application'],
    wanted: ['written_application'],
  },
  {
    // 不会网上申请 有人帮忙吗, 有人指导吗: the guide's own words on who helps one apply (with none, the question goes on as before).
    ask: 'help',
    // (能帮我查下…电话吗 asks the phone: helping to apply only, not a request to look something up.)
    pattern:
      /有人(?:能|可以|会)?(?:帮|指导|协助|指引|教)|(?:谁|人)(?:能|可以)?帮忙|帮忙(?:吗|么|嘛|不|申请|操作|填)|(?:指导|协助|指引)(?:一下)?(?:吗|么|嘛)|教(?:我|一下)(?:怎么)?(?:申请|操作|填)/,
    fields: ['application_help'],
    wanted: ['application_help'],
  },
  {
    // 西工区科技局的信息公开指南 / 他们的指南说了什么 / 指南发我看看: the guide itself asked for, no one thing of it: what a citizen
    // needs to apply (where, how, when, how long), as the guide states it.
    ask: 'overview',
    pattern:
      /指南(?:全文|原文|正文)?(?:(?:都|主要)?(?:说|讲|写)了?(?:些)?(?:什么|啥|哪些)(?:内容)?|(?:的)?(?:主要|具体)?内容(?:是什么|有哪些|有啥)?|(?:发|给)(?:我|一下|过来)(?:看看|看一下)?|(?:给我)?(?:看看|看一下|瞧瞧)|有(?:吗|么|没有)|是(?:什么|啥)(?:样的?)?)?(?:呢|吗|么|啊|呀|吧)?[？?。!！~～]*$/,
    fields: ['accepting_office', 'address', 'phone', 'office_hours', 'channels', 'online_application_url', 'time_limit', 'fees', 'website'],
    wanted: [],
  },
  {
    // 指南是根据哪个条例定的, 指南的编制依据是什么: what the guide says it was compiled under (with none, as before).
    ask: 'compiled',
    pattern:
      /指南[^？?。]{0,12}(?:根据|依据|按照)(?:哪|什么|啥)|(?:根据|依据|按照)(?:哪|什么|啥)[^？?。]{0,12}(?:编制|制定|编写|定)(?:的)?指南|指南(?:的)?(?:编制|制定)?(?:依据|根据)(?:是|有)?(?:什么|哪|啥)?/,
    fields: ['compiled_under'],
    wanted: ['compiled_under'],
  },
  {
    // 哪些信息不公开, 刑事案件的材料能申请公开吗, 涉及隐私的能公开吗: the guide's own words on what it keeps back; so is 过程稿能公开吗
    // (过程稿, 讨论记录, 请示报告: the 过程性信息 a guide may list among what it keeps back).
    ask: 'exempt',
    pattern:
      /(?:哪些|什么|啥)(?:样的)?(?:信息|内容|东西|文件|材料)?(?:是)?(?:不|不能|不会|不予|不给)(?:公开|给)|不予公开(?:的)?(?:范围|有哪些|包括|是哪些|是什么)|(?:隐私|秘密|机密|刑事|案件|案卷|过程稿|过程性|讨论记录|请示报告|磋商信函)\p{Script=Han}{0,12}?(?:能|可以|会|给)(?:不)?(?:申请)?(?:公开|给)/u,
    fields: ['not_disclosed'],
    wanted: ['not_disclosed'],
  },
  {
    // 目录多久更新: the catalogue's own update clause (a count of catalogue items updated, 目录信息更新了多少, is a report's figure).
    ask: 'catalogue_updates',
    pattern: /目录\p{Script=Han}{0,4}?(?:多久|多长时间|隔多久|什么时候|怎么|是否|会不会|定期|经常)(?:会|才|能|就)?更新/u,
    fields: ['catalogue_updates'],
    wanted: ['catalogue_updates'],
  },
  {
    // 流程图在哪看, 要按什么流程申请: the guide's sentence naming its flow chart of applying (the chart itself no text holds).
    ask: 'flow',
    pattern:
      /流程图|(?:按|走|按照)(?:什么|啥|哪些|哪个|怎样的|什么样的)(?:流程|程序|步骤)|(?:申请|办理)(?:的)?(?:流程|程序|步骤)(?:是)?(?:什么|啥|怎样|怎么样|有哪些)/,
    fields: ['application_flow'],
    wanted: ['application_flow'],
  },
  {
    // 能打电话咨询吗, 可以电话咨询不: the guide's own words that one may ask by phone, with the phone (else the phone as before).
    ask: 'phone_consult',
    pattern:
      /(?:打|拨打?|致)?电话(?:来|去)?咨询(?:一下|下)?(?:吗|么|嘛|不|没|行吗|行不|可以吗|可不可以|呢)|(?:能|可以|能不能|可不可以|是否可以|允许)(?:打|拨打?|致|用|通过)?电话(?:来|去)?咨询/,
    fields: ['phone_consult', 'phone'],
    wanted: ['phone_consult'],
  },
  {
    // 公开信息前会审查吗, 发布前有保密审查吗: the guide's own words on reviewing information before it is published.
    ask: 'review',
    pattern: /(?:公开|发布)\p{Script=Han}{0,6}?(?:之|以)?前\p{Script=Han}{0,4}?(?:审查|审核)|保密审查/u,
    fields: ['prepublication_review'],
    wanted: ['prepublication_review'],
  },
  {
    // 信息公开办公室主任是谁: the accepting office's head, when the guide names one (else the reports' rule on names).
    ask: 'office_head',
    pattern: /(?<!副)主任(?:是谁|叫什么|叫啥|姓什么|是哪位|谁)/,
    fields: ['office_head'],
    wanted: ['office_head'],
  },
  {
    // 信息公开联系人是谁, 找谁联系: the person the guide's accepting office names (联 系 人:于杰), when it names one (else the
    // reports' contact clause, as before).
    ask: 'contact_person',
    pattern: /联系人|联络人|对接人|经办人|找谁(?:联系|对接)|跟谁(?:联系|对接)/,
    fields: ['contact_person'],
    wanted: ['contact_person'],
  },
  {
    // 政务公开分管领导是谁, 谁分管信息公开: the leader the guide names in charge of the disclosure work.
    ask: 'leader',
    pattern: /分管(?:的)?(?:领导|负责人|副?(?:局长|厅长|主任))|谁(?:来)?分管|(?:哪位|哪个)(?:领导)?分管/,
    fields: ['disclosure_leader'],
    wanted: ['disclosure_leader'],
  },
  {
    // 信息公开的主管部门是哪个, 谁主管信息公开工作: the office the guide names as the work's supervisor.
    ask: 'supervisor',
    pattern:
      /主管(?:部门|单位|机构|机关)(?:是|为|叫)?(?:哪|谁|什么|啥)|(?:哪个|什么)(?:部门|单位|机构|机关)?(?:是|为)?(?:它的|其)?主管(?:部门|单位)|谁(?:来)?(?:主管|监督)/,
    fields: ['supervisor'],
    wanted: ['supervisor'],
  },
  {
    // 政府公报多久出一期, 公报要钱吗, 在哪能看到纸质公报: what the guide says of the 政府公报.
    ask: 'gazette',
    pattern:
      /公报\p{Script=Han}{0,8}?(?:多久|几天|周期|一期|刊|要钱|收费|免费|花钱|钱|在哪|哪里|哪儿|哪能|怎么|纸质|电子版|订|赠阅|看到|查到|能看|可以看|领)|(?:在哪|哪里|哪能|怎么|如何)\p{Script=Han}{0,6}?(?:看|查|找|领|订)\p{Script=Han}{0,4}?公报/u,
    fields: ['gazette'],
    wanted: ['gazette'],
  },
  {
    // 一张申请表能申请几条信息, 一份申请可以申请几项: how much one application may ask, in the guide's words.
    ask: 'per_form',
    pattern: PER_FORM_ASKED,
    fields: ['items_per_form'],
    wanted: ['items_per_form'],
  },
  {
    // 申请表在哪领, 要填什么表: the guide's own words on its form.
    ask: 'form',
    // 申请书寄哪, 申请表交到哪: the form sent is no question about the form (where it goes is asked).
    pattern: /(?:申请表|申请书)(?![\u4e00-\u9fff]{0,3}?(?:寄|交|送|递|邮))|什么表|哪个表|哪张表|表格|表在哪/,
    // A form the guide calls 《申请表》 where it says where to fetch it: its full name, from the sentence filling it in.
    fields: ['application_form_name', 'application_form'],
    wanted: ['application_form'],
  },
];

/** A way of applying a question names, and how the guide's note on that way begins. */
const NOTE_WAYS: Array<[RegExp, RegExp]> = [
  [/网上|在线|网络|互联网|网申/, /^(?:在线|网上|网络|互联网|通过互联网)/],
  // (通过信函提出申请：…, 通过电子邮件提交申请：…: a way headed with 通过.)
  [/邮件|邮箱|电邮|e-?mail/i, /^(?:通过)?电子邮[件箱]/],
  [/寄|邮(?!件|箱)|信函|写信|信封|快递/, /^(?:通过)?(?:信函|邮寄|邮政|书面)/],
  [/当面|现场|当场|亲自|跑一趟/, /^(?:当面|现场)/],
  [/传真/, /传真/],
  // 写字有困难咋办: applying by word of mouth, as a guide's note on the way in person may say it (书写有困难的可以口头提出).
  [/口头|不会写|(?:写字|书写|写)[^，。,]{0,3}困难|不识字/, /^口头|(?:书写|写字)[^。]{0,4}困难[^。]{0,8}口头|口头(?:提出|申请)/],
  // 发短信能申请吗: a guide taking no applications by 电话、短消息 says so in its note on the phone way.
  [/电话|短信|短消息/, /^电话/],
  // 能在民呼我为上申请吗: a platform named by its own name, before 上 and applying, is asked as 平台 is.
  [/平台|热线|客户端|app|(?:在|用|通过)(?!网上|线上|网站)[\u4e00-\u9fff]{2,12}?(?:上|里)(?:申请|提交|提出)/i, /^平台/],
];

/**
 * The guide's notes on the ways of applying a question names (国家卫健委邮寄申请用什么寄 → 信函申请：…挂号信); with no way named,
 * all of them only when the guide names no office and no address (its notes are then all it says on where to apply).
 */
function notesFor(question: string, fields: AgencyGuideFields): string[] {
  const notes = fields.channel_notes ?? [];
  // 拉萨海关能网上申请吗 of a guide sending its ways to an attachment (接收渠道:…(附件2)): where they are listed, when no note
  // of the way asked is stated.
  const attached = notes.filter((note) => note.startsWith(ATTACHED_CHANNELS_HEAD));
  const named = NOTE_WAYS.filter(([asked]) => asked.test(question));
  if (named.length > 0) {
    // (A 繁体 guide's note is printed as read, 傳真 for 传真: it is matched in the simplified script.)
    const ofWay = notes.filter((note) => named.some(([, head]) => head.test(toSimplified(note))));
    return ofWay.length > 0 ? ofWay : attached;
  }
  if (!fields.accepting_office && !fields.address) return notes;
  // 怎么申请 of a guide naming an online platform but no address of it (浙江政务服务网平台…在网上提出申请): its words on that way.
  return HOW_ASKED.test(question) && !fields.online_application_url
    ? [...notes.filter((note) => NOTE_WAYS[0][1].test(note)), ...attached]
    : attached;
}

/** What a question asks of an account that only a report states: its followers, posts, or whether it was shut. */
const MEDIA_FIGURE = /粉丝|关注|注销|关停|停了|停用|关了|关掉|还在|开着|还有|发了|发布了|多少|几条|几个|占比|为啥|为什么|怎么管|运营|维护/;

/** What a reading place's own words must hold to answer a field the office's part lacks: an address, a time, a phone. */
const PLACE_STATES: Partial<Record<GuideFieldKey, RegExp>> = {
  address: /地址|位于|路|街|号|楼|室/,
  office_hours: /时间|\d{1,2}\s*[:：]\s*\d{2}/,
  phone: /电话|\d{3,4}\s*[-—–]{1,2}\s*\d{7,8}|(?<!\d)\d{7,8}(?!\d)/,
};

/** Applying by phone or by word of mouth asked (能不能打电话申请, 电话里申请行不行, 口头申请可以吗). */
const PHONE_APPLICATION =
  /(?:打电话|电话里?|口头)(?:能|可以|来)?申请|打个?电话(?:给|到)[^，,。？?]{1,16}?(?:能|可以)?申请|申请[^，,。？?]{0,4}(?:打电话|电话里?|口头)/;

/** The regulations' rule on oral applications (条例第二十九条), said after the guide's own contacts. */
const PHONE_APPLICATION_RULE =
  '按《政府信息公开条例》第二十九条，申请应当采用书面形式（包括数据电文形式）；采用书面形式确有困难的，可以口头提出，由受理该申请的行政机关代为填写政府信息公开申请。';

/**
 * A national hotline (12360, 12345: five digits from 12) named with 电话 or 热线 in a clause of the ways of publishing
 * (2.专线咨询电话:12360海关统一服务热线,24小时人工服务): the clause (group 1) and the number (group 2).
 */
const HOTLINE_CLAUSE = /([^;；。\d]{0,12}?(?:电话|热线)[:：]?\s*(12\d{3})(?!\d)[^;；。]{0,40})/;

/** A place to read published information named in a question. */
const READING_PLACE_ASKED = /查阅|档案馆|图书馆|公告栏|公开栏|公示栏|窗口|专区|市民之家|大厅|阅览室|文档室|资料室|档案室/;

/** The channels of publishing as the reports' questions ask them (公开信息的渠道有哪些, 通过哪些平台公开). */
const REPORT_CHANNELS_ASKED = /渠道有哪些|(?:通过|在|用)(?:哪些|什么|哪几个|哪个)(?:渠道|平台)/;

/** A place to read published information named in a question, not the office's own window or hall (查阅点几点开门, 档案馆电话). */
/** A place besides the office a question may name (政务服务中心, 政务大厅, 政务公开专区). */
const OTHER_PLACE_NAMED = /政务服务中心|服务中心|政务大厅|服务大厅|公开专区|专区/;
const READING_PLACE_NAMED = /查阅|档案馆|图书馆|阅览室|文档室|资料室|档案室|公告栏|公开栏|公示栏/;
/** A reading place named by its noun (查阅点, 档案馆), not 查阅 the verb alone (周末能去查阅吗 asks when one may go). */
const READING_PLACE_NOUN = /查阅(?:点|室|处|场所|场地|中心|大厅|窗口)|档案馆|图书馆|阅览室|文档室|资料室|档案室|公告栏|公开栏|公示栏/;

/** The common words for a place to read the published information, naming no place of its own (查阅室, 查阅点). */
const GENERIC_READING_PLACE = /^查阅(?:点|室|处|场所|场地)$/;

/** A board information is posted on, named in a question (公示栏在哪). */
const BOARD_NOUN = /公示栏|公开栏|公告栏/;

/** The clauses of a guide's ways of publishing that name an account (“秀美田庄”微信公众号, 官方微博:平潭公安局). */
const MEDIA_WORD = /公众号|微信|微博|抖音|视频号|新媒体|客户端|APP|app/;

function mediaClauses(channels: string | undefined): string[] {
  if (!channels) return [];
  return (
    channels
      // (二)“黄埔海关12360发布”微信公众号 after the portal's address: items numbered in brackets are clauses too.
      .split(/[。；;]|\s+(?=\d{1,2}[.、．])|(?<=[^\d])(?=\d{1,2}[.、．][^\d])|\s*(?=[(（][一二三四五六七八九十]{1,2}[)）])/)
      .map((clause) => clause.replace(/^\s*(?:\d{1,2}[.、．]|[(（][一二三四五六七八九十]{1,2}[)）])\s*/, '').trim())
      .filter((clause) => MEDIA_WORD.test(clause))
      .map((clause) => {
        if (clause.length <= 60) return clause;
        // A long clause naming the account after the portal's address (…门户网站(网址:…)、微信公众号“东乡人社”…): the words
        // around the account, so its name is not cut off.
        const at = MEDIA_WORD.exec(clause)?.index ?? 0;
        if (at < 40) return `${clause.slice(0, 60)}…`;
        const from = Math.max(0, at - 10);
        return `…${clause.slice(from, from + 60)}${from + 60 < clause.length ? '…' : ''}`;
      })
  );
}

/** Words of the sentences that state an office's contacts. */
const CONTACT_SEARCH_WORDS = ['联系电话', '电话', '邮编', '邮政编码', '传真', '电子邮箱', '地址', '联系'];

/**
 * Questions about a report's figures, rankings or totals are the report engine's (最多能延长多久 asks the time limit; 申请信息公开
 * 多少天答复 asks days, no count published; 有问题找谁 电话多少 asks a contact, 谁 then the phone's 多少 no ranking).
 */
// 公开几类信息 asks the kinds a guide's scope lists, no count of a report (公开几条 is one).
const FIGURE_QUESTION =
  /(?:多少|几)[通个次]?电话|(?:多少|几)(?:件|个(?!工作日)|条|项|次|起|宗|份|人|万|篇|期|处|台|套)|数量|总数|合计|一共|排名|最多(?!(?:能|可以|可)?(?:延长|延期|延|多久|多长|几天|几个工作日))|最少|(?:发|发布|公开|更新)(?:了|过)?(?:多少(?!天|个?工作日)|几(?!点|楼|层|号|时|天|个?工作日|大?类|种|个方面))|(?:哪个|谁).{0,4}(?:多(?!少)|(?<!多)少)|发得(?:多|少)|申请(?:的|了)(?:有|共|一共)?(?:多少|几)(?![天日月年钱元块页久时点号楼层])/;

/** A person's own phone or mail (局长电话, 镇长的手机): no guide states it, and the office's is not theirs. */

/** 超过期限不答复怎么办: what to do when no reply comes is the remedies' question, not the time limit again. */
const NO_REPLY_REMEDY = /(?:不|没|没有|未)(?:答复|回复|回应|受理|给答复|给回复)[^。？?]{0,10}(?:怎么办|咋办|怎么处理|如何处理|找谁)/;

/**
 * The canteen's or car park's hours (食堂几点开饭), a hospital's clinics (门诊几点开始看病, 几点挂号) or another establishment's
 * (社区医院几点开门), a bus's or train's times (到哈尔滨的大巴几点发车; not a body named after a railway, 高铁新城管委会几点上班), or the number to call the police or an ambulance (报警电话) or a duty line (防汛值班电话, 应急值守电话):
 * not the disclosure office's, and no guide states them.
 */
const NOT_THE_OFFICE =
  /(?:报警|报案|急救|火警|求救|挪车|救援)(?:的)?(?:电话|号码)|(?:防汛|抗旱|防火|森林防火|应急|值班|值守)(?:的)?(?:值班|值守)?(?:电话|号码)|食堂|开饭|吃饭|饭点|[午晚早]饭|停车|门诊|看病|挂号(?!信)|就诊|急诊|探视|体检|社区医院.{0,4}(?:几点|开门|上班|营业)|\d{1,4}路(?:车|公交|汽车)?(?:几点|什么时候|末班|首班|收班|发车)|末班车?|首班车?|收班|发车时间|(?:大巴|客车|班车|公交车?|汽车|火车|高铁|动车|飞机|航班|轮渡|渡船)(?!新城|新区|片区|站区|\p{Script=Han}{0,4}?(?:管委会|管理委员会|街道|办事处))[^，,。？?]{0,6}(?:几点|什么时候)|几点(?:发车|开车|出发|到站|起飞|开船)/u;

/**
 * A service the agency runs asked for itself (种粮补贴怎么申请, 疫苗接种点在哪, 不动产登记怎么办): no disclosure application and no office of the
 * guide's; unless the question asks for information or documents about it (补贴发放信息在哪公开).
 */
const AGENCY_SERVICE =
  /办\p{Script=Han}{0,3}?(?:证|照|户口|卡)\p{Script=Han}{0,2}?(?:要|需要|得)?(?:带|准备|交|提供)?(?:啥|什么|哪些)(?:材料|手续|证件|资料)|疫苗|接种|(?:护照|签证|领事认证|办证|户口|社保卡|驾照|驾驶证)\p{Script=Han}{0,4}?(?:要|需要|得)?(?:几天|多久|多长时间)|(?:补贴|补助|救助金?|低保|津贴|贷款)\p{Script=Han}{0,2}?(?:怎么|如何|咋|去哪|在哪|到哪|哪里)\p{Script=Han}{0,2}?(?:申请|领|办)|(?:不动产|房产|户口|户籍|身份证|驾照|驾驶证|营业执照|社保卡?|医保卡?|采矿证?|宅基地)\p{Script=Han}{0,4}?(?:怎么|如何|咋|去哪|在哪|到哪)(?:办|办理|批|申请|登记)/u;

/** The office itself asked for (找哪个部门, 谁受理, 受理机构, 谁负责), not only how or where to apply. */
/** The person to contact asked (联系人是谁, 找谁联系, 跟谁对接): a name, which only a report's contact clause prints. */
// (哪个股室负责 负责人叫啥: the person in charge named too, whom no contact clause answers by the office alone.)
const PERSON_ASKED = /联系人|联络人|对接人|经办人|找谁(?:联系|对接)|跟谁(?:联系|对接)|负责人(?:叫|是谁|姓|的?名字)/;
/**
 * An office said to do the work (由党政办专人负责, 办公室(综合效能科)具体负责, 由党政综合办公室牵头): the office in group 1, the
 * section in its brackets in group 2. Never a 负责人 (a person).
 */
const OFFICE_IN_CHARGE =
  /(?<=由|^|[，,。；;])(\p{Script=Han}{0,10}?(?:办公室|办|科|股|室|处|中心))(?:[(（](\p{Script=Han}{2,12})[)）])?(?:安排|确定|指定)?(?:专人|专职人员)?(?:具体|统一|统筹)?(?:负责|牵头)(?!人)/u;
/**
 * The office a guide sends people to when they apply in person (申请人可以到贾汪区自然资源和规划局办公室(…),当面提交 →
 * 贾汪区自然资源和规划局办公室): the only office some guides name. Undefined when the note names no office, room or window.
 */
function officeOfInPerson(fields: AgencyGuideFields): string | undefined {
  const note = fields.channel_notes?.find((each) => /^(?:当面|现场)/.test(each));
  if (!note) return undefined;
  return IN_PERSON_OFFICE.exec(toSimplified(note.replace(/^[^：:]{0,10}[：:]/, '')))?.[1];
}
/** 到X办公室 / 至X政务服务中心 / 前往X窗口: the place an in-person application is made, up to its office's word. */
const IN_PERSON_OFFICE = /(?:到|至|前往|来)([^，。,;；(（)）\s]{2,30}?(?:办公室|办公厅|科|股|室|政务服务中心|服务中心|服务大厅|大厅|窗口))/;
const OFFICE_ASKED =
  /哪个(?:部门|科室|单位|机构|办公室|处室|股室|处(?![理罚置])|股)|谁(?:来)?(?:负责|受理|承办|管)|找谁|受理(?:机构|部门|单位|科室)|工作机构/;

/** Where an application is sent asked (寄到哪, 寄给谁, 邮寄地址). */
const SEND_TO_ASKED = /(?:寄|送|递)(?:到|去|往|给)(?:哪|谁|什么地方)|寄哪|邮寄地址|收件(?:地址|人)/;

/** Applying by e-mail asked (发邮件能申请吗, 那发邮件呢, 用邮件提交), not only the mailbox. */
const EMAIL_APPLICATION = /发(?:个|封)?(?:电子)?邮件|(?:电子)?邮件(?:能|可以)?(?:申请|提交|提出|发送)|(?:用|通过|以)(?:电子)?邮件/;

/** Whether a question asks for a service the agency runs (办户口迁移要啥材料), not for information about it. */
export function asksAgencyService(question: string): boolean {
  const text = toSimplified(normalizeText(question)).replace(/\s+/g, '');
  return AGENCY_SERVICE.test(text) && !/信息|公开|文件|政策|指南/.test(text);
}

/** Report contact fields by guide field (the report store keeps these per report). */
const REPORT_FIELDS: Partial<Record<GuideFieldKey, string>> = {
  address: 'address',
  post_code: 'post_code',
  phone: 'phone',
  fax: 'fax',
  email: 'email',
  website: 'website',
  office_hours: 'office_hours',
  online_application_url: 'website',
  // 领导小组办公室设在政秘股: the office a report names as doing the disclosure work is its working body (工作机构).
  accepting_office: 'office',
};

/** Which general-guide topic answers an ask when no agency source has it. */
const GENERAL_TOPIC: Record<Ask, string> = {
  apply: 'how-to-apply',
  online: 'how-to-apply',
  office_hours: 'how-to-apply',
  fax: 'how-to-apply',
  phone: 'how-to-apply',
  email: 'how-to-apply',
  post_code: 'how-to-apply',
  address: 'how-to-apply',
  website: 'proactive-scope',
  scope: 'proactive-scope',
  proactive: 'proactive-timing',
  time_limit: 'reply-time-limit',
  fees: 'fees',
  media: 'proactive-scope',
  publication: 'proactive-scope',
  form: 'application-content',
  since: 'how-to-apply',
  retention: 'proactive-scope',
  updates: 'disclosure-guide',
  materials: 'application-content',
  supervision: 'how-to-apply',
  complaint_hours: 'how-to-apply',
  per_form: 'application-content',
  guide_reading: 'disclosure-guide',
  central: 'how-to-apply',
  received: 'receipt-date',
  revised: 'disclosure-guide',
  catalogue: 'disclosure-guide',
  catalogue_index: 'disclosure-guide',
  search: 'disclosure-guide',
  unclear: 'correction',
  handling: 'how-to-apply',
  transfer: 'how-to-apply',
  signature: 'how-to-apply',
  progress: 'how-to-apply',
  publisher: 'proactive-scope',
  gazette: 'proactive-scope',
  supervisor: 'remedies',
  catalogue_reading: 'disclosure-guide',
  leader: 'disclosure-guide',
  office_head: 'disclosure-guide',
  contact_person: 'disclosure-guide',
  phone_consult: 'how-to-apply',
  review: 'proactive-scope',
  contents: 'application-content',
  written: 'how-to-apply',
  help: 'how-to-apply',
  compiled: 'disclosure-guide',
  flow: 'how-to-apply',
  catalogue_updates: 'disclosure-guide',
  exempt: 'exemptions',
  usage: 'disclosure-guide',
  overview: 'disclosure-guide',
};

/**
 * A person's own phone asked (局长电话多少, 副局长的手机号, 主任本人的联系方式): the role, then what is asked. No
 * guide or report prints it; the office's phone is not that person's. 局长信箱 is a channel, not asked here.
 */
export const PERSON_PHONE_ASKED =
  /(副?局长|负责人|主要领导|领导|一把手|副?主任|书记|科长|处长|镇长|乡长|区长|县长|市长|校长|院长|(?:副?总)?经理|董事长|厂长|总裁|老总)(?:们)?(?:本人)?(?:的)?(?:私人)?(电话|手机号?码?|号码|联系方式|微信号?|邮箱)/;

/** How long the midday break is (中午休息多久, 午休多长时间, 休息几个小时): a matter of the office hours. */
const MIDDAY_BREAK_LENGTH = /(?:中午|午休|午间|休息)\p{Script=Han}{0,3}?(?:多久|多长时间|几个?小时|多少分钟)/u;

/** The asks a question makes about an agency, or none when it is not a where/when/how/contact question. */
/** The number of classes or units a guide's catalogue is searched by (目录主题检索有多少个分类, 单位检索几个单位). */
const CATALOGUE_CLASSES_ASKED =
  /目录[^，,。？?]{0,12}(?:多少|几)个?(?:分类|类|单位|部门)|(?:主题|单位|文件|体裁)检索[^，,。？?]{0,6}(?:多少|几)/;

/** The kinds of a catalogue entry's element asked (公开时限分哪几种, 公开形式有哪几类, 公开时限分为什么). */
const CATALOGUE_ELEMENT_KINDS_ASKED = /公开(?:时限|形式|期限)(?:都|一般)?(?:分为?|有|包括)(?:哪几|哪些|几|什么|啥)(?:种|类)?/;

/**
 * What a question asks of an agency's guide, kept per question text: it is a function of the words alone, and one answer
 * asks it of the same text from several readers (contacts, the guide, an office named) while citizens ask the same words
 * again and again, so the ~40 patterns run once per text. A copy is returned: callers may change their list.
 */
export function agencyGuideAsks(question: string): Ask[] {
  // (A long message, pasted text, is read each time rather than kept.)
  if (question.length > 200) return readAgencyGuideAsks(question);
  return [...guideAsksRead.get(question, () => readAgencyGuideAsks(question))];
}
const guideAsksRead = versionedCache<string, readonly Ask[]>({ max: 2048, version: () => 0 });

function readAgencyGuideAsks(question: string): Ask[] {
  // 網站發布…多少篇: a question in 繁体 asks the same as in simplified characters.
  const text = toSimplified(normalizeText(question)).replace(/\s+/g, '');
  // 一张申请表能申请几条信息: 几条 of a form is the guide's rule, no count of a report.
  if (PER_FORM_ASKED.test(text)) return ['per_form'];
  // 申请表要填几份: the guide's words on its form (一式两份), no count of a report.
  if (FORM_COPIES_ASKED.test(text)) return ['form'];
  // 目录主题检索有多少个分类, 目录能按多少个单位查: 多少 of the catalogue's classes is the guide's layout, no count of a report.
  if (CATALOGUE_CLASSES_ASKED.test(text)) return ['catalogue'];
  // 公开时限分哪几种 / 公开形式有哪几类: the kinds a catalogue entry's element takes (常年公开、及时公开、限时公开), no reply's time limit.
  if (CATALOGUE_ELEMENT_KINDS_ASKED.test(text)) return ['catalogue'];
  if (FIGURE_QUESTION.test(text) || PERSON_PHONE_ASKED.test(text) || NOT_THE_OFFICE.test(text) || NO_REPLY_REMEDY.test(text)) return [];
  if (AGENCY_SERVICE.test(text) && !/信息|公开|文件|政策|指南/.test(text)) return [];
  // 行政事业性收费多少 asks table 二's row of the agency's report, not what applying costs.
  // 12345热线呢 / 办理12345政务热线多少件: a hotline named by its number is a count of the calls it passed on, not a phone asked.
  const asked = text.replace(/(?:行政)?事业性收费/g, '').replace(/\d{5}(?:政务服务|政务|便民|服务)?(?:热线|平台)/g, '');
  const asks = ASKS.filter(({ pattern }) => pattern.test(asked)).map(({ ask }) => ask);
  // The guide asked for as a whole only when nothing of it is asked in particular (指南里的电话 asks the phone).
  if (asks.includes('overview') && asks.length > 1) asks.splice(asks.indexOf('overview'), 1);
  // 周末能打电话咨询吗 asks when the phone is answered: the office hours, not whether one may ask by phone.
  if (asks.includes('office_hours') && asks.includes('phone_consult')) asks.splice(asks.indexOf('phone_consult'), 1);
  // 中午休息多久 / 午休多长时间: how long the midday break is, read from the hours, not how long a reply takes.
  if (asks.includes('office_hours') && asks.includes('time_limit') && MIDDAY_BREAK_LENGTH.test(text))
    asks.splice(asks.indexOf('time_limit'), 1);
  // 网上申请入口 is not also "how to apply"; 在哪里申请 is not also "what is the address".
  // 指南多久更新, 信息保留多久: neither a reply's time limit nor how soon information is published.
  // 指南在哪能查到: the guide's reading place and site, not the office's address.
  // 寄信申请的 申请时间怎么算: when a letter counts as received, not how to send it nor how long a reply takes.
  if (asks.includes('received')) return ['received'];
  if (asks.includes('guide_reading')) return asks.filter((ask) => ask !== 'address' && ask !== 'apply' && ask !== 'website');
  // 能去市审批办证中心交吗: the central point the guide names, then the agency's own office.
  if (asks.includes('central')) return asks.filter((ask) => ask !== 'address' && ask !== 'apply' && ask !== 'website');
  // 目录多久更新 asks the catalogue's update clause, not a reply's time limit nor the guide's own updates.
  if (asks.includes('catalogue_updates')) return asks.filter((ask) => ask !== 'time_limit' && ask !== 'updates');
  if (asks.includes('retention') || asks.includes('updates'))
    return asks.filter((ask) => ask !== 'time_limit' && ask !== 'proactive' && ask !== 'website');
  if (asks.includes('online')) return asks.filter((ask) => ask !== 'apply' && ask !== 'website');
  if (asks.includes('proactive')) return asks.filter((ask) => ask !== 'time_limit');
  // 申请表在哪领 asks for the form, not the office's address (nor how to apply, unless it asks where the form is handed in).
  if (asks.includes('form'))
    return asks.filter((ask) => ask !== 'address' && ask !== 'website' && (ask !== 'apply' || /交|寄|送/.test(text)));
  // 可以打电话申请吗 asks the telephone way of applying, not the phone number.
  // 打电话可以吗 after an answer on applying asks the same of the telephone way.
  if (asks.includes('apply') && (/打?电话(?:能|可以)?申请/.test(text) || WAY_FOLLOW_UP.test(text)))
    return asks.filter((ask) => ask !== 'address' && ask !== 'phone');
  if (asks.includes('apply')) return asks.filter((ask) => ask !== 'address');
  // 监督电话 is not also the office's phone (when the guide gives none, the phone ask stands alone again).
  if (asks.includes('supervision')) return asks;
  // 政务公开窗口在哪, 去图书馆能查吗: a reading place's address, not the office's.
  if (asks.includes('website') && READING_PLACE_ASKED.test(text)) return asks.filter((ask) => ask !== 'address');
  // 公众号粉丝多少, 微博关停了吗: the account's figures and fate are in the reports, not the guide; 公众号在哪看 asks the account.
  if (asks.includes('media') && MEDIA_FIGURE.test(text)) return asks.filter((ask) => ask !== 'media');
  if (asks.includes('media')) return asks.filter((ask) => ask !== 'website' && ask !== 'publication' && ask !== 'address');
  if (asks.includes('publication')) return asks.filter((ask) => ask !== 'website');
  return asks;
}

function fieldText(fields: AgencyGuideFields, key: GuideFieldKey): string | undefined {
  const value = fields[key];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join('；') : value;
}

/** 会公开X方面的信息吗 / 公开X吗 / 是否公开X: the item asked of the proactive scope, yes or no. */
const SCOPE_ITEM_ASKED =
  /(?:(?:是否|有没有|能不能|会不会)主?动?公开|会?主?动?(?<!信息|申请|依申请)公开(?=.*(?:吗|么|嘛|没有|不)[?？]?$))(\p{Script=Han}{2,10}?)(?:方面|类|相关|有关)?(?:的)?(?:信息|内容|情况|事项)?(?:吗|么|嘛|没有|不)?[?？]?$/u;
/**
 * 党风廉政建设情况公开吗 / 的财政预算公开吗 / 收费信息公开吗: the item asked before 公开 (with the agency's name in front of
 * it, so the item is looked up as the longest tail of those words the scope names).
 */
const SCOPE_ITEM_BEFORE =
  /^(\p{Script=Han}{2,24}?)(?:的)?(?:方面|类|相关|有关)?(?:的)?(?:信息|内容|情况|事项|数据)?(?:是否|会不会|有没有|能不能|会|都|也|能|可以)?(?:主动)?(?:公开|公布)(?:了|过|出来)?(?:吗|么|嘛|不|没有|没)[?？]?$|^(\p{Script=Han}{2,24}?)(?:的)?(?:信息|内容|情况|事项|数据)?(?:公不公开|公开不公开|是否公开)[?？]?$/u;
/**
 * 统计信息归哪个单位公开 / 财政预算由谁负责公开: who publishes one item of the scope (the guide may print its 公开责任单位 after
 * it), the item asked before the question words.
 */
const SCOPE_ITEM_WHO =
  /^(\p{Script=Han}{2,24}?)(?:的)?(?:方面|类|相关|有关)?(?:的)?(?:信息|内容|情况|事项|数据)?(?:是|都|一般)?(?:归|由|找)?(?:哪个|哪一个|哪些|什么|谁)(?:单位|部门|机关|科室|机构)?(?:来|负责)?(?:负责)?(?:公开|公布|发布)(?:的)?(?:呢|啊|呀)?[?？]?$/u;
/** The unit a scope item names as the one publishing it, in brackets after it ((公开责任单位:县统计局), （责任部门：县财政局）). */
const SCOPE_ITEM_UNIT = /^\s*[(（]\s*(?:公开)?责任(?:单位|部门|主体)\s*[:：]\s*([^)）]{2,40})[)）]/;

/**
 * Words after 公开 that name no item of a scope (申请, 指南, 信息 alone) or ask a count, a time or what applying costs (钱);
 * 收费 may be an item (收费信息, 收费项目): 申请公开收费吗 never reaches here (公开 after 申请).
 */
const NOT_A_SCOPE_ITEM = /^(?:信息|政府信息|内容|申请|指南|年报|了|过|出来)$|多少|几|什么|哪|时间|电话|地址|钱|申请|多久|怎么/;
/** What a scope's words and an item asked are compared without: punctuation and the words that join two items (预算、决算 = 预算决算). */
const SCOPE_KEY_DROPPED = /[\s、，,；;。.．:：()（）“”"‘’'《》〈〉·\-—]|和|及|与|以及/g;
/** A pinyin gloss a mirror prints after a character (價(jià)). */
const PINYIN_GLOSS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/gu;
/** Where one item of a scope list ends (；, 。, a number before the next item). */
const SCOPE_CLAUSE_BREAK = /[；;。]|\s(?=\d+[.、])|(?=[（(][一二三四五六七八九十\d]+[)）])/u;

/** 人事信息包括什么 / 财政信息公开哪些 / 工作动态类有哪些内容: a class of the catalogue asked for what it holds. */
const CATALOGUE_ROW_ASKED =
  /^(\p{Script=Han}{3,30}?(?:信息|动态|公文|总结|事项))(?:类)?(?:都|主要|具体)?(?:包括|包含|公开|有|指)(?:了)?(?:哪些|什么|啥)(?:内容|信息|东西)?(?:呢|啊)?[?？]?$/u;

/** A step of handling an application asked of an agency, and the general rule's topic that says it. */
const STEP_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/第三方|征求(?:\p{Script=Han}{0,4})?意见/u, 'third-party-views'],
  [
    /(?:没|未)(?:有)?填(?:完整|全|好|清楚)|不完整|填错|填漏|漏填|补正|材料\p{Script=Han}{0,2}?(?:不全|不齐|不完备)|缺(?:了)?材料/u,
    'correction',
  ],
];

/** 能延期吗, 能延长多久: asked of a guide whose own time limit says nothing of extending it, the regulation's rule follows. */
/** A limit that counts days (20个工作日, 十五日, 15天): a guide's own time limit, not only 当场答复. */
const DAYS_COUNTED = /(?:\d+|[一二三四五六七八九十两]+)\s*个?(?:工作日|自然日|日|天)/u;
const EXTENSION_ASKED = /延期|延长|推迟|拖延/;

/** Handing an application in in person asked (能当场交吗, 现场能申请吗, 可以上门递交吗). */
const IN_PERSON_ASKED = /当面|现场|当场|上门|亲自/;

/** How to apply, not only where (怎么申请, 如何提交): the ways of applying are the general rules' to add. */
const HOW_ASKED = /怎么|怎样|如何|咋/;

/**
 * A site a guide names by its name alone (兰州市政府门户网站, 广水市人民政府门户网站, “延安市人民政府”门户网站, 宿州市农业农村局部门网站,
 * 潮州市人民政府公众信息网), also where a mirror's domain was cut from after it (site-domain.ts).
 */
const NAMED_SITE = /[“"]?([\u4e00-\u9fff]{2,20}?)[”"]?(门户网站|政府网站|政务网站?|官方网站|官网|部门网站|公众信息网|网站)/gu;

/** Gambling words a spam mirror puts in place of a site's name (…官网开奖, bet365, 娱乐场). */
const SPAM_SITE = /开奖|彩票|博彩|娱乐场|赌场|投注|bet|365|分分|时时彩/i;

/** The sites a guide's ways of publishing, form and notes name without an address, each once, in the simplified script. */
function namedSites(fields: AgencyGuideFields): string[] {
  const text = toSimplified(
    [fields.proactive_channels, fields.application_form, ...(fields.channel_notes ?? []), fields.guide_updates, fields.catalogue_reading]
      .filter(Boolean)
      .join('。'),
  );
  const sites: string[] = [];
  for (const hit of text.matchAll(NAMED_SITE)) {
    // 通过兰州市政府门户网站, 公开网址为…: the words before the name (通过, 登录, 在, 公开网址为) are no part of it.
    // (法人和其他组织可以在潮州市人民政府公众信息网: the words of a sentence up to 可以在 are none either.)
    const words = hit[1].replace(/^.*(?:可以在|可在|可以通过|可通过|可以登录|可登录)/, '');
    const name = `${words.replace(/^(?:(?:公开|发布)?(?:网址|网站)(?:为|是)|通过|登录|登陆|在|到|访问|进入|和|及|或|以及)+/, '')}${hit[2]}`;
    // 腾讯分分官网开奖公报: a spam mirror's gambling words put in place of a portal's name are no site of the guide's.
    if (name.length >= 5 && !/^(?:我|本|该|其)/.test(name) && !SPAM_SITE.test(name) && !sites.includes(name)) sites.push(name);
  }
  return sites.slice(0, 3);
}

/** A clause saying applying online is supported (支持社会公众在线依申请公开, 可以通过网上申请). */
const ONLINE_SUPPORTED = /(?:支持|可以|可|接受)[^。；;，,]{0,12}?(?:在线依申请公开|在线申请|网上申请|网上提交|在线提交)/;

/**
 * Whether the guide names a way of applying online (网上申请 among its ways, a note on the online way, a clause saying it is
 * supported): only then may its portal stand in for an online application address it does not print.
 */
function onlineWayNamed(fields: AgencyGuideFields): boolean {
  if ((fields.channels ?? []).some((channel) => /网上|在线|网络|互联网|数据电文|平台/.test(toSimplified(channel)))) return true;
  if ((fields.channel_notes ?? []).some((note) => NOTE_WAYS[0][1].test(toSimplified(note)))) return true;
  return onlineSupportedClause(fields) !== undefined;
}

/** The clause of any of the guide's words that says applying online is supported, in the simplified script; undefined when none. */
function onlineSupportedClause(fields: AgencyGuideFields): string | undefined {
  for (const value of Object.values(fields)) {
    if (typeof value !== 'string') continue;
    const text = toSimplified(value);
    const found = ONLINE_SUPPORTED.exec(text);
    if (!found) continue;
    const start = Math.max(...['。', '；', ';', '，', ','].map((mark) => text.lastIndexOf(mark, found.index) + 1));
    const stops = ['。', '；', ';', '，', ','].map((mark) => text.indexOf(mark, found.index + found[0].length)).filter((at) => at >= 0);
    return text.slice(start, stops.length > 0 ? Math.min(...stops) : text.length).trim();
  }
  return undefined;
}

/** Answers agency questions from guides, report contacts and the general rules. */

/** 周六上班吗 / 周末开门不 / 礼拜天有人吗: the weekend asked of the office hours. */
const WEEKEND_ASKED = /周六|周日|周末|星期[六天日]|礼拜[六天日]|双休/;
/** Hours that name a weekend day other than as a day off (周六上午9:00-12:00值班): no verdict on the weekend is read. */
const WEEKEND_WORKED = /(?:周六|星期六|周日|星期日|星期天|周末|双休日?)(?![^，。；,;]{0,8}(?:除外|休息|不办公|闭馆|不对外))/;
/**
 * Office hours of weekdays only: 周一至周五, 星期一到星期五, the weekend's days off named (公休日除外, 双休日休息, 节假日、公休日不受理
 * 申请), or said of working days (8:30-12:00,14:30-17:30(工作日)).
 */
const WEEKDAYS_ONLY =
  /(?<!非)(?:法定)?工作日|(?:周|星期)一(?:至|到|—|-|～|~)(?:周|星期)?五|(?:公休日|双休日|周六、?(?:周)?日|星期六、?(?:星期)?日)(?:[和、及]法定节假日)?(?:除外|休息|不办公|不受理)|法定节假日(?:和|、|及)(?:公休日|双休日)除外/;

/** Ways of applying a yes/no may name (能打电话申请吗, 网上能申请不), each with the words of a guide's channel that is it. */
const APPLYING_WAYS: ReadonlyArray<readonly [asked: RegExp, channel: RegExp, name: string]> = [
  [/打电话|电话里?/, /电话|口头/, '电话'],
  // 可以口头申请吗: speaking at the office is no telephone; the guide's 口头提出 (or none) answers it.
  [/口头/, /口头/, '口头'],
  [/微信/, /微信/, '微信'],
  [/短信|短消息/, /短信|短消息/, '短信'],
  [/邮件|邮箱|e-?mail/i, /邮件|邮箱|电子信箱|数据电文/, '电子邮件'],
  [/网上|在线|网络|线上|网站/, /网上|网络|在线|线上|互联网|网站|平台|数据电文/, '网上'],
  [/传真/, /传真/, '传真'],
  [/邮寄|寄信|写信|信函|快递|挂号/, /信函|邮寄|邮政|寄/, '信函（邮寄）'],
  [/当面|现场|上门/, /当面|现场/, '当面'],
];
/** Ways of applying that no contact field of a guide stands for (a fax or an e-mail printed is the way's own). */
const WAYS_WITHOUT_FIELD = new Set(['微信', '短信']);
/** A way's words that send the form to a mailbox (发送至受理机构电子邮箱（x@163.com）, 发送到…@…). */
const MAILED_TO_BOX = /(?:发送|发|寄|提交|传)(?:至|到)[^。；;]{0,16}(?:邮箱|信箱|@)[^。；;]{0,40}@/;
/** A way of applying asked alone after an answer on applying (打电话可以吗, 发短信行不行): whether that way is taken. */
const WAY_FOLLOW_UP =
  /^(?:那|那么)?(?:打电话|打个电话|电话里|发短信|发传真|发邮件)(?:申请|提交|办)?(?:可以|行|能|成)(?:吗|么|嘛|不|不行|不可以)?[？?。！!]*$/;
/** A yes/no asked of a way of applying: 能…吗, 可以…不, 行不行, 能否. */
const WAY_YES_NO = /吗|能不能|可不可以|可以不|行不行|能否|是否|行不|[能行]不[？?]?$|不[？?]?$/;

/**
 * 可以打电话申请吗 / 网上能申请不 against a guide listing its ways of applying (当面提交；信函（邮寄）；传真): yes when one of them is
 * the way asked, else that the guide lists no such way; nothing when the question names no one way or the guide lists none
 * (but for a way no contact field stands for, 微信, said not written).
 */
function methodVerdict(question: string, channels: readonly string[] | undefined, notes: readonly string[] = []): string {
  if (!WAY_YES_NO.test(question) || !(/申请|提交|递交|办/.test(question) || WAY_FOLLOW_UP.test(question))) return '';
  const named = APPLYING_WAYS.filter(([asked]) => asked.test(question));
  if (named.length !== 1) return '';
  const [, channel, name] = named[0];
  // 我单位不受理通过电话方式提出的申请: a guide that says it takes no applications by phone answers no, whatever other way
  // (口头提出 in person) it lists.
  if (name === '电话') {
    const refused = notes
      .map((note) => toSimplified(note).replace(/^[^：:]{0,10}[：:]/, ''))
      .find((note) => /不(?:直接)?(?:受理|接受|接收)[^。；;]{0,12}电话/.test(note));
    if (refused) return `不可以。指南写明：${refused.replace(/[,，]\s*但[^。]{0,6}$/, '')}。`;
  }
  // 用微信能申请不 of a guide that lists no ways (cut before them): a way no contact field stands for is said not written,
  // before the contacts (a fax or an e-mail printed answers for its own way).
  if (!channels || channels.length === 0)
    return WAYS_WITHOUT_FIELD.has(name) && !notes.some((note) => channel.test(toSimplified(note)))
      ? `指南没有写明能否通过${name}申请。`
      : '';
  const simplified = channels.map((each) => toSimplified(each));
  const fitting = simplified.filter((each) => channel.test(each));
  if (fitting.length > 0) return `可以。指南写明的申请方式包括：${fitting.join('；')}。`;
  // 通过互联网提出申请：…连同附件发送至受理机构电子邮箱（x@163.com）: a way listed under another name that sends the form to
  // a mailbox is applying by e-mail.
  const mailed = name === '电子邮件' ? notes.map((note) => toSimplified(note)).find((note) => MAILED_TO_BOX.test(note)) : undefined;
  if (mailed) return `可以。指南写明：${mailed}。`;
  return `指南写明的申请方式里没有${name}申请（写明的是：${simplified.join('；')}）。`;
}

/** Office hours cut inside a time (夏季:上午8, 下午14:), as a page cut in the middle of the value leaves them. */
const CUT_HOURS = /(?:[上下]午|[:：])\s*\d{1,2}\s*[:：]?$/;
/** A place's hours printed in full among the ways of publishing or reading places (4.大峪镇便民服务中心政务公开专区。 办公地址:… 办公时间:…). */
const PLACE_HOURS =
  /(?:^|\s)(?:\d{1,2}[.、．]\s*)?([^\s。,，:：\d][^\s。,，:：]{3,29}?)[。.]?\s*(?:(?:办公)?地址[:：]\s*\S{2,40}\s*)?(?:办公|服务|开放|查阅)时间[:：]\s*(\S.{5,100}?)(?=\s*(?:联系电话|咨询电话|电话|$))/u;

/**
 * A note giving hours printed in full for another place of the guide when the office's are cut inside a time and those
 * begin exactly as the cut ones do; undefined otherwise.
 */
function hoursPrintedInFull(fields: AgencyGuideFields): string | undefined {
  const hours = fields.office_hours ? toSimplified(fields.office_hours).replace(/\s+/g, ' ').trim() : '';
  if (!hours || !CUT_HOURS.test(hours)) return undefined;
  for (const printed of [fields.proactive_channels ?? '', ...(fields.reading_places ?? [])]) {
    const found = PLACE_HOURS.exec(toSimplified(printed).replace(/\s+/g, ' '));
    if (!found) continue;
    const [, place, full] = found;
    if (full.length <= hours.length || !full.startsWith(hours)) continue;
    return `指南写明的受理机构办公时间在“${hours.slice(-12)}”处中断（页面不全）。同一指南写明${place}的办公时间：${full.trim()}`;
  }
  return undefined;
}

export class AgencyGuideAnswerer {
  constructor(private readonly sources: { guides: GuideStore; reports: ReportStore; guide: Guide }) {}

  /** Whether a disclosure guide of `agency` is stored. */
  hasGuide(agency: { id: number; name: string }): boolean {
    return this.sources.guides.forAgency(agency) !== undefined;
  }

  /**
   * What the stored guide of `agency` says one may do when one's rights are harmed (申请人认为…可以依法申请行政复议…): its
   * title and its words, or its title alone when it says nothing of it; undefined when no guide is stored.
   */
  remediesSaid(agency: { id: number; name: string }): { title: string; words?: string } | undefined {
    const guide = this.sources.guides.forAgency(agency);
    return guide ? { title: guide.title, words: guide.fields.remedies } : undefined;
  }

  /** Whether the guide of `agency` names `place` (政务服务中心, 档案馆) among its reading places or ways of publishing. */
  namesReadingPlace(agency: { id: number; name: string }, place: string): boolean {
    const guide = this.sources.guides.forAgency(agency);
    if (!guide) return false;
    return toSimplified([...(guide.fields.reading_places ?? []), guide.fields.proactive_channels ?? ''].join(' ')).includes(place);
  }

  /**
   * The agencies whose guide lists a reading place under its own label ending in `name` (重慶市綦江區檔案館：… for 綦江区档案馆):
   * a place asked by its own name, which no stored agency is, is answered from the guide that gives its contacts.
   */
  agenciesNamingPlace(name: string): Array<{ id: number; name: string }> {
    const wanted = toSimplified(name)
      .replace(/^政府(?=服务|大厅)/, '政务')
      .replace(/(?<=.)政府(?=服务|大厅)/, '政务');
    if (wanted.length < 5) return [];
    return this.sources.guides
      .readingPlaces()
      .filter(({ places }) =>
        places.some((place) => {
          const label = /^[^:：，,。(（]{4,30}(?=[:：])/.exec(toSimplified(place))?.[0];
          return label?.endsWith(wanted) === true;
        }),
      )
      .map(({ agency }) => agency);
  }

  /** Whether any field read from the guide of `agency` holds `words` (undefined when no guide of it is stored). */
  guideSays(agency: { id: number; name: string }, words: RegExp): boolean | undefined {
    const guide = this.sources.guides.forAgency(agency);
    if (!guide) return undefined;
    return Object.values(guide.fields).some((value) =>
      (Array.isArray(value) ? value : [value]).some((one) => typeof one === 'string' && words.test(toSimplified(one))),
    );
  }

  /** An answer when the question asks where, when or how to apply to `agency` (or for its contacts), else null. */
  answer(question: string, agency: { id: number; name: string }, now: Date): AgencyGuideReply | null {
    const item = this.scopeItemAnswer(question, agency);
    if (item) return item;
    const row = this.catalogueRowAnswer(question, agency);
    if (row) return row;
    // 硚口区档案馆地址在哪里: an archive or a library that is itself the agency asked names no reading place (its guide's or
    // another's): what is asked of it is read without its own kind's word.
    // (硚口区档案馆能查吗, which asks nothing without it, is still a reading place's question.)
    const ownPlace = READING_PLACE_NAMED.exec(toSimplified(agency.name))?.[0];
    const withoutOwnPlace = ownPlace ? toSimplified(question).replaceAll(ownPlace, '') : question;
    const asksText = agencyGuideAsks(withoutOwnPlace).length > 0 ? withoutOwnPlace : question;
    // Most questions to an agency ask a figure: nothing of its guide is asked, and the guide is not read.
    let asked = agencyGuideAsks(asksText);
    // 公开信息的渠道有哪些 asks the channels a report names; of an agency known by its guide alone, the guide's ways of publishing.
    if (asked.length === 0 && REPORT_CHANNELS_ASKED.test(question)) {
      const only = this.sources.guides.forAgency(agency);
      if (only?.fields.proactive_channels && this.sources.reports.reportsOfAgency(agency.id).length === 0) asked = ['publication'];
    }
    if (asked.length === 0) return null;
    const guide = this.sources.guides.forAgency(agency);
    // 信息公开谁负责 of a guide naming no office that takes applications, nor an address, but the one that publishes (综合股负责
    // 向社会主动公开…): that one's words. So for 信息公开找哪个部门 / 找谁 (a guide cut before its part on applying).
    if (
      asked.includes('apply') &&
      /谁(?:来)?负责|(?:哪个|什么)(?:部门|科室|股|单位|机构)(?:来)?负责|找(?:哪个|哪一?个|什么)(?:部门|科室|股|单位|机构)|找谁/.test(
        question,
      ) &&
      guide?.fields.publisher !== undefined &&
      !guide.fields.accepting_office &&
      !guide.fields.address
    )
      asked = ['publisher'];
    // 有公众号吗 is the guide's only when the guide names an account; else the reports (which may count its followers) answer.
    // 要带什么材料 is the guide's only when it names the papers; else the general rules answer as before (所有机关都适用的一般规定).
    // 有公众号吗 of an agency known by its guide alone (no report to count an account): the guide answers, saying it names none.
    const guideOnly = guide !== undefined && this.sources.reports.reportsOfAgency(agency.id).length === 0;
    const asks = asked.filter(
      (ask) =>
        (ask !== 'media' ||
          guideOnly ||
          mediaClauses(guide?.fields.proactive_channels ? toSimplified(guide.fields.proactive_channels) : undefined).length > 0) &&
        // 代理人要啥材料: an agent's papers are the guide's only when its words on papers speak of agents; else the general rules on
        // applying through someone else answer.
        (ask !== 'materials' ||
          (guide?.fields.application_materials !== undefined &&
            (!AGENT_ASKED.test(question) || /委托|代理|代为|代办/.test(guide.fields.application_materials)))) &&
        // 执法案卷能申请公开吗 of a guide whose own words on what it keeps back never name 案卷: the general rules answer (they do).
        (ask !== 'exempt' || exemptKindNamed(question, guide?.fields.not_disclosed)) &&
        (ask !== 'supervision' || guide?.fields.supervision_phone !== undefined) &&
        (ask !== 'complaint_hours' || guide?.fields.complaint_hours !== undefined) &&
        (!OWN_WORDS_ASKS.has(ask) || guide?.fields[OWN_WORDS_ASKS.get(ask) as GuideFieldKey] !== undefined),
    );
    if (asks.length === 0) return null;
    // 申请写得不清楚会咋样 of a guide that says it in its own words: those words, not also the form or the fees (公报要钱吗).
    const own = asks.filter((ask) => {
      const key = OWN_WORDS_ASKS.get(ask);
      return key !== undefined && guide?.fields[key] !== undefined;
    });
    // 政府公报在哪能看到: what the guide says of the 公报, then its reading places and site as before.
    if (own.length > 0) asks.splice(0, asks.length, ...own, ...(own.includes('gazette') ? asks.filter((ask) => ask === 'website') : []));
    // 周末能去吗 of a guide with no office hours but the days one may come (也可工作日前往…获取政府信息): those days.
    const visiting = asks.includes('office_hours') && !guide?.fields.office_hours && guide?.fields.visiting_days !== undefined;
    // 上海电力大学图书馆几点开门: the hours of a library, archive or reading room the guide does not name are not the office's.
    // (周末能去查阅吗 names no place: 查阅 as a verb is the going to read, whose hours are the office's where the guide gives
    // none of a reading place; 查阅点 / 查阅室 is a place.)
    const place = asks.includes('office_hours') ? READING_PLACE_NOUN.exec(asksText)?.[0] : undefined;
    // 银川市市场监管局查阅室几点开门: the room to read in, by the common word for it, is the place the guide gives, whatever its
    // own word (2.银川市市场监督管理局查阅。 / 地址:…407受理室 / 开放时间:…).
    const anyReadingPlace = place !== undefined && GENERIC_READING_PLACE.test(place) && (guide?.fields.reading_places?.length ?? 0) > 0;
    if (
      place &&
      !anyReadingPlace &&
      guide &&
      !toSimplified([...(guide.fields.reading_places ?? []), guide.fields.proactive_channels ?? ''].join(' ')).includes(place)
    )
      return null;
    // 监督电话 asked and stated: that number, not also the office's.
    if (asks.includes('supervision')) asks.splice(asks.indexOf('phone') >>> 0, asks.includes('phone') ? 1 : 0);
    // 投诉接待时间 asked and stated: those hours, not also the office's.
    if (asks.includes('complaint_hours') && asks.includes('office_hours')) asks.splice(asks.indexOf('office_hours'), 1);
    const picked = ASKS.filter((entry) => asks.includes(entry.ask));
    const fields = [...new Set(picked.flatMap((entry) => entry.fields))];
    // 有哪些信息 of a guide with a scope of its own: that scope, not also the catalogue's layout (the layout only stands in for it).
    if (asks.includes('scope') && !asks.includes('catalogue') && guide?.fields.proactive_scope)
      fields.splice(fields.indexOf('catalogue_layout') >>> 0, fields.includes('catalogue_layout') ? 1 : 0);
    if (visiting) fields.splice(fields.indexOf('office_hours'), 1, 'visiting_days');
    // 政务服务中心那个点几点下班: the hours of a second place the guide names for handing in or reading (地址2:…政务服务中心…;
    // 工作时间:…) are that place's, beside the office's.
    const otherPlace = asks.includes('office_hours') ? OTHER_PLACE_NAMED.exec(question)?.[0] : undefined;
    if (
      otherPlace &&
      guide?.fields.reading_places?.some((entry) => toSimplified(entry).includes(otherPlace)) &&
      !fields.includes('reading_places')
    )
      fields.push('reading_places');
    // 几点能打 after 投诉电话, 几点上班 of a guide with no office hours but the hours it receives complaints (接待投诉时间): those
    // hours, under their own label, beside saying no office hours are written.
    if (asks.includes('office_hours') && !visiting && !guide?.fields.office_hours && guide?.fields.complaint_hours !== undefined)
      fields.push('complaint_hours');
    // 怎么申请: the guide's own words on its form are part of how (应填写《…申请表》), after where and when; so are they of
    // handing one in on the spot (能当场交申请吗: the office keeps the form, 设有…申请表,接受…并受理).
    if (asks.includes('apply') && (HOW_ASKED.test(question) || IN_PERSON_ASKED.test(question)) && guide?.fields.application_form)
      fields.push('application_form');
    // 有几种申请方式: the guide's own sentence saying how many, before the ways read (a page cut short may read fewer).
    if (asks.includes('apply') && /几种|多少种|哪几种/.test(question) && guide?.fields.ways_announced) fields.unshift('ways_announced');
    // 信息公开有哪几种方式 (no applying named): the guide's sentence on its two ways of disclosing (采取主动公开和依申请公开两种方式),
    // before the ways it publishes by.
    if (
      asks.includes('publication') &&
      !asks.includes('apply') &&
      /几种|多少种|哪几种|哪些种/.test(question) &&
      !/申请/.test(question) &&
      guide?.fields.ways_announced &&
      /主动公开/.test(guide.fields.ways_announced) &&
      /依申请/.test(guide.fields.ways_announced)
    )
      fields.unshift('ways_announced');
    // 发邮件能申请吗, 那发邮件呢: the ways the guide names say whether e-mail is one of them, beside its mailbox.
    if (asks.includes('email') && EMAIL_APPLICATION.test(question) && guide?.fields.channels && !fields.includes('channels'))
      fields.unshift('channels');
    // 由哪个部门负责 of a guide that names no accepting office but the work's supervisor (XX办公室是…主管部门): that office, in
    // the guide's words, beside saying no accepting office is written.
    if (asks.includes('apply') && OFFICE_ASKED.test(question) && !guide?.fields.accepting_office && guide?.fields.supervisor)
      fields.push('supervisor');
    const wanted = [...new Set(picked.flatMap((entry) => entry.wanted))];
    if (visiting) wanted.splice(wanted.indexOf('office_hours'), 1, 'visiting_days');
    if (guide) return this.fromGuide(question, agency.name, guide, asks, fields, wanted, now, agency.id);
    // 找谁联系 / 联系人是谁 with no guide: the person the reports' contact clause names, which the report answer reads
    // (over its years), not where to apply.
    if (PERSON_ASKED.test(question)) return null;
    const fromReport = this.fromReport(agency, fields, wanted, `库中没有${agency.name}的政府信息公开指南，以下据其年度报告：`);
    // 信息公开由哪个科室负责 with no guide: the office a report says does the work (由党政办专人负责, 办公室(综合效能科)具体负责),
    // quoted, beside any contact it states.
    const inCharge = OFFICE_ASKED.test(question) ? this.officeInChargeStated(agency) : undefined;
    if (inCharge)
      return {
        kind: 'text',
        answer: `${fromReport ? `${fromReport.answer}\n` : `库中没有${agency.name}的政府信息公开指南，`}${inCharge.answer}`,
        source: inCharge.source,
      };
    // 怎么申请: the report's contacts say where, the general rules how (当面、邮寄、传真、网上).
    if (fromReport && asks.includes('apply') && HOW_ASKED.test(question)) {
      const rules = this.general(question, asks, now, '申请方式，');
      return { kind: 'guide', answer: `${fromReport.answer}\n${rules.answer}`, source: rules.source };
    }
    if (fromReport) return fromReport;
    // Reports state contacts, never the time limits, fees or accepting office a guide would.
    const reportable = wanted.filter((key) => REPORT_FIELDS[key] !== undefined);
    const inReports =
      reportable.length > 0 || wanted.length === 0
        ? `，其年度报告中也没有写明${reportable.length > 0 ? reportable.map((key) => GUIDE_FIELD_LABELS[key]).join('、') : '联系方式'}`
        : '';
    return this.general(question, asks, now, `库中没有${agency.name}的政府信息公开指南${inReports}。`);
  }

  /**
   * 会公开纳税服务方面的信息吗 / 公开服务价格吗: one item of the proactive scope asked yes or no. Answered only when the guide's
   * scope names the item, with the clause that names it (a whole scope is cut at its limit, often before the item); null
   * otherwise, so a scope that does not name it is not read as a no (it may list the item in other words).
   */
  private scopeItemAnswer(question: string, agency: { id: number; name: string }): AgencyGuideReply | null {
    const text = toSimplified(normalizeText(question)).replace(/\s+/g, '');
    // 2023年有没有公开工作动态 asks what a year's report says was published, not the guide's standing scope.
    if (/\d{2}年|今年|去年|前年/.test(text)) return null;
    const after = SCOPE_ITEM_ASKED.exec(text)?.[1];
    const before = after === undefined ? SCOPE_ITEM_BEFORE.exec(text) : null;
    const who = after === undefined && !before ? SCOPE_ITEM_WHO.exec(text) : null;
    const words = after ?? before?.[1] ?? before?.[2] ?? who?.[1];
    if (!words || /(?:依)?申请$|信息公开$/.test(words)) return null;
    const guide = this.sources.guides.forAgency(agency);
    // The whole scope when the stored one was shortened; a mirror's pinyin glosses inside words (服務價(jià)格) would hide the item.
    const printed = guide?.fields.proactive_scope_full ?? guide?.fields.proactive_scope;
    if (!guide || !printed) return null;
    const clauses = toSimplified(printed).replace(PINYIN_GLOSS, '').split(SCOPE_CLAUSE_BREAK);
    const keys = clauses.map((clause) => clause.replace(SCOPE_KEY_DROPPED, ''));
    const name = toSimplified(agency.name);
    const named = (item: string) => {
      const key = item.replace(SCOPE_KEY_DROPPED, '');
      return key.length >= 2 ? keys.findIndex((clauseKey) => clauseKey.includes(key)) : -1;
    };
    let item: string | undefined;
    let at = -1;
    if (after !== undefined) {
      if (!NOT_A_SCOPE_ITEM.test(after)) [item, at] = [after, named(after)];
    } else {
      // Before 公开 the agency's own name comes first (济南十一中收费信息公开吗): the longest tail of the words the scope names,
      // never a piece of the agency's name (教育局) nor a word that asks something else (电话, 多少).
      for (let length = Math.min(words.length, 12); length >= 2 && at < 0; length--) {
        const tail = words.slice(words.length - length).replace(/^的/, '');
        if (tail.length < 2 || name.includes(tail) || NOT_A_SCOPE_ITEM.test(tail)) continue;
        [item, at] = [tail, named(tail)];
      }
    }
    if (!item || at < 0) return null;
    if (who) {
      // Who publishes it: only the unit the guide prints after the item answers (else the guide's other fields do).
      const unit = SCOPE_ITEM_UNIT.exec(clauses[at + 1] ?? '')?.[1].trim();
      if (!unit) return null;
      return {
        kind: 'guide',
        answer: `${agency.name}的信息公开指南列明：${clauses[at].trim()}（公开责任单位：${unit}）\n（来源：《${guide.title}》）`,
        source: `《${guide.title}》`,
      };
    }
    const whole = clauses[at].trim() || item;
    // A long clause (a list run into one sentence): the words around the item, so the answer stays one message.
    const from = Math.max(0, whole.indexOf(item.slice(0, 2)) - 40);
    const clause =
      whole.length <= 120 ? whole : `${from > 0 ? '…' : ''}${whole.slice(from, from + 120)}${from + 120 < whole.length ? '…' : ''}`;
    return {
      kind: 'guide',
      answer: `会。${agency.name}的信息公开指南列明的主动公开范围包括：${clause}\n（来源：《${guide.title}》）`,
      source: `《${guide.title}》`,
    };
  }

  /**
   * 人事信息包括什么 / 财政信息公开哪些: a class of the catalogue's table (人事信息 | 人事任免、公务员考录 |) asked for what it
   * holds, answered with its row as the guide prints it. Null when the layout holds no such row (the scope or the reports may
   * answer).
   */
  private catalogueRowAnswer(question: string, agency: { id: number; name: string }): AgencyGuideReply | null {
    const text = toSimplified(normalizeText(question)).replace(/\s+/g, '');
    const asked = CATALOGUE_ROW_ASKED.exec(text);
    if (!asked) return null;
    const guide = this.sources.guides.forAgency(agency);
    const layout = guide?.fields.catalogue_layout;
    if (!guide || !layout) return null;
    const cells = toSimplified(layout)
      .split('|')
      .map((cell) => cell.trim());
    // A table's classes and their items alternate after its header (三级类目 | 四级类目 |): a class is a cell at an even step
    // from the first after the header, so an item cell (公文 of 法规公文) is never read as a class with the next class for its row.
    let header = -1;
    for (const [index, cell] of cells.entries()) if (/类目$/.test(cell)) header = index;
    const first = header + 1;
    const name = toSimplified(agency.name);
    // The agency's own name comes first (凉山州卫健委人事信息): the longest tail of the words that is a cell with a row after it.
    const words = asked[1];
    for (let length = Math.min(words.length, 12); length >= 3; length--) {
      const tail = words.slice(words.length - length);
      if (name.endsWith(tail)) continue;
      const at = cells.findIndex(
        (cell, index) => cell === tail && index >= first && (index - first) % 2 === 0 && index + 1 < cells.length - 1,
      );
      const row = at >= 0 ? cells[at + 1] : '';
      if (!row || row.length < 2 || row.length > 120 || /类目|[。:：]/.test(row)) continue;
      return {
        kind: 'guide',
        answer: `${agency.name}的信息公开目录中，“${tail}”一类包括：${row}\n（来源：《${guide.title}》）`,
        source: `《${guide.title}》`,
      };
    }
    return null;
  }

  private fromGuide(
    question: string,
    agencyName: string,
    guide: StoredGuide,
    asks: Ask[],
    fields: GuideFieldKey[],
    wanted: GuideFieldKey[],
    now: Date,
    // The agency asked (its reports fill in what the guide lacks), when the guide is stored under another of its names.
    agencyId = guide.agencyId,
  ): AgencyGuideReply {
    const source = `《${guide.title}》`;
    // 查阅点几点开门, 档案馆电话: a reading place's own hours, phone or address, when the guide gives them there.
    const placeAnswer = this.readingPlaceAsked(question, guide, wanted, source);
    if (placeAnswer) return placeAnswer;
    // 主动公开的信息收费吗: the guide's scope sentence saying it publishes free of charge (主动向社会免费公开的信息范围…), not
    // the rule on the fees of applications.
    const freeScope = asks.includes('fees') && PROACTIVE_FEES_ASKED.test(question) ? freeProactive(guide.fields) : undefined;
    if (freeScope) return { kind: 'guide', answer: `不收费。${agencyName}的信息公开指南写明：${freeScope}\n（来源：${source}）`, source };
    const lines: string[] = [];
    // 微博叫啥 of a guide naming its accounts in the scope's sentence (…也可以查询政务新媒体(微信公众号:…;微博:@…)), its ways of
    // publishing naming none: the accounts said there.
    const scopeAccounts =
      asks.includes('media') && mediaClauses(toSimplified(fieldText(guide.fields, 'proactive_channels') ?? '')).length === 0
        ? mediaClauses(toSimplified(guide.fields.proactive_scope_full ?? guide.fields.proactive_scope ?? ''))
        : [];
    if (scopeAccounts.length > 0) lines.push(`政务新媒体：${scopeAccounts.join('；')}`);
    for (const key of fields) {
      // A 繁体 guide's address or hours are given in the simplified script the answer is written in (望奎縣文明路48號 → 望奎县文明路48号).
      const printed = fieldText(guide.fields, key);
      let value = printed === undefined ? undefined : toSimplified(printed);
      if (value === undefined) continue;
      if (key === 'channel_notes') {
        const notes = notesFor(question, guide.fields);
        if (notes.length > 0) lines.push(...notes.map((note) => toSimplified(note)));
        continue;
      }
      if (key === 'proactive_channels') {
        // 哪能看到公开的文件 with no reading place listed: the ways of publishing say where (到该窗口查阅, 档案局).
        // Nor a website: the ways of publishing name the site without its address (主要通过平顺县政府网站…公开), beside the places.
        // 街道公示栏在哪: a board the ways of publishing place (街道公示栏。地址:…办事处门口) is said where they say it.
        const boardAsked = BOARD_NOUN.exec(toSimplified(question))?.[0];
        const whereToRead =
          asks.includes('website') &&
          (((!guide.fields.reading_places || !guide.fields.website) && /看到?|查阅|查看|查(?=[吗么嘛不没呢]|[?？]|$)/.test(question)) ||
            (boardAsked !== undefined && toSimplified(value).includes(boardAsked)));
        // The accounts when they are asked; the ways of publishing only when asked, or when nothing else asked for is stated.
        if (asks.includes('media')) {
          const accounts = mediaClauses(value);
          if (accounts.length === 0) continue;
          lines.push(`政务新媒体：${accounts.join('；')}`);
          continue;
        }
        if (!wanted.includes(key) && !whereToRead && (lines.length > 0 || !wanted.some((other) => guide.fields[other] === undefined)))
          continue;
        // Asked for (通过哪些方式公开): the part as read (400 characters at most), so a way after a long explanation is kept (微博).
        const cap = wanted.includes(key) || whereToRead ? 400 : 150;
        if (value.length > cap) value = `${value.slice(0, cap)}…`;
      }
      // 主动公开哪些信息: a scope shortened only a little (188 characters, 三公经费 in its last item) is quoted whole; a long list
      // keeps its items' names.
      const full = guide.fields.proactive_scope_full;
      if (key === 'proactive_scope' && wanted.includes(key) && full && full.length <= 400) value = toSimplified(full);
      // The portal stands in for the online application address only when the guide gives none.
      if (key === 'website' && asks.includes('online') && guide.fields.online_application_url) continue;
      // 在大武口区政府门户网站上查阅《目录》: the portal the catalogue is read on, named without its address, is the site the guide
      // gives, when it gives one (and the catalogue is read on no other site it names with an address).
      const site = guide.fields.website;
      if (key === 'catalogue_reading' && site && /网站|网/.test(value) && !/https?:|www\.|\.gov\.cn|\.com/i.test(value))
        value = `${value}（网站：${site}）`;
      // 采取主动公开和依申请公开两种方式: the ways of disclosing, not of applying.
      const label =
        key === 'ways_announced' && /主动公开/.test(value) && /依申请公开/.test(value) ? '指南所述公开方式' : GUIDE_FIELD_LABELS[key];
      lines.push(
        key === 'website' && asks.includes('online') && onlineWayNamed(guide.fields)
          ? `网上申请：通过政府门户网站 ${value} 提交`
          : `${label}：${value}`,
      );
    }
    // 公开网址为兰州市政府门户网站…, 通过广水市人民政府门户网站等途径予以公开: a site the guide names without its address.
    if (asks.includes('website') && !guide.fields.website) {
      const named = namedSites(guide.fields);
      if (named.length > 0) lines.push(`指南提到的网站（未写网址）：${named.join('、')}`);
    }
    const lacking = wanted.filter(
      (key) =>
        (guide.fields[key] === undefined ||
          (key === 'proactive_channels' && asks.includes('media') && mediaClauses(guide.fields[key]).length === 0)) &&
        !(key === 'proactive_channels' && scopeAccounts.length > 0) &&
        // 平凉市招商局能网上申请吗 of a guide naming no way online: its portal (where it publishes) is no address to apply at.
        !(key === 'online_application_url' && guide.fields.website && onlineWayNamed(guide.fields)),
    );
    // 找哪个部门, 谁受理, 谁负责 with no accepting office in the guide (a page cut before it): said so, beside what it gives
    // (a guide that gives nothing asked has its own answer below: the general rules, then its reading places).
    if (asks.includes('apply') && OFFICE_ASKED.test(question) && !guide.fields.accepting_office && lines.length > 0) {
      // 信息公开找哪个科室 of a guide whose only word on it is where to apply in person (申请人可以到X局办公室(地址),当面提交):
      // that office, as the guide writes it, before the rest.
      const office = officeOfInPerson(guide.fields);
      if (office) lines.unshift(`受理申请的科室（据指南的当面申请一项）：${office}`);
      else lacking.push('accepting_office');
    }
    // 申请信寄到哪 of a guide with no address (its words on letters only): said so, beside what it gives.
    if (
      SEND_TO_ASKED.test(question) &&
      !guide.fields.address &&
      !guide.fields.mailing_address &&
      lines.length > 0 &&
      !lacking.includes('address')
    )
      lacking.push('address');
    const notes: string[] = [];
    // 大峪镇夏天几点上班 of a page cut inside the office's hours (夏季:上午8): said cut, with the hours the guide prints in full for
    // another place of the same body when they begin as the cut ones do, named as that place's.
    if (asks.includes('office_hours')) {
      const completed = hoursPrintedInFull(guide.fields);
      if (completed) notes.push(completed);
    }
    // 澄江街道政务公开办公室在哪, 几点开门: a guide cut before its office's contacts may still give a reading place's own
    // address, hours or phone; those are given as the reading place's, after saying the office's are not written.
    const places = (guide.fields.reading_places ?? []).map((place) => toSimplified(place));
    const placeLines = places.filter(
      (place) =>
        !lines.some((line) => line.includes(place)) &&
        lacking.some((key) => PLACE_STATES[key]?.test(place.replace(/^[^:：]{0,30}[:：]/, ''))),
    );
    // 拉萨海关电话多少 / 12360几点有人接 of a guide printing no phone of its office, whose ways of publishing name a national
    // hotline (专线咨询电话:12360海关统一服务热线,24小时人工服务): that clause, as the guide's words, after saying no phone is written.
    const hotline = HOTLINE_CLAUSE.exec(guide.fields.proactive_channels ? toSimplified(guide.fields.proactive_channels) : '');
    const hotlineLine =
      hotline &&
      (lacking.includes('phone') || (lacking.includes('office_hours') && toSimplified(question).includes(hotline[2]))) &&
      !lines.some((line) => line.includes(hotline[2]))
        ? `指南在公开渠道中写明：${hotline[1].replace(/^[\s.、．]+/, '')}\n（来源：${source}）`
        : undefined;
    // 可以在网上申请吗 of a guide with no address to apply online, whose other part says applying online is supported (目录…还支持
    // 社会公众在线依申请公开): that clause is quoted, beside saying no address is written.
    if (asks.includes('online') && lacking.includes('online_application_url') && !lines.some((line) => ONLINE_SUPPORTED.test(line))) {
      const clause = onlineSupportedClause(guide.fields);
      if (clause) lines.push(`指南写明：${clause}`);
      // 能网上申请吗 of a guide whose only way online is a mailbox kept for applications (依申请公开专用邮箱): that mailbox.
      else {
        const mailbox = guide.fields.channel_notes?.find((note) => note.startsWith('电子邮件：'));
        if (mailbox && !lines.some((line) => line.includes(mailbox))) lines.push(`指南写明的${mailbox.replace('：', '申请：')}`);
      }
    }
    // 能传真申请吗 of a guide listing 传真 among its ways but printing no fax number: the yes comes first, the number said unwritten.
    const wayVerdict = methodVerdict(toSimplified(question), guide.fields.channels, guide.fields.channel_notes);
    if (lacking.length > 0) {
      const fromReport = this.fromReport({ id: agencyId, name: agencyName }, lacking, lacking, '');
      const label = (key: GuideFieldKey) =>
        key === 'proactive_channels' && asks.includes('media')
          ? '微信公众号、微博等账号'
          : key === 'fax' && wayVerdict.startsWith('可以')
            ? '传真号码'
            : GUIDE_FIELD_LABELS[key];
      notes.push(`${source}没有写明${lacking.map(label).join('、')}。${fromReport ? fromReport.answer : ''}`);
      if (placeLines.length > 0)
        notes.push(`指南写明的${GUIDE_FIELD_LABELS.reading_places}（公开信息查阅处）：\n${placeLines.join('\n')}\n（来源：${source}）`);
      if (hotlineLine) notes.push(hotlineLine);
      if (!fromReport && lines.length === 0 && placeLines.length === 0 && !hotlineLine && !wayVerdict.startsWith('可以')) {
        const general = this.general(question, asks, now, notes.join(''));
        return { ...general, answer: `${agencyName}：${general.answer}` };
      }
    }
    // 能不能打电话申请: the guide's phone is for questions; the rule on applying orally is the regulations'.
    if (PHONE_APPLICATION.test(question) || WRITTEN_ASKED.test(question)) notes.push(PHONE_APPLICATION_RULE);
    // 信封上写什么, and the guide's words quoted say nothing of the envelope (a page cut before its 信函 part): said so, with the
    // common practice the general rules give, never the address alone.
    if (/信封/.test(question) && ![...lines, ...notes].some((line) => /信封|注明/.test(line)))
      notes.push(`${source}没有写明信封上怎么写。一般做法：邮寄申请的，在信封左下角注明“政府信息公开申请”字样。`);
    // 征求第三方意见的时间算不算, 申请表没填完整会怎样: the general rule on that step, after what the guide itself says.
    for (const [asked, id] of STEP_RULES) {
      const rule = asked.test(question) ? this.sources.guide.topic(id) : undefined;
      if (rule) notes.push(`按一般规定：${rule.answer}（依据：${rule.source}）`);
    }
    const ownLimit = guide.fields.time_limit;
    if (asks.includes('time_limit') && ownLimit && EXTENSION_ASKED.test(question) && !EXTENSION_ASKED.test(ownLimit)) {
      const rule = this.sources.guide.topic('reply-time-limit');
      if (rule) notes.push(`关于延期，按一般规定：${rule.answer}（依据：${rule.source}）`);
    }
    // 多久给答复 of a guide whose limit names no count of days (收到申请后,能当场答复的当场给予书面答复; the page cut after it):
    // the rest of the rule, the regulation's.
    if (asks.includes('time_limit') && ownLimit && !DAYS_COUNTED.test(toSimplified(ownLimit)) && !EXTENSION_ASKED.test(question)) {
      const rule = this.sources.guide.topic('reply-time-limit');
      if (rule) notes.push(`指南没有写明不能当场答复的期限，按一般规定：${rule.answer}（依据：${rule.source}）`);
    }
    if (asks.includes('time_limit')) {
      const calculated = answerGuide(question, now, this.sources.guide);
      if (calculated && calculated.topicId === DEADLINE_CALCULATOR_ID) notes.push(`按法定期限计算：${calculated.answer}`);
    }
    // 潢川县人民政府信息公开（据…）, not 潢川县人民政府政府信息公开: a government's name already ends in the word.
    const heading = `${agencyName}${agencyName.endsWith('政府') ? '' : '政府'}信息公开`;
    const body = lines.length > 0 ? `${heading}（据${source}）：\n${lines.join('\n')}\n（来源：${source}）` : '';
    // A guide stored without any of the asked fields (only its website, asked how to apply): the general rules, never an empty reply.
    if (!body && notes.length === 0) {
      const general = this.general(question, asks, now, `${source}没有写明受理机构、地址等申请方式。`);
      // 去哪里要个文件, 找谁: a guide cut before its office still names where its published information is read (主动公开查询地址,
      // 信息公开办公室(地址)查询); given after the general rules as the reading places they are, never as the accepting office.
      const places = asks.includes('apply') ? (guide.fields.reading_places ?? []).map((place) => toSimplified(place)) : [];
      const read =
        places.length > 0
          ? `\n指南写明的${GUIDE_FIELD_LABELS.reading_places}（公开信息查阅处）：\n${places.join('\n')}\n（来源：${source}）`
          : '';
      return { ...general, answer: `${agencyName}：${general.answer}${read}` };
    }
    // 周六上班吗 / 周末开门不 of a guide whose hours are of weekdays only (周一至周五, 公休日除外): the no, before the hours.
    const hours = guide.fields.office_hours ? toSimplified(guide.fields.office_hours) : '';
    const weekend =
      asks.includes('office_hours') &&
      WEEKEND_ASKED.test(toSimplified(question)) &&
      WEEKDAYS_ONLY.test(hours) &&
      !WEEKEND_WORKED.test(hours)
        ? `按指南写明的办公时间，周六、周日不办公。`
        : '';
    // 周末开门吗 of hours that name no day at all (上午8:00至12:00,下午14:30至17:30): said unstated, before the hours.
    const weekendUnstated =
      !weekend && asks.includes('office_hours') && hours && WEEKEND_ASKED.test(toSimplified(question)) && !WEEKEND_WORKED.test(hours)
        ? '指南没有写明周六、周日是否办公；写明的办公时间如下。'
        : '';
    return { kind: 'guide', answer: [weekend || weekendUnstated, wayVerdict, body, ...notes].filter(Boolean).join('\n'), source };
  }

  /** The reading places that state the hours, phone or address a question asks of a reading place it names, or null. */
  private readingPlaceAsked(question: string, guide: StoredGuide, wanted: GuideFieldKey[], source: string): AgencyGuideReply | null {
    const all = (guide.fields.reading_places ?? []).map((place) => toSimplified(place));
    // 金林区政务服务中心电话: a reading place asked by the name the guide lists it under (not the agency's own name).
    const asked = all.length > 0 ? toSimplified(question) : '';
    const named = all.filter((place) => {
      const name = /^[^:：]{4,30}(?=[:：])/.exec(place)?.[0];
      // 政务服务中心电话呢 in a conversation about 金林区: the place's name less its region is the name asked.
      const tail = name?.replace(/^\p{Script=Han}{1,8}?[省市区县旗镇乡](?=\p{Script=Han}{4})/u, '');
      return (
        name !== undefined &&
        tail !== undefined &&
        !/(?:政府|办事处|管委会|局)$/.test(name) &&
        (asked.includes(name) || (tail !== name && asked.includes(tail)))
      );
    });
    if (named.length === 0 && !READING_PLACE_NAMED.test(question)) return null;
    const keys = wanted.filter((key) => PLACE_STATES[key] !== undefined);
    if (keys.length === 0) return null;
    // 图书馆过年开吗 after the places were listed: the places labelled with the noun asked (重庆市綦江区图书馆：…), when any are.
    const noun = named.length === 0 ? READING_PLACE_NOUN.exec(asked)?.[0] : undefined;
    const byNoun = noun ? all.filter((place) => /^[^:：]{4,30}(?=[:：])/.exec(place)?.[0].includes(noun) === true) : [];
    const places = (named.length > 0 ? named : byNoun.length > 0 ? byNoun : all).filter((place) =>
      keys.some((key) => PLACE_STATES[key]?.test(place.replace(/^[^:：]{0,30}[:：]/, ''))),
    );
    if (places.length === 0) return null;
    return {
      kind: 'guide',
      answer: `指南写明的${GUIDE_FIELD_LABELS.reading_places}（公开信息查阅处）：\n${places.join('\n')}\n（来源：${source}）`,
      source,
    };
  }

  /** The asked fields from the agency's latest report that states any of them, or null. */
  /**
   * The office a report of the agency (the latest first) says does the disclosure work: 由党政办专人负责, 办公室(综合效能科)具体负责,
   * 由党政综合办公室牵头, in a sentence on 公开; the clause quoted with its report. Undefined when none says so (a 负责人 is a
   * person, 各科室负责 every office).
   */
  private officeInChargeStated(agency: { id: number; name: string }): { answer: string; source: string } | undefined {
    const reports = [...this.sources.reports.reportsOfAgency(agency.id)].sort((a, b) => b.year - a.year);
    for (const report of reports)
      for (const hit of this.sources.reports.searchSentences(report.id, ['负责', '牵头'], 10)) {
        const sentence = toSimplified(hit.sentence).replace(/\s+/g, '');
        if (!/公开/.test(sentence)) continue;
        const stated = OFFICE_IN_CHARGE.exec(sentence);
        if (!stated || /^[各每本该]/.test(stated[1])) continue;
        const start = Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((mark) => sentence.lastIndexOf(mark, stated.index) + 1));
        const ends = ['，', ',', '。', '；', ';']
          .map((mark) => sentence.indexOf(mark, stated.index + stated[0].length))
          .filter((at) => at >= 0);
        const clause = sentence.slice(start, ends.length > 0 ? Math.min(...ends) : undefined);
        const title = reportTitle(report);
        return { answer: `${agency.name}${report.year}年报告写明：“${clause}”。\n（来源：${title}）`, source: title };
      }
    return undefined;
  }

  private fromReport(
    agency: { id: number; name: string },
    fields: GuideFieldKey[],
    wanted: GuideFieldKey[],
    lead: string,
  ): AgencyGuideReply | null {
    const reports = [...this.sources.reports.reportsOfAgency(agency.id)].sort((a, b) => b.year - a.year);
    for (const report of reports) {
      const contacts = this.reportContacts(report.id, fields);
      const lines: string[] = [];
      for (const key of fields) {
        const contact = REPORT_FIELDS[key];
        const value = contact ? contacts[contact] : undefined;
        if (!value || lines.some((line) => line.endsWith(`：${value}`))) continue;
        lines.push(`${key === 'online_application_url' ? '网站' : GUIDE_FIELD_LABELS[key]}：${value}`);
      }
      if (lines.length === 0) continue;
      const lacking = wanted.filter((key) => !contacts[REPORT_FIELDS[key] ?? '']).map((key) => GUIDE_FIELD_LABELS[key]);
      const title = reportTitle(report);
      const note = lacking.length > 0 ? `\n年度报告中没有写明${lacking.join('、')}。` : '';
      return {
        kind: 'text',
        answer: `${lead}${agency.name}政府信息公开工作联系方式：${lines.join('；')}。${note}\n（来源：${title}）`,
        source: title,
      };
    }
    return null;
  }

  /**
   * A report's contacts as stored, else as its own sentences state them (联繫電話:0914-4261352 in a
   * 繁体 report whose contacts the import did not read): the few sentences that name a contact.
   */
  private reportContacts(reportId: number, fields: readonly GuideFieldKey[]): Record<string, string | undefined> {
    const stored = this.sources.reports.contacts(reportId) as Record<string, string | undefined>;
    if (fields.every((key) => REPORT_FIELDS[key] === undefined || stored[REPORT_FIELDS[key]])) return stored;
    const hits = this.sources.reports.searchSentences(reportId, CONTACT_SEARCH_WORDS, 6);
    // What the import stored comes first; the sentences only fill in what it lacks.
    return Object.assign({}, ...[...hits].reverse().map((hit) => extractContacts(toSimplified(hit.sentence))), stored);
  }

  /** The general rules, said to be such. */
  private general(question: string, asks: Ask[], now: Date, lead: string): AgencyGuideReply {
    const matched = answerGuide(question, now, this.sources.guide);
    if (matched) return { kind: 'guide', answer: `${lead}以下按一般规定：\n${matched.answer}`, source: matched.source };
    const topic = this.sources.guide.topic(GENERAL_TOPIC[asks[0]]) ?? this.sources.guide.topics[0];
    return { kind: 'guide', answer: `${lead}以下按一般规定：\n${topic.answer}（依据：${topic.source}）`, source: topic.source };
  }
}

/** 主动公开的信息收费吗 / 网上公开的文件要钱吗: the fees of what is published, not of applying. */
const PROACTIVE_FEES_ASKED = /主动公开|(?:网上|已经)公开(?:了|出来)?的(?:信息|文件|内容|政府信息)/;

/** The guide's scope sentence saying the agency publishes free of charge (本机关主动向社会免费公开的信息范围参见…), simplified. */
function freeProactive(fields: AgencyGuideFields): string | undefined {
  const scope = fields.proactive_scope_full ?? fields.proactive_scope;
  if (!scope) return undefined;
  const said = toSimplified(scope)
    .split(/(?<=[。；;])/)
    .find((sentence) => /主动(?:向社会)?免费公开|免费(?:向社会)?主动公开/.test(sentence));
  return said?.trim().replace(/[。；;]$/, '');
}

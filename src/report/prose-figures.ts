/**
 * The catalogue of prose figures: numbers a report states in its text rather than its tables
 * (主动公开 67 条, 关注人数, 培训次数 …). Each has its key, unit, the words that make a stated
 * number this figure (extraction, report/prose.ts) and the words that make a question about it
 * (qa/understand.ts). Extraction tries the entries in this order; so do questions.
 */

/** Every key a prose figure is stored under (prose_figures.figure_key). */
export type ProseFigureKey =
  | 'followers'
  | 'trainings'
  | 'open_day_guests'
  | 'rd_spending'
  | 'suggestions'
  | 'applications_received'
  | 'fees_collected'
  | 'proactive_items'
  | 'proactive_items_by_channel'
  | 'published_items'
  | 'other';

/** What extraction knows about a number: the words before it in its clause, its unit, and the channels named. */
export interface StatedNumber {
  label: string;
  unit: string;
  channels: readonly string[];
}

/** One prose figure. */
export interface ProseFigureDef {
  key: ProseFigureKey;
  /** The unit it is counted in, as citizens are told it. */
  unit: string;
  /** What it is called in an answer that says the report does not state it; absent for figures not asked about. */
  name?: string;
  /** The activity it counts (政府开放日), named when a yes/no question (有没有开展政府开放日) finds no figure. */
  activity?: string;
  /** A stated number is this figure when its clause has one of `labelWords`, its unit fits `units` and `when` (if any) holds. */
  extraction: { labelWords: RegExp; units: RegExp; when?: (stated: StatedNumber) => boolean; keepsChannel: boolean };
  /** A sentence saying none was collected (a zero with no digits), with the label it is stored under. */
  none?: { pattern: RegExp; also: RegExp; label: string };
  /** A question is about this figure when it has `words` and not `unless`. */
  question?: { words: RegExp; unless?: RegExp };
  /** Figures stating a part of it (one channel's share); the total stated without a channel is its main figure. */
  partsKey?: ProseFigureKey;
}

/**
 * 督促各单位主动公开人大政协建议提案答复办理情况110件, 主动公开行政规范性文件5件, 主动公开工作动态30条: what is disclosed is
 * named right after 主动公开 as one kind of document (建议提案答复, 规章, 规范性文件, 动态, 通知), not 政府信息 or 信息 of every
 * kind: that count is one kind's, never the year's whole.
 */
const ONE_KIND_DISCLOSED =
  /主动(?:新增)?公开(?:了)?(?!(?:各类|各项|本部门|本单位)?(?:政府|政务)?信息)\p{Script=Han}{0,10}?(?:建议|提案|规章|规范性文件|动态|通知)\p{Script=Han}*$/u;

/**
 * Several channels at once (政府网站、微信公众号等平台) is a total, one channel a part of it. 主动新增公开 says the same as
 * 主动公开; 其他应主动公开信息4条 is the last item of a breakdown by kind, not the total.
 */
const isTotal = (stated: StatedNumber) =>
  (/主动(?:新增)?公开/.test(stated.label) &&
    !/其他(?:应|需)?主动公开/.test(stated.label) &&
    !ONE_KIND_DISCLOSED.test(stated.label) &&
    (stated.channels.length !== 1 || /等(平台|渠道|方式)/.test(stated.label))) ||
  disclosedWithoutTheWord(stated) ||
  allKindsOverSeveralChannels(stated);

/**
 * 省政府门户网站、“辽宁发布”政务微信公众号发布各类信息2.96万条: all kinds of information published over several channels
 * named together is the year's whole, as over none (one channel's 各类信息 stays that channel's part); 累计公布各类信息167条
 * over 政府网站 and 公众号 too (公布 is 公开).
 */
const allKindsOverSeveralChannels = (stated: StatedNumber) =>
  stated.channels.length >= 2 &&
  /(?:发布|公开|公布)(?:各类|各项)(?:政府|政务)?信息(?:共计|总计|合计|共)?$/.test(stated.label) &&
  !/申请|不予|不公开/.test(stated.label);

/**
 * The year's disclosed items said without 主动 (2024年公开政府信息66条,其中…): 公开 right before 政府信息 or 政务信息 ends
 * the clause (公开各类信息, 公开信息共计 too), or the year's 政府信息公开共530条 in that order; no channel named and no application (依申请公开信息459条 is no part of it).
 */
const disclosedWithoutTheWord = (stated: StatedNumber) =>
  stated.channels.length === 0 &&
  (/公开(?:各类)?(?:政府|政务)信息$/.test(stated.label) ||
    // 公开各类信息共计13921条, 共公开各类信息89条: 各类 or a 共计 after 信息 says it is the whole.
    /公开(?:各类|各项)(?:政府|政务)?信息(?:共计|总计|合计|共)?$|公开(?:政府|政务)?信息(?:共计|总计|合计)$/.test(stated.label) ||
    // 全年累计公开信息59条: information disclosed, counted up over the year, is the year's whole.
    /(?:累计|全年共?|共)公开(?:政府|政务)?信息(?:共计|总计|合计|共)?$/.test(stated.label) ||
    // 全年共发布各类信息171条: all kinds of information published, with 共 or 各类, is the year's whole too.
    /(?:共|共计|累计|总计)发布(?:各类|各项)(?:政府|政务)?信息$|发布(?:各类|各项)(?:政府|政务)?信息(?:共计|总计|合计|共)$/.test(
      stated.label,
    ) ||
    /(?:本年度?|全年|\d{4}年度?)[，,]?(?:政府|政务)信息公开(?:共计|总计|共)$/.test(stated.label) ||
    // 向社会各界公布自然资源政府信息累计131条: 公布 of the year's government information (a field's word between) is the whole too.
    /公布\p{Script=Han}{0,6}?(?:政府|政务)信息(?:共计|总计|合计|累计|共)?$/u.test(stated.label)) &&
  !/申请|不予|不公开/.test(stated.label);

/**
 * A count in 项 is of information published only when it is the object of 公开/发布 (主动公开政府信息119项, 共公开了44项):
 * 对2045项应主动公开政府信息的责任主体 counts a catalogue's entries, not what was published.
 * A count of 申请, 复议, 诉讼 or 投诉 is never of what was published, whatever 公开 its label holds (上年结转政府信息公开申请
 * 数量0件, 依申请公开3件, 因政府信息公开引发行政复议2件: applications and appeals, answered from tables 三 and 四).
 */
const itemsPublished = (stated: StatedNumber) =>
  !/申请|复议|诉讼|投诉|举报/.test(stated.label) &&
  // 答复政府信息公开申请1641件,其中予以公开及部分公开845件,不予公开121件: an application's outcome is no item published
  // (主动予以公开 is).
  !/(?<!主动)(?:予以|部分|不予|同意)公开$/.test(stated.label) &&
  (stated.unit !== '项' || /(?:公开|发布)(?:了)?(?:各类)?(?:政府|政务)?(?:信息)?(?:共计|总计|累计|共)?$/.test(stated.label));

/** Every prose figure, in the order extraction and questions try them. */
export const PROSE_FIGURES: readonly ProseFigureDef[] = [
  {
    key: 'followers',
    unit: '人',
    name: '政务新媒体的关注人数',
    // 公众号粉丝量4498人, 订阅用户…人: followers by any of the words a report uses for them.
    // 订阅数9250个 / 粉丝量1.2万户: a count of subscribers printed in 个 or 户 is theirs too, when the number stands right after
    // the word for that count (关注热点问题12个 counts questions, not people).
    extraction: {
      labelWords: /关注|粉丝|订阅/,
      units: /人|名|个|户/,
      when: (stated) =>
        /人|名/.test(stated.unit) ||
        /(?:关注|粉丝|订阅)(?:用户)?(?:数|量|人数|总数|总量)(?:已|达到?|为|共|计|约|超过?|突破)*$/.test(stated.label),
      keepsChannel: true,
    },
    // (订阅号推了多少: a 订阅号 is a kind of WeChat account, whose posts are asked, not its subscribers.)
    question: { words: /关注|粉丝|订阅(?!号)/ },
  },
  {
    key: 'trainings',
    unit: '次',
    name: '培训次数',
    activity: '培训',
    extraction: { labelWords: /培训/, units: /次|场|期/, keepsChannel: false },
    question: { words: /培训/ },
  },
  {
    key: 'open_day_guests',
    unit: '人',
    name: '政府开放日邀请的人数',
    activity: '政府开放日',
    extraction: { labelWords: /开放日|邀请/, units: /人|名/, keepsChannel: false },
    // 开放日收集的意见建议 asks the suggestions the open day gathered, not its guests.
    question: { words: /开放日/, unless: /意见|建议/ },
  },
  {
    key: 'rd_spending',
    unit: '万元',
    name: '研发（R&D）经费',
    extraction: { labelWords: /R&D|研发/, units: /万元|元/, keepsChannel: false },
    question: { words: /R&D|研发|研究与试验发展/i },
  },
  {
    key: 'suggestions',
    unit: '条',
    name: '收集的意见建议条数',
    // Suggestions received, not a consultation notice published (政策文件征求意见建议1条).
    extraction: {
      labelWords: /意见建议/,
      units: /条|件|个/,
      when: (stated) => !(/征求意见/.test(stated.label) && !/收集|收到|征集|采纳/.test(stated.label)),
      keepsChannel: false,
    },
    question: { words: /意见建议|收集.*建议/ },
  },
  {
    key: 'applications_received',
    unit: '件',
    // (依申请公开一共: a bare total under the heading of applications, 依申请公开方面。一共七项都已办结, counts those received.)
    // (向我局提出政府信息公开申请15件, 向区政府提交政府信息公开190件: what applicants handed in is what came in; a review or a
    // lawsuit handed in, 提出行政复议申请2件, is none.)
    extraction: {
      labelWords: /申请|(?:提交|提出)[^，,。；;]{0,8}信息公开/,
      units: /件|条|项/,
      when: (stated) =>
        (/申请/.test(stated.label) &&
          // (收到有关政府信息公开的行政复议申请2件: a review applied for, no disclosure application.)
          !/复议|诉讼/.test(stated.label) &&
          (/收到|接收|受理|新收/.test(stated.label) ||
            /^依申请公开(?:全年|本年度?)?(?:一共|总共|共计|总计|合计|累计|共)$/.test(stated.label))) ||
        (/(?:提交|提出)[^，,。；;]{0,8}信息公开(?:申请)?$/.test(stated.label) &&
          !/复议|诉讼|建议|提案|投诉|举报/.test(stated.label) &&
          // (接收网络方式提交政府信息公开5件: one channel's; 通过邮递、网站、现场申请等途径…提交: every channel's.)
          !(
            /网络|网上|在线|信函|邮寄|邮递|当面|现场|传真|电子邮件|网站/.test(stated.label) &&
            !/等(?:途径|渠道|方式|形式)/.test(stated.label)
          )),
      keepsChannel: false,
    },
  },
  {
    key: 'fees_collected',
    unit: '元',
    name: '信息处理费的收取情况',
    extraction: { labelWords: /(信息处理费|收费|费用)/, units: /元/, keepsChannel: false },
    none: {
      // 未向有关信息申请人员收取信息处理费 / 没有向申请者收取任何费用: whoever it was not charged to, named between 未向
      // (没有向) and 收取, it was not charged. 无收取信息处理费情况 and 没有产生信息公开处理费 say the same.
      pattern: /(?:未|没有|无)(?:向[^，,；;。收]{1,16})?收取|(?:未|没有)产生.*(处理费|费用)|未发生[^，,；;。]{0,24}收费|不收取/,
      also: /(费)/,
      label: '信息处理费',
    },
    question: {
      // 是否收费 / 有没有收费 / 收过费吗 ask the same as 收费了吗 (收费呢 still asks table 二's 行政事业性收费; a bare 收费吗
      // asks whether applying costs money, the guide's rule).
      words:
        /信息处理费|收费了吗|收费(?:了)?没有?|收了费|收取.*费|收费情况|收钱|交钱|交费|缴费|费用|(?:是否|有没有|有无|有否)收(?:过|了)?费|收过费|收(?:了|过|取了?)(?:多少|几)(?:万元|万|元|块钱?)?的?(?:钱|费)/,
      // 没交费不再处理的有几件 counts applications dropped for an unpaid fee (table 三), not fees collected.
      unless: /行政事业性收费|事业性收费|不再处理|不予处理|逾期/,
    },
  },
  {
    key: 'proactive_items',
    unit: '条',
    name: '主动公开信息的条数',
    extraction: {
      labelWords: /(公开|发布|公布)/,
      units: /条|件|篇|项/,
      when: (stated) => isTotal(stated) && itemsPublished(stated),
      keepsChannel: true,
    },
    question: {
      // 一共发了多少 (no measure word): all that was published; 一共发了几次/多少钱 count something else.
      words:
        /主动公开|公开了?(多少|几)[条项]|(发布|发|推送)了?(多少|几)[条篇]|做了?(?:多少|几)条(?:政府|政务)?信息|(公开|发布|发)了?(多少|几)?[条项]?(的)?(政府|政务)?信息|(一共|总共|共计|合计)(公开|发布|发)了?(多少|几)(?![件个人次名家场期钱元万份批])|(?:微博|微信|公众号|抖音|快手|视频号|头条号?|网站|官网|新媒体|客户端|APP|app)(?:上面?|里面?)?(?:一共|总共|共)?(?:发布?|推送|更新|公开)了?(?:大概|大约|差不多)?有?(?:多少|几)(?![件人次名家场期钱元万份批]|个(?!(?:短)?视频|作品))/,
      // (微博发了多少, 公众号推送了几: a channel's posts asked with no measure word are items published, as 发了多少条.)
      // (做了多少条政府信息: the information put out, 做 spoken for 制作 or 发布; 做了几条政策解读 is the 解读's own count.)
      unless: /依申请|申请公开/,
    },
    partsKey: 'proactive_items_by_channel',
  },
  {
    key: 'proactive_items_by_channel',
    unit: '条',
    extraction: {
      labelWords: /(公开|发布)/,
      units: /条|件|篇|项/,
      when: (stated) => stated.channels.length >= 1 && itemsPublished(stated),
      keepsChannel: true,
    },
  },
  {
    key: 'published_items',
    unit: '条',
    extraction: { labelWords: /(公开|发布)/, units: /条|件|篇|项/, when: itemsPublished, keepsChannel: false },
  },
];

/** The key of a stated number that is none of the figures above. */
export const OTHER_PROSE_FIGURE: ProseFigureKey = 'other';

/** Prose figures questions can be about, in the order questions try them. */
export const ASKED_PROSE_FIGURES: readonly ProseFigureDef[] = PROSE_FIGURES.filter((figure) => figure.question !== undefined);

/** A prose figure question answers give (ProseTopic in the question parser). */
export type AskedProseFigureKey = Exclude<
  ProseFigureKey,
  'applications_received' | 'proactive_items_by_channel' | 'published_items' | 'other'
>;

/** Look a prose figure up by its key. */
export function proseFigureByKey(key: string): ProseFigureDef | undefined {
  return PROSE_FIGURES.find((figure) => figure.key === key);
}

/** The keys a question may be about. */
export function isAskedProseFigure(key: string): key is AskedProseFigureKey {
  return ASKED_PROSE_FIGURES.some((figure) => figure.key === key);
}

/** Which prose figure a question's text is about, if any. */
export function proseFigureOfQuestion(text: string): AskedProseFigureKey | undefined {
  const found = ASKED_PROSE_FIGURES.find((figure) => figure.question!.words.test(text) && !figure.question!.unless?.test(text));
  return found?.key as AskedProseFigureKey | undefined;
}

/** Which prose figure a stated number is (OTHER_PROSE_FIGURE when none), and whether its channel is kept. */
export function classifyStatedNumber(stated: StatedNumber): { key: ProseFigureKey; keepsChannel: boolean } {
  for (const figure of PROSE_FIGURES) {
    const { labelWords, units, when, keepsChannel } = figure.extraction;
    if (labelWords.test(stated.label) && units.test(stated.unit) && (when === undefined || when(stated)))
      return { key: figure.key, keepsChannel };
  }
  return { key: OTHER_PROSE_FIGURE, keepsChannel: true };
}

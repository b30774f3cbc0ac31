/**
 * Citizens' everyday words in the words the rest of the engine reads (issue 11, item 3): 啥 →
 * 什么, 咱们/那边 carry nothing, 要信息 is applying, 收费了没 is a yes/no question. Each rule is a class of phrasing, never one agency, file or figure.
 */

import { LiteralTriggers } from '../core/regex-literals.js';
import { REWRITE_LITERALS } from './colloquial-literals.js';

/**
 * 管社保的那个局 / 负责工业的部门 / 分管体育这块的单位: an agency asked by what it does, named by the short kind the
 * agency index reads (人社局, 工信局, 体育局). Only the duty said with 管/负责 before 的 and a word for an agency.
 */
const BY_DUTY: ReadonlyArray<readonly [string, string]> = [
  ['科技|科学技术|科研', '科技局'],
  ['工业|工信|信息化|企业', '工信局'],
  ['社保|社会保障|人社|就业', '人社局'],
  ['医保|医疗保险|医疗保障', '医保局'],
  ['体育|运动', '体育局'],
  ['卫生健康|卫生|卫健|看病|医院', '卫健局'],
  ['退役军人|退伍军人|退伍兵|老兵', '退役军人事务局'],
  ['财政|预算', '财政局'],
  ['交通|修路', '交通运输局'],
  ['环保|生态环境|环境', '生态环境局'],
  ['教育|学校', '教育局'],
  ['城管|市容', '城管局'],
  ['统计', '统计局'],
  ['审计', '审计局'],
  ['林业', '林业局'],
  // 管水的局 / 负责水务的部门: the water body, 水利局 or 水务局 as the place has it (typos.ts puts it as the one stored).
  ['水利|水务|水资源|供水|治水|水', '水利局'],
  ['应急|安全生产', '应急管理局'],
  ['文旅|旅游|文化', '文旅局'],
  ['民政', '民政局'],
  ['司法', '司法局'],
  ['商务', '商务局'],
  ['农业|农村', '农业农村局'],
  ['住房|住建|房子|房屋|城乡建设', '住建局'],
];

/** An agency's own word by a ranking's 哪 (哪个局, 审计局哪家, 最多的是哪个镇): the ranking is across agencies. */
const RANKED_AGENCY_WORD = '(?:局|委|办|镇|乡|街道|部门|单位|机关|政府|院|中心)';

/** The ways a citizen hands in an application, as citizens name them (网上, 邮寄, 当面 …). */
const WAY_OF_APPLYING = '网络|网上|在线|线上|互联网|邮寄|信函|写信|寄信|传真|电子邮件|邮件|当面|现场|官网|网站';

/**
 * `verb` with 得/的 before 最多/最少, in a question ranking agencies (审计局哪家公开得最多, 公开得最少的审计局是哪个): an
 * agency's word by the 哪, and no part of one agency's (月, 渠道, 平台 …) right before the verb.
 */
function rankedAcrossAgencies(verb: string): RegExp {
  const degree = '最(?:多|少)';
  const which = `(?:哪|谁)(?:家|个|一个)?`;
  return new RegExp(
    `(?<=(?:${which}[^，。？?]{0,3}(?:${RANKED_AGENCY_WORD}|家)|${RANKED_AGENCY_WORD}(?:里|中|当中|里面)?${which})[^，。？?]{0,6})` +
      `(?<!(?:月|渠道|平台|类|种|方式|栏目)[^，。？?]{0,4})${verb}(?:得|的)(?=${degree})` +
      `|${verb}(?:得|的)(?=${degree}的?[^，。？?]{0,6}${RANKED_AGENCY_WORD}[^，。？?]{0,4}(?:哪|谁))`,
    'g',
  );
}

/**
 * `verb` with 得/的 before 多/少 (never 多少 nor 少于) right after the word asking which of two named with 和 (X局和Y局哪个
 * 公开得多): nothing else between, and no outlet named anywhere (网站和中卫日报哪个发的多, 公众号谁发得多 compare channels).
 */
function comparedAcrossAgencies(verb: string): RegExp {
  const which = '(?:哪|谁)(?:家|个|一个)?(?:单位|部门|机关)?';
  const outlet = '公众号|微信|微博|网站|网|抖音|头条|视频号|客户端|平台|渠道|栏目|报|刊|号|APP|App|app';
  return new RegExp(
    `(?<=^(?![^，。？?]*(?:${outlet}))[^，。？?]+(?:和|跟|与|同)[^，。？?]+${which})${verb}(?:得|的)(?=(?:更|比较|还)?(?:多|少)(?!少|于))`,
    'g',
  );
}

/** [pattern, replacement], applied in order; each says why in its comment. */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  // 25年的是多少 / 那去年的有多少 / 2023年是多少 said alone: a year alone as a follow-up, as 25年的呢 asks it (the last question
  // of that year).
  [/^(那|那么)?((?:19|20)?\d{2}年度?|今年|去年|前年|大前年)的?(?:是|有)多少(?:呢|啊)?(?=[?？。!！]*$)/u, '$1$2的呢'],
  // 对 24年 / 嗯 2024年的 / 是的 去年 (a yes, then a year, in reply to a refusal offering that year): the year asked after it.
  [/^(?:对的?|是的?|嗯+|好的?|行|可以)[，,。\s]*((?:19|20)?\d{2}年度?|今年|去年|前年|大前年)(的)?(?:呢|吧)?(?=[?？。!！\s]*$)/u, '$1$2呢'],
  // 只要自然人的 / 只看企业 / 光要个人申请的: one applicant's share of the count just answered, asked as 自然人的呢 (只要数字 asks
  // for the figure alone, and stays).
  [
    /^(?:那|那么)?(?:只要|只看|就看|光看|光要|只算|单看|只问)(自然人|个人|公民|群众|老百姓|商业企业|企业|公司|法人|科研机构|社会公益组织|公益组织|法律服务机构|律师|其他组织)(?:申请)?的?(?:呢|吧|就行|就好)?(?=[?？。!！\s]*$)/u,
    '$1的呢',
  ],
  // 21年嘞 / 那23年的咧 / 去年噻 (a year and a dialect's particle for 呢): the year asked after the last answer, as 21年呢 is.
  [/^(那|那么)?((?:19|20)?\d{2}年度?|今年|去年|前年|大前年)(的)?(?:嘞|咧|噻|撒|喃|勒|哩|捏|呐|哇|嘛)(?=[?？。!！\s]*$)/u, '$1$2$3呢'],
  // 政策解读发了十几份吧 具体多少 / 大概二十多件吧 到底是几件: a rough guess said before asking the exact count carries nothing
  // to match; the count is asked.
  [
    /(?:大概|差不多|应该|估计)?(?:[一二两三四五六七八九]?十几|几十|[一二两三四五六七八九十]+多|几百|十来)[件条份个篇次期项]?吧?[？?，,\s]*(?:具体|到底|确切|准确)(?:是|有)?(?=多少|几)/gu,
    '',
  ],
  // 哪个部门被申请公开最多 / 被申请信息公开的次数: an agency applied to, in the passive, is the applications it received (never
  // 被申请行政复议, a review, which no 公开 follows).
  [/被(?:人|群众|市民|老百姓)?申请(?:政府)?(?:信息)?公开(?:的)?(?:次数|件数|数量)?/gu, '收到申请'],
  // 好的 回到庐山市 政策解读发了多少 / 嗯嗯，那长安区呢 / 明白了 再问下…: an acknowledgement of the last answer before the next
  // question carries nothing (好的谢谢 / 好的再见 stay the thanks and the goodbye they are).
  [/^(?:好的|好嘞|好吧|嗯+|哦+|噢+|ok|明白了|知道了|了解了)(?![\s\S]*(?:谢|再见|拜拜|bye))[，,。！!～~\s]*(?=[^，,。！!？?]{4})/iu, ''],
  // 收到的申请有好多件嘞 / 微博发了好多条 (好多 for 多少, as southwestern speech asks it): 好多 before a measure word and the end
  // of the question (a particle at most) is the count asked; 为什么收到好多申请 and 好多部门 stay what they say, and so does 哈哈 好多
  // (a laugh at a big number, nothing asked).
  [
    /(?<!为什么|为啥|怎么|咋|这么|那么|[哈呵嘿嘻哇啊哦嗯噢真太])(?<=\p{Script=Han})好多(?=[件条个篇次期份项名人家宗起]?(?:[嘞咧噻撒呢啊呀哦嘛哇么][?？。!！\s]*$|[?？。!！\s]*$))/gu,
    '多少',
  ],
  // 发了多少条微博 / 发过几条抖音: the channel named after the count is the channel's count, asked as 微博发了多少条 is.
  [/发(了|过)?(多少|几)([条篇个])(微博|抖音|快手|视频号|头条|今日头条|微信公众号|公众号|微信)(?=[吗呢啊呀？?。！!\s]*$)/u, '$4发$1$2$3'],
  // 有啥问题打啥电话 / 有什么疑问找谁: who to turn to with a question, not which problems the report names (存在的问题).
  [/有(?:啥|什么|任何)(?:问题|疑问)(?=(?:的话)?[，,\s]*(?:要|该|可以|能)?(?:打|找|联系|拨|问|咨询))/u, '有问题'],
  // 单位去广西文旅厅申请要带啥 / 我们单位想向X局申请 / 我让律师代我向X厅申请行不行: who applies (a 单位, a 公司, someone acting
  // for me) said before going to the body hides the body's name from the index; the name goes first and who applies stays
  // after it (X厅单位申请…, X厅我让律师代我申请…), as a citizen may as well say it.
  [
    /^((?:我|咱)?们?的?(?:(?:让|请|叫|找)(?:律师|别人|家人|朋友|同事|代理人|亲戚)(?:代我|帮我|替我|代)?|单位|公司|企业)(?:想|要|得|应该|该|准备)?)(?:去|到|向)(?![年底期了过来时哪那这什])(\p{Script=Han}{2,16}?(?:局|院|中心|政府|街道|办事处|镇|乡|学校|大学|学院|医院|中学|小学|委员会|委|办|所|公司|厅|站|队))(?=的?(?:申请|查|问|找|办理|咨询|提交|递交|看|领|交))/u,
    '$2$1',
  ],
  // 去华西医院查目录找哪个部门 / 到平潭公安局申请信息公开 / 我要去某某镇申请: going to a body (去, 到) before its name, then
  // what is done there, says nothing of the body; the name then starts the message as the agency index reads it (去年, 到底,
  // 到期 are no going).
  [
    /^(?:我|咱)?(?:想|要|得|应该|该|准备)?(?:去|到)(?![年底期了过来时哪那这什])(?=\p{Script=Han}{2,16}?(?:局|院|中心|政府|街道|办事处|镇|乡|学校|大学|学院|医院|中学|小学|委员会|委|办|所|公司|厅|站)的?(?:申请|查|问|找|办理|咨询|提交|递交|看|领|交))/u,
    '',
  ],
  // 公众号这些新媒体上发了多少 / 报纸电视这些传统的呢: channels named as examples of the class the report counts as one
  // (政务新媒体公开…100条, 报刊、电视…等传统公开载体…126条) ask the class; the example is no channel of its own to look for.
  [
    /(?:(?:微信公众号|公众号|微信|微博|抖音|快手|头条|视频号|小程序|网站|报纸|报刊|电视|广播|电台|公开栏)[、，,和跟及与]?){1,5}(?:这些|这类|这种|这样的|那些|之类的|一类的|等)(?=(?:政务)?新媒体|传统)/gu,
    '',
  ],
  // 学习强国这些国家级媒体 / 抖音之类的平台: a channel named by its example, then pointing words, then its kind, is the
  // kind the report prints with 等 (学习强国等国家级媒体).
  [
    /(?<=\p{Script=Han}{2})(?:这些|这类|这种|这样的|那些|之类的|一类的)(?=\p{Script=Han}{0,6}(?:媒体|平台|网站|渠道|载体|账号|新媒体))/gu,
    '等',
  ],
  // 公司单位这些申请的呢 / 律师事务所那些提的几件: applicants named by their example, then pointing words, are that column of
  // applicants (企业, 法人或其他组织), never “these agencies” asked across the store.
  [
    /(?<=(?:公司|企业|单位|法人|组织|机构|律师|律所|事务所|个人|老百姓|群众|自然人|市民)(?:[、，,和跟及与](?:公司|企业|单位|法人|组织|机构|律师|律所|事务所|个人|老百姓|群众|自然人|市民))*)(?:这些|那些|这类|这种|之类的|一类的|这样的)(?=的?(?:人|提的|提交的|申请|来申请|递交))/gu,
    '',
  ],
  // 财政资金和公共资源交易加起来 / 微信和微博一共: two things joined with 和, then a word of summing ending the message, ask
  // how much they come to (多少), as 加起来多少 does.
  [/(?<=\p{Script=Han}{2}(?:和|与|跟|及)\p{Script=Han}{2,12}?)(加起来|加一起|加在一起|一共|总共|合计|共计)(?=[?？。!！]*$)/gu, '$1多少'],
  // 政策解读类信息一共多少条 / 通知公告总共几条: one thing named, then 一共 before the count, asks that thing's count (a report's
  // 政策解读类信息32条), not the sentence's total (累计公布各类信息167条). Not where things are joined or counted together (微信和微博
  // 一共, 两年一共, 2022到2024年, 各县区, 这些, 再加上), nor after publishing named alone right after the agency or year
  // (主动公开政府信息一共多少条 asks the total; 审计公开一共, LED显示屏公开信息一共 name their thing).
  [
    /^(?![^？?]*(?:[和与跟及加到至、各]|这些|那些|[两俩三四五六七八九十几](?:个|家|年|项)))([^？?]*\p{Script=Han}{2})(?<!(?:年度?|^|[，,]|[局委办府镇乡道心院区县市旗])(?:全年|累计)?(?:主动)?(?:对外)?(?:公开|发布|公布|更新)(?:了|的)?(?:各类)?(?:政府|政务)?(?:信息)?)(?:一共|总共)(?=(?:有|是)?(?:多少|几))/u,
    '$1',
  ],
  // 请了多少人去 / 邀请了几家企业来: going or coming after the people counted says nothing of what is counted.
  [/(?<=(?:多少|几)[个名位家]?(?:人|群众|代表|企业|专家))(?:去|来|过来|过去)(?=[了的呢啊呀吗?？。！!]*$)/g, ''],
  // 管社保的那个局 / 负责工业的部门: an agency asked by its duty is the agency of that kind (BY_DUTY); a place said after the
  // duty (管科技的中卫市那个局, or without its 市 before 那个: 管科技的中卫那个局) goes in front of the kind.
  ...BY_DUTY.map(
    ([duty, kind]) =>
      [
        new RegExp(
          `(?:管|负责|主管|分管)(?:着)?(?:${duty})(?:工作|方面|这块|这一块)?的(?:(\\p{Script=Han}{2,6}?[省市县区旗]|\\p{Script=Han}{2,4}?(?=那个|这个|那家))的?)?(?:那个|这个|那家)?(?:局|部门|单位|机关)`,
          'gu',
        ),
        `$1${kind}`,
      ] as const,
  ),
  // 绥宁县政府在2025年线下办理多少件 / 该局在去年收到几件: 在 before the year only says when; left in front of what follows the
  // year, it joins it into other words (在|线下 read as 在线, online). (存在, 现在, 正在 end words of their own.)
  [/(?<![存现实正所自内好])在(?=(?:(?:19|20)\d{2}|[二〇零一三四五六七八九]{4})年|(?:去|今|前)年)/g, ''],
  // 主动公开政府信息条数是多少 / 已答复件数是多少: the count of a thing asked by its 条数/件数 is that thing's 多少条/多少件.
  [/(?<=\p{Script=Han}{2})的?([条件])数(?:是|为|有)?(多少|几)(?:[条件])?/gu, '$2$1'],
  // 网站信息公开数多少, 信息公开数量是多少: the count of information published, said noun first (公开信息数); not of applications.
  [/(?<!申请)信息公开(数量|条数|数|量)(?=(?:是|有|为)?(?:多少|几))/gu, '公开信息$1'],
  // 2025年的年报上说线上办理多少件 / 24年报告里面写的收到几件: the report named as where it is said, before a count asked, is no
  // word of what is counted (the year stays: it chooses the report).
  [
    /(?<=(?:\d|[二〇零一三四五六七八九])年度?)的?(?:政府信息公开|信息公开)?(?:工作)?(?:年度报告|年报|报告)(?:上面?|里面?|中)(?:说|写|讲|提到|显示)?(?:的|了)?(?=[^，。？?]{2,30}(?:多少|几))/gu,
    '',
  ],
  // 这个办公室上年结转了几件 / 该部门收到几件: the body pointed at is the one the conversation is about; its kind word
  // (办公室, 部门) would be read as a thing asked of it.
  [/^(?:那|那么)?(?:这个|这家|该|那个)(?:办公室|办|部门|机关|中心|委员会|委)(?=\p{Script=Han}{2})/u, ''],
  // 除了门户网站还通过哪些渠道公开: which ones are asked; the answer lists them all, the one said included.
  [/除了[^，,。？?]{1,12}?(?:以外|之外)?[，,]?还(?=(?:通过|有|在|用)(?:哪些|什么|哪几个|哪几种))/g, ''],
  // 除了自然人，其他的申请有几件 / 除个人以外别的申请: everyone but natural persons is table 三's 法人或其他组织 columns together.
  [
    /除了?(?:自然人|个人|公民|老百姓|群众)(?:(?:以外|之外)的|(?:以外|之外)?[，,]?(?:其他|其余|剩下|别)的?)(?=[^，,。？?]{0,12}?(?:多少|几))/g,
    '法人或其他组织的',
  ],
  // 最近一次年报里主动公开了多少条: the latest report is the one answered anyway; 最近/一次 name no channel.
  [/最(?:近|新)(?:一次|一期|一份)?的?(?=(?:年报|年度报告|报告)(?:里面?|中|上)?[^，。？?]{0,20}?(?:多少|几))/gu, ''],
  // 还有几份申请转到下一年办 / 放到明年处理的有几件: carried over is the reports' 结转下年度 (row and sentence alike).
  [/(?<!结)(?:转|留|拖|放)(?:到|入|至)(?:下一?年度?|明年|第二年)(?:继续)?(?:办理?|处理|再办)?/g, '结转下年度'],
  // 回复了几个申请 / 回复了多少件信息公开申请: the applications answered are the reports' 答复 (留言回复了几条 stays a message's).
  [/回复(?=了?(?:几|多少)[个件份]?(?:政府)?(?:信息)?(?:公开)?(?:的)?申请)/g, '答复'],
  // 写信申请的有几件 / 寄信来申请多少: applications by letter counted are the reports' 信函申请 (可以写信申请吗 stays the guide's).
  [/(?:写信|寄信)(?:来|去)?(?=申请[^，。？?]{0,6}(?:几|多少))/g, '信函'],
  // 发邮件申请的有多少: applications by e-mail counted are the reports' 电子邮件申请.
  [/发(?:电子)?邮件(?:来|去)?(?=申请[^，。？?]{0,6}(?:几|多少))/g, '电子邮件'],
  // 当面去镇里申请的 / 现场到窗口申请的有几件: going somewhere to apply in person is applying 当面 (a count asked).
  [
    new RegExp(
      `(${WAY_OF_APPLYING})(?:跑)?(?:去|到|来)(?:镇里|镇上|乡里|局里|县里|区里|市里|街道|窗口|大厅|单位|政府)?(?=申请[^，。？?]{0,12}(?:几|多少))|(?<=(?:几|多少)[^，。？?]{0,8})(${WAY_OF_APPLYING})(?:跑)?(?:去|到|来)(?:镇里|镇上|乡里|局里|县里|区里|市里|街道|窗口|大厅|单位|政府)?(?=申请)`,
      'g',
    ),
    '$1$2',
  ],
  // 通过网络提交的申请有多少 / 通过邮寄递交的申请几件: a way of applying said with 通过 and a verb of handing in is that way's
  // applications (网络申请, 邮寄申请), as the reports print them; 可以通过网络提交申请吗 (no count) stays the guide's.
  [
    new RegExp(
      `通过(${WAY_OF_APPLYING})(?:来|去)?(?:提交|递交|交|提出)(?:的)?(?=(?:政府)?(?:信息)?(?:公开)?申请[^，。？?]{0,8}(?:几|多少))`,
      'g',
    ),
    '$1',
  ],
  // 有几件是当面提交的 / 有多少是网上申请的 / 几个人是当面申请信息公开的: the count asked first, then the way: that way's
  // applications counted (当面申请的有几件); people applying are counted by their applications (几个人 → 几件).
  [
    new RegExp(
      `(?:有)?(几件|几个|几份|多少件|多少个|多少份|多少)(?!人)(?:申请)?是(?:通过)?(${WAY_OF_APPLYING})(?:来|去)?(?:提交|递交|交|提出|申请)(?:政府信息公开|信息公开)?的(?:申请)?`,
      'g',
    ),
    '$2申请的有$1',
  ],
  [
    new RegExp(
      `(?:有)?(几|多少)个?人是(?:通过)?(${WAY_OF_APPLYING})(?:来|去)?(?:提交|递交|交|提出|申请)(?:政府信息公开|信息公开)?的(?:申请)?`,
      'g',
    ),
    '$2申请的有$1件',
  ],
  // 刚才那个通知公告的数再说一下 / 刚刚说的部门动态是多少来着: a thing of the last answers asked again, as 通知公告呢 asks
  // it of the agency and year the conversation holds (刚才那个再说一下 alone stays the last question repeated).
  [
    /^(?:回到)?(?:刚才|刚刚|之前|前面)(?:那个|那条|说的|问的|的)?(?!问题|答案|回答|再|那|这|说的|问的)(\p{Script=Han}{2,10}?)的?(?:数字?|数据|那个数字?|数目)?(?:再说一下|再说一遍|再讲一遍|再讲一下|是多少来着|多少来着|是几来着)[。.？?!！]*$/u,
    '$1呢',
  ],
  // 2023年比2022年多了百分之几 / 24年比23年少了百分之多少: the rate of change between the two years named, as 增长了百分之几
  // asks it (比上一年多了百分之多少 names one year only: it stays as it is).
  [/((?:19|20)?\d{2}年度?比(?:19|20)?\d{2}年度?[^，,。？?\d]{0,8}?)(?:多|高|增加|提高|提升|上涨|涨)了?(?=百分之(?:几|多少))/g, '$1增长了'],
  [/((?:19|20)?\d{2}年度?比(?:19|20)?\d{2}年度?[^，,。？?\d]{0,8}?)(?:少|低|减少|降低|下降|降)了?(?=百分之(?:几|多少))/g, '$1下降了'],
  // 啥 is spoken 什么 (啥时候, 说了啥, 啥叫, 干啥); 多会儿/啥会儿 is 什么时候.
  [/(?:多|啥)会儿/g, '什么时候'],
  [/啥/g, '什么'],
  // 我咋个申请嘛 / 要咋个弄 (咋个 for 怎么, as southwestern speech asks how): how I apply, never 个 of 个人申请 (都是咋个申请的 asks
  // how the applications the report counts came in, and stays).
  [/(?<=^|[我俺们咱要该能想])咋个(?=申请|弄|办|搞|查|找|提交|交|写|填)/gu, '怎么'],
  // 咋 is spoken 怎么 (咋联系, 咋申请, 咋整).
  [/咋(?:么)?/g, '怎么'],
  // 怎么弄申请 / 咋整申请 / 怎么搞申请 (a verb of doing before 申请): how to apply, as 怎么申请 asks it.
  [/怎么(?:弄|整|搞|办)(?=(?:个|一下|下)?(?:政府)?(?:信息)?(?:公开)?申请)(?:个|一下|下)?/gu, '怎么'],
  // 收费不咯 / 能申请不嘞 / 给复印不啦 (a dialect's particle after the question's 不 at its end): the yes/no question 收费不 asks.
  [/(?<=\p{Script=Han})不(?:咯|嘞|啦|哦|噻|撒|喽|嘛)(?=[?？。!！\s]*$)/u, '不'],
  // 申请找哪个 / 这个问哪个 (哪个 for 谁, as southwestern speech asks who), ending the question: whom to go to.
  [/(?<=找|问|联系)哪个(?=(?:嘛|呢|啊|哦|噻)?[?？。!！\s]*$)/u, '谁'],
  // 那24年的再说一遍 / 2023年的再讲一下: the year asked again after the last answer, as 那24年的呢 asks it.
  [
    /^(那|那么)?((?:19|20)?\d{2}年度?|今年|去年|前年)(的)?(?:再|重新)(?:说|讲)(?:一遍|一下|一次|下)(?:呢|吧)?(?=[?？。!！\s]*$)/u,
    '$1$2$3呢',
  ],
  // 刚才那个退役军人局主动公开了多少 / 前面说的审计局收到几件: the agency talked about before, then what is asked of it; the words
  // pointing back carry nothing the agency's kind does not (刚才那个呢 alone stays).
  [
    /^(?:那|那么)?(?:回到)?(?:刚才|刚刚|之前|前面|上面)(?:说的|问的|那个|那家|的)+(?=\p{Script=Han}{1,8}?(?:局|委|办|厅|院|镇|乡|街道|政府|中心|分局|所)\p{Script=Han})/u,
    '',
  ],
  // 我看新闻说有3件 对吗 / 听说…请了30个人，对不对: a hearsay lead-in carries nothing, and a check set apart after the number
  // (，对吗 / 是吧) joins it, as 有3件对吗 asks.
  [
    /^(?:我|俺)?(?:听说|据说|听人说|听别人说|有人说|网上说|新闻上?说|看到说|看新闻说|看网上说|(?:在)?网上看到说?|看到(?:新闻|报道|网上)上?说)[，,\s]*/u,
    '',
  ],
  [/(\d(?:[条件个名次家期人场份项篇]|万元|元|%))[，,\s]+(对吗|对不对|是吧|对吧|是不是)([?？。!！]*)$/u, '$1$2$3'],
  // 预决算公开占红寺堡区科技局2023年主动公开的百分之几: the agency (and year) said after 占 goes in front, as shares are asked
  // (红寺堡区科技局2023年预决算公开占主动公开的百分之几).
  [
    /^([^，,。？?占]{2,12}?)占([^，,。？?占]{2,14}?(?:局|委|办|政府|中心|办事处))((?:19|20)?\d{2}年度?)?(?=[^，,。？?]{0,12}?(?:百分|比例|比重|几成|占比))/u,
    '$2$3$1占',
  ],
  // 占主动公开的百分比 / 占…的百分比是多少: the share asked as 百分之几.
  [/(占[^，,。？?]{1,20}?)的?百分比(?:是)?(?:多少)?/g, '$1的百分之几'],
  // Internet slang: 木有 is 没有 (有木有 becomes 有没有), 肿么 is 怎么, 神马 is 什么, a closing 捏 is 呢.
  // 低保的信息 / 低保信息: reports print the benefit's full name (“最低生活保障”信息81条). Only information about it: 低保怎么申请
  // and 低保户 (a benefit applied for, a village's affairs) are read by those words elsewhere.
  [/低保(?=的?信息)/g, '最低生活保障'],
  // 部分公开跟公开的一共多少 / 全部公开和部分公开: a bare 公开 set beside 部分公开 is the other outcome, table 三's 予以公开
  // (不予公开, 主动公开 and 依申请公开 are other things and stay).
  [/(?<![予以分动请务息])(?:全部|完全)?公开(?=的?(?:跟|和|与|及|以及|加上?)部分公开)/g, '予以公开'],
  [/(?<=部分公开的?(?:跟|和|与|及|以及|加上?))(?:全部|完全)?公开/g, '予以公开'],
  // 残疾孩子 / 留守小孩 / 困境娃娃: children of a kind the reports name are their 儿童 (83名残疾儿童康复救助, 关爱留守儿童).
  [/(?<=残疾|留守|困境|孤残|孤独症|自闭症|贫困|困难|流动|农村|失能|脑瘫|听障|视障)(?:孩子|小孩儿?|娃娃?|孩童)/g, '儿童'],
  [/木有/g, '没有'],
  // 有没得 (southwestern speech) is 有没有; 没得 alone stays (没得办法 is no question).
  [/有没得/g, '有没有'],
  [/肿么/g, '怎么'],
  [/神马/g, '什么'],
  [/(?<=\p{Script=Han})捏([?？。!！~～]*)$/u, '呢$1'],
  // 没有人理 / 没有人回: no one answering is 没人理 (the remedies' words).
  [/没有人(?=理|管|回|搭理|答复)/g, '没人'],
  // 总结下 / 介绍下这份年报: 下 after the verb is 一下.
  [/(总结|介绍|概括|归纳|汇总)下(?=\p{Script=Han})/gu, '$1一下'],
  // 没法提供 / 没办法提供 / 提供不了 / 给不了: the reports' 无法提供 (table 三's row and the sentences that count it).
  [/(?:没(?:有)?(?:办)?法|没能)(?:提供|给)|提供不了|给不了/g, '无法提供'],
  // 线上线下一共受理多少申请: two ways of applying run together are two parts (线上和线下), summed as 网络和书面 are; read as
  // one word, the last (线下9件) answered for the whole.
  [/(线上|网上)(线下|网下)(?=[^，,。？?]{0,10}(?:一共|总共|合计|加起来|加一起|共|申请|多少|几))/g, '$1和$2'],
  // 讲了些什么 / 说了点什么: the quantity word carries nothing.
  [/([讲说写干做])了(?:些|点|一些|哪些)什么/g, '$1了什么'],
  // 烦死了查了半天，… / 急死了 …: an impatient lead-in carries no words of the question.
  [
    /^(?:烦死(?:我)?了?|气死(?:我)?了?|急死(?:我)?了?|真是的|(?:查|找|问|搞|弄)了(?:半天|好久|老半天))+[，,。！!～~]*(?=[^，,。！!～~]{4})/u,
    '',
  ],
  // 算了问个正经的，… / 言归正传 … / 说正事: a lead-in back to business carries no words of the question.
  [
    /^(?:(?:那|那就|好|好吧|行|行吧)?算了|好了|不说了|不聊了)?[，,。！!～~]*(?:问个正经的?|问点正经的?|问(?:个|一个|点)?正事|说(?:个)?正事|说回正事|言归正传|回到正题|说正经的?)[，,。！!：:～~]*(?=[^，,。！!～~]{4})/u,
    '',
  ],
  // 到底发了多少条 / 究竟有几件: an emphatic adverb before the verb carries nothing.
  [/(?<=\p{Script=Han})(?:到底|究竟)(?=\p{Script=Han})/gu, ''],
  // 实际办了多少件 / 实际上收到几件: 实际 before the verb says the count is the real one, which every count is (结合实际,
  // 实际情况 stay: there 实际 is a noun).
  [/(?<![结合联切符按据照])实际上?(?=(?:办理?|处理|收到?|受理|答复|接收|接到|发布?|公开|批)(?:了|过|出|的)?)/gu, ''],
  // 谁负责信息公开 / 信息公开是谁管的: the office in charge of the work, as 哪个部门负责信息公开 asks it (its guide's 工作机构),
  // never a sentence's slogan (谁公开谁负责). 负责人是谁 asks a person, kept.
  [/谁(?:来)?(?:负责|主管|管)(?:这块|这一块)?(?:的)?(?:(?:政府)?信息公开|政务公开)(?:工作)?/g, '哪个部门负责信息公开'],
  [/((?:政府)?信息公开|政务公开)(?:工作)?(?:是|归|由)?谁(?:来)?(?:负责|主管|管)(?:的)?/g, '哪个部门负责信息公开'],
  // 以市政府名义印发了几件文件 / 以县政府及县政府办公室名义印发的文件: the documents' issuer, said as a bare level's government,
  // is the body the conversation is about (本级政府), no agency named 以市政府 nor a question on applying in one's own name
  // (以…名义申请 asks that); an issuer named in full (以柳湾市政府名义印发) is that agency.
  [
    /以[省市县区州旗镇乡]?(?:人民)?政府(?:(?:及|和|与)[省市县区州旗镇乡]?(?:人民)?政府办公[室厅])?(?:的)?名义(?=印发|发布|制发|出台|下发|发文)/g,
    '本级政府',
  ],
  [/以(\p{Script=Han}{2,16}?)(?:的)?名义(?=印发|发布|制发|出台|下发|发文)/gu, '$1'],
  // 咱们/咱/俺们 in front of a name only says whose agency it is.
  [/咱们|俺们|咱/g, ''],
  // 红寺堡那边科技局, 中卫这边的科技局: 那边/这边 sit between the region and the kind.
  [/(?<=\p{Script=Han})(?:那边|这边|那块|这块)(?:的)?/gu, ''],
  // 市里的卫健委, 省里的交通运输厅, 我们县里头的教育局: a level said with 里 is the level alone (市卫健委), no place named; 城市里,
  // 村里 (a character before the level) stay.
  [/(?<=^|[^\p{Script=Han}]|我们|我们这|本)([省市县区])(?:里头|里面|里)的?(?=\p{Script=Han}{0,10}?(?:局|委|厅|办|政府))/gu, '$1'],
  // 办了多少件事 / 一共办了几件事儿: the matters handled, as reports print them, before 事 is read as a filler below (受理办理各类政务服务事项608337件次).
  [/(?:办|处理|受理)了?(?:一共|总共)?(多少|几)件事儿?(?![项务情实])/g, '办理了$1件事项'],
  // 官网有多少人看 / 网站多少人访问过: the site's visits, as reports print them (网站浏览量超473万次), never its address or people.
  [/(官网|网站|门户网站|政府网)(?:上|里)?(?:一共|总共)?(?:有)?(?:多少|几)(?:个)?人(?:看|访问|浏览|点击|点开)(?:过|了)?/g, '$1浏览量多少'],
  // 有多少人看过他们网站 / 多少人访问过你们官网: the same visits, the site named after the people who came.
  [
    /(?:一共|总共)?(?:有)?(?:多少|几)(?:个)?人(?:看|访问|浏览|点击|点开|上)(?:过|了)?(?:他们|你们|它们?|人家|这个|那个)?(?:的)?(官网|网站|门户网站|政府网)/g,
    '$1浏览量多少',
  ],
  // 发了多少条东西 / 几件事: a filler noun after the measure word.
  [/(多少|几)([条件篇期次个])(?:东西|事儿|玩意儿?|事(?!\p{Script=Han}))/gu, '$1$2'],
  // 来要信息 / 要过信息 / 要政府信息: asking for information is applying for it.
  [/(?:(?<=人)|来|去)要(?:过|了)?(?:政府)?信息(?!公开)/g, '申请信息公开'],
  // 我去问他们要东西他们不给怎么办 / 人家就是不给我看，咋办: a refusal, then what to do, asks for remedies (as 被拒绝了怎么办
  // does), never how to apply (before the rewrites below read 要资料…怎么办 as a how-to).
  [
    /(?:就是|死活|一直|还是|都)?不(?:肯|愿意|愿)?给(?:我|俺)?(?:看|公开|提供|查)?(?:的话)?[，,\s]*(?=(?:那|那么)?(?:我)?(?:该|要|应该|能|可以)?(?:怎么办|怎么弄|怎么整|咋办|咋整|咋弄|怎么处理))/g,
    '被拒绝了，',
  ],
  // 为啥不给人家公开 / 没给公开的都是因为什么 / 因为什么拒绝的: why applications were refused is what table 三's 不予公开
  // rows say (属于行政执法案卷 …), not a reason the prose must state. (不给我公开 is the asker's own refusal: the guide's.)
  [
    /(?:为什么|为啥|为何|凭什么|因为什么|什么原因|啥原因)(?:要|会)?(?:(?:不给|没给|没有给|拒绝|不予)(?:人家|他们|老百姓|申请人)?(?:公开)?|不公开)(?:的|了)?(?:申请)?(?:呢|啊)?(?=[?？。]*$)/g,
    '不予公开的原因',
  ],
  [
    /(?:没给|不给|没有给|被拒绝|拒绝|不公开)(?:人家|他们|老百姓|申请人)?(?:公开)?的(?:申请)?(?:都|主要)?(?:是)?(?:因为什么|为什么|为啥|什么原因|啥原因|哪些原因|什么理由|啥理由|(?:理由|原因)(?:都|主要)?(?:是)?(?:啥|什么|哪些))(?:呢|啊)?(?=[?？。]*$)/g,
    '不予公开的原因',
  ],
  // 那个申请最后给了没有 / 申请人要的信息提供了吗 / 申请的信息公开了吗: what became of the applications is how they were
  // handled (the asker's own, 我申请的…, is no report's).
  [
    /(?<![我俺])(?:那个|这个|那些|这些)?申请人?(?:(?:要的|申请的|的)(?:信息|东西|材料|资料|文件)?(?:最后|最终|到底)?(?:给了|提供了|公开了|给没给|提供没提供|公开没公开)|(?:最后|最终|到底)?(?:给了|提供了|给没给|提供没提供))(?:没有|没|吗|么)?(?:呢|啊)?(?=[?？。]*$)/g,
    '申请的办理结果',
  ],
  // 那个申请办得咋样 / 申请处理得怎么样了 / 申请结果如何: how applications ended is how they were handled (办理结果).
  [
    /(?<![我俺])(?:那个|这个|那些|这些|那件|这件)?申请(?:最后|最终|到底)?(?:办得|办的|处理得|处理的|弄得|的结果|结果)(?:咋样|怎么样|怎样|如何)(?:了)?(?:呢|啊)?(?=[?？。]*$)/g,
    '申请的办理结果',
  ],
  // 在第几次党组会上定的: the 上 of a meeting's place is no word of the thing asked (党组会议研究决定).
  [/(会议?)上(?=(?:定|决定|研究|通过|讨论|商量|拍板))/g, '$1'],
  // 他们能拖更久吗 / 可以拖更长时间不: keeping the applicant waiting longer is the extension of the reply's time limit.
  [/(?:拖|等)(?:得)?(?:更久|更长(?:时间)?|再久(?:一)?点|久(?:一)?点|更多天)/g, '延长'],
  // 带他们去看了几家企业 / 去看了几个: a visit counted in spoken words is what reports print as 参观 (现场参观了2家科技型企业).
  [/(?:带(?:他们|大家|群众|代表|人)?)?去看了?(?=几|多少)/g, '参观了'],
  // 申请情况列一下数据 / 把申请那张表发我 / 申请情况全部列出来: table 三 asked whole is how the applications were handled, row by row.
  [
    /(?:把)?(?:收到的|处理)?(?:依申请公开|申请)(?:公开)?的?(?:情况|办理情况|那张表格?|表格|数据)的?(?:数据)?(?:全部|全都|都|统统|一起|完整(?:地|的)?)?(?:列一下|列出来|列给我|发我|发给我|给我看看|给我)(?:看看)?(?:数据)?(?=[?？。]*$)/g,
    '申请的办理结果',
  ],
  // 平潭2021年自然资源局… / 宜兴市21年的教育局: a place, then the year, then the kind is that place's agency of the year (the
  // place alone before the year would be read as the region's own report).
  [
    /^((?:(?!政府|局|委|办|厅|院|馆|站|队|所|镇|乡|街|会|社|中心|学|校|的|年)\p{Script=Han}){2,6}?)((?:19|20)\d{2}年度?|\d{2}年度?)(?:的)?((?:(?!公开|[有人找申收发被几多])\p{Script=Han}){0,8}?(?:局|委员会|委|管委会|片区|街道|分局|中心|医院|中学|小学|学校))(?!\p{Script=Han}{0,2}(?:年报|报告))/u,
    '$1$3$2',
  ],
  // 平潭自然资源局2021年和君山片区谁多: the year between two agencies compared is the year of both (said after the second).
  [
    /(?<=局|委|片区|街道|中心|医院|中学|小学|学校)((?:19|20)\d{2}年度?|\d{2}年度?)(和|与|跟|同)(\p{Script=Han}{2,10}?(?:局|委员会|委|管委会|片区|街道|分局|中心|医院|中学|小学|学校))/u,
    '$2$3$1',
  ],
  // 那是几个人申请的, after the applications' count: the applicants (总计68人), as 申请人有多少人 asks them.
  [/是(?:多少|几)(?:个|位|名)?人(?:来)?申请的(?=[吗呢啊呀?？]*$)/g, '申请人有多少人'],
  // 上网申请的 is 网上申请 (网络申请 as reports print it); 写信的呢 / 写信的有几个 after a channel of applying is 写信申请 (信函).
  [/上网申请/g, '网上申请'],
  // 向街镇提的有多少 / 向区政府提的呢: applications made to a body are the reports' 向…提出的 (提 alone said for 提出).
  [/(向\p{Script=Han}{1,10}?)提(?=的)/gu, '$1提出'],
  [/(?<![可以能要怎咋去])写信的(?=呢|多少|有几|有多少|几)/g, '写信申请的'],
  // 头条号呢 / 头条号发了多少: reports print the channel as 今日头条 or 头条 (今日头条33条); its count is asked by 头条.
  [/(今日)?头条号(?=呢|发|推|更新|上|一共|共|(?:有)?多少|几)/g, '$1头条'],
  // 省里的呢 after 国家级媒体报道: the level's media, as reports print them (省级媒体报道35次).
  [/^(那|那么)?(省|市|县)里(?:的|面的)?(?=呢[?？。]*$)/g, '$1$2级的'],
  // 征求民意搞了几次: reports print it 民意征集 (开展民意征集1次).
  [/征求民意(?=[^，。？?]{0,4}(?:几|多少))/g, '民意征集'],
  // 从上年转过来的 / 去年转来的几件: carried in from the year before is table 三's 上年结转.
  [/(?:从)?(?:上一?年度?|去年|往年)(?:结转|转)(?:过来|来)(?:了)?/g, '上年结转'],
  // 12345转过来多少件 / 热线转来几件: what a hotline or platform passed on is the reports' 转办件 (not 结转, a year's carry-over).
  [/(12345|热线|平台|信箱|上级)(?:上)?(?:转过来|转来|转交|转办)(?:了)?(?:的)?(?:件)?(?=(?:多少|几))/g, '$1转办件'],
  // 有人找学校申请 / 有没有人来找他们申请: whom they went to is the agency asked, no words of the question.
  [/(?<=人)(?:来|去)?找(?:学校|他们|她们|它们|它|人家|单位|局里|政府|镇里|乡里|街道|这个单位|这个局|这所学校|这家单位)(?=申请)/g, ''],
  // 建设路那个办公室电话多少 / 人民街这个办公室在哪: an office pointed at by the street it is on is the agency's own office
  // (its contact address), no agency named 办公室; the street stays for the answer's address.
  [/(?<=\p{Script=Han}(?:路|街|大道|大街|巷|胡同))(?:那个|这个|那间|这间)(?:办公室|办)(?=的?(?:电话|地址|联系|在哪|怎么走|位置))/gu, ''],
  // 智慧河长那个号呢 / 广东水利这个账号发了多少: an account pointed at after (part of) its name is that name's account; the
  // pointer and 号 carry nothing the name does not (as 智慧河长呢 asks it).
  [/(?<=\p{Script=Han}{2})(?:那个|这个)(?:号|账号)(?=的?(?:呢|发|[?？。!！]|$))/gu, ''],
  // 我想问一下啊就是南京… / 嗯那个…: a spoken filler (啊/呀/嗯/呃 then 就是/那个) carries no words of the question.
  [/(?<=\p{Script=Han})(?:啊|呀|嗯|呃|额)(?:就是|那个|这个)[，,]?(?=\p{Script=Han})/gu, ''],
  // 主动公开文件多少分 / 几分决定书: 分 typed for 份 (both fen) where documents are counted; a score (考核得了多少分, 评估打几分)
  // is no document's count, and 分钟 none either.
  [/(?<=(?:文件|申请|材料|文书|决定书?|通知|公告|信件|答复书?|告知书|申请表)[^，。？?得评考打测排]{0,6}?(?:多少|几))分(?![钟之数])/g, '份'],
  [/(?<=(?:多少|几))分(?=(?:政府)?(?:信息公开)?(?:申请表?|文件|材料|文书|决定书|告知书|答复书))/g, '份'],
  // 找冯原镇要个文件 / 跟他们要份材料: asking an agency for a document is applying for its information.
  [/(?:找|向|跟|问)([\u4e00-\u9fa5]{2,14}?)要(?:个|份|些|一份|一些|一下)?(?:文件|材料|资料|数据|档案)/g, '向$1申请政府信息公开'],
  // 我想要科技局的一个文件怎么弄 / 想要区政府的一个批复文件咋办: wanting an agency's document, then how, is applying for its information.
  [
    /(?:我?想|我)要(?!知道|了解|问|查|看)[^，。？?\s]{1,12}?的(?:一个|一份|个|份|些|一些)?[^，。？?\s]{0,6}?(?:文件|材料|资料|档案|通知|批复|纪要|记录|合同|公告)[\s，,]*(?=(?:那|那么)?(?:要|该|应该|得|需要)?(?:怎么|如何|怎样)(?:弄|办|搞|整|操作|做|拿|要|获取|得到))/g,
    '申请政府信息公开，',
  ],
  // 申请信息公开，怎么弄 / 想申请…该咋办: a how-to right after applying for information asks how to apply
  // (not after what became of it: 申请被拒了怎么办 asks for remedies, and so does 他们不回复我的申请怎么办 / 驳回了我的申请怎么办,
  // the application the object of a reply refused).
  [
    /(?<!(?:不|没有?|未|拒不)(?:回复|答复|回应|理|理会|受理|处理|办理|给回复|给答复|给回音)了?[^，。？?！!\s]{0,10}|(?:拒绝|驳回|退回|拒收)了?[^，。？?！!\s]{0,10})(申请(?:[^，。？?！!]{0,14}?(?:信息公开|政府信息|公开|信息))?)[，,]?(?:那|那么)?(?:要|该|应该|得|需要)?(?:怎么|如何|怎样|咋么?)(?:弄|办|搞|整|操作|做|走流程)/g,
    '$1，怎么申请',
  ],
  // 西工区科技局通过哪些渠道公开的 / 海原县的在哪些平台发布信息 / 东山镇在哪个平台更新的信息 (更新 or 推送 for publishing): an
  // agency's channels are those its report names
  // (公开信息的渠道有哪些, a name with a wrong character too: 海原县科技居); information or a document before it (政府信息通过什么
  // 渠道公开) stays the guide's question (where information is published), and
  // so does 通过哪些方式/途径公开 (an agency's guide answers it where one is stored).
  [
    /(?<=\p{Script=Han}{3})(?<!信息|文件|资料|年报|报告|通知|政策)(?:是|都是|主要是?|一般)?(?:通过|在|用|从|靠)(?:哪些|什么|哪几个|哪个|哪)(?:渠道|平台|媒体)(?:来|进行)?(?:主动)?(?:公开|发布|发|更新|推送)(?:的)?(?:政府信息|政务信息|信息)?(?:的)?([?？。]*)$/u,
    '公开信息的渠道有哪些$1',
  ],
  // 主动公开通过了几个渠道 / 主动公开有哪几个平台 / 通过几个渠道发布的: how many ways an agency published is its channels,
  // listed with their counts (a document's or information's channels stay the guide's question, as above).
  [
    /(?<=[\p{Script=Han}\d]{3})(?<!信息|文件|资料|年报|报告|通知|政策)(?:主动)?(?:公开|发布)(?:信息)?(?:是|都是)?(?:通过|用|有|在)了?(?:几个|多少个|哪几个|哪些)(?:渠道|平台)(?:呢)?([?？。]*)$|(?<=[\p{Script=Han}\d]{3})(?<!信息|文件|资料|年报|报告|通知|政策)(?:通过|用|在)了?(?:几个|多少个)(?:渠道|平台)(?:来|进行)?(?:主动)?(?:公开|发布)(?:的)?(?:政府信息|政务信息|信息)?([?？。]*)$/u,
    '公开信息的渠道有哪些$1$2',
  ],
  // 公众号发了多少篇文章 against 累计发布信息331篇: the article counted in 篇 is the item posted, whatever the report calls it.
  // (推文 stays: a report may list its 推文 by kind, 政策类推文12篇…, and the word finds that list.)
  [/((?:发布|发表|推送|发|推)了?(?:多少|几))篇文章([?？。!！]*)$/u, '$1篇$2'],
  // 它在哪发信息 / 他们平时在哪里发布消息 / 他们在哪发东西 after an agency was named, and 海原县科技局在哪儿发布信息: where an agency publishes
  // is its channels too (the pronoun stands for the agency the conversation holds).
  [
    /^(?:那|那么)?(?:它|他们|她们|人家|这个局|该局|这家)(?:一般|平时|都|主要)?(?:是)?(?:在|通过|用)(?:哪|哪儿|哪里|哪些地方|什么地方)(?:来)?(?:公开|发布|发)(?:的)?(?:政府信息|政务信息|信息|消息|东西|内容|文章|新闻|动态)?(?:的)?(?:呢)?([?？。]*)$/u,
    '公开信息的渠道有哪些$1',
  ],
  [
    /(?<=\p{Script=Han}{3})(?<!信息|文件|资料|年报|报告|通知|政策)(?:一般|平时|都|主要)?(?:是)?在(?:哪|哪儿|哪里)(?:公开|发布|发)(?:的)?(?:政府信息|政务信息|信息|消息|东西|内容|文章|新闻|动态)(?:的)?(?:呢)?([?？。]*)$/u,
    '公开信息的渠道有哪些$1',
  ],
  // 平潭管理委员会办公室 for a stored 平潭综合实验区管委会办公室: a committee's office (or bureau, centre) written with the committee
  // in full is the one stored short; the short form finds names printed in full as well (重庆两江新区管委会办公室).
  [/管理委员会(?=\p{Script=Han}{0,6}(?:办公室|局|中心))/gu, '管委会'],
  // 公众号 alone is the WeChat official account reports call 微信公众号.
  [/(?<!微信)公众号/g, '微信公众号'],
  // 三个科技局 / 两家单位 (all those held): the same as 这几个科技局.
  [/这?[两二三四五六七八九十\d]+[个家](?=[\u4e00-\u9fa5]{0,4}(?:局|单位|机关|部门))/g, '这几个'],
  // 输了几次 / 官司输了几场 / 败诉几次: how many times the agency lost is the count of 结果纠正 (never 结果维持, nor every result
  // read as 官司输了吗 asks). (告输了 is the applicant losing; 运输 is no loss.)
  [/(?<!告)败诉了?(?=(?:几|多少)[次场件回起个])/g, '诉讼纠正了'],
  [/(?<![运告])(?:打)?输了?(?=(?:几|多少)[次场件回起个])/g, '纠正了'],
  // 复议后又起诉了几件 / 复议完再去起诉的 / 复议之后被起诉: table 四's 复议后起诉 row alone, not both kinds of lawsuit.
  [/复议(?:之后|以后|过后|后|完了?)(?:[，,])?(?:又|再|还|仍|继续)?(?:去|被)?(?:人)?(?:提起)?(?:行政)?(?:起诉|诉讼)/g, '复议后起诉'],
  // 给企业公开了几件 / 给个人公开了多少件 / 向律所公开的有几件: what was granted to one kind of applicant, table 三's 予以公开 in
  // that applicant's column (给老百姓公开了多少条, below, is what was published to everyone).
  [
    /(?:给|向|为)(自然人|个人|公民|商业企业|企业|公司|法人或其他组织|法人|单位|科研机构|研究机构|社会公益组织|公益组织|法律服务机构|律师事务所|律所|其他组织)(?:予以)?公开(?=了?(?:几|多少)[件个]|了?的(?:申请)?(?:有|是)?(?:几|多少))/g,
    '$1的申请予以公开',
  ],
  // 给老百姓公开了多少条 / 向社会公开: to whom it was published adds nothing (every item is public).
  [/(?:给|向|对)(?:老百姓|群众|公众|社会公众|全社会|社会|大家)(?=公开|发布|发)/g, ''],
  // 收费了没 / 处罚过没有: 没 at the end asks yes or no, as 吗 does.
  [/([了过])没有?([?？。!！]*)$/, '$1吗$2'],
  // 银川的网信局 / 平潭的国资局: 的 between a place said first and the agency's short name joins nothing; so too after a
  // first place and 和 (平凉和义乌的交通局: both places' 交通局).
  [
    /(?<=^|[，,。\s和与跟]|那个|这个)(\p{Script=Han}{2,4}?)(?<![局委办院厅所队镇乡的])的(?![几各哪这那所全])(?=\p{Script=Han}{1,4}?(?:局|委员会|委|办公室|办|厅|街道|苏木)(?!\p{Script=Han}{0,3}的))/gu,
    '$1',
  ],
  // 红寺堡区那个科技局 / 中卫这个科技局: a spoken filler between a region and the kind of agency; so too before a hospital's or
  // a school's longer name (东营那个第五人民医院, 临泉这个第四中学) and a branch bureau named by its parent's work
  // (徐水区那个自然资源分局: the region then stays next to the words that find the branch).
  [
    /(?<=\p{Script=Han})(?:的)?(?:那个|这个)(?=\p{Script=Han}{0,4}?(?:局|委员会|委|办公室|办|院|厅|中心|政府)|\p{Script=Han}{2,6}?分局|第?\p{Script=Han}{0,6}?(?:医院|中学|小学|学校|幼儿园))/gu,
    '',
  ],
  // 第几次党组会议定的 / 会上定了: 定 after a meeting is the report's 决定; 是开的第几次 is 第几次.
  [/(?<=会议|会上|会)定(?=的|了)/g, '决定'],
  [/(?:是)?(?:开|召开)的(?=第几)/g, ''],
  // 是不是给关了 / 是不是被注销了 / 是不是收到申请了: 是不是 before what happened asks yes or no, as 吗 does.
  [/是不是(?:给|被|让)?(\p{Script=Han}{1,6}?)了([?？。!！]*)$/u, '$1了吗$2'],
  // 搞没搞 / 办没办 / 批没批过: a verb repeated around 没 asks yes or no (有没有 already reads as one; 好了没了 is no verb: nothing more).
  // (收没收费 is 收费了吗: a report's sentence on what was not done answers 了吗, where a bare 收费吗 reads as the guide's rule.)
  // The yes/no ends its own part (收没收费？补正要几天: the question after it stays as it is).
  [/((?![有了])\p{Script=Han})没\1过([^?？。!！，,；;\s]*)/u, '$1过$2吗'],
  [/((?![有了])\p{Script=Han})没\1([^?？。!！，,；;\s]*)/u, '$1$2了吗'],
  // 开过记者会吗 / 搞了几场记者见面会: a press conference by the other names people give it, which reports print 新闻发布会.
  [/(?<!新闻)(?:记者招待会|记者见面会|记者会)/g, '新闻发布会'],
  // 网友留言有多少 / 网民留言: who left the messages is no part of what a report counts (网民留言106条, 网友留言1779条 alike).
  [/(?:网友|网民)(?=留言)/g, ''],
  // 看的人多不多 / 多少人看了 / 看的人有多少: how many read what was posted, which reports print as 阅读量 (阅读、播放总量705万次).
  [
    /(?:看的人|读的人|浏览的人|看过的人)(?:多不多|多吗|有多少|多少)|(?:有)?多少人(?:看|读|浏览|看过|阅读)(?:了|过)?(?![\p{Script=Han}])/gu,
    '阅读量有多少',
  ],
  // 央媒省媒 / 省媒市媒: two short names of media levels written together are two levels, read as listed (央媒、省媒).
  [/(央媒|省媒|市媒)(?=央媒|省媒|市媒)/g, '$1、'],
  // 主动公开的规章有几件 / 公开了的规范性文件多少: the documents of table 二 by their own name; 主动公开 before them is no other
  // count (it had read the question as one of items published, and a sentence's other count answered it).
  [/(?:主动)?(?:公开|发布|公布)(?:了|过)?的(?=(?:行政)?规(?:章|范性文件))/g, ''],
  // 留言多不多 / 发的信息多不多: asks how many, as 有多少 does.
  [/多不多([?？。!！]*)$/, '有多少$1'],
  // 企业申请的多吗 / 复议的多么: asks how many too (比去年多吗 / 还多吗 compare, and stay; 男的多吗 asks what no report counts).
  [/^((?:(?!比|还|更|最|较|男|女)[^，,。？?！!])+?的)多(?:吗|么|嘛)([?？。!！]*)$/, '$1有多少$2'],
  // 申请人里企业有多少 / 申请人中个人多不多 / 申请的人里有多少企业: one kind of applicant counted, as 企业申请的有多少 asks.
  [
    /申请(?:人|者|的人)(?:里面?|中|当中|之中)(?:有)?(?:多少|几个|几家)?(自然人|个人|公民|老百姓|企业|公司|法人|律师事务所|律所|律师|科研机构|公益组织|其他组织)(?:有)?(多少|几个|几家|几件)?/u,
    '$1申请的有多少',
  ],
  // 热线接了多少个电话 / 接了几通电话: calls answered, which reports print as 接听…来电 (接听154次来电) or 接听电话…通
  // (累计接听电话84472通): the report's verb, no measure word (次 and 通 both count them; retrieval reads 电话 as 来电 too).
  [/接了?(?:多少|几)[个通次]?电话/g, '接听多少电话'],
  // 央视报道了几条 / 人民日报报道多少篇: what a paper or station carried is what the report says it 发布 (央视发布78条). Reports
  // counted in 次 are printed as 报道 itself (央媒报道19次): 报道了几次 stays.
  [/报道了?(?=(?:多少|几)[条篇])/g, '发布'],
  // 官网发了多少条 / 官网上公开几条: items published on the official website are counted on the report's 门户网站 (官网 alone asks its address).
  [/官网(?=上?(?:发|发布|公开|更新|推送)[^，。？?]{0,4}(?:多少|几))/g, '门户网站'],
  // 网上公开了几条 / 网上发了多少: items put online are the website's (通过…政府网站主动公开信息71条); 网上申请 stays an application's channel.
  // (信用网上公开了几条, 人民网上发了几篇: a site named by its own words, 信用(蓬江)网, is that site, not the agency's website.)
  [/(?<!在|信用|人民|新华|中国|央视|光明)网上(?=(?:主动)?(?:发|发布|公开|更新|推送)了?[^，。？?申]{0,4}(?:多少|几))/g, '门户网站'],
  // 在网上公开了多少条 / 在网上发了几条信息: the same, when nothing but items or information is counted (在网上发了多少交易信息
  // names a thing of its own, which another platform may print: it stays).
  [
    /在网上(?=(?:主动)?(?:发|发布|公开|更新|推送)了?(?:多少|几)[条篇]?(?:的)?(?:政府|政务)?(?:信息)?(?:呢|啊|呀)?[?？。！!]*$)/g,
    '在门户网站',
  ],
  // 环保信息公开多少条: items on the environment are what reports print as 环境保护 (环境保护116条); 环保局 is an agency's kind.
  [/环保(?=类?(?:信息|领域|方面))/g, '环境保护'],
  // 公众号推了多少篇 / 订阅号上推了几条: 推 alone on an account before a count is posting (发), never a push of work (推进);
  // reports print the count after 发布 as often as after 推送, so it is asked as 发, which reads either.
  [/(?<=号|微信|微博|抖音|平台|上|里)推(?=了?(?:[一总]?共)?(?:多少|几))/g, '发'],
  // 往网站上传 / 在公众号上挂了: uploading, posting and hanging up are what reports call 发布.
  [/(?:上传|挂出|挂了|贴出)(?:了)?/g, '发布'],
  [/往(?=[^，。？?]{0,10}(?:网站|公众号|微博|日报|平台))/g, '通过'],
  // 撤回的有几封 / 申请人撤了几件: an application withdrawn is what reports print as 撤销(申请) or 撤回; 撤销 finds both (not 撤诉).
  // (撤回了几件复议 keeps its word: a review or lawsuit withdrawn is printed as 撤回 where it is.)
  [
    /(?<!(?:复议|诉讼|起诉|官司)[^，。？?]{0,8})(?:撤回|撤掉(?=申请|的)|撤了(?=几|多少|申请))(?![^，。？?]{0,8}(?:复议|诉讼|起诉|官司))/g,
    '撤销',
  ],
  // 还没审完的呢 / 没判完的几件 / 还在审的: a review or lawsuit not yet decided is what reports print as 尚未审结.
  [/(?:还|仍|仍然)?(?:没有?|未)(?:审|判)完|还在(?:审|审理|审查)(?:中)?/g, '尚未审结'],
  // 被追责 / 追究责任 / 问责 (有没有问责的, 被问责了吗): the report prints 责任追究.
  [/(?:被)?(?:追责|问责)|追究(?:了)?(?:相关)?责任/g, '责任追究'],
  // 还有微博吗 (still): a yes/no about having it now.
  [/还有(?=[^，。？?]{1,10}(?:吗|没有?)[?？。]*$)/, '有'],
  // 开通了微博吗 / 有没有开公众号: opening an account is having one (有没有 keeps its own 有).
  [/(?:开通|开设|开)(?:了|过)?(?=(?:微信)?公众号|微博|抖音|视频号|头条号|政务新媒体|新媒体)/g, '有'],
  [/有没有有|有有/g, '有没有'],
  // 微博后来怎么样了 / 公众号现在咋样: whether the account is still there (a report saying it was shut says so).
  [/((?:微信)?公众号|微博|抖音号?|视频号|头条号)(?:账号)?(?:后来|现在|目前|如今)(?:怎么样|怎样|咋样|如何)(?:了)?/g, '$1还开着吗'],
  // 微博咋关了 / 为什么关停公众号: why an account was shut is asked as the reason of its 关停 (the sentence saying so gives it).
  [
    /((?:微信)?公众号|微博|抖音号?|视频号|头条号)(?:账号)?(?:为什么|怎么)(?:就|会|要)?(?:关|停|关掉|停掉|撤|注销|关停)(?:掉)?(?:了)?([?？。]*)$/,
    '$1关停的原因$2',
  ],
  [
    /(?:为什么|怎么)(?:就|会|要)?(?:关|停|关掉|停掉|撤|注销|关停)(?:掉)?(?:了)?((?:微信)?公众号|微博|抖音号?|视频号|头条号)(?:账号)?([?？。]*)$/,
    '$1关停的原因$2',
  ],
  // 为啥要把微博注销掉 / 为什么将公众号给关了: the same, the account put before the verb with 把 or 将.
  [
    /(?:为什么|为啥|怎么)(?:就|会|要)?(?:把|将)((?:微信)?公众号|微博|抖音号?|视频号|头条号)(?:账号)?(?:给)?(?:关|停|关掉|停掉|撤|撤掉|注销|关停)(?:掉)?(?:了)?([?？。]*)$/,
    '$1关停的原因$2',
  ],
  // 为什么微博不用了 / 公众号为啥停用了 / 怎么微博没了: an account no longer used is one shut; why is asked as above.
  [
    /(?:为什么|怎么)(?:就|会|要)?((?:微信)?公众号|微博|抖音号?|视频号|头条号)(?:账号)?(?:就|会|要)?(?:不用|停用|不更新|不开|没了|不见了|关|停|关掉|停掉|撤|撤掉|注销|关停)(?:掉)?(?:了)?([?？。]*)$/,
    '$1关停的原因$2',
  ],
  [
    /((?:微信)?公众号|微博|抖音号?|视频号|头条号)(?:账号)?(?:为什么|怎么)(?:就|会|要)?(?:不用|停用|不更新|不开|没了|不见了)(?:了)?([?？。]*)$/,
    '$1关停的原因$2',
  ],
  // 微博关了没 / 公众号停了吗: shutting an account is what reports call 关停.
  // 微博后来是不是关掉了 / 公众号是否注销了: the same yes/no asked with 是不是 (关停了吗).
  [
    /((?:微信)?公众号|微博|抖音号?|视频号|头条号)(?:账号)?(?:后来|现在|已经|目前)?(?:是不是|是否)(?:已经)?(?:关|停|关掉|停掉|撤|注销|关停)(?:了)?[?？。]*$/,
    '$1关停了吗',
  ],
  [/((?:微信)?公众号|微博|抖音号?|视频号|头条号)(?:账号)?(?:后来|现在|已经|目前)?(?:关|停|关掉|停掉|撤|注销)(?=了|过|没)/g, '$1关停'],
  // 微博还开着吗 / 公众号还在用吗: a yes/no about having it now (a report saying it was shut answers no).
  [
    /(?:的)?((?:微信)?公众号|微博|抖音号?|视频号|头条号|政务新媒体|新媒体)(?:账号)?(?:还开着|还在用|还能用|还在运营|还在更新|还在)(吗|没有?)/g,
    '有$1$2',
  ],
  // 今年不对是二四年 / 2023年哦不2024年: a year corrected within the message is the later one.
  [
    /(?:今年|去年|前年|(?:19|20)?\d{2}年|[二〇零一三四五六七八九]{2,4}年)(?:的)?[，,\s]?(?:不对|不是|哦不|噢不|呃不|说错了)[，,\s]?(?:是)?(?=今年|去年|前年|(?:19|20)?\d{2}年|[二〇零一三四五六七八九]{2,4}年)/g,
    '',
  ],
  // 国务院令是多少号 / 第几号令: a document's number is no count; asking which document, its clause states the number.
  [/(令|文号|号令)(?:是)?(?:第)?(?:多少|几)号/g, '$1是哪个'],
  // 在哪录的 / 在哪播的: the one-character verb is the word reports print (录制, 播放, 拍摄).
  [/(在哪(?:里|儿)?|哪里|哪儿)录(?!制)/g, '$1录制'],
  [/(在哪(?:里|儿)?|哪里|哪儿)播(?!放|出)/g, '$1播放'],
  [/(在哪(?:里|儿)?|哪里|哪儿)拍(?!摄)/g, '$1拍摄'],
  // 2025年的时候 / 那时候: a spoken filler after the year.
  [/(?<=年)(?:的时候|那时候|那会儿)/g, ''],
  // 政策服务方面公开了几条: a kind of information said as 方面 is what reports call 类.
  [/(?<=\p{Script=Han}{2})方面(?=的?(?:信息|公开|发布|发了))/gu, '类'],
  // 高企 is everyday shorthand for 高新技术企业 (not 提高企业…: the character before must not be 提).
  [/(?<!提)高企(?!业)/g, '高新技术企业'],
  // 办完了没 / 都办完了吗: finishing an application is 办结.
  [/(?:都)?办完/g, '办结'],
  // 申请处理完了多少件 / 办理完毕几件 / 答复完的 / 处理好了几个申请: finishing is 办结 whatever the verb (it was read as the
  // 新收 row, whose 申请 the question also names); 已经答复的申请 likewise, only where applications are counted.
  [/(?:处理|办理|答复|回复)(?:完毕|完成|完|好)(?!成?率)/g, '办结'],
  [/(?<![怎咋么])办好(?=了|的)/g, '办结'],
  [/(?:已经|已)(?:答复|回复)(?:的|了)?(?=[^，。？?]{0,6}申请)/g, '办结的'],
  // 罚了几件 / 罚过多少次 / 谁罚得多: fining someone is a 行政处罚 decision (罚款 stays: a row of its own words).
  [/(?<!处|行政处)罚(?:了|过)?(?=(?:多少|几)[件次起个回])/g, '行政处罚'],
  [/(?<!处|行政处)罚(?:得|的)(?=多|少)/g, '行政处罚'],
  // 2024年收费多少钱 / 2023年一共收了多少钱: an amount right after the report's year is table 二's 行政事业性收费
  // (申请收费多少钱 with no year stays the guide's question on fees).
  [/(?<=\d年度?的?(?:一共|总共|共)?)(?:收(?:了|过)?(?:费|钱)(?:金额)?(?=(?:是|有)?(?:多少|几))|收(?:了|过)(?=多少钱))/g, '行政事业性收费'],
  // 武进区卫健局收了多少费 / 气象局2023年收费多少 / 交通局收了几万元的费: an amount an agency took, asked right after its
  // name, is table 二's 行政事业性收费 (申请收费多少, 要交多少钱 and 收费标准 stay the guide's question on fees).
  [
    /(?<=(?:局|委|厅|署|院|政府|街道|办事处|镇|乡|中心|支队|大队|\p{Script=Han}{2}[区县市旗])(?:\d{4}年度?)?的?(?:一共|总共|共)?)收(?:了|过)(多少|几)(?:万元|万|元|块钱?)?的?(?:费|钱)(?:用)?/gu,
    '行政事业性收费$1',
  ],
  [
    /(?<=(?:局|委|厅|署|院|政府|街道|办事处|镇|乡|中心|支队|大队|\p{Script=Han}{2}[区县市旗])(?:\d{4}年度?)?的?(?:一共|总共|共)?)收费(?:了|过)?(?:金额)?(?:是|有)?(?=多少|几)/gu,
    '行政事业性收费',
  ],
  // 收费多少万 / 收费有几万元: an amount in 万 is what an agency took (table 二's 行政事业性收费), never a fee an applicant pays
  // for information (counted in 元 a page or an application).
  [/收费(?:金额)?(?:是|有)?(?=(?:多少|几)万)/g, '行政事业性收费'],
  // 海南海事局在海口哪里 / 在中卫市哪个位置: the city named before 哪里 is where the office is; the address asked is the same.
  [/在(?!网上|线上|手机|微信|哪)(?:\p{Script=Han}{1,3}[市县区镇乡]|\p{Script=Han}{2})的?(?=哪(?:里|儿|个位置|个地方|块))/gu, '在'],
  // 第二十条第（八）项 … 这里填的多少: a heading of table 二 pasted from the report names its rows (第（一）项 规章 and
  // 规范性文件, 第（五）项 行政许可, 第（六）项 行政处罚 and 行政强制, 第（八）项 行政事业性收费, the 2019 layout's 第（九）项 采购).
  [/第二十条第[（(]?一[）)]?项/g, '规章和规范性文件'],
  [/第二十条第[（(]?五[）)]?项/g, '行政许可'],
  [/第二十条第[（(]?六[）)]?项/g, '行政处罚和行政强制'],
  [/第二十条第[（(]?八[）)]?项/g, '行政事业性收费'],
  [/第二十条第[（(]?九[）)]?项/g, '政府集中采购'],
  // 这里填的多少 / 这一栏写了几: where the asker points in a pasted table is the row it names.
  [/(?:这里|这儿|那里|这一?项|这一?栏|这一?格|那一?栏|那一?项)(?:面)?(?:填|写|填写)(?:的|了)?(?:是)?(?=多少|几)/g, ''],
  // 收过信息公开的钱没: money an agency took for disclosure is a fee (收钱吗 alone is the guide's question on fees).
  [/收(?:过|了)(?:信息公开|申请|公开)?的?钱/g, '收费'],
  // 2018年的时候依申请公开有没有收钱 / 2021年收没收钱: of an agency's year, taking money is the report's fee (收费了吗);
  // without a year it stays the guide's question on fees.
  [/(?<=(?:19|20)\d{2}年[^。？?]{0,24})(?:有没有|有无|是否)收(?:过|了)?钱|(?<=(?:19|20)\d{2}年[^。？?]{0,24})收没收(?:过)?钱/g, '收费了吗'],
  // 现在有效的有多少 / 现在还有效的: the documents in force, table 二's column (现行有效).
  [/现在(?:还|仍然?)?(?:有效|生效)(?:的)?/g, '现行有效'],
  // 配了几个兼职的人 / 有几个专职的人: the staff, as the reports name them (兼职工作人员, 专职人员).
  [/(专职|兼职)的人(?![员])/g, '$1人员'],
  // 最后公开了几件 / 最终给公开了多少: what the handling ended in is the outcome of applications, 予以公开, never items published.
  // (提案办理结果公开几件, 审计结果公开了多少条: a 结果 after a noun or verb of its own is that noun, the 办理结果 published.)
  [
    /(?:最后|最终|(?<!办理|处理|审计|审查|审核|审批|调查|评估|考核|检查|评议|测评|核查|监测|抽查|整改|考评|复议|诉讼)结果)(?:给|被)?(?:予)?公开(?:了)?(?=[^，。？?]{0,4}(?:多少|几))/g,
    '予以公开',
  ],
  // 沙坪坝区人民政府小龙坎街道 / 静安区政府共和新路街道: a street office or town written under its district's government is
  // that office (its stored name holds the government's words); read as two bodies it answered with the district's figures.
  // (南召县政府办和余坪镇: the government's office, 政府办, then another body, is no government a town stands under.)
  [/(?<=\p{Script=Han}[区县市旗])(?:人民)?政府(?!办)(?=\p{Script=Han}{2,6}?(?:街道|镇|乡)(?!村|镇|政府))/gu, ''],
  // 因为个人隐私不予公开几件 / 涉及商业秘密个人隐私不公开的几件: withheld to protect a third party's rights is that row (个人 of
  // 个人隐私 was read as the 自然人 column of every 不予公开 row); 涉及个人隐私的信息能公开吗, no count asked, stays the rules'.
  [
    /个人隐私(?=(?:[、和或与及]?商业秘密)?的?[^，。？?]{0,6}(?:不予公开|不公开|没公开|没有公开|不给公开)[^，。？?]{0,6}(?:多少|几))/g,
    '隐私',
  ],
  // (The asked words stay beside the row's; 商业秘密 alone stays as asked, for a cut page whose sentence counts it: 因涉及商业
  // 秘密不予公开2件.)
  [
    /(?:商业秘密[、和或与及]?)?隐私(?:[、和或与及]?商业秘密)?(?=的?[^，。？?]{0,6}(?:不予公开|不公开|没公开|没有公开|不给公开)[^，。？?]{0,6}(?:多少|几))/g,
    '$&等第三方合法权益',
  ],
  // 部分给公开的几件 / 只公开了一部分的几件: granted in part is 部分公开, never the 予以公开 the rule below makes of 给公开.
  [/(?:一)?部分(?:地)?给(?:予)?(?:了)?公开/g, '部分公开'],
  [/只?公开(?:了)?一部分(?=[^，。？?]{0,6}(?:多少|几))/g, '部分公开'],
  // 给公开了几件: applications granted are 予以公开 (不给公开 stays: what may be withheld).
  // (没有给公开的申请几件: 没有 before 给 refuses, as 没 does.)
  [/(?<![不没]|没有)给(?:予)?(?:了)?公开(?:了)?(?=[^，。？?]{0,4}(?:多少|几))/g, '予以公开'],
  // 最后给了多少 / 最终同意了几个 / 申请批了几件 (after the applications received): how many were granted, 予以公开 (给了多少钱
  // is no count of applications).
  // (最后批了几个 may ask permits granted, 行政许可: 批 is read so only after 申请.)
  [/(?:最后|最终|结果)(?:都)?(?<![不没])(?:给|同意|答应)(?:了)?(?=(?:多少|几)(?!钱|块|元))/g, '予以公开'],
  [/(?<=申请[^，。？?]{0,8})(?<![不没])(?:给|同意|批准|批|答应)了(?=(?:多少|几)(?!钱|块|元))/g, '予以公开'],
  // 没给公开的有几个 / 不给公开的多少件: applications refused are 不予公开, never the 予以公开 count (不给我公开 is the
  // asker's own refusal, left to the rules). (不给公开的呢 after 给公开了几个: the same count, asked as a follow-up.)
  [/(?:没给|不给|没有给|没让|不让)(?:人家|他们|申请人|人)?公开(?:的)?(?=[^，。？?]{0,6}(?:多少|几)|(?:的)?呢[?？。]*$)/g, '不予公开的'],
  // 结果给公开了没 / 申请给公开了吗 / 给人家公开了没有: whether applications were granted is a yes/no on 予以公开.
  [/(?<![不没])给(?:人家|他|她|他们|申请人|人)?(?:予)?公开(?:了)?(?=吗|没有?|呢)/g, '予以公开了'],
  // 有没有人来申请 / 有人去申请过: coming or going to apply is applying.
  [/人(?:过来|来|去)(?=申请)/g, '人'],
  // 提了多少申请 / 提交了几个信息公开申请: putting in an application is applying; the count is of applications (件).
  [/提(?:交|出)?(?:了|过)?(多少|几)(?:件|个|份|次)?(?:政府)?(?:信息公开|公开)?申请/g, '申请了$1件'],
  // 还有几件在办 / 多少件在办呢, ending the question: the ones still being handled (还在办); 几件在办理期限内 asks a deadline.
  [/(?<=(?:多少|几)件)在办(?=(?:的|呢|啊|呀|吗)?[?？。!！]*$)/g, '还在办'],
  // 年底还有几件没办完 / 到年末仍未办结的: what is still open at the year's end is what is carried over; 年底 adds nothing.
  [/(?:到|截至|截止)?(?:年底|年末)(?=[^，。？?]{0,8}(?:没|未|尚未|还在|仍在))/g, ''],
  // 收了多少申请 / 比2023年多收了几件申请 / 收过几个公开申请: taking in applications is receiving them (收到). So is 24年收了几个
  // with no noun, ending the question (收到几个 was read so; 收了几个 was 没有理解); a bare 收了多少 only after a year (收钱了吗 收了多少,
  // a second question of money, is no count of applications).
  [
    /(?<!(?:钱|费)[^，。？?]{0,12})收(?:了|过)(?=(?:多少|几)(?:件|个|份)?(?:(?:政府)?(?:信息公开|公开)?申请)|(?:几(?:件|个|份)?|多少(?:件|个|份))(?:呢|啊|呀)?[?？。!！]*$)|(?<=年)收(?:了|过)(?=多少(?:呢|啊|呀)?[?？。!！]*$)/g,
    '收到',
  ],
  // 应急局收了好多申请 / 收到好多个申请哦 (好多 for 多少 before what was received, the question ending there): the count asked;
  // 为什么收了好多申请 says why there were many.
  [
    /^(?![^，。？?]*(?:为什么|为啥|为何|怎么会|咋会))([^，。？?]*?)收(?:了|过|到)好多(?=(?:件|个|份)?(?:政府)?(?:信息公开|公开|依)?申请(?:哦|嘞|咧|呢|啊|嘛|噻)?[?？。!！\s]*$)/u,
    '$1收到多少',
  ],
  // 晒出来多少条 / 晒了几条: putting information out in the open is publishing it.
  [/晒(?:出来|出|了)?(?=[^，。？?]{0,6}(?:多少|几|信息))/g, '公开'],
  // 要钱不 / 可以寄过去不: 不 ending a question asks yes or no, as 吗 does (也不, 还不, 是不 … stay).
  [/(?<=\p{Script=Han})(?<![不也还都并就可是要没])不([?？。!！]*)$/u, '吗$1'],
  // 要是我不补会怎样 / 没补会咋样: not supplying what was asked for is 不补正 (补贴, 补充 … stay).
  [/([不没])补(?![正贴充助偿齐办交录课考])/g, '$1补正'],
  // 年报全文 / 年度报告原文: the whole report asked for is what it says.
  [/(年报|年度报告|报告)(?:的)?(?:全文|原文|全部内容|完整版|完整内容)(?:是什么|发我看看|给我看看|看看)?([?？。]*)$/, '$1说了什么$2'],
  // 我想查一下政府信息公开的年报 / 我要看看你们的年度报告 / 查年报: looking up the report itself is asking what it says (with no
  // agency named, the bot asks which, and the reply completes the question).
  [
    /^(?:我|俺)?(?:想|要|能|可以|需要)?(?:查|看|找|瞧|翻|调|读)(?:一下|一查|一看|一找|下|看|看看|查看)?(?:你们|贵单位|你们单位)?的?(?:政府信息公开(?:工作)?的?)?(年报|年度报告)(?:吗|呢|啊|呀)?([?？。]*)$/u,
    '$1说了什么$2',
  ],
  // 三区人材 / 引进人材: 人材 is the older spelling of 人才, the word reports print.
  [/人材/g, '人才'],
  // 现在还有效的几件 / 目前仍有效的: documents still in force are 现行有效.
  [/(?:现在|目前|如今)?(?:还|仍|仍然|依然)(?:在)?有效(?:的)?/g, '现行有效'],
  // 申请百分之几被驳回了 / 被拒绝的申请占多少: the share of applications refused is 不予公开 over the applications received.
  [
    /(?:的?申请)?(?:里|中|当中)?(?:有)?百分之(?:几|多少)(?:的申请)?(?:被|给)?(?:驳回|拒绝|拒)(?:了|掉)?|(?:被|给)(?:驳回|拒绝|拒)(?:了|掉)?的(?:申请)?占(?:申请的?)?(?:比)?(?:多少|百分之几|百分之多少|比例)(?:是多少)?/g,
    '不予公开的占申请的百分之几',
  ],
  // 申请被拒了几个 / 被拒绝的申请有多少 / 有没有申请被拒的 / 有没有拒绝公开的 / 有没有申请没给公开的: applications refused are
  // 不予公开 (it answered 本年新收申请 or a sentence on 行政复议). Not after 复议/诉讼, and not 驳回, a review's outcome (驳回复议申请)
  // no report counts of applications (被驳回多少件 is answered so).
  [
    /(?<!(?:复议|诉讼|起诉|告|投诉)[^，。？?]{0,8})(?:的?申请)?(?:被|给)(?:拒绝|拒)(?:了|掉)?(?:的)?(?:申请)?(?=[^，。？?]{0,6}(?:多少|几))/g,
    '不予公开的申请',
  ],
  [
    /(?<!(?:复议|诉讼|起诉|告|投诉)[^，。？?]{0,8})有没有(?:申请)?(?:被|给)?(?:拒绝公开|拒绝|拒|没给公开|不给公开|没有给公开)(?:了|掉|过)?的(?:申请)?/g,
    '有没有不予公开的',
  ],
  [
    /(?<!(?:复议|诉讼|起诉|告|投诉)[^，。？?]{0,8})(?:申请)?有(?:申请)?(?:被|给)(?:拒绝|拒)(?:了|掉|过)?(?:的)?(?:申请)?(?:(?:吗|么|没有?)(?=[呢啊?？。]*$)|(?=[?？。]*$))/g,
    '有没有不予公开的',
  ],
  // 有拒绝的吗 / 有没有不公开的 / 有不公开的申请吗, said of applications (nothing after 的 but the question): 不予公开, as 有没有被拒的
  // is (有没有不公开的信息 asks the rules on what is withheld).
  [/(?<!(?:复议|诉讼|起诉|告|投诉)[^，。？?]{0,8})有没有(?:申请)?不公开的(?:申请)?(?=[吗呢啊?？。]*$)/g, '有没有不予公开的'],
  // (有不予处理的申请吗 said so, as a follow-up, had been read as the rules on what is withheld: 有没有 is asked of the agency.)
  [
    /(?<!(?:复议|诉讼|起诉|告|投诉)[^，。？?]{0,8})(?:申请)?有(?:申请)?(?:拒绝(?:公开)?|不公开)(?:了|过)?的(?:申请)?(?:吗|么|没有?)(?=[呢啊?？。]*$)/g,
    '有没有不予公开的',
  ],
  [/(?<![没无])有(?:申请)?不予(公开|处理)的(?:申请)?(?:吗|么|没有?)(?=[呢啊?？。]*$)/g, '有没有不予$1的'],
  // 拒绝了几个申请 / 拒了多少 / 一共拒掉几件 (the agency refusing, said actively): its applications refused, as 被拒了几个 is.
  [
    /(?<!(?:复议|诉讼|起诉|告|投诉)[^，。？?]{0,8})(?<!被|给)(?:拒绝|拒)(?:了|掉|过)+(?=(?:多少|几)[个件份次]?(?:申请)?(?:[?？。!！]|$))/g,
    '不予公开了',
  ],
  // 因为找不到信息没给的有几个 / 查不到信息的几件: the agency not holding the information asked is 本机关不掌握 (信息不存在, its
  // everyday word). Only with a count asked: 网上找不到信息怎么办 asks how to apply.
  [/(?:找不到|查不到|找不着|查无)(?:相关|这个|该|那个)?(?:的)?信息(?=[^，。？?]{0,10}(?:多少|几)|的?呢[?？。]*$)/g, '信息不存在'],
  // Table 三's rows in everyday words, a count asked or a follow-up (…的呢): 没公开的 / 拒绝公开的 are 不予公开 (没公开的有几件
  // answered 主动公开政府信息125条, the negation dropped); 不处理的 is 不予处理; 要求加工的 / 要他们加工信息的 is 需要另行制作;
  // 说不清楚要什么的 is 补正后申请内容仍不明确; 信访类的 is 信访举报投诉类申请 (each was refused).
  [/(?<![主动依申请已])(?:没有?|拒绝)公开的(?=[^，。？?]{0,6}(?:多少|几)|呢[?？。]*$)/g, '不予公开的'],
  [/(?<![予])不处理的(?=[^，。？?]{0,6}(?:多少|几)|呢[?？。]*$)/g, '不予处理的'],
  [
    /(?:要求|要他们|让他们|需要|要)?(?:另行|另外|重新)?加工(?:信息|数据|材料)?的?(?=[^，。？?]{0,6}(?:多少|几)|呢[?？。]*$)/g,
    '需要另行制作的',
  ],
  [/(?:说不清楚?|讲不清楚?|说不明白)(?:要什么|要啥|想要什么|申请什么)?的(?=[^，。？?]{0,6}(?:多少|几)|呢[?？。]*$)/g, '申请内容仍不明确的'],
  [/信访类(?:的)?(?:申请)?(?![举投])(?=[^，。？?]{0,6}(?:多少|几)|呢[?？。]*$)/g, '信访举报投诉类申请'],
  // 审计局哪家公开得最多 / 哪个局发的最少 / 公开得最多的是哪个镇: a ranking of agencies asked with the verb alone ranks what
  // was published (公开的信息最多, which the rankings read); 被申请得最多 ranks the applications received. Only with an
  // agency's word by the 哪 (哪家, 哪个局, 审计局哪个): 哪个渠道发得最多 / 哪个月发的最多 rank one agency's own parts.
  [rankedAcrossAgencies('(?:公开|发布|发|推送|推)'), '公开的信息'],
  [rankedAcrossAgencies('被?申请'), '收到申请'],
  // 霍城县水利局和乌海市民政局哪个公开得多 / 两个局谁发的少: the same verb alone comparing agencies compares what was published.
  [comparedAcrossAgencies('(?:公开|发布|发|推送|推)'), '公开的信息'],
  [comparedAcrossAgencies('被申请'), '收到申请'],
  // 有没有被纠正的 / 被纠错过吗 / 被纠正了几件, naming neither a review nor a lawsuit: a decision corrected is table 四's 结果纠正 of
  // both (a site's errors found, 网站纠错, and corrections of anything else named stay).
  [
    /^(?!.*(?:复议|诉讼|起诉|告|官司|网|留言|信箱|处罚|许可|投诉|举报|错别字|错误))(.*?)被(?:纠正|纠错|改正)(?=(?:过|了)?(?:的|吗|么|没|几|多少|[?？。]|$))/u,
    '$1行政复议和行政诉讼被纠正',
  ],
  // 今年新发的呢 / 那新制发的呢 after a count of table 二 (规范性文件现行有效几件): its 本年制发 column; 今年 there is the report's
  // year, not the calendar's. Only as a follow-up alone (今年新发了多少条信息 asks what was published).
  [/^(那|那么)?(?:今年|本年度?)?新(?:制发|制定|发|出台|印发)的?(?=(?:呢|啊)?[?？。]*$)/, '$1本年制发的'],
  // 番禺政府网公众号推了多少条 / “XX发布网”微博: an account named after a site (its name ends in 网) is that account, not the
  // website; read with the 网 and its quotes, the site's own count was taken (区政府门户网站发布4.14万条 for the 公众号's 750).
  [/[“"‘]?(\p{Script=Han}{1,8}?)网[”"’]?(?=(?:微信)?(?:公众号|订阅号|服务号|视频号)|微信|微博|抖音|快手)/gu, '$1'],
  // 被申请最多的是哪个 / 谁被申请得最多: only an agency is applied to, so 被申请 before 最多 ranks the applications received, with
  // or without an agency's word (被申请最多的是什么信息 asks what was applied for, and stays).
  [/被申请(?:得|的)?(?=最(?:多|少))(?!最(?:多|少)的?(?:是)?(?:什么|啥|哪类|哪些|哪方面|哪一类|内容|信息|事项|方面))/g, '收到申请'],
  // 平潭行政审批局23年公开了多少 / 去年一共公开了几 / 富县政府公开了多少: a year's or an agency's publishing asked with no
  // noun or measure is its items published
  // (公开了多少条); it got whatever sentence held 公开 and a count (予以公开及部分公开6件, 无依申请公开事项). 公开了多少 said alone
  // after a count of applications (the granted ones) has no year or agency before it and stays. 公看了多少 (the keyboard's
  // homophones typos.ts reads as 公开 only after these rewrites) is asked the same.
  [
    /(?<=(?:(?:(?:19|20)?\d{2}|[二〇零一三四五六七八九]{2,4}|去|今|前|全|一)年度?|[局委办府镇乡道心院会厅处所站队区县市盟旗])(?:一共|总共|共|累计)?)(?:主动)?公(?:开|看|侃|砍|凯)(?:了|过)?(多少|几)(?=(?:呢|啊|呀)?[?？。！!]*$)/g,
    '公开了$1条',
  ],
  // 老洲乡24年公开的比阚疃镇多多少条 / 去年公开的有多少条: 公开的 with no noun after a year or an agency is its information
  // published, as 公开的信息 is (read bare, 公开的 drew 重点领域…合计公开180条 for the 727 published).
  // (公开的规章有几件, 申请公开的有几件 and 公开的有几件 of applications stay.)
  [
    /(?<=(?:(?:(?:19|20)?\d{2}|[二〇零一三四五六七八九]{2,4}|去|今|前|全|一)年度?|[局委办府镇乡道心院会厅处所站队区县市盟旗])(?:一共|总共|共|累计)?(?:主动)?公开)的(?=(?:有|一共有|共有|总共有)?(?:多少|几)(?![件个次])|比|哪个|谁)/g,
    '的信息',
  ],
  // 增长了百分之多少 / 提高了百分之几: a growth rate asked in percent is the 增速.
  [/(?:增长|增加|提高|提升|涨)(?:了)?(?:百分之多少|百分之几|多少个?百分点|几个百分点|百分比是?多少)/g, '增速多少'],
];

/** Applicant types citizens name (自然人, 企业, 法人 …) in 有没有X申请. */
const APPLICANT = '(?:自然人|个人|老百姓|群众|法人|企业|公司|单位|组织|科研机构|研究机构|律师事务所|律所|律师|公益组织|社会组织|商业企业)';
/** 有没有自然人申请 / 有企业申请过吗: yes or no about one applicant type, with no count word. */
const APPLICANT_YES_NO = new RegExp(
  `((?:有没有|有无|是否有|有)${APPLICANT}[^，。？?]{0,3}?申请(?:过|了)?(?:政府)?(?:信息公开)?)(吗|没有?|呢)?([?？。]*)$`,
);

/** 申请是科研机构提的吗 / 是不是企业申请的: who applied, asked of one applicant type. */
const APPLICANT_WHO = new RegExp(`(?:的?申请)?(?:是不是|是)(${APPLICANT})(?:提|递|递交|提交|交|申请)的(?:吗|不|么)?(?=[?？。]*$)`);
/** 有几件是公司申请的 / 多少个是律师提的: a count of applications from one applicant type, asked as which of them it was. */
const APPLICANT_COUNTED = new RegExp(`(?:有)?(多少|几)([件个份])(?:申请)?(?:是|为)(${APPLICANT})(?:提|递|递交|提交|交|申请|来申请)的`);
/** The question with everyday phrasings replaced by the words the engine reads. */
/**
 * 个人申请中有多少件公开了 / 公开了几件申请 / 申请里面公开了多少: applications answered with disclosure are 予以公开
 * (not those received). Not 依申请公开, 申请公开 (applying), 不予/部分/主动公开, nor a count of items (条).
 */
const GRANTED_BARE =
  /(?<!不予|予以|部分|主动|依申请|申请|政务|信息|不|没|未|都|全)(?:被|给)?公开(了)?(?=[^，。？?申]{0,6}(?:多少|几)|(?:了|过)?(?:吗|没|[?？]|$)|了几件申请|了多少件?申请)/;

/**
 * 有多少申请是公开的 / 有几件是公开的 / 多少个是给公开了的: applications counted by their outcome, 予以公开 (有多少条是公开的
 * counts items; 是部分公开的 / 是不公开的 are other outcomes and do not match).
 */
const COUNTED_AS_GRANTED = /(?:有)?(多少|几)([件个])?(?:申请)?(?:是|被|给)+(?:予以)?公开(?:了)?的(?:申请)?/;

/**
 * 都发在哪了 / 公开到哪儿了 / 登在哪里的: where published information went out, its channels (通过什么渠道发布的), never the
 * agency's address; what is sent somewhere by the asker (申请书发到哪, 材料寄到哪) is an address and does not match, nor is
 * 信息公开在哪 (where the disclosure office is).
 */
const PUBLISHED_WHERE =
  /(?:都|主要|一般)?(?<!信息|政务|政府)(?:发|发布|公开|公布|登|挂)(?:在|到)(?:了)?哪(?:儿|里|些地方|个地方)?(?:了|的|去了)?(?=[?？。!！呢啊]*$)/;

/** 依申请的办理情况 / 依申请公开的处理情况: the part of the report on applications (依申请公开情况), not a sentence on 办理流程. */
const APPLICATIONS_HANDLING = /依申请(?:公开)?(?:的)?(?:办理|处理|受理|答复)(?:的)?情况/;

/**
 * 科技局有哪些 / 有哪些街道 / 宿迁的单位有哪些: which agencies of a kind or place have reports, asked as 有哪些科技局的年报 /
 * 宿迁有哪些单位 are (not a thing's parts: 不予公开的有哪些, 存在的问题有哪些 end in no body's word).
 */
const BODIES_LISTED =
  /^(?:请问|那)?(?:(\p{Script=Han}{0,10}?(?:局|委|厅|街道|乡镇|镇政府|乡政府|单位|部门|机关))(?:都|还|一共)?有(?:哪些|哪几个|哪几家)|有哪些(\p{Script=Han}{0,10}?(?:局|委|厅|街道|乡镇|单位|部门|机关)))(?:呢|啊|呀)?[?？。]*$/u;
/** 宿迁的单位有哪些 / 平潭的部门都有哪些: a place's bodies, asked as 宿迁有哪些单位. */
const PLACE_BODIES_LISTED = /^(\p{Script=Han}{2,8}?)的(单位|部门|机关)(?:都|还|一共)?有(?:哪些|哪几个|哪几家)(?:呢|啊|呀)?[?？。]*$/u;

/** 公开了的申请 / 没公开的申请 / 不给公开的政府信息公开申请: applications named by what became of them (not 部分, 主动, 依申请, 予以). */
const OUTCOME_CLAUSE =
  /(?<!不予|予以|部分|主动|依申请|申请|政务|信息|[不没未有])(没有|没|未|不)?(?:给|被|予)?公开(?:了|过)?的(?:政府信息公开)?申请/g;

/**
 * Whether any rewrite can apply: nothing matching the message, none of the rewrites (which only ever run on what the ones
 * before left) changes it, so the loop is skipped — most messages need none. The literals of which each rewrite's pattern
 * requires one of each set (啥; 多少 or 几, and 东西 or 事 …) are found by one scan of the message, and only the few patterns
 * so triggered are tested, each alone. (This took the place of one union of all the patterns, and a cheaper relaxed union
 * before it: run once per message, their compiled code was cold each time and cost ten times what it does back to back.)
 */
const REWRITE_TRIGGERS = new LiteralTriggers(
  REWRITES.map(([pattern]) => pattern),
  REWRITE_LITERALS,
);

/** The rewrites' patterns, in order: scripts/gen-colloquial-literals.mjs reads their literals into colloquial-literals.ts. */
export function rewritePatterns(): RegExp[] {
  return REWRITES.map(([pattern]) => pattern);
}
const REWRITE_TESTED_ALONE: readonly RegExp[] = REWRITES.map(([pattern]) => new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')));

function anyRewriteMatches(text: string): boolean {
  for (const index of REWRITE_TRIGGERS.triggered(text)) if (REWRITE_TESTED_ALONE[index].test(text)) return true;
  return false;
}

/**
 * A pattern's positive lookbehinds read forwards (a test that matches wherever the pattern does): one opening a
 * top-level alternative becomes a group matched in its place, unless it looks at \p{…}; any other is dropped. Negative lookbehinds, lookaheads and
 * anchors stay as they are. The result matches every message the pattern matches (as a test, not where).
 */
export function forwardLookbehinds(source: string): string {
  // A pattern without a positive lookbehind is its own forward reading (most are: no scan at every start).
  if (!source.includes('(?<=')) return source;
  let out = '';
  let depth = 0;
  let opening = true;
  for (let at = 0; at < source.length; ) {
    const ch = source[at];
    if (ch === '\\') {
      out += source.slice(at, at + 2);
      at += 2;
      opening = false;
      continue;
    }
    if (ch === '[') {
      const end = classEnd(source, at);
      out += source.slice(at, end);
      at = end;
      opening = false;
      continue;
    }
    if (source.startsWith('(?<=', at)) {
      const end = groupEnd(source, at);
      const behind = source.slice(at + 4, end - 1);
      if (opening && !behind.includes('\\p{')) out += `(?:${forwardLookbehinds(behind)})`;
      // (Only the first: a second lookbehind looks back from the same place, not from after the first's text.)
      opening = false;
      at = end;
      continue;
    }
    if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    out += ch;
    at += 1;
    opening = ch === '|' && depth === 0;
  }
  return out;
}

/** Where the character class opening at `at` ends (after its ]). */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** Where the group opening at `at` ends (after its closing parenthesis). */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; ) {
    const ch = source[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === '[') {
      i = classEnd(source, i);
      continue;
    }
    if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return source.length;
}

/**
 * how many applications did 中卫市科技局 receive in 2025 / 西工区科技局2024 administrative license几件: a question typed in
 * English, or with English words, in the words the reports print (申请, 行政许可, 收到 …); the English words that carry
 * nothing (did, the, in …) dropped, and 'and X?' is the follow-up 那X呢.
 */
const ENGLISH_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\s*and\s+(.+?)\s*[?？]?\s*$/i, '那$1呢'],
  [/\bhow\s+(?:many|much)\b/gi, '多少'],
  [/\b(?:(?:information\s+)?disclosure\s+)?(?:applications?|requests?)\b/gi, '申请'],
  [/\b(?:administrative\s+)?(?:licen[cs](?:es?|ing)|permits?)\b/gi, '行政许可'],
  [/\b(?:administrative\s+)?(?:penalt(?:y|ies)|fines)\b/gi, '行政处罚'],
  [/\b(?:administrative\s+)?(?:reconsiderations?|review)\b/gi, '行政复议'],
  [/\b(?:administrative\s+)?(?:lawsuits?|litigation)\b/gi, '行政诉讼'],
  [/\b(?:proactive(?:ly)?\s+)?(?:disclosed|published|disclosures?)\b/gi, '主动公开'],
  [/\b(?:receive[ds]?|got|get)\b/gi, '收到'],
  [/\bfees?\b/gi, '收费'],
  [/\b(?:tele)?phone(?:\s+number)?\b/gi, '电话'],
  [/\bscience\s+(?:and\s+technology\s+)?bureau\b/gi, '科技局'],
  // weibo呢 / douyin发了多少 / wechat公众号: a channel's name typed in pinyin or English, as the reports print it.
  [/\b(?:weibo|microblog)\b/gi, '微博'],
  [/\b(?:weixin|wechat)\b/gi, '微信'],
  [/\b(?:douyin|tiktok)\b/gi, '抖音'],
  [/\bgongzhonghao\b/gi, '公众号'],
  [/\btoutiao\b/gi, '今日头条'],
  [/\bkuaishou\b/gi, '快手'],
  [/\bshipinhao\b/gi, '视频号'],
  [/\bin\s+((?:19|20)\d{2})\b(?!年)/gi, '$1年'],
  [/\b(?:did|does|do|the|of|an?|is|are|was|were|there|by|in|for|to|please)\b/gi, ''],
];
/** A word of the glossary above (a cheap test before its rewrites). */
const ENGLISH_TEST =
  /\b(?:how\s+(?:many|much)|applications?|requests?|licen[cs]|permits?|penalt|fines|reconsideration|review|lawsuits?|litigation|disclos|published|receive|fee|phone|bureau|weibo|microblog|weixin|wechat|douyin|tiktok|gongzhonghao|toutiao|kuaishou|shipinhao)|^\s*and\s/i;

export function englishWords(text: string): string {
  if (!/[A-Za-z]{3}/.test(text) || !ENGLISH_TEST.test(text)) return text;
  let plain = text;
  for (const [pattern, replacement] of ENGLISH_WORDS) plain = plain.replace(pattern, replacement);
  return plain.replace(/\s{2,}/g, ' ').trim();
}

/**
 * 转到2025年的申请有多少 / 结转至2025年的有几件: the year after 转到 is where the applications went, not the report asked:
 * they are the carried-over count of the year before's report (本年结转2025年…17条 is in the 2024 report).
 */
const CARRIED_TO_YEAR = /(?:结转|转)(?:到|至|入)?((?:19|20)\d{2})年度?(?:继续办理)?(?:的)?/;

/**
 * 2025年的2024年结转几件 / 天津住建委2024年2023年结转多少件: a year right before 结转 that is the year before the other year asked
 * is where the applications came from, the report's 上年结转 (printed 2024年结转7件 in the 2025 report), no second year asked.
 */
const CARRIED_FROM_YEAR = /(?<![到至入转])((?:19|20)\d{2})年度?(?=(?:结转|转结)(?![到至入下]|(?:19|20)\d{2}))/;

/**
 * Cities called by the first character of a long name and 市 (乌市 for 乌鲁木齐市, 呼市 for 呼和浩特市), as their people say
 * them: the city's name. Only where a name can start (the message's start, after a year, a province or a word of asking), and
 * never before a word 市 begins (呼市民 is 招呼 then 市民).
 */
const CITY_SPOKEN_SHORT: ReadonlyArray<readonly [string, string]> = [
  ['乌', '乌鲁木齐'],
  ['呼', '呼和浩特'],
  ['哈', '哈尔滨'],
  ['齐', '齐齐哈尔'],
];
const CITY_SPOKEN_SHORT_FORM = new RegExp(
  `(?<=^|[^\\p{Script=Han}]|年|的|问|下|疆|古|江|那|是|查|在)(${CITY_SPOKEN_SHORT.map(([first]) => first).join('|')})市(?![民场值面容井价况长委])`,
  'gu',
);

/** The year a report came out (2024年发布的那份, 2024年公布的年报), in group 1: a report, not items, follows. */
const PUBLISHED_IN_YEAR = /((?:19|20)\d{2})年(?:发布|公布|印发|出)的(?:(?:那|这)一?[份个]|(?=(?:年报|年度报告|报告)))/g;

export function plainWords(text: string): string {
  let plain = text.replace(
    CITY_SPOKEN_SHORT_FORM,
    (_form, first: string) => `${CITY_SPOKEN_SHORT.find(([short]) => short === first)?.[1] ?? first}市`,
  );
  if (anyRewriteMatches(text)) for (const [pattern, replacement] of REWRITES) plain = plain.replace(pattern, replacement);
  // 内蒙交通厅: 内蒙 is said for 内蒙古 (内蒙古自治区), no place of its own.
  plain = plain.replace(/内蒙(?!古)/g, '内蒙古');
  const carriedTo = CARRIED_TO_YEAR.exec(plain);
  if (carriedTo) {
    const rest = plain.slice(0, carriedTo.index) + plain.slice(carriedTo.index + carriedTo[0].length);
    // A report year asked beside it (2024年转到2025年的) stays the year asked.
    const year = /(?:19|20)\d{2}年/.test(rest) ? '' : `${Number(carriedTo[1]) - 1}年`;
    plain = `${plain.slice(0, carriedTo.index)}${year}结转到下年的${plain.slice(carriedTo.index + carriedTo[0].length)}`;
  }
  // 2024年发布的那份呢 / 2024年公布的年报: a report is published in the year after its own (by 31 January, 条例 第五十条), so the
  // year it came out names the year before; 2024年发布的信息 (items published that year) stays.
  plain = plain.replace(PUBLISHED_IN_YEAR, (_words, year: string) => `${Number(year) - 1}年的`);
  const carriedFrom = CARRIED_FROM_YEAR.exec(plain);
  // (The year asked may be written with two digits: 天津市住建委24年2023年结转多少件.)
  const yearAfter = carriedFrom ? Number(carriedFrom[1]) + 1 : 0;
  if (carriedFrom && new RegExp(`(?:${yearAfter}|(?<!\\d)${yearAfter % 100})年`).test(plain.replace(carriedFrom[0], '')))
    plain = plain.replace(carriedFrom[0], '上年');
  // 公开了的申请几件 / 没公开的申请有几件 / 不给公开的申请: the applications said by their outcome, in a clause before 申请, are
  // those so answered (予以公开, 不予公开), never every application received, which they were read as.
  plain = plain.replace(OUTCOME_CLAUSE, (_whole, negation: string | undefined) => (negation ? '不予公开的申请' : '予以公开的申请'));
  const placeBodies = PLACE_BODIES_LISTED.exec(plain);
  if (placeBodies) plain = `${placeBodies[1]}有哪些${placeBodies[2]}`;
  else {
    const bodies = BODIES_LISTED.exec(plain);
    if (bodies) plain = `有哪些${bodies[1] ?? bodies[2]}的年报`;
  }
  plain = plain.replace(COUNTED_AS_GRANTED, '予以公开$1$2').replace(APPLICATIONS_HANDLING, '依申请公开情况');
  if (!/申请|材料|信件|邮件|快递|寄|交/.test(plain)) plain = plain.replace(PUBLISHED_WHERE, '通过什么渠道发布的');
  if (plain.includes('申请') && !/主动|条|为什么|为啥|凭什么|怎么/.test(plain)) plain = plain.replace(GRANTED_BARE, '予以公开$1');
  // 申请是科研机构提的吗 / 是企业申请的吗: whether applications came from that applicant type, as 有科研机构申请吗 (有多少是自然人提的 counts already).
  if (!/几|多少/.test(plain)) plain = plain.replace(APPLICANT_WHO, '有$1申请吗');
  else if (plain.includes('的')) plain = plain.replace(APPLICANT_COUNTED, '$3申请了$1$2');
  // The yes/no is answered from the count of that column: ask the count, keep the yes/no words.
  if (!/几|多少/.test(plain)) plain = plain.replace(APPLICANT_YES_NO, '$1几件$2$3');
  return plain;
}

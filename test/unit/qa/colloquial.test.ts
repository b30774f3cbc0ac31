/** Everyday phrasings in the engine's words (colloquial.ts), and agency names one character off. */
import { afterAll, describe, expect, it } from 'vitest';
import { AgencyIndex } from '../../../src/qa/agency-index.js';
import { englishWords, plainWords } from '../../../src/qa/colloquial.js';
import { correctKindTypos } from '../../../src/qa/typos.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

describe('englishWords', () => {
  it('reads a question typed in English, or with English words, in the reports’ words', () => {
    expect(englishWords('how many applications did 中卫市科技局 receive in 2025')).toBe('多少 申请 中卫市科技局 收到 2025年');
    expect(englishWords('西工区科技局2024 administrative license几件')).toBe('西工区科技局2024 行政许可几件');
    expect(englishWords('and 海原县 2024?')).toBe('那海原县 2024呢');
    expect(englishWords('how many administrative penalties did 西工区科技局 have in 2024')).toContain('行政处罚');
    // Pinyin initials, R&D and words of no glossary stay as they are.
    expect(englishWords('hy科技局24年R&D投入多少')).toBe('hy科技局24年R&D投入多少');
    expect(englishWords('thanks')).toBe('thanks');
  });
});

describe('plainWords', () => {
  it('asks how many ways an agency published as its channels, and 百分之几被驳回 as the share of 不予公开', () => {
    expect(plainWords('海原县科技局2024年主动公开通过了几个渠道')).toBe('海原县科技局2024年公开信息的渠道有哪些');
    expect(plainWords('西工区科技局2024年通过几个渠道主动公开')).toBe('西工区科技局2024年公开信息的渠道有哪些');
    expect(plainWords('中卫市科技局2025年的申请百分之几被驳回了')).toBe('中卫市科技局2025年不予公开的占申请的百分之几');
    expect(plainWords('中卫市科技局2025年被驳回的申请占比多少')).toBe('中卫市科技局2025年不予公开的占申请的百分之几');
  });

  it('drops a lead-in back to business, and asks an agency’s channels as those its report names', () => {
    expect(plainWords('算了问个正经的红寺堡区科技局公众号发了多少条')).toBe('红寺堡区科技局微信公众号发了多少条');
    expect(plainWords('言归正传，西工区科技局行政许可几件')).toBe('西工区科技局行政许可几件');
    expect(plainWords('西工区科技局是通过哪些渠道公开的')).toBe('西工区科技局公开信息的渠道有哪些');
    expect(plainWords('海原县科技居在哪些平台发布信息')).toBe('海原县科技居公开信息的渠道有哪些');
    // Information or a document before it, or 方式/途径 (an agency's guide answers those), stays as it is.
    expect(plainWords('政府信息通过什么渠道公开')).toBe('政府信息通过什么渠道公开');
    expect(plainWords('曲阜卫生局通过什么方式公开信息')).toBe('曲阜卫生局通过什么方式公开信息');
  });

  it('reads 是不是关掉了 about an account as whether it was shut, and the one-character verb of 在哪录的 as the report’s word', () => {
    expect(plainWords('微博后来是不是关掉了')).toBe('微博关停了吗');
    expect(plainWords('公众号是否注销了')).toBe('微信公众号关停了吗');
    expect(plainWords('微博后来关了没')).toBe('微博关停了吗');
    // An account no longer used is one shut: why is asked as the reason of its 关停.
    expect(plainWords('为什么微博不用了')).toBe('微博关停的原因');
    expect(plainWords('公众号为什么停用了')).toBe('微信公众号关停的原因');
    expect(plainWords('政策解读在哪录的')).toBe('政策解读在哪录制的');
    expect(plainWords('视频在哪播的')).toBe('视频在哪播放的');
    expect(plainWords('在哪录制的')).toBe('在哪录制的');
  });
  it('reads 啥 as 什么 and drops the quantity word of 讲了些啥', () => {
    expect(plainWords('年报都讲了些啥')).toBe('年报都讲了什么');
    expect(plainWords('啥叫政府信息')).toBe('什么叫政府信息');
    expect(plainWords('多会儿能答复')).toBe('什么时候能答复');
  });
  it('drops words that only say whose or where (咱们, 那边) and filler nouns after a measure word', () => {
    expect(plainWords('咱们海原县科技局选了多少个科技特派员')).toBe('海原县科技局选了多少个科技特派员');
    expect(plainWords('红寺堡那边科技局公众号发了多少条东西')).toBe('红寺堡科技局微信公众号发了多少条');
  });
  it('keeps a noun that only starts like a filler (多少个事项)', () => {
    expect(plainWords('有多少个事项可以全流程网办')).toBe('有多少个事项可以全流程网办');
    expect(plainWords('发了几件事')).toBe('发了几件');
  });
  it('reads asking for information as applying, and 了没 as a yes/no question', () => {
    expect(plainWords('有几个人来要信息')).toBe('有几个人申请信息公开');
    expect(plainWords('重要信息公开了几条')).toBe('重要信息公开了几条');
    expect(plainWords('2024年收费了没')).toBe('2024年收费了吗');
    expect(plainWords('有人申请过没有？')).toBe('有人申请过吗？');
  });
  it('reads a counted set of agencies (三个科技局) as 这几个, and leaves 微信公众号 as it is', () => {
    expect(plainWords('2024年三个科技局行政许可一共多少')).toBe('2024年这几个科技局行政许可一共多少');
    expect(plainWords('微信公众号发了几条')).toBe('微信公众号发了几条');
  });

  it('reads an agency named by its duty, a refusal then what to do, a thing of the last answers asked again, and a rate asked with 多了', () => {
    expect(plainWords('平江县管科学技术这块的单位行政许可几件')).toBe('平江县科技局行政许可几件');
    expect(plainWords('临川区负责教育工作的部门收到几件申请')).toBe('临川区教育局收到几件申请');
    // 不给…怎么办 is a refusal's remedies, before 要个批复…怎么办 could read as a how-to.
    expect(plainWords('找他们要个批复，人家就是不给我看，咋办')).toBe('找他们要个批复，人家被拒绝了，怎么办');
    expect(plainWords('刚刚说的行政许可是多少来着')).toBe('行政许可呢');
    expect(plainWords('之前问的微博关注量是多少来着')).toBe('微博关注量呢');
    // Without a thing named it stays the last question repeated.
    expect(plainWords('刚才那个再说一下')).toBe('刚才那个再说一下');
    expect(plainWords('刚才说的那个再说一遍')).toBe('刚才说的那个再说一遍');
    expect(plainWords('收费24年比23年少了百分之多少')).toBe('收费24年比23年下降了百分之多少');
    expect(plainWords('收费比去年少了百分之多少')).toBe('收费比去年少了百分之多少');
  });
});

describe('correctKindTypos and other kinds of agency', () => {
  const kinds = ['科学技术局', '科技局'];
  it('does not read a kind that ends another way (科技厅, 科技委) as a typo of 科技局', () => {
    expect(correctKindTypos('宁夏科技厅2024年主动公开多少条', kinds)).toBe('宁夏科技厅2024年主动公开多少条');
    expect(correctKindTypos('某市科技委主动公开多少条', kinds)).toBe('某市科技委主动公开多少条');
    expect(correctKindTypos('西工区科技句行政许可', kinds)).toBe('西工区科技局行政许可');
  });
  it('does not correct the start of a longer word (科技特派员 is no typo of 科技局)', () => {
    expect(correctKindTypos('科技特派员呢', kinds)).toBe('科技特派员呢');
    expect(correctKindTypos('海原县科技特派员几名', kinds)).toBe('海原县科技特派员几名');
    expect(correctKindTypos('海原县科技句开放日邀请了多少人', kinds)).toBe('海原县科技局开放日邀请了多少人');
  });
});

describe('everyday shorthand', () => {
  it('reads 高企 as 高新技术企业, not inside 提高企业', () => {
    expect(plainWords('海原高企几家')).toBe('海原高新技术企业几家');
    expect(plainWords('提高企业满意度')).toBe('提高企业满意度');
  });
});

describe('agency names with one wrong character in a two-character region', () => {
  const db = openDatabase(':memory:');
  afterAll(() => db.close());
  const store = new ReportStore(db);
  for (const name of ['西工区科学技术局', '中卫市科学技术局', '海原县科学技术局', '海原县教育局']) store.ensureAgency(name);
  const index = new AgencyIndex(store);
  const names = (text: string) => index.find(text).map((mention) => mention.agencies.map((agency) => agency.name));

  it('finds the agency when the level and the agency’s own kind follow', () => {
    expect(names('西公区科技局2024年行政许可多少件')).toEqual([['西工区科学技术局']]);
    expect(names('中为市科技局2025年收到几件申请')).toEqual([['中卫市科学技术局']]);
    expect(names('海元县教育局收到几件申请')).toEqual([['海原县教育局']]);
    expect(index.find('海元县科技局')[0].how).toBe('fuzzy');
  });
  it('finds nothing without the kind, with another kind, or with two wrong characters', () => {
    expect(names('西公区2024年行政许可多少件')).toEqual([]);
    expect(names('西公区公安局2024年行政许可多少件')).toEqual([]);
    expect(names('东公区科技局2024年行政许可多少件')).toEqual([]);
  });
});

describe('plainWords for applicant yes/no and audiences', () => {
  it('asks the count of an applicant type a yes/no question names, keeping the yes/no words', () => {
    expect(plainWords('2025年有没有自然人申请')).toBe('2025年有没有自然人申请几件');
    expect(plainWords('有企业申请过吗')).toBe('有企业申请过几件吗');
    expect(plainWords('有没有自然人申请几件')).toBe('有没有自然人申请几件');
  });
  it('drops to whom items were published (给老百姓公开)', () => {
    expect(plainWords('25年给老百姓公开了多少条信息')).toBe('25年公开了多少条信息');
  });
});

describe('plainWords for spoken phrasings (issue 11, batch 4)', () => {
  it('drops a filler between a region and the kind of agency', () => {
    expect(plainWords('红寺堡区那个科技局23年公众号发了多少条')).toBe('红寺堡区科技局23年微信公众号发了多少条');
    expect(plainWords('中卫这个科技局收到几件申请')).toBe('中卫科技局收到几件申请');
  });
  it('drops 的 between a place said first and the short name of its agency', () => {
    expect(plainWords('银川的网信局电话多少')).toBe('银川网信局电话多少');
    expect(plainWords('九原区的民委电话')).toBe('九原区民委电话');
    expect(plainWords('科技局的办公室电话')).toBe('科技局的办公室电话');
  });
  it('reads a verb repeated around 没 as a yes/no question, and leaves 有没有 alone', () => {
    // Asked with 了 (搞…了吗): what was done or not, as 收没收费 is 收费了吗 (a bare 收费吗 reads as the guide's rule).
    expect(plainWords('2024年搞没搞政府开放日')).toBe('2024年搞政府开放日了吗');
    expect(plainWords('24年批没批过许可')).toBe('24年批过许可吗');
    expect(plainWords('2025年有没有自然人申请几件')).toBe('2025年有没有自然人申请几件');
  });
  it('reads uploading as publishing, 往 a channel as through it, 追责 and 办完 as the report words', () => {
    expect(plainWords('24年往区政府网站上传了几条')).toBe('24年通过区政府网站发布几条');
    expect(plainWords('2024年被追责了吗')).toBe('2024年责任追究了吗');
    expect(plainWords('申请都办完了吗')).toBe('申请办结了吗');
  });
});

describe('plainWords for batch-5 phrasings', () => {
  it('reads 咋 as 怎么, 还有X吗 as a yes/no about having it, X方面 as X类, and drops 的时候 after a year', () => {
    expect(plainWords('海原县科技局咋联系')).toBe('海原县科技局怎么联系');
    expect(plainWords('沙坡头区科技局还有微博吗')).toBe('沙坡头区科技局有微博吗');
    expect(plainWords('25年政策服务方面公开了几条')).toBe('25年政策服务类公开了几条');
    expect(plainWords('2025年的时候政府网站上发了多少条')).toBe('2025年政府网站上发了多少条');
  });
  it('keeps 还有 that joins two questions, and 方面 that is no kind of information', () => {
    expect(plainWords('行政许可多少件，还有行政处罚呢')).toBe('行政许可多少件，还有行政处罚呢');
    expect(plainWords('在提升服务效能方面做了什么')).toBe('在提升服务效能方面做了什么');
  });
});

describe('plainWords and place-word typos for batch-6 phrasings (real reports of towns and streets)', () => {
  it('reads 罚了几件 as 行政处罚 and 晒出来 as 公开, and leaves 罚款 and 处罚 alone', () => {
    expect(plainWords('北坡镇2022年罚了几件')).toBe('北坡镇2022年行政处罚几件');
    expect(plainWords('永吉街道24年一共晒出来多少条信息')).toBe('永吉街道24年一共公开多少条信息');
    expect(plainWords('行政处罚几件')).toBe('行政处罚几件');
    expect(plainWords('罚款多少')).toBe('罚款多少');
  });
  it('reads an amount taken right after the year (2024年收费多少钱) as 行政事业性收费, not the guide question without a year', () => {
    expect(plainWords('平潭自然资源局2024年收费多少钱')).toBe('平潭自然资源局2024年行政事业性收费多少钱');
    expect(plainWords('某某区教育局2022年一共收了多少钱')).toBe('某某区教育局2022年一共行政事业性收费多少钱');
    expect(plainWords('申请信息公开收费多少钱')).toBe('申请信息公开收费多少钱');
  });
  it('reads 在海口哪里 (the city before 哪里) as 在哪里, but keeps 在网上哪里 and 在公众号哪里', () => {
    expect(plainWords('海南海事局在海口哪里')).toBe('海南海事局在哪里');
    expect(plainWords('青松县林业局在青松县哪个位置')).toBe('青松县林业局在哪个位置');
    expect(plainWords('在网上哪里申请')).toBe('在网上哪里申请');
    expect(plainWords('在公众号哪里看')).toBe('在微信公众号哪里看');
  });
  it('reads a pasted heading of table 二 (第二十条第（八）项) as its rows, and 这里填的 as pointing at them', () => {
    expect(plainWords('第二十条第（八）项 白云镇这里填的多少')).toBe('行政事业性收费 白云镇多少');
    expect(plainWords('青松县林业局第二十条第(五)项这一栏写了几')).toBe('青松县林业局行政许可几');
    expect(plainWords('第二十条第（六）项是什么')).toBe('行政处罚和行政强制是什么');
  });
  it('reads an amount an agency took, asked right after its name (收了多少费, 收费多少), as 行政事业性收费; what applying costs stays the guide’s', () => {
    expect(plainWords('青松县林业局收了多少费')).toBe('青松县林业局行政事业性收费多少');
    expect(plainWords('白云镇2023年收了几万元的钱')).toBe('白云镇2023年行政事业性收费几');
    expect(plainWords('滨海县交通运输局收费多少')).toBe('滨海县交通运输局行政事业性收费多少');
    expect(plainWords('长春路街道的收费金额是多少')).toBe('长春路街道的行政事业性收费多少');
    expect(plainWords('青松县林业局申请信息公开收费多少')).toBe('青松县林业局申请信息公开收费多少');
    expect(plainWords('青松县林业局收费吗')).toBe('青松县林业局收费吗');
    expect(plainWords('青松县林业局要交多少钱')).toBe('青松县林业局要交多少钱');
  });
  it('reads 街到 and 震 typed for the place word as 街道 and 镇, not 地震', () => {
    expect(correctKindTypos('永吉街到2024年主动公开多少条', [])).toBe('永吉街道2024年主动公开多少条');
    expect(correctKindTypos('荫子震2022年主动公开多少条', [])).toBe('荫子镇2022年主动公开多少条');
    expect(correctKindTypos('汶川地震2008年', [])).toBe('汶川地震2008年');
  });
});

describe('plainWords for batch-7 phrasings', () => {
  it('reads 罚得多, 收过…的钱 and 给公开了几件 in the engine’s words', () => {
    expect(plainWords('七家子镇和北坡镇谁罚得多')).toBe('七家子镇和北坡镇谁行政处罚多');
    expect(plainWords('七都街道2024年收过信息公开的钱没')).toBe('七都街道2024年收费没');
    expect(plainWords('平潭自然资源与生态环境局21年给公开了几件')).toBe('平潭自然资源与生态环境局21年予以公开几件');
  });
  it('keeps 不给公开 (what may be withheld) and 收钱 alone (the rules on fees)', () => {
    expect(plainWords('哪些信息不给公开')).toBe('哪些信息不给公开');
    // The 不 ending the question is read as 吗 (citizen-questions-13); 收钱 itself stays.
    expect(plainWords('申请公开信息收钱不')).toBe('申请公开信息收钱吗');
  });
  it('reads 政策解毒 as 政策解读', () => {
    expect(correctKindTypos('沙依巴克区2022年政策解毒几条', [])).toBe('沙依巴克区2022年政策解读几条');
  });
});

describe('plainWords for accounts, corrected years and document numbers', () => {
  it('reads opening an account as having one, and “still open” or “what became of it” as having it now', () => {
    expect(plainWords('西工区科技局开通微博了吗')).toBe('西工区科技局有微博了吗');
    expect(plainWords('有没有开公众号')).toBe('有没有微信公众号');
    expect(plainWords('沙坡头区科技局的微博还开着吗')).toBe('沙坡头区科技局有微博吗');
    expect(plainWords('微博后来怎么样了')).toBe('有微博吗');
  });
  it('keeps the later year of a year corrected within the message', () => {
    expect(plainWords('科技型中小企业今年不对是二四年培育了多少家')).toBe('科技型中小企业二四年培育了多少家');
    expect(plainWords('2023年哦不2024年行政许可几件')).toBe('2024年行政许可几件');
    expect(plainWords('今年行政许可几件')).toBe('今年行政许可几件');
  });
  it('asks which document for a document number, and leaves a day of a month alone', () => {
    expect(plainWords('依据的国务院令是多少号')).toBe('依据的国务院令是哪个');
    expect(plainWords('12月几号答复')).toBe('12月几号答复');
  });
  it('reads putting in an application and coming to apply as applying (real-questions-10/11)', () => {
    expect(plainWords('上海市政府办公厅2019年商业企业提了多少申请')).toBe('上海市政府办公厅2019年商业企业申请了多少件');
    expect(plainWords('城关镇2025年有没有人来申请公开信息')).toBe('城关镇2025年有没有人申请公开信息');
  });
  it('corrects keyboard homophones of 办公 and 公众号, and a kind once only', () => {
    const kinds = ['教育和体育局', '教育局', '教体局'];
    expect(correctKindTypos('上海市政府办工厅2025年新闻发布会几场', kinds)).toBe('上海市政府办公厅2025年新闻发布会几场');
    expect(correctKindTypos('城关镇2025年公众好发了多少条', kinds)).toBe('城关镇2025年公众号发了多少条');
    expect(correctKindTypos('硚口区教育句2024年主动公开多少条', kinds)).toBe('硚口区教育局2024年主动公开多少条');
  });
  it('corrects homophones of 微博 before what is done with an account, and leaves 微波炉 and 微薄之力 alone (citizen-questions-18)', () => {
    const kinds = ['科技局'];
    expect(correctKindTypos('沙坡投科技局微搏发了几条', kinds)).toBe('沙坡投科技局微博发了几条');
    expect(correctKindTypos('城关镇微波粉丝多少', kinds)).toBe('城关镇微博粉丝多少');
    expect(correctKindTypos('城关镇微薄关注的有多少人', kinds)).toBe('城关镇微博关注的有多少人');
    expect(correctKindTypos('城关镇买了几台微波炉', kinds)).toBe('城关镇买了几台微波炉');
    expect(correctKindTypos('尽了微薄之力', kinds)).toBe('尽了微薄之力');
  });
});

describe('plainWords for citizen-questions-13', () => {
  it('reads 不 ending a question as a yes/no, and leaves 也不, 还不 and 要不 alone', () => {
    expect(plainWords('要钱不')).toBe('要钱吗');
    expect(plainWords('可以寄过去不？')).toBe('可以寄过去吗？');
    expect(plainWords('网上能交不')).toBe('网上能交吗');
    expect(plainWords('他们到现在还不')).toBe('他们到现在还不');
    expect(plainWords('我也不')).toBe('我也不');
  });
  it('reads wanting an agency’s document as applying for it', () => {
    expect(plainWords('我想要科技局的一个文件 咋弄')).toBe('申请政府信息公开，怎么申请');
    expect(plainWords('想要县政府的一份材料咋办')).toBe('申请政府信息公开，怎么申请');
    expect(plainWords('我要准备什么材料')).toBe('我要准备什么材料');
    expect(plainWords('想要区政府的一个批复文件怎么弄')).toBe('申请政府信息公开，怎么申请');
    expect(plainWords('我想要教育局的一份通知该咋办')).toBe('申请政府信息公开，怎么申请');
    // Without a how-to after it, or wanting to know a report's figure, it stays.
    expect(plainWords('我想要科技局的一个文件')).toBe('我想要科技局的一个文件');
    expect(plainWords('我想要知道海原县科技局的行政许可数据怎么查')).toBe('我想要知道海原县科技局的行政许可数据怎么查');
  });
  it('reads not supplying what was asked as 不补正, and leaves 补贴 and 补充 alone', () => {
    expect(plainWords('要是我不补会咋样')).toBe('要是我不补正会怎么样');
    expect(plainWords('没补会怎样')).toBe('没补正会怎样');
    expect(plainWords('不补贴了吗')).toBe('不补贴了吗');
  });
  it('reads the whole report asked for as what it says', () => {
    expect(plainWords('中卫市科技局年报全文')).toBe('中卫市科技局年报说了什么');
    expect(plainWords('海原县科技局年度报告原文给我看看')).toBe('海原县科技局年度报告说了什么');
  });
  it('reads documents still in force as 现行有效, a growth in percent as the 增速, and 人材 as 人才', () => {
    expect(plainWords('现在还有效的几件')).toBe('现行有效几件');
    expect(plainWords('规范性文件目前仍有效的有几个')).toBe('规范性文件现行有效有几个');
    expect(plainWords('增长了百分之多少')).toBe('增速多少');
    expect(plainWords('R&D经费提高了百分之几')).toBe('R&D经费增速多少');
    expect(plainWords('三区人材呢')).toBe('三区人才呢');
    expect(plainWords('结果给公开了没')).toBe('结果予以公开了吗');
    expect(plainWords('申请给公开了吗')).toBe('申请予以公开了吗');
    expect(plainWords('哪些信息不给公开吗')).toBe('哪些信息不给公开吗');
    expect(plainWords('他们微博咋关了')).toBe('他们微博关停的原因');
    expect(plainWords('公众号为什么停了？')).toBe('微信公众号关停的原因？');
    expect(plainWords('为啥注销微博')).toBe('微博关停的原因');
    // The account put before the verb with 把 or 将 (citizen-questions-18).
    expect(plainWords('为啥要把微博注销掉')).toBe('微博关停的原因');
    expect(plainWords('为什么将抖音号给关了')).toBe('抖音号关停的原因');
  });
  it('reads who applied, impatient lead-ins, emphatic adverbs and 给人家公开了没 (round 9)', () => {
    expect(plainWords('中卫市科技局的申请是科研机构提的吗')).toBe('中卫市科技局有科研机构申请几件吗');
    expect(plainWords('是不是企业递交的')).toBe('有企业申请几件吗');
    expect(plainWords('申请有多少是自然人提的')).toBe('申请有多少是自然人提的');
    expect(plainWords('烦死了查了半天沙坡头科技局网站发了多少条')).toBe('沙坡头科技局网站发了多少条');
    expect(plainWords('急死了海原县科技局究竟收到几个申请')).toBe('海原县科技局收到几个申请');
    expect(plainWords('到底')).toBe('到底');
    expect(plainWords('最后给人家公开了没有')).toBe('最后予以公开了吗');
    expect(plainWords('给申请人公开了吗')).toBe('予以公开了吗');
    expect(plainWords('微博是不是给关了')).toBe('微博关停了吗');
    expect(plainWords('公众号是不是被注销了？')).toBe('微信公众号关停了吗？');
    expect(plainWords('是不是自然人申请的')).toBe('有自然人申请几件吗');
    expect(plainWords('是开的第几次党组会议定的')).toBe('第几次党组会议决定的');
    expect(plainWords('召开的第几次常务会定了这事')).toBe('第几次常务会决定了这事');
  });
});

describe('plainWords for the official website counted (real-questions-16)', () => {
  it('reads 官网 before a count of items published as the report’s 门户网站; 官网 alone still asks the address', () => {
    expect(plainWords('鄂州税务局官网发了多少条')).toBe('鄂州税务局门户网站发了多少条');
    expect(plainWords('青禾县文化局官网上公开了几条')).toBe('青禾县文化局门户网站上公开了几条');
    expect(plainWords('鄂州税务局官网是什么')).toBe('鄂州税务局官网是什么');
  });
});

describe('plainWords for slang, hearsay checks, 收没收 and shares said with the agency after 占 (citizen-questions-47)', () => {
  it('reads internet slang as the plain words', () => {
    expect(plainWords('青禾县教育局有木有微博')).toBe('青禾县教育局有没有微博');
    expect(plainWords('申请了木有人理 肿么办')).toBe('申请了没人理 怎么办');
    expect(plainWords('神马是依申请公开')).toBe('什么是依申请公开');
    expect(plainWords('青禾县文化局23年公示公告几件捏')).toBe('青禾县文化局23年公示公告几件呢');
    expect(plainWords('总结下青禾县文化局的年报')).toBe('总结一下青禾县文化局的年报');
  });

  it('drops a hearsay lead-in and joins a check set apart to the number it checks', () => {
    expect(plainWords('我看新闻说有3件 对吗')).toBe('有3件对吗');
    expect(plainWords('听说青禾县文化局主动公开了40条，是吧')).toBe('青禾县文化局主动公开了40条是吧');
    expect(plainWords('我听别人说有8件，对吗')).toBe('有8件对吗');
  });

  it('asks a verb repeated around 没 as a yes/no ending its own part', () => {
    expect(plainWords('青禾县文化局2023年收没收费？补正要几天')).toBe('青禾县文化局2023年收费了吗？补正要几天');
    expect(plainWords('青禾县文化局批没批过行政许可')).toBe('青禾县文化局批过行政许可吗');
    expect(plainWords('有没有人申请')).toBe('有没有人申请');
  });

  it('puts the agency said after 占 in front and reads 百分比 as 百分之几', () => {
    expect(plainWords('政务动态占青禾县文化局2023年主动公开的百分比')).toBe('青禾县文化局2023年政务动态占主动公开的百分之几');
    expect(plainWords('青禾县文化局部门动态占主动公开的百分比是多少')).toBe('青禾县文化局部门动态占主动公开的百分之几');
  });
});

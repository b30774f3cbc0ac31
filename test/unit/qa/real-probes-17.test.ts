/**
 * Real 2025 report pages of 市场监督管理局 bodies not in the repository (重庆市武隆区, 钦州市, 泰州市, 新疆维吾尔自治区; from
 * the search corpus, cut where the corpus cut them), asked in citizens' words, and made-up second examples of each class:
 * - two phone numbers of one area code whose separator the crawl dropped (0991-28171210991-2810740) are two numbers, not
 *   one of eight digits (0991-28171210, a number nobody answers);
 * - 有没有开展政府开放日 where no open day is stated says the report does not say whether one was held, not that it does not
 *   give the number of guests;
 * - 有几件是企业申请的 / 法人申请了几件 on a page cut before table 三 quotes the prose that says who applied (均为公民个人申请);
 * - a sentence quoting a rule across a 。 (根据第三十八条“向申请人提供的信息,应当是……。除依照……可以不予提供”之规定,决定不予
 *   提供) stays one sentence, and a yes/no is read outside the quotation: 申请的信息给了吗 is not answered 有 from the rule's words;
 * - 那个申请最后给了没有 / 申请人要的信息提供了吗 ask how the applications were handled;
 * - 申请按时办了没有 / 申请有没有超期 ask whether replies came in time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractContacts } from '../../../src/report/prose.js';
import { splitSentences } from '../../../src/text/segment.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const WULONG = `重庆市武隆区市场监督管理局2025年政府信息公开工作年度报告
日期:2026-01-19
字体:【 默认 超大
分享:

一、总体情况

2025年度,武隆区市场监督管理局以习近平新时代中国特色社会主义思想为指导,紧密围绕市场监管职能,深入贯彻落实《中华人民共和国政府信息公开条例》,持续深化政府信息公开工作,认真落实区委、区政府信息公开工作部署,优化公开平台,完善工作机制,切实保障公众知情权、参与权和监督权。报告中所列数据统计期限从202511日至20251231日。

(一)主动公开情况

2025武隆区市场监管局聚焦主责主业,全年通过政府网站、政务新媒体等多渠道主动公开政府信息,内容覆盖市场监管各关键领域。我局主动公开信息495条,其中,行政许可结果124条,公示公告56政务信息工作情况21条,食品药品监管领域监督检查9条,食品安全消费提示警示6条,行政处罚结果5条,预算、结算公开6条,通过其他方式公开信息数268条。

(二)依申请公开情况

我局本年度自然人政府信息公开申请1件,已按期办结。该申请人公开申请内容部分属于我局或其他相关责任部门已公示过的内容,已告知申请人具体查看方式;该申请人申请公开“投诉举报统计分析报告、罚款总额”、“食品安全类检查次数及相关统计信息、食品安全实施后的数据报告或汇总类信息”等信息,属于需要我局对现有政府信息进行加工、分析的内容,根据《政府信息公开条例》第三十八条“向申请人提供的信息,应当是已制作或者获取的政府信息。除依照本条例第三十七条的规定能够作区分处理的外,需要行政机关对现有政府信息进行加工、分析的,行政机关可以不予提供”之规定,决定不予提供。全年未发生因政府信息公开被提起行政复议、行政诉讼等情况。

(三)政
`;
const QINZHOU = `钦州市市场监督管理局2025年政府信息公开工作年度报告
2025年,我局严格落实国务院、自治区政务公开工作部署要求,扎实推进政府信息公开,持续优化门户网站建设,深化重点领域信息公开实效,充分发挥政务公开对市场监管工作的助推作用,圆满完成年度各项政务公开工作任务,切实保障公众知情权、参与权和监督权,现将本年度工作情况报告如下。
一、总体情况
(一)主动公开情况
2025年,我局聚焦公众关切和重点领域,通过多种渠道精准推送政府信息,提升公开实效。全年依托局官方网站累计主动公开政府信息275条,其中监督抽检信息10期、政务工作动态22条,涵盖食品药品安全监管、特种设备安全监察、政策解读、部门预算决算、“三公”经费编制说明等重点领域。同时,充分发挥政务新媒体传播优势,通过“钦州市场监管”微信公众号发布政策解读、消费提示、监管态等信息178条,有效扩大了信息公开覆盖面和影响力。针对机关党建、食品安全相关内容,开设专题专栏4个,为公众提供信息指引。
(二)依申请公开情况
2025年,我局严格遵守《中华人民共和国政府信息公开条例》相关规定,规范依申请公开办理流程,确保申请事项依法依规妥善处置。全年共收到政府信息公开申请5件,均为自然人申请,申请内容主要涉及食品药品监管政策、行政处罚程序等方面。经核查办理,5件申请均在法定期限内办结,办结率100%(部分公开1件,无法提供4件)。所有答复均规范、严谨,未发生因依申请公开引发的行政复议或行政诉讼案件。
(三)政府信息管理情况
一是强化公文公开源头管理。严格贯彻落实《广西壮族自治区人民政府办公厅关于进一步规范公文公开源头管理工作的通知》(桂政办发〔2023〕88号)及自治区最新政务公开工作要求,在公文起草环节明确公开属性,规范我局公文公开源头管理
`;
const TAIZHOU = `- 信息来源:市市场监管局
- 发布日期:2026-01-27 10:37
- 浏览次数:
根据《中华人民共和国政府信息公开条例》规定,现公布泰州市市场监督管理局2025年政府信息公开工作年度报告。报告所列数据的统计期限自2025年1月1日起至2025年12月31日止,报告电子版可在泰州市市场监督管理局网站(网址:http://scjgj.taizhou.gov.cn/)下载。
一、总体情况
2025年,泰州市市场监督管理局全面贯彻落实《中华人民共和国政府信息公开条例》和中央、省、市全面推进政府信息公开工作的系列部署,认真开展政府信息公开工作,全面推进重点领域信息公开,加强政策解读、政务舆情回应和门户网站建设,不断提升政府信息公开工作实效,增进人民群众对市场监管工作的满意度,推动市场监管工作高质量发展。
一是加强政府信息主动公开。紧紧围绕市场监管重点工作任务,进一步强化政策信息公开力度,2025年,主动公开文件23件,并采用多种形式对《泰州市市场监管食品领域、广告领域轻微违法行为减轻处罚规定》《泰州市电梯不良维护保养行为记分管理办法》《泰州市市场监管领域行政执法裁量三张清单》等规范性文件及时做好政策解读,相应的政策文件采用微信一图读懂的方式,做到图文并茂,切实提升解读工作质量。共承办人大建议15件,其中主办件4件;政协提案57件,其中主办件11件,均在规定时间内完成答复,并面复人大代表、政协委员,面复率及满意率均达100%。
二是做好依申请公开办理。进一步增强服务意识,优化依申请公开办理工作流程,及时与申请人沟通申请内容,强化办理时限,按时办结率100%,不断提升公开质量和水平,并充分保障群众知晓相关政务信息的权利。全年共收到依申请公开申请8件。从申请人类型看,均为公民个人申请。从申请内容
`;
const XINJIANG = `新疆维吾尔自治区市场监督管理局

政府信息公开

新疆维吾尔自治区市场监督管理局2025年政府信息公开工作年度报告

发布时间:2026-01-29 18:42     来源:


根据《中华人民共和国政府信息公开条例》规定,结合自治区市场监管局政府信息公开年度工作情况和有关统计数据,自治区市场监管局组织编制了2025年政府信息公开年度报告,本年报统计期限自202511日起至20251231日止。本报告的电子版可在新疆维吾尔自治区市场监督管理局(知识产权局)网站(https://scjgj.xinjiang.gov.cn/)下载。如对本报告有疑问,请与自治区市场监管局政务服务办公室(设在局办公室)地址:乌鲁木齐市天山区新华南路167号;联系电话:0991-28171210991-2810740邮政编码:830004

一、总体情况

2025年,自治区市场监管局以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大和二十届历次全会精神,全面贯彻落实自治区党委、政府关于政府信息公开工作的部署要求,坚持以人民为中心的发展思想,紧紧围绕市场监管中心工作和社会公众关切,以公开促落实,以公开强监管,以公开优服务,持续提升政府信息公开的质量和实效。

(一)主动公开情况

聚焦优化营商环境、保障民生安全、维护公平竞争、激发市场主体活力等年度重点工作,进一步加大政策解读和信息公开力度,灵活运用文字、图解、视频等多种形式,通过自治区市场监管门户网站、政务新媒体等平台主动公开各类政府信息4465条,维护专题栏目17个,发布政策解读材料16篇,累计发布市场监管领域典型案例70批次367发布《食品安全监督抽检信息通告》26期,为市场监管政策宣传和实施提供了有力支撑。

(二)依申请公开情况

严格按照《政府信息公开条例》及有关法律法规,规范开展政府信息依申请
`;
// Made up: the same shapes in other words.
const MADE_UP = `青石县市场监督管理局2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况
全年主动公开政府信息120条,开设专题栏目3个。如对本报告有疑问,请联系县市场监管局办公室,电话:0871-66012340871-6601299。
(二)依申请公开情况
全年收到政府信息公开申请3件,申请人均为自然人,3件申请均按期答复。其中1件申请公开的内容依据《中华人民共和国政府信息公开条例》第三十六条第(三)项“行政机关依据本条例第十四条、第十五条、第十六条规定不予公开的。告知申请人不予公开并说明理由”之规定,已公开。
(三)政府信息管理情况
按照“各单位应当召开新闻发布会公开年度工作情况。”的要求,本年度因机构改革未召开新闻发布会。
`;

describe('splitting and contacts of real 市场监管 pages', () => {
  it('two numbers of one area code glued by the crawl are read as two', () => {
    expect(extractContacts(XINJIANG).phone).toBe('0991-2817121、0991-2810740');
    expect(extractContacts(MADE_UP).phone).toBe('0871-6601234、0871-6601299');
    // One number of eight digits followed by another area code stays whole.
    expect(extractContacts('联系电话:0871-660123400871-6601299').phone).toBe('0871-66012340、0871-6601299');
  });

  it('a quotation across a 。 stays in one sentence; an unclosed quotation leaves the sentences as they were', () => {
    const split = splitSentences(WULONG);
    expect(split.some((sentence) => sentence.includes('第三十八条') && sentence.endsWith('决定不予提供。'))).toBe(true);
    expect(splitSentences('他说“今天很好。明天也好”,然后走了。下一句话在这里。')).toEqual([
      '他说“今天很好。明天也好”,然后走了。',
      '下一句话在这里。',
    ]);
    expect(splitSentences('这是一个“没有关上的引号。第二句话在这里。')).toEqual(['这是一个“没有关上的引号。', '第二句话在这里。']);
  });
});

describe('real 市场监管 pages of 2025 and made-up second examples', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['wulong-scjgj-2025.txt', WULONG],
      ['qinzhou-scjgj-2025.txt', QINZHOU],
      ['taizhou-scjgj-2025.txt', TAIZHOU],
      ['xinjiang-scjgj-2025.txt', XINJIANG],
      ['qingshi-scjgj-2025.txt', MADE_UP],
    ]);
  });
  afterAll(() => app?.dispose());
  let users = 0;
  const ask = (q: string) => app.engine.ask(q, { user: `probe17:${(users += 1)}` });

  it.each([
    ['新疆市场监管局有几个专栏', 17],
    ['青石县市场监管局开了几个专栏', 3],
  ])('%s → %i: 专栏 is the 专题栏目 the report prints', (q, value) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([value]);
  });

  it.each(['新疆市场监管局有专栏吗', '青石县市场监管局有没有专栏'])('%s: yes, from the 专题栏目 printed', (q) => {
    expect(ask(q).answer.startsWith('有。')).toBe(true);
  });

  it.each(['新疆市场监管局信息公开怎么样', '青石县市场监管局政务公开情况'])('%s: the report’s overview', (q) => {
    expect(ask(q).answer).toContain('报告要点');
  });

  it('the phone of a page with two glued numbers is both numbers', () => {
    const answer = ask('新疆市场监管局电话多少');
    expect(answer.answer).toContain('0991-2817121、0991-2810740');
    expect(answer.answer).not.toContain('28171210');
  });

  it.each([
    ['泰州市场监管局有没有开展政府开放日', '是否开展政府开放日'],
    ['泰州市场监管局有没有搞培训', '是否开展培训'],
    ['青石县市场监管局有没有开展政府开放日', '是否开展政府开放日'],
  ])('%s: a yes/no on an activity the page does not mention says so', (q, said) => {
    const answer = ask(q);
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).toContain(said);
  });

  it.each([
    ['泰州市场监管局有几件是企业申请的', '均为公民个人申请'],
    ['泰州市场监管局法人申请了几件', '均为公民个人申请'],
    ['钦州市场监管局有没有律师申请', '均为自然人申请'],
    ['青石县市场监管局有几件是企业申请的', '申请人均为自然人'],
  ])('%s: who applied, one kind asked, on a page cut before table 三', (q, said) => {
    const answer = ask(q);
    expect(answer.kind).toBe('text');
    expect(answer.answer).toContain(said);
    expect(answer.facts).toEqual([]);
  });

  it.each([
    ['武隆市场监管局申请的信息给了吗', '不予提供'],
    ['武隆市场监管局那个申请最后给了没有', '已告知申请人'],
  ])('%s: what became of the application is not read from a quoted rule', (q, said) => {
    const answer = ask(q);
    expect(answer.answer.startsWith('有。')).toBe(false);
    expect(answer.answer.split('\n')[0]).toContain(said);
  });

  it('a yes/no whose words stand in a quoted rule more than outside it is read outside the quotation', () => {
    const answer = ask('青石县市场监管局有没有召开新闻发布会公开年度工作');
    expect(answer.answer.startsWith('没有。')).toBe(true);
    expect(answer.answer.split('\n')[0]).toContain('未召开新闻发布会');
  });

  it('a quoted rule with a 。 in it is quoted whole, up to the outcome after it', () => {
    const answer = ask('青石县市场监管局申请的信息公开了吗');
    expect(answer.answer.startsWith('没有。')).toBe(false);
    expect(answer.answer.split('\n')[0]).toContain('之规定,已公开。');
  });

  it.each([
    ['钦州市场监管局申请按时办了没有', '法定期限内办结'],
    ['钦州市场监管局申请有没有超期', '法定期限内办结'],
    ['青石县市场监管局申请有没有超期', '均按期答复'],
    ['青石县市场监管局申请按时办了吗', '均按期答复'],
  ])('%s: whether replies came in time', (q, said) => {
    const answer = ask(q);
    expect(answer.answer.split('\n')[0]).toContain(said);
  });
});

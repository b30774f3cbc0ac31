/**
 * Real 2025 report pages of 卫生健康 bodies not in the repository (昆明市盘龙区, 禄丰市, 阿尔山市; from the search corpus, cut
 * where the corpus cut them), asked in citizens' words, and made-up second examples of each class:
 * - a channel's figure that names one kind of item, with more kinds after it in the same unit (门户网站主动公开行政处罚信息
 *   公示47条,行政许可信息公示1143条,…), is one kind the channel carried, not the channel's count: 网站上公开了多少 lists the
 *   kinds, and no kind is given as the site's whole;
 * - two agencies compared on a prose figure where one report states no total say that no comparison can be made;
 * - 禄丰和盘龙哪个收到申请多: a region joined to the name before it and followed by 哪个 asks which of the two, not which of
 *   the region's agencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgencyIndex } from '../../../src/qa/agency-index.js';
import { extractProseFigures } from '../../../src/report/prose.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const PANLONG = `昆明市盘龙区卫生健康局2025年政府信息公开工作年度报告
昆明市盘龙区卫生健康局
2025年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》规定,现公布昆明市盘龙区卫生健康局2025年政府信息公开年度工作报告。本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分。报告中所列数据的统计时间范围为2025年1月1日至2025年12月31日。
一、总体情况
2025年,盘龙区卫生健康局认真贯彻落实《中华人民共和国政府信息公开条例》和省、市、区有关信息公开工作部署要求,坚持“公开为常态、不公开为例外”原则,紧密围绕全区卫生健康中心工作及社会公众关切,持续深化政府信息公开内容,不断提升政府信息公开工作质量和实效,自觉接受社会监督。
(一)主动公开方面
2025年,持续加大主动公开力度,公开范围涉及公共卫生体系建设、医疗服务能力提升、重点人群健康服务、中医药传承发展、职业健康保护、医疗卫生行业综合监管等重点工作。全年通过盘龙区人民政府门户网站主动公开行政处罚信息公示47条,行政许可信息公示1143条,医疗机构许可47条,通知公告信息46条。通过微信官方公众号发布报道247篇。
(二)依申请公开方面
严格执行《中华人民共和国政府信息公开条例》规定,制定了详细的依申请公开受理、登记、审核、办理、答复等流程规范,明确各环节的责任人和办理时限,确保每一份申请答复内容规范、准确、严谨。全年受理依申请公开政府信息6条,均在规定时间内予以答复,答复率达到 100%。
(三)政府信息管理方面
严格遵循相关法律法规及政策要求,切
`;
const LUFENG = `根据《中华人民共和国政府信息公开条例》(国令第711号)(下称《条例》)、《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号)和省、州、市有关工作要求,现公布禄丰市卫生健康局2025年政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进措施、其他需要报告的事项等六个部分组成。报告中所列数据统计期限为2025年1月1日到12月31日。
一、总体情况
2025年,禄丰市卫生健康局认真学习贯彻省委、省政府,州委、州政府和市委、市政府关于政府信息公开工作要求,以《条例》为主线,坚持“全面公开与透明运行”原则,紧密结合全市卫生健康工作实际,按照依法公开、求真务实、重点突出、便于监督的要求,不断规范政府信息公开内容,加大主动公开力度,围绕卫生健康工作和群众关注关切问题,依法及时进行公开。
(一)主动公开情况
禄丰市卫生健康局政府信息公开内容主要包括机构职能、卫生健康业务工作、政府信息公开等方面,方便群众对卫生健康局进行了解和监督。2025年,禄丰市卫生健康局全年共发布各类信息171条,其中新闻动态8条,政策问答7条,法定主动公开内容63条,重大民生及公益事业建设信息7条,双随机、一公开信息9条,行政执法信息41条,疫情防控信息3条,部门信息5条,公共企事业单位信息28条。
(二)依申请公开情况
2025年,我局全年未收到依申请公开事项。
(三)政府信息管理情况
我局高度重视政府信息公开工作,将其纳入重要议事日程,构建了“主要领导亲自抓、分管领导具体抓、各股室协同落实”的工作机制。严格执行
`;
const AERSHAN = `阿尔山市卫生健康委员会2025年
政府信息公开工作年度报告
按照《中华人民共和国政府信息公开条例》(国务院令第711号)要求,现向社会公布阿尔山市卫生健康委员会2025年度政府信息公开工作年度报告。本报告包括2025年度政府信息公开工作总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,因政府信息公开工作被申请行政复议、提起行政诉讼情况,政府信息公开工作存在的主要问题和改进情况,其他需要报告的事项等6项内容。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。如对本年度报告有疑问,请与阿尔山市卫生健康委员会联系(电话:0482-7122361)。
一、总体情况
2025年,阿尔山市卫生健康委员会高度重视政府信息公开工作,严格落实《条例》要求,将其纳入年度重点工作,通过顶层规划、股室联动、规范流程,持续提升公开质量与效率,全力保障公众知情权、参与权和监督权。
(一)主动公开情况
2025年度市卫健委聚焦卫生健康核心业务,明确公开范围与重点,实现信息精准推送。全年主动公开各类政府信息70条,涵盖机构职能、政策文件、财政预决算、行政执法、公共卫生服务、民生保障等关键领域。其中,公开行政规范性文件7件、医疗卫生服务体系建设信息9条、疫情防控及健康科普信息13条、“双随机、一公开”检查结果14条,在账号“阿尔山市卫生健康委员会”的微信公众号上主动公开各类信息115条,确保信息公开与卫生健康中心工作同频共振。
(二)依申请公开情况
2025年度有1件依申请公开信息。
(三)政府信息管理情况
市卫健委贯彻落实《中华人民共和国政府信息公开条例》文件要求,建立健全政府信息管理机制,规范文件起草、审核、发布、更新流程,落实“谁起草、谁公开
`;
const QINGSHI = `青石县卫生健康局2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况
全年通过青石县人民政府门户网站主动公开政策文件12条,工作动态30条,通知公告9条。通过“健康青石”微信公众号发布信息88篇。
(二)依申请公开情况
全年共收到政府信息公开申请2件,均已按期答复。
`;
const WEIHAI = `威海市教育局2025年政府信息公开工作年度报告
发布时间:2026-01-16 14:07:45

根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)要求,结合2025年威海市教育局(市委教育工委)(以下简称“市教育局”)政府信息公开工作实际,编制发布本报告。

本报告内容包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他事项,以及相关指标统计附表等。报告中所列数据统计期限从2025年1月1日到12月31日止。报告电子版可从威海市教育局网站(http://jyj.weihai.gov.cn)查阅或下载。公众如需进一步咨询了解相关信息,请与市教育局办公室联系(地址:威海市文化中路72号,电话:0631-5819831)

一、总体情况

2025年,市教育局深入贯彻落实国家、省、市关于政务公开工作部署要求,坚持以提升政务公开质量和实效为目标,持续深化重点领域信息公开,不断优化公开平台功能,强化信息管理规范,提升教育治理透明度与公众参与度,为促进教育公平、提升教育质量营造良好环境。

一是主动公开持续深化。聚焦社会关切,持续拓展公开范围与深度。强化重点领域信息发布,围绕学前教育普惠发展、“双减”、教师队伍建设等重点工作,及时发布政策文件及成效信息。依托门户网站互动栏目、政务新媒体等平台,积极回应群众关于招生入学、教育资助、学校管理等热点咨询。本年度累计主动公开政府信息共1688条,其中通过门户网站累计公开政府信息数767条,官方微信发布信息921条,阅读量达310余万人次。

二是依申请公开规范高效。畅通网络、信函、现
`;
const DONGLING = `东岭市教育局2025年政府信息公开工作年度报告
一、总体情况
2025年,东岭市教育局认真落实政府信息公开各项要求。全年主动公开政府信息共420条,其中通过门户网站公开政府信息180条,政务微信发布信息240条。联系电话:0531-6601234。
`;
const TONGAN = `厦门市同安区教育局2025年政府信息公开工作年度报告
    时间:2026-01-21 16:05

      2025年同安区教育局根据《中华人民共和国政府信息公开条例》(以下简称《条例》)《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)以及省、市、区关于政务公开的工作要求,认真做好政府信息公开工作,形成2025年信息公开工作报告。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开申请行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等6大方面内容。报告中所列数据的统计期限自2025年1月1日起至2025年12月31日。本报告的电子版在厦门市同安区人民政府网站信息公开栏(http://www.xmta.gov.cn)公布并提供下载。如对本报告有任何疑问,请与厦门市同安区教育局办公室联系(地址:厦门市同安区南门里39号,邮编:361100,电话:0592-7022921,电子邮箱:jyj@xmta.gov.cn)。

      一、总体情况

      2025年,同安区教育局政务公开工作坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大和二十届三中、四中全会精神,锚定“办好人民满意的教育”目标,严格落实政府信息公开工作要求,以公开促落实、以公开促规范、以公开促服务,圆满完成了年度政府信息和政务公开各项工作任务,全面提升教育政务工作透明度和公信力。

      (一)主动公开方面

      2025年,同安区教育局共主动公开政府文件40件,涵盖群众关切的招生入学、教师招聘等重点领域。在“同安教育”“同安智慧教育”微信公众号分别发布信息279篇、230篇。落实重点领域信息公开。在区政府网站开设“教育信息”专栏
`;
const QINGSHI_JYJ = `青石县教育局2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开方面
2025年,青石县教育局在“青石教育”“青石发布”“青石家长”公众号分别发布信息12篇、30篇、8篇。
`;
const BAIHE = `白河县卫生健康局2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况
2025年主动公开政府信息65条,其中通过政府网站公开40条,通过微信公众号发布25条。
(二)依申请公开情况
全年未收到政府信息公开申请。
`;

describe('a channel’s figures that are kinds of item', () => {
  it('the kinds listed after a channel are read as kinds published there, not as the channel’s count', () => {
    const real = extractProseFigures(
      '全年通过盘龙区人民政府门户网站主动公开行政处罚信息公示47条,行政许可信息公示1143条,医疗机构许可47条,通知公告信息46条。',
      'overview',
    );
    expect(real.map((figure) => [figure.key, figure.value, figure.channel])).toEqual([
      ['published_items', 47, '政府网站'],
      ['published_items', 1143, '政府网站'],
      ['published_items', 47, '政府网站'],
      ['published_items', 46, '政府网站'],
    ]);
    const made = extractProseFigures('全年通过县政府门户网站主动公开政策文件12条,工作动态30条,通过微信公众号发布信息88篇。', 'overview');
    expect(made.map((figure) => [figure.key, figure.value])).toEqual([
      ['published_items', 12],
      ['published_items', 30],
      ['proactive_items_by_channel', 88],
    ]);
  });

  it('quoted names side by side before 分别 each take their own count', () => {
    const real = extractProseFigures('在“同安教育”“同安智慧教育”微信公众号分别发布信息279篇、230篇。', 'overview');
    expect(real.map((figure) => [figure.label, figure.value, figure.channel])).toEqual([
      ['“同安教育”微信公众号发布信息', 279, '微信公众号'],
      ['“同安智慧教育”微信公众号发布信息', 230, '微信公众号'],
    ]);
    // An account named 发布 is no verb: all three counts are of one key.
    const made = extractProseFigures('在“青石教育”“青石发布”“青石家长”公众号分别发布信息12篇、30篇、8篇。', 'overview');
    expect(new Set(made.map((figure) => figure.key))).toEqual(new Set(['proactive_items_by_channel']));
    expect(made.map((figure) => figure.value)).toEqual([12, 30, 8]);
  });

  it('a channel’s count of information as a whole stays the channel’s count', () => {
    const figures = extractProseFigures('通过政府网站主动公开政府信息40条,通过微信公众号发布信息25条。', 'overview');
    expect(figures.map((figure) => [figure.key, figure.value, figure.channel])).toEqual([
      ['proactive_items_by_channel', 40, '政府网站'],
      ['proactive_items_by_channel', 25, '微信公众号'],
    ]);
    // Each way's count of information as a whole after it (政务微信公开政府信息数1条) is another way's, not a kind of item.
    const ways = extractProseFigures('其中政府网站公开政府信息数28条,政务微信公开政府信息数1条,其他方式公开政府信息数49条。', 'overview');
    expect(ways.map((figure) => [figure.key, figure.value, figure.channel])[0]).toEqual(['proactive_items_by_channel', 28, '政府网站']);
  });
});

describe('real 卫生健康 pages of 2025 and made-up second examples', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['panlong-wjj-2025.txt', PANLONG],
      ['lufeng-wjj-2025.txt', LUFENG],
      ['aershan-wjw-2025.txt', AERSHAN],
      ['qingshi-wjj-2025.txt', QINGSHI],
      ['baihe-wjj-2025.txt', BAIHE],
      ['weihai-jyj-2025.txt', WEIHAI],
      ['dongling-jyj-2025.txt', DONGLING],
      ['tongan-jyj-2025.txt', TONGAN],
      ['qingshi-jyj-2025.txt', QINGSHI_JYJ],
    ]);
  });
  afterAll(() => app?.dispose());
  let users = 0;
  const ask = (q: string) => app.engine.ask(q, { user: `probe18:${(users += 1)}` });

  it.each([
    ['盘龙区卫健局在政府网站上公开了多少条信息', [47, 1143, 47, 46]],
    ['青石县卫健局门户网站发了几条', [12, 30, 9]],
  ])('%s: the kinds the site carried, none of them as its whole', (q, values) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual(values);
    expect(answer.answer.split('\n')[0]).toContain('报告写明');
  });

  it.each([
    ['禄丰跟盘龙比谁主动公开的多', '昆明市盘龙区卫生健康局'],
    ['白河县卫健局和青石县卫健局谁主动公开的多', '青石县卫生健康局'],
  ])('%s: one side states no total, so no verdict', (q, missing) => {
    const answer = ask(q);
    expect(answer.answer.split('\n')[0]).toBe(`无法比较：${missing}的报告没有写明主动公开信息的总数。`);
    expect(answer.answer).not.toMatch(/比较：.*多/);
  });

  it.each([
    ['禄丰和盘龙哪个收到申请多', '比较：昆明市盘龙区卫生健康局最多（6条），比禄丰市卫生健康局多6条'],
    ['白河、青石哪个收到的申请多', '比较：青石县卫生健康局最多（2件），比白河县卫生健康局多2件'],
  ])('%s: which of the two named', (q, verdict) => {
    expect(ask(q).answer.split('\n')[0]).toContain(verdict);
  });

  it('a region with 哪个 and no name joined before it still asks among the region’s agencies', () => {
    expect(new AgencyIndex(app.reports).find('盘龙哪个局收到申请最多')).toEqual([]);
  });

  it.each([
    ['威海教育局公众号发了多少', 921],
    ['威海教育局公众号推送了几条', 921],
    ['东岭市教育局公众号推送了多少条', 240],
  ])('%s → %i: 官方微信 / 政务微信 is the account asked, and pushing is publishing', (q, value) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([value]);
  });

  it.each([
    ['威海市教育局去年信息公开得怎么样', '威海市教育局2025年报告要点'],
    ['东岭市教育局政务公开工作做得好不好', '东岭市教育局2025年报告要点'],
  ])('%s: the report’s overview', (q, lead) => {
    expect(ask(q).answer).toContain(lead);
  });

  it.each([
    ['威海市教育局去年信息公开得怎么样', '市教育局的网址', 'http://jyj.weihai.gov.cn'],
    ['东岭市教育局政务公开工作做得好不好', '那市教育局电话呢', '0531-6601234'],
  ])('%s, then %s: the kind with the remembered agency’s level is that agency', (first, second, printed) => {
    const user = `probe18-kind:${first}`;
    app.engine.ask(first, { user });
    const answer = app.engine.ask(second, { user });
    expect(answer.kind).toBe('text');
    expect(answer.answer).toContain(printed);
  });

  it('a kind with another level than the remembered agency’s still asks which', () => {
    const user = 'probe18-kind:other-level';
    app.engine.ask('威海市教育局去年信息公开得怎么样', { user });
    expect(app.engine.ask('区教育局的网址', { user }).kind).not.toBe('text');
  });

  it('两个公众号一共 over a 分别 list of two quoted accounts adds both, never says the second is not written', () => {
    const sum = ask('同安区教育局两个公众号一共发了多少篇');
    expect(sum.answer).toContain('两项合计509篇');
    expect(sum.answer).not.toContain('没有写第二个');
    const which = ask('同安区教育局两个公众号哪个发得多');
    expect(which.answer).toContain('“同安教育”微信公众号更多（279篇对230篇）');
  });
});

/**
 * wrongfig51's classes (real-questions-wrongfig51's wrong figures and misreadings), on a made-up report with table 三 whose
 * prose counts the applications by channel: 法人申请的有没有 / 法人有申请吗 / 企业来申请过没有 / 有没有公民申请 ask the table's
 * applicant column (没有, 0件), never 有 read from the prose's 收到公民、法人和其他组织政府信息公开申请7件 (公民、法人和其他组织 is
 * every applicant, not the column asked); 网上申请几件 / 写信申请的呢 against 网络申请2件 / 信函申请5件 are the prose's counts in
 * the report's word for that way of applying, never "报告没有按申请渠道分列" over the table's total.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const BODY = [
  '根据《中华人民共和国政府信息公开条例》《福建省政府信息公开办法》要求，结合我局实际，编制2023年政府信息公开工作年度报',
  '告。本报告全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在',
  '的主要问题及改进情况、其他需要报告的事项六个部分组成。本报告中所列数据的统计期限为2023年1月1日至2023年12月3',
  '1日。本报告的电子版在青禾县党工委管委会政府门户网站（http://www.qinghe.example/）公布。如对本',
  '报告有任何疑问，请与青禾县行政服务局办公室联系，联系地址：青禾县商务营运中心7号楼4层；邮编：350400；电话：059',
  '1-23153022。一、总体情况2023年以来，在区党工委、管委会的坚强领导下，县行政服务局坚持以习近平新时代中国特色',
  '社会主义思想为指导，围绕深化“放管服”改革，优化审批服务环境，全面推进政府信息公开工作标准化、规范化、便利化，提高政策解',
  '读质量、回应社会关切，更好发挥以公开促发展、优服务、强监管的作用。（一）主动公开情况。县行政服务局认真落实政府信息公开主',
  '体责任，坚持以公开为常态、不公开为例外原则，紧紧围绕行政审批重点工作，加大政策发布力度，创新政策解读形式，持续提升政务公',
  '开工作水平和效能。2023年，主动公开政府信息312条，重大建设项目类信息280条，规范性文件类信息5条，行政许可类信息',
  '3条。其他应主动公开的政府信息24条。（二）依申请公开情况。收到公民、法人和其他组织政府信息公开申请7件，按照《条例》要',
  '求，及时规范答复7件。从申请方式看，网络申请2件，占29%；信函申请5件，占71%；申请内容涉及项目审批信息、工商登记信',
  '息、不动产登记信息等。因依申请公开引发行政复议1起、行政诉讼1起，分别被驳回行政复议申请和裁定按照撤诉处理。（三）政府信',
  '息管理情况。全面梳理了我局现行有效的规范性文件16件，在“行政规范性文件”栏目下公开。2023年，我局制定规范性文件5件',
  '，全部完成图文解读，解读文件均与规范性文件对应关联。（四）平台建设情况。不断扩大“青禾县行政服务局”微信公众号影响力和传',
  '播力，一方面，紧紧围绕数字经济、审批制度改革及群众关心关切等重点工作，通过微信公众号加大信息发布力度；另一方面，及时转载',
  '中央媒体重点报道，在微信公众号里设置“转载”栏目，及时转载习近平总书记重要讲话、重要文章、政务活动以及党中央、国务院重大',
  '决策部署。2023年，“青禾县行政服务局”微信公众号共发布信息435条，阅读量2.9万余次，关注人数1022人。（五）监',
  '督保障情况。一是进一步完善政府信息公开审核制度，把公开审查纳入公文制发流程，从信息制定的源头加强对拟公开信息的审核把关，',
  '确保发布信息不涉密、不泄密。二是定期通过自查和第三方评估，加强对已发布政府信息进行检查，发现问题立即整改，并在局内部通报',
  '。三是通过门户网站上的网上调查与互动交流栏目，加强与群众的沟通交流，不断提升政府信息公开工作水平。二、主动公开政府信息情',
  '况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件5416第二十条第（五）项信息内',
  '容本年处理决定数量行政许可3第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制0第二十条第（八）项信息内容本年',
  '收费金额（单位：万元）行政事业性收费0三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于',
  '第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公',
  '开申请数量7000007二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开0000000（二',
  '）部分公开（区分处理的，只计这一情形，不计其他情形）1000001（三）不予公开1.属于国家秘密00000002.其他法',
  '律行政法规禁止公开00000003.危及“三安全一稳定”00000004.保护第三方合法权益00000005.属于三类内',
  '部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷00000008.属于行政查询事项200',
  '0002（四）无法提供1.本机关不掌握相关政府信息40000042.没有现成信息需要另行制作00000003.补正后申请',
  '内容仍不明确0000000（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出',
  '版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000（六）其',
  '他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请00000002.申请人逾期未按收费通知要求缴纳',
  '费用、行政机关不再处理其政府信息公开申请00000003.其他0000000（七）总计7000007四、结转下年度继续办',
  '理0000000四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起',
  '诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计100010000000101五、存',
  '在的主要问题及改进情况2023年，我局针对2022年政府信息公开工作中存在的政策解读质量不高问题，进行了整改和提升，政策',
  '解读内容已全面完善，并以文字解读与图片解读形式同步发布。但在工作中发现还存在一些问题，例如：政务新媒体信息发布量较小，政',
  '策解读形式有待丰富，互动交流群众参与率较低等。下一步，我局将认真贯彻落实党中央、国务院关于政府信息公开工作的决策部署，加',
  '强学习宣传，提高政策解读质量、强化政民互动，充分运用政务新媒体，进一步提升政府信息公开、解读回应、互动交流的整体水平。六',
  '、其他需要报告的事项按照《国务院办公厅关于印发<政府信息公开信息处理费管理办法>的通知》（国办函〔2020〕109号）规',
  '定的按件、按量收费标准，本年度没有产生信息公开处理费。',
].join('');

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(四)平台建设
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'service.txt': `青禾县行政服务局2023年政府信息公开工作年度报告\n${BODY}\n`,
  'farming.txt': cut(
    '澄江省林业和草原厅2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,我厅通过省政府网站信息公开专栏和厅网站主动公开各类信息8120条,其中,省政府网站信息公开专栏信息更新2310条,厅网站公开各类政务动态信息5810条。加大图文解读力度,在厅网站“政策解读”专栏发布政策解读文件37篇。\n(二)依申请公开情况\n2024年共收到申请9件。',
  ),
  'city.txt': cut(
    '澄江市城市管理委员会2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,我委主动公开政府信息214条。利用微信公众号发布工作动态58条,数字澄江网站发布工作动态33条,通过新闻媒体发布报道文章96篇次。\n(二)依申请公开情况\n2024年共收到申请2件。',
  ),
  'rules.txt': cut(
    '澄江县司法局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,主动公开政府信息88条。\n(二)政府信息管理情况\n全面梳理了我局现行有效的规范性文件12件。2024年,我局制定规范性文件3件,全部完成解读。\n(三)依申请公开\n2024年共收到申请1件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig51 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('an applicant kind asked yes or no after its noun is the table column, never the prose total of every applicant', async () => {
    for (const question of ['法人申请的有没有', '法人有申请吗', '企业来申请过没有', '科研机构申请过吗', '有没有法人或其他组织申请']) {
      const answer = await app.ask(`青禾县行政服务局2023年${question}`);
      expect(answer.answer, question).toMatch(/^没有/);
      expect(values(answer), question).not.toContain(7);
    }
    for (const question of ['有没有公民申请', '自然人申请的有没有']) {
      const answer = await app.ask(`青禾县行政服务局2023年${question}`);
      expect(answer.answer, question).toMatch(/^有/);
      expect(answer.answer, question).toContain('自然人');
    }
    const [, asked] = await converse(app, 'w51-legal', ['青禾县行政服务局23年收到几个信息公开申请', '法人申请的有没有']);
    expect(asked.answer).toMatch(/^没有/);
    expect(values(asked)).not.toContain(7);
  });

  it("a way of applying asked in other words (网上, 写信) is the prose count in the report's word (网络, 信函)", async () => {
    const online = await app.ask('青禾县行政服务局2023年网上申请的几件');
    expect(values(online)).toEqual([2]);
    expect(online.answer).not.toContain('没有按申请渠道分列');
    const [, byLetter] = await converse(app, 'w51-channel', ['青禾县行政服务局2023年网上申请的几件', '写信申请的呢']);
    expect(values(byLetter)).toEqual([5]);
    // A way the prose does not count (当面) is still said unstated, the table's total given as what it is.
    const inPerson = await app.ask('青禾县行政服务局2023年当面申请几件');
    expect(inPerson.answer).toContain('没有按申请渠道分列');
  });

  it('厅网站呢 after a total split by channel is that site part of it, never another count the site carried (政策解读37篇)', async () => {
    const [total, site] = await converse(app, 'w51-site', ['澄江省林业和草原厅2024年主动公开多少条信息', '其中厅网站的呢']);
    expect(values(total)).toContain(8120);
    expect(values(site)).toEqual([5810]);
  });

  it('网站呢 / 数字澄江网站呢 after a channel count read from a sentence is that count of the other channel, not the rules', async () => {
    for (const follow of ['网站呢', '数字澄江网站呢']) {
      const [account, site] = await converse(app, `w51-${follow}`, ['澄江市城管委2024年微信公众号发布工作动态多少条', follow]);
      expect(values(account)).toEqual([58]);
      expect(site.kind, follow).toBe('figure');
      expect(values(site), follow).toEqual([33]);
    }
  });

  it('a table 二 column asked after its row, the table cut, is the clause naming that column and row, never refused', async () => {
    const [inForce, issued, repealed] = await converse(app, 'w51-rules', [
      '澄江县司法局2024年现行有效的规范性文件几件',
      '当年制定的几件',
      '废止了几件',
    ]);
    expect(values(inForce)).toEqual([12]);
    expect(values(issued)).toEqual([3]);
    // No clause says how many were repealed: no figure, neither 12 nor 3.
    expect(values(repealed)).toEqual([]);
  });
});

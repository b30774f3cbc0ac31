/**
 * wrongfig53's classes (wrong figures a probe found asking every hand-read report's cells and prose in citizens' words, with
 * names mistyped and follow-ups), on made-up reports: applications named by their outcome in a clause (公开了的申请几件,
 * 没公开的申请, and 那公开了的呢 / 那不公开的呢 said alone after a count of applications) are 予以公开 / 不予公开, never the
 * 新收 count the question's 申请 names or the count asked before again; an agency's name typed with one character slipped for
 * another of the same syllable (青兰县 for 青岚县, 澄疆市 for 澄江市) is written as the name before the question is read, so the
 * slip's words choose no other sentence and a bare name of another place (柳溪镇人民政府) is not answered; 那2024年呢 in reply
 * to a refusal that offered one agency (有年度报告的…：X（2023、2024年）) asks X of that year, never the year asked before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const BODY = [
  '根据《中华人民共和国政府信息公开条例》《闽江省政府信息公开办法》要求，结合我局实际，编制2023年政府信息公开工作年度报',
  '告。本报告全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在',
  '的主要问题及改进情况、其他需要报告的事项六个部分组成。本报告中所列数据的统计期限为2023年1月1日至2023年12月3',
  '1日。本报告的电子版在青岚县党工委管委会政府门户网站（http://www.qinglan.example/）公布。如对本',
  '报告有任何疑问，请与青岚县行政服务局办公室联系，联系地址：青岚县商务营运中心7号楼4层；邮编：350400；电话：059',
  '1-23153022。一、总体情况2023年以来，在区党工委、管委会的坚强领导下，县行政服务局坚持以习近平新时代中国特色',
  '社会主义思想为指导，围绕深化“放管服”改革，优化审批服务环境，全面推进政府信息公开工作标准化、规范化、便利化，提高政策解',
  '读质量、回应社会关切，更好发挥以公开促发展、优服务、强监管的作用。（一）主动公开情况。县行政服务局认真落实政府信息公开主',
  '体责任，坚持以公开为常态、不公开为例外原则，紧紧围绕行政审批重点工作，加大政策发布力度，创新政策解读形式，持续提升政务公',
  '开工作水平和效能。2023年，主动公开政府信息312条，重大建设项目类信息280条，规范性文件类信息5条，行政许可类信息',
  '3条。其他应主动公开的政府信息24条。（二）依申请公开情况。收到公民、法人和其他组织政府信息公开申请7件，按照《条例》要',
  '求，及时规范答复7件。从申请方式看，网络申请2件，占29%；信函申请5件，占71%；申请内容涉及项目审批信息、工商登记信',
  '息、不动产登记信息等。因依申请公开引发行政复议1起、行政诉讼1起，分别被驳回行政复议申请和裁定按照撤诉处理。（三）政府信',
  '息管理情况。全面梳理了我局现行有效的规范性文件16件，在“行政规范性文件”栏目下公开。2023年，我局制定规范性文件5件',
  '，全部完成图文解读，解读文件均与规范性文件对应关联。（四）平台建设情况。不断扩大“青岚县行政服务局”微信公众号影响力和传',
  '播力，一方面，紧紧围绕数字经济、审批制度改革及群众关心关切等重点工作，通过微信公众号加大信息发布力度；另一方面，及时转载',
  '中央媒体重点报道，在微信公众号里设置“转载”栏目，及时转载习近平总书记重要讲话、重要文章、政务活动以及党中央、国务院重大',
  '决策部署。2023年，“青岚县行政服务局”微信公众号共发布信息435条，阅读量2.9万余次，关注人数1022人。（五）监',
  '督保障情况。一是进一步完善政府信息公开审核制度，把公开审查纳入公文制发流程，从信息制定的源头加强对拟公开信息的审核把关，',
  '确保发布信息不涉密、不泄密。二是定期通过自查和第三方评估，加强对已发布政府信息进行检查，发现问题立即整改，并在局内部通报',
  '。三是通过门户网站上的网上调查与互动交流栏目，加强与群众的沟通交流，不断提升政府信息公开工作水平。二、主动公开政府信息情',
  '况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件5416第二十条第（五）项信息内',
  '容本年处理决定数量行政许可3第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制0第二十条第（八）项信息内容本年',
  '收费金额（单位：万元）行政事业性收费0三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于',
  '第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公',
  '开申请数量7000007二、上年结转政府信息公开申请数量2000002三、本年度办理结果（一）予以公开2000002（二',
  '）部分公开（区分处理的，只计这一情形，不计其他情形）1000001（三）不予公开1.属于国家秘密00000002.其他法',
  '律行政法规禁止公开00000003.危及“三安全一稳定”00000004.保护第三方合法权益00000005.属于三类内',
  '部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷00000008.属于行政查询事项300',
  '0003（四）无法提供1.本机关不掌握相关政府信息30000032.没有现成信息需要另行制作00000003.补正后申请',
  '内容仍不明确0000000（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出',
  '版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000（六）其',
  '他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请00000002.申请人逾期未按收费通知要求缴纳',
  '费用、行政机关不再处理其政府信息公开申请00000003.其他0000000（七）总计9000009四、结转下年度继续办',
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
本报告所列数据统计期限为1月1日至12月31日。
一、总体情况
${body}
(四)平台建设
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'service.txt': `青岚县行政服务局2023年政府信息公开工作年度报告\n${BODY}\n`,
  'culture.txt': cut(
    '澄江市青岚县文化和旅游局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,全县文旅系统主动公开政府信息230条,其中县政府网站发布动态信息64条。\n(二)依申请公开情况\n2024年,本局共收到政府信息公开申请11件,其中网上申请4件,信函申请7件。',
  ),
  'city.txt': cut(
    '白鹿城市人民政府2021年政府信息公开工作年度报告',
    '(一)主动公开情况\n2021年,全市主动公开政府信息2210条。\n(二)依申请公开情况\n2021年以来,全市受理依申请公开26件,全部为自然人提出申请。其中纸质申请公开23件,网上申请公开3件。',
  ),
  'town.txt': cut(
    '澄江市柳溪镇人民政府2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,柳溪镇主动公开政府信息58条。\n(二)依申请公开情况\n2024年,本镇共收到政府信息公开申请3件。',
  ),
  'other-town.txt': cut(
    '柳溪镇人民政府2022年政府信息公开工作年度报告',
    '(一)主动公开情况\n2022年,柳溪镇主动公开政府信息17条。\n(二)依申请公开情况\n2022年,本镇未收到政府信息公开申请。',
  ),
  'nature-2023.txt': cut(
    '澄江市自然资源与生态环境局2023年政府信息公开工作年度报告',
    '(一)主动公开情况\n2023年,主动公开政府信息210条。\n(二)依申请公开情况\n2023年,共收到政府信息公开申请5件。',
  ),
  'nature-2024.txt': cut(
    '澄江市自然资源与生态环境局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,主动公开政府信息345条。\n(二)依申请公开情况\n2024年,共收到政府信息公开申请13件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig53 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('公开了的申请 / 公开的申请 are 予以公开, 没公开的 / 不公开的申请 不予公开, never the 新收 count', async () => {
    for (const question of ['公开了的申请几件', '公开的申请有多少'])
      expect(values(await app.ask(`青岚县行政服务局2023年${question}`)), question).toEqual([2]);
    for (const question of ['没公开的申请有几件', '不公开的申请几件', '没有给公开的申请几件']) {
      const answer = await app.ask(`青岚县行政服务局2023年${question}`);
      expect(values(answer), question).toContain(3);
      expect(values(answer), question).not.toContain(7);
    }
    // The rows named by their own words stay theirs.
    expect(values(await app.ask('青岚县行政服务局2023年部分公开的申请几件'))).toEqual([1]);
  });

  it('那公开了的呢 / 公开的呢 / 那不公开的呢 after a count of applications ask that outcome, not the count before again', async () => {
    for (const [follow, expected] of [
      ['那公开了的呢', 2],
      ['公开的呢', 2],
      ['那没公开的呢', 3],
      ['那不公开的呢', 3],
    ] as const) {
      const [received, outcome] = await converse(app, `w53-${follow}`, ['青岚县行政服务局2023年收到几件申请', follow]);
      expect(values(received)).toEqual([7]);
      expect(values(outcome), follow).toContain(expected);
      expect(values(outcome), follow).not.toContain(7);
    }
  });

  it('a name with one character slipped for one of its syllable is read as written right: its words pick no other sentence', async () => {
    for (const name of ['白路城市人民政府']) {
      const online = await app.ask(`${name}2021年网上申请几件`);
      expect(values(online), name).toEqual([3]);
      expect(online.answer, name).toContain('按白鹿城市人民政府理解');
    }
    const culture = await app.ask('青兰县文化和旅游局2024年网上申请几件');
    expect(values(culture)).toEqual([4]);
  });

  it('a higher place typed one syllable off names the agency it prints before the name, not a bare namesake', async () => {
    const answer = await app.ask('澄疆市柳溪镇人民政府2024年收到几件政府信息公开申请');
    expect(values(answer)).toEqual([3]);
    expect(answer.answer).toContain('按澄江市柳溪镇人民政府理解');
    // Another character, of another syllable, names another place: not mended.
    const other = await app.ask('澄海市柳溪镇人民政府2024年收到几件政府信息公开申请');
    expect(other.answer).not.toContain('按澄江市柳溪镇人民政府理解');
  });

  it('那2024年呢 in reply to a refusal offering one agency asks it of that year, not the year asked before', async () => {
    const [refused, next] = await converse(app, 'w53-year', ['青岚县自然资源与环保局2023年主动公开多少条', '那2024年呢']);
    expect(refused.kind, refused.answer).toBe('refusal');
    expect(refused.answer).toContain('澄江市自然资源与生态环境局（2023、2024年）');
    expect(values(next)).toEqual([345]);
  });
});

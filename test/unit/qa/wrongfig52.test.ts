/**
 * wrongfig52's classes (wrong figures found by probing every hand-read report with colloquial questions), on made-up reports:
 * a finishing verb other than 办完 (申请处理完了多少件, 办理完毕, 处理好了, 已经答复的申请) is the 办结 total, never the 新收
 * row the question's 申请 also names; 部分给公开 / 只公开了一部分 is 部分公开, never 予以公开; 上一年剩下的 is 上年结转;
 * 那全部公开的呢 after one agency's count is that agency's 予以公开, never a list of every agency; 多久能处理完 asks a time,
 * which no count answers; 其他多少条 after a part of a breakdown that prints its own 其他 part is that part, not the whole less
 * the last part; a bare 结转多少件 against a sentence printing both directions (2023年结转6件 … 结转2025年5件) states both; a
 * street office written under its district's government (青山区政府柳岸街道) is that office, not the district and the office;
 * 因为个人隐私不予公开几件 is the 第三方合法权益 row, never the 自然人 column of every 不予公开 row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const BODY = [
  '根据《中华人民共和国政府信息公开条例》《福建省政府信息公开办法》要求，结合我局实际，编制2023年政府信息公开工作年度报',
  '告。本报告全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在',
  '的主要问题及改进情况、其他需要报告的事项六个部分组成。本报告中所列数据的统计期限为2023年1月1日至2023年12月3',
  '1日。本报告的电子版在白溪县党工委管委会政府门户网站（http://www.baixi.example/）公布。如对本',
  '报告有任何疑问，请与白溪县行政服务局办公室联系，联系地址：白溪县商务营运中心7号楼4层；邮编：350400；电话：059',
  '1-23153022。一、总体情况2023年以来，在区党工委、管委会的坚强领导下，县行政服务局坚持以习近平新时代中国特色',
  '社会主义思想为指导，围绕深化“放管服”改革，优化审批服务环境，全面推进政府信息公开工作标准化、规范化、便利化，提高政策解',
  '读质量、回应社会关切，更好发挥以公开促发展、优服务、强监管的作用。（一）主动公开情况。县行政服务局认真落实政府信息公开主',
  '体责任，坚持以公开为常态、不公开为例外原则，紧紧围绕行政审批重点工作，加大政策发布力度，创新政策解读形式，持续提升政务公',
  '开工作水平和效能。2023年，主动公开政府信息312条，重大建设项目类信息280条，规范性文件类信息5条，行政许可类信息',
  '3条。其他应主动公开的政府信息24条。（二）依申请公开情况。收到公民、法人和其他组织政府信息公开申请7件，按照《条例》要',
  '求，及时规范答复7件。从申请方式看，网络申请2件，占29%；信函申请5件，占71%；申请内容涉及项目审批信息、工商登记信',
  '息、不动产登记信息等。因依申请公开引发行政复议1起、行政诉讼1起，分别被驳回行政复议申请和裁定按照撤诉处理。（三）政府信',
  '息管理情况。全面梳理了我局现行有效的规范性文件16件，在“行政规范性文件”栏目下公开。2023年，我局制定规范性文件5件',
  '，全部完成图文解读，解读文件均与规范性文件对应关联。（四）平台建设情况。不断扩大“白溪县行政服务局”微信公众号影响力和传',
  '播力，一方面，紧紧围绕数字经济、审批制度改革及群众关心关切等重点工作，通过微信公众号加大信息发布力度；另一方面，及时转载',
  '中央媒体重点报道，在微信公众号里设置“转载”栏目，及时转载习近平总书记重要讲话、重要文章、政务活动以及党中央、国务院重大',
  '决策部署。2023年，“白溪县行政服务局”微信公众号共发布信息435条，阅读量2.9万余次，关注人数1022人。（五）监',
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
  '部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷00000008.属于行政查询事项200',
  '0002（四）无法提供1.本机关不掌握相关政府信息40000042.没有现成信息需要另行制作00000003.补正后申请',
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
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(四)平台建设
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'service.txt': `白溪县行政服务局2023年政府信息公开工作年度报告\n${BODY}\n`,
  'health.txt': cut(
    '澄江市医疗保障局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n全年,在官方网站主动公开政府信息500条,其中医保政策文件300条,政策解读120条,其他80条。\n(二)依申请公开情况\n全年接收政府信息公开申请40件,2023年结转6件;全年办理41件,结转2025年5件。',
  ),
  'district.txt': cut(
    '澄江市青山区人民政府2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,区政府门户网站主动公开政府信息3150条。\n(二)依申请公开情况\n2024年共收到申请64件。',
  ),
  'street.txt': cut(
    '澄江市青山区人民政府柳岸街道办事处2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,柳岸街道主动公开政府信息86条,其中当面公示栏公开12条。\n(二)依申请公开情况\n2024年,本机关共收到政府信息公开申请9件,其中:当面申请3件,网络申请6件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig52 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a finishing verb (处理完, 办理完毕, 处理好, 已经答复) asks the 办结 total, never the 新收 row', async () => {
    for (const question of ['申请处理完了多少件', '办理完毕多少件申请', '处理好了几个申请', '已经答复的申请几件', '申请答复完了多少件']) {
      const answer = await app.ask(`白溪县行政服务局2023年${question}`);
      expect(values(answer), question).toEqual([9]);
    }
    // 多久能处理完 asks a time: neither count answers it.
    const howLong = await app.ask('白溪县行政服务局2023年申请多久能处理完');
    expect(values(howLong)).toEqual([]);
  });

  it('部分给公开 / 只公开了一部分 is 部分公开; 上一年剩下的 is 上年结转', async () => {
    for (const question of ['部分给公开的几件', '只公开了一部分的申请几件'])
      expect(values(await app.ask(`白溪县行政服务局2023年${question}`)), question).toEqual([1]);
    for (const question of ['上一年剩下的申请几件', '上年遗留的申请有几件'])
      expect(values(await app.ask(`白溪县行政服务局2023年${question}`)), question).toEqual([2]);
  });

  it('个人隐私 asked of what was withheld is the 第三方合法权益 row, never the 自然人 column of every 不予公开 row', async () => {
    for (const question of ['因为个人隐私不予公开几件', '涉及商业秘密个人隐私不公开的几件']) {
      const answer = await app.ask(`白溪县行政服务局2023年${question}`);
      expect(values(answer), question).toEqual([0]);
      expect(answer.answer, question).toContain('第三方');
    }
  });

  it('那全部公开的呢 after one agency’s count is its 予以公开, never a list across agencies', async () => {
    const [, granted] = await converse(app, 'w52-all', ['白溪县行政服务局2023年收到几件申请', '那全部公开的呢']);
    expect(values(granted)).toEqual([2]);
  });

  it('其他多少条 after a part is the 其他 part the sentence prints; 剩下的呢 after the first part is still the whole less it', async () => {
    const [, , , other] = await converse(app, 'w52-other', [
      '澄江市医保局2024年官方网站主动公开政府信息多少条',
      '医保政策文件多少条',
      '政策解读多少条',
      '其他多少条',
    ]);
    expect(values(other)).toEqual([80]);
    const [, , rest] = await converse(app, 'w52-rest', [
      '澄江市医保局2024年官方网站主动公开政府信息多少条',
      '医保政策文件多少条',
      '剩下的呢',
    ]);
    expect(rest.answer).toContain('200');
  });

  it('a bare 结转多少件 states the count carried in as well as the one carried on when a sentence prints both', async () => {
    const answer = await app.ask('澄江市医疗保障局2024年结转多少件');
    expect(values(answer)).toEqual(expect.arrayContaining([6, 5]));
    expect(answer.answer).not.toContain('没有写明');
  });

  it('a street office written under its district government is that office, not the district', async () => {
    for (const name of ['青山区政府柳岸街道', '青山区人民政府柳岸街道']) {
      const answer = await app.ask(`${name}24年网络申请多少件`);
      expect(values(answer), name).toEqual([6]);
      expect(answer.answer, name).toContain('柳岸街道');
      const published = await app.ask(`${name}2024年主动公开政府信息多少条`);
      expect(values(published), name).toContain(86);
      expect(published.answer, name).not.toContain('3150');
    }
  });
});

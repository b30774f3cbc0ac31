/**
 * wrongfig54's classes (wrong figures and refusals a probe found asking every hand-read report's figures in three- and
 * four-step conversations), on made-up reports: 其中法人呢 after a count of applications is table 三's 法人或其他组织 columns
 * together, as 法人呢 is (not a refusal, and never the overview's 收到公民、法人和其他组织…申请7件, which counts everyone);
 * 收到的申请呢 after a count only a sentence states in another measure (召开新闻发布会4场) asks the applications in their
 * own measure, never 没有，0场 read from a clause that says something else was not received (未收到…补正); 那制发政府信息呢
 * (searched as 制发政府信息多少, a noun before a bare 多少) asks a count, never the share the sentence prints beside it (占…83.81%).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const BODY = [
  '根据《中华人民共和国政府信息公开条例》《赣川省政府信息公开办法》要求，结合我局实际，编制2023年政府信息公开工作年度报',
  '告。本报告全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在',
  '的主要问题及改进情况、其他需要报告的事项六个部分组成。本报告中所列数据的统计期限为2023年1月1日至2023年12月3',
  '1日。本报告的电子版在松岗县党工委管委会政府门户网站（http://www.songgang.example/）公布。如对本',
  '报告有任何疑问，请与松岗县人力资源局办公室联系，联系地址：松岗县商务营运中心7号楼4层；邮编：350400；电话：059',
  '1-23153022。一、总体情况2023年以来，在区党工委、管委会的坚强领导下，县人力资源局坚持以习近平新时代中国特色',
  '社会主义思想为指导，围绕深化“放管服”改革，优化审批服务环境，全面推进政府信息公开工作标准化、规范化、便利化，提高政策解',
  '读质量、回应社会关切，更好发挥以公开促发展、优服务、强监管的作用。（一）主动公开情况。县人力资源局认真落实政府信息公开主',
  '体责任，坚持以公开为常态、不公开为例外原则，紧紧围绕行政审批重点工作，加大政策发布力度，创新政策解读形式，持续提升政务公',
  '开工作水平和效能。2023年，主动公开政府信息312条，重大建设项目类信息280条，规范性文件类信息5条，行政许可类信息',
  '3条。其他应主动公开的政府信息24条。（二）依申请公开情况。收到公民、法人和其他组织政府信息公开申请7件，按照《条例》要',
  '求，及时规范答复7件。从申请方式看，网络申请2件，占29%；信函申请5件，占71%；申请内容涉及项目审批信息、工商登记信',
  '息、不动产登记信息等。因依申请公开引发行政复议1起、行政诉讼1起，分别被驳回行政复议申请和裁定按照撤诉处理。（三）政府信',
  '息管理情况。全面梳理了我局现行有效的规范性文件16件，在“行政规范性文件”栏目下公开。2023年，我局制定规范性文件5件',
  '，全部完成图文解读，解读文件均与规范性文件对应关联。（四）平台建设情况。不断扩大“松岗县人力资源局”微信公众号影响力和传',
  '播力，一方面，紧紧围绕数字经济、审批制度改革及群众关心关切等重点工作，通过微信公众号加大信息发布力度；另一方面，及时转载',
  '中央媒体重点报道，在微信公众号里设置“转载”栏目，及时转载习近平总书记重要讲话、重要文章、政务活动以及党中央、国务院重大',
  '决策部署。2023年，“松岗县人力资源局”微信公众号共发布信息435条，阅读量2.9万余次，关注人数1022人。（五）监',
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
  'labour.txt': `松岗县人力资源局2023年政府信息公开工作年度报告\n${BODY}\n`,
  'police.txt': cut(
    '松岗县公安局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n全年累计公开公安政府信息96条，全文电子化达100%。同时，全年召开新闻发布会4场，发布民意征集2期。\n(二)依申请公开情况\n2024年，我局收到政府信息公开申请2件，已按照相关法规作出补正告知，目前未收到该申请人提交的补正，结转下年度办理。',
  ),
  // A full report (table 三 answers 收到几件申请) whose overview prints a share beside the count of what was made.
  'economy.txt': `松岗县经济发展局2023年政府信息公开工作年度报告\n${BODY.replace(
    '不断提升政府信息公开工作水平。二、',
    '不断提升政府信息公开工作水平。2023年，共制发政府信息340条，其中，主动公开政府信息312条、依申请公开20条、不予公开8条，主动公开及依申请公开政府信息总条数占总制发信息的97.60%，与2022年基本持平。二、',
  )}\n`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig54 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('其中法人呢 after a count of applications is the organisation columns together, not everyone the overview counts', async () => {
    for (const [first, follow] of [
      ['松岗县人力资源局2023年收到几件申请', '其中法人呢'],
      ['松岗县人力资源局2023年主动公开政府信息多少条', '其中法人呢'],
    ] as const) {
      const lines = first.includes('主动公开') ? [first, '那收到的申请呢', follow] : [first, follow];
      const answers = await converse(app, `w54-legal-${lines.length}`, lines);
      const legal = answers[answers.length - 1];
      expect(legal.kind, legal.answer).toBe('figure');
      expect(values(legal).length, follow).toBeGreaterThan(0);
      expect(new Set(values(legal)), follow).toEqual(new Set([0]));
      expect(legal.answer).toContain('法人或其他组织');
    }
    // The same with another part word, and 自然人 still its own column.
    const [, inside, natural] = await converse(app, 'w54-legal-inside', ['松岗县人力资源局2023年收到几件申请', '里面法人呢', '自然人呢']);
    expect(new Set(values(inside))).toEqual(new Set([0]));
    expect(values(natural)).toEqual([7]);
  });

  it('收到的申请呢 after a count in 场 asks the applications in 件, never 没有，0场 from a clause of something else not received', async () => {
    for (const follow of ['收到的申请呢', '那收到的申请呢']) {
      const [meetings, received] = await converse(app, `w54-unit-${follow}`, ['松岗县公安局2024年召开新闻发布会多少场', follow]);
      expect(values(meetings)).toEqual([4]);
      expect(values(received), received.answer).toEqual([2]);
      expect(received.answer).not.toContain('0场');
    }
  });

  it('制发信息多少 (or 那制发政府信息呢 after a count) asks the count of that thing, never the percentage printed beside it', async () => {
    for (const question of ['松岗县经济发展局2023年制发信息多少', '松岗县经济发展局2023年制发政府信息多少']) {
      const made = await app.ask(question);
      expect(values(made), made.answer).toEqual([340]);
      expect(made.answer.split('原文')[0], question).not.toContain('%');
    }
    const [received, made] = await converse(app, 'w54-share', ['松岗县经济发展局2023年收到几件申请', '那制发政府信息呢']);
    expect(values(received)).toEqual([7]);
    expect(values(made), made.answer).toEqual([340]);
  });
});

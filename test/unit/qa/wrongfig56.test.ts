/**
 * wrongfig56's classes (wrong figures and refusals a probe over every hand-read report found, asking sums, shares, table 三's
 * rows in everyday words and table 四's outcomes), on a made-up report: 官司输了吗 / 复议赢了吗 / 败诉了没有 is answered from
 * table 四's outcome columns (结果纠正 for a loss, 结果维持 for a win), never 有 from the count of cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableOutcomeVerdict } from '../../../src/qa/table-outcome.js';
import { tableRowsAdd } from '../../../src/qa/table-sum.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const row = (label: string, cells: readonly number[]) => `${label}\t${cells.join('\t')}`;
const zero = [0, 0, 0, 0, 0, 0, 0];
const HANDLING = [
  ['\t(一) 予以公开', [6, 2, 0, 1, 1, 0, 10]],
  ['\t(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)', [2, 1, 0, 0, 0, 0, 3]],
  ['\t(三) 不予公开\t1.属于国家秘密', zero],
  ['\t\t2.其他法律行政法规禁止公开', zero],
  ['\t\t3.危及“三安全一稳定”', zero],
  ['\t\t4.保护第三方合法权益', zero],
  ['\t\t5.属于三类内部事务信息', zero],
  ['\t\t6.属于四类过程性信息', zero],
  ['\t\t7.属于行政执法案卷', zero],
  ['\t\t8.属于行政查询事项', zero],
  ['\t(四) 无法提供\t1.本机关不掌握相关政府信息', [1, 0, 0, 0, 1, 0, 2]],
  ['\t\t2.没有现成信息需要另行制作', [1, 0, 0, 0, 0, 0, 1]],
  ['\t\t3.补正后申请内容仍不明确', [0, 1, 0, 0, 0, 0, 1]],
  ['\t(五) 不予处理\t1.信访举报投诉类申请', [1, 0, 0, 0, 0, 0, 1]],
  ['\t\t2.重复申请', zero],
  ['\t\t3.要求提供公开出版物', zero],
  ['\t\t4.无正当理由大量反复申请', zero],
  ['\t\t5.要求行政机关确认或重新出具已获取信息', zero],
  ['\t(六) 其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', zero],
  ['\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', zero],
  ['3.其他\t', zero],
] as const;

const REPORT = [
  '白鹭镇人民政府2023年政府信息公开工作年度报告',
  '本报告统计数据从2023年1月1日至2023年12月31日。',
  '一、总体情况',
  '2023年，我镇主动公开政府信息88条。全年共收到政府信息公开申请19件。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t0\t0\t0',
  '行政规范性文件\t3\t1\t12',
  '第二十条第（五）项',
  '信息内容\t本年处理决定数量',
  '行政许可\t150',
  '第二十条第（六）项',
  '信息内容\t本年处理决定数量',
  '行政处罚\t40',
  '行政强制\t0',
  '第二十条第（八）项',
  '信息内容\t本年收费金额（单位：万元）',
  '行政事业性收费\t0',
  '三、收到和处理政府信息公开申请情况',
  '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t\t总计',
  '\t\t自然人\t法人或其他组织',
  '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
  row('一、本年新收政府信息公开申请数量\t', [12, 4, 0, 1, 2, 0, 19]),
  row('二、上年结转政府信息公开申请数量\t', [1, 0, 0, 0, 0, 0, 1]),
  row(`三、本年度办理结果${HANDLING[0][0]}`, HANDLING[0][1]),
  ...HANDLING.slice(1).map(([label, cells]) => row(label, cells)),
  row('(七) 总计', [11, 4, 0, 1, 2, 0, 18]),
  row('四、结转下年度继续办理\t', [2, 0, 0, 0, 0, 0, 2]),
  '四、政府信息公开行政复议、行政诉讼情况',
  '行政复议\t\t\t\t\t行政诉讼',
  '结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
  '\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计',
  '0\t1\t2\t0\t3\t4\t0\t0\t0\t4\t0\t0\t1\t0\t1',
  '五、存在的主要问题及改进情况',
  '政策解读形式有待丰富。',
  '六、其他需要报告的事项',
  '本年度没有产生信息公开处理费。',
].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig56 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['town.txt', REPORT]]);
  });
  afterAll(() => app.dispose());

  it('the table reads as made up', async () => {
    const received = await app.ask('白鹭镇人民政府2023年收到几件申请');
    expect(values(received)).toEqual([19]);
    const review = await app.ask('白鹭镇人民政府2023年行政复议几件');
    expect(values(review)).toContain(3);
  });

  it("table 三's rows asked in everyday words are those rows, never refused nor a count of published information", async () => {
    for (const [question, value, label] of [
      ['白鹭镇人民政府2023年没公开的有几件', 0, '不予公开'],
      ['白鹭镇人民政府2023年拒绝公开的一共多少件', 0, '不予公开'],
      ['白鹭镇人民政府2023年不处理的有几件', 1, '不予处理'],
      ['白鹭镇人民政府2023年要求加工的几件', 1, '另行制作'],
      ['白鹭镇人民政府2023年要他们加工信息的几件', 1, '另行制作'],
      ['白鹭镇人民政府2023年说不清楚要什么的几件', 1, '仍不明确'],
      ['白鹭镇人民政府2023年信访类的几件', 1, '信访举报投诉'],
    ] as const) {
      const answer = await app.ask(question);
      expect(answer.kind, `${question}: ${answer.answer}`).toBe('figure');
      expect(values(answer)[0], `${question}: ${answer.answer}`).toBe(value);
      expect(answer.answer, question).toContain(label);
      expect(values(answer), question).not.toContain(88);
    }
    const [, petition, unclear] = await converse(app, 'w56-rows', [
      '白鹭镇人民政府2023年收到几件申请',
      '那信访类的呢',
      '那说不清楚要什么的呢',
    ]);
    expect(petition.answer).toContain('信访举报投诉');
    const [, notHeld] = await converse(app, 'w56-not-held', ['白鹭镇人民政府2023年收到几件申请', '那找不到的信息的呢']);
    expect(notHeld.kind, notHeld.answer).toBe('figure');
    expect(values(notHeld)).toEqual([2]);
    expect(values(unclear)).toEqual([1]);
  });

  it('两个加起来呢 after two outcome rows of table 三 asked one by one is their sum; a received and a handled count are not added', async () => {
    for (const follow of ['两个加起来呢', '加起来一共多少', '两项一共几件']) {
      const [, , sum] = await converse(app, `w56-sum-${follow}`, ['白鹭镇人民政府2023年予以公开几件', '那部分公开的呢', follow]);
      expect(sum.kind, sum.answer).toBe('figure');
      expect(values(sum), sum.answer).toContain(13);
    }
    const [, , mixed] = await converse(app, 'w56-sum-mixed', ['白鹭镇人民政府2023年收到几件申请', '予以公开呢', '两项一共几件']);
    expect(values(mixed), mixed.answer).not.toContain(29);
  });

  it('输了吗 / 赢了吗 of table 四 is read from its outcome columns, never 有 from the count', async () => {
    for (const [question, lead] of [
      ['白鹭镇人民政府2023年官司输了吗', '没有，结果纠正为0'],
      ['白鹭镇人民政府2023年打官司败诉了吗', '没有，结果纠正为0'],
      ['白鹭镇人民政府2023年复议输了没有', '有，结果纠正1件'],
      ['白鹭镇人民政府2023年复议被纠正了吗', '有，结果纠正1件'],
      ['白鹭镇人民政府2023年复议赢了吗', '没有，结果维持为0'],
      ['白鹭镇人民政府2023年官司打赢了吗', '有，结果维持4件'],
    ] as const) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('figure');
      expect(answer.answer.startsWith(lead), `${question}: ${answer.answer}`).toBe(true);
    }
    const lost = await app.ask('白鹭镇人民政府2023年官司输了吗');
    expect(lost.answer).toContain('其他结果1件');
    expect(lost.answer).toContain('这里按“结果纠正”回答');
  });

  it('输了吗 after 被告了几次 is the 结果纠正 of the lawsuits, not 有 from their count', async () => {
    const [count, lost] = await converse(app, 'w56-lost', ['白鹭镇人民政府2023年被告了几次', '输了吗']);
    expect(values(count)).toContain(5);
    expect(lost.answer.startsWith('没有，结果纠正为0'), lost.answer).toBe(true);
    const [, won] = await converse(app, 'w56-won', ['白鹭镇人民政府2023年被申请复议几次', '赢了吗']);
    expect(won.answer.startsWith('没有，结果维持为0'), won.answer).toBe(true);
  });

  it('a 总计 of 0 beside an outcome printed (共0件，其中结果维持1件) is not said to be no case', () => {
    const fact = (key: string, value: number) => ({ key, value, agency: '某局', year: 2024 });
    const facts = ['upheld', 'corrected', 'other', 'pending', 'total'].map((column, index) =>
      fact(`review.${column}`, [1, 0, 0, 0, 0][index]),
    );
    expect(tableOutcomeVerdict('复议输了没有', facts)).toBe(
      '没有，结果纠正为0，结果维持1件。（年报没有“败诉”一栏，这里按“结果纠正”回答。）',
    );
    const none = facts.map((each) => ({ ...each, value: 0 }));
    expect(tableOutcomeVerdict('复议输了没有', none)).toBe('没有，复议为0件。');
    expect(tableOutcomeVerdict('复议输了几次', facts)).toBeUndefined();
  });

  it("two remembered rows add up only as stored cells, never sums of a blank 总计's parts", () => {
    expect(tableRowsAdd({ key: 'granted.total' }, { key: 'partly_granted.total' })).toBe(true);
    expect(tableRowsAdd({ key: 'granted.parts_sum' }, { key: 'partly_granted.parts_sum' })).toBe(false);
    expect(tableRowsAdd({ key: 'received.total' }, { key: 'granted.total' })).toBe(false);
    expect(tableRowsAdd({ key: 'handled_total.total' }, { key: 'granted.total' })).toBe(false);
  });
});

/**
 * gaps69's classes (citizen-questions-78's gap lines), on made-up pages cut before table 四: a follow-up asking a count of
 * the cases themselves (那有几件复议) keeps none of the last question's outcome (复议输了没有): 未出现…行政复议败诉 says no
 * review was lost, not that none came, and is never read as 0 reviews; an outcome asked with no kind named (有没有被纠正的) or of
 * a lawsuit (还有没审完的官司吗) is read from the prose before the cut table's refusal, each kind's part on its own (复议：没有。
 * 诉讼：没有，均为结果维持。); 去年呢 after an outcome asked is that outcome again for the year, its refusal kept (官司打赢了没有
 * against 行政诉讼案件2件,均已依法妥善处理), never the count of cases; 复议结果怎么样 against 行政复议案件5宗,其中:结果维持2宗,…
 * states those counts as its figures, and 其他结果呢 is the 其他结果1宗 of that sentence; 有没有还在审的 after a review or lawsuit
 * asked of a report with table 四 is the 尚未审结 column of the rows remembered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'housing.txt': cut(
    '南岭区住房和城乡建设局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息88条。\n(二)依申请公开。全年共办理依申请公开事项46件,未出现因答复不规范引发的行政复议败诉情况。',
  ),
  'culture.txt': cut(
    '北塘县文化和旅游局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息64条。\n(二)依申请公开。2025年共收到政府信息公开申请20件。本年度未发生因政府信息公开引起的行政复议,行政诉讼3件,均为结果维持。',
  ),
  'county.txt': cut(
    '东湖县人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息930条。\n(二)依申请公开。全年共收到政府信息公开申请77件。办理政府信息公开行政复议案件5宗,其中:结果维持2宗,结果纠正2宗,其他结果1宗。',
  ),
  'finance.txt': cut(
    '西林市财政局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息140条。\n(二)依申请公开。全年共受理政府信息公开申请31件,因依申请公开引发行政复议案件3件、行政诉讼案件2件,均已依法妥善处理。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps69 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ...Object.entries(REPORTS),
      ['forest.txt', xigongAs('南川区林业局', '南川区', '主动公开政府信息46条。', '共收到政府信息公开申请5件。', 2025)],
    ]);
  });
  afterAll(() => app.dispose());

  it('那有几件复议 after 复议输了没有 is no 0 reviews read from 未出现…行政复议败诉', async () => {
    const [lost, count] = await converse(app, 'g69-lost', ['南岭区住建局复议输了没有', '那有几件复议']);
    expect(lost.answer).toContain('未出现');
    expect(count.kind).toBe('refusal');
    expect(values(count)).toEqual([]);
    expect(count.answer).not.toMatch(/0件/);
  });

  it('有没有被纠正的 with no kind named answers each kind from the prose of a cut table 四, and 还有没审完的官司吗 / 去年呢 too', async () => {
    const [corrected, pending, lastYear] = await converse(app, 'g69-nokind', [
      '北塘县文旅局有没有被纠正的',
      '还有没审完的官司吗',
      '去年呢',
    ]);
    expect(corrected.answer).toMatch(/^复议：没有。诉讼：没有，均为结果维持。/);
    expect(corrected.answer).toContain('未发生因政府信息公开引起的行政复议');
    expect(pending.answer).toMatch(/^没有，均为结果维持。/);
    expect(lastYear.answer).toMatch(/^没有，均为结果维持。/);
    expect(values(lastYear)).toEqual([]);
  });

  it('去年呢 after 官司打赢了没有 against a part with no outcome is refused again, never the 2 lawsuits counted', async () => {
    const [count, won, lastYear] = await converse(app, 'g69-year', ['西林市财政局打了几场官司', '官司打赢了没有', '去年呢']);
    expect(values(count)).toEqual([2]);
    expect(won.kind).toBe('refusal');
    expect(lastYear.kind).toBe('refusal');
    expect(lastYear.answer).toContain('没有写明结果');
    expect(values(lastYear)).toEqual([]);
  });

  it('复议结果怎么样 states the counts of 行政复议案件5宗,其中:结果维持2宗,… as figures, and 其他结果呢 its 1宗', async () => {
    const [outcome, other] = await converse(app, 'g69-other', ['东湖县政府复议结果怎么样', '其他结果呢']);
    expect(outcome.kind).toBe('figure');
    expect(values(outcome)).toEqual([5, 2, 2, 1]);
    expect(outcome.facts.every((fact) => (fact as { unit?: string }).unit === '宗')).toBe(true);
    expect(other.answer).toContain('其他结果1宗');
    expect(values(other)).toContain(1);
  });

  it('有没有还在审的 after 官司打输了没 (table 四 printed) is the 尚未审结 of both lawsuit rows, 0', async () => {
    const [, pending] = await converse(app, 'g69-table', ['南川区林业局官司打输了没', '有没有还在审的']);
    expect(pending.answer).toContain('尚未审结');
    expect(pending.answer).toContain('行政诉讼');
    expect(values(pending)).toEqual([0, 0]);
  });
});

/**
 * qachat45's class (citizen-questions-78), on made-up pages cut before table 四 whose prose states the outcomes: an outcome
 * of a review or a lawsuit asked in everyday words (官司打赢了吗, 复议被纠正了吗, 还在审吗, 法院判了没有, 官司输了吗) is read
 * from the part of the sentence on the kind asked (行政诉讼3件,均尚未审结), never answered 有 from the count of cases; a
 * part that states no outcome (行政复议8件、行政诉讼2件) is refused; 输/败诉 and 赢/胜诉 say which column they are read as.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'water.txt': cut(
    '南坪县水务局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息75条。\n(二)依申请公开。2025年共收到政府信息公开申请12件。因依申请公开引起的行政复议6件(2件结果维持,4件结果纠正),行政诉讼3件,均尚未审结。',
  ),
  'land.txt': cut(
    '东岭区自然资源局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息120条。\n(二)依申请公开。2025年共收到政府信息公开申请30件。未发生因政府信息公开引起的行政复议,行政诉讼4件,均为结果维持。',
  ),
  'town.txt': cut(
    '北湾镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息33条。\n(二)依申请公开。共受理政府信息公开申请40件,因依申请公开引发的行政复议案件8件、行政诉讼案件2件,均依法办理。',
  ),
  'road.txt': cut(
    '西河县交通运输局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息58条。\n(二)依申请公开。2025年共收到政府信息公开申请9件。未发生行政复议,行政诉讼2件,均为结果维持。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat45 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('官司打赢了吗 against 行政诉讼3件,均尚未审结 says there is no outcome yet, never 有', async () => {
    const [won, judged, pending] = await converse(app, 'q45-pending', ['南坪县水务局官司打赢了吗', '法院判了没有', '还在审吗']);
    expect(won.answer).toMatch(/^还没有结果：均尚未审结/);
    expect(won.answer).not.toMatch(/^有/);
    expect(judged.answer).toMatch(/^还没有，均尚未审结/);
    expect(pending.answer).toContain('尚未审结');
    expect(pending.answer).not.toMatch(/^有。/);
  });

  it('复议被纠正了吗 is the 4件结果纠正 of the review part, stated with its count', async () => {
    const [corrected] = await converse(app, 'q45-corrected', ['南坪县水务局的复议被纠正了吗']);
    expect(corrected.answer).toMatch(/^有，4件结果纠正/);
    expect(values(corrected)).toEqual([4]);
  });

  it('官司输了吗 against 行政诉讼4件,均为结果维持 is no, saying 败诉 is read as 结果纠正', async () => {
    const [lost] = await converse(app, 'q45-lost', ['东岭区自然资源局官司输了吗']);
    expect(lost.answer).toMatch(/^没有，均为结果维持/);
    expect(lost.answer).toContain('这里按“结果纠正”回答');
  });

  it('官司赢了吗 against 行政诉讼2件,均为结果维持 is yes, saying 胜诉 is read as 结果维持 (the 输 of 运输局 is no loss asked)', async () => {
    const [won] = await converse(app, 'q45-transport', ['西河县交通运输局官司赢了吗']);
    expect(won.answer).toMatch(/^是，均为结果维持/);
    expect(won.answer).toContain('这里按“结果维持”回答');
  });

  it('官司赢了没 against 行政复议案件8件、行政诉讼案件2件 with no outcome is refused, no 有 from the count', async () => {
    const [won] = await converse(app, 'q45-unstated', ['北湾镇政府官司赢了没']);
    expect(won.kind).toBe('refusal');
    expect(won.answer).toContain('没有写明结果');
    expect(values(won)).toEqual([]);
  });
});

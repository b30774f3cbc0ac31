/**
 * wrongfix28's classes (real-questions-wrongfig45's wrong figures), on made-up pages cut before their tables: a count opening
 * a bracket after another (行政复议7件(5件结果维持,2件结果纠正)) is named by the words after it, never by the clause before
 * whose figure it would take, so 复议了几件 is the 7; 结果纠错的几件 after 复议案件几件 is the outcome printed in the same
 * sentence (结果纠错3件), never the count of the reviews again (and only outcomes that add up to the reviews, printed after the
 * lawsuits' count, are theirs); 同比呢 after a figure whose sentence prints no rate never takes another sentence's rate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';
import { extractProseFigures } from '../../../src/report/prose.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'county.txt': cut(
    '东山县人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息320条。\n(二)依申请公开。全年共收到政府信息公开申请31件。因依申请公开引发的行政复议7件(5件结果维持,2件结果纠正),行政诉讼3件,均已审结。',
  ),
  'town.txt': cut(
    '南河区人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息210条。\n(二)依申请公开。全年收到政府信息公开申请45件。区政府涉及政府信息公开的行政复议案件12件,行政诉讼案件1件,结果维持5件,结果纠错3件,尚未审结4件。',
  ),
  'insurance.txt': cut(
    '西岭县医疗保障局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息156条,同比增长12%。“西岭医保”微信公众号发布信息88条。\n(二)依申请公开。全年收到政府信息公开申请9件。',
  ),
  'bureau.txt': cut(
    '北岭县自然资源局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息88条。\n(二)依申请公开。全年收到政府信息公开申请19件。本局涉及政府信息公开的行政复议案件6件,行政诉讼案件2件,结果维持1件,结果纠错1件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfix28 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a count opening a bracket is labelled by its own words, never by the clause and figure before it', () => {
    const figures = extractProseFigures('因政府信息公开引发的行政复议7件(5件结果维持,2件结果纠正),行政诉讼3件。', 'overview');
    expect(figures.map((figure) => [figure.label, figure.value])).toEqual([
      ['因政府信息公开引发的行政复议', 7],
      ['结果维持', 5],
      ['结果纠正', 2],
      ['行政诉讼', 3],
    ]);
  });

  it('复议了几件 is the count of reviews, not an outcome in its brackets', async () => {
    const [reviews] = await converse(app, 'wf28-reviews', ['东山县政府2025年信息公开复议了几件']);
    expect(values(reviews)).toEqual([7]);
    expect(reviews.answer).toContain('7件');
  });

  it('结果纠错的几件 after 复议案件几件 is the outcome printed, never the reviews again', async () => {
    const [reviews, corrected] = await converse(app, 'wf28-corrected', ['南河区政府2025年行政复议案件几件', '结果纠错的几件']);
    expect(values(reviews)).toEqual([12]);
    expect(values(corrected)).toEqual([3]);
    expect(corrected.answer).toContain('结果纠错3件');
  });

  it('还没审完的呢 and 维持了几件 after it read the same outcomes; the lawsuits, whose count they do not add up to, have none', async () => {
    const [, pending, upheld] = await converse(app, 'wf28-pending', ['南河区政府2025年行政复议案件几件', '还没审完的呢', '维持了几件']);
    expect(values(pending)).toEqual([4]);
    expect(values(upheld)).toEqual([5]);
    const [, lawsuits] = await converse(app, 'wf28-lawsuits', ['南河区政府2025年行政诉讼案件几件', '结果纠错的几件']);
    expect(values(lawsuits)).not.toContain(3);
    expect(values(lawsuits)).not.toContain(1);
  });

  it("outcomes after both counts that add up to the lawsuits are never the reviews' (结果纠错的几件 of 复议 refused)", async () => {
    const [reviews, corrected] = await converse(app, 'wf28-bureau', ['北岭县自然资源局2025年行政复议案件几件', '结果纠错的几件']);
    expect(values(reviews)).toEqual([6]);
    expect(corrected.kind).toBe('refusal');
    expect(values(corrected)).toEqual([]);
  });

  it("同比呢 after a figure whose own sentence prints no rate never states another sentence's rate", async () => {
    const [, change] = await converse(app, 'wf28-yoy', ['西岭县医保局2025年公众号发布了多少条', '同比呢']);
    expect(values(change)).not.toContain(12);
    expect(change.answer).not.toContain('报告写明同比增长12%');
    const [, own] = await converse(app, 'wf28-yoy-own', ['西岭县医保局2025年主动公开了多少条', '同比呢']);
    expect(values(own)).toContain(12);
  });
});

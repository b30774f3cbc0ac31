/**
 * qachat49's classes (citizen-questions-82, conversations after a miss), on made-up pages: 较上年度上升百分之几 asked alone
 * after a figure or after 某县的情况 is the rate the report prints (较上年度 is 较上年); 县本级政府及政府办 / 政府新收… in a
 * conversation about a 政府办公室 is that office, never 您问的是哪个政府; 宣布废止市政府公文几件 and 向县档案馆移交了多少件 (an
 * act on the documents, or where they went) name no agency of their own; 政府集中采购 is a kind of purchase, no 政府 asked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

// A report with table 二 (政府集中采购 0 项), its agency renamed.
const WHOLE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'reports-more46', '02.txt'), 'utf8')
  .replaceAll('乌兰察布市区域经济合作局', '东河市招商合作局')
  .replaceAll('乌兰察布', '东河');

const REPORTS: Record<string, string> = {
  'water.txt': WHOLE,
  'office.txt': cut(
    '青山县人民政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开县本级政府及政府办信息318条,向县档案馆移交主动公开文件146件,宣布废止县政府公文27件。\n(二)依申请公开。2025年,县政府及县政府办公室共收到政府信息公开申请45件,较上年度上升125%。',
  ),
  'office-2.txt': cut(
    '白水市人民政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开信息900条。\n(二)依申请公开。2025年共收到政府信息公开申请12件。',
  ),
  'county.txt': cut(
    '南岭县人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全县累计发布各类政府信息5210条。\n(二)依申请公开。全年累计受理政府信息公开申请64件,同比增长28.5%;完成答复60件。',
  ),
  'market-2025.txt': cut(
    '东岭县市场监督管理局2025年政府信息公开工作年度报告',
    '(一)主动公开。通过门户网站主动公开各类政府信息812条,发布《药品抽检信息通告》14期。\n(二)依申请公开。2025年共收到政府信息公开申请6件。',
  ),
  'market-2024.txt': cut(
    '东岭县市场监督管理局2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年,东岭县市场监督管理局官方网站发布信息930条,微信公众号发布信息402条。\n(二)依申请公开。2024年共收到政府信息公开申请3件。',
  ).replaceAll('2025', '2024'),
  'county-2.txt': cut(
    '东丘县人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全县累计发布各类政府信息1200条。\n(二)依申请公开。全年受理申请9件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat49 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('较上年度上升百分之几 after a figure, and after 某县的情况, is the rate the report prints', async () => {
    const [, rate] = await converse(app, 'q49-rate', ['南岭县政府受理了多少件申请', '较上年度上升百分之几']);
    expect(values(rate)).toContain(28.5);
    const [, alone] = await converse(app, 'q49-rate-overview', ['我想问下南岭县政府的情况', '较上年度增长百分之多少']);
    expect(values(alone)).toEqual([28.5]);
  });

  it('县本级政府及政府办 / 政府新收 about a 政府办公室 is that office, never which 政府', async () => {
    const [, published, received] = await converse(app, 'q49-office', [
      '我想问下青山县政府办的情况',
      '县本级政府及政府办主动公开了多少条',
      '政府新收依申请公开多少件',
    ]);
    expect(values(published)).toEqual([318]);
    expect(published.answer).not.toMatch(/哪个/);
    expect(values(received)).toEqual([45]);
    expect(received.answer).not.toMatch(/哪个/);
  });

  it('宣布废止县政府公文几件 and 向县档案馆移交了多少件 name no agency of their own', async () => {
    const [, repealed, archived] = await converse(app, 'q49-acts', [
      '我想问下青山县政府办2025年的情况',
      '宣布废止县政府公文几件',
      '向县档案馆移交了多少件',
    ]);
    expect(values(repealed)).toEqual([27]);
    expect(repealed.answer).not.toMatch(/没有找到/);
    expect(values(archived)).toEqual([146]);
    expect(archived.answer).not.toMatch(/没有找到/);
  });

  it('政府集中采购项目几个 in a conversation about one agency is its table 二 row, never which 政府', async () => {
    const [, purchases] = await converse(app, 'q49-purchase', ['东河市招商合作局行政许可几件', '政府集中采购项目几个']);
    expect(purchases.kind).toBe('figure');
    expect(values(purchases)).toEqual([0]);
    expect(purchases.answer).toMatch(/东河市招商合作局/);
  });

  it('2024的呢 after a count of a thing only 2025 prints (几期药品抽检通告) states no other count of 2024', async () => {
    const [notices, before] = await converse(app, 'q49-year-alone', ['东岭县市场监管局发布了几期药品抽检通告', '2024的呢']);
    expect(values(notices)).toEqual([14]);
    expect(before.facts).toEqual([]);
    expect(before.answer).not.toMatch(/930/);
  });
});

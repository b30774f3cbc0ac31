/**
 * gaps20's classes, each with its real case and a made-up second example.
 * 1. Two things of one sentence weighed (A比B多几条) when words the agency's name leaves stand before the year (黑龙江|人防信息网|
 *    2020年): the pair was not read, and the answer gave the first thing's figure alone — a wrong figure for a difference.
 * 2. A difference asked where the report prints one side only: that side's figure was given as if it answered; now refused.
 * 3. 收费了吗 where the report states no 信息处理费: refused, though table 二 prints the agency's 行政事业性收费; now given beside
 *    the refusal, said to be another fee. A question naming the applications' fee (信息处理费) is still refused.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps20: two figures of one sentence, and 收费了吗 against table 二', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
    // 黑龙江省人民防空办公室 2020 and 武汉市退役军人事务局 2021 (real pages).
    for (const file of ['reports-more17/12.txt', 'reports-more15/07.txt']) await importFile(app.reports, join(fixtures, file));
    await importTexts(app, [
      [
        'qingling.txt',
        `青岭县文化和旅游局2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
(一)主动公开情况。2023年,通过文旅局官网发布通知公告46条,政策文件12条,工作动态80条。
二、主动公开政府信息情况
| 信息内容 | 本年收费金额(单位:万元) |
| 行政事业性收费 | 3.5 |`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('weighs two things of one sentence when words stand between the name and the year', async () => {
    const real = await app.ask('黑龙江人防信息网2020年发布的人防信息比政务公开信息多几条');
    expect(real.facts.map((fact) => fact.value)).toEqual([104, 16]);
    expect(real.answer).toContain('相差88条');
    const made = await app.ask('青岭县文化和旅游局官网2023年通知公告比政策文件多几条');
    expect(made.facts.map((fact) => fact.value)).toEqual([46, 12]);
    expect(made.answer).toContain('相差34条');
  });

  it('refuses a difference whose second thing the report does not print, stating neither as the answer', async () => {
    const made = await app.ask('青岭县文化和旅游局官网2023年通知公告比政策解读多几条');
    expect(made.kind).toBe('refusal');
    expect(made.facts).toEqual([]);
    expect(made.answer).toContain('没有写明“政策解读”');
  });

  it('gives table 二’s 行政事业性收费 to 收费了吗 when no 信息处理费 is stated, said to be another fee', async () => {
    const real = await app.ask('武汉退役军人事务局2021年收费了吗');
    expect(real.kind).toBe('figure');
    expect(real.facts.map((fact) => fact.value)).toEqual([0]);
    expect(real.answer).toContain('不是申请信息公开的费用');
    const made = await app.ask('青岭县文化和旅游局2023年有没有收费');
    expect(made.facts.map((fact) => fact.value)).toEqual([3.5]);
    expect(made.answer).toContain('没有写明申请信息公开的信息处理费');
  });

  it('still refuses the applications’ fee asked by name', async () => {
    const made = await app.ask('青岭县文化和旅游局2023年收信息处理费了吗');
    expect(made.kind).toBe('refusal');
    expect(made.facts).toEqual([]);
  });
});

/**
 * 4. One item of a guide's proactive scope asked yes or no (会公开纳税服务方面的信息吗, 公开X吗, 是否公开X): not understood before;
 *    now answered from the scope clause that names it. A scope that does not name the item is no 不会 (it may say it in
 *    other words), and a question with a year asks the report.
 */
describe('gaps20: one item of the proactive scope asked yes or no', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
    await importFile(app.reports, join(fixtures, 'guides', 'shucheng-swj-guide.txt'));
    await importTexts(app, [
      [
        'qinghe-scjgj-guide.txt',
        `青禾县市场监督管理局政府信息公开指南
一、主动公开
(一)公开范围
本机关主动公开的政府信息主要包括:机构概况、政策文件、财政预决算、行政许可、食品安全抽检信息、工作动态。
(二)公开方式
主要通过青禾县人民政府网站公开。
二、依申请公开
受理机构:青禾县市场监督管理局办公室
联系电话:0000-5551234
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers from the clause of the scope that names the item', async () => {
    const real = await app.ask('舒城县税务局会公开纳税服务方面的信息吗');
    expect(real.kind).toBe('guide');
    expect(real.answer).toContain('纳税服务:纳税人权利义务');
    const made = await app.ask('青禾县市场监督管理局是否公开食品安全抽检信息');
    expect(made.kind).toBe('guide');
    expect(made.answer).toContain('食品安全抽检信息');
  });

  it('says no 会 for an item the scope does not name, nor for a year’s question', async () => {
    expect((await app.ask('青禾县市场监督管理局公开行政处罚吗')).answer).not.toMatch(/^会/);
    expect((await app.ask('青禾县市场监督管理局2023年有没有公开工作动态')).answer).not.toMatch(/^会/);
  });
});

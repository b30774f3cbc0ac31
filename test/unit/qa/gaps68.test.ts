/**
 * gaps68's classes (gap lines of real-questions-corpus40 and others), on made-up pages cut before their tables: 有没有被行政诉讼的
 * in a conversation about one agency (a yes/no of an appeal or lawsuit suffered, ending in 的) is the count its report prints
 * (因政府信息公开引起的行政诉讼2件), never the rules on how to sue; 审计报告几篇 in a conversation about a 审计局 (its kind's stem
 * glued to a noun its report prints with it, 发布审计报告9篇) is that count, the stem no second naming of the agency;
 * 解答了多少人次提问 against 解答企业群众提问上千人次 (a count printed in words alone) quotes the 上千 as printed, with no figure.
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
  'county.txt': cut(
    '青松县人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年通过县政府网站发布信息2310条,发布政策解读材料41篇。\n(二)依申请公开。2025年共收到政府信息公开申请17件。因政府信息公开引起的行政复议0件、行政诉讼2件。',
  ),
  'audit.txt': cut(
    '青松县审计局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,县审计局主动公开政府信息共96篇,其中发布审计报告9篇、审计动态30篇。\n(二)依申请公开。2025年共收到政府信息公开申请3件。',
  ),
  'park.txt': cut(
    '白沙湾高新技术产业开发区管理委员会2025年政府信息公开工作年度报告',
    '(一)主动公开。全年在管委会网站发布信息512条;举办“政务开放日”活动,现场解答企业群众提问上千人次,发放宣传资料2000余份。\n(二)依申请公开。2025年共收到政府信息公开申请6件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps68 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('有没有被行政诉讼的 after a figure of one agency is its 行政诉讼2件, not the rules on suing', async () => {
    const [, sued, reviewed] = await converse(app, 'g68-appeal', [
      '青松县25年网站发了多少条信息',
      '有没有被行政诉讼的',
      '那有没有被行政复议的',
    ]);
    expect(sued.kind).toBe('figure');
    expect(values(sued)).toEqual([2]);
    expect(sued.answer).toMatch(/^有/);
    expect(reviewed.kind).toBe('figure');
    expect(values(reviewed)).toEqual([0]);
  });

  it('审计报告几篇 after a figure of a 审计局 is its 审计报告9篇, the stem kept as the thing asked', async () => {
    const [all, reports, news] = await converse(app, 'g68-stem', ['青松县审计局25年发了多少篇文章', '审计报告几篇', '审计动态呢']);
    expect(values(all)).toEqual([96]);
    expect(values(reports)).toEqual([9]);
    expect(values(news)).toEqual([30]);
  });

  it('解答了多少人次提问 against a count printed in words (上千人次) quotes it, no figure', async () => {
    const [asked] = await converse(app, 'g68-approx', ['白沙湾高新区2025年解答了多少人次提问']);
    expect(asked.kind).toBe('text');
    expect(asked.answer).toContain('上千人次');
    expect(values(asked)).toEqual([]);
    expect(asked.answer).not.toMatch(/1000|一千/);
  });

  it('接待了多少人次来访 is not answered with the 上千人次 of 提问 (its words are not in that clause)', async () => {
    const [asked] = await converse(app, 'g68-approx-no', ['白沙湾高新区2025年接待了多少人次来访']);
    expect(asked.answer).not.toContain('上千');
    expect(values(asked)).toEqual([]);
  });
});

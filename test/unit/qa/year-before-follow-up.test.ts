/**
 * 比去年多吗 / 比上一年呢 / 比前一年多吗 / 同比 after a figure of an earlier year compares that year with the one before it,
 * not last calendar year with it; with no figure for the year before, it says which year is missing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** The sample report of 中卫市科学技术局 moved to another year, with that year's count of 行政许可 decisions. */
const sample = readFileSync(new URL('../../../data/reports/zhongwei-kjj-2025.txt', import.meta.url), 'utf8');
const report = (year: number, permits: number) => {
  const text = sample.replaceAll('2025', String(year)).replace(/^行政许可\t0$/m, `行政许可\t${permits}`);
  if (!text.includes(`行政许可\t${permits}`)) throw new Error('the sample report no longer has the 行政许可 row this test edits');
  return text;
};

describe('comparing with the year before the one just asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-03-02T10:00:00+08:00') });
    await importTexts(app, [
      ['a.txt', report(2022, 3)],
      ['b.txt', report(2023, 7)],
      ['c.txt', report(2024, 4)],
      ['d.txt', report(2025, 4)],
    ]);
  });
  afterAll(() => app.dispose());

  const values = (answer: { facts: Array<{ year: number; value: number }> }) =>
    answer.facts.map((fact) => [fact.year, fact.value]).sort((a, b) => a[0] - b[0]);

  it('比去年多吗 after 2023 compares 2023 with 2022', async () => {
    expect(values(await app.ask('中卫市科技局2023年办了几件行政许可', 'y1'))).toEqual([[2023, 7]]);
    const answer = await app.ask('比去年多吗', 'y1');
    expect(values(answer)).toEqual([
      [2022, 3],
      [2023, 7],
    ]);
    expect(answer.answer).toMatch(/^是/);
  });

  it('比前一年呢 and 比上一年少了吗 after 2024 compare 2024 with 2023', async () => {
    await app.ask('中卫市科技局2024年办了几件行政许可', 'y2');
    const before = await app.ask('比前一年呢', 'y2');
    expect(values(before)).toEqual([
      [2023, 7],
      [2024, 4],
    ]);
    const fewer = await app.ask('那比上一年少了吗', 'y2');
    expect(values(fewer)).toEqual([
      [2023, 7],
      [2024, 4],
    ]);
  });

  it('比去年多吗 after the latest year still compares it with the year before', async () => {
    await app.ask('中卫市科技局2025年办了几件行政许可', 'y3');
    const answer = await app.ask('同比多了吗', 'y3');
    expect(values(answer)).toEqual([
      [2024, 4],
      [2025, 4],
    ]);
  });

  it('a span of years (2022到2024年, 22-24年) asks every year of it, and 一共 adds them all', async () => {
    const total = await app.ask('中卫市科技局2022到2024年行政许可一共多少', 's1');
    expect(total.answer).toContain('合计14件（3 + 7 + 4）');
    const each = await app.ask('中卫市科技局22-24年行政许可各多少', 's2');
    expect(values(each)).toEqual([
      [2022, 3],
      [2023, 7],
      [2024, 4],
    ]);
  });

  it('a span with a year not stored adds nothing up and says which year is missing', async () => {
    const answer = await app.ask('中卫市科技局2021到2024年行政许可一共多少', 's3');
    expect(answer.answer).toContain('2021年');
    expect(answer.answer).toContain('无法合计');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(14);
  });

  it('历年都是多少 / 哪年最多 / 近三年呢 / 这几年是增加还是减少 after a figure ask it over the agency’s years', async () => {
    await app.ask('中卫市科技局办了几件行政许可', 'h1');
    expect(values(await app.ask('历年都是多少', 'h1'))).toEqual([
      [2022, 3],
      [2023, 7],
      [2024, 4],
      [2025, 4],
    ]);
    const most = await app.ask('哪年最多', 'h1');
    expect(most.answer).toContain('2023年最多（7件）');
    expect(values(await app.ask('近三年呢', 'h1'))).toEqual([
      [2023, 7],
      [2024, 4],
      [2025, 4],
    ]);
    const trend = await app.ask('这几年是增加还是减少', 'h1');
    expect(trend.answer).toContain('2025年比2022年增加1件');
  });

  it('近两年 and 历年 named with the agency ask those years, with no qualifier left unexplained', async () => {
    const latest = await app.ask('中卫市科技局近两年行政许可各多少', 'h2');
    expect(values(latest)).toEqual([
      [2024, 4],
      [2025, 4],
    ]);
    expect(latest.answer).not.toContain('没有单独写明');
  });

  it('跟2022年比呢 / 和23年相比怎么样 after a figure weigh the remembered year against the one named', async () => {
    await app.ask('中卫市科技局2025年办了几件行政许可', 'h3');
    expect((await app.ask('跟2022年比呢', 'h3')).answer).toContain('2025年比2022年增加1件');
    expect((await app.ask('和23年相比怎么样', 'h3')).answer).toContain('2025年比2023年减少3件');
  });

  it('with no report for the year before, says which year is missing and states no comparison', async () => {
    await app.ask('中卫市科技局2022年办了几件行政许可', 'y4');
    const answer = await app.ask('比上一年多吗', 'y4');
    expect(answer.answer).toContain('2021年');
    expect(answer.answer.startsWith('是的') || answer.answer.startsWith('不是')).toBe(false);
  });
});

/** Reports cut before their tables: each year's count is stated only in its overview. */
const prose = (year: number, count: number) =>
  [`桐林县统计局${year}年政府信息公开工作年度报告`, '一、总体情况', `${year}年度,我局共收到政府信息公开申请${count}件,均按时答复。`].join(
    '\n',
  );

describe('comparing two years that only the reports’ sentences state', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-03-02T10:00:00+08:00') });
    await importTexts(app, [
      ['a.txt', prose(2022, 3)],
      ['b.txt', prose(2023, 7)],
    ]);
  });
  afterAll(() => app.dispose());

  it('2023年比2022年多吗 weighs the two stated counts', async () => {
    const answer = await app.ask('桐林县统计局2023年收到的申请比2022年多吗', 'p1');
    expect(answer.facts.map((fact) => [fact.year, fact.value]).sort()).toEqual([
      [2022, 3],
      [2023, 7],
    ]);
    expect(answer.answer).toMatch(/^是/);
  });

  it('比去年多吗 after one year’s stated count weighs it against the year before', async () => {
    await app.ask('桐林县统计局2023年收到多少件申请', 'p2');
    const answer = await app.ask('比去年多吗', 'p2');
    expect(answer.facts.map((fact) => [fact.year, fact.value]).sort()).toEqual([
      [2022, 3],
      [2023, 7],
    ]);
    expect(answer.answer).toMatch(/^是/);
  });
});

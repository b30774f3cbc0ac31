/**
 * Lead probes of the twenty-first session, on made-up guides and reports in a real SQLite store: a city's only stored body
 * is a school, and a citizen names another office of the city by its short name.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureFiles, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A made-up school of a real city, the city's only stored body. */
const SCHOOL =
  '山东省淄博第七中学信息公开指南\n一、受理机构\n受理机构:山东省淄博第七中学办公室\n办公地址:淄博市张店区某某路7号\n' +
  '办公时间:8:30-11:30,14:30-17:30(节假日除外)\n联系电话:0000-7777001\n';

/** A made-up office of a real 盟's foreign-affairs office, stored under a longer name than citizens say (行署外事办公室). */
const OFFICE =
  '锡林郭勒盟行署外事办公室政府信息公开指南\n一、受理机构\n受理机构:锡林郭勒盟行署外事办公室综合科\n办公地址:锡林郭勒盟府前路9号\n' +
  '联系电话:0000-8880009\n';

/** A made-up town whose own office is asked by its short name. */
const TOWN = '白水镇政府信息公开指南\n一、受理机构\n受理机构:白水镇党政综合办公室\n办公地址:白水镇府前路3号\n联系电话:0000-5550003\n';

describe('an office named by its short name after a city is another body than the city’s one stored school', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['zibo7-guide.txt', SCHOOL],
      ['baishui-guide.txt', TOWN],
      ['qinghe-office-guide.txt', OFFICE],
    ]);
  });
  afterAll(() => app.dispose());

  it('never gives the school’s phone or address for 淄博外事办 / 淄博市侨办', async () => {
    for (const question of ['淄博外事办电话', '淄博市外事办的地址在哪', '淄博侨办电话多少']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).not.toContain('0000-7777001');
      expect(answer.answer, question).not.toContain('某某路7号');
      expect(answer.answer, question).not.toMatch(/^山东省淄博第七中学/);
    }
    // Said as not stored, by the name as written, not asked back among every stored agency.
    expect((await app.ask('淄博外事办电话')).answer).toContain('没有找到“淄博外事办”');
    expect((await app.ask('那北京市侨办呢', 'office-follow-up')).answer).toContain('没有找到“北京市侨办”');
  });

  it('still reads the school by its own short name, and a town’s own office as the town', async () => {
    for (const question of ['淄博七中电话', '淄博七中办公室电话']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).toContain('0000-7777001');
    }
    const town = await app.ask('白水镇党政办电话');
    expect(town.answer).toContain('0000-5550003');
  });

  it('reads a place’s office named short (锡林郭勒盟外事办) as the stored office of that place', async () => {
    const answer = await app.ask('锡林郭勒盟外事办电话');
    expect(answer.answer).toContain('0000-8880009');
  });
});

/** The sample report of 中卫市科学技术局 moved to another year, with that year's 行政许可 decisions and new applications. */
const sample = readFileSync(new URL('../../../data/reports/zhongwei-kjj-2025.txt', import.meta.url), 'utf8');
const zhongwei = (year: number, permits: number, received: number) => {
  const text = sample
    .replaceAll('2025', String(year))
    .replace(/^行政许可\t0$/m, `行政许可\t${permits}`)
    .replace(/^(一、本年新收政府信息公开申请数量\t\t)1(\t0\t0\t0\t0\t0\t)1\t/m, `$1${received}$2${received}\t`);
  if (!text.includes(`行政许可\t${permits}`) || !text.includes(`\t\t${received}\t0`))
    throw new Error('the sample report no longer has the rows this test edits');
  return text;
};

describe('one agency’s two years weighed as a choice (多了还是少了, 哪年多)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['a.txt', zhongwei(2023, 7, 2)],
      ['b.txt', zhongwei(2024, 4, 5)],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers the way it went, not 是 or 不是, with both figures and the change', async () => {
    const permits = await app.ask('中卫市科技局2024年和2023年行政许可多了还是少了');
    expect(permits.answer).toMatch(/^少了，2024年比2023年少/);
    expect(permits.answer).toContain('减少3件');
    const which = await app.ask('中卫市科技局2023年和2024年哪年行政许可多');
    expect(which.answer).toMatch(/^2023年多/);
    const rising = await app.ask('中卫市科技局2024年比2023年行政许可增加还是减少了');
    expect(rising.answer).toMatch(/^减少了/);
  });

  it('reads 申请多了还是少了 / 申请哪年多 of two years as the applications received', async () => {
    for (const question of ['中卫市科技局2024年和2023年申请多了还是少了', '中卫市科技局2023年和2024年的申请哪年多']) {
      const answer = await app.ask(question);
      expect(answer.facts.map((fact) => [fact.year, fact.value]).sort(), question).toEqual([
        [2023, 2],
        [2024, 5],
      ]);
      expect(answer.answer, question).toMatch(/^(?:多了|2024年多)/);
    }
  });
});

describe('a shortened name right after a year (2024年平潭公安局, 去年平潭公安局)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    // The real 平潭综合实验区公安局 report, and another 公安局 (平度市's), so the kind alone names no one agency.
    await importFixtureFiles(app, [
      ['reports-real', '04.txt'],
      ['reports-more5', '02.txt'],
    ]);
  });
  afterAll(() => app.dispose());

  it('is the agency it shortens, as it is at the question’s start', async () => {
    for (const question of ['2024年平潭公安局收到多少申请', '2024年度平潭公安局收到多少申请', '去年平潭公安局收到多少申请']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).toContain('平潭综合实验区公安局');
      expect(answer.answer, question).not.toContain('没有找到');
    }
  });
});

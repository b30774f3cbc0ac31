/**
 * Lead probes of the twenty-first session, on made-up guides and reports in a real SQLite store: a city's only stored body
 * is a school, and a citizen names another office of the city by its short name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A made-up school of a real city, the city's only stored body. */
const SCHOOL =
  '山东省淄博第七中学信息公开指南\n一、受理机构\n受理机构:山东省淄博第七中学办公室\n办公地址:淄博市张店区某某路7号\n' +
  '办公时间:8:30-11:30,14:30-17:30(节假日除外)\n联系电话:0000-7777001\n';

/** A made-up town whose own office is asked by its short name. */
const TOWN = '白水镇政府信息公开指南\n一、受理机构\n受理机构:白水镇党政综合办公室\n办公地址:白水镇府前路3号\n联系电话:0000-5550003\n';

describe('an office named by its short name after a city is another body than the city’s one stored school', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['zibo7-guide.txt', SCHOOL],
      ['baishui-guide.txt', TOWN],
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
  });

  it('still reads the school by its own short name, and a town’s own office as the town', async () => {
    for (const question of ['淄博七中电话', '淄博七中办公室电话']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).toContain('0000-7777001');
    }
    const town = await app.ask('白水镇党政办电话');
    expect(town.answer).toContain('0000-5550003');
  });
});

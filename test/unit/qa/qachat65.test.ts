/**
 * qachat65's classes (conversations after a miss, citizen-questions-107), each with a made-up example that fails without its
 * fix. The figures are made up; the places are real ones, not the fixtures'.
 * 1. 个人的呢 / 自然人的呢 after a count of applications whose sentence breaks it down by applicant (4件为自然人申请): that part
 *    (was: 没有找到“个人”的数字).
 * 2. 比2024年呢 / 多了几个 right after the latest report's figure given for a year the agency has no report of (2025年 asked,
 *    2024年 answered): no such year, nothing compared (was: the same figure again, then 没有理解).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat65: conversations after a miss (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-12-07T10:00:00+08:00') });
    await importTexts(app, [
      [
        'ya-2023.txt',
        cutPage(
          '延安市宝塔区人民政府办公室',
          2023,
          '（二）依申请公开方面。本年度共收到依申请公开事项7件(其中1件为上年结转政府信息公开申请),5件为自然人申请,2件为科研机构申请。',
        ),
      ],
      [
        'hz-2024.txt',
        cutPage('汉中市应急管理局', 2024, '（二）依申请公开情况。2024年,共收到政府信息公开申请23件,上年结转申请4件,答复27件。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 个人的呢 after a count of applications with the part a private person made', async () => {
    const [count, person] = await converse(app, 'person', ['宝塔区政府办2023年收到几个依申请', '个人的呢']);
    expect(count.facts.map((fact) => fact.value)).toContain(7);
    expect(person.kind).toBe('figure');
    expect(person.facts.map((fact) => fact.value)).toEqual([5]);
    const [, kind] = await converse(app, 'natural', ['宝塔区政府办2023年收到几个依申请', '自然人的呢']);
    expect(kind.facts.map((fact) => fact.value)).toEqual([5]);
  });

  it('says the year asked has no report when the latest one answered is compared with itself', async () => {
    const [latest, against, more, carried] = await converse(app, 'unheld', [
      '汉中应急管理局2025年收到几个申请',
      '比2024年呢',
      '多了几个',
      '上年结转几件',
    ]);
    expect(latest.facts.map((fact) => fact.value)).toEqual([23]);
    for (const answer of [against, more]) {
      expect(answer.kind).toBe('refusal');
      expect(answer.answer).toContain('暂无汉中市应急管理局2025年的报告');
      expect(answer.facts).toEqual([]);
    }
    expect(carried.facts.map((fact) => fact.value)).toEqual([4]);
  });
});

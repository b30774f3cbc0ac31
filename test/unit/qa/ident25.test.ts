/**
 * ident25: a county stored under its prefecture (白银市会宁县: region 白银市, kind 会宁县) is that county's own report, asked by
 * the county's own name alone: 会宁的…, 会宁2024年…, and 会宁营商环境… (a real county's only short form in the division data,
 * read by the segmenter as a name, right before the topic). A common word that is also a district's short form (平安建设 with
 * 海东市平安区 stored) names no agency. Made-up reports of real places, made-up figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('ident25: a county under its prefecture, asked by its own name', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'huining.txt',
        `白银市会宁县2024年政府信息公开工作年度报告
会宁县
本报告中所列数据的统计期限为2024年1月1日至2024年12月31日。
一、总体情况
(一)主动公开情况
2024年,全县主动公开政府信息3210条,其中,乡村振兴410条,优化营商环境277条,财政预决算58条。`,
      ],
      [
        'pingan.txt',
        `海东市平安区2024年政府信息公开工作年度报告
本报告中所列数据的统计期限为2024年1月1日至2024年12月31日。
一、总体情况
(一)主动公开情况
2024年,全区主动公开政府信息1890条,其中,平安建设信息64条,优化营商环境131条。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it.each([
    ['会宁营商环境的信息有多少条', 277],
    ['会宁的营商环境信息有多少条', 277],
    ['会宁2024年财政预决算公开了几条', 58],
  ] as const)('%s → %d', async (question, value) => {
    const answer = await app.ask(question);
    expect(answer.answer).toContain('会宁县2024年');
    expect(answer.answer).toContain(`${value}条`);
  });

  it('a common word that is also a district short form names no agency', async () => {
    const answer = await app.ask('平安建设的信息有多少条');
    expect(answer.answer).not.toContain('64条');
    expect(answer.answer).not.toContain('海东市平安区2024年');
  });
});

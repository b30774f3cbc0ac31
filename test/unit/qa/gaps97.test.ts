/**
 * gaps97's classes (issue #11: known gaps closed), each with a made-up example that fails without its fix.
 * 1. One body stored under two names, each the other's alias (a 苏木's 2023 report titled 陈巴尔虎旗鄂温克民族苏木, its 2024 one
 *    陈巴尔虎旗鄂温克民族苏木人民政府): a year asked by the short name is answered from the name holding that year (was: the
 *    name the mention found, refused for the year).
 * 2. 比去年下降了百分之多少 of a figure each year's prose states (主动公开…条): the rate worked out from the two years' figures,
 *    said to be worked out (was: both figures, no rate).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('gaps97: known gaps closed (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'ewenke-2023.txt',
        xigongAs('陈巴尔虎旗鄂温克民族苏木', '陈巴尔虎旗', '本年主动公开政府信息73条。', '本年共收到政府信息公开申请2件。', 2023),
      ],
      [
        'ewenke-2024.txt',
        xigongAs('陈巴尔虎旗鄂温克民族苏木人民政府', '陈巴尔虎旗', '本年主动公开政府信息88条。', '本年共收到政府信息公开申请1件。'),
      ],
      ['wuyuan-2023.txt', xigongAs('五原县隆兴昌镇', '五原县', '本年主动公开政府信息200条。', '本年共收到政府信息公开申请3件。', 2023)],
      ['wuyuan-2024.txt', xigongAs('五原县隆兴昌镇', '五原县', '本年主动公开政府信息150条。', '本年共收到政府信息公开申请2件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers a year of a body stored under two names from the name holding that year', async () => {
    const earlier = await app.ask('鄂温克民族苏木2023年主动公开了多少条', 'g97-name1');
    expect(earlier.kind).toBe('figure');
    expect(earlier.facts.map((fact) => fact.value)).toContain(73);
    const later = await app.ask('鄂温克民族苏木2024年主动公开了多少条', 'g97-name2');
    expect(later.facts.map((fact) => fact.value)).toContain(88);
    const full = await app.ask('陈巴尔虎旗鄂温克民族苏木人民政府2023年主动公开了多少条', 'g97-name3');
    expect(full.facts.map((fact) => fact.value)).toContain(73);
  });

  it('works out the rate of change of a prose figure between two years', async () => {
    const rate = await app.ask('隆兴昌镇2024年主动公开比去年下降了百分之多少', 'g97-rate1');
    expect(rate.answer).toContain('下降约25%');
    expect(rate.answer).toContain('是计算结果');
    expect(rate.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([150, 200]));
  });
});

/**
 * ident26: a reading of the question's agency that needs no typo beats one that needs a typo where the two overlap. A report
 * stored under a bare city (西川市) asked by the city's short name, then what its report did (西川主动公开了多少条), is that
 * city's, not the stored district that starts alike (西川港区) with 主 read as a mistyped 港; a zone's committee asked by its
 * place and 高新区 (青石高新区) is that committee written short, not a stored district one character off (高陵区). A year after
 * an agency's latest report keeps the project's answer from the latest, with its note. Made-up reports, made-up figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (title: string, sentence: string, year = 2025) =>
  [
    title,
    `本报告所列统计期限为${year}年1月1日至${year}年12月31日。`,
    '一、总体情况',
    '(一)主动公开情况',
    sentence,
    '(二)依申请公开情况',
    `${year}年度新收政府信息公开申请数量17件,均已按时答复。`,
  ].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('ident26: a reading needing no typo beats one needing one', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['city.txt', page('西川市2025年政府信息公开工作年度报告', '2025年,西川市主动公开政府信息6123条。')],
      ['district.txt', page('西川港区人民政府2025年政府信息公开工作年度报告', '2025年,全区主动公开政府信息807条。')],
      ['zone.txt', page('江苏省青石高新技术产业开发区管理委员会2025年政府信息公开工作年度报告', '2025年,主动公开政府信息412条。')],
      ['gaoling.txt', page('西安市高陵区人民政府2025年政府信息公开工作年度报告', '2025年,全区主动公开政府信息955条。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('西川主动公开了多少条: the city stored bare, not 西川港区 with 主 for 港', async () => {
    const answer = await app.ask('西川主动公开了多少条');
    expect(values(answer)).toEqual([6123]);
    expect(answer.answer).not.toContain('西川港区');
  });

  it('西川港区 written whole is still the district', async () => {
    expect(values(await app.ask('西川港区主动公开了多少条'))).toEqual([807]);
  });

  it('青石高新区2025年…: the zone written short, not 高陵区 one character off', async () => {
    const answer = await app.ask('青石高新区2025年主动公开了多少条');
    expect(values(answer)).toEqual([412]);
    expect(answer.answer).not.toContain('高陵区');
  });

  it('高陵区 written right is still the district', async () => {
    expect(values(await app.ask('高陵区2025年主动公开了多少条'))).toEqual([955]);
  });
});

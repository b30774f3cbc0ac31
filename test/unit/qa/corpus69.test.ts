/**
 * corpus69: answer classes of real-questions-corpus69 (reports-more75), on made-up pages of real places in a real SQLite
 * store, made-up figures.
 * - 南召县政府办和余坪镇2025年谁收到的申请多: the rewrite that drops a district's or county's 政府 before a town or street written
 *   under it (沙坪坝区人民政府小龙坎街道) took the 政府 of 政府办 too (南召县办和余坪镇), and only the town was answered; an
 *   office's 政府办 is left (colloquial.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainWords } from '../../../src/qa/colloquial.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe("corpus69: a government's 政府 dropped before a town under it, never its office's", () => {
  it('西峡县政府办和大围山镇: the office stays named', () => {
    expect(plainWords('西峡县政府办和大围山镇2024年谁收到的信息公开申请多')).toBe('西峡县政府办和大围山镇2024年谁收到的信息公开申请多');
    expect(plainWords('西峡县人民政府办公室和大围山镇谁多')).toBe('西峡县人民政府办公室和大围山镇谁多');
  });

  it('浏阳市人民政府大围山镇: the town written under its city government is the town', () => {
    expect(plainWords('浏阳市人民政府大围山镇2024年主动公开了多少条')).toBe('浏阳市大围山镇2024年主动公开了多少条');
  });
});

describe('corpus69: a county office and a town of another county compared', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'office.txt',
        [
          '西峡县人民政府办公室2024年政府信息公开工作年度报告',
          '一、总体情况',
          '(一)主动公开情况。全年主动公开政府信息1620条。',
          '(二)依申请公开办理情况。2024年收到并办结县政府信息公开申请7件,已办结7件。',
          '',
        ].join('\n'),
      ],
      [
        'town.txt',
        [
          '一、总体情况',
          '根据《条例》规定要求,编制大围山镇人民政府2024年政府信息公开年度报告。如有疑问,请联系:大围山镇人民政府党政综合办公室。',
          '(一)主动公开情况。全年累计主动公开政府信息88条。',
          '(二)依申请公开情况。2024大围山镇共受理政府信息公开申请4件,已办结3,结转下年度继续办理1。',
          '',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('西峡县政府办和大围山镇2024年谁收到的申请多: both compared', async () => {
    const answer = await app.ask('西峡县政府办和大围山镇2024年谁收到的信息公开申请多', 'compared');
    expect(answer.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([7, 4]));
    expect(answer.answer).toContain('西峡县人民政府办公室');
  });

  it('the town and the office the other way round: both compared', async () => {
    const answer = await app.ask('大围山镇和西峡县政府办2024年谁主动公开的多', 'compared-back');
    expect(answer.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([1620, 88]));
  });

  it('an unknown town of a stored county is still no agency of it (西峡县丁河镇)', async () => {
    const answer = await app.ask('西峡县丁河镇2024年主动公开了多少条', 'unknown-town');
    expect(answer.facts).toEqual([]);
  });
});

/**
 * gaps39: a town's or a street's own name typed one character off a stored one is read as the stored one only where the two
 * characters are one syllable, tones aside (翠删街道 for 翠山街道: shan; 宗官街道 for 宗关街道: guan). One pinyin initial alone
 * (翠沙街道: sha, 云华街道: hua against 云虹: hong) names another street, which is not stored: never answered with the stored
 * one's figures or address. Made-up reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctKindTypos } from '../../../src/qa/typos.js';
import { sameSyllable } from '../../../src/qa/syllables.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const report = (agency: string, applications: number) => `${agency}2024年政府信息公开工作年度报告
一、总体情况
(二)依申请公开情况。全年共收到政府信息公开申请${applications}件,均按期答复。
`;

describe('one-character typos of a street own name: one syllable, not one initial (made-up reports)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['cuishan.txt', report('青禾区翠山街道办事处', 37)],
      ['yunhong.txt', report('青禾区云虹街道办事处', 52)],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a character of the same syllable as the stored street (翠删 for 翠山), and says so', async () => {
    const answer = await app.ask('翠删街道2024年收到多少申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([37]);
  });

  it('never reads a character of the same initial but another syllable as the stored street (翠沙, 云华)', async () => {
    for (const question of ['翠沙街道2024年收到多少申请', '云华街道2024年收到多少申请']) {
      const answer = await app.ask(question);
      expect(answer.facts, question).toEqual([]);
      expect(answer.answer, question).not.toMatch(/按(?:青禾区)?(?:翠山|云虹)\S*理解/);
    }
  });
});

describe('sameSyllable and the own-name correction', () => {
  it('compares toneless readings, every reading of a polyphone', () => {
    expect(sameSyllable('官', '关')).toBe(true);
    expect(sameSyllable('句', '局')).toBe(true);
    expect(sameSyllable('沙', '山')).toBe(false);
    expect(sameSyllable('华', '虹')).toBe(false);
    expect(sameSyllable('行', '航')).toBe(true);
  });
  it('corrects a street own name only through a character of one syllable', () => {
    expect(correctKindTypos('宗官街道信息公开电话', ['科技局'], () => true, ['宗关街道'])).toBe('宗关街道信息公开电话');
    expect(correctKindTypos('金沙街道信息公开地址在哪', ['科技局'], () => true, ['金山街道'])).toBe('金沙街道信息公开地址在哪');
    expect(correctKindTypos('新华街道党工委书记是谁', ['科技局'], () => true, ['新虹街道'])).toBe('新华街道党工委书记是谁');
  });
});

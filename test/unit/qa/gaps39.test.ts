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

describe('a typo of one syllable beside a region of several agencies, in a 中专 name (made-up reports)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['zz.txt', report('绵阳市经贸中等专业学校', 19)],
      ['mz.txt', report('绵阳市民政局', 44)],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a 中专 short name typed with one syllable (经茂 for 经贸) after a region of several agencies', async () => {
    const answer = await app.ask('绵阳经茂中专2024年收到多少申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([19]);
    expect(answer.answer).toContain('按绵阳市经贸中等专业学校理解');
  });

  it('never reads one initial alone as the stored name (经明中专)', async () => {
    expect((await app.ask('绵阳经明中专2024年收到多少申请')).facts.map((fact) => fact.value)).not.toContain(19);
  });
});

const guide = (agency: string, reading: string, phone = '0123-5550101') => `${agency}政府信息公开指南
为了保障公民、法人和其他组织依法获取政府信息,根据《中华人民共和国政府信息公开条例》,编制本指南。
本指南可在${reading}查阅。本指南每年更新一次。
本机关受理政府信息公开申请的机构为:${agency}办公室。联系电话:${phone}。
`;

describe('a company typed with one syllable, a lead that switches the agency, and 多久更新 of a guide (made-up guides)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['a.txt', guide('青禾县水利局', '青禾县人民政府网站')],
      ['b.txt', guide('青禾县林业局', '青禾县档案馆')],
      ['c.txt', guide('鹤壁供电公司', '鹤壁市人民政府网站', '0392-5550177')],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers the part after 那X呢 about X, from its guide', async () => {
    await app.ask('青禾县水利局信息公开电话', 'g39a');
    const answer = await app.ask('那青禾县林业局呢 指南在哪看', 'g39a');
    expect(answer.answer).toContain('青禾县档案馆');
  });

  it('reads a company typed with one syllable (鹤必 for 鹤壁)', async () => {
    expect((await app.ask('鹤必供电公司信息公开电话')).answer).toContain('0392-5550177');
  });

  it('reads 多久更新 with no other thing named as the guide own updating', async () => {
    const answer = await app.ask('青禾县林业局多久更新');
    expect(answer.answer).toContain('每年更新一次');
    expect(answer.answer).not.toContain('20个工作日');
  });
});

/**
 * wrongfig57's classes (wrong figures a probe over every hand-read report found, asking one of two kinds reports print side by
 * side), on made-up reports: a figure whose own words name the other kind (预算 for 决算, 规范性文件 for 规章, 复议 for 诉讼, 全市
 * or 全区 for 市本级 / 区本级 / 区县) is no answer; the same sentence's count of the kind asked is (区县公开37万余条), else the
 * answer says what the sentence states and refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';
import { madeUpReport } from './made-up-pages.js';

const CITY = madeUpReport({
  agency: '青岚市人民政府',
  year: 2024,
  overview: [
    '2024年，全市各级行政机关主动公开政府信息58万余条，其中，市本级公开21万余条，区县公开37万余条。',
    '因政府信息公开引发行政复议共6件，其中结果维持2件。',
    '2025年部门预算总收入8812.5万元，总支出8812.5万元。',
  ],
  received: [20, 2, 0, 0, 1, 0, 23],
  granted: [20, 2, 0, 0, 1, 0, 23],
  normativeDocuments: [5, 1, 31],
});

/** The city's year before, for a follow-up of the year before (its 上年结转 differs from its 本年新收). */
const CITY_YEAR_BEFORE = madeUpReport({
  agency: '青岚市人民政府',
  year: 2023,
  overview: ['2023年，全市各级行政机关主动公开政府信息51万余条。'],
  received: [12, 3, 0, 0, 0, 0, 15],
  carriedOver: [2, 0, 0, 0, 0, 0, 2],
  granted: [14, 3, 0, 0, 0, 0, 17],
});

/** A district's page cut after its overview (no tables): every figure is read from a sentence. */
const DISTRICT = [
  '云栖区人民政府2023年政府信息公开工作年度报告',
  '一、总体情况',
  '2023年，全区共收到政府信息公开申请64件，办结61件。',
  '全年制发行政规范性文件4件，现行有效行政规范性文件17个。',
  '本年度产生行政诉讼案件3件和行政复议案件9件。',
  '通过区政府门户网站发布以区政府名义制发的主动公开文件36件。',
  '编辑区政府公报6期，刊登区政府规章、区政府部门行政规范性文件等41件。',
].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig57 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['city.txt', CITY],
      ['city-2023.txt', CITY_YEAR_BEFORE],
      ['district.txt', DISTRICT],
    ]);
  });
  afterAll(() => app.dispose());

  it('the pages read as made up', async () => {
    expect(values(await app.ask('青岚市2024年收到几件申请'))).toEqual([23]);
    const whole = await app.ask('青岚市2024年全市主动公开多少条');
    expect(whole.answer).toContain('58万余条');
    const received = await app.ask('云栖区2023年全区收到多少件申请');
    expect(values(received)).toEqual([64]);
  });

  it('a level of government asked (区县, 市本级, 区本级) is never answered with the whole (全市, 全区)', async () => {
    const counties = await app.ask('青岚市2024年区县公开多少条');
    expect(counties.kind, counties.answer).toBe('figure');
    expect(counties.answer).toContain('区县公开37万余条');
    expect(counties.answer.split('\n')[0]).not.toContain('58万');
    const own = await app.ask('青岚市2024年市本级公开多少条');
    expect(own.answer.split('\n')[0]).toContain('21万余条');
    const district = await app.ask('云栖区2023年区本级收到多少件申请');
    expect(district.kind, district.answer).toBe('refusal');
    expect(district.answer).toContain('没有单列区本级');
    expect(values(district)).not.toContain(64);
  });

  it('决算 asked is never answered with a 预算 figure', async () => {
    const answer = await app.ask('青岚市2024年部门决算总收入多少');
    expect(answer.kind, answer.answer).toBe('refusal');
    expect(answer.answer).toContain('没有单列决算');
    expect(values(answer)).not.toContain(8812.5);
  });

  it('规章 asked is never answered with a count of 规范性文件, nor 诉讼 with 复议', async () => {
    const rules = await app.ask('云栖区2023年现行有效规章多少个');
    expect(rules.kind, rules.answer).toBe('refusal');
    expect(values(rules)).not.toContain(17);
    const documents = await app.ask('云栖区2023年现行有效规范性文件多少个');
    expect(values(documents)).toEqual([17]);
    const lawsuits = await app.ask('青岚市2024年因政府信息公开引发行政诉讼多少件');
    expect(values(lawsuits), lawsuits.answer).not.toContain(6);
    expect(values(lawsuits), lawsuits.answer).not.toContain(2);
    const [, review] = await converse(app, 'w57-review', ['云栖区2023年收到多少件申请', '云栖区2023年行政复议案件多少件']);
    expect(values(review), review.answer).toEqual([9]);
  });

  it('上一年呢 after a row of table 三 is that row of the year before, never its 上年结转 row', async () => {
    const [first, before] = await converse(app, 'w57-year-before', ['青岚市2024年收到几件申请', '上一年呢']);
    expect(values(first)).toEqual([23]);
    expect(before.kind, before.answer).toBe('figure');
    expect(values(before), before.answer).toEqual([15]);
    expect(before.answer).not.toContain('上年结转');
    const [, carried] = await converse(app, 'w57-carried', ['青岚市2024年收到几件申请', '上一年结转呢']);
    expect(carried.answer).toContain('上年结转');
  });

  it('本年新收 and 上年结转 asked together are summed, never one row stated for the pair', async () => {
    for (const question of [
      '青岚市2023年新收加上年结转一共几件',
      '青岚市2023年本年新收和上年结转加起来几件',
      '青岚市2023年新收的和上年结转的一共几件申请',
    ]) {
      const answer = await app.ask(question);
      expect(answer.kind, `${question}: ${answer.answer}`).toBe('figure');
      expect(answer.answer, question).toContain('合计17件');
    }
  });

  it('an act on documents asked (废止) is never answered with the count of another act (制发, 现行有效)', async () => {
    const repealed = await app.ask('云栖区2023年废止规范性文件多少件');
    expect(values(repealed), repealed.answer).not.toContain(17);
    expect(values(repealed), repealed.answer).not.toContain(4);
    const files = await app.ask('云栖区2023年废止主动公开文件多少件');
    expect(values(files), files.answer).not.toContain(36);
    const made = await app.ask('云栖区2023年制发规范性文件多少件');
    expect(values(made), made.answer).toEqual([4]);
  });

  it('a count naming both kinds together (规章、…规范性文件等41件) is no count of the other kind', async () => {
    const answer = await app.ask('云栖区2023年区政府规章等多少件');
    expect(answer.kind, answer.answer).toBe('figure');
    expect(values(answer)).toEqual([41]);
  });
});

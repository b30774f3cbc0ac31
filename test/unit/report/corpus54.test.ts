/**
 * Importer classes found by the known identity misses (reports-more14/19, reports-more47/07, reports-more57/06) and by
 * test/fixtures/reports-more60 (corpus54), each on made-up text, not the fixtures'.
 */
import { describe, expect, it } from 'vitest';
import { findIdentity, namesInText } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';

describe('a heading that opens with the year (一、2020年度政府信息公开工作基本情况) is section 一 (corpus54)', () => {
  const page = [
    '一、2020年度政府信息公开工作的基本情况',
    '2020年,我厅认真贯彻《中华人民共和国政府信息公开条例》,在厅门户网站发布各类信息310条,办理依申请公开4件,均按期答复。',
    '(一)组织领导情况。厅办公室负责日常工作,各处室明确专人。',
  ].join('\n');

  it('is read as a report: refused only for its unnamed agency, its year read', () => {
    expect(() => parseReport(page)).toThrow(/--agency/);
    const parsed = parseReport(page, { agency: '某省司法厅' });
    expect(parsed.report.year).toBe(2020);
    expect(parsed.report.sections?.overview ?? '').toMatch(/310条/);
  });
});

describe('a town’s proper name jieba cuts with a one-character measure word (嵩山|道|街道) is one name (corpus54)', () => {
  it('names the 街道 a clause starts with whole', () => {
    expect(namesInText('2023年,嵩山道街道办事处认真落实区委、区政府部署')).toContain('嵩山道街道办事处');
  });

  it('is the agency of a titled page that writes it so', () => {
    const page = [
      '嵩山道街道办事处2023年政府信息公开工作年度报告',
      '一、总体情况',
      '2023年,嵩山道街道办事处主动公开政府信息42条。',
      '二、主动公开政府信息情况',
    ].join('\n');
    expect(parseReport(page).report.agency).toBe('嵩山道街道办事处');
  });
});

describe('a bureau named only by its column on its city’s website (corpus54)', () => {
  const page = (column: string, self = '我局') =>
    [
      `报告全面总结2022年市教育局信息公开工作。年度报告电子版可在齐齐哈尔市人民政府门户网站查阅。`,
      '一、总体情况',
      `2022年,${self}主动公开政府信息820条,其中${column}公开102条,政务新媒体公开718条。`,
      '二、主动公开政府信息情况',
    ].join('\n');

  it('takes the city that hosts the column: 齐齐哈尔市政府网站政务公开市教育局专栏 → 齐齐哈尔市教育局', () => {
    expect(parseReport(page('齐齐哈尔市政府网站政务公开市教育局专栏')).report.agency).toBe('齐齐哈尔市教育局');
  });

  it('refuses when the text speaks as another kind of body (我委)', () => {
    expect(() => parseReport(page('齐齐哈尔市政府网站政务公开市教育局专栏', '我委'))).toThrow(/--agency/);
  });

  it('refuses when two bodies’ columns are named', () => {
    expect(() => parseReport(page('齐齐哈尔市政府网站政务公开市教育局专栏和齐齐哈尔市政府网站政务公开市体育局专栏'))).toThrow(/--agency/);
  });

  it('refuses a column of a county’s body on a city’s site (levels disagree)', () => {
    expect(() => parseReport(page('齐齐哈尔市政府网站政务公开县教育局专栏'))).toThrow(/--agency/);
  });

  it('findIdentity gives the same name', () => {
    const lines = page('齐齐哈尔市政府网站政务公开市教育局专栏').split('\n');
    expect(findIdentity(lines, 1).agency).toBe('齐齐哈尔市教育局');
  });
});

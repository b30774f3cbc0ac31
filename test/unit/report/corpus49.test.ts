/**
 * corpus49: a shape of reports-more55 the importer could not date. Made-up page of a real place, made-up figures.
 * - A page with no title, no 统计期限 or 所列数据 words and sentences opening with two years (2023年,XX局…; …;2022年工作报告1条):
 *   its whole calendar year written as a period (主动公开情况:2023年1月1日至2023年12月31日,…) is the report's year. Not when
 *   the period's end is in another year, nor when two whole years are written.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

const page = (period: string) =>
  [
    '一、总体情况',
    '2023年,绵竹市林业局认真贯彻落实《中华人民共和国政府信息公开条例》,扎实做好政务信息公开工作。',
    `(一)主动公开情况:${period},绵竹市林业局总共公开政府信息218条,其中:政策文件类公开96条;工作动态公开122条;2022年政府信息工作报告1条。`,
    '(二)依申请公开情况:2023年度,我局没有依申请公开情况。',
  ].join('\n');

describe('corpus49: a whole year written as a period dates a page with no title', () => {
  it('2023年1月1日至2023年12月31日 in (一)’s line: the 2023 report', () => {
    expect(parseReport(page('2023年1月1日至2023年12月31日')).report.year).toBe(2023);
  });

  it('the end’s year may be left out (2023年1月1日至12月31日)', () => {
    expect(parseReport(page('2023年1月1日至12月31日')).report.year).toBe(2023);
  });

  it('a period ending in another year is no whole year: no year read', () => {
    expect(() => parseReport(page('2022年1月1日至2023年12月31日'))).toThrow(/找不到报告年度/);
  });

  it('two whole years written: no year read', () => {
    expect(() => parseReport(page('2023年1月1日至2023年12月31日(2022年1月1日至2022年12月31日为190条)'))).toThrow(/找不到报告年度/);
  });
});

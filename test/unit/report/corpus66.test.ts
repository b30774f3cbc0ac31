/**
 * corpus66: who a report with no title line is of, two shapes of reports-more72. An autonomous county named in the lead's
 * sentence (…的规定,现公布城步苗族自治县人民政府2019年…报告) keeps its place's own name before its peoples, though jieba reads
 * some such places as common words (通道: a channel). A 广州-style 街 (2024年,石井街严格按照…), its name starting with 大
 * (大源街, not a road's 大街), is the subject of the opening clause. Made-up pages of real places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('corpus66: an autonomous county named inside the lead sentence', () => {
  const page = (county: string) =>
    [
      `根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定,现公布${county}人民政府2019年政府信息公开工作年度报告。本报告数据统计时限为2019年1月1日至12月31日。`,
      '一、总体工作情况',
      '2019年,全县主动公开政府信息1200条。',
    ].join('\n');

  it('a place jieba reads as a common word (通道) stays before its peoples', () => {
    expect(parseReport(page('通道侗族自治县')).report.agency).toBe('通道侗族自治县人民政府');
  });

  it('a place jieba knows (城步) and two peoples (靖州苗族侗族) are kept whole', () => {
    expect(parseReport(page('城步苗族自治县')).report.agency).toBe('城步苗族自治县人民政府');
    expect(parseReport(page('靖州苗族侗族自治县')).report.agency).toBe('靖州苗族侗族自治县人民政府');
  });

  it('printed in 繁体: named as printed', () => {
    expect(parseReport(page('通道侗族自治縣')).report.agency).toBe('通道侗族自治縣人民政府');
  });
});

describe('corpus66: a 街 the subject of the opening clause', () => {
  const page = (street: string) =>
    [
      `2024年,${street}严格按照区委、区政府的工作部署要求,全面落实《中华人民共和国政府信息公开条例》的规定。`,
      '一、总体情况',
      '(一)政府信息主动公开情况',
      '2024年主动公开政务信息共48条。',
      '(二)政府信息依申请公开情况',
      '2024年共收到政府信息公开申请2宗。',
    ].join('\n');

  it('a 街 whose name starts with 大 (大朗街, not a 大街) is the publisher', () => {
    expect(parseReport(page('大朗街')).report.agency).toBe('大朗街');
  });

  it('a road (中山大街) is still no publisher: the page is refused for its agency', () => {
    expect(() => parseReport(page('中山大街'))).toThrow(/--agency/);
  });
});

/**
 * corpus72: three misreads of reports-more78. A verb taking a bare 街道's matters as its object (完成街道重大行政决策事项目录公开,
 * twice) was read as a town named 完成; a report under no title that says it reports a year's work (现将XX镇2024年度政府信息公开
 * 工作情况报告如下) was imported as a guide for naming the guide it compiled; and last year's report, published as routine work
 * without quotes (规范公开XX镇2023年政府信息公开工作年报), was read as the title, its year the report's. Made-up pages of real
 * places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide } from '../../../src/guide/agency-guide.js';
import { parseReport } from '../../../src/report/parse.js';

describe('corpus72: a verb before a bare level is no town', () => {
  const page = (lead: string) =>
    [
      '根据《中华人民共和国政府信息公开条例》有关规定,编制本年度报告。本年度报告中所列数据统计期限从2025年1月1日起至12月31日止。',
      '一、总体情况',
      '(一)主动公开',
      '2025年,依托区政府门户网站,街道主动公开政府信息累计48条。',
      '(二)依申请公开',
      '2025年,街道收到依申请公开政府信息7件。',
      '(三)政府信息管理',
      `${lead}重大行政决策事项目录公开,${lead}重大行政决策事项全过程信息公开。`,
    ].join('\n');

  it('完成街道重大行政决策事项目录公开, the text speaking as a bare 街道: no agency read (asks for --agency)', () => {
    expect(() => parseReport(page('完成街道')).report.agency).toThrow(/--agency/);
  });

  it('a town jieba reads as a word, followed by its own verb (丰收乡在…, 丰收乡坚持…), is still read', () => {
    const text = [
      '一、总体情况',
      '2024年,丰收乡在县委县政府的正确领导下,扎实推进政务公开工作。丰收乡坚持把政府信息公开工作作为重要举措。',
      '本年度报告是根据《中华人民共和国政府信息公开条例》的要求编制而成的。',
      '二、主动公开政府信息情况',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('丰收乡');
  });
});

describe('corpus72: a report saying it reports a year, under no title, is no guide', () => {
  const text = [
    '一、总体情况',
    '2024年,泸西县白水镇认真贯彻落实《中华人民共和国政府信息公开条例》。一是编制了《白水镇人民政府信息公开指南》。' +
      '政府信息公开如发生变化,《指南》将及时作出更新。现将白水镇2024年度政府信息公开工作情况报告如下:',
    '(一)主动公开情况',
    '全年向社会主动公开信息41条,其中:乡镇动态20条。依法公开白水镇2024年度财政预算报告,规范公开白水镇2023年政府信息公开工作年报。',
  ].join('\n');

  it('is not taken for a guide', () => {
    expect(looksLikeAgencyGuide(text)).toBe(false);
  });

  it('is read as the year it reports, not the year of the report it published as routine work', () => {
    const report = parseReport(text).report;
    expect([report.agency, report.year]).toEqual(['泸西县白水镇', 2024]);
  });

  it('a guide that compiles itself stays a guide', () => {
    expect(looksLikeAgencyGuide('为保障公民依法获取政府信息,根据条例编制本指南。\n一、主动公开\n(一)公开范围')).toBe(true);
  });
});

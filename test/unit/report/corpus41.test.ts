/**
 * corpus41: who a report is of, two shapes of reports-more47. A county whose proper name starts with a level's character
 * (镇宁自治县, 镇远县, 乡宁县, 市中区) says where it is: its title's 政府 no longer asks for --agency. A public institution's
 * second name in brackets after its own (XX中心(市XX医院)) is one body under two names: both kept, not glued into one word.
 * Made-up pages of real places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { hasRegion } from '../../../src/report/agency-names.js';
import { parseReport } from '../../../src/report/parse.js';

describe('corpus41: a place whose name starts with a level character', () => {
  it('镇远县, 乡宁县, 市中区, 镇赉县 say where they are; a bare level before a word of no place does not', () => {
    expect(hasRegion('镇远县人民政府')).toBe(true);
    expect(hasRegion('乡宁县教育局')).toBe(true);
    expect(hasRegion('市中区民政局')).toBe(true);
    expect(hasRegion('镇赉县政府')).toBe(true);
    for (const bare of ['市场监督管理局', '市民政局', '县乡村振兴局', '区街道办事处', '市新区管委会', '县政府', '市辖区'])
      expect(hasRegion(bare), bare).toBe(false);
  });

  it('a title 镇远县政府2020年信息公开工作年度报告 is imported, named as its lead writes it', () => {
    const text = [
      '镇远县政府2020年信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》要求,现公布镇远县人民政府2020年政府信息公开工作年度报告。所列数据统计时限为2020年1月1日至2020年12月31日。',
      '一、总体情况',
      '(一)主动公开。2020年,镇远县人民政府全年累计公开文件36件。',
      '(二)依申请公开。2020年,共收到政府信息公开申请4件。',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.agency).toBe('镇远县人民政府');
    expect(report.year).toBe(2020);
  });
});

describe('corpus41: a public institution with its second name in brackets', () => {
  const page = (title: string) =>
    [
      title,
      '本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
      '一、总体情况',
      '(一)主动公开。2022年,我中心向社会公布信息315条。',
      '(二)依申请公开。本年度,我中心未收到政府信息公开申请。',
    ].join('\n');

  it('疾病预防控制中心(市卫生监督所): both names kept, the brackets kept', () => {
    const { report } = parseReport(page('宜宾市疾病预防控制中心(市卫生监督所)2022年政府信息公开年度报告'));
    expect(report.agency).toBe('宜宾市疾病预防控制中心(市卫生监督所)');
    expect(report.year).toBe(2022);
  });

  it('a scope in brackets after a bureau (机关) is still dropped', () => {
    expect(parseReport(page('宜宾市统计局(机关)2022年政府信息公开年度报告')).report.agency).toBe('宜宾市统计局');
  });
});

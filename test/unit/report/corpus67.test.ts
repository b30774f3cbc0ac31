/**
 * corpus67: who a report with no title line is of, three shapes of reports-more73. A zone run as one with its street office,
 * the 街道 in brackets after the zone (XX开发区(XX街道)), keeps both names; so does a zone with the district it is run with in
 * brackets, then its street office (XX高新区(XX区)XX街道办事处), named right after the lead's publishing verb. A report with no
 * title whose only named body is whom to contact, written with the verb and no colon (请联系XX县人民政府办公室): that body,
 * as 请与XX联系 names it. Made-up pages of real places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('corpus67: a zone and its street office under one name, in brackets', () => {
  const page = (name: string) =>
    [
      '2025年政府信息公开工作年度报告',
      `根据《中华人民共和国政府信息公开条例》规定,现公布${name}2025年政府信息公开工作年度报告。本报告所列数据的统计期限从2025年1月1日起到2025年12月31日止。`,
      '一、总体情况',
      '(一)主动公开情况',
      '全年主动公开政府信息86条。',
    ].join('\n');

  it('a zone, its 街道 in brackets after it (盐城经济技术开发区(步凤镇)): both names kept', () => {
    expect(parseReport(page('常熟经济技术开发区(碧溪街道)')).report.agency).toBe('常熟经济技术开发区(碧溪街道)');
    expect(parseReport(page('盐城经济技术开发区(步凤镇)')).report.agency).toBe('盐城经济技术开发区(步凤镇)');
  });

  it('a zone, the district it is run with in brackets, then a street office: the whole name', () => {
    expect(parseReport(page('扬州高新区(邗江区)汊河街道办事处')).report.agency).toBe('扬州高新区(邗江区)汊河街道办事处');
  });

  it('a street office alone stays as it is', () => {
    expect(parseReport(page('扬州市邗江区汊河街道办事处')).report.agency).toBe('扬州市邗江区汊河街道办事处');
  });
});

describe('corpus67: a contact clause with the verb and no colon (请联系XX办公室)', () => {
  const page = (contact: string) =>
    [
      `本报告依据《中华人民共和国政府信息公开条例》要求编写。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止,报告将通过砚山县人民政府网站公布。如对本报告有任何疑问,${contact},地址:砚山县振兴路1号,电话:0876—3121234。`,
      '一、总体情况',
      '2023年,全县政府信息公开网站主动公开信息2315条。',
      '(一)主动公开',
      '发布稳经济相关政策措施42条。',
    ].join('\n');

  it('请联系XX县人民政府办公室 names whom to contact, as 请与…联系 does: that office (reports-more36 濂溪区 convention)', () => {
    expect(parseReport(page('请联系砚山县人民政府办公室')).report.agency).toBe('砚山县人民政府办公室');
    expect(parseReport(page('请与砚山县人民政府办公室联系')).report.agency).toBe('砚山县人民政府办公室');
  });

  it("a town's 党政办 to contact, with the verb: the town's government", () => {
    const text = page('请联系砚山县维摩彝族乡人民政府党政办').replace(/全县政府信息公开网站/, '我乡');
    expect(parseReport(text).report.agency).toBe('砚山县维摩彝族乡人民政府');
  });
});

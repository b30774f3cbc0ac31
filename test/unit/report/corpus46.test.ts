/**
 * corpus46: shapes of reports-more52. A page with no title whose agency is named only as the subject of section 一's
 * sentences by its district and an abbreviation jieba cuts across the district's level (文登|区住|建局 → 文登区住建局); a
 * 办事处 run as one with its zone, the zone in brackets after it (靖江市城南办事处(城南园区)), keeping both names; a title
 * naming a zone short (亳州高新区2022年…报告) over an opening that names the report in full with the zone's 管理委员会. Made-up
 * pages of real places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('corpus46: a district and an abbreviation glued by the word cutter', () => {
  it('蓬莱区住建局 as the subject of section 一, with no title, lead or contact, is the agency', () => {
    const text = [
      '一、总体情况',
      '蓬莱区住建局认真落实政府信息公开工作要求,明确分管领导和专人负责。2021年,蓬莱区住建局共主动公开政府信息64条,其中工作动态30条。',
      '(二)依申请公开情况。全年收到政府信息公开申请3件。',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.agency).toBe('蓬莱区住建局');
    expect(report.year).toBe(2021);
  });

  it('a place the word cutter keeps whole (牟平区住建局) reads as before', () => {
    const text = [
      '一、总体情况',
      '牟平区住建局认真落实政府信息公开工作要求。2022年,牟平区住建局共主动公开政府信息51条。',
      '(二)依申请公开情况。全年收到政府信息公开申请2件。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('牟平区住建局');
  });
});

describe('corpus46: an office run as one with its zone, the zone in brackets', () => {
  it('现公布XX市XX办事处(XX园区)2023年…报告 keeps the zone as its second name', () => {
    const text = [
      '河西办事处、河西园区2023年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》规定,现公布丹阳市河西办事处(河西园区)2023年政府信息公开工作年度报告。报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      '一、总体情况',
      '2023年,河西办事处发布政府信息、动态等41条。',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.agency).toBe('丹阳市河西办事处(河西园区)');
    expect(report.year).toBe(2023);
  });

  it('a bracket that is an aside (以下简称) is still dropped', () => {
    const text = [
      '根据《中华人民共和国政府信息公开条例》规定,现公布丹阳市河西街道办事处(以下简称河西街道)2023年政府信息公开工作年度报告。',
      '一、总体情况',
      '2023年,河西街道发布政府信息41条。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('丹阳市河西街道办事处');
  });
});

describe('corpus46: a zone named short in the title, in full in the opening', () => {
  it('芜湖经开区2023年…报告 over 现发布《芜湖经济技术开发区管理委员会2023年…报告》 is the 管理委员会', () => {
    const text = [
      '芜湖经开区2023年政府信息公开工作年度报告',
      '发布时间:2024-01-20 来源:芜湖经济技术开发区管理委员会',
      '根据《中华人民共和国政府信息公开条例》规定,现发布《芜湖经济技术开发区管理委员会2023年政府信息公开工作年度报告》。',
      '一、总体情况',
      '(一)主动公开情况。2023年,芜湖经开区在政府网站发布信息215条。',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.agency).toBe('芜湖经济技术开发区管理委员会');
    expect(report.year).toBe(2023);
  });

  it('an opening that quotes another year’s report, or another place’s, leaves the title’s name', () => {
    const text = [
      '芜湖经开区2023年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》和《繁昌经济开发区管理委员会2023年政府信息公开工作年度报告》格式,现发布本报告。',
      '一、总体情况',
      '(一)主动公开情况。2023年,芜湖经开区在政府网站发布信息215条。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('芜湖经开区');
  });
});

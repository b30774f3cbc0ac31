/**
 * Importer classes found by test/fixtures/reports-more57 (corpus51), each on made-up text, not the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('an opening that reports 现对… 年度政府信息公开情况报告如下 (corpus51)', () => {
  // No title; the opening names the body and says what follows is its year's report with 现对 (not 现将), only section 一 cut.
  const page = [
    '根据《中华人民共和国政府信息公开条例》要求,达州市政务服务管理局坚持依法公开原则,现对局2022年度政府信息公开情况报告如下:',
    '一、总体情况',
    '今年以来,市政务服务管理局加大公开力度,全年在门户网站发布信息136条。',
    '(一)加强组织领导。成立了政府信息公开领导小组,办公室设在综合科。',
  ].join('\n');

  it('is a report: read with its agency and year, not refused as no report', () => {
    const report = parseReport(page).report;
    expect(report.agency).toBe('达州市政务服务管理局');
    expect(report.year).toBe(2022);
  });
});

describe("a title's short name whose full name only the 来源: line writes, the government's words inside it (corpus51)", () => {
  // 市卫健委2024年…报告 over 来源:绵阳市人民政府卫生健康委员会: the city's commission, its name with the government's words.
  const page = [
    '市卫健委2024年政府信息公开工作年度报告',
    '来源:绵阳市人民政府卫生健康委员会 发布时间:2025-01-20 09:30',
    '本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
    '一、总体情况',
    '2024年,市卫健委主动公开政府信息412条,收到政府信息公开申请9件。',
  ].join('\n');

  it('is that full name, not refused asking for --agency', () => {
    const report = parseReport(page).report;
    expect(report.agency).toBe('绵阳市人民政府卫生健康委员会');
    expect(report.year).toBe(2024);
  });

  it('a 来源: line naming another kind of body leaves the short name refused', () => {
    const other = page.replace('绵阳市人民政府卫生健康委员会', '绵阳市人民政府办公室');
    expect(() => parseReport(other)).toThrow(/没有写明所属地区/);
  });
});

describe("a site's greeting banner above the title (corpus51)", () => {
  // 欢迎光临XX厅 over a title naming no agency and the page's 发布机构 field: the greeting is no part of the name.
  const page = [
    '欢迎光临青海省交通运输厅',
    '2024年政府信息公开工作年度报告',
    '发布机构：青海省交通运输厅',
    '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
    '一、总体情况',
    '2024年,我厅主动公开政府信息326条,收到政府信息公开申请14件。',
  ].join('\n');

  it('names the body without 欢迎光临', () => {
    expect(parseReport(page).report.agency).toBe('青海省交通运输厅');
  });
});

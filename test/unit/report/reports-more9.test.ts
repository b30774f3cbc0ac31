/**
 * A ninth set of real reports (test/fixtures/reports-more9): 5 whole crawled pages of the 平潭综合实验区 archive not used
 * before (公安局 2022 with a glued row running into the next item's number, 行政审批局 2020 with cells spaced unevenly
 * and 2024 with a review whose total is printed 0, 苏平片区管理局 2024 and 2025 with a 信息处理费 table as section 五),
 * and 22 web pages of other provinces' agencies cut off (街道, 镇, 卫健委, 商务局, 统计局, 信访局): traditional-character
 * mirrors (one with pinyin glued into words), a spam mirror that replaced the region, one cell a line, pipe rows, a
 * 2019 table whose blank cells print as nothing (| 7 | 1 | 8 |), titles broken over lines, glued to the first sentence,
 * only inside a sentence or missing, names only in a contact line, five texts naming no agency. Figures read by hand
 * (each JSON's `source` and `notes`).
 * First run before any fix: 2/27 files wrong, 0/299 cells wrong or missing: 12's agency read as 或本机关网站泰安市商务局
 * (a website's words glued before the name in a contact sentence), and 22, a truth error (its JSON said 中仓街道; the
 * text also prints 中仓街道办事处, the full name kept as in 26).
 * A second batch (28–31: township pages cut off) found after those fixes, first run 2/4 files wrong, 0/7 cells: 28 refused
 * (丰收乡 not found: jieba reads 丰收 as a verb, and the page has no title and no 我乡) and 31 refused as no report (its only
 * heading is 一、总体情况, its sub-headings numbered 1、2、 instead of （一）（二）).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { buildReport, FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more9'), /^\d+\.(?:txt|md|html)$/);
const { asFound } = folder;

describe('a ninth set of real reports, other agencies and other sources, imported into SQLite', () => {
  itReadsEveryFile(folder, 31);

  const read = (name: string) => asFound.get(name)!.report!;

  it('a website named before the agency (本机关网站XX局) is no part of its name', () => {
    // 12: 报告的电子版可在…或本机关网站泰安市商务局”(…)下载 … 请与泰安市商务局联系.
    expect(read('12.txt').agency).toBe('泰安市商务局');
    // Made up: no title, 我局, and the name only after 本单位门户网站 and in the contact sentence.
    const text = [
      '根据《中华人民共和国政府信息公开条例》,现公布2023年度本单位政府信息公开工作年度报告。报告电子版可在本单位门户网站滨海县教育局下载,如有疑问请与滨海县教育局联系。',
      '一、总体情况',
      '2023年,我局主动公开政府信息120条。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '2023年未收到政府信息公开申请。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('滨海县教育局');
  });

  it('a row whose blank cells print as nothing is read only when it is all zeros: no cell is placed by guess', () => {
    // 16: 一、本年新收… | 7 | 1 | 8 | (which legal-person column holds the 1 cannot be told); 二、上年結轉 | 0 | 0 |.
    const report = folder.withAgency.get('16.txt')!.report!;
    expect(report.applications.received).toBeUndefined();
    expect(report.applications.granted).toBeUndefined();
    expect(report.applications.carried_over).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.missing).toContain('applications.received');
  });

  it("the 2019 layout's 本年增/减 printed with the word for its sign (减3, 增加2) is the signed change", () => {
    // 16: 行政許可 | 37 | 減3 | 1125 (traditional characters).
    expect(folder.withAgency.get('16.txt')!.report!.proactive.licensing_2019).toEqual([37, -3, 1125]);
    // Made up: 减4, 增加2 and 減少1 in one table 二.
    const text = [
      '滨海县市场监督管理局2020年政府信息公开工作年度报告',
      '一、总体情况',
      '2020年，我局主动公开政府信息50条。',
      '二、主动公开政府信息情况',
      '第二十条第（五）项',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量',
      '行政许可 | 6 | 减4 | 2',
      '其他对外管理服务事项 | 2 | 增加2 | 114',
      '第二十条第（六）项',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量',
      '行政处罚 | 25 | 減少1 | 30',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.proactive.licensing_2019).toEqual([6, -4, 2]);
    expect(report.proactive.other_services_2019).toEqual([2, 2, 114]);
    expect(report.proactive.penalties_2019).toEqual([25, -1, 30]);
  });

  it('a fee statement under its own heading before the problems (五、信息处理费收取情况 六、存在的主要问题) is the other section: the report is whole', () => {
    // 04 and 05 (苏平片区管理局 2025 and 2024): the fee table as 五, the problems as 六, no 其他需要报告的事项.
    for (const name of ['04.txt', '05.txt']) {
      const report = read(name);
      expect(report.missing, name).toEqual([]);
      expect(report.sections.other, name).toContain('实际收取金额');
      expect(report.sections.problems, name).toContain('存在的主要问题');
      expect(report.sections.appeals, name).not.toContain('信息处理费');
    }
    // Made up: the same order in the catalogue's layout, the fee statement in a sentence.
    const fee = buildReport()
      .replace(
        '五、存在的主要问题及改进情况',
        '五、政府信息公开信息处理费收取情况\n\n本年度未收取信息处理费。\n\n六、存在的主要问题和改进情况',
      )
      .replace(/六、其他需要报告的事项[\s\S]*$/, '');
    const { report } = parseReport(fee);
    expect(report.missing).not.toContain('other');
    expect(report.sections.other).toContain('未收取信息处理费');
    expect(report.sections.problems).toBeDefined();
    // A report that has both keeps its own other-matters section as the other section.
    const both = buildReport().replace(
      '五、存在的主要问题及改进情况',
      '五、信息处理费收取情况\n\n本年度未收取信息处理费。\n\n六、存在的主要问题及改进情况',
    );
    const kept = parseReport(both).report;
    expect(kept.missing).not.toContain('other');
    expect(kept.missing).not.toContain('problems');
    expect(kept.sections.other).toContain('未产生信息公开处理费');
  });

  it('a page with only section 一, its sub-headings numbered with digits (1、主动公开情况 2、依申请公开…), is a report', () => {
    // 31: 河东乡 2022, no title, 现将我乡2022年度政府信息公开工作总体情况进行报告, cut off inside section 一.
    expect(read('31.txt').year).toBe(2022);
    // Made up: the same shape with 1. and 2.
    const text = [
      '一、总体情况',
      '2023年,石门乡认真开展政府信息公开工作。现将我乡2023年度政府信息公开工作情况报告。',
      '1.主动公开情况',
      '2023年我乡主动公开政府信息88条。',
      '2.依申请公开情况',
      '2023年我乡未收到政府信息公开申请。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('石门乡');
    // Numbered lines that are no sub-headings of section 一 make no report.
    const notice = ['一、总体情况', '1.加强领导', '2.明确责任', '做好政府信息公开工作。'].join('\n');
    expect(() => parseReport(notice)).toThrow(/不是政府信息公开工作年度报告/);
  });

  it('a township jieba reads as a word (丰收乡), named at the start of two clauses of the opening, is the agency', () => {
    // 28: 2022年以来,丰收乡在县委县政府的正确领导下…。丰收乡坚持把政府信息公开工作…; no title, no 我乡.
    expect(read('28.txt').agency).toBe('丰收乡');
    const page = (opening: string) =>
      ['一、总体情况', opening, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '本年度未收到政府信息公开申请。'].join(
        '\n',
      );
    // Made up: 胜利街道 twice at a clause's start.
    const made = page(
      '2023年以来,胜利街道在区委区政府的领导下,扎实推进政务公开。胜利街道坚持把政府信息公开作为重要工作,本年度报告是根据《中华人民共和国政府信息公开条例》编制的。',
    );
    expect(parseReport(made).report.agency).toBe('胜利街道');
    // Once only (围绕乡党委…): no name.
    const once = page('2023年,围绕乡党委政府中心工作,扎实推进政务公开。本年度报告是根据《中华人民共和国政府信息公开条例》编制的。');
    expect(() => parseReport(once)).toThrow(/--agency/);
  });
});

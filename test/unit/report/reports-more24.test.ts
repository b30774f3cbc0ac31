/**
 * A twenty-fourth set of real reports (test/fixtures/reports-more24): 西北 and 华中 — 陕西, 甘肃, 宁夏, 青海, 新疆, 河南, 湖北,
 * 山东, 安徽 and 山西, 2019 to 2025: county bureaus (教育局, 卫健局, 应急管理局, 住建局, 统计局, 医保局, 退役军人事务局, 农业农村局), 乡镇 and
 * 街道, city departments, a province's department, a city and a county government's whole reports. Shapes: no title with the
 * agency only in the first sentence or the contact clause, titles split over two lines or with a space inside the year,
 * 工作的报告 / 工作报告 / 年度报告 without 工作, dates glued (2023 11日到1231日), a report printed on one line, tables a cell a
 * line (one with empty lines between, one ending each cell with |), pages cut in section 一 or inside table 二 or 三.
 * Figures read by hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 * First run: 30 of 30 files as their JSON (agency, year, partial; 29 and 30 name no agency and are refused for --agency;
 * 14's and 30's table 二, 30's table 三 head rows); three more added after (31-33, 宁夏 and 青海): 3 of 3. No importer change
 * was needed for the cells; one reading fix for the answers (报刊 a channel: 通过报刊、微信公众号等媒体…344条 counts both,
 * test/unit/qa/corpus24-real.test.ts). Not read: counts in 万 (主动公开政府信息20余万条, 31), which the prose reader skips.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more24'), /^\d+\.(?:txt|md|html)$/);

describe('a twenty-fourth set of real reports, north-west and central bodies, towns and streets, imported into SQLite', () => {
  itReadsEveryFile(folder, 30);

  it('a table a cell a line separated by empty lines reads table 二 whole before a cut in table 三', () => {
    const report = folder.asFound.get('14.txt')!.report!;
    // Every row of table 二 read (规章, 规范性文件, 许可, 处罚, 强制, 收费), each cell 0 as printed.
    expect(Object.keys(report.proactive)).toEqual(expect.arrayContaining(['licensing', 'penalties', 'coercive_measures']));
    expect(
      Object.values(report.proactive)
        .flat()
        .every((value) => value === 0),
    ).toBe(true);
    expect(report.applications).toEqual({});
  });

  it('a title with a space inside (清水县人民政府2019年 政府信息公开工作年度报告), all on one line, names the county government', () => {
    const report = folder.asFound.get('25.txt')!.report!;
    expect(report.agency).toBe('清水县人民政府');
    const values = report.proseFigures.map((figure) => figure.value);
    expect(values).toContain(8769);
    expect(values).toContain(64627);
  });

  it('no title, the agency only in the contact clause (请与宣州区医疗保障局联系), names it', () => {
    expect(folder.asFound.get('22.txt')!.report!.agency).toBe('宣州区医疗保障局');
  });
});

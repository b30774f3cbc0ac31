/**
 * A forty-third set of real reports (test/fixtures/reports-more43), chosen for kinds of agency, regions and page shapes the
 * earlier folders have few of: 西藏 (自治区地震局 with its address and phone as lines of their own before 一、, and 自治区民委 as
 * a 繁体 spam mirror with pinyin glosses and a pipe metadata table), 残联 (长春市, titled 2024年市残联… with the body named in
 * full only in its first sentence; 公主岭市, titled 市残联政府信息公开工作年度报告 with no year and no city), 新疆 乡 (乌恰县膘尔托
 * 阔依乡 with a pipe metadata table, 奇台县大泉塔塔尔族乡 on a mirror with glued dates 自20241月1日起, 昌吉市阿什里乡 saying in
 * words that no application came in), 三亚市 (no title, a city-wide mirror page with its table 三 in prose), 城中区文体旅游科技局
 * (no title, table 二 crawled one cell a line, each cell ending in |, before its own heading) and 广东省林业局 (a 省直
 * department): 2023 to 2025 pages cut off as the search tool stores them. Figures read by hand (each JSON's `source`, `prose`,
 * `proactive` and `notes`), the pages saved before the importer first ran on them.
 * First run: 8 of 10 read as their JSON said, and 09's table 二 was not read (it stands before its heading 二、, which the page
 * follows at once with 三、): fixed, its six rows read as the JSON says. Two JSON names changed to the importer's, each noted in
 * its JSON: 02 as printed in 繁体 (西藏自治區民委, as the project keeps 紫金縣人民政府) and 08 as 三亚市 (the page names only the
 * city). No page here is refused, so this folder is checked file by file rather than with itReadsEveryFile (which wants one
 * unnamed page).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFixtureFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more43'), /^\d+\.(?:txt|md|html)$/);

describe('a forty-third set of real reports, 西藏, 新疆 乡, 残联, 三亚 and a 省直 department, imported into SQLite', () => {
  it('the fixtures are all there, each with its source and agency', () => {
    expect(folder.files.length).toBeGreaterThanOrEqual(10);
    for (const file of folder.files) expect(file.truth.source.length).toBeGreaterThan(10);
    expect(folder.unnamed).toEqual([]);
  });

  it.each(folder.files.map((file) => [file.name, file] as const))('%s: agency, year, and imported as partial', (_name, file) => {
    const outcome = folder.asFound.get(file.name)!;
    expect(outcome.error).toBeUndefined();
    expect(outcome.report!.agency).toBe(file.truth.agency);
    expect(outcome.report!.year).toBe(file.truth.year);
    expect(outcome.report!.missing.length).toBeGreaterThan(0);
  });

  it('09: table 二 crawled one cell a line before its own heading is read cell by cell', () => {
    const file = folder.files.find((candidate) => candidate.name === '09.txt')!;
    const proactive = (file.truth as unknown as { proactive: Record<string, number[]> }).proactive;
    const outcome = folder.asFound.get('09.txt')!;
    for (const [row, values] of Object.entries(proactive)) expect(outcome.report!.proactive[row], row).toEqual(values);
    expect(outcome.report!.missing).not.toContain('proactive.table');
  });

  it('prose figures and contacts read by hand are stored', () => {
    const contacts = (name: string) => folder.asFound.get(name)!.report!.contacts as Record<string, string | undefined>;
    expect(contacts('01.txt').phone).toContain('0891-6332233');
    expect(contacts('03.txt').phone).toContain('0431-88632079');
    expect(contacts('06.txt').phone).toContain('0994-7380268');
    expect(contacts('10.txt').phone).toContain('020-81723806');
    const values = (name: string) => folder.asFound.get(name)!.report!.proseFigures.map((figure) => figure.value);
    expect(values('02.txt')).toEqual(expect.arrayContaining([68, 55, 4, 9]));
    expect(values('04.txt')).toEqual(expect.arrayContaining([8, 7, 1361, 83, 95]));
    expect(values('08.txt')).toEqual(expect.arrayContaining([1681, 1565, 116, 1641, 845, 513, 79]));
  });
});

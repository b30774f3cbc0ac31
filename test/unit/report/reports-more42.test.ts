/**
 * A forty-second set of real reports (test/fixtures/reports-more42), chosen for kinds of agency and page shapes the earlier
 * folders have few of: 开发区 and 新区 管委会 (番禺经开区 with no title, 泰安高新区, 长春新区 with its table 二 one cell a line
 * and glued dates, 长兴岛 named only by its website), a 卫健委 with a parenthesised district (泰州医药高新区(高港区)), a
 * 省级 office (辽宁省人民政府办公厅, a spam mirror with ?? before every line), 常州市卫健委 (年报 in the title, a metadata
 * block first), 乡镇 (施甸县太平镇 with a pipe metadata table, 涪陵区增福镇 with a space before the year, 蚬冈镇 spam-substituted),
 * 浑江区卫健局 and 临河区发改委 (no title): 2025 and 2024 pages cut off as the search tool stores them.
 * Figures read by hand (each JSON's `source`, `prose`, `proactive` and `notes`), the pages saved before the importer first ran
 * on them. First run: 9 of 12 read as their JSON said; three JSON names changed to the importer's, each defensible and noted
 * in its JSON: 02 without the brackets of (高港区) (the project's names drop brackets), 03 as 长兴岛经济技术开发区 (the page
 * speaks as 我区 and names the 开发区 by its website) and 10 as 蚬冈镇 (a bare town name), both of which the JSON first gave
 * as null. No page here is refused, so this folder is checked file by file rather than with itReadsEveryFile (which wants one
 * unnamed page). Table 二 of 09 (one cell a line) read cell by cell as its JSON says.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFixtureFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more42'), /^\d+\.(?:txt|md|html)$/);

describe('a forty-second set of real reports, 管委会, 乡镇, 卫健委 and a 省级 office, imported into SQLite', () => {
  it('the fixtures are all there, each with its source and agency', () => {
    expect(folder.files.length).toBeGreaterThanOrEqual(12);
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

  it('09: table 二 crawled one cell a line is read cell by cell', () => {
    const file = folder.files.find((candidate) => candidate.name === '09.txt')!;
    const proactive = (file.truth as unknown as { proactive: Record<string, number[]> }).proactive;
    const outcome = folder.asFound.get('09.txt')!;
    for (const [row, values] of Object.entries(proactive)) expect(outcome.report!.proactive[row], row).toEqual(values);
  });
});

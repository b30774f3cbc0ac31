/**
 * A thirty-seventh set of real reports (test/fixtures/reports-more37), 2025 pages of regions and kinds the fixtures lacked, for
 * real-questions-corpus33: 西藏自治区审计厅 (titled 政务信息公开工作开展年度报告, table 二 crawled one cell a line and cut at
 * 2025年), 西藏自治区国有资产监督管理委员会 (a pipe metadata table, 期 of OA items), 高青县人民政府办公室 twice (2024 and 2025,
 * 720余条 and 750余条, a full contact clause), 四川蓬安工业园区管理委员会 (site chrome first), 吕合镇人民政府 (no title, named in
 * its contact clause), a 开发区 that names itself no more (refused without --agency), 白银市平川区发展和改革局 (a title with no
 * name, the name in 《》), 白银区人民政府办公室 (20251月1日 glued), 海城市西四镇 (table 二 glued per row: 规章000) and 双兴镇 (a
 * title with no region, a count with no measure word): pages cut as the search tool stores them. Figures read by hand (each
 * JSON's `source`, `prose`, `table` and `notes`), the pages saved before the importer first ran on them.
 * First run: 10 of 11 as their JSON says (07 refused without --agency, as its JSON says), but 01's 行政事业性收费 row was not
 * read (0 with the cut's 2025 taken for one more cell: fixed, a year with 年 after a row's cells ends the row); 11 stored as
 * 双兴镇人民政府 with no region (a gap).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more37'), /^\d+\.(?:txt|md|html)$/);

describe('a thirty-seventh set of real reports, 2025 pages of new regions and kinds, imported into SQLite', () => {
  itReadsEveryFile(folder, 11);

  it('01: table 二 read one cell a line, the fee row too though the page is cut at 2025年 right after it', () => {
    const outcome = folder.asFound.get('01.txt')!;
    expect(outcome.error).toBeUndefined();
    expect(outcome.report!.proactive.fees_wan_yuan).toEqual([0]);
    expect(outcome.report!.proactive.normative_documents).toEqual([1, 0, 2]);
    expect(outcome.report!.missing).not.toContain('proactive.fees_wan_yuan');
  });

  it('03 and 04: one agency, two years', () => {
    expect(folder.asFound.get('03.txt')!.report!.agency).toBe(folder.asFound.get('04.txt')!.report!.agency);
    expect(folder.asFound.get('03.txt')!.report!.year).toBe(2024);
    expect(folder.asFound.get('04.txt')!.report!.year).toBe(2025);
  });
});

/**
 * A twelfth set of real reports (test/fixtures/reports-more12): 教育局 pages found with the search tool, cut off at about
 * 2,000 characters as the tool stores them: a 繁体 mirror with no title line, pages that name their agency only in the first
 * sentence (现公布X2025年政府信息公开工作年度报告, 由X办公室编制的2024年度…报告), table 二 one cell a line with blank lines
 * between, and a page with no region anywhere. Figures read by hand (each JSON's `source` and `notes`).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more12'), /^\d+\.(?:txt|md|html)$/);

describe('a twelfth set of real reports, 教育局 pages, imported into SQLite', () => {
  itReadsEveryFile(folder, 6);
});

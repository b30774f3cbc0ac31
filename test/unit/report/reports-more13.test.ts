/**
 * A thirteenth set of real reports (test/fixtures/reports-more13): agency kinds not covered before (财政局, 司法局, 文旅局
 * and a provincial 文化和旅游厅, 气象局, 商务局, 档案局, two 管委会), 2020 to 2025, cut off at about 2,000 characters as the
 * search tool stores them: titles over two lines or missing, metadata in pipes or bullets, a 繁体 PDF mirror with pinyin in
 * brackets, 2019-layout table 二 one cell a line, a spam mirror naming no agency. Figures read by hand (each JSON's
 * `source` and `notes`), written before the importer first ran on them.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more13'), /^\d+\.(?:txt|md|html)$/);

describe('a thirteenth set of real reports, other agency kinds, imported into SQLite', () => {
  itReadsEveryFile(folder, 19);
});

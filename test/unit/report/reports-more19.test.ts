/**
 * A nineteenth set of real reports (test/fixtures/reports-more19): 卫生健康, 水务 and 水利 bodies, a 海关 关区 of 2019, a
 * state-owned water company, a school, 教育局 (four), 街道 (four), 乡 (three 2025 reports, one 繁体), a 高新区 管委会, a
 * 繁体 税务分局, a city's own report, a 市政府研究室 of 2019, 2019 to 2025, cut off as the search tool stores them. Figures
 * read by hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more19'), /^\d+\.(?:txt|md|html)$/);

describe('a nineteenth set of real reports, water bodies, schools, streets and towns, imported into SQLite', () => {
  itReadsEveryFile(folder, 22);
});

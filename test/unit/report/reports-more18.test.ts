/**
 * An eighteenth set of real reports (test/fixtures/reports-more18): 垂直管理 bodies (气象局 of a county, a city, a province
 * and a 自治区, two 税务局 of the 国家税务总局, a 海关 关区), 街道 and 乡 (eleven), 开发区 (a 管委会, a zone's 街道 and 局, a
 * 繁体 高新區 centre), 卫生健康 bodies, 2018 to 2025 (seven 2025 reports), cut off as the search tool stores them. Figures
 * read by hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more18'), /^\d+\.(?:txt|md|html)$/);

describe('an eighteenth set of real reports, 垂直管理 bodies, towns and zones, imported into SQLite', () => {
  itReadsEveryFile(folder, 30);
});

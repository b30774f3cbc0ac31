/**
 * A twenty-first set of real reports (test/fixtures/reports-more21): towns and streets of 浙江, 江苏, 江西, 福建, 山东, 湖北,
 * 河南 and 安徽 (2019 to 2025), 开发区 and 园区 (a 繁体 mirror, a spam mirror, a 高新区's 办事处), 气象 bodies, 水利局, a
 * state-owned water company on a 繁体 mirror that prints pinyin after characters, cut off as the search tool stores them.
 * Figures read by hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more21'), /^\d+\.(?:txt|md|html)$/);

describe('a twenty-first set of real reports, towns, streets, zones and a water company, imported into SQLite', () => {
  itReadsEveryFile(folder, 30);
});

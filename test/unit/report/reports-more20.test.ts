/**
 * A twentieth set of real reports (test/fixtures/reports-more20), from the northern, western and south-western provinces:
 * 街道 (Chongqing, Sichuan, Tianjin), 乡 and 镇 of 2021 and 2025, 开发区 and an industrial park (one 繁体), a 气象局, a 旗's
 * 卫生健康委员会, a 审计厅, county offices and a county's own report, 2019 to 2025, cut off as the search tool stores them.
 * Figures read by hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more20'), /^\d+\.(?:txt|md|html)$/);

describe('a twentieth set of real reports, streets, towns, zones and county offices, imported into SQLite', () => {
  itReadsEveryFile(folder, 26);
});

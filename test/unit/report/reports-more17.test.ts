/**
 * A seventeenth set of real reports (test/fixtures/reports-more17): agency kinds not covered before (住房和城乡建设局/委员会 and
 * 住房和城市更新局, 人民防空办公室, 乡村振兴局, 知识产权局, 公共资源交易中心 and a 分中心, 信访局, 机关事务管理局, 政务服务和大数据管理局,
 * 文化和旅游局, a 粮食和物资储备局), 2018 to 2025 (eight 2025 reports), cut off as the search tool stores them. Figures read by
 * hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more17'), /^\d+\.(?:txt|md|html)$/);

describe('a seventeenth set of real reports, other agency kinds, imported into SQLite', () => {
  itReadsEveryFile(folder, 30);
});

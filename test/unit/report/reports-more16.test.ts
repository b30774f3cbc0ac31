/**
 * A sixteenth set of real reports (test/fixtures/reports-more16): agency kinds not covered before (工业和信息化局 and
 * 经济和信息化局, 体育局 and a 体育事业发展中心, 退役军人事务局 and a 厅, 卫生健康局, 开发区 管委会 and a 经济发展局, a 学院, a 县医院,
 * 政府办公室, towns and 街道 of other provinces), 2019 to 2025, cut off as the search tool stores them. Figures read by hand
 * (each JSON's `source` and `notes`), written before the importer first ran on them.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more16'), /^\d+\.(?:txt|md|html)$/);

describe('a sixteenth set of real reports, other agency kinds, imported into SQLite', () => {
  itReadsEveryFile(folder, 30);
});

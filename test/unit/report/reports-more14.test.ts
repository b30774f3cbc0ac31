/**
 * A fourteenth set of real reports (test/fixtures/reports-more14): agency kinds not covered before (医疗保障局, 供销合作社 and
 * 供销联社, 城市管理局 and a 城管执法局, provincial 司法厅 and city 司法局, 气象局, 档案馆, a 残疾人联合会, a township), 2018 to
 * 2025, cut off at about 2,000 characters as the search tool stores them: titles with the year first, titles only inside
 * 现发布《…》, a 繁体 mirror, spam mirrors, metadata blocks and bullets, 2019-layout table 二 one cell a line with blank or
 * dropped cells, a 2018 report in the layout before the 2019 revision, pages naming no agency with its region. Figures read
 * by hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more14'), /^\d+\.(?:txt|md|html)$/);

describe('a fourteenth set of real reports, other agency kinds, imported into SQLite', () => {
  itReadsEveryFile(folder, 30);
});

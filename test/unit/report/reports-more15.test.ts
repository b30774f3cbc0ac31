/**
 * A fifteenth set of real reports (test/fixtures/reports-more15): agency kinds not covered before (发展和改革委员会 and
 * 发展和改革局, 退役军人事务局, 应急管理局, 林业局 and 林业和草原局, 水利局, 审计局, 统计局, 粮食和物资储备局, 民族宗教, 国家体育总局,
 * 街道 of four provinces), 2019 to 2025, cut off as the search tool stores them: titles without a name or a year, names only
 * in a contact or inside 现发布《…》, 繁体 mirrors, a spam word glued to a name, metadata blocks, 2021-layout table 三 one cell
 * a line, 2019-layout table 二 in pipes, pages naming no agency with its region. Figures read by hand (each JSON's `source`
 * and `notes`), written before the importer first ran on them.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more15'), /^\d+\.(?:txt|md|html)$/);

describe('a fifteenth set of real reports, other agency kinds, imported into SQLite', () => {
  itReadsEveryFile(folder, 30);
});

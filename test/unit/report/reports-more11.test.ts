/**
 * An eleventh set of real reports (test/fixtures/reports-more11): 33 web pages cut off, of agency kinds and regions
 * chosen to differ: 交通运输局 (and a provincial 厅), 市场监督管理局, 生态环境局 (and a district 分局), 农业农村局,
 * 人力资源和社会保障局, a 开发区管委会, townships and a 街道; 2019 to 2024 reports; 繁体 and spam mirrors, metadata blocks in
 * pipes or bullets, tables one cell a line with ' |' and bare-pipe lines, a page whose headings 二 to 四 print nothing
 * under them, titles cut, without a region, ending 工作报告 or 年度报告 without 工作, or missing. Figures read by hand
 * (each JSON's `source` and `notes`) before the importer was run on them.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more11'), /^\d+\.(?:txt|md|html)$/);

describe('an eleventh set of real reports, other agency kinds and regions, imported into SQLite', () => {
  itReadsEveryFile(folder, 33);
});

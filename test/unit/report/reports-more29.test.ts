/**
 * A twenty-ninth set of real reports (test/fixtures/reports-more29), chosen for facts stated only in prose: 长春市政府办公厅,
 * 东宝区, 大竹县政府办 (2025), 渭滨区政府办 (no name at all), 梁平区政务服务管理办公室, 蓬江區發展和改革局 (a 繁体 mirror with its
 * tables lost), 大同市政府办公室, 昭通市 (counts in 万) and 遂宁经开区 (named only in the website clause), 2024 and 2025 pages
 * cut off as the search tool stores them (about 2,000 characters; none reaches a table).
 * Figures read by hand (each JSON's `source`, `prose` and `notes`), the pages saved before the importer first ran on them.
 * First run: 8 of 9 files read as their JSON says; 09 refused (its only name is in 报告的电子版可在…管委会门户网站查阅): gap.
 * 09 reads since gaps24 (the site holding the report's own copy, the text speaking as the zone: test/unit/report/gaps24.test.ts).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more29'), /^\d+\.(?:txt|md|html)$/);

describe('a twenty-ninth set of real reports, prose-rich 2024 and 2025 pages, imported into SQLite', () => {
  itReadsEveryFile(folder, 9);
});

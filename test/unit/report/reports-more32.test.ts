/**
 * A thirty-second set of real reports (test/fixtures/reports-more32), chosen for facts stated only in prose: 瓮安县 (a county's
 * counts by channel), 连云港市赣榆区人民政府办公室 (2025, 同比 and a press conference), 张家川县龙山镇 (办公热线 and 12345 工单 with
 * their shares), 泰安市文化和旅游局 (a new-media matrix and the central media, stored without its address), 金口河区文广体旅局 (no
 * application, no new media), 黔东南州人民政府新闻办公室 (almost all qualitative), 龙华区委宣传部 (no count before the cut) and 小营
 * 街道办事处 (0件), and a county page that names no agency at all (我县, 平利县 by its address): 2024 and 2025 pages cut off as the search tool stores them (about 2,000 characters; none reaches a table).
 * Figures read by hand (each JSON's `source`, `prose` and `notes`), the pages saved before the importer first ran on them.
 * First run: 9 of 9 files read as their JSON says (agency and year; 09 refused without --agency, as its JSON says).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more32'), /^\d+\.(?:txt|md|html)$/);

describe('a thirty-second set of real reports, prose-rich 2024 and 2025 pages, imported into SQLite', () => {
  itReadsEveryFile(folder, 9);
});

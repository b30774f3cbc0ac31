/**
 * A forty-sixth set of real reports (test/fixtures/reports-more46), of places and kinds the fixtures had few of, for
 * real-questions-corpus40: 南昌市新建區人民政府 (江西, 2022: a 繁体 mirror whose title breaks over two lines), 乌兰察布市区域经济合作局
 * (内蒙古, 2020: the 2019 trial layout printed one cell per line, each cell ended by a pipe), 南昌高新区管委会 (2023: no title, the zone
 * in the contact clause), 呼和浩特经济技术开发区 (2024), 包头市人民政府办公室 (2020: a breadcrumb before the lead, 我市 for the city it
 * serves), 庐山市 (2025: metadata lines, a 年度 title), 共青城市人民政府 (2021: no title, the whole city's report with its 信息中心 as
 * contact), 桂林市 (2020: a 繁体 wiki copy with an infobox), 乌兰察布市人民政府办公室 (2020: the lead's 政府办公室 cut short) and
 * 南昌市人民政府办公室 (2021): pages cut off as the search tool stores them (about 2,000 bytes; only 02 reaches a table). Figures read
 * by hand (each JSON's `source`, `prose` and `notes`), the pages saved before the importer first ran on them.
 * First run: 7 of 10 files stored under the name their JSON gives; 05 was stored as 包头市, 07 as 共青城市信息中心, 09 as
 * 乌兰察布市政府办公室; all read right since corpus40 (src/report/identity.ts, made-up examples in corpus40.test.ts). Every page names
 * an agency, so the folder is checked here rather than by itReadsEveryFile.
 */
import { join } from 'node:path';

import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a forty-sixth set of real reports, 2020 to 2025 pages of 江西, 内蒙古 and 广西, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more46'),
  10,
);

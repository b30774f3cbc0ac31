/**
 * A sixty-fifth set of real reports (test/fixtures/reports-more65), of provinces and levels the store held few of, for
 * real-questions-corpus59: 新疆 (two 乡 of 奇台县 and 温泉县 with no title — 七户乡 named bare, its county only as the owner of the
 * site it is published on, 中国新疆奇台县政府网; 疏勒县 2020 under a column menu, named in 现就…报告如下; 乌鲁木齐's 高新区(新市区)
 * 2020, its title twice and no city of its own), 西藏自治区水利厅 2021 (a metadata block), 宁夏 (同心县统计局 2021 named bare as
 * 统计局, its county only as the owner of 同心县政府公众网; 银川's 国资委 on a mirror and 水务局, 2021), 云南 (耿马 on a spam mirror,
 * 鹤庆县政府办公室, 姚安县农业农村局 from 一、总体情况, and 大姚县 whose page never names it: refused for --agency, 2021), 广西
 * (南宁市良庆区 2020 on a mirror, named by its breadcrumb only as 城区本级; the 自治区政府办公厅 2020 under a site menu) and 贵州
 * (兴义市人民政府办公室 2020). Pages cut off as the search tool stores them; figures read by hand (each JSON's `source`, `prose`
 * and `notes`). First run: 9 of 15 right (七户乡 without its county, 同心县统计局 and 疏勒县 refused as nameless, 良庆区 without its
 * city, 新市区 refused for its region, 耿马 as its government's 办公室). Final: see the header of real-questions-corpus59's test.
 */
import { join } from 'node:path';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a sixty-fifth set of real reports, 2020 and 2021 pages of 新疆, 西藏, 宁夏, 云南, 广西 and 贵州, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more65'),
  15,
);

/**
 * A sixty-fifth set of real reports (test/fixtures/reports-more65), of provinces and levels the store held few of, for
 * real-questions-corpus59: 新疆 (two 乡 with no title — 七户乡 of 奇台县, kept bare as the page names itself, its county only the
 * owner of the site it is published on, as reports-more11/31 and reports-more16/14 record such towns; 查干屯格乡 of 温泉县 by its
 * address; 疏勒县 2020 under a column menu, named in 现就…情况报告如下; 乌鲁木齐's 高新区(新市区) 2020, its title twice and its
 * city only as the government whose notice it follows), 西藏自治区水利厅 2021 (a metadata block), 宁夏 (银川's 国资委 2021 on a
 * mirror, 水务局 2021, 市政管理局 2020 on a mirror), 云南 (耿马 on a spam mirror, 鹤庆县政府办公室, 姚安县农业农村局 from
 * 一、总体情况, and 大姚县 whose page never names it: refused for --agency, 2021), 广西 (南宁市良庆区 2020 on a mirror, its
 * breadcrumb saying only 城区本级; the 自治区政府办公厅 2020 under a site menu) and 贵州 (兴义市人民政府办公室 2020). Pages cut off as
 * the search tool stores them; figures read by hand (each JSON's `source`, `prose` and `notes`).
 * First run: 9 of 15 right (七户乡 read without the county I first gave it — my truth was against the folders' convention and
 * is now the page's own name —, 疏勒县 refused as nameless, 良庆区 without its city, 新市区 refused for its region, 耿马 as its
 * government's 办公室, and a first 06 that reports-more6/31 already held, replaced by 银川市市政管理局, read right at once).
 * Final: 14 of 15 (现就 opens a subject as 现将 does; a district read from the body takes the one city written before it; a
 * zone run with its district takes the one city whose government's notice it follows, brackets kept — 乌鲁木齐市高新区(新市区),
 * my first truth's 人民政府 being a word the page never prints); 耿马 left as a gap (its JSON's). Prose figures: four known
 * misses (each entry's gap): 新市区's two outcomes stated only in prose, 国资委's second count of one sentence, 兴义's 办件结果公开.
 */
import { join } from 'node:path';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a sixty-fifth set of real reports, 2020 and 2021 pages of 新疆, 西藏, 宁夏, 云南, 广西 and 贵州, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more65'),
  15,
);

/**
 * A sixty-seventh set of real reports (test/fixtures/reports-more67), of provinces and levels the store held few of, for
 * real-questions-corpus61: 黑龙江 (尚志市亮河镇 and 石头河子镇 2021, no title, named in their contact clauses; 呼兰区杨林乡 2021,
 * its title broken over three lines), 辽宁 (辽中区 2020 named by the 《…报告》 its lead says it wrote; 沈河区 2020 under its
 * 编制 office; 辽阳市 2019 on a mirror), 青海 (互助县's 政务服务中心 2020, naming no county: refused for --agency), 甘肃 (华池县五蛟镇
 * 2020 under site menus), 湖南 (沅江市黄茅洲镇 2021, table 二 a cell a line ending in |; 衡南縣泉溪鎮 2020 in 繁体; 城步县金紫乡
 * 2021 with the 2019 layout's tables), 河南 (西平县专探乡 2020; 柏城街道 2021, stored from its (一)主动公开… with its title, lead
 * and 一、总体情况 cut off) and 江西 (南昌 绳金塔街道 and 宜春 湛郎街道 2021, no title). Pages cut off as the search tool stores
 * them; figures read by hand (each JSON's `source`, `prose` and `notes`).
 * First run: 14 of 15 right (柏城街道 refused as no report: a page that opens at 总体情况's first sub-heading with no heading
 * above had no sign of a report the importer read).
 * Final: 15 of 15 — a page whose first line is (一)主动公开… and which goes on through three of section 一's sub-headings is a
 * report's body; and a sentence's first count over several ways listed with a site and 等 (通过政府网站、信息查阅场所等公开
 * 信息35829条, 其中…门户网站4541条) is stored as the year's total, not one channel's.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a sixty-seventh set of real reports, 2019 to 2021 pages of 黑龙江, 辽宁, 青海, 甘肃, 湖南, 河南 and 江西, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more67'),
  15,
  (folder) => {
    it('13: a page cut above 一、总体情况, opening at (一)主动公开政府信息的情况, stored as the 街道 its body names, for 2021', () => {
      const outcome = folder.asFound.get('13.txt')!;
      expect(outcome.report!.agency).toBe('柏城街道办事处');
      expect(outcome.report!.year).toBe(2021);
    });
    it('09: table 二 a cell a line, each ending in |, with ||| filler lines between rows', () => {
      const outcome = folder.asFound.get('09.txt')!;
      expect(outcome.report!.proactive).toMatchObject({ rules: [0, 0, 0], normative_documents: [0, 0, 0], penalties: [2] });
    });
  },
);

/**
 * A seventy-sixth set of real reports (test/fixtures/reports-more76), of provinces and shapes the store held few of, for
 * real-questions-corpus70: 辽宁 (葫芦岛高新技术产业开发区 2024, section 二 one cell a line; 大连高新区 2024, no title, named only
 * inside a document title, refused for --agency), 天津 (宝坻区文化和旅游局 2025 under its district's header and a stale date;
 * 东丽区发展和改革委员会 2025, no title), 甘肃 (临夏县信访局 2025 with spaces around the year; 宁县卫生健康局 2023 and 种田乡 2021
 * under metadata tables in pipes; 南龙镇 2023 under a news line; 白驼镇 2025, no title,
 * its lead printed twice), 黑龙江 (海青镇 2025, opening at 一、总体情况), 宁夏 (掌政镇 2023 in 繁体), 江苏 (常州经开区 2024;
 * 江宁区城市管理局 2024; 江宁区人民政府 2024, no title) and 浙江 (丽岙街道 2025 in 繁体 on a spam mirror). Pages cut off as the search tool stores them, none
 * with table 三's figures; figures read by hand (each JSON's `source`, `prose` and `notes`).
 * First run: 15 of 15 right (11 refused for --agency, as its JSON says).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a seventy-sixth set of real reports, 2021–2025 pages of 辽宁, 天津, 甘肃, 黑龙江, 宁夏, 江苏 and 浙江, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more76'),
  15,
  (folder) => {
    it('02: a bureau under its district header and a stale date, named in its lead: 天津市宝坻区文化和旅游局 2025', () => {
      const report = folder.asFound.get('02.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['天津市宝坻区文化和旅游局', 2025]);
    });
    it('03: spaces around the year in the title: 临夏县信访局 2025', () => {
      const report = folder.asFound.get('03.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['临夏县信访局', 2025]);
    });
    it('09: a town with no title and its year only in the prose: 海青镇人民政府 2025', () => {
      const report = folder.asFound.get('09.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['海青镇人民政府', 2025]);
    });
    it('10: a town in 繁体 named in its lead: 银川市兴庆区掌政镇 2023', () => {
      const report = folder.asFound.get('10.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['银川市兴庆区掌政镇', 2023]);
    });
  },
);

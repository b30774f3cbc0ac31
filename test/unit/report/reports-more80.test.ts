/**
 * An eightieth set of real reports (test/fixtures/reports-more80), of provinces and kinds the store held few of, for
 * real-questions-corpus74: 湖北 (大冶市东风路街道 2025 under a breadcrumb and a 文章来源 line; 襄城区人社局 2024, its title over two
 * lines), 上海 (宝山区人力资源和社会保障局 2025, no title), 重庆 (忠县民政局 2025 on a mirror, its title over two lines between ?
 * marks; 大垭乡 2024, no title, named by no county), 江苏 (兴化市昌荣镇 2025 and 竹泓镇 2025 under a menu line, 竹泓镇's second
 * title without 年 and its table 二 one cell a line), 贵州 (黎平县平寨乡 2024 and 开阳县南江乡 2024, no title), 广东 (福田街道
 * 2024, its title with the year first, tables without cells), 福建 (长乐区吴航街道 2024, 年度 twice; 三元区列东街道 2024, no
 * title), 浙江 (滨江区人民政府办公室 2024 in 繁体 on a spam mirror) and 湖南 (平江县汉昌街道 2025, named in its contact clause
 * only; 临湘市桃矿街道 2025). Pages cut off as the search tool stores them, none with table 三's figures; figures read by hand
 * (each JSON's `source`, `prose` and `notes`).
 * First run: 15 of 15 right (agency, year, partial).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'an eightieth set of real reports, 2024–2025 pages of 湖北, 上海, 重庆, 江苏, 贵州, 广东, 福建, 浙江 and 湖南, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more80'),
  15,
  (folder) => {
    it('04: a title over two lines between ? marks on a mirror: 忠县民政局 2025', () => {
      const report = folder.asFound.get('04.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['忠县民政局', 2025]);
    });
    it('06: table 二 printed one cell a line, cut at 第二: 规章 and 行政规范性文件 all 0', () => {
      const report = folder.asFound.get('06.txt')!.report!;
      expect(report.proactive.rules).toEqual([0, 0, 0]);
      expect(report.proactive.normative_documents).toEqual([0, 0, 0]);
    });
    it('12: a 繁体 page naming the 区政府办公室 in its first sentence: 杭州市濱江區人民政府辦公室 2024', () => {
      const report = folder.asFound.get('12.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['杭州市濱江區人民政府辦公室', 2024]);
    });
  },
);

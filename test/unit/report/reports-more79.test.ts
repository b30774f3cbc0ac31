/**
 * A seventy-ninth set of real reports (test/fixtures/reports-more79), of provinces and shapes the store held few of, for
 * real-questions-corpus73: 河北 (赵县沙河店镇 2023 on a mirror, no title, named in the contact clause), 山东 (荣成市大疃镇 2025, no
 * title, its contents listing 相关指标统计附表; 中埠镇 2025 under the 高新区 管委会's site name and a metadata table in pipes;
 * 梁山县馆驿镇 2025, its period 20251月1日), 天津 (寨上街 2024, a year-first title with 工作报告, under a breadcrumb, read as the
 * 寨上街道办事处 its text names; 天铁街道 2024, no title, an empty first line), 吉林 (南关区永吉街道 2025, two titles, one with
 * 办事处; 绿园区林园街道 2022, no title; 昌邑区东局子街道 2023 on a site by IP address, named in the contact clause), 内蒙古
 * (昆都仑区市府东路街道 2025, a title without a year; 阿尔丁大街街道办事处 2024, its title over two lines), 辽宁 (铁西区发改局
 * 2025, no title, named short, table 二 in pipes), 新疆 (托克逊县夏镇 2024, a year-first title glued to 政府信息) and 陕西 (西安大兴
 * 新区开发建设管理委员会 2025, a 开发区 with no title; 新城区发展和改革委员会 2025). Pages cut off as the search tool stores them,
 * none with table 三's figures; figures read by hand (each JSON's `source`, `prose` and `notes`).
 * First run: 13 of 15 as the JSONs were first written; 05 and 10 read as the fuller names the project keeps (a 街's office its
 * text writes, identity.ts streetOffice; a title's name completed with its district, fullest), the JSONs corrected to that
 * convention: 15 of 15, no importer change. 07 and 13 print no count of their own before the cut: their one hand-read number
 * (the parts the opening lists, the regulation's number cited) is a gap.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a seventy-ninth set of real reports, 2022–2025 pages of 河北, 山东, 天津, 吉林, 内蒙古, 辽宁, 新疆 and 陕西, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more79'),
  15,
  (folder) => {
    it('10: a title without a year, the year from the opening: 昆都仑区市府东路街道 2025', () => {
      const report = folder.asFound.get('10.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['昆都仑区市府东路街道', 2025]);
    });
    it('13: a year-first title, the town glued to 政府信息: 托克逊县夏镇人民政府 2024', () => {
      const report = folder.asFound.get('13.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['托克逊县夏镇人民政府', 2024]);
    });
    it('03: a 开发区 site name over a metadata table whose 标题 cell holds the title: 中埠镇人民政府 2025', () => {
      const report = folder.asFound.get('03.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['中埠镇人民政府', 2025]);
    });
  },
);

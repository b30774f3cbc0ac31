/**
 * A seventy-fifth set of real reports (test/fixtures/reports-more75), of shapes and provinces the store held few of, for
 * real-questions-corpus69: 湖南 (湘阴县静河镇 2025 inside a news page; 平江县余坪镇 2025, no title, named in its lead), 湖北
 * (武汉东湖新技术开发区关东街道 2025, digits lost around its dates and counts without a measure word; 黄石 新下陆街道 2025 under
 * a metadata block), 河南 (南召县人民政府办公室 2025), 广东 (徐闻's unnamed 局 2025 among news, refused for --agency; 普宁 梅塘镇
 * 2020, tables with pipes), 山东 (省机关事务管理局 2022 in 繁体 on a mirror; 高新区青田街道 2022, no city, refused for
 * --agency), 福建 (涵江区萩芦镇 and 晋安区鼓山镇 2023, no title, named in their contacts), 重庆 (荣昌区招商投资促进局 2021,
 * title over two lines; 綦江区永新镇 2020, one cell a line) and 海南 (东方市八所镇 2024 under empty pipes; 白沙黎族自治县 2023,
 * sections numbered in brackets). Pages cut off as the search tool stores them; figures read by hand (each JSON's `source`,
 * `prose` and `notes`).
 * First run: 15 of 15 named and dated as their JSONs say (06 and 09 refused for --agency). Misread: 15's table 二 was lost
 * into the overview ((二)主动公开政府信息的情况 has a 的 its title lacks); 08's 较2021年减少3件 was a second count of applications
 * received; 11's sub-heading (2)主动公开政府信息的主要类别 was glued to 机构职能信息数2条, a second 主动公开 total of 2; 03's
 * 已办结18, 结转下年度继续办理5 and 行政复议1 (no measure word) were not read.
 * Final: 15 of 15 — sections.ts compares a bare title with 的 dropped on both sides; prose.ts reads a change from another
 * year (较…减少, 比上年增加, 与去年相比) as no count and a handled count without its measure word in 件; normalize.ts keeps a
 * sub-heading numbered in digits apart. 03's three handled counts, prose gaps until gaps98, are answered (retrieve.ts reads a
 * handled count without its measure word in 件 as the import does).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a seventy-fifth set of real reports, 2020–2025 pages of 湖南, 湖北, 河南, 广东, 山东, 福建, 重庆 and 海南, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more75'),
  15,
  (folder) => {
    it('15: sections numbered in brackets, (二)主动公开政府信息的情况: table 二 read, 规范性文件 15 0 57', () => {
      const report = folder.asFound.get('15.txt')!.report!;
      expect(report.proactive.normative_documents).toEqual([15, 0, 57]);
    });
    it('08: 受理信息公开申请4件(较2021年减少3件): 4 applications received, the 3 no count of them', () => {
      const received = folder.asFound
        .get('08.txt')!
        .report!.proseFigures.filter((figure) => figure.key === 'applications_received')
        .map((figure) => figure.value);
      expect(received).toEqual([4]);
    });
    it('08: the 繁体 page named as printed: 山東省機關事務管理局 2022', () => {
      const report = folder.asFound.get('08.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['山東省機關事務管理局', 2022]);
    });
    it('13: one cell a line, headers split (本年新 / 制作数量): 规范性文件 3 3 3 in the 2019 layout', () => {
      const report = folder.asFound.get('13.txt')!.report!;
      expect([report.format, report.proactive.normative_documents_2019]).toEqual(['2019', [3, 3, 3]]);
    });
  },
);

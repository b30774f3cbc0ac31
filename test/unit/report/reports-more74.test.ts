/**
 * A seventy-fourth set of real reports (test/fixtures/reports-more74), of shapes and provinces the store held few of, for
 * real-questions-corpus68: 山西 (吕梁市离石区人民政府办公室 2025, its title over two lines; 盂县行政审批服务管理局 2025, its name alone
 * on the first line), 河北 (安肃镇人民政府 2025, no title, no county on the page; 邢台市政府办 2025 over a metadata block), 陕西
 * (汉台区河东店镇 2025 under a menu line, section 二 one cell a line with a blank row label; 西安市高陵区 2025, named in its lead;
 * 鄠邑区's 区数据和行政审批服务局 2025, never naming its district, refused for --agency), 新疆 (霍城县 2025, no title, its data
 * bureau the contact; the region's 2021 report in 繁体 on a wiki mirror, opening at 一、總體情況), 广西 (钦北区大垌镇 2023 among
 * menus and share buttons), 北京 (什刹海街道 2022, 市城市管理委员会 2022; 广外街道 2022, named only inside a book title, refused for
 * --agency), 内蒙古 (呼和浩特经济技术开发区 2023, its committee's building in the contact's address) and 上海 (长宁区人民政府办公室
 * 2021, no title). Pages cut off as the search tool stores them, none with table 三; figures read by hand (each JSON's
 * `source`, `prose` and `notes`).
 * First run: 13 of 15 right (07 and 15 refused for --agency, as their JSONs say). 06 was named 霍城县数字化发展局, whom to
 * contact (本报告通过霍城县人民政府网站公布 was not read as the report's own site, and a 数字化发展局 not as an office that compiles
 * its government's report); 11 was named 呼和浩特市沙尔沁工业区光伏小镇呼和浩特经济技术开发区管理委员会, the zone completed from
 * the address of its committee's building.
 * Final: 15 of 15 — identity.ts OWN_COPY_SITE reads 本报告通过X网站公布, COMPILING_OFFICE holds 数字化; zoneNamedInFull takes no
 * longer name found only in addresses (onlyInAddresses).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a seventy-fourth set of real reports, 2021–2025 pages of 山西, 河北, 陕西, 新疆, 广西, 北京, 内蒙古 and 上海, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more74'),
  15,
  (folder) => {
    it('06: a county report published on its government site, its data bureau the contact: 霍城县人民政府', () => {
      expect(folder.asFound.get('06.txt')!.report!.agency).toBe('霍城县人民政府');
    });
    it('11: a zone whose committee building is in the contact address keeps the name its text gives', () => {
      expect(folder.asFound.get('11.txt')!.report!.agency).toBe('呼和浩特经济技术开发区');
    });
    it('12: the region in 繁体 with no title, named as printed: 新疆維吾爾自治區 2021', () => {
      const report = folder.asFound.get('12.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['新疆維吾爾自治區', 2021]);
    });
    it('01: a title over two lines, the agency alone on the first: 吕梁市离石区人民政府办公室 2025', () => {
      const report = folder.asFound.get('01.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['吕梁市离石区人民政府办公室', 2025]);
    });
  },
);

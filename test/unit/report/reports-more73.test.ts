/**
 * A seventy-third set of real reports (test/fixtures/reports-more73), of shapes and provinces the store held few of, for
 * real-questions-corpus67: 江苏 (南通外向型农业综合开发区(苴镇街道) 2025 under a bare title; 泰州医药高新区(高港区)口岸街道办事处
 * 2025 under a pipe table of metadata), 安徽 (涡阳县审计局 2025, its title broken by a space and dates glued; 涡阳县财政局 2025,
 * no title; 亳州市人民政府办公室 2025, a title without 年度),
 * 江西 (a 景德镇 公路 centre 2025 that never names itself, refused for --agency; 昌江区工业和信息化局 2024; 江西省民族宗教事務局 2023
 * on a 繁体 wiki mirror, titled with its short name), 浙江 (良渚街道 2022 on a 繁体 spam mirror with pinyin glosses, no title),
 * 四川 (剑阁县杨村镇 2024 and 平武县龙安镇 2024, no title; 古蔺县茅溪镇 2024), 云南 (富宁县人民政府办公室 2023, no title, named only as
 * the office to contact (请联系…, no colon); 昭通市人民政府 2023 on another domain's mirror) and 贵州 (大营镇 2023 named as its maker).
 * Pages cut off as the search tool stores them, none with a table; figures read by hand (each JSON's `source`, `prose` and `notes`).
 * First run: 12 of 15 right (07 refused for --agency, as its JSON says). 01 and 03 lost their brackets (南通外向型农业综合开发区
 * 苴镇街道; 03 then cut to 口岸街道办事处); 13 was refused, its contact clause 请联系XX办公室 (no 与, no colon) not read.
 * Final: 15 of 15 — a zone's 街道 in brackets and a zone's district in brackets before a street office are kept (identity.ts
 * cleanAgency zoneStreet, zoneDistrict), the whole bracketed name right after the publishing verb; 请联系XX办公室 is a
 * contact clause (CLAUSE_LEAD, subjectOfOpening): 13 is the office, as reports-more36/01 (濂溪区人民政府办公室) of the same shape.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a seventy-third set of real reports, 2022–2025 pages of 江苏, 安徽, 江西, 浙江, 四川, 云南 and 贵州, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more73'),
  15,
  (folder) => {
    it('01: a zone and its 街道 under one name, the 街道 in brackets, named in the lead under a bare title', () => {
      expect(folder.asFound.get('01.txt')!.report!.agency).toBe('南通外向型农业综合开发区(苴镇街道)');
    });
    it('03: a zone, its district in brackets, then a street office, under a pipe table of metadata', () => {
      expect(folder.asFound.get('03.txt')!.report!.agency).toBe('泰州医药高新区(高港区)口岸街道办事处');
    });
    it('13: no title, named only as the general office to contact (请联系…, no colon): 富宁县人民政府办公室 2023', () => {
      const report = folder.asFound.get('13.txt')!.report!;
      expect([report.agency, report.year]).toEqual(['富宁县人民政府办公室', 2023]);
    });
    it('09: a 省直 bureau on a 繁体 wiki mirror, titled with its short name: its full name as printed', () => {
      expect(folder.asFound.get('09.txt')!.report!.agency).toBe('江西省民族宗教事務局');
    });
  },
);

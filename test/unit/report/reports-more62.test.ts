/**
 * A sixty-second set of real reports (test/fixtures/reports-more62, corpus56), for issue #11 (whose report, of which year), of
 * kinds and levels the store held few of: 重庆市烟草专卖局 (a vertical 烟草 bureau, 2021: no title, only the lead's
 * 现发布《…》); 自治区信访局 (新疆, 2024: a breadcrumb, the title twice, no region's proper name: refused asking for --agency);
 * 正蓝旗扎格斯台苏木 (内蒙古, 2023: breadcrumb, a 来源 line); 辉苏木人民政府 (鄂温克族自治旗, 2025); 无锡市梁溪区机关事务管理局
 * (江苏, 2024); 深圳市深汕特别合作区管理委员会 (广东, 2024: no title, a zone whose kind jieba reads as an adverb and a verb,
 * 深汕|特别|合作|区); 徐圩新区 (江苏, 2024: a metadata block); 三都水族自治县人民政府 (贵州, 2022: no title); 湘西自治州人民政府
 * 办公室 (湖南, 2021: the title's start cut off); 镇康县木场乡人民政府 (云南, 2023: rows of pipes, the county only in 来源);
 * 大兴乡人民政府 (云南, 2023: opens at 一、总体情况); 南湖新区管委会办公室 (湖南, 2025: breadcrumb, metadata, the year first);
 * 江苏省交通运输厅 (2023) and 山西省交通运输厅 (2021: a metadata table in pipes). Pages cut off as the search tool stores them;
 * figures read by hand (each JSON's `source`, `prose`, `notes`).
 * First run (scripts/score-fixtures.mjs, main's importer): 13 of 14 right; 06 stored as 合作区管理委员会, a zone's bare kind
 * (a wrong agency). Final: 14 of 14 (test/unit/report/corpus56.test.ts).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a sixty-second set of real reports, 2021 to 2025 pages of 烟草, 信访, 苏木, 合作区, 新区, 自治县, 自治州, 乡 and 省 departments, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more62'),
  14,
  (folder) => {
    it('02: 自治区信访局 names no region: refused asking for --agency', () => {
      expect(folder.asFound.get('02.txt')!.error).toMatch(/--agency/);
    });
    it('06: the zone named in full in the lead, never its bare kind (合作区管理委员会)', () => {
      expect(folder.asFound.get('06.txt')!.report!.agency).toBe('深圳市深汕特别合作区管理委员会');
    });
  },
);

/**
 * A sixty-ninth set of real reports (test/fixtures/reports-more69), 2022–2024 pages of the newer layout from provinces and
 * levels the store held few of, for real-questions-corpus63: 云南 (昆明市晋宁区二街镇 2023; 隆阳区杨柳乡 2023, a PDF's text with
 * numbers spaced from their words and its period glued as 2023 1 1 日), 安徽 (利辛县阚疃镇 2024 with no title; 义安区老洲乡 2024),
 * 贵州 (习水县良村镇 2023), 新疆 (乌恰县人民政府办公室 2022; 乌鲁木齐高新区(新市区) 2022, table 二 one cell a line), 内蒙古
 * (扎赉特旗宝力根花苏木 2024; 鄂温克旗伊敏苏木 2024), 山西 (交口县 2023, compiled by its 办公室), 上海 (黄浦区南京东路街道 2023
 * on a news mirror; 杨浦区新江湾城街道 2023), 广西 (防城港市大数据和行政审批局 2024; 自治区应急管理厅 2024, a 省直部门) and 湖北
 * (武汉市东湖生态旅游风景区海事处 2023, its tables empty). Pages cut off as the search tool stores them; figures read by hand
 * (each JSON's `source`, `prose` and `notes`).
 * First run (main's code): 13 of 15 right. 06 refused for no region: its title names 高新区(新市区) alone, the region only in the
 * site's banner above it (乌鲁木齐国家高新区(新市区)). 08 was my reading, not a miss: its title and section 一 say 2024 but the lead
 * kept last year's period (统计期限为2023年1月1日至2023年12月31日); by the project's rule the period wins over the title year, with
 * a warning (parse-layouts' test), so it is stored as 2023 — corrected in 08.json (a rule of title and section 一 against the
 * period was tried and taken back: it broke that test).
 * Final: 15 of 15 — a title's bare name is the page's banner line that writes it whole after its place (identity.ts bannerName).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';
import { findIdentity } from '../../../src/report/identity.js';

describeCutPagesFolder(
  'a sixty-ninth set of real reports, 2022–2024 pages of 云南, 安徽, 贵州, 新疆, 内蒙古, 山西, 上海, 广西 and 湖北, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more69'),
  15,
  (folder) => {
    it('06: a zone named bare in its title (高新区(新市区)), the site banner above writing it whole, with table 二 one cell a line', () => {
      const outcome = folder.asFound.get('06.txt')!;
      expect(outcome.report!.agency).toBe('乌鲁木齐国家高新区(新市区)');
      expect(outcome.report!.proactive).toMatchObject({
        rules: [0, 0, 0],
        normative_documents: [3, 0, 7],
        licensing: [3606],
        penalties: [499],
      });
    });
  },
);

// A banner names a bare title only when the line is that name and nothing else after a place.
it('a bare title is named from a banner line that writes it after its place, not from a longer line holding it', () => {
  const lines = (banner: string) => [
    banner,
    '2022年高新区(新市区)政府信息公开工作年度报告',
    '一、总体情况',
    '2022年,我区公开行政许可3606件。',
  ];
  expect(findIdentity(lines('乌鲁木齐国家高新区(新市区)'), 2).agency).toBe('乌鲁木齐国家高新区(新市区)');
  expect(findIdentity(lines('欢迎访问乌鲁木齐国家高新区(新市区)政府网站'), 2).agency).toBeUndefined();
});

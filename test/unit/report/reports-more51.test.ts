/**
 * A fifty-first set of real reports (test/fixtures/reports-more51), of provinces and kinds the fixtures had few of, for
 * real-questions-corpus45: 安岳县清流镇人民政府 (四川, 2019: site header lines, no overview, its sections numbered from 一 with
 * table 二 and table 三 one cell a line), 威远县小河镇 (四川, 2019: no title, named only through its office and address, table 二
 * begun in pipe rows), 朝天区朝天镇人民政府 (四川, 2019: the site footer first, the report named in 《》 in the lead),
 * 重庆市綦江区农业农村委员会 (重庆, 2024), 重庆市大足区农业农村委员会 (重庆, 2023: a space between the agency and the year,
 * the title twice), 萧山 蜀山街道 (浙江, 2024: a metadata block, no title, named in full only in the contact clause),
 * 章安街道办事处 (浙江, 2024: the title split with the year first), 北京市东城区城市管理委员会 (北京, 2025: 日期 and 字号 lines),
 * 北京市大兴区人民政府办公室 (北京, 2025: the agency and the title's year on lines of their own),
 * 福州 自贸片区管委会 (福建, 2022: no title, no statistics period, the contact clause first) and 漳州台商投资区管委会 (福建,
 * 2023: no title). Pages cut off as the search tool stores them; figures read by hand (each JSON's `source`, `prose` and
 * `notes`), saved before the importer first ran on them. First run: 9 of 11 right (清流镇's tables not read at all: with no
 * overview, 一、主动公开政府信息情况 was no section; 小河镇 read by hand as 小河镇 where the address names it 威远县小河镇, the
 * JSON's name since). Final: 11 of 11, 0 of 70 cells wrong, every prose figure answered.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a fifty-first set of real reports, 2019 to 2025 pages of 四川, 重庆, 浙江, 北京 and 福建, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more51'),
  11,
  (folder) => {
    it('01: no overview, sections numbered from 一: table 一 (2019 layout) read cell by cell, one a line', () => {
      const outcome = folder.asFound.get('01.txt')!;
      expect(outcome.report!.format).toBe('2019');
      expect(outcome.report!.proactive).toMatchObject({
        rules_2019: [0, 0, 0],
        normative_documents_2019: [0, 0, 0],
        licensing_2019: [0, 0, 0],
        penalties_2019: [0, 0, 0],
      });
      expect(outcome.report!.applications.received).toEqual([0, 0, 0, 0, 0, 0, 0]);
    });
    it('07: the contact clause with 传真 and 电子邮箱', () => {
      const outcome = folder.asFound.get('07.txt')!;
      expect(outcome.report!.contacts).toMatchObject({ phone: '0576-89018025', post_code: '318017' });
    });
  },
);

/**
 * A fiftieth set of real reports (test/fixtures/reports-more50), of provinces and kinds the fixtures had few of, for
 * real-questions-corpus44: 山东省人民防空办公室 (2019: a 发布时间 line under the title, its prose figures in one long sentence),
 * 陇县城关镇人民政府 (陕西, 2023: no title, the lead names the report with the year before the agency), a 临潼 服务中心 (陕西,
 * 2025: no title, named only 服务中心, table 二 in pipe rows with blank cells), 武汉市硚口区档案馆 (湖北, 2025: the title split
 * after 政府), 甘州区退役军人事务局 (甘肃, 2019: a metadata block and the title twice), 珠晖区粤汉街道 (湖南, 2023: a title
 * printed 2022度, 年 left out and the year wrong), 池州市青阳县丁桥镇 (安徽, 2022: named only through its office in the contact
 * clause), 石家庄市桥西区中山街道办事处 (河北, 2021: table 二 one cell per line with stray | lines), 鞍山市醫療保障局 (辽宁,
 * 2022: a 繁体 mirror printing pinyin), 三明市卫生健康委员会 (福建, 2025: a title with 关于, a phone with a long dash) and
 * 宽城满族自治县人民政府办公室 (河北, 2023: the statistics period with the year glued to the month). Pages cut off as the
 * search tool stores them; figures read by hand (each JSON's `source`, `prose` and `notes`), saved before the importer first
 * ran on them. First run: 9 of 11 right (粤汉街道 named 度珠晖区粤汉街道; 鞍山 read by hand in simplified characters where the
 * fixtures keep a 繁体 name as printed).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a fiftieth set of real reports, 2019 to 2025 pages of 山东, 陕西, 湖北, 甘肃, 湖南, 安徽, 河北, 辽宁 and 福建, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more50'),
  11,
  (folder) => {
    it('08: table 二 read cell by cell, one a line (行政许可 2910, 行政处罚 46, 收费 0.092 万元)', () => {
      const outcome = folder.asFound.get('08.txt')!;
      expect(outcome.report!.proactive).toMatchObject({
        rules: [0, 0, 0],
        normative_documents: [0, 0, 0],
        licensing: [2910],
        penalties: [46],
        coercive_measures: [0],
        fees_wan_yuan: [0.092],
      });
    });
    it('03: table 二 in pipe rows with blank cells, all 0 (read with --agency)', () => {
      const outcome = folder.withAgency.get('03.txt')!;
      expect(outcome.report!.proactive).toMatchObject({ licensing: [0], penalties: [0], coercive_measures: [0], fees_wan_yuan: [0] });
    });
    it('06: the title’s 2022度 is no part of the name, and the statistics period makes it a 2023 report', () => {
      const outcome = folder.asFound.get('06.txt')!;
      expect(outcome.report!.agency).toBe('珠晖区粤汉街道');
      expect(outcome.report!.year).toBe(2023);
    });
    it('07: the contact clause with 邮编 twice (phone, post code, address)', () => {
      const outcome = folder.asFound.get('07.txt')!;
      expect(outcome.report!.contacts).toMatchObject({ phone: '0566-5666803', post_code: '242807' });
    });
  },
);

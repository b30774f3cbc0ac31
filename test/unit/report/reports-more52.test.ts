/**
 * A fifty-second set of real reports (test/fixtures/reports-more52), of provinces and kinds the fixtures had few of, for
 * real-questions-corpus46: 泰州市高港区 沿江街道办事处 (江苏, 2025: a metadata block in pipe rows, no title), 靖江市城南办事处
 * (城南园区) (江苏, 2024: two bodies in the title joined by 、, the zone in brackets in the lead), 常州 钟楼区 南大街街道 (江苏,
 * 2024: no title, named in the contact clause, cut at table 一's first heading), 秦淮区 红花街道办事处 (江苏, 2024: no title,
 * 由…办公室编制), 荔湾 公安分局 (广东, 2023: opening at 一、总体情况, never naming itself), 硚口区水务和湖泊局 (湖北, 2025), 鄂州
 * 市水利和湖泊局 (湖北, 2024: the bare department as its title, the city only in a rule's title and the site's name), 谯城区
 * 市场监督管理局 (安徽, 2023: breadcrumb, the title twice), 大渡口经济开发区管委会 (安徽, 2022: a 繁体 mirror putting pinyin in
 * brackets after characters), 蚌埠经济开发区管理委员会 (安徽, 2022: a crawl with words dropped), 亳州高新区 (安徽, 2022: a spam
 * mirror, the title short, the lead's 《》 in full), 江苏省统计局 (江苏, 2019), 文登区住建局 (山东, 2019 trial layout: pipe rows
 * with empty cells, no title), 益阳市赫山区交通运输局 (湖南, 2025: the year before the agency, no 政府 in the title, table
 * 一 one cell a line), 官渡区人民政府太和街道办事处 (云南, 2023) and 江西省農業農村廳 (江西, 2022: a 繁体 mirror, the title
 * twice). Pages cut off as the search tool stores them; figures read by hand (each JSON's `source`, `prose` and `notes`). First run: 11 of 14 right (文登区住建局 refused: jieba cut 文登|区住|建局; 城南办事处城南园区 without its brackets;
 * 亳州高新区 for 亳州高新技术产业开发区管理委员会). Final: 14 of 14 (and the two pages added after, 太和街道 and 江西省農業農村廳, right at their first run), 0 of 7 cells wrong, every prose figure answered.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a fifty-second set of real reports, 2019 to 2025 pages of 江苏, 广东, 湖北, 安徽, 山东, 湖南, 云南 and 江西, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more52'),
  16,
  (folder) => {
    it('13: table 一 (2019 layout) in pipe rows with empty cells, and table 二’s first row; the cut row is not invented', () => {
      const outcome = folder.asFound.get('13.txt')!;
      expect(outcome.report!.format).toBe('2019');
      expect(outcome.report!.proactive).toMatchObject({
        rules_2019: [0, 0, 0],
        normative_documents_2019: [0, 8, 8],
        licensing_2019: [716, -417, 298],
        penalties_2019: [3, 6, 9],
      });
      expect(outcome.report!.applications.received).toEqual([2, 0, 0, 0, 0, 0, 2]);
      expect(outcome.report!.applications.carried_over).toBeUndefined();
    });
    it('14: table 一 (2021 layout) one cell a line, each cell ending in a bar', () => {
      const outcome = folder.asFound.get('14.txt')!;
      expect(outcome.report!.format).toBe('2021');
      expect(outcome.report!.proactive).toMatchObject({ rules: [0, 0, 0], normative_documents: [0, 0, 1] });
    });
    it('09: the 繁体 mirror’s pinyin in brackets is no part of the name', () => {
      expect(folder.asFound.get('09.txt')!.report!.agency).toBe('大渡口經濟開發區管委會');
    });
  },
);

/**
 * A sixty-sixth set of real reports (test/fixtures/reports-more66), of provinces and levels the store held few of, for
 * real-questions-corpus60: 吉林 (吉林明城经济开发区 2021, a zone of 磐石市; 通榆县人民政府 2021, its period glued as 20211月1日),
 * 天津 (海滨街 2021, table 二 one cell a line; 天津市发展改革委 2021 with no title), 福建 (five towns of 2020: 安溪县福田乡 and
 * 魁斗镇 — bullets of metadata, every date glued as 202011日 —, 福清市新厝镇 with no title, 漳平市永福镇 under a 文号 line),
 * 安徽 (廣德市楊灘鎮 2020 on a 繁体 mirror glossing characters with pinyin, 滁州市明光市苏巷镇 and 枞阳县项铺镇 2020), 河北
 * (内丘县侯家庄乡 2021; 河北省发展和改革委员会 2021 on a county's site that says 发布机构:侯贯镇), 湖北 (保康县农业农村局 2021: a
 * title naming no agency, table 二 in pipe rows with a blank 行政许可) and 山西 (朔州市人民政府办公室 2021, no title). Pages cut
 * off as the search tool stores them; figures read by hand (each JSON's `source`, `prose` and `notes`).
 * First run: 14 of 15 right (楊灘鎮 stored as 楊灘鎮政府 from its contact clause: the page has no title line, only its lead's
 * 我鎮認真編寫了《廣德市楊灘鎮人民政府2020年度…報告》, a 《…》 title skipped as another's, and the period misprinted 2019).
 * Final: 15 of 15 — a 《…报告》 its own publisher says it wrote (我镇编写了《…》) is the text's title, its year over a
 * statistics period that the opening's and the body's year both contradict; a 繁体 name completed from the simplified copy
 * (广德市 + 楊灘鎮人民政府) is stored as the page prints it, in one script (which also closes reports-more64/11's gap).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a sixty-sixth set of real reports, 2020 and 2021 pages of 吉林, 天津, 福建, 安徽, 河北, 湖北 and 山西, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more66'),
  15,
  (folder) => {
    it('08: a 繁体 mirror with pinyin glosses, named by the 《…报告》 its lead says it wrote, in one script, for 2020', () => {
      const outcome = folder.asFound.get('08.txt')!;
      expect(outcome.report!.agency).toBe('廣德市楊灘鎮人民政府');
      expect(outcome.report!.year).toBe(2020);
    });
    it('12: table 二 in pipe rows, the blank 行政许可 cell kept apart from the printed zeros', () => {
      const outcome = folder.asFound.get('12.txt')!;
      expect(outcome.report!.proactive).toMatchObject({ rules: [0, 0, 0], normative_documents: [0, 0, 0], penalties: [5] });
    });
  },
);

/**
 * A forty-eighth set of real reports (test/fixtures/reports-more48), of places and kinds the fixtures had few of, for
 * real-questions-corpus42: 乌海市海南区 (内蒙古, 2023: the title split over two lines, every date's 年/月 lost, 202311日),
 * 兴安盟卫生健康委员会 (内蒙古, 2022: no title, the contact clause's short 兴安盟卫生健康委), 乌兰浩特市卫生健康委员会 (内蒙古, 2022),
 * 新疆维吾尔自治区市场监督管理局 (2025: two phone numbers glued into one digit run; and 2019, the title saying only 自治区市场监督管理局),
 * 高新区(新市区)市场监督管理局 (新疆, 2022: the year before the agency, no city, so refused and asked for --agency), 上思县南屏瑶族乡
 * (广西, 2021: no title, section 二 one cell per line with pipes), 興國縣教育科技體育局 (江西, 2021: a 繁体 mirror printing the pinyin of
 * converted characters, 報(bào)告), 奉新縣人民政府辦公室 (江西, 2022: 繁体, no title) and 乌鲁木齐市招商服务局 (新疆, 2021: named only in the
 * contact clause and the prose). Pages cut off as the search tool stores them; figures read by hand (each JSON's `source`, `prose`
 * and `notes`), saved before the importer first ran on them. First run: 10 of 10 right (agency, year, layout, partial).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a forty-eighth set of real reports, 2019 to 2025 pages of 内蒙古, 新疆, 广西 and 江西, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more48'),
  10,
  (folder) => {
    it('07: section 二 read cell by cell (规章 and 行政规范性文件 0, 0, 0)', () => {
      const outcome = folder.asFound.get('07.txt')!;
      expect(outcome.report!.proactive).toMatchObject({ rules: [0, 0, 0], normative_documents: [0, 0, 0] });
    });
  },
);

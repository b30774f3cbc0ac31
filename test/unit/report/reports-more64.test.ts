/**
 * A sixty-fourth set of real reports (test/fixtures/reports-more64), of provinces and levels the store held few of, for
 * real-questions-corpus58: five departments of ONE county, 木兰县 of 哈尔滨 (黑龙江: 审计局 2021 under an index-number bullet and a
 * title split over two lines, 林业和草原局 2022, 发展和改革局 2022, the county government's 办公室 2023, 住建局 2023 named in
 * full only in its contact clause), 哈尔滨市商务局 (2022, a mirror with no title), two 海南 省直 departments (商务厅 2023 after an
 * empty 标题: line; 财政厅 2023 cut inside section 一, its only heading — a known miss, its JSON's gap), 西宁经济技术开发区 (青海,
 * 2022: no title, the zone named short as its WeChat account “西宁开发区” and in full in its own guide's title), a 海口 局 (2022,
 * a mirror, no name: refused for --agency; table 二 one cell a line in pipes), 鵠山鎮 of 新余 渝水區 (江西, 2024, a 繁体 mirror: a known miss, its JSON's gap),
 * 进贤县人民政府 (江西, 2024: the title on two lines), 鄱阳县 (江西, 2024: a metadata block in pipe rows) and a 铜鼓县 department
 * (江西, 2024: no name, refused for --agency). Pages cut off as the search tool stores them; figures read by hand (each JSON's
 * `source`, `prose` and `notes`). First run: 11 of 14 right (鵠山鎮 stored as 新余市渝水区鵠山鎮人民政府, the region from the
 * simplified copy before the printed name; the zone as 西宁开发区, its account's name; 财政厅 refused as no report). Final: 13 of
 * 14 (corpus58: the zone by the full name its own guide's title writes; an empty 标题: field and 政府信息主动公开 read as a report's),
 * 鵠山鎮 left as a gap: reports-more4/50 and reports-more5/77 record that same mixed-script form as their truth. corpus60: 14 of
 * 14, a 繁体 name completed from the simplified copy is stored as the page prints it (those two truths corrected with it).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a sixty-fourth set of real reports, 2021 to 2024 pages of 黑龙江 (five departments of 木兰县), 海南, 青海 and 江西, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more64'),
  14,
  (folder) => {
    it('10: table 二 one cell a line closed by pipes, read with --agency', () => {
      const outcome = folder.withAgency.get('10.txt')!;
      expect(outcome.report!.proactive).toMatchObject({ rules: [4, 0, 11], normative_documents: [0, 0, 9], licensing: [206] });
    });
  },
);

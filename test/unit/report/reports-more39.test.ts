/**
 * A thirty-ninth set of real reports (test/fixtures/reports-more39), chosen for regions, kinds and page shapes not yet in the
 * fixtures, for real-questions-corpus34: 巴彦淖尔市审计局 and 兴安盟审计局 (内蒙古, 2025; the second with its dates crawled
 * as spaced digits and its contact clause's words lost), 乌恰县审计局 (新疆, a breadcrumb and a metadata table above the
 * title), 临泽县审计局 (甘肃, no title, parts 二 to 四 empty headings), 乌海市统计局, 西秀区统计局 (贵州) and 硚口区统计局
 * (2024, no title; named in a download clause, a 《…》 or only the contact clause), 鹿城街道 (云南, a 街道 whose metadata rows
 * are cut at the left and whose period is glued), 涵江区民政局 (2019, the first year of the new layout, named as 区民政局 in
 * its contact clause), 廣州市醫療保障局 (a 繁体 spam mirror with mojibake) and 榕城区医疗保障局 (no title): pages cut off
 * as the search tool stores them (none reaches a table). Figures read by hand (each JSON's `source`, `prose` and `notes`),
 * the pages saved before the importer first ran on them.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';
import { converse, importFixtureFiles, makeTestApp, type TestApp } from '../../helpers.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more39'), /^\d+\.(?:txt|md|html)$/);

describe('a thirty-ninth set of real reports, 2019, 2024 and 2025 pages of new regions and kinds, imported into SQLite', () => {
  it('the fixtures are all there, each with its source', () => {
    expect(folder.files.length).toBe(11);
    for (const file of folder.files) expect(file.truth.source.length).toBeGreaterThan(10);
  });

  it.each(folder.files.map((file) => [file.name, file] as const))(
    '%s: agency and year as read by hand, imported as partial',
    (_name, file) => {
      const outcome = folder.asFound.get(file.name)!;
      expect(outcome.error).toBeUndefined();
      expect(outcome.report!.agency).toBe(file.truth.agency);
      expect(outcome.report!.year).toBe(file.truth.year);
      expect(outcome.report!.missing.length).toBeGreaterThan(0);
    },
  );

  describe('a few prose figures read by hand', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = makeTestApp();
      await importFixtureFiles(
        app,
        folder.files.map((file) => ['reports-more39', file.name] as const),
      );
    });
    afterAll(() => app.dispose());

    it.each([
      ['巴彦淖尔市审计局2025年微信公众号发布多少条', 204],
      ['兴安盟审计局2025年主动公开政府信息多少条', 197],
      ['乌恰县审计局2025年行政执法类信息多少条', 30],
      ['乌海市统计局2024年收到信息申请多少条', 84],
      ['硚口区统计局2024年主动公开政府信息多少篇', 148],
      ['涵江区民政局2019年新增主动公开政府信息多少条', 33],
      ['广州市医疗保障局2025年受理政府信息公开申请多少件', 22],
    ] as const)('%s → %d', async (question, value) => {
      const [answer] = await converse(app, `rm39-${value}`, [question]);
      expect(answer.facts.map((fact) => fact.value)).toContain(value);
    });
  });
});

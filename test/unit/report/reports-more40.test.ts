/**
 * A fortieth set of real reports (test/fixtures/reports-more40), chosen for kinds of agency the fixtures had not held, for the
 * chat conversations of citizen-questions-62: 威海市统计局 (2025, a named 公众号, a contact clause), 西安市未央区统计局 (2025,
 * bulletins counted in 期, the page's own summary before 一、), 金昌市统计局 (2024, a 文号 line and a two-line title, a new
 * media total split into four platforms), 咸宁市市场监督管理局 (2025, named in a 名 称: line, 无结转), and six 民政局: 鞍山
 * (email, 邮编), 武汉 (media reports by level), 常德 (网站、微信共 and a separate 微信 sentence), 乌海 (no title, items by
 * kind), 达州 (digits and marks lost by the crawl) and 泰州市姜堰区 (no applications). 2024 and 2025 pages cut off as the
 * search tool stores them (about 2,000 characters; none reaches a table). Figures read by hand (each JSON's `source`, `prose`
 * and `notes`), the pages saved before the importer first ran on them.
 * First run: all 10 files read as their JSON says.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';
import { converse, importFixtureFiles, makeTestApp, type TestApp } from '../../helpers.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more40'), /^\d+\.(?:txt|md|html)$/);

describe('a fortieth set of real reports, 统计局, 市场监管局 and 民政局 pages of 2024 and 2025, imported into SQLite', () => {
  it('the fixtures are all there, each with its source', () => {
    expect(folder.files.length).toBe(10);
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
        folder.files.map((file) => ['reports-more40', file.name] as const),
      );
    });
    afterAll(() => app.dispose());

    it.each([
      ['威海市统计局2025年微信公众号发布了多少条', 878],
      ['未央区统计局2025年出刊《未央统计简报》几期', 28],
      ['金昌市统计局2024年抖音发了多少条', 92],
      ['咸宁市市场监督管理局2025年受理依申请公开多少件', 14],
      ['鞍山市民政局2025年主动公开政府信息多少条', 332],
      ['武汉市民政局2025年市级媒体报道多少次', 148],
      ['常德市民政局2025年动态类信息多少条', 260],
      ['乌海市民政局2025年主动公开政府信息多少条', 410],
      ['达州市民政局2025年清理文件多少件', 9],
      ['姜堰区民政局2025年部门公告多少条', 8],
    ] as const)('%s → %d', async (question, value) => {
      const [answer] = await converse(app, `rm40-${value}`, [question]);
      expect(answer.facts.map((fact) => fact.value)).toContain(value);
    });
  });
});

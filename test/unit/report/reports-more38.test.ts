/**
 * A thirty-eighth set of real reports (test/fixtures/reports-more38), chosen for facts stated only in prose, for the chat
 * conversations of citizen-questions-61: 弥勒市朋普镇人民政府 (five channels, a 抖音 and a 视频号, that sum to the total),
 * 宿迁市水利局 (page chrome above the title, media counts, a full contact clause), 广东省水利厅 (two named 公众号, 政策解读,
 * 在线访谈), 潜江市医疗保障局 (named only inside 《…》), 淳安縣醫療保障局 (a 繁体 spam mirror with pinyin glosses inside words,
 * no title), 重庆市渝中区应急管理局 and 重庆市应急管理局 (2025, a district and its city), 济南市退役军人事务局 (a metadata
 * list, 平均处理答复时间), 中山市退役军人事务局 (2025, prose only), 乌海市应急管理局 (no title, named in its contact clause) and
 * 无锡市梁溪区应急管理局 (a title over two lines): 2024 and 2025 pages cut off as the search tool stores them (none reaches
 * a table). Figures read by hand (each JSON's `source`, `prose` and `notes`), the pages saved before the importer first ran.
 * First run: 10 of 11 files read as their JSON says; 05 was stored as 淳安縣醫療保障局緊扣國務院 (a verb and the next body
 * glued to the name), fixed with citizen-questions-61 (test/unit/qa/qachat33.test.ts).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';
import { converse, importFixtureFiles, makeTestApp, type TestApp } from '../../helpers.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more38'), /^\d+\.(?:txt|md|html)$/);

describe('a thirty-eighth set of real reports, prose-rich 2024 and 2025 pages, imported into SQLite', () => {
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
        folder.files.map((file) => ['reports-more38', file.name] as const),
      );
    });
    afterAll(() => app.dispose());

    it.each([
      ['朋普镇2024年抖音发布了多少条视频', 95],
      ['宿迁市水利局2024年召开新闻发布会几场', 4],
      ['广东省水利厅2024年网站发布政策解读多少篇', 10],
      ['淳安县医保局2024年主动公开多少条', 39],
      ['渝中区应急管理局2025年部门动态多少条', 49],
      ['重庆市应急管理局2025年接收政府信息公开申请多少件', 31],
      ['济南市退役军人事务局2024年受理政府信息公开申请多少件', 20],
      ['乌海市应急管理局2025年主动公开政务信息多少条', 359],
    ] as const)('%s → %d', async (question, value) => {
      const [answer] = await converse(app, `rm38-${value}`, [question]);
      expect(answer.facts.map((fact) => fact.value)).toContain(value);
    });
  });
});

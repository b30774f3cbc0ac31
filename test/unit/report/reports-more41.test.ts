/**
 * A forty-first set of real reports (test/fixtures/reports-more41), chosen for kinds of body the fixtures had not held, for
 * real-questions-corpus35: two 农业农村局 (泰兴 2025 with no title and its applications by channel and outcome; 莲花山度假区's,
 * 2025, naming no agency at all: 我局 on its 管委会's site), 五原县农牧和科技局 (2025, named 五原县农牧和科技局单位, a phone with a
 * space after its dash), two state farms (奉新县东风垦殖场, its title only 东风场, named in its contact clause's 办公室; 第六师
 * 芳草湖农场 of the 兵团, its title printed twice), two 林业 bureaus (鹤岗市林业和草原局, 2025, a title over three lines and an
 * address unlabelled after the phone; 丽水市林业局, 【文字】 before its title, a 抖音号 of a national park), three 乡 (木塔乡, 原村乡
 * with shares in percent and a phone after 请联系:, 大坡乡 with a further channel's 42条 after its total of 162条) and a
 * university's 2023-2024学年 report (安庆师范大学). 2024 and 2025 pages cut off as the search tool stores them (about 2,000
 * characters; none reaches a table). Figures read by hand (each JSON's `source`, `prose` and `notes`), the pages saved before
 * the importer first ran on them.
 * First run: 6 of 11 files read as their JSON says; 03 stored as 奉新县东风垦殖场办公室 (its contact clause's office), 04 refused
 * as no report (农场 was no agency's kind, 第六师 no region), 11 refused for naming no year (a 学年: a gap; since ident25 refused
 * as a university's report, its JSON's "refused": true). 08, 09 and 10
 * were stored by their titles' names (木塔乡人民政府, 原村乡, 大坡乡人民政府), which their JSON first gave with the county of
 * an address, a site or a 公众号: the JSON now gives the title's name. Fixed: a state farm (农场, 垦殖场, 林场 …) is a kind
 * of agency and its 办公室 in a contact clause is its own; a 兵团 division (第六师) is a region.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';
import { converse, importFixtureFiles, makeTestApp, type TestApp } from '../../helpers.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more41'), /^\d+\.(?:txt|md|html)$/);

describe('a forty-first set of real reports, 农业农村局, state farms, 林业局, 乡 and a university of 2024 and 2025, imported into SQLite', () => {
  it('the fixtures are all there, each with its source', () => {
    expect(folder.files.length).toBe(11);
    for (const file of folder.files) expect(file.truth.source.length).toBeGreaterThan(10);
  });

  it.each(folder.named.filter((file) => !file.truth.gap && !file.truth.refused).map((file) => [file.name, file] as const))(
    '%s: agency and year as read by hand, imported as partial',
    (_name, file) => {
      const outcome = folder.asFound.get(file.name)!;
      expect(outcome.error).toBeUndefined();
      expect(outcome.report!.agency).toBe(file.truth.agency);
      expect(outcome.report!.year).toBe(file.truth.year);
      expect(outcome.report!.missing.length).toBeGreaterThan(0);
    },
  );

  it.each(folder.unnamed.map((file) => [file.name, file] as const))(
    '%s: names no agency, so refused and asked for --agency',
    (_name, file) => {
      const outcome = folder.asFound.get(file.name)!;
      expect(outcome.reportId).toBeUndefined();
      expect(outcome.error).toContain('--agency');
    },
  );

  // A university's 学年 report (高等学校信息公开办法) has none of the 政府 tables: refused as what it is (ident25).
  it.each(folder.files.filter((file) => file.truth.refused).map((file) => [file.name, file] as const))(
    "%s: a university's report, refused as no 政府 report",
    (_name, file) => {
      const outcome = folder.asFound.get(file.name)!;
      expect(outcome.reportId).toBeUndefined();
      expect(outcome.error).toMatch(/高等学校的信息公开年度报告/);
    },
  );

  describe('a few prose figures and contacts read by hand', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = makeTestApp();
      await importFixtureFiles(
        app,
        folder.files.map((file) => ['reports-more41', file.name] as const),
      );
    });
    afterAll(() => app.dispose());

    it.each([
      ['泰兴市农业农村局2025年主动公开了多少条政府信息', 545],
      ['奉新县东风垦殖场2024年村务公开多少条', 105],
      ['丽水市林业局2024年主动公开政务信息多少条', 1424],
      ['木塔乡人民政府2024年网站点击量多少', 97269],
      ['原村乡2024年领导信息多少条', 11],
      ['大坡乡人民政府2024年主动公开政府信息多少条', 162],
    ] as const)('%s → %d', async (question, value) => {
      const [answer] = await converse(app, `rm41-${value}`, [question]);
      expect(answer.facts.map((fact) => fact.value)).toContain(value);
    });

    it.each([
      ['五原县农牧和科技局电话', '0478-7960107'],
      ['鹤岗市林业和草原局地址', '东解放路37号'],
      ['原村乡联系电话', '0356-5873144'],
      ['东风垦殖场电话', '4631232'],
    ] as const)('%s → %s', async (question, text) => {
      const [answer] = await converse(app, `rm41-${text}`, [question]);
      expect(answer.answer).toContain(text);
    });
  });
});

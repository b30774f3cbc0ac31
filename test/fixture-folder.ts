/**
 * A folder of real reports with hand-read JSON (test/fixtures/reports-more2, reports-more3):
 * every file imported into a SQLite file through importFile, as `gongkai import` does, and once
 * more with --agency where the JSON says the text names no agency with its region.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QaEngine } from '../src/qa/engine.js';
import { importFile, type ImportOutcome } from '../src/report/importer.js';
import { openDatabase } from '../src/store/db.js';
import { ReportStore } from '../src/store/report-store.js';
import { toSimplified } from '../src/text/script.js';

/** What a fixture's JSON gives, read by hand from the text. */
export interface Truth {
  agency: string | null;
  year: number;
  /** null where the text cannot tell the layout (cut before any table, year 2021). */
  format: '2019' | '2021' | null;
  source: string;
  partial: boolean;
  applications?: Record<string, number[]>;
  appeals?: Record<string, number[]>;
  /** A known miss (why the importer still reads it wrong): its checks are expected to fail until it is fixed. */
  gap?: string;
  /** A page that is no 政府 report (a university's 学年 report): refused whatever its agency and year. */
  refused?: boolean;
  /** Figures the page states in its prose, each with a question a citizen may ask of it; `gap` marks one still missed. */
  prose?: Array<{ question: string; value: number | string; gap?: string }>;
}

export interface FixtureFile {
  name: string;
  truth: Truth;
}

/** The name given with --agency where the text names none: any name with a region, one per file (same years would replace each other). */
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const givenAgency = (index: number) => `示例市${STEMS[Math.floor(index / 10) % 10]}${STEMS[index % 10]}区示例局`;

/**
 * The files of `directory` whose names match `pattern`, each with its JSON, imported before the
 * tests run (registered with beforeAll/afterAll): `asFound` as `gongkai import FILE` stores it,
 * `withAgency` again with --agency for the files whose JSON agency is null.
 */
export function importFixtureFolder(directory: string, pattern: RegExp) {
  const files: FixtureFile[] = readdirSync(directory)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ name, truth: JSON.parse(readFileSync(join(directory, name.replace(/\.\w+$/, '.json')), 'utf8')) as Truth }));
  const scratch = mkdtempSync(join(tmpdir(), 'gongkai-fixture-folder-'));
  const database = openDatabase(join(scratch, 'fixtures.db'));
  const store = new ReportStore(database);
  const asFound = new Map<string, ImportOutcome>();
  const withAgency = new Map<string, ImportOutcome>();
  beforeAll(async () => {
    for (const [index, file] of files.entries()) {
      const path = join(directory, file.name);
      asFound.set(file.name, await importFile(store, path));
      if (file.truth.agency === null) withAgency.set(file.name, await importFile(store, path, { agency: givenAgency(index) }));
    }
  });
  itAnswersTheProse(files, store);
  afterAll(() => {
    database.close();
    rmSync(scratch, { recursive: true, force: true });
  });
  return {
    files,
    named: files.filter((file) => file.truth.agency !== null),
    unnamed: files.filter((file) => file.truth.agency === null),
    store,
    asFound,
    withAgency,
  };
}

/** Every cell the JSON gives, as imported and as stored (with --agency where the text names none). */
export function expectEveryCell(folder: ReturnType<typeof importFixtureFolder>, file: FixtureFile): void {
  const outcome = folder.withAgency.get(file.name) ?? folder.asFound.get(file.name)!;
  expect(outcome.error).toBeUndefined();
  expect(outcome.report!.year).toBe(file.truth.year);
  const record = folder.store.reportById(outcome.reportId!)!;
  for (const table of ['applications', 'appeals'] as const) {
    const stored = folder.store.tableOf(record.id, table, outcome.report!.format);
    for (const [row, values] of Object.entries(file.truth[table] ?? {})) {
      expect(outcome.report![table][row], `${file.name} ${table}.${row}`).toEqual(values);
      expect(stored[row], `${file.name} ${table}.${row} stored`).toEqual(values);
    }
  }
}

/** A file whose text names no agency with its region: refused, asking for --agency. */
export function expectRefusedForAgency(folder: ReturnType<typeof importFixtureFolder>, file: FixtureFile): void {
  const outcome = folder.asFound.get(file.name)!;
  expect(outcome.reportId).toBeUndefined();
  expect(outcome.error).toContain('--agency');
}

/**
 * The checks every real-report folder gets, registered inside the caller's describe: the files are
 * there with their sources (at least `minimum`), each named file has its agency, year, layout and
 * partial flag, each unnamed one is refused asking for --agency, and every cell is as its JSON says.
 */
export function itReadsEveryFile(
  folder: ReturnType<typeof importFixtureFolder>,
  minimum: number,
  // (A folder whose every page names its agency says so: its unnamed page was read once the importer learnt how.)
  { everyPageNamed = false }: { everyPageNamed?: boolean } = {},
): void {
  it('the fixtures are all there, each with its source, named and unnamed', () => {
    expect(folder.files.length).toBeGreaterThanOrEqual(minimum);
    if (everyPageNamed) expect(folder.unnamed).toEqual([]);
    else expect(folder.unnamed.length).toBeGreaterThan(0);
    for (const file of folder.files) expect(file.truth.source.length).toBeGreaterThan(10);
  });

  const expectNamed = (file: FixtureFile) => {
    const outcome = folder.asFound.get(file.name)!;
    expect(outcome.error).toBeUndefined();
    expect(outcome.report!.agency).toBe(file.truth.agency);
    expect(outcome.report!.year).toBe(file.truth.year);
    if (file.truth.format) expect(outcome.report!.format).toBe(file.truth.format);
    // A cut-off page says what it lacks; a whole report converted from a PDF may still lack a loose table 二 item.
    if (file.truth.partial) expect(outcome.report!.missing.length).toBeGreaterThan(0);
  };
  // A file with a gap (a known miss) is expected to fail its checks: once it reads right, the gap must go.
  const known = (files: FixtureFile[]) => files.filter((file) => !file.truth.gap).map((file) => [file.name, file] as const);
  it.each(known(folder.named))('%s: agency, year, layout, and imported as partial where cut off', (_name, file) => expectNamed(file));

  it.each(known(folder.unnamed))('%s: no agency with its region in the text, so refused and asked for --agency', (_name, file) =>
    expectRefusedForAgency(folder, file),
  );

  it.each(known(folder.files))('%s: every cell, as imported and as stored', (_name, file) => expectEveryCell(folder, file));

  for (const file of folder.files.filter((each) => each.truth.gap)) {
    it.fails(`${file.name}: a known miss (${file.truth.gap}), read as its JSON says once fixed`, () => {
      if (file.truth.agency === null) expectRefusedForAgency(folder, file);
      else expectNamed(file);
      expectEveryCell(folder, file);
    });
  }
}

/**
 * A made-up report's text for an importer example: the given head lines (title, compiling or contact clause), then a
 * short section 一 whose two sentences name the agency as `body` (我局, 我镇, a 街道's name).
 */
export function minimalReport(head: string[], body = '我局'): string {
  return [
    ...head,
    '一、总体情况',
    `(一)主动公开情况。2023年,${body}主动公开政府信息45条。`,
    `(二)依申请公开情况。2023年,${body}收到政府信息公开申请3件。`,
  ].join('\n');
}

/** The day questions are asked on: after every report of the folders, so that no year asked lies ahead. */
const ASKED_ON = new Date('2026-11-24T10:00:00+08:00');

/**
 * A prose figure's question as a citizen asks it of the one report: the JSON's question, with the agency and the year put
 * first where it leaves them out (a question that already names the agency by its first two characters, in either script,
 * or its place's short form, keeps its own words). The place's short form is a place's only (渝中 of 重庆市渝中区…, 蓬江 of
 * 江門市蓬江區…): the first words of a department's name (统计 of 乌海市统计局, 文化 of 弥勒市文化和旅游局) name no agency, so a
 * question saying 各类统计信息 has the agency put first.
 */
export function proseQuestion(truth: Truth, question: string): string {
  const agency = truth.agency ?? '';
  const rest = agency.replace(/^.{2,3}?(?:省|自治区|市)/, '');
  const place = /^\p{Script=Han}{2}\p{Script=Han}{0,6}?(?:区|區|县|縣|镇|鎮|乡|鄉|街道|旗|市|州|盟|高新)/u.test(rest);
  const short = place ? rest.slice(0, 2) : '';
  const named =
    question.includes(agency.slice(0, 2)) ||
    question.includes(toSimplified(agency).slice(0, 2)) ||
    (short.length === 2 && question.includes(short));
  const dated = question.includes(String(truth.year));
  // (本年度/本年 is the year put first; 年度报告几条, 年度数据几条 name a thing that opens with 年度, kept whole.)
  return `${named ? '' : agency}${dated ? '' : `${truth.year}年`}${question.replace(/^本年度?/, '')}`;
}

/**
 * Every figure the folder's JSONs read by hand from the prose (their `prose` lists), asked of the folder's store as a citizen
 * asks it (proseQuestion): answered with that figure as a fact (or its 万 form: 4.14万条 for 41400), never refused or answered
 * with another. An entry with a `gap` is a known miss, expected to fail until it is fixed.
 */
function itAnswersTheProse(files: readonly FixtureFile[], store: ReportStore): void {
  const asked = files.flatMap((file) =>
    file.truth.agency === null || file.truth.refused || file.truth.gap
      ? []
      : (file.truth.prose ?? [])
          .filter((prose) => typeof prose.value === 'number')
          .map((prose) => ({ file, question: proseQuestion(file.truth, prose.question), value: prose.value as number, gap: prose.gap })),
  );
  if (asked.length === 0) return;
  let engine: QaEngine | undefined;
  const answerOf = (question: string, user: string) => {
    engine ??= new QaEngine({ reports: store, now: () => ASKED_ON });
    return engine.ask(question, { user });
  };
  const expectStated = (question: string, value: number, user: string) => {
    const answer = answerOf(question, user);
    const values = answer.facts.map((fact) => fact.value);
    // (None at all, 0, may be said as a plain 没有 from the sentence that says none came: 未收到政府信息公开申请.)
    const stated =
      values.includes(value) ||
      values.some((each) => typeof each === 'number' && Math.round(each * 10000) === value) ||
      (value === 0 && answer.kind === 'text' && /^没有[。，]/.test(answer.answer));
    expect(stated, `${question} → ${answer.kind}: ${answer.answer.slice(0, 160)}`).toBe(true);
  };
  for (const [index, { file, question, value, gap }] of asked.entries()) {
    const name = `${file.name}: “${question}” is answered ${value} from the prose`;
    if (gap) it.fails(`${name} (a known miss: ${gap})`, () => expectStated(question, value, `prose${index}`));
    else it(name, () => expectStated(question, value, `prose${index}`));
  }
}

/**
 * A folder of real pages cut off as the search tool stores them, every one naming its agency (so not itReadsEveryFile's
 * checks): `count` files, each with its source and prose figures; each named as its JSON says, its year and its layout where
 * the page shows one, imported as partial; a file whose JSON has a gap is a known miss, stored under another name.
 */
export function describeCutPagesFolder(
  title: string,
  directory: string,
  count: number,
  // Checks of the folder's own (a page's table read cell by cell), registered inside the same describe.
  more: (folder: ReturnType<typeof importFixtureFolder>) => void = () => {},
): void {
  const folder = importFixtureFolder(directory, /^\d+\.(?:txt|md|html)$/);
  describe(title, () => {
    it(`the ${count === 10 ? 'ten' : count} fixtures are there, each with its source and a few figures read by hand`, () => {
      expect(folder.files.length).toBe(count);
      for (const file of folder.files) {
        expect(file.truth.source.length).toBeGreaterThan(10);
        // (A page that is no report, refused, has no figure to ask.)
        if (!file.truth.refused) expect(file.truth.prose?.length ?? 0).toBeGreaterThan(0);
      }
    });

    const notReports = folder.files.filter((file) => file.truth.refused).map((file) => [file.name, file] as const);
    it.skipIf(notReports.length === 0).each(notReports)('%s: no report (its JSON says refused), not stored', (_name, file) => {
      expect(folder.asFound.get(file.name)!.error).toBeDefined();
    });

    const known = folder.files.filter((file) => !file.truth.gap && !file.truth.refused).map((file) => [file.name, file] as const);
    it.each(known)('%s: agency, year, layout where the page shows it, and imported as partial (cut off)', (_name, file) => {
      // (A page that names no agency with its region is refused, asking for --agency, and read with it.)
      if (file.truth.agency === null) {
        expectRefusedForAgency(folder, file);
        expect(folder.withAgency.get(file.name)!.report!.year).toBe(file.truth.year);
        return;
      }
      const outcome = folder.asFound.get(file.name)!;
      expect(outcome.error).toBeUndefined();
      expect(outcome.report!.agency).toBe(file.truth.agency);
      expect(outcome.report!.year).toBe(file.truth.year);
      if (file.truth.format) expect(outcome.report!.format).toBe(file.truth.format);
      expect(outcome.report!.missing.length).toBeGreaterThan(0);
    });

    const gaps = folder.files.filter((file) => file.truth.gap).map((file) => [file.name, file] as const);
    it.skipIf(gaps.length === 0).each(gaps)('%s: a known miss (its JSON’s gap)', (_name, file) => {
      expect(folder.asFound.get(file.name)!.report?.agency).not.toBe(file.truth.agency);
    });

    more(folder);
  });
}

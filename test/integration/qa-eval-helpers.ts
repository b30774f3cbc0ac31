/**
 * The qa-eval files' shared parts: a question file read, fixture folders imported, and one test per question asked of a
 * store. The question sets' own files (qa-eval.test.ts and qa-eval-*.test.ts) each build their stores and call these.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/cli/qa-commands.js';
import { importFile } from '../../src/report/importer.js';
import { makeTestApp, type TestApp } from '../helpers.js';

export function questions(file: string) {
  return readFileSync(join(__dirname, '..', 'fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as { q: string; user?: string; category?: string; gap?: string; expect: Parameters<typeof judge>[1] });
}

/** Import every file of each fixture folder whose name fits its pattern, in name order, as `gongkai import` takes them. */
export async function importFolders(app: TestApp, folders: ReadonlyArray<readonly [string, RegExp]>): Promise<void> {
  for (const [folder, pattern] of folders) {
    const path = join(__dirname, '..', 'fixtures', folder);
    for (const name of readdirSync(path)
      .filter((file) => pattern.test(file))
      .sort())
      await importFile(app.reports, join(path, name));
  }
}

/** Every real report up to reports-more7 and the guides, as the first held-out sets and the guide sets ask over them. */
export const REPORTS_TO_MORE7_AND_GUIDES = [
  ['reports-real', /\.txt$/],
  ['reports-more', /\.(txt|html)$/],
  ['reports-more2', /\.txt$/],
  ['reports-more3', /\.(txt|md)$/],
  ['reports-more4', /\.(txt|md|html)$/],
  ['reports-more5', /\.(txt|md|html)$/],
  ['reports-more6', /\.(txt|md|html)$/],
  ['reports-more7', /\.(txt|md|html)$/],
  ['guides', /\.txt$/],
] as const;

/**
 * A set's questions in a describe of their own, over reports-real and the set's folder (reports-moreN: it adds agencies and
 * years that would change the answers to questions written over the other stores), `prefix` keying the conversations.
 */
export function describeOverSet(title: string, folder: string, pattern: RegExp, file: string, prefix: string): void {
  describe(title, () => {
    let store: TestApp;
    beforeAll(async () => {
      store = makeTestApp();
      await importFolders(store, [
        ['reports-real', /\.txt$/],
        [folder, pattern],
      ] as const);
    });
    afterAll(() => store.dispose());
    askFiles(
      () => store,
      [file],
      () => prefix,
    );
  });
}

/**
 * A set's questions in a describe of their own, over the fixture folders given (imported once, in order, before the first
 * question), each file's conversations keyed by the file's name.
 */
export function describeOverFolders(title: string, folders: ReadonlyArray<readonly [string, RegExp]>, files: readonly string[]): void {
  describe(title, () => {
    let store: TestApp;
    beforeAll(async () => {
      store = makeTestApp();
      await importFolders(store, folders);
    }, 300_000);
    afterAll(() => store.dispose());
    askFiles(() => store, files);
  });
}

/**
 * One test per question of each file, in file order, asked of `app()` (lines with the same user are one conversation, keyed
 * `prefix(file):user`); a line marked gap is a known miss, run as an expected failure.
 */
export function askFiles(app: () => TestApp, files: readonly string[], prefix: (file: string) => string = (file) => file): void {
  for (const file of files) {
    for (const item of questions(file)) {
      const test = item.gap ? it.fails : it;
      test(`${file} [${item.category}] ${item.q}${item.gap ? ` (gap: ${item.gap})` : ''}`, async () => {
        const answer = await app().ask(item.q, item.user ? `${prefix(file)}:${item.user}` : undefined);
        expect(judge(answer, item.expect), answer.answer).toEqual([]);
      });
    }
  }
}

/** Every real report folder of the fixtures (reports-real, reports-more, reports-more2 …), as `gongkai import` takes them. */
export function everyReportFolder(): Array<readonly [string, RegExp]> {
  return readdirSync(join(__dirname, '..', 'fixtures'))
    .filter((name) => /^reports-(?:real|more\d*)$/.test(name))
    .map((name) => [name, /\.(txt|md|html)$/] as const);
}

/** The folders reports-moreFROM … reports-moreTO, every page of each. */
export function reportsMore(from: number, to: number): Array<readonly [string, RegExp]> {
  return Array.from({ length: to - from + 1 }, (_, offset) => [`reports-more${from + offset}`, /\.(txt|md|html)$/] as const);
}

/** The guide folders guides-FROM to guides-TO, in order, their .txt files, as importFolders takes them. */
export function guidesFolders(from: number, to: number): Array<readonly [string, RegExp]> {
  return Array.from({ length: to - from + 1 }, (_, offset) => [`guides-${from + offset}`, /\.txt$/] as const);
}

/**
 * The store of every report folder (and the guides, unless `guides` is false) that the largest question sets ask over, built
 * once per test worker and copied for each set: the import of some 700 real pages took a minute of the machine for each of
 * the seven sets that asked over it. Each set gets its own copy, so its conversations never meet another set's.
 */
const everyFolderStores = new Map<boolean, Promise<string>>();
export async function everyFolderStore(guides = true): Promise<TestApp> {
  let built = everyFolderStores.get(guides);
  if (!built) {
    built = (async () => {
      const template = makeTestApp();
      await importFolders(template, guides ? [...everyReportFolder(), ['guides', /\.txt$/] as const] : everyReportFolder());
      // Closed, the WAL is folded into the file, which is then the whole store.
      template.close();
      process.once('exit', () => rmSync(template.directory, { recursive: true, force: true }));
      return join(template.directory, 'test.db');
    })();
    everyFolderStores.set(guides, built);
  }
  return makeTestApp({ copyOf: await built });
}

/** A question set asked over its own copy of the store of every report folder and the guides (see everyFolderStore). */
export function describeOverEveryFolder(title: string, files: readonly string[], options: { guides?: boolean } = {}): void {
  describe(title, () => {
    let store: TestApp;
    // Every folder: on a loaded machine their import outlasts the default hook timeout.
    beforeAll(async () => {
      store = await everyFolderStore(options.guides ?? true);
    }, 900_000);
    afterAll(() => store.dispose());
    askFiles(() => store, files);
  });
}

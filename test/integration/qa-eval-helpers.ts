/**
 * The qa-eval files' shared parts: a question file read, fixture folders imported, and one test per question asked of a
 * store. The question sets' own files (qa-eval.test.ts and qa-eval-*.test.ts) each build their stores and call these.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { judge } from '../../src/cli/qa-commands.js';
import { importFile } from '../../src/report/importer.js';
import { makeTestApp, type TestApp } from '../helpers.js';

export function questions(file: string) {
  return readFileSync(join(__dirname, '..', 'fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as { q: string; user?: string; category?: string; gap?: string; expect: Parameters<typeof judge>[1] });
}

/** The files of a fixture folder whose names fit its pattern, in name order, as `gongkai import` takes them. */
function folderFiles(folder: string, pattern: RegExp): string[] {
  const path = join(__dirname, '..', 'fixtures', folder);
  return readdirSync(path)
    .filter((file) => pattern.test(file))
    .sort()
    .map((name) => join(path, name));
}

/**
 * The stores built in this test worker, each a closed SQLite file keyed by the files imported into a seeded store, in order:
 * one at each list's end and at the beginnings lists share (storeOf says which). The question sets import the same lists, or lists that begin alike (the
 * reports to reports-more7 and the guides, then guides-41 … guides-N; every report folder, then the guides), so a set's
 * store is its longest stored beginning copied, with only the folders after it imported.
 */
const templates = new Map<string, Promise<string>>();
let templatesDirectory: string | undefined;
/** How many template files this worker has saved: each gets its own name. */
let templatesSaved = 0;

/**
 * The file of the store of `steps` (each folder's files), built from the longest beginning built before. A store is kept after
 * the steps `kept` says (the list's end and the beginnings other lists share): one after every folder of the every-folder
 * list took some 2 GB of disk a worker.
 */
async function templateOf(steps: ReadonlyArray<readonly string[]>, kept: (index: number) => boolean): Promise<string> {
  const keys = steps.map((_, index) =>
    steps
      .slice(0, index + 1)
      .flat()
      .join('\n'),
  );
  let from = steps.length;
  while (from > 0 && !templates.has(keys[from - 1])) from -= 1;
  if (from === steps.length) return templates.get(keys[from - 1])!;
  const built = (async () => {
    const base = from === 0 ? undefined : await templates.get(keys[from - 1]);
    // (In the run's stores directory, removed when the run ends: test/setup/stores-directory.ts.)
    templatesDirectory ??= mkdtempSync(join(inject('storesDirectory') ?? tmpdir(), 'templates-'));
    const app = makeTestApp(base ? { copyOf: base } : {});
    const files: Array<string | undefined> = [];
    try {
      for (const [index, step] of steps.slice(from).entries()) {
        for (const file of step) await importFile(app.reports, file);
        if (!kept(from + index)) {
          files.push(undefined);
          continue;
        }
        // Folded into the file (no reader is open in this worker's test app), which is then the whole store.
        const [folded] = app.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
        if (folded.busy !== 0) throw new Error('a template store could not be checkpointed');
        templatesSaved += 1;
        const file = join(templatesDirectory, `${templatesSaved}.db`);
        copyFileSync(join(app.directory, 'test.db'), file);
        files.push(file);
      }
    } finally {
      app.dispose();
    }
    return files;
  })();
  for (let index = from; index < steps.length; index += 1)
    if (!templates.has(keys[index]) && kept(index))
      templates.set(
        keys[index],
        built.then((files) => files[index - from] as string),
      );
  return templates.get(keys[steps.length - 1])!;
}

/**
 * A store of its own (a seeded test app) holding the fixture folders given, imported in order as `gongkai import` takes them: a copy of
 * this worker's store of those folders (templateOf), so that a set's conversations never meet another set's.
 */
export async function storeOf(folders: ReadonlyArray<readonly [string, RegExp]>): Promise<TestApp> {
  const steps = folders.map(([folder, pattern]) => folderFiles(folder, pattern));
  // Kept: the list's end, and the beginnings lists share (reports-real, which every set's folder follows; the report folders
  // before the guides; the first held-out sets' folders ending with the guides, which guides-41 … follow).
  const kept = (index: number) =>
    index === steps.length - 1 ||
    folders[index][0] === 'reports-real' ||
    folders[index][0] === 'guides' ||
    /^guides/.test(folders[index + 1]?.[0] ?? '');
  return steps.length === 0 ? makeTestApp() : makeTestApp({ copyOf: await templateOf(steps, kept) });
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
      store = await storeOf([
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
      store = await storeOf(folders);
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

/** The guide folders guides-FROM to guides-TO, in order, their .txt files, as storeOf takes them. */
export function guidesFolders(from: number, to: number): Array<readonly [string, RegExp]> {
  return Array.from({ length: to - from + 1 }, (_, offset) => [`guides-${from + offset}`, /\.txt$/] as const);
}

/**
 * The store of every report folder and the guides (unless `guides` is false) that the largest question sets ask over, a copy
 * for each set (storeOf): the import of some 700 real pages took a minute of the machine for each of the seven sets that
 * asked over it. The store without the guides is the beginning of the one with them.
 */
export async function everyFolderStore(guides = true): Promise<TestApp> {
  return storeOf(guides ? [...everyReportFolder(), ['guides', /\.txt$/] as const] : everyReportFolder());
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

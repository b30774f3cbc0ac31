/** Shared test set-up: a real SQLite file in a temp directory, loaded with the sample reports. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type App, createApp, type AppOptions } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { silentLogger } from '../src/core/log.js';
import { importFile } from '../src/report/importer.js';

export interface TestApp extends App {
  directory: string;
  dispose(): void;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set in the shared project (vitest.config.ts), whose files mock nothing: makeTestApp may copy a seeded store. */
    seededCopies: boolean;
  }
}

/**
 * A store seeded with the sample reports and closed, built once per test worker: a new test app copies it instead of
 * importing the five reports again (a tenth of a second each, and the suite makes some 600 apps). Only where no file
 * mocks modules, fakes timers or stubs the environment (the shared project): the copy is the seeded store those leave alone.
 */
let seededStore: string | undefined;
function seededCopy(): string | undefined {
  if (!inject('seededCopies')) return undefined;
  if (!seededStore) {
    // (In the run's stores directory, removed when the run ends: test/setup/stores-directory.ts.)
    const directory = mkdtempSync(join(inject('storesDirectory') ?? tmpdir(), 'seeded-'));
    createApp(loadConfig({}, { db: join(directory, 'test.db') }), { logger: silentLogger, seed: true }).close();
    seededStore = join(directory, 'test.db');
  }
  return seededStore;
}

/** A fresh app on a temp database file, seeded with data/reports, clock fixed at `now`, with the production pipeline. */
export function makeTestApp(
  options: Partial<AppOptions> & { now?: () => Date; env?: Record<string, string>; copyOf?: string } = {},
): TestApp {
  const directory = mkdtempSync(join(tmpdir(), 'gongkai-test-'));
  // A store already built (closed, so a single file): the app opens its own copy, and the sample reports are not seeded again.
  const copyOf = options.copyOf ?? seededCopy();
  if (copyOf) copyFileSync(copyOf, join(directory, 'test.db'));
  const config = loadConfig({ ...(options.env ?? {}) }, { db: join(directory, 'test.db') });
  const app = createApp(config, {
    logger: silentLogger,
    seed: true,
    now: options.now ?? (() => new Date('2026-11-24T10:00:00+08:00')),
  });
  return {
    ...app,
    directory,
    dispose: () => {
      app.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Made-up reports, each written to a file in the app's directory and imported as `gongkai import` stores it. */
export async function importTexts(app: TestApp, files: ReadonlyArray<readonly [name: string, text: string]>): Promise<void> {
  for (const [name, text] of files) {
    const file = join(app.directory, name);
    writeFileSync(file, text);
    await importFile(app.reports, file);
  }
}

/** One conversation: each line asked in turn as `user`, the answers in order. */
export async function converse(app: TestApp, user: string, lines: readonly string[]): Promise<Awaited<ReturnType<TestApp['ask']>>[]> {
  const answers = [];
  for (const line of lines) answers.push(await app.ask(line, user));
  return answers;
}

/** Real report files of the fixture folders, each as [folder, file name], imported in order as `gongkai import` takes them. */
export async function importFixtureFiles(app: TestApp, files: ReadonlyArray<readonly [folder: string, name: string]>): Promise<void> {
  for (const [folder, name] of files) await importFile(app.reports, join(__dirname, 'fixtures', folder, name));
}

/**
 * 西工区's sample report made another agency's, for made-up examples: the agency and the district renamed (西工区 → `place`),
 * its year moved (2024 unless said), its 主动公开 paragraph and 依申请公开 sentence replaced.
 */
/** A cut page of a report: its title and section 一 only (no tables), as many real pages are. */
export function cutPage(agency: string, year: number, ...paragraphs: string[]): string {
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '一、总体情况',
    ...paragraphs,
  ].join('\n');
}

export function xigongAs(agency: string, place: string, proactive: string, received: string, year = 2024): string {
  const xigong = readFileSync(join(__dirname, '..', 'data', 'reports', 'xigong-kjj-2024.txt'), 'utf8');
  return xigong
    .replaceAll('西工区科学技术局', agency)
    .replaceAll('西工区', place)
    .replaceAll('2024', String(year))
    .replace(/（一）主动公开情况。[^\n]*/, `（一）主动公开情况。${proactive}`)
    .replace(/（二）依申请公开情况。[^\n]*/, `（二）依申请公开情况。${received}`);
}

/** Shared test set-up: a real SQLite file in a temp directory, loaded with the sample reports. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, createApp, type AppOptions } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { silentLogger } from '../src/core/log.js';
import { importFile } from '../src/report/importer.js';

export interface TestApp extends App {
  directory: string;
  dispose(): void;
}

/** A fresh app on a temp database file, seeded with data/reports, clock fixed at `now`, with the production pipeline. */
export function makeTestApp(options: Partial<AppOptions> & { now?: () => Date; env?: Record<string, string> } = {}): TestApp {
  const directory = mkdtempSync(join(tmpdir(), 'gongkai-test-'));
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

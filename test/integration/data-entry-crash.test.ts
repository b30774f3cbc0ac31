/**
 * A crash during entry loses nothing acknowledged: `gongkai chat --user` runs as a child
 * process, is killed with SIGKILL right after a value is acknowledged, and a restarted chat
 * on the same database finds every acknowledged value and resumes at the same step.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openDatabase } from '../../src/store/db.js';
import { DraftStore } from '../../src/store/draft-store.js';
import { ReportStore } from '../../src/store/report-store.js';
import { ensureBuilt } from '../build.js';

const root = join(__dirname, '..', '..');
let directory: string;
let db: string;

beforeAll(async () => {
  // The child runs bin/gongkai.js, which needs the compiled dist/.
  ensureBuilt();
  directory = mkdtempSync(join(tmpdir(), 'gongkai-crash-'));
  db = join(directory, 'crash.db');
  const code = await main(
    ['--db', db, 'staff', 'add', '--id', 'crash-clerk', '--name', '李四', '--agency', '海原县教育局', '--role', 'clerk', '--create-agency'],
    {
      out: () => undefined,
      err: () => undefined,
      stdin: Readable.from([]),
    },
  );
  expect(code).toBe(0);
}, 180_000);

afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface Chat {
  child: ChildProcessWithoutNullStreams;
  /** Send a line and wait until the replies printed since contain `expected`; the replies. */
  send(line: string, expected: string): Promise<string>;
  exited: Promise<number | null>;
}

function startChat(): Chat {
  const child = spawn(process.execPath, ['bin/gongkai.js', '--db', db, 'chat', '--user', 'crash-clerk'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let waiting: { from: number; expected: string; resolve: (text: string) => void } | undefined;
  const check = () => {
    if (waiting && output.slice(waiting.from).includes(waiting.expected)) {
      const done = waiting;
      waiting = undefined;
      done.resolve(output.slice(done.from));
    }
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    output += chunk;
    check();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    send: (line, expected) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no “${expected}” after “${line}”; output:\n${output}`)), 20_000);
        waiting = {
          from: output.length,
          expected,
          resolve: (text) => {
            clearTimeout(timer);
            resolve(text);
          },
        };
        child.stdin.write(`${line}\n`);
      }),
  };
}

function draftTables() {
  const database = openDatabase(db);
  try {
    const reports = new ReportStore(database);
    const drafts = new DraftStore(database);
    const draft = drafts.get(reports.agencyByName('海原县教育局')!.id, 2025)!;
    return { tables: drafts.tables(draft.id), history: drafts.history(draft.id) };
  } finally {
    database.close();
  }
}

describe('a crash during entry', () => {
  it('loses nothing acknowledged, and a restarted chat resumes the same draft and step', async () => {
    const first = startChat();
    await first.send('填报2025年度', '【表二 1/6】');
    await first.send('0', '已保存：规章：0 0 0');
    await first.send('制发1 废止0 现行有效3', '已保存：行政规范性文件：制发1 废止0 现行有效3');
    const acknowledged = await first.send('行政许可 7', '已保存：行政许可 7');
    expect(acknowledged).toContain('【表二 4/6】第二十条第（六）项 行政处罚');
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();

    const saved = draftTables();
    expect(saved.tables.proactive.rules).toEqual([0, 0, 0]);
    expect(saved.tables.proactive.normative_documents).toEqual([1, 0, 3]);
    expect(saved.tables.proactive.licensing).toEqual([7]);
    expect(saved.history.filter((entry) => entry.staffId === 'crash-clerk')).toHaveLength(7);

    const second = startChat();
    const resumed = await second.send('填报2025年度', '【表二');
    expect(resumed).toContain('继续填报《海原县教育局2025年政府信息公开工作年度报告》，已填7/200个数字');
    expect(resumed).toContain('【表二 4/6】第二十条第（六）项 行政处罚');
    await second.send('3', '已保存：行政处罚 3');
    second.child.stdin.end();
    expect(await second.exited).toBe(0);
    expect(draftTables().tables.proactive.penalties).toEqual([3]);
  }, 60_000);
});

/**
 * A table 三 or 四 cell asked of a report cut off before that table: a sentence of the overview may stand in for the
 * cell only when it speaks of what the table counts (申请, 复议, 诉讼). A sentence about what was published
 * (主动公开政府信息1248条) shares the question's words (政府信息公开) but counts no application: the answer is that
 * the report lacks the table. Real page: reports-more9/12 (泰安市商务局 2020); the others are made up.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/report/importer.js';
import { FIXTURE_DIR } from '../fixtures/reports/layouts.js';
import { makeTestApp, type TestApp } from '../helpers.js';

let app: TestApp;

/** A made-up page cut off in table 二, its overview stating `overview`. */
const cutPage = (agency: string, overview: string) =>
  [
    `${agency}2023年政府信息公开工作年度报告`,
    '一、总体情况',
    overview,
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
    '规章 | 0 | 0 | 0',
  ].join('\n');

beforeAll(async () => {
  app = makeTestApp();
  const pages = {
    'published.txt': cutPage('滨海县文化和旅游局', '2023年，我局主动公开政府信息356条。'),
    'applied.txt': cutPage('滨海县统计局', '2023年，我局主动公开政府信息88条。全年收到政府信息公开申请4件，均按时答复。'),
  };
  for (const [name, text] of Object.entries(pages)) {
    writeFileSync(join(app.directory, name), text);
    const outcome = await importFile(app.reports, join(app.directory, name));
    expect(outcome.ok, outcome.error).toBe(true);
  }
  const real = await importFile(app.reports, join(FIXTURE_DIR, '..', 'reports-more9', '12.txt'));
  expect(real.ok, real.error).toBe(true);
});
afterAll(() => app.dispose());

describe('a table cell of a page cut before its table, answered from a sentence only when the sentence counts the same thing', () => {
  it('a sentence about proactive disclosure is no count of applications (real page)', async () => {
    const answer = await app.ask('泰安市商务局2020年收到多少政府信息公开申请');
    expect(answer.kind).toBe('refusal');
    expect(answer.facts).toEqual([]);
    expect(answer.answer).toContain('不完整');
  });

  it('the same shape made up, for applications and for reviews', async () => {
    for (const question of ['滨海县文化和旅游局2023年收到多少政府信息公开申请', '滨海县文化和旅游局2023年被申请政府信息公开行政复议几次']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('refusal');
      expect(answer.answer, question).not.toContain('356');
    }
  });

  it('a sentence that counts the applications still answers', async () => {
    const answer = await app.ask('滨海县统计局2023年收到多少政府信息公开申请');
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([4]);
  });
});

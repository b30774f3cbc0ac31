/**
 * Which number of a sentence answers (real-questions-16): the measure word asked (本), a breakdown opened by 包括 without a
 * colon, and a total asked (一共) against the channels it adds up. Each on a real report and a made-up one of the same shape.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retrieve } from '../../src/qa/retrieve.js';
import { importFile } from '../../src/report/importer.js';
import { openDatabase } from '../../src/store/db.js';
import { ReportStore, type ReportRecord } from '../../src/store/report-store.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-retrieval-16-'));
const db = openDatabase(join(directory, 'real.db'));
const store = new ReportStore(db);
afterAll(() => {
  db.close();
  rmSync(directory, { recursive: true, force: true });
});

const MADE_UP = `青禾县文化局2024年政府信息公开工作年度报告
一、总体情况
（一）主动公开。2024年，全年我局主动公开各类政府信息86条，包括工作动态40条、通知公告9条、主动公开其他信息37条。印制政策汇编3期共1500本，发放到各村。通过县政府网站发布信息12条，公众号发布30条、全年总计发布信息42条。\n（二）政务新媒体。2024年，官方微信订阅号推送信息25条，微博发布18条。
`;

const fixtures = join(__dirname, '..', 'fixtures');
beforeAll(async () => {
  for (const file of ['reports-more7/35.txt', 'reports-more6/04.txt', 'reports-more7/26.txt'])
    await importFile(store, join(fixtures, file));
  const madeUp = join(directory, 'made-up.txt');
  writeFileSync(madeUp, MADE_UP);
  await importFile(store, madeUp);
});

function reportOf(fragment: string): ReportRecord {
  const report = store.reports().find((candidate) => candidate.agency.includes(fragment));
  if (!report) throw new Error(`no report of ${fragment}`);
  return report;
}

const number = (fragment: string, text: string) =>
  retrieve(store, { text, kind: 'number', year: reportOf(fragment).year, reports: [reportOf(fragment)] });

describe('the number a sentence answers with', () => {
  it('is the one printed with the measure word asked (本, not the 期 before it)', () => {
    expect(number('兴庆', '公报印了多少本')).toMatchObject({ value: 800 });
    expect(number('兴庆', '公报印了几期')).toMatchObject({ value: 4 });
    expect(number('文化局', '政策汇编印了多少本')).toMatchObject({ value: 1500 });
  });

  it('is the headline figure, not an item of its breakdown opened by 包括 without a colon', () => {
    expect(number('漁業', '主动公开多少条')).toMatchObject({ value: 53 });
    expect(number('文化局', '主动公开多少条')).toMatchObject({ value: 86 });
  });

  it('reads a WeChat 订阅号 as the 公众号 asked about', () => {
    expect(retrieve(store, { text: '微信公众号发了多少条', kind: 'number', year: 2024, reports: [reportOf('文化局')] })).toMatchObject({
      value: 25,
    });
  });

  it('is the sentence’s total when a total is asked, over a channel named before it', () => {
    expect(number('好力保', '新媒体全年一共多少条')).toMatchObject({ value: 500 });
    expect(number('好力保', '新媒体多少条')).toMatchObject({ value: 486 });
    expect(number('文化局', '网站全年一共多少条')).toMatchObject({ value: 42 });
  });
});

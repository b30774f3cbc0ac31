/** Sentence retrieval's index on a real SQLite file: filled at save time, replaced with the report, backfilled for reports stored before migration 8. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { retrieve } from '../../src/qa/retrieve.js';
import { importFile } from '../../src/report/importer.js';
import { openDatabase } from '../../src/store/db.js';
import { ReportStore } from '../../src/store/report-store.js';
import { seedSampleReports } from '../../src/report/seed.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-sentences-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function sentenceCount(store: ReportStore): number {
  return store.db.prepare('SELECT COUNT(*) FROM sentences').pluck().get() as number;
}

function agencyReport(store: ReportStore, fragment: string) {
  const report = store.reports().find((candidate) => candidate.agency.includes(fragment));
  if (!report) throw new Error(`no sample report of ${fragment}`);
  return report;
}

describe('sentence index', () => {
  it('indexes every prose sentence at save time, and a report replaced keeps only its new sentences', () => {
    const db = openDatabase(join(directory, 'save.db'));
    const store = new ReportStore(db);
    seedSampleReports(store);
    const count = sentenceCount(store);
    expect(count).toBeGreaterThan(100);
    const haiyuan = agencyReport(store, '海原县');
    const found = retrieve(store, { text: '选聘了几名科技特派员', kind: 'number', year: 2024, reports: [haiyuan] });
    expect(found).toMatchObject({ value: 11, unit: '名', statedYear: 2024 });
    // Re-importing the same report replaces its rows (rowid range), it does not add to them.
    const loaded = store.load(haiyuan.id)!;
    store.save(loaded, [], { origin: 'import' });
    expect(sentenceCount(store)).toBe(count);
    db.close();
  });

  it('backfills reports stored before migration 8 when the store opens the file', () => {
    const path = join(directory, 'old.db');
    const db = openDatabase(path);
    seedSampleReports(new ReportStore(db));
    // The database as it was before version 8: no sentence table, the migrations that made it (8, then 15) not applied.
    db.exec('DROP TABLE sentences; DROP TABLE sentence_backlog; DELETE FROM schema_migrations WHERE version IN (8, 15);');
    db.close();
    const reopened = openDatabase(path);
    const store = new ReportStore(reopened);
    expect(sentenceCount(store)).toBeGreaterThan(100);
    expect(reopened.prepare('SELECT COUNT(*) FROM sentence_backlog').pluck().get()).toBe(0);
    const zhongwei = agencyReport(store, '中卫市');
    expect(retrieve(store, { text: '在中卫日报上发了多少条', kind: 'number', year: 2025, reports: [zhongwei] })).toMatchObject({
      value: 51,
    });
    reopened.close();
  });

  it('refuses rather than quote a sentence that does not answer', () => {
    const db = openDatabase(join(directory, 'negative.db'));
    const store = new ReportStore(db);
    seedSampleReports(store);
    const reports = store.reports();
    for (const text of ['有几辆公务车', '食堂有几个厨师', '局长工资多少万元', '抖音发了多少条', '办公楼有几层']) {
      expect(retrieve(store, { text, kind: 'number', reports }), text).toBeUndefined();
    }
    db.close();
  });

  it('never reads a word whose head the sentence lacks (公开栏 against 政务公开年报); prefers the number printed right after the counted noun', async () => {
    const db = openDatabase(join(directory, 'heads.db'));
    const store = new ReportStore(db);
    seedSampleReports(store);
    const zhongwei = agencyReport(store, '中卫市');
    // 政务运行类信息55条（含…政务公开年报1条…）: no 公开栏 is named, so no count of one.
    expect(retrieve(store, { text: '政务公开栏公开了几条', kind: 'number', year: 2025, reports: [zhongwei] })).toBeUndefined();
    const haiyuan = agencyReport(store, '海原县');
    expect(retrieve(store, { text: '政务公开栏公开了几条', kind: 'number', year: 2024, reports: [haiyuan] })).toMatchObject({ value: 12 });
    // 政府门户网站主动公开信息19条 is the website's total; 其中公开年报3条 counts the 年报 asked.
    expect(retrieve(store, { text: '政府门户网站上公开年报几条', kind: 'number', year: 2024, reports: [haiyuan] })).toMatchObject({
      value: 3,
    });
    // Whether an account was shut: only a sentence that says shutting answers (the 公众号's followers do not; the 微博's 关停注销 does).
    const shapotou = agencyReport(store, '沙坡头区');
    expect(retrieve(store, { text: '公众号被注销了吗', kind: 'yesno', year: 2024, reports: [shapotou] })).toBeUndefined();
    expect(retrieve(store, { text: '微博被注销了吗', kind: 'yesno', year: 2024, reports: [shapotou] })).toMatchObject({ yes: true });
    const xigong = agencyReport(store, '西工区');
    expect(retrieve(store, { text: '公众号关停了吗', kind: 'yesno', year: 2024, reports: [xigong] })).toBeUndefined();
    // A made-up report of the same shapes: 公示牌 is no 公示栏, and 年报 counted inside a website's total.
    const file = join(directory, 'dongling-kjj-2024.txt');
    writeFileSync(
      file,
      readFileSync(join(__dirname, '..', '..', 'data', 'reports', 'xigong-kjj-2024.txt'), 'utf8')
        .replaceAll('西工区', '东岭区')
        .replace(
          /（一）主动公开情况。[^\n]*/,
          '（一）主动公开情况。2024 年，我局主动公开政务信息40条，其中通过区政府网站公开政府信息30条，其中公开年报2条、通知公告8条；通过便民服务公示牌公开信息10条。',
        ),
    );
    await importFile(store, file);
    const dongling = agencyReport(store, '东岭区');
    expect(retrieve(store, { text: '公示栏公开了几条', kind: 'number', year: 2024, reports: [dongling] })).toBeUndefined();
    expect(retrieve(store, { text: '公示牌公开了几条', kind: 'number', year: 2024, reports: [dongling] })).toMatchObject({ value: 10 });
    expect(retrieve(store, { text: '区政府网站上公开年报几条', kind: 'number', year: 2024, reports: [dongling] })).toMatchObject({
      value: 2,
    });
    db.close();
  });
});

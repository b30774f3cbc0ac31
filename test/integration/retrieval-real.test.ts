/** Sentence retrieval over real reports in a real SQLite file: numbers before their noun phrase, enumerations, dated yes/no, prose inside table sections. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retrieve } from '../../src/qa/retrieve.js';
import { importFile } from '../../src/report/importer.js';
import { openDatabase } from '../../src/store/db.js';
import { ReportStore, type ReportRecord } from '../../src/store/report-store.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-retrieval-real-'));
const db = openDatabase(join(directory, 'real.db'));
const store = new ReportStore(db);
afterAll(() => {
  db.close();
  rmSync(directory, { recursive: true, force: true });
});

const fixtures = join(__dirname, '..', 'fixtures');
beforeAll(async () => {
  for (const file of ['reports-real/04.txt', 'reports-more/06.txt', 'reports-more2/25.txt']) await importFile(store, join(fixtures, file));
});

function reportOf(fragment: string): ReportRecord {
  const report = store.reports().find((candidate) => candidate.agency.includes(fragment));
  if (!report) throw new Error(`no report of ${fragment}`);
  return report;
}

describe('retrieval over real reports', () => {
  it('reads a number standing before the noun phrase it counts (283项公安行政审批事项已…入驻省网)', () => {
    const found = retrieve(store, { text: '有多少项审批事项入驻省网', kind: 'number', year: 2024, reports: [reportOf('公安局')] });
    expect(found).toMatchObject({ value: 283 });
  });

  it('answers from the prose inside table 二 (a 2019-style paragraph), the number of the asked item of an enumeration', () => {
    const report = reportOf('财政金融局');
    expect(retrieve(store, { text: '三公经费信息公开了几条', kind: 'number', year: 2022, reports: [report] })).toMatchObject({
      value: 12,
      sectionKey: 'proactive',
    });
    expect(retrieve(store, { text: '制作获取的政府信息总数是多少', kind: 'number', year: 2022, reports: [report] })).toMatchObject({
      value: 473,
    });
    // The table's own digits are never quoted as a sentence.
    expect(
      retrieve(store, { text: '行政规范性文件本年制发多少件', kind: 'number', year: 2022, reports: [report] })?.sentence ?? '',
    ).not.toMatch(/第二十条/);
  });

  it('reads yes/no from the clause that states what happened, not from a heading clause', () => {
    const found = retrieve(store, { text: '有人申请信息公开吗', kind: 'yesno', year: 2022, reports: [reportOf('国资局')] });
    expect(found).toMatchObject({ yes: false });
    expect(found?.clause).toContain('未收到');
  });
});

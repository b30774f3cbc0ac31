/**
 * perf26: a report's section texts are kept after their first read (ReportStore.sections and section read them through one
 * cache, until the data changes). An answer quoting a section must follow the data: a report imported again with another
 * text, and a commit by another connection (another process importing), are both seen; a caller changing the copy it was
 * given never changes what the next reader gets.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const PROBLEMS = '我局在政府信息公开工作中存在不足之处：一是信息工作能力水平还需提升';

/** A made-up 统计局 report (西工区's sample renamed), its problems section saying `problems`. */
const report = (problems: string) =>
  xigongAs('东河区统计局', '东河区', '全年主动公开政府信息52条。', '2024年共收到政府信息公开申请3件。').replace(PROBLEMS, problems);

describe('perf26: kept section texts follow the data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['tongji.txt', report('我局在政府信息公开工作中存在不足之处：一是统计口径解读还不够通俗')]]);
  });
  afterAll(() => app.dispose());

  const reportId = () => {
    const agency = app.reports.agencyByName('东河区统计局');
    const found = agency ? app.reports.report(agency.id, 2024) : undefined;
    if (!found) throw new Error('东河区统计局 2024 not stored');
    return found.id;
  };

  it('存在哪些问题 quotes the text imported last, after the report is imported again with another', async () => {
    const [first] = await converse(app, 'p26-a', ['东河区统计局2024年存在哪些问题？']);
    expect(first.answer).toContain('统计口径解读还不够通俗');
    await importTexts(app, [['tongji-2.txt', report('我局在政府信息公开工作中存在不足之处：一是数据发布时间不够固定')]]);
    const [again] = await converse(app, 'p26-b', ['东河区统计局2024年存在哪些问题？']);
    expect(again.answer).toContain('数据发布时间不够固定');
    expect(again.answer).not.toContain('统计口径解读还不够通俗');
  });

  it('a commit by another connection is seen by sections and section once the data version is read again', async () => {
    const id = reportId();
    const key = Object.keys(app.reports.sections(id)).find((each) => app.reports.section(id, each)?.includes('存在不足之处'));
    expect(key).toBeDefined();
    const other = new Database(join(app.directory, 'test.db'));
    try {
      other.pragma('busy_timeout = 5000');
      other.prepare('UPDATE sections SET text = ? WHERE report_id = ? AND section_key = ?').run('另一个进程写入的文字。', id, key);
    } finally {
      other.close();
    }
    // ReportStore.changeStamp asks SQLite for the data version at most every 100 ms.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(app.reports.section(id, key as string)).toBe('另一个进程写入的文字。');
    expect(app.reports.sections(id)[key as string]).toBe('另一个进程写入的文字。');
  });

  it('a caller changing the sections it was given changes nothing kept', () => {
    const id = reportId();
    const given = app.reports.sections(id);
    const [key] = Object.keys(given);
    const kept = given[key];
    given[key] = '改过的副本';
    delete given[Object.keys(given)[1]];
    expect(app.reports.sections(id)[key]).toBe(kept);
    expect(app.reports.section(id, key)).toBe(kept);
    expect(Object.keys(app.reports.sections(id)).length).toBeGreaterThan(1);
  });

  it('a section the report does not have is undefined, also for a key an object inherits', () => {
    const id = reportId();
    expect(app.reports.section(id, 'no-such-section')).toBeUndefined();
    expect(app.reports.section(id, 'constructor')).toBeUndefined();
    expect(app.reports.section(id + 1000, 'problems')).toBeUndefined();
    expect(app.reports.sections(id + 1000)).toEqual({});
  });
});

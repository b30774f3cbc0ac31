/**
 * 一共呢 after two channels read from one sentence that prints its own total (real-questions-17): the printed total,
 * not the two channels added; 这两个加起来 still adds them. And the reply to 哪个气象局 naming an agency whose region the
 * index does not read alone (東鄉區氣象局). On real reports and made-up ones.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/report/importer.js';
import { makeTestApp } from '../helpers.js';

const app = makeTestApp();
afterAll(() => app.dispose());

const MADE_UP = `青禾县文化局2024年政府信息公开工作年度报告
一、总体情况
（一）主动公开。2024年，通过县政府网站发布信息12条，公众号发布30条，全年总计发布信息45条。
`;

const MADE_UP_STATION = `臨川區氣象局2024年政府信息公开工作年度报告
如对本报告有疑问，请联系臨川區氣象局办公室，电话：0794-8261234。
一、总体情况
2024年，我局主动公开政府信息52条。
`;

beforeAll(async () => {
  await importFile(app.reports, join(__dirname, '..', 'fixtures', 'reports-more6', '45.txt'));
  await importFile(app.reports, join(__dirname, '..', 'fixtures', 'reports-more5', '14.txt'));
  const station = join(app.directory, 'made-up-station.txt');
  writeFileSync(station, MADE_UP_STATION);
  await importFile(app.reports, station);
  const madeUp = join(app.directory, 'made-up.txt');
  writeFileSync(madeUp, MADE_UP);
  await importFile(app.reports, madeUp);
});

describe('a total asked after two channels of one sentence', () => {
  it('is the total the sentence prints (湖州市气象局: 共计2203条, not 416 + 1056)', async () => {
    expect((await app.ask('湖州气象局公众号发了多少条', 'huzhou')).answer).toContain('416');
    expect((await app.ask('微博呢', 'huzhou')).answer).toContain('1056');
    const total = await app.ask('一共呢', 'huzhou');
    expect(total.facts.map((fact) => fact.value)).toEqual([2203]);
    expect(total.answer).not.toContain('1472');
  });

  it('is the printed total in a made-up report too, and 这两个加起来 still adds the two', async () => {
    expect((await app.ask('青禾县文化局网站发布了多少条', 'qinghe')).answer).toContain('12条');
    expect((await app.ask('公众号呢', 'qinghe')).answer).toContain('30条');
    expect((await app.ask('一共呢', 'qinghe')).facts.map((fact) => fact.value)).toEqual([45]);
    expect((await app.ask('青禾县文化局网站发布了多少条', 'qinghe2')).answer).toContain('12条');
    expect((await app.ask('公众号呢', 'qinghe2')).answer).toContain('30条');
    expect((await app.ask('这两个加起来呢', 'qinghe2')).answer).toContain('42');
  });
});

describe('the reply to 哪个气象局', () => {
  it('names an agency whose region is not read alone, together with the kind asked', async () => {
    expect((await app.ask('气象局电话多少', 'dongxiang')).kind).toBe('clarify');
    expect((await app.ask('东乡区的', 'dongxiang')).answer).toContain('0794-4232827');
    expect((await app.ask('气象局电话多少', 'linchuan')).kind).toBe('clarify');
    expect((await app.ask('临川那个', 'linchuan')).answer).toContain('0794-8261234');
  });
});

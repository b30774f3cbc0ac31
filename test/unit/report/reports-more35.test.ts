/**
 * A thirty-fifth set of real reports (test/fixtures/reports-more35), for real-questions-corpus32: 2024 and 2025 pages of
 * regions and bodies we held few of — 新疆 (精河县, a county's own report with no title; 吾合沙鲁乡 under a crawled metadata pipe
 * table; 昌吉州发改委, its title starting with the year), 广西 (钦州市政府办, 西乡塘街道), 贵州 (兴义市政府办, 黄平县), 天津 (港保税区,
 * its title ending in a table pipe; 市住建委, named only by its abbreviation), 重庆 (高新区融媒体中心, four blank lines first) and
 * 山东 (淄博 高新区公安分局, a metadata table with a --- row; 青州市统计局, 本单位) — all cut as the search tool stores them (about
 * 2,000 characters), figures only in the prose. Figures read by hand (each JSON's `source`, `prose` and `notes`), the pages
 * saved before the importer first ran on them.
 * First run: 10 of 12 read as their JSON says after four names corrected to the project's (below); 01 named
 * 精河县政务服务和大数据发展服务中心 (the body in brackets after the contact clause's 政府信息公开日常受理机构), 09 refused for its
 * year (2024年,天津市住建委… and …,2023年结转132件 tied as the years sentences start with). JSONs corrected to the names the
 * project gives: 05 西乡塘区西乡塘街道办事处 and 11 淄博市公安局高新区分局 (as printed), 01 the bare county 精河县 (as 略阳县).
 * Fixed: a body in brackets after a role (受理机构(…)) is whom to contact; a county whose site holds the report's copy and
 * starts a clause (2024年,精河县坚持…) is the report's own; a year before 结转 starts no sentence's year; an office's
 * abbreviation jieba cuts after one character (天津市|住|建委) is one name. Then 09 was named 天津市住建委.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIdentity, namesInText } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const directory = join(FIXTURE_DIR, '..', 'reports-more35');
const folder = importFixtureFolder(directory, /^\d\d\.(?:txt|md|html)$/);

describe('a thirty-fifth set of real reports, 新疆, 广西, 贵州, 天津, 重庆 and 山东 pages of 2024 and 2025, imported into SQLite', () => {
  it('the twelve fixtures are there, each with its source', () => {
    expect(folder.files.length).toBe(12);
    for (const file of folder.files) expect(file.truth.source.length).toBeGreaterThan(10);
  });

  it.each(folder.files.map((file) => [file.name, file] as const))('%s: agency, year, imported as partial', (_name, file) => {
    const outcome = folder.asFound.get(file.name)!;
    expect(outcome.error).toBeUndefined();
    expect(outcome.report!.agency).toBe(file.truth.agency);
    expect(outcome.report!.year).toBe(file.truth.year);
    expect(outcome.report!.missing.length).toBeGreaterThan(0);
  });

  it('the prose figures read by hand are in the stored text', () => {
    for (const [name, figures] of [
      ['01.txt', ['发布信息7700条', '微博、微信公众号发布信息816条']],
      ['04.txt', ['自然人申请32件', '现行有效规范性文件81份']],
      ['08.txt', ['收到政府信息依申请公开申请56件', '无法提供28件']],
      ['09.txt', ['全年接收政府信息公开申请1554件', '结转2025年183件']],
      ['10.txt', ['主动公开信息共979条', '发布各类信息145812条']],
    ] as const) {
      const text = readFileSync(join(directory, name), 'utf8');
      for (const figure of figures) expect(text).toContain(figure);
    }
  });

  it('a body in brackets after a contact clause’s role (日常受理机构(…)) is whom to contact, not who reports (01)', () => {
    const madeUp = [
      '本年度报告的电子版可在青河县人民政府门户网站(www.example.gov.cn)下载。如对本报告有任何疑问,请与青河县政府信息公开日常受理机构(青河县政务服务和大数据发展服务中心)联系(地址:青河县人民路7号,电话:0909-5550000)。',
      '一、总体情况',
      '2024年,青河县坚持依法公开,进一步健全工作机制。青河县人民政府门户网站发布信息3200条。',
    ];
    const identity = findIdentity(madeUp, 1);
    expect(identity.agency).toBe('青河县');
    expect(identity.year).toBe(2024);
    expect(folder.asFound.get('01.txt')!.report!.agency).toBe('精河县');
    // With no clause the county starts, the site alone names no publisher: a bureau's report sits on its county's site too.
    const bureau = madeUp.join('\n').replace('青河县坚持依法公开,', '各部门坚持依法公开,');
    expect(() => parseReport(bureau)).toThrow(/--agency/);
  });

  it('a year before 结转 (2023年结转132件) is where a carry-over came from, not the report’s year (09)', () => {
    const madeUp = [
      '根据《中华人民共和国政府信息公开条例》规定,编制本报告。',
      '一、总体情况',
      '2024年,示例市水务局坚持依法公开。',
      '(二)依申请公开方面。全年接收政府信息公开申请120件,2023年结转8件;全年办理118件,结转2025年10件。',
    ];
    expect(findIdentity(madeUp, 1).year).toBe(2024);
    expect(folder.asFound.get('09.txt')!.report!.year).toBe(2024);
  });

  it('an office’s abbreviation cut after its first character (天津市|住|建委) is one name with its region', () => {
    expect(namesInText('2024年,天津市住建委坚持以人民为中心')).toContain('天津市住建委');
    expect(namesInText('北辰区住建委认真落实')).toContain('北辰区住建委');
  });
});

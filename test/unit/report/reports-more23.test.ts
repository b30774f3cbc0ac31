/**
 * A twenty-third set of real reports (test/fixtures/reports-more23): 广东, 海南, 福建, 湖南, 江西, 江苏 and 上海 (2020 to 2025),
 * a 公安分局, 开发区 and 园区 committees, 卫健委, 街道, a 自贸试验区 committee, 繁体 mirrors (one a cell a line), pages without a
 * title or naming the agency only in the contact clause, cut off as the search tool stores them.
 * Figures read by hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 * First run: 7 of 31 files differ from the first JSON. Four were my readings, not the importer's (13 永春县石鼓镇 named by the
 * fuller 永春县石鼓镇人民政府; 29-31 county-wide reports named by their county, as reports-more21/34), one refusal kept (22: a
 * park's committee led by its city without 市). Real misses: 11 (the bracketed second name of a committee read as the agency)
 * and 20 (table 三 a cell a line with empty lines for blank cells, the received row unread). Fixed: 20 (plain text keeps a
 * run of empty lines between two lone numbers, and a table printed a cell a line reads each empty line there as a blank cell).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseMarkdownTables } from '../../../src/report/extract/plain-text.js';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more23'), /^\d+\.(?:txt|md|html)$/);

describe('a twenty-third set of real reports, south and south-east bodies, zones and streets, imported into SQLite', () => {
  itReadsEveryFile(folder, 31);

  it('a table a cell a line without pipes, its empty cells empty lines (1, five empty lines, 1), reads every column', () => {
    expect(folder.asFound.get('20.txt')!.report!.applications.received).toEqual([1, 0, 0, 0, 0, 0, 1]);
    const cells = (row: string[]) =>
      [
        '青石县档案馆2022年政府信息公开工作年度报告',
        '一、总体情况',
        '2022年,青石县档案馆主动公开政府信息40条。',
        '三、收到和处理政府信息公开申请情况',
        '申请人情况',
        '自然人',
        '法人或其他组织',
        '总计',
        '一、本年新收政府信息公开申请数量',
        ...row,
        '二、上年结转政府信息公开申请数量',
      ].join('\n');
    // 3, two empty cells, 1 (社会公益组织), two empty cells, 4: read through the plain-text extractor as a .txt file is.
    const text = normaliseMarkdownTables(cells(['3', '', '', '1', '', '', '4']));
    expect(parseReport(text).report.applications.received).toEqual([3, 0, 0, 1, 0, 0, 4]);
    // A page that double-spaces its cells (3, empty line, 0, …) has most lines apart, a short header pair (申请人情况 / 自然人)
    // adjacent or not: its empty lines separate cells and are none themselves (reports-more6/34, 大五里镇, a real one).
    const spaced = [
      '青石县档案馆2022年政府信息公开工作年度报告',
      '一、总体情况',
      '2022年,青石县档案馆主动公开政府信息40条。',
      '三、收到和处理政府信息公开申请情况',
      '申请人情况',
      '自然人',
      '',
      '法人或其他组织',
      '',
      '总计',
      '',
      '一、本年新收政府信息公开申请数量',
      ...['3', '0', '0', '1', '0', '0', '4'].flatMap((cell) => ['', cell]),
      '',
      '二、上年结转政府信息公开申请数量',
    ].join('\n');
    expect(parseReport(normaliseMarkdownTables(spaced)).report.applications.received).toEqual([3, 0, 0, 1, 0, 0, 4]);
  });
});

/**
 * Answers about cells a report left empty: an HTML page with `&nbsp;` cells (a real report's
 * figures, 平潭综合实验区行政审批局 2023) imported into a real SQLite file, then asked. A blank cell
 * is stated as 0 and said to be blank; a blank 总计 whose parts are filled stays 0 and gets the
 * parts' sum; a printed 0 is stated as printed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/report/importer.js';
import { type BlankChooser, report2023, reportBlocks, reportHtml, type ReportFigures } from '../fixtures/report-documents.js';
import { makeTestApp, type TestApp } from '../helpers.js';

let app: TestApp;

// The page prints 本年新收 as 7 for 自然人 and leaves its 总计 and the zero 法人 columns empty;
// in table 四 the 行政复议 尚未审结 cell is empty.
const figures: ReportFigures = {
  ...report2023,
  applications: report2023.applications.map((entry, index) => (index === 0 ? { ...entry, values: [7, 0, 0, 0, 0, 0, 0] } : entry)),
};
const blanks: BlankChooser = (table, row, column) =>
  (table === 'applications' && row === 0 && column >= 1) || (table === 'appeals' && row === 0 && column === 3);

// Made up, as real reports print it (平潭 海坛片区 2024 prints 本年新收 5 1 0 0 0 0 0): a 总计 printed 0 beside
// filled columns — 本年新收 自然人 3, 商业企业 2, 总计 0; 本机关不掌握 自然人 2, 总计 0.
const slipped: ReportFigures = {
  ...report2023,
  title: '滨海县教育局2024年政府信息公开工作年度报告',
  agency: '滨海县教育局',
  year: 2024,
  applications: report2023.applications.map((entry) =>
    entry.labels.at(-1) === '一、本年新收政府信息公开申请数量'
      ? { ...entry, values: [3, 2, 0, 0, 0, 0, 0] }
      : entry.labels.at(-1) === '1.本机关不掌握相关政府信息'
        ? { ...entry, values: [2, 0, 0, 0, 0, 0, 0] }
        : entry,
  ),
};

beforeAll(async () => {
  app = makeTestApp();
  for (const [name, blocks] of [
    ['report.html', reportBlocks(figures, blanks)],
    ['slipped.html', reportBlocks(slipped)],
  ] as const) {
    const file = join(app.directory, name);
    writeFileSync(file, reportHtml(blocks, { charset: 'utf-8' }));
    const outcome = await importFile(app.reports, file);
    expect(outcome.ok, outcome.error).toBe(true);
  }
});
afterAll(() => app.dispose());

describe('answers about blank cells (real SQLite file, HTML page with &nbsp; cells)', () => {
  it('stores the blanks apart from printed zeros', () => {
    const [record] = app.reports.reports().filter((report) => report.agency === report2023.agency);
    expect(app.reports.cellIsBlank(record.id, 'received', 'total')).toBe(true);
    expect(app.reports.cell(record.id, 'received', 'total')).toBe(0);
    expect(app.reports.cellIsBlank(record.id, 'received', 'natural_person')).toBe(false);
  });

  it('a blank 总计 with filled parts: the parts’ sum, said to be their sum and the 总计 said to be blank (the cell is never filled in)', async () => {
    const answer = await app.ask('平潭综合实验区行政审批局2023年新收了多少件申请');
    expect(answer.kind).toBe('figure');
    // A citizen asking how many were received is not told 0 when the columns printed 7.
    expect(answer.facts.map((fact) => fact.value)).toEqual([7]);
    expect(answer.facts[0].key).toBe('received.parts_sum');
    expect(answer.answer).toContain('“总计”一栏报告未填写，这是各栏相加之和');
    // The stored cell stays blank and 0: the sum is stated, never written back.
    const [record] = app.reports.reports().filter((report) => report.agency === answer.facts[0].agency && report.year === 2023);
    expect(app.reports.cellIsBlank(record.id, 'received', 'total')).toBe(true);
    expect(app.reports.cell(record.id, 'received', 'total')).toBe(0);
  });

  it('a blank column cell: said to be blank, no sum', async () => {
    const answer = await app.ask('平潭综合实验区行政审批局2023年商业企业申请了几件');
    expect(answer.facts.map((fact) => fact.value)).toEqual([0]);
    expect(answer.answer).toContain('报告未填写（按零计）');
    expect(answer.answer).not.toContain('各项合计');
  });

  it('a blank table 四 cell', async () => {
    const answer = await app.ask('平潭综合实验区行政审批局2023年行政复议尚未审结几件');
    expect(answer.facts.map((fact) => fact.value)).toEqual([0]);
    expect(answer.answer).toContain('报告未填写（按零计）');
  });

  it('a 总计 printed 0 beside filled columns: the columns’ sum, with the printed 0 said to disagree (never the 0 alone)', async () => {
    const received = await app.ask('滨海县教育局2024年收到多少申请');
    expect(received.facts.map((fact) => fact.value)).toEqual([5]);
    expect(received.answer).toContain('自然人3件、商业企业2件');
    expect(received.answer).toContain('报告“总计”一栏印为0，与各栏不符');
    const unheld = await app.ask('滨海县教育局2024年不掌握的有几件');
    expect(unheld.facts.map((fact) => fact.value)).toEqual([2]);
    // A row whose columns are all 0 is the printed 0.
    const withheld = await app.ask('滨海县教育局2024年因为国家秘密不公开的有几件');
    expect(withheld.facts.map((fact) => fact.value)).toEqual([0]);
    expect(withheld.answer).not.toContain('各栏相加');
  });

  it('a printed 0 and a printed figure are stated as printed', async () => {
    const zero = await app.ask('平潭综合实验区行政审批局2023年行政复议纠正几件');
    expect(zero.facts.map((fact) => fact.value)).toEqual([0]);
    expect(zero.answer).not.toContain('未填写');
    const filled = await app.ask('平潭综合实验区行政审批局2023年自然人申请了几件');
    expect(filled.facts.map((fact) => fact.value)).toEqual([7]);
    expect(filled.answer).not.toContain('未填写');
  });
});

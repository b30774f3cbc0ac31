/**
 * PDF tables read by column position: real reports exported as ruled PDFs (cell borders drawn
 * as lines, table 三 running across page breaks), built at run time by the fixtures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText as unpdfExtractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../src/report/extract.js';
import { importFile } from '../../../src/report/importer.js';
import { BLANK_CELL } from '../../../src/report/model.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { ensureBuilt } from '../../build.js';
import { buildPdfDocument } from '../../fixtures/build-pdf.js';
import { type BlankChooser, report2019, report2023, reportBlocks, reportHtml, reportPdf } from '../../fixtures/report-documents.js';

const B = BLANK_CELL;
const root = join(__dirname, '..', '..', '..');
// As the CLI tests do: bin/gongkai.js runs dist/, rebuilt here only when src/ is newer.
ensureBuilt();

/** The blank cells a real page leaves: the 法人 columns of table 三 and table 四's direct-litigation group. */
const blankOrganisations: BlankChooser = (table, row, column) =>
  (table === 'applications' && column >= 1 && column <= 5) || (table === 'appeals' && row === 1);

function section(text: string, heading: string, next: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  return lines.slice(start + 1, lines.indexOf(next, start + 1));
}

const tablesOf = (text: string) => section(text, '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况');

/** Which pages of a PDF print a string, read by unpdf itself, to check the fixture's page breaks. */
async function pagesWith(bytes: Uint8Array, needle: string): Promise<number[]> {
  const { text } = await unpdfExtractText(new Uint8Array(bytes), { mergePages: false });
  return text.flatMap((page, index) => (page.replace(/\s+/g, '').includes(needle) ? [index + 1] : []));
}

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'gongkai-pdf-grid-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('ruled PDF tables', () => {
  it('reads blank cells in their columns, and table 三 across its page breaks, exactly as the HTML page', async () => {
    const blocks = reportBlocks(report2023, blankOrganisations);
    const pdf = reportPdf(blocks);
    // The fixture really breaks table 三 over pages: its first and last rows are on different pages.
    const first = await pagesWith(pdf, '本年新收政府信息公开申请');
    const last = await pagesWith(pdf, '结转下年度继续办理');
    expect(last[0]).toBeGreaterThan(first[0]);

    const fromPdf = await extractText({ name: 'report.pdf', bytes: pdf });
    const fromHtml = await extractText({ name: 'report.html', bytes: new TextEncoder().encode(reportHtml(blocks)) });
    expect(tablesOf(fromPdf.text)).toEqual(tablesOf(fromHtml.text));
    expect(fromPdf.text).toContain(`8.属于行政查询事项\t2\t${B}\t${B}\t${B}\t${B}\t${B}\t2`);
    expect(fromPdf.text).toContain(`1\t0\t0\t0\t1\t${B}\t${B}\t${B}\t${B}\t${B}\t0\t0\t1\t0\t1`);
    // Page numbers at the foot of each page do not end up inside the table.
    expect(fromPdf.text).not.toMatch(/- \d+ -/);
    expect(fromPdf.notes?.join('')).toMatch(new RegExp(`表格按列位置读取（第[^）]*${last[0]}[^）]*页）`));
  });

  it('finds stroked ruling lines as well as filled ones', async () => {
    const blocks = reportBlocks(report2019, blankOrganisations);
    const stroked = await extractText({ name: 'stroked.pdf', bytes: reportPdf(blocks, { ruleStyle: 'stroke' }) });
    const filled = await extractText({ name: 'filled.pdf', bytes: reportPdf(blocks) });
    expect(tablesOf(stroked.text)).toEqual(tablesOf(filled.text));
    expect(stroked.text).toContain(`（六）其他处理\t0\t${B}\t${B}\t${B}\t${B}\t${B}\t0`);
  });

  it('keeps the line reading where it already has one row per line and every figure in place', async () => {
    const cell = (x1: number, x2: number, y1: number, y2: number) => [
      { x1, y1, x2, y2: y1 },
      { x1, y1: y2, x2, y2 },
      { x1, y1, x2: x1, y2 },
      { x1: x2, y1, x2, y2 },
    ];
    const bytes = buildPdfDocument([
      {
        runs: [
          { text: '规章', x: 60, y: 704 },
          { text: '0', x: 220, y: 704 },
          { text: '0', x: 300, y: 704 },
          { text: '7', x: 380, y: 704 },
          { text: '一、总体情况', x: 60, y: 600 },
        ],
        rules: [...cell(50, 200, 720, 695), ...cell(200, 280, 720, 695), ...cell(280, 360, 720, 695), ...cell(360, 440, 720, 695)],
      },
    ]);
    const result = await extractText({ name: 'simple.pdf', bytes });
    expect(result).toEqual({ text: '规章\t0\t0\t7\n一、总体情况\n', format: 'pdf' });
  });

  it('does not take a box drawn round a paragraph for a table', async () => {
    const bytes = buildPdfDocument([
      {
        runs: [
          { text: '本年度收到申请7件，', x: 60, y: 700 },
          { text: '办结7件。', x: 60, y: 680 },
        ],
        rules: [
          { x1: 50, y1: 720, x2: 400, y2: 720 },
          { x1: 50, y1: 670, x2: 400, y2: 670 },
          { x1: 50, y1: 720, x2: 50, y2: 670 },
          { x1: 400, y1: 720, x2: 400, y2: 670 },
        ],
      },
    ]);
    const result = await extractText({ name: 'boxed.pdf', bytes });
    expect(result).toEqual({ text: '本年度收到申请7件，\n办结7件。\n', format: 'pdf' });
  });
});

describe('ruled PDFs imported end to end', () => {
  it('importFile into a real SQLite file: both layouts, every cell, and a warning naming the reading', async () => {
    for (const figures of [report2023, report2019]) {
      const path = join(directory, `${figures.year}.pdf`);
      writeFileSync(path, reportPdf(reportBlocks(figures)));
      const store = new ReportStore(openDatabase(join(directory, `${figures.year}.db`)));
      const outcome = await importFile(store, path);
      expect(outcome.ok, outcome.error).toBe(true);
      const report = outcome.report!;
      expect([report.agency, report.year, report.format]).toEqual([figures.agency, figures.year, figures.layout]);
      expect(Object.values(report.applications)).toEqual(figures.applications.map((row) => row.values));
      expect([report.appeals.review, report.appeals.litigation_direct, report.appeals.litigation_after_review]).toEqual(figures.appeals);
      expect(Object.values(report.proactive)).toEqual(figures.proactive.flatMap((group) => group.rows.map(([, ...values]) => values)));
      expect(report.warnings.map((warning) => warning.message)).toContainEqual(expect.stringMatching(/^表格按列位置读取/));
    }
  });

  it('`gongkai import --json` on a PDF whose cells are left blank', () => {
    const path = join(directory, 'blanks.pdf');
    writeFileSync(path, reportPdf(reportBlocks(report2023, blankOrganisations)));
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin', 'gongkai.js'), '--db', join(directory, 'cli.db'), 'import', '--json', path],
      { encoding: 'utf8' },
    );
    const [imported] = JSON.parse(result.stdout) as Array<Record<string, any>>;
    expect([imported.agency, imported.year]).toEqual([report2023.agency, report2023.year]);
    expect(imported.proactive.normative_documents).toEqual({ issued: 5, repealed: 4, in_force: 16 });
    expect(imported.appeals.review).toEqual([1, 0, 0, 0, 1]);
    expect(Object.values(imported.applications)).toEqual(report2023.applications.map((row) => row.values));
    expect(imported.appeals.litigation_direct).toEqual(report2023.appeals[1]);
    expect(imported.blanks).toContain('applications.received.business');
    expect(imported.blanks).toContain('appeals.litigation_direct.total');
  });
});

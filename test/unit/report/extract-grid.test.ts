/**
 * HTML and DOCX tables read as grids, and legacy-encoded pages decoded, on real reports rebuilt
 * as the pages agencies publish (test/fixtures/report-documents.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../src/report/extract.js';
import { decodeText } from '../../../src/report/extract/decode-text.js';
import { gridTableLines } from '../../../src/report/extract/table-grid.js';
import { importFile } from '../../../src/report/importer.js';
import { BLANK_CELL } from '../../../src/report/model.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { type BlankChooser, report2019, report2023, reportBlocks, reportDocx, reportHtml } from '../../fixtures/report-documents.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const B = BLANK_CELL;

/** A page that leaves every zero of the 法人或其他组织 columns blank, and one whole group of table 四. */
const blankOrganisations: BlankChooser = (table, row, column) =>
  (table === 'applications' && column >= 1 && column <= 5) || (table === 'appeals' && row === 1);

/** The lines of a table section: from its heading to the next section heading. */
function section(text: string, heading: string, next: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  const end = lines.indexOf(next, start + 1);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  return lines.slice(start + 1, end);
}

describe('gridTableLines', () => {
  it('puts each figure under its header column, honouring merged label cells', () => {
    const lines = gridTableLines([
      [
        { text: '申请人情况', columnSpan: 2, rowSpan: 2 },
        { text: '自然人', rowSpan: 2 },
        { text: '法人或其他组织', columnSpan: 2 },
        { text: '总计', rowSpan: 2 },
      ],
      [{ text: '商业企业' }, { text: '其他' }],
      [{ text: '（三）不予公开', rowSpan: 2 }, { text: '1.属于国家秘密' }, { text: '2' }, { text: '\u00a0' }, { text: '1' }, { text: '3' }],
      [{ text: '2.其他法律行政法规禁止公开' }, { text: '' }, { text: '0' }, { text: ' ' }, { text: '0' }],
    ]);
    expect(lines).toEqual([
      '申请人情况\t自然人\t法人或其他组织\t总计',
      '商业企业\t其他',
      `（三）不予公开\t1.属于国家秘密\t2\t${B}\t1\t3`,
      `2.其他法律行政法规禁止公开\t${B}\t0\t${B}\t0`,
    ]);
  });

  it('gives a figure merged over the columns of one header cell once, and blanks each column an empty merged cell covers', () => {
    const lines = gridTableLines([
      [{ text: '信息内容' }, { text: '本年制发件数' }, { text: '本年废止件数' }, { text: '现行有效件数' }],
      [{ text: '规章' }, { text: '', columnSpan: 2 }, { text: '7' }],
      [{ text: '信息内容' }, { text: '本年处理决定数量', columnSpan: 3 }],
      [{ text: '行政许可' }, { text: '126', columnSpan: 3 }],
      [{ text: '行政处罚' }, { text: '' }, { text: '' }, { text: '' }],
    ]);
    expect(lines).toEqual([
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      `规章\t${B}\t${B}\t7`,
      '信息内容\t本年处理决定数量',
      '行政许可\t126',
      `行政处罚\t${B}`,
    ]);
  });

  it('keeps printed 0, "/" and "—" as printed, and a row shorter than its header blank at its end', () => {
    const lines = gridTableLines([
      [{ text: '信息内容' }, { text: '上一年项目数量' }, { text: '本年增/减' }, { text: '处理决定数量' }],
      [{ text: '行政许可' }, { text: '/' }, { text: '—' }, { text: '０' }],
      [{ text: '行政处罚' }, { text: '-3' }],
    ]);
    expect(lines).toEqual(['信息内容\t上一年项目数量\t本年增/减\t处理决定数量', '行政许可\t/\t—\t0', `行政处罚\t-3\t${B}\t${B}`]);
  });

  it('leaves empty cells of a contact table alone and drops spacer rows', () => {
    const lines = gridTableLines([
      [{ text: '联系电话' }, { text: '0591-23153022' }],
      [{ text: '邮政编码' }, { text: '350400' }],
      [{ text: '传真' }, { text: '' }],
      [{ text: '' }, { text: '' }],
    ]);
    expect(lines).toEqual(['联系电话\t0591-23153022', '邮政编码\t350400', '传真']);
  });

  it('reads table 四 left wholly blank as one row of fifteen blanks under its header', () => {
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const lines = gridTableLines([
      [
        { text: '行政复议', columnSpan: 5 },
        { text: '行政诉讼', columnSpan: 10 },
      ],
      [
        ...results.map((text) => ({ text, rowSpan: 2 })),
        { text: '未经复议直接起诉', columnSpan: 5 },
        { text: '复议后起诉', columnSpan: 5 },
      ],
      [...results, ...results].map((text) => ({ text })),
      Array.from({ length: 15 }, () => ({ text: '\u00a0' })),
    ]);
    expect(lines[3]).toBe(Array.from({ length: 15 }, () => B).join('\t'));
  });
});

describe('gridTableLines on generated tables', () => {
  const figureCell = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 9999 }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom('', '\u00a0', ' ') },
    { weight: 1, arbitrary: fc.constantFrom('/', '—', '0') },
  );
  const labels = ['予以公开', '部分公开', '属于国家秘密', '重复申请', '本机关不掌握相关政府信息', '其他'];
  const table = fc.integer({ min: 1, max: 8 }).chain((columns) =>
    fc.record({
      columns: fc.constant(columns),
      groups: fc.array(
        fc.record({
          label: fc.constantFrom('（三）不予公开', '（四）无法提供', '（五）不予处理'),
          rows: fc.array(
            fc.record({ label: fc.constantFrom(...labels), cells: fc.array(figureCell, { minLength: columns, maxLength: columns }) }),
            { minLength: 1, maxLength: 4 },
          ),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    }),
  );

  it('every data row has its labels, then one token per column: the printed figure, or BLANK_CELL where the cell is empty', () => {
    fc.assert(
      fc.property(table, ({ columns, groups }) => {
        const cells = groups.flatMap((group) => group.rows.flatMap((row) => row.cells));
        fc.pre(cells.some((cell) => /\d/.test(cell)));
        const rows: Array<Array<{ text: string; rowSpan?: number; columnSpan?: number }>> = [
          [{ text: '申请人情况', columnSpan: 2 }, ...Array.from({ length: columns }, (_, index) => ({ text: `数量${index + 1}` }))],
        ];
        const expected: string[] = [`申请人情况\t${Array.from({ length: columns }, (_, index) => `数量${index + 1}`).join('\t')}`];
        for (const group of groups) {
          group.rows.forEach((row, index) => {
            // A group of several rows merges its label down the left; a single row spans both label columns.
            const labelCells =
              group.rows.length === 1
                ? [{ text: row.label, columnSpan: 2 }]
                : [...(index === 0 ? [{ text: group.label, rowSpan: group.rows.length }] : []), { text: row.label }];
            rows.push([...labelCells, ...row.cells.map((text) => ({ text }))]);
            const tokens = row.cells.map((text) => (text.trim() === '' ? B : text));
            expected.push([...labelCells.map((cell) => cell.text), ...tokens].join('\t'));
          });
        }
        expect(gridTableLines(rows)).toEqual(expected);
      }),
    );
  });
});

describe('HTML tables of real reports read as grids', () => {
  it('2021 layout (平潭综合实验区行政审批局 2023): merged labels, blank 法人 columns, a blank table 四 group', async () => {
    const html = reportHtml(reportBlocks(report2023, blankOrganisations), { charset: 'utf-8' });
    const { text, format } = await extractText({ name: 'report.html', bytes: utf8(html) });
    expect(format).toBe('html');

    const applications = section(text, '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况');
    const blanks = `${B}\t${B}\t${B}\t${B}\t${B}`;
    expect(applications).toEqual([
      '申请人情况\t自然人\t法人或其他组织\t总计',
      '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      `一、本年新收政府信息公开申请数量\t7\t${blanks}\t7`,
      `二、上年结转政府信息公开申请数量\t0\t${blanks}\t0`,
      `三、本年度办理结果\t（一）予以公开\t0\t${blanks}\t0`,
      `（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t${blanks}\t1`,
      `（三）不予公开\t1.属于国家秘密\t0\t${blanks}\t0`,
      `2.其他法律行政法规禁止公开\t0\t${blanks}\t0`,
      `3.危及“三安全一稳定”\t0\t${blanks}\t0`,
      `4.保护第三方合法权益\t0\t${blanks}\t0`,
      `5.属于三类内部事务信息\t0\t${blanks}\t0`,
      `6.属于四类过程性信息\t0\t${blanks}\t0`,
      `7.属于行政执法案卷\t0\t${blanks}\t0`,
      `8.属于行政查询事项\t2\t${blanks}\t2`,
      `（四）无法提供\t1.本机关不掌握相关政府信息\t4\t${blanks}\t4`,
      `2.没有现成信息需要另行制作\t0\t${blanks}\t0`,
      `3.补正后申请内容仍不明确\t0\t${blanks}\t0`,
      `（五）不予处理\t1.信访举报投诉类申请\t0\t${blanks}\t0`,
      `2.重复申请\t0\t${blanks}\t0`,
      `3.要求提供公开出版物\t0\t${blanks}\t0`,
      `4.无正当理由大量反复申请\t0\t${blanks}\t0`,
      `5.要求行政机关确认或重新出具已获取信息\t0\t${blanks}\t0`,
      `（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t${blanks}\t0`,
      `2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t${blanks}\t0`,
      `3.其他\t0\t${blanks}\t0`,
      `（七）总计\t7\t${blanks}\t7`,
      `四、结转下年度继续办理\t0\t${blanks}\t0`,
    ]);
    const appeals = section(text, '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况');
    expect(appeals.at(-1)).toBe(`1\t0\t0\t0\t1\t${blanks}\t0\t0\t1\t0\t1`);
    const proactive = section(text, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况');
    expect(proactive).toEqual([
      '第二十条第（一）项',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t0\t0',
      '行政规范性文件\t5\t4\t16',
      '第二十条第（五）项',
      '信息内容\t本年处理决定数量',
      '行政许可\t3',
      '第二十条第（六）项',
      '信息内容\t本年处理决定数量',
      '行政处罚\t0',
      '行政强制\t0',
      '第二十条第（八）项',
      '信息内容\t本年收费金额（单位：万元）',
      '行政事业性收费\t0',
    ]);
  });

  it('2019 trial layout (平潭综合实验区行政审批局 2019): 第二十条 labels merged down each block, one （六）其他处理 row', async () => {
    const blankRows: BlankChooser = (table, row) => table === 'applications' && row >= 4 && row <= 10;
    const { text } = await extractText({ name: 'report.htm', bytes: utf8(reportHtml(reportBlocks(report2019, blankRows))) });
    const proactive = section(text, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况');
    expect(proactive).toEqual([
      '第二十条第（一）项\t信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章\t0\t0\t0',
      '规范性文件\t6\t6\t6',
      '第二十条第（五）项\t信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政许可\t0\t0\t126',
      '其他对外管理服务事项\t0\t0\t0',
      '第二十条第（六）项\t信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政处罚\t0\t0\t0',
      '行政强制\t0\t0\t0',
      '第二十条第（八）项\t信息内容\t上一年项目数量\t本年增/减',
      '行政事业性收费\t0\t0',
      '第二十条第（九）项\t信息内容\t采购项目数量\t采购总金额',
      '政府集中采购\t0\t0',
    ]);
    const applications = section(text, '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况');
    const sevenBlanks = Array.from({ length: 7 }, () => B).join('\t');
    expect(applications).toContain(`三、本年度办理结果\t（一）予以公开\t1\t0\t0\t0\t0\t0\t1`);
    expect(applications).toContain(`（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0`);
    expect(applications).toContain(`（三）不予公开\t1.属于国家秘密\t${sevenBlanks}`);
    expect(applications).toContain(`7.属于行政执法案卷\t${sevenBlanks}`);
    expect(applications).toContain('8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0');
    expect(applications).toContain('（四）无法提供\t1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t0');
    expect(applications).toContain('（六）其他处理\t0\t0\t0\t0\t0\t0\t0');
    // Every data row of table 三 has its seven columns, whatever its merged labels.
    for (const line of applications.slice(2)) expect(line.split('\t').filter((token) => /^(?:\d+|∅)$/.test(token))).toHaveLength(7);
  });

  it('reads the same rows when the header leaves empty cells instead of merging them (a common CMS markup)', async () => {
    const read = async (style: 'merged' | 'empty') =>
      (await extractText({ name: 'report.html', bytes: utf8(reportHtml(reportBlocks(report2023, blankOrganisations, style))) })).text;
    const rowsWithFigures = (text: string) => text.split('\n').filter((line) => /\t(?:\d+|∅)(?:\t|$)/.test(line));
    const [merged, empty] = [await read('merged'), await read('empty')];
    expect(rowsWithFigures(empty)).toEqual(rowsWithFigures(merged));
    expect(rowsWithFigures(empty)).toHaveLength(6 + 25 + 1);
    expect(empty).toContain('自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n');
  });

  it('DOCX goes through the same grid: mammoth keeps the merged cells', async () => {
    const blocks = reportBlocks(report2023, blankOrganisations);
    const fromDocx = await extractText({ name: 'report.docx', bytes: await reportDocx(blocks) });
    const fromHtml = await extractText({ name: 'report.html', bytes: utf8(reportHtml(blocks)) });
    expect(fromDocx.format).toBe('docx');
    const tablesOf = (text: string) => section(text, '二、主动公开政府信息情况', '五、存在的主要问题及改进情况');
    expect(tablesOf(fromDocx.text)).toEqual(tablesOf(fromHtml.text));
    expect(fromDocx.text).toContain(`（三）不予公开\t1.属于国家秘密\t0\t${B}\t${B}\t${B}\t${B}\t${B}\t0`);
  });
});

describe('legacy encodings', () => {
  const page2023 = reportHtml(reportBlocks(report2023));

  it('decodes a GBK page by <meta charset> and by http-equiv, and an undeclared one by sniffing', async () => {
    const expected = (await extractText({ name: 'utf8.html', bytes: utf8(page2023) })).text;
    for (const options of [{ charset: 'gb2312' }, { charset: 'GBK', metaStyle: 'http-equiv' as const }, {}]) {
      const bytes = new Uint8Array(iconv.encode(reportHtml(reportBlocks(report2023), options), 'gbk'));
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      const decoded = decodeText(bytes);
      expect(decoded?.encoding).toBe('gb18030');
      expect(decoded?.evidence).toBe(options.charset ? 'declared' : 'sniffed');
      expect((await extractText({ name: 'gbk.html', bytes })).text).toBe(expected);
    }
  });

  it('decodes a Big5 page (a real report a mirror converted to traditional characters), declared or not', async () => {
    const original = readFileSync(new URL('../../fixtures/reports-real/10.txt', import.meta.url), 'utf8');
    const paragraphs = original.split('\n').filter((line) => line.trim() !== '');
    for (const declared of [true, false]) {
      const html = `<html><head>${declared ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : ''}</head><body>${paragraphs.map((line) => `<p>${line}</p>`).join('')}</body></html>`;
      const bytes = new Uint8Array(iconv.encode(html, 'big5'));
      const decoded = decodeText(bytes);
      expect(decoded?.encoding).toBe('big5');
      expect(decoded?.evidence).toBe(declared ? 'declared' : 'sniffed');
      const { text } = await extractText({ name: 'big5.html', bytes });
      expect(text).toContain('天津東疆保稅港區(qū)管理委員會政府信息公開工作2020年度報告');
      expect(text).toContain(paragraphs[1].trim().slice(0, 40));
    }
  });

  it('keeps a UTF-8 page as UTF-8 even when it still declares gb2312, and decodes a GBK .txt file', async () => {
    const mislabelled = reportHtml(reportBlocks(report2023), { charset: 'gb2312' });
    expect(decodeText(utf8(mislabelled))).toMatchObject({ encoding: 'utf-8' });
    const text = '平潭综合实验区行政审批局2023年政府信息公开工作年度报告\n一、总体情况\n规章\t0\t0\t0\n';
    const fromGbk = await extractText({ name: 'report.txt', bytes: new Uint8Array(iconv.encode(text, 'gbk')) });
    expect(fromGbk.text).toBe(text);
  });
});

describe('import end to end (real SQLite file)', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'gongkai-grid-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  const importPage = async (name: string, bytes: Uint8Array) => {
    const path = join(directory, name);
    writeFileSync(path, bytes);
    const store = new ReportStore(openDatabase(join(directory, `${name}.db`)));
    return importFile(store, path);
  };

  it('a GBK page and a DOCX of both layouts import with every cell of the report', async () => {
    for (const figures of [report2023, report2019]) {
      const blocks = reportBlocks(figures);
      for (const [name, bytes] of [
        [`${figures.year}-gbk.html`, new Uint8Array(iconv.encode(reportHtml(blocks, { charset: 'gbk' }), 'gbk'))],
        [`${figures.year}.docx`, await reportDocx(blocks)],
      ] as const) {
        const outcome = await importPage(name, bytes);
        expect(outcome.ok, outcome.error).toBe(true);
        const report = outcome.report!;
        expect([report.agency, report.year, report.format]).toEqual([figures.agency, figures.year, figures.layout]);
        expect(Object.values(report.applications)).toEqual(figures.applications.map((row) => row.values));
        expect([report.appeals.review, report.appeals.litigation_direct, report.appeals.litigation_after_review]).toEqual(figures.appeals);
        expect(Object.values(report.proactive)).toEqual(figures.proactive.flatMap((group) => group.rows.map(([, ...values]) => values)));
        expect(outcome.violations.filter((violation) => violation.severity === 'error')).toEqual([]);
      }
    }
  });

  it('a page with blank cells: every cell imports, blanks read as 0 and listed, never filled by a computed value', async () => {
    const outcome = await importPage('blanks.html', utf8(reportHtml(reportBlocks(report2023, blankOrganisations))));
    expect(outcome.ok).toBe(true);
    const report = outcome.report!;
    expect(report.proactive.normative_documents).toEqual([5, 4, 16]);
    expect(report.appeals.review).toEqual([1, 0, 0, 0, 1]);
    expect(Object.values(report.applications)).toEqual(report2023.applications.map((row) => row.values));
    expect(report.appeals.litigation_direct).toEqual(report2023.appeals[1]);
    // Every blank is one the page left empty: an organisation column of table 三, or the blank table 四 group.
    expect(report.blanks!.length).toBeGreaterThan(10);
    for (const blank of report.blanks!)
      expect(blank).toMatch(
        /^applications\.[\w.]+\.(business|research|public_interest|legal_services|other_org)$|^appeals\.litigation_direct\.\w+$/,
      );
  });
});

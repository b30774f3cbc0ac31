import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GongkaiError } from '../../../src/core/errors.js';
import { BLANK_CELL } from '../../../src/report/model.js';
import { extractFile, extractText } from '../../../src/report/extract.js';
import { linesFromFragments, type PositionedText } from '../../../src/report/extract/pdf-to-text.js';
import { buildPdf, buildPdfPages } from '../../fixtures/build-pdf.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

let fixtureDirectory: string;

beforeAll(async () => {
  fixtureDirectory = await mkdtemp(join(tmpdir(), 'gongkai-extract-'));
});

afterAll(async () => {
  await rm(fixtureDirectory, { recursive: true, force: true });
});

/** Writes a fixture into the temp dir and reads it back through extractFile, as the CLI does. */
async function extractFixture(name: string, bytes: Uint8Array) {
  const path = join(fixtureDirectory, name);
  await writeFile(path, bytes);
  return extractFile(path);
}

async function expectNotAReport(promise: Promise<unknown>, detected: RegExp): Promise<GongkaiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GongkaiError);
  const gongkaiError = error as GongkaiError;
  expect(gongkaiError.code).toBe('NOT_A_REPORT');
  expect(gongkaiError.message).toMatch(detected);
  expect(gongkaiError.userMessage).toMatch(/[\u4e00-\u9fff]/);
  return gongkaiError;
}

describe('extractText: HTML pages', () => {
  const page = `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>某某县科学技术局2024年政府信息公开工作年度报告_某某县人民政府</title>
  <style>.zoom { font-size: 16px; }</style>
  <script>var tracker = "<td>not text</td>"; document.write('广告');</script>
</head>
<body>
  <header class="site-header"><div class="logo">某某县人民政府</div></header>
  <nav><a href="/">首页</a><a href="/zwgk">政务公开</a></nav>
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 年度报告</div>
  <div class="article">
    <h1>某某县科学技术局2024年政府信息公开工作年度报告</h1>
    <p class="info">发布时间：2025-01-20&nbsp;&nbsp;来源：县科技局</p>
    <div class="zoom">
      <p>&nbsp;&nbsp;&nbsp;&nbsp;本报告由某某县科学技术局编制。</p>
      <h2>一、总体情况</h2>
      <p>2024年，本局坚持以公开为常态、不公开为例外，
      持续推进政务公开。</p>
      <h2>二、主动公开政府信息情况</h2>
      <table border="1">
        <tbody>
          <tr><td colspan="4">第二十条第（一）项</td></tr>
          <tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>
          <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
          <tr><td>行政规范性<br>文件</td><td>&#x31;</td><td></td><td>3</td></tr>
          <tr><td></td><td></td><td></td><td></td></tr>
        </tbody>
      </table>
      <p>四、存在的主要问题及改进情况</p>
    </div>
    <p>【打印本页】【关闭窗口】</p>
  </div>
  <footer>主办单位：某某县人民政府办公室 <iframe src="stats.html"></iframe></footer>
</body>
</html>`;

  it('keeps headings, paragraphs and one tab-separated line per table row, and drops chrome', async () => {
    const result = await extractFixture('report.html', utf8(page));
    expect(result.format).toBe('html');
    expect(result.text).toBe(
      [
        '某某县科学技术局2024年政府信息公开工作年度报告',
        '发布时间：2025-01-20 来源：县科技局',
        '本报告由某某县科学技术局编制。',
        '一、总体情况',
        '2024年，本局坚持以公开为常态、不公开为例外，持续推进政务公开。',
        '二、主动公开政府信息情况',
        '第二十条第（一）项',
        '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
        '规章\t0\t0\t0',
        // The empty cell is kept in its column as BLANK_CELL (it used to vanish and shift the 3).
        '行政规范性 文件\t1\t∅\t3',
        '四、存在的主要问题及改进情况',
        '',
      ].join('\n'),
    );
    expect(result.text).not.toMatch(/当前位置|首页|广告|not text|主办单位|打印/);
  });

  it('takes the title from <title> when the page body lacks it', async () => {
    const result = await extractText({
      name: 'page',
      bytes: utf8(
        '<html><head><title>某某县2024年政府信息公开工作年度报告 - 某某县人民政府</title></head><body><p>一、总体情况</p></body></html>',
      ),
    });
    expect(result.text).toBe('某某县2024年政府信息公开工作年度报告\n一、总体情况\n');
  });

  it('renders layout tables as blocks and the data table nested inside them as rows', async () => {
    const html = `<table><tr><td>
        <p>三、收到和处理政府信息公开申请情况</p>
        <table><tr><td>一、本年新收政府信息公开申请数量</td><td>2</td><td>0</td></tr></table>
      </td></tr></table>`;
    const result = await extractText({ name: 'fragment.htm', bytes: utf8(html) });
    expect(result.format).toBe('html');
    expect(result.text).toBe('三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t2\t0\n');
  });

  it('treats a sidebar-and-article table as layout, not as one long row', async () => {
    const html = `<table><tr>
        <td><a href="/">首页</a></td>
        <td><h2>一、总体情况</h2><p>第一段。</p><p>第二段。</p></td>
      </tr></table>`;
    const result = await extractText({ name: 'old.html', bytes: utf8(html) });
    expect(result.text).toBe('首页\n一、总体情况\n第一段。\n第二段。\n');
  });

  it('decodes entities and collapses runs of blank lines', async () => {
    const html = '<div>&#x4E2D;&#25991; &amp; &lt;表&gt;<br><br><br><br><br>下一段</div>';
    const result = await extractText({ name: 'x.html', bytes: utf8(html) });
    expect(result.text).toBe('中文 & <表>\n\n下一段\n');
  });
});

describe('extractText: text and Markdown', () => {
  it('decodes GBK (GB18030) text that is not valid UTF-8', async () => {
    // 中文 = D6D0 CEC4; 一、总体情况 = D2BB A1A2 D7DC CCE5 C7E9 BFF6; 规章 = B9E6 D5C2.
    const bytes = Uint8Array.from([
      0xd6, 0xd0, 0xce, 0xc4, 0x0d, 0x0a, 0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6, 0x0d, 0x0a, 0xb9, 0xe6,
      0xd5, 0xc2, 0x09, 0x30, 0x09, 0x30, 0x09, 0x30, 0x0d, 0x0a,
    ]);
    const result = await extractFixture('gbk-report.txt', bytes);
    expect(result).toEqual({ text: '中文\n一、总体情况\n规章\t0\t0\t0\n', format: 'text' });
  });

  it('keeps a long UTF-8 file with one damaged byte as UTF-8 rather than GB18030', async () => {
    const text = '一、总体情况\n'.repeat(300);
    const bytes = utf8(text);
    const damaged = Uint8Array.from([...bytes.slice(0, 1000), 0xff, ...bytes.slice(1000)]);
    const result = await extractText({ name: 'cut.txt', bytes: damaged });
    expect(result.text.replace(/\ufffd/g, '')).toBe(text);
  });

  it('strips a UTF-8 byte-order mark and reads UTF-16 with a BOM', async () => {
    const withBom = await extractText({ name: 'a.txt', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('一、总体情况\n')]) });
    expect(withBom.text).toBe('一、总体情况\n');

    const utf16 = Buffer.from('\ufeff规章\t0\t0\t0\r\n', 'utf16le');
    const fromUtf16 = await extractText({ name: 'b.txt', bytes: new Uint8Array(utf16) });
    expect(fromUtf16.text).toBe('规章\t0\t0\t0\n');
  });

  it('recognises Markdown and turns pipe tables into tab-separated rows, an empty body cell kept as a blank', async () => {
    const markdown = [
      '## 二、主动公开政府信息情况',
      '',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| --- | :---: | --- | --- |',
      '| 规章 | 0 | 0 | 0 |',
      '| 行政规范性文件 | 2 |  | 5 |',
      '',
      '**（一）主动公开。**正文。',
    ].join('\n');
    const result = await extractText({ name: 'report.md', bytes: utf8(markdown) });
    expect(result.format).toBe('markdown');
    expect(result.text).toBe(
      [
        '## 二、主动公开政府信息情况',
        '',
        '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
        '规章\t0\t0\t0',
        // The empty body cell stays a blank (∅), as HTML tables' do, so the reader keeps its column.
        `行政规范性文件\t2\t${BLANK_CELL}\t5`,
        '',
        '**（一）主动公开。**正文。',
        '',
      ].join('\n'),
    );
  });

  it('keeps a sample report from data/reports as it is (Markdown headings, tab tables)', async () => {
    const samplePath = fileURLToPath(new URL('../../../data/reports/haiyuan-kjj-2024.txt', import.meta.url));
    const original = await readFile(samplePath, 'utf8');
    const result = await extractFile(samplePath);
    expect(result.format).toBe('markdown');
    expect(result.text.trim()).toBe(original.replace(/\r\n?/g, '\n').trim());
    expect(result.text).toContain('\n规章\t0\t0\t0\n');
  });

  it('reads plain text without Markdown markers as text', async () => {
    const result = await extractText({ name: 'notes', bytes: utf8('一、总体情况\n规章\t0\t0\t0') });
    expect(result).toEqual({ text: '一、总体情况\n规章\t0\t0\t0\n', format: 'text' });
  });

  it('refuses a JSON document (a fixture of figures imported by mistake) instead of reading its strings as prose', async () => {
    const json = readFileSync(fileURLToPath(new URL('../../fixtures/reports-more3/12.json', import.meta.url)));
    const refused = await extractText({ name: '12.json', bytes: json }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GongkaiError);
    expect((refused as GongkaiError).message).toContain('JSON');
    // Text that only starts with a brace is still read.
    const text = await extractText({ name: 'a.txt', bytes: utf8('{注}本报告由某局编制。\n一、总体情况') });
    expect(text.format).toBe('text');
  });
});

describe('extractText: DOCX', () => {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

  it('keeps headings and table rows through mammoth HTML', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '一、总体情况', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('2024年，本局认真贯彻《中华人民共和国政府信息公开条例》。'),
            new Table({
              rows: [
                new TableRow({ children: ['规章', '0', '0', '0'].map(cell) }),
                new TableRow({ children: ['行政许可', '6'].map(cell) }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    const result = await extractFixture('report.docx', bytes);
    expect(result.format).toBe('docx');
    expect(result.text).toBe(
      ['一、总体情况', '2024年，本局认真贯彻《中华人民共和国政府信息公开条例》。', '规章\t0\t0\t0', '行政许可\t6', ''].join('\n'),
    );
  });

  it('detects a DOCX by content even when it is named .doc', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph('一、总体情况')] }] });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    const result = await extractText({ name: '年报.doc', bytes });
    expect(result).toEqual({ text: '一、总体情况\n', format: 'docx' });
  });
});

describe('extractText: PDF', () => {
  it('rebuilds the title line and a table row with tabs between cells', async () => {
    const bytes = buildPdf([
      [{ text: '某某县2024年政府信息公开工作年度报告', x: 120 }],
      [{ text: '一、总体情况', x: 72 }],
      [
        { text: '规章', x: 72 },
        { text: '0', x: 260 },
        { text: '0', x: 340 },
        { text: '0', x: 420 },
      ],
      [
        { text: '行政许可', x: 72 },
        { text: '6', x: 260 },
      ],
    ]);
    const result = await extractFixture('report.pdf', bytes);
    expect(result).toEqual({
      text: '某某县2024年政府信息公开工作年度报告\n一、总体情况\n规章\t0\t0\t0\n行政许可\t6\n',
      format: 'pdf',
    });
  });

  it('joins pages and drops page numbers printed as page furniture', async () => {
    const bytes = buildPdfPages([
      [[{ text: '一、总体情况', x: 72 }], [{ text: '正文第一页。', x: 72 }], [{ text: '- 1 -', x: 280, y: 40 }]],
      [[{ text: '第 2 页', x: 280 }], [{ text: '二、主动公开政府信息情况', x: 72 }], [{ text: '2', x: 290, y: 40 }]],
    ]);
    const result = await extractText({ name: 'report.pdf', bytes });
    expect(result.text).toBe('一、总体情况\n正文第一页。\n二、主动公开政府信息情况\n');
  });

  it('refuses a PDF without a text layer as a probable scan', async () => {
    await expectNotAReport(extractText({ name: 'scan.pdf', bytes: buildPdf([]) }), /no text layer/);
  });

  it('refuses a damaged PDF', async () => {
    await expectNotAReport(extractText({ name: 'broken.pdf', bytes: utf8('%PDF-1.4\nthis is not a pdf at all') }), /damaged/);
  });
});

describe('linesFromFragments', () => {
  const fragment = (text: string, x: number, y: number, size = 10): PositionedText => ({
    text,
    x,
    y,
    width: [...text].length * size,
    size,
  });

  it('groups slightly misaligned baselines and orders by x', () => {
    const lines = linesFromFragments([
      fragment('0', 300, 700.6),
      fragment('规章', 72, 700),
      fragment('0', 200, 699.5),
      fragment('标题', 72, 740),
    ]);
    expect(lines).toEqual(['标题', '规章\t0\t0']);
  });

  it('joins close fragments without a tab, with a space only between Latin words', () => {
    const lines = linesFromFragments([
      fragment('政府信息', 72, 700),
      fragment('公开', 112, 700),
      fragment('R&D', 72, 680),
      fragment('funds', 105, 680),
    ]);
    expect(lines).toEqual(['政府信息公开', 'R&D funds']);
  });

  it('drops fake-bold overprints and repairs Kangxi radicals', () => {
    const lines = linesFromFragments([fragment('⽇期', 72, 700), fragment('⽇期', 72.3, 700.2)]);
    expect(lines).toEqual(['日期']);
  });

  it('keeps a number that ends a table rather than a page', () => {
    const lines = linesFromFragments([fragment('合计', 72, 700), fragment('12', 72, 680)]);
    expect(lines).toEqual(['合计', '12']);
  });
});

describe('extractText: refusals', () => {
  it('refuses a PNG image', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const error = await expectNotAReport(extractFixture('report.pdf.png', png), /PNG/);
    expect(error.message).toMatch(/PNG 图片/);
  });

  it('refuses random bytes', async () => {
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    });
    await expectNotAReport(extractText({ name: 'report.txt', bytes: random }), /binary/);
  });

  it('refuses an XLSX workbook and a legacy .doc file by name', async () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...utf8('\u0000\u0000xl/workbook.xml')]);
    await expectNotAReport(extractText({ name: 'data.xlsx', bytes: xlsx }), /XLSX/);

    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expectNotAReport(extractText({ name: '年报.doc', bytes: ole }), /\.doc/);
  });
});

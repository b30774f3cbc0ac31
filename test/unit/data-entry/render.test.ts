/** Rendering in the standard layout: Markdown and Word read back by the report parser, and the chat version. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitForWeChat } from '../../../src/core/split.js';
import { renderDocx } from '../../../src/report/export-docx.js';
import { extractFile } from '../../../src/report/extract.js';
import { parseReport } from '../../../src/report/parse.js';
import { plainTableLines, renderMarkdown, renderPlainText } from '../../../src/report/render.js';

const directory = join(__dirname, '..', '..', '..', 'data', 'reports');
const samples = readdirSync(directory).filter((file) => file.endsWith('.txt'));
const load = (file: string) => parseReport(readFileSync(join(directory, file), 'utf8')).report;
const scratch = mkdtempSync(join(tmpdir(), 'gongkai-render-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('renderMarkdown', () => {
  for (const file of samples) {
    it(`${file}: the parser reads back every figure, the agency and the year`, () => {
      const report = load(file);
      const markdown = renderMarkdown(report);
      const back = parseReport(markdown).report;
      expect(back.agency).toBe(report.agency);
      expect(back.year).toBe(report.year);
      expect(back.proactive).toEqual(report.proactive);
      expect(back.applications).toEqual(report.applications);
      expect(back.appeals).toEqual(report.appeals);
      expect(Object.keys(back.sections).sort()).toEqual(Object.keys(report.sections).sort());
    });
  }

  it('prints the six headings and the standard labels', () => {
    const markdown = renderMarkdown(load('xigong-kjj-2024.txt'));
    for (const heading of [
      '## 一、总体情况',
      '## 二、主动公开政府信息情况',
      '## 三、收到和处理政府信息公开申请情况',
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '## 五、存在的主要问题及改进情况',
      '## 六、其他需要报告的事项',
    ]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain('| 行政许可 | 6 |');
    expect(markdown).toContain('| （七）总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(markdown).toContain('**第二十条第（五）项**');
  });
});

describe('renderDocx', () => {
  it('writes a Word document the parser reads back (title, headings, tables)', async () => {
    const report = load('zhongwei-kjj-2025.txt');
    const file = join(scratch, 'zhongwei.docx');
    writeFileSync(file, await renderDocx(report));
    const extracted = await extractFile(file);
    const back = parseReport(extracted.text).report;
    expect(back.agency).toBe(report.agency);
    expect(back.year).toBe(report.year);
    expect(back.proactive).toEqual(report.proactive);
    expect(back.applications).toEqual(report.applications);
    expect(back.appeals).toEqual(report.appeals);
  });
});

describe('renderPlainText', () => {
  it('is compact: zero rows summed up, empty rows named, short enough to send in a few messages', () => {
    const report = load('zhongwei-kjj-2025.txt');
    const text = renderPlainText(report, { note: '（预览）' });
    expect(text).toContain('本年新收政府信息公开申请数量：1 0 0 0 0 0 1');
    expect(text).toMatch(/其余\d+行均为0/);
    expect(text).toContain('行政复议、行政诉讼均为0。');
    // The three tables (200 figures) take a few hundred characters; the prose is the long part.
    const tables = text.slice(text.indexOf('二、主动公开'), text.indexOf('五、存在的主要问题'));
    expect(tables.length).toBeLessThan(600);
    expect(splitForWeChat(text).every((chunk) => Buffer.byteLength(chunk) <= 2000)).toBe(true);
    const draft = { ...report, applications: { received: [1, Number.NaN, 0, 0, 0, 0, 1] } };
    const partial = renderPlainText(draft);
    expect(partial).toContain('本年新收政府信息公开申请数量：1 — 0 0 0 0 1');
    expect(partial).toMatch(/未填24行/);
  });
});

describe('plainTableLines', () => {
  it('gives one table alone, as renderPlainText prints it (表三给我看看)', () => {
    const report = load('xigong-kjj-2024.txt');
    expect(plainTableLines(report, 'proactive')).toContain('行政许可：6');
    expect(plainTableLines(report, 'applications')).toEqual([expect.stringContaining('（依次为：自然人'), '各行均为0。']);
    expect(plainTableLines(report, 'appeals')).toEqual(['行政复议、行政诉讼均为0。']);
    const text = renderPlainText(report);
    for (const table of ['proactive', 'applications', 'appeals'] as const)
      expect(text).toContain(plainTableLines(report, table).join('\n'));
  });
});

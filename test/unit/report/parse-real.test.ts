/**
 * Real reports of other agencies (test/fixtures/reports-real, copied from the development
 * corpus with the figures read by hand): crawled page text with everything on one line, page
 * chrome, 繁体 with pinyin glued in, pages cut off after 2,000 bytes, one page of a flipbook.
 * Each imports with its agency, year, and the sections it has; a cut-off page is partial.
 * Table cells are the table reader's business and are tested with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../../src/core/errors.js';
import { SECTION_KEYS } from '../../../src/report/catalogue.js';
import { parseReport } from '../../../src/report/parse.js';
import { isPartial } from '../../../src/report/partial.js';
import { toReportJson } from '../../../src/report/report-json.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';
import { toSimplified } from '../../../src/text/script.js';

const REAL_DIR = join(FIXTURE_DIR, '..', 'reports-real');

interface Truth {
  agency: string | null;
  year: number;
  partial: boolean;
  format: '2019' | '2021';
  applications?: Record<string, number[]>;
  appeals?: Record<string, number[]>;
}

const FILES = readdirSync(REAL_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({
    name,
    text: readFileSync(join(REAL_DIR, name), 'utf8'),
    truth: JSON.parse(readFileSync(join(REAL_DIR, name.replace('.txt', '.json')), 'utf8')) as Truth,
  }));

/** The headings each file prints (read from the files by hand), in order. */
const SECTIONS_PRINTED: Record<string, string[]> = {
  '10.txt': ['overview', 'proactive'],
  '11.txt': ['overview'],
  '12.txt': ['overview'],
  '13.txt': ['appeals', 'problems'],
  '14.txt': ['overview', 'proactive'],
  '15.txt': ['overview', 'proactive', 'applications'],
  '16.txt': ['overview', 'proactive'],
};

function refusal(text: string, options = {}): GongkaiError {
  try {
    parseReport(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(GongkaiError);
    return error as GongkaiError;
  }
  throw new Error('the text was accepted as a report');
}

describe('real reports: agency, year, sections, partial', () => {
  it('the corpus is all there (17 reports)', () => {
    expect(FILES).toHaveLength(17);
  });

  for (const { name, text, truth } of FILES.filter((file) => file.truth.agency !== null)) {
    it(`${name}: ${truth.agency} ${truth.year}${truth.partial ? ' (partial)' : ''}`, () => {
      const { report, violations } = parseReport(text);
      expect(report.agency).toContain(truth.agency);
      expect(report.year).toBe(truth.year);
      const expected = SECTIONS_PRINTED[name] ?? SECTION_KEYS;
      expect(Object.keys(report.sections)).toEqual(expected);
      for (const key of SECTION_KEYS.filter((section) => !expected.includes(section))) expect(report.missing).toContain(key);
      expect(isPartial(report.format, report.missing)).toBe(truth.partial);
      expect(toReportJson(name, report, violations).partial).toBe(truth.partial);
      // Tables a file has are read as tables, not left in the prose: each section holds some text.
      for (const key of expected) expect(report.sections[key].length).toBeGreaterThan(0);
    });
  }

  it('page chrome stays out of the agency and section 一 (breadcrumbs, share links, Word style sheets)', () => {
    for (const { text } of FILES.filter((file) => !file.truth.partial)) {
      const { report } = parseReport(text);
      for (const body of Object.values(report.sections)) {
        expect(body).not.toMatch(/当前位置|微信 微博|QQ空间|附件下载|MsoNormalTable|X-NONE|来源：/);
      }
      expect(report.sections.overview).not.toMatch(/^根据《/);
    }
  });

  it('a heading inside a line cuts the text there, and the preamble listing the sections does not', () => {
    const one = FILES.find((file) => file.text.includes('。一、总体情况'))!;
    const { report } = parseReport(one.text);
    expect(report.sections.overview.startsWith('2021年')).toBe(true);
    // Table 三's own 一、…四、 rows stay in table 三.
    expect(report.sections.applications).toContain('四、结转下年度继续办理');
    expect(report.sections.applications).toContain('一、本年新收政府信息公开申请数量');
  });

  it('繁体 with mirror pinyin: headings match, the name is kept as printed without the pinyin', () => {
    const traditional = FILES.find((file) => file.text.includes('(qū)'))!;
    const { report } = parseReport(traditional.text);
    expect(report.agency).not.toContain('(');
    expect(report.agency).toBe(traditional.truth.agency);
    expect(toSimplified(report.agency)).not.toBe(report.agency);
    expect(report.sections.overview).toMatch(/^2020年/);
    expect(report.sections.overview).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/);
  });

  it('a report that never names its agency is refused with a request for --agency, and imports with it', () => {
    const unnamed = FILES.find((file) => file.truth.agency === null)!;
    const error = refusal(unnamed.text);
    expect(error.code).toBe('NOT_A_REPORT');
    expect(error.message).toContain('--agency');
    const { report } = parseReport(unnamed.text, { agency: '长春市退役军人事务局' });
    expect(report.agency).toBe('长春市退役军人事务局');
    expect(report.year).toBe(unnamed.truth.year);
    expect(isPartial(report.format, report.missing)).toBe(true);
  });

  it('--year wins over the text, without a warning about the title', () => {
    const { text } = FILES[0];
    const { report } = parseReport(text, { year: 2030 });
    expect(report.year).toBe(2030);
    expect(report.warnings.some((warning) => warning.message.includes('标题年度'))).toBe(false);
  });

  it('warnings point at the lines of the input, not at the lines cut apart', () => {
    for (const { text } of FILES) {
      const lineCount = text.split('\n').length;
      let report: ReturnType<typeof parseReport>['report'];
      try {
        report = parseReport(text).report;
      } catch {
        continue;
      }
      for (const warning of report.warnings) if (warning.line !== undefined) expect(warning.line).toBeLessThanOrEqual(lineCount);
    }
  });
});

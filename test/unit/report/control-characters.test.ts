/** A regression found by fuzzing: control characters (a NUL from a broken extraction) in a report. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

describe('control characters in a report', () => {
  it('are dropped, and the sections are stored and read back intact', () => {
    const raw = readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', 'zhongwei-kjj-2025.txt'), 'utf8');
    const at = raw.indexOf('（三）政府信息管理情况') + 8;
    const text = `${raw.slice(0, at)}𐀀𐀀𐀀𐀀\u0000𐀀𐀀\u0000𐀀\u0007${raw.slice(at)}`;
    const { report, violations } = parseReport(text);
    expect(report.sections.overview).not.toMatch(/[\u0000-\u0008]/);
    expect(report.sections.overview).toContain('（三）政府信息管𐀀𐀀𐀀𐀀𐀀𐀀𐀀理情况');
    const store = new ReportStore(openDatabase(':memory:'));
    const loaded = store.load(store.save(report, violations, { origin: 'import' }).reportId)!;
    expect(loaded.sections).toEqual(report.sections);
  });
});

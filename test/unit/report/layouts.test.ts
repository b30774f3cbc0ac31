/**
 * The layouts as data: rules 1–4 interpreted from the catalogue on real reports (a consistent
 * one, and a real 2019-layout report whose printed （七）总计 disagrees with its rows), the cells
 * data entry computes, the links between the layouts, and no layout id written outside the catalogue.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT, LAYOUTS, layoutOf, REPORT_FORMATS, sameRowIn, TRIAL_LAYOUT } from '../../../src/report/catalogue.js';
import { parseReport } from '../../../src/report/parse.js';
import { checkRules } from '../../../src/report/rules.js';

const root = join(__dirname, '..', '..', '..');
const sample = (name: string) => readFileSync(join(root, 'data', 'reports', name), 'utf8');
const real = (name: string) => readFileSync(join(root, 'test', 'fixtures', 'reports-real', name), 'utf8');

describe('rules 1–4 as layout data', () => {
  const { report } = parseReport(sample('zhongwei-kjj-2025.txt'));

  it('a consistent real report breaks none of them', () => {
    expect(report.format).toBe(CURRENT_LAYOUT.id);
    expect(checkRules(CURRENT_LAYOUT, report.applications, report.appeals)).toEqual([]);
  });

  it('one more 予以公开 breaks rule 2 in its column and rule 3 on its row, where the catalogue says', () => {
    const granted = [...report.applications.granted];
    granted[0] += 1;
    const violations = checkRules(CURRENT_LAYOUT, { ...report.applications, granted }, report.appeals);
    expect(violations.map(({ rule, row, column }) => ({ rule, row, column }))).toEqual([
      { rule: 2, row: 'handled_total', column: 'natural_person' },
      { rule: 3, row: 'granted', column: 'total' },
    ]);
    expect(violations[0].message).toContain('自然人一列');
  });

  it('one less 上年结转 breaks rule 1 (and rule 3 on that row)', () => {
    const carriedOver = report.applications.carried_over.map((value, index) => (index === 6 ? value + 2 : value));
    const rules = checkRules(CURRENT_LAYOUT, { ...report.applications, carried_over: carriedOver }, report.appeals).map(
      (violation) => `${violation.rule}|${violation.row}|${violation.column}`,
    );
    expect(rules).toEqual(['1|handled_total|total', '3|carried_over|total']);
  });

  it('a real 2019-layout report whose rows add up to more than its printed 总计 breaks rule 2 in those columns', () => {
    const { report: trial, violations } = parseReport(real('03.txt'));
    expect(trial.format).toBe(TRIAL_LAYOUT.id);
    expect(violations.map(({ rule, row, column }) => `${rule}|${row}|${column}`)).toEqual([
      '2|handled_total|natural_person',
      '2|handled_total|total',
    ]);
  });

  it('each rule names the rows it involves, and both layouts share the arithmetic', () => {
    expect([...CURRENT_LAYOUT.rowsOfRule(1)]).toEqual(['received', 'carried_over', 'handled_total', 'carried_forward']);
    for (const layout of LAYOUTS) {
      expect(layout.rules.map((rule) => rule.rule)).toEqual([1, 2, 3, 4]);
      expect(layout.rowsOfRule(2)).toEqual(new Set([...layout.handlingRows().map((row) => row.key), 'handled_total']));
    }
    expect(CURRENT_LAYOUT.handlingRows()).toHaveLength(21);
    expect(TRIAL_LAYOUT.handlingRows()).toHaveLength(19);
  });
});

describe('computed cells', () => {
  const { report } = parseReport(sample('haiyuan-kjj-2024.txt'));
  const value = (row: string, column: string) => {
    const definition = CURRENT_LAYOUT.row(row)!;
    const table = report[definition.table] as Record<string, number[]>;
    return table[row]?.[definition.columns.findIndex((candidate) => candidate.key === column)];
  };

  it('every computed cell of a real report is the sum of its parts', () => {
    expect(CURRENT_LAYOUT.computed.length).toBeGreaterThan(0);
    for (const cell of CURRENT_LAYOUT.computed) {
      const parts = cell.parts.map((part) => value(part.row, part.column)!);
      expect(parts.every((part) => part !== undefined)).toBe(true);
      expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(value(cell.target.row, cell.target.column)!);
    }
  });

  it('row totals come before the column sums that read them, and （七）总计 is computed whole', () => {
    const order = CURRENT_LAYOUT.computed.map((cell) => `${cell.target.row}.${cell.target.column}`);
    expect(order.indexOf('granted.total')).toBeLessThan(order.indexOf('handled_total.natural_person'));
    expect(order.at(-1)).toBe('handled_total.total');
    const handled = CURRENT_LAYOUT.computed.filter((cell) => cell.target.row === 'handled_total' && cell.rule === 2);
    expect(handled.map((cell) => cell.target.column)).toEqual(CURRENT_LAYOUT.row('handled_total')!.columns.map((column) => column.key));
  });
});

describe('links between the layouts', () => {
  it('finds the row that means the same in the other layout, both ways', () => {
    expect(sameRowIn(TRIAL_LAYOUT, CURRENT_LAYOUT.row('licensing')!)?.key).toBe('licensing_2019');
    expect(sameRowIn(TRIAL_LAYOUT, CURRENT_LAYOUT.row('fees_wan_yuan')!)?.key).toBe('fees_2019');
    expect(sameRowIn(CURRENT_LAYOUT, TRIAL_LAYOUT.row('normative_documents_2019')!)?.key).toBe('normative_documents');
    expect(sameRowIn(TRIAL_LAYOUT, CURRENT_LAYOUT.row('received')!)).toBe(TRIAL_LAYOUT.row('received'));
  });

  it('a row that is the sum of several has no one-to-one counterpart', () => {
    expect(sameRowIn(TRIAL_LAYOUT, CURRENT_LAYOUT.row('other_handling.other')!)).toBeUndefined();
    expect(sameRowIn(CURRENT_LAYOUT, TRIAL_LAYOUT.row('other_services_2019')!)).toBeUndefined();
  });

  it('every link names rows its layouts have', () => {
    for (const layout of LAYOUTS) {
      for (const link of layout.links) {
        for (const key of link.rows) expect(layout.row(key), key).toBeDefined();
        for (const key of link.otherRows) expect(layoutOf(link.layout).row(key), key).toBeDefined();
      }
    }
  });
});

describe('the stated figures of a layout', () => {
  it('are entered like rows but are not table rows', () => {
    const stated = CURRENT_LAYOUT.statedRows.map((row) => row.key);
    expect(stated).toEqual(['proactive_items']);
    expect(CURRENT_LAYOUT.row('proactive_items')).toBeUndefined();
    expect(CURRENT_LAYOUT.entryRow('proactive_items')?.unit).toBe('条');
    expect(CURRENT_LAYOUT.statedRows[0].statement(67, 2025)).toMatch(/主动公开政府信息67条/);
  });
});

/** Every .ts/.tsx file under a folder. */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('layout ids', () => {
  it('are written only in the catalogue', () => {
    const literal = new RegExp(REPORT_FORMATS.map((id) => `'${id}'|"${id}"`).join('|'));
    const offenders = sources(join(root, 'src'))
      .filter((path) => !path.endsWith(join('report', 'catalogue.ts')))
      .filter((path) => literal.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

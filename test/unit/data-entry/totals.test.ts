/** Totals left out are computed; a computed total follows its parts; a typed total is kept and checked. */
import { describe, expect, it } from 'vitest';
import { handlingRows } from '../../../src/report/catalogue.js';
import { type CellMap, deriveTotals } from '../../../src/data-entry/totals.js';
import type { DraftChange } from '../../../src/store/draft-store.js';

const APPLICANTS = ['natural_person', 'business', 'research', 'public_interest', 'legal_services', 'other_org'];
const cell = (row: string, column: string, value: number): DraftChange => ({ kind: 'cell', row, column, value });
const rowOf = (row: string, values: number[], columns = APPLICANTS) => columns.map((column, index) => cell(row, column, values[index]));
const map = (changes: DraftChange[]): CellMap =>
  new Map(
    changes.map((change) => [
      `${(change as { row: string }).row}|${(change as { column: string }).column}`,
      (change as { value: number }).value,
    ]),
  );
const derived = (before: CellMap, changes: DraftChange[]) =>
  Object.fromEntries(deriveTotals(before, changes).changes.map((change) => [`${change.row}|${change.column}`, change.value]));

describe('deriveTotals', () => {
  it('computes a row total (rule 3) when the six applicant columns are filled and the total is empty', () => {
    const result = deriveTotals(new Map(), rowOf('received', [3, 1, 0, 0, 0, 0]));
    expect(result.changes).toEqual([cell('received', 'total', 4)]);
    expect(result.notes[0]).toContain('按各项之和算出：4');
  });

  it('computes a table 四 group total (rule 4)', () => {
    expect(derived(new Map(), rowOf('review', [1, 0, 0, 1], ['upheld', 'corrected', 'other', 'pending']))).toEqual({ 'review|total': 2 });
  });

  it('does not compute while a part is missing, nor overwrite a typed total', () => {
    expect(derived(new Map(), rowOf('received', [3, 1, 0, 0, 0]))).toEqual({});
    expect(derived(new Map(), [...rowOf('received', [3, 1, 0, 0, 0, 0]), cell('received', 'total', 5)])).toEqual({});
  });

  it('computes （七）总计 from the 21 handling rows (rule 2), then its own total', () => {
    const handling = handlingRows('2021').flatMap((row) => rowOf(row.key, row.key === 'granted' ? [2, 1, 0, 0, 0, 0] : [0, 0, 0, 0, 0, 0]));
    const result = derived(new Map(), handling);
    expect(result['handled_total|natural_person']).toBe(2);
    expect(result['handled_total|business']).toBe(1);
    expect(result['handled_total|total']).toBe(3);
    expect(result['granted|total']).toBe(3);
  });

  it('lets a total that agreed with its parts follow them, and leaves a disagreeing one to the check', () => {
    const agreed = map([...rowOf('received', [3, 1, 0, 0, 0, 0]), cell('received', 'total', 4)]);
    const follow = deriveTotals(agreed, [cell('received', 'natural_person', 2)]);
    expect(follow.changes).toEqual([cell('received', 'total', 3)]);
    expect(follow.notes[0]).toContain('随之改为3');
    const disagreed = map([...rowOf('received', [3, 1, 0, 0, 0, 0]), cell('received', 'total', 9)]);
    expect(deriveTotals(disagreed, [cell('received', 'natural_person', 2)]).changes).toEqual([]);
  });
});

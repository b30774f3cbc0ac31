/** The generated table of festival dates (src/guide/festival-dates.ts, scripts/gen-festival-dates.mjs). */
import { describe, expect, it } from 'vitest';
import { FESTIVAL_DATES } from '../../../src/guide/festival-dates.js';

describe('FESTIVAL_DATES', () => {
  it('covers 2016–2045 with every festival, each date in its own year', () => {
    for (let year = 2016; year <= 2045; year += 1) {
      const dates = Object.values(FESTIVAL_DATES[year]);
      expect(dates).toHaveLength(7);
      for (const date of dates) expect(date.startsWith(`${year}-`)).toBe(true);
    }
  });
  it('holds the published dates (Shanghai calendar), whatever the time zone of the machine that reads it', () => {
    expect(FESTIVAL_DATES[2026]).toEqual({
      spring: '2026-02-17',
      lantern: '2026-03-03',
      dragonBoat: '2026-06-19',
      qixi: '2026-08-19',
      midAutumn: '2026-09-25',
      doubleNinth: '2026-10-18',
      qingming: '2026-04-05',
    });
    expect(FESTIVAL_DATES[2025].midAutumn).toBe('2025-10-06');
    expect(FESTIVAL_DATES[2027].spring).toBe('2027-02-06');
  });
});

/** Entry sessions: kept in the state store, dropped when malformed or from another form version. */
import { describe, expect, it } from 'vitest';
import { MemoryStateStore } from '../../../src/core/state.js';
import { ENTRY_STEPS, FORM_VERSION } from '../../../src/data-entry/form.js';
import { EntrySessions } from '../../../src/data-entry/session.js';
import { defaultReportYear } from '../../../src/data-entry/text.js';

describe('EntrySessions', () => {
  it('keeps a session with the form version', () => {
    const state = new MemoryStateStore();
    const sessions = new EntrySessions(state);
    sessions.set('clerk', { draftId: 1, step: 'row:licensing', sectionStarted: false, pending: null });
    expect(sessions.get('clerk')).toEqual({
      version: FORM_VERSION,
      draftId: 1,
      step: 'row:licensing',
      sectionStarted: false,
      pending: null,
    });
  });

  it('drops a session stored by another version of the form, or one that is malformed', () => {
    const state = new MemoryStateStore();
    const sessions = new EntrySessions(state);
    state.set('data-entry:old', { version: 'older-form', draftId: 1, step: 'row:licensing', sectionStarted: false, pending: null }, 60_000);
    expect(sessions.get('old')).toBeUndefined();
    expect(state.get('data-entry:old')).toBeUndefined();
    state.set('data-entry:bad', { version: FORM_VERSION, draftId: 'x' }, 60_000);
    expect(sessions.get('bad')).toBeUndefined();
    state.set(
      'data-entry:gone',
      { version: FORM_VERSION, draftId: 1, step: 'row:no_such_row', sectionStarted: false, pending: null },
      60_000,
    );
    expect(sessions.get('gone')).toBeUndefined();
  });

  it('expires', () => {
    let now = 0;
    const sessions = new EntrySessions(new MemoryStateStore(() => now), 1000);
    sessions.set('clerk', { draftId: 1, step: null, sectionStarted: false, pending: null });
    now = 2000;
    expect(sessions.get('clerk')).toBeUndefined();
  });
});

describe('the form', () => {
  it('walks the three tables in the layout order, then the three text sections', () => {
    const keys = ENTRY_STEPS.map((step) => step.key);
    expect(keys[0]).toBe('row:rules');
    expect(keys.indexOf('row:received')).toBe(6);
    expect(keys.indexOf('row:review')).toBe(31);
    expect(keys.slice(-3)).toEqual(['section:overview', 'section:problems', 'section:other']);
    expect(ENTRY_STEPS).toHaveLength(37);
  });
});

describe('defaultReportYear', () => {
  it('is last year in January to March, in China time', () => {
    expect(defaultReportYear(new Date('2026-01-15T10:00:00+08:00'))).toBe(2025);
    expect(defaultReportYear(new Date('2026-03-31T23:00:00+08:00'))).toBe(2025);
    // 1 April in Beijing while still 31 March in UTC.
    expect(defaultReportYear(new Date('2026-03-31T17:00:00Z'))).toBe(2026);
    expect(defaultReportYear(new Date('2026-11-24T10:00:00+08:00'))).toBe(2026);
  });
});

/**
 * tightenSpaces scans runs of spaces and looks at their neighbours; it must remove exactly what
 * the rule says: a run of spaces or tabs with a Chinese character, digit or Chinese mark on both
 * sides (the look-around pattern it replaced states the rule directly).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tightenSpaces } from '../../../src/report/normalize.js';

/** The rule as one look-around pattern (slow on long text: it tests the classes at every position). */
const rule = (text: string) =>
  text.replace(/(?<=[\p{Script=Han}\d%“”"（）()、，。：；])[ \t]+(?=[\p{Script=Han}\d“”"（）()、，。：；])/gu, '');

/** Characters on both sides of the rule, and others: letters, line breaks, a CJK character outside the BMP. */
const PIECES = [
  ' ',
  '  ',
  '\t',
  '\n',
  '年',
  '2',
  '%',
  '“',
  '”',
  '"',
  '（',
  ')',
  '、',
  '，',
  '。',
  '；',
  'a',
  'B',
  '-',
  '\u{20000}',
  '\u00a0',
];

describe('tightenSpaces', () => {
  it('removes the same spaces as the rule, on any mix of spaces, digits, marks and characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(tightenSpaces(text)).toBe(rule(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('removes the same spaces as the rule on the real reports in the fixtures', () => {
    const directory = join(import.meta.dirname, '../../fixtures/reports-real');
    const files = readdirSync(directory).filter((file) => file.endsWith('.txt') || file.endsWith('.md'));
    expect(files.length).toBeGreaterThan(5);
    let changed = 0;
    for (const file of files) {
      const text = readFileSync(join(directory, file), 'utf8');
      expect(tightenSpaces(text), file).toBe(rule(text));
      if (rule(text) !== text) changed += 1;
    }
    // The fixtures do have spaces to remove: the comparison is not between unchanged texts.
    expect(changed).toBeGreaterThan(0);
  });
});

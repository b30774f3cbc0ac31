/**
 * src/qa/colloquial-literals.ts is generated (scripts/gen-colloquial-literals.mjs) from the colloquial rewrites' patterns: it
 * must hold exactly what requiredLiterals reads from each pattern now, so the triggers built from it at load are the ones the
 * patterns' sources give. (A pattern changed without running the script again is read at load, correct but slower; this test
 * says to run it.)
 */
import { describe, expect, it } from 'vitest';
import { literalsKey, requiredLiterals } from '../../../src/core/regex-literals.js';
import { REWRITE_LITERALS } from '../../../src/qa/colloquial-literals.js';
import { rewritePatterns } from '../../../src/qa/colloquial.js';

describe('generated literals of the colloquial rewrites', () => {
  it('holds what each pattern requires, and nothing else (else run: npm run build && node scripts/gen-colloquial-literals.mjs)', () => {
    const patterns = rewritePatterns();
    expect(patterns.length).toBeGreaterThan(100);
    for (const pattern of patterns) {
      expect(REWRITE_LITERALS[literalsKey(pattern)], pattern.source.slice(0, 80)).toEqual(requiredLiterals(pattern));
    }
    expect(Object.keys(REWRITE_LITERALS).sort()).toEqual([...new Set(patterns.map(literalsKey))].sort());
  });

  it('keys a pattern by its flags and source', () => {
    expect(literalsKey(/啥东西/u)).toBe(literalsKey(/啥东西/u));
    expect(literalsKey(/啥东西/u)).not.toBe(literalsKey(/啥东西/));
    expect(literalsKey(/啥东西/u)).not.toBe(literalsKey(/啥东/u));
  });
});

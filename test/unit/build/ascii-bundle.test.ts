/**
 * The bundle is written in ASCII alone (scripts/ascii-bundle.mjs): the characters of regular expression literals, String.raw
 * templates, strings, untagged templates and comments become \u escapes. These tests check that the rewritten code means
 * the same: each made-up snippet is evaluated before and after and gives the same values, patterns matching alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { asciiBundle } from '../../../scripts/ascii-bundle.mjs';

const root = join(import.meta.dirname, '../../..');

/** The snippet's value, evaluated as an expression. */
function evaluated(code: string): unknown {
  return new Function(`return (${code});`)();
}

function rewritten(code: string): string {
  const { code: out, left } = asciiBundle(code) as { code: string; left: number };
  expect(left).toBe(0);
  expect(/^[\x00-\x7f]*$/.test(out)).toBe(true);
  return out;
}

describe('the bundle in ASCII', () => {
  const texts = ['乡镇卫生院', '省市区县', '𠀀字', 'a\\b', '自治州人民政府', '桥'];

  it('keeps what each pattern literal matches, with and without the u flag, astral characters and identity escapes included', () => {
    for (const literal of ['/[^省市区县\\s]{2}/g', '/(镇|乡)卫生院$/', '/[𠀀-𠀂]字/u', '/\\桥/', '/a\\\\b|自治州/u', '/(?<地名>乡)镇/']) {
      const before = evaluated(literal) as RegExp;
      const after = evaluated(rewritten(literal)) as RegExp;
      expect(after.flags).toBe(before.flags);
      for (const text of texts) expect([literal, text, after.exec(text)?.[0]]).toEqual([literal, text, before.exec(text)?.[0]]);
    }
  });

  it('keeps the value of strings, String.raw templates and untagged templates, and of the code beside comments', () => {
    for (const code of [
      '"省\\\\" + `市${"县"}区\\镇`',
      'String.raw`[^省市\\s]{2,14}?族自治[县旗州]`',
      '[`甲`, `乙${1 + 1}丙${"丁"}`] /* 注释 */',
      '(() => { // 省\n return "市"; })()',
    ])
      expect(evaluated(rewritten(code))).toEqual(evaluated(code));
  });

  it('leaves a template with another tag as written (its function may read the raw text)', () => {
    expect((asciiBundle('tag`省${1}`') as { code: string; left: number }).code).toBe('tag`省${1}`');
  });

  it.skipIf(!existsSync(join(root, 'dist/bundle/cli.cjs')))('the built bundle is ASCII alone', () => {
    expect(/[^\x00-\x7f]/.test(readFileSync(join(root, 'dist/bundle/cli.cjs'), 'utf8'))).toBe(false);
  });
});

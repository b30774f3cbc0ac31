/**
 * The bundle writes `\p{Script=Han}` out as code point ranges (scripts/han-class.mjs), so that V8 compiles its patterns
 * faster. These tests check that the written-out patterns are the same patterns: the ranges are the same set, the escape
 * is replaced bare inside a character class and bracketed outside, and every pattern literal of src/ that holds the escape
 * matches real questions and report lines exactly as before, groups included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { expandHanClasses, expandPattern, hanRanges } from '../../../scripts/han-class.mjs';

const root = join(import.meta.dirname, '../../..');
const ranges: string = hanRanges();

describe('the Han script written out', () => {
  it('is the same set as \\p{Script=Han}, astral planes included', () => {
    const property = /\p{Script=Han}/u;
    const written = new RegExp(`[${ranges}]`, 'u');
    const differing: number[] = [];
    for (let code = 0; code < 0x110000; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (property.test(char) !== written.test(char)) differing.push(code);
    }
    expect(differing).toEqual([]);
    expect(written.test('〇')).toBe(true);
    expect(written.test('𠀀')).toBe(true);
    expect(written.test('，')).toBe(false);
  });

  it('is bare inside a character class and a class of its own outside one', () => {
    expect(expandPattern('[\\p{Script=Han}\\d]+局', 'R')).toBe('[R\\d]+局');
    expect(expandPattern('\\p{Script=Han}{2,6}?[省市]', 'R')).toBe('[R]{2,6}?[省市]');
    // An escaped bracket opens no class; a class closed before the escape leaves it outside.
    expect(expandPattern('\\[\\p{Script=Han}\\]', 'R')).toBe('\\[[R]\\]');
    expect(expandPattern('[^，]\\p{Script=Han}', 'R')).toBe('[^，][R]');
    // The class state goes on from one piece of a template to the next.
    const state = { inClass: false };
    expect(expandPattern('[a', 'R', state)).toBe('[a');
    expect(expandPattern('\\p{Script=Han}]', 'R', state)).toBe('R]');
  });

  it('rewrites literals, strings and templates, and leaves divisions and other code alone', () => {
    const code = [
      'const a = /(\\p{Script=Han}{2,4})局/u;',
      'const half = total / 2 / count;',
      "const b = new RegExp('[\\\\p{Script=Han}\\\\d]+', 'u');",
      'const c = new RegExp(`${word}(\\\\p{Script=Han}+)[省市]`, "u");',
      'const d = /\\P{Script=Han}/u;',
    ].join('\n');
    const { code: out, replaced } = expandHanClasses(code, ranges);
    expect(replaced).toBe(3);
    expect(out).toContain('const half = total / 2 / count;');
    expect(out).toContain('/\\P{Script=Han}/u');
    const run = new Function('total', 'count', 'word', `${out}\nreturn [a, b, c, d];`);
    const [a, b, c] = run(4, 1, '在') as RegExp[];
    expect(a.exec('西工区科技局')?.[1]).toBe('工区科技');
    expect(a.exec('西工区科技局')).toEqual(/(\p{Script=Han}{2,4})局/u.exec('西工区科技局'));
    expect(b.exec('第12号〇局')?.[0]).toBe('第12号〇局');
    expect(c.exec('在西工区市')?.[1]).toBe('西工区');
  });

  it('keeps every pattern literal of src/ matching real text as before', () => {
    const sources: string[] = [];
    const walk = (directory: string) => {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts')) sources.push(path);
      }
    };
    walk(join(root, 'src'));
    const patterns: Array<[RegExp, RegExp]> = [];
    for (const path of sources) {
      const text = readFileSync(path, 'utf8');
      if (!text.includes('Script=Han')) continue;
      const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isRegularExpressionLiteral(node) && node.text.includes('\\p{Script=Han}')) {
          const end = node.text.lastIndexOf('/');
          const source = node.text.slice(1, end);
          const flags = node.text.slice(end + 1).replace(/[gy]/g, '');
          patterns.push([new RegExp(source, flags), new RegExp(expandPattern(source, ranges), flags)]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(patterns.length).toBeGreaterThan(10);
    const lines = [
      ...readFileSync(join(root, 'test/fixtures/citizen-questions-52.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { q: string }).q),
      ...readdirSync(join(root, 'data/reports')).flatMap((name) => readFileSync(join(root, 'data/reports', name), 'utf8').split('\n')),
    ].filter((line) => line.trim().length > 0);
    expect(lines.length).toBeGreaterThan(200);
    const differing: string[] = [];
    for (const [before, after] of patterns)
      for (const line of lines)
        if (JSON.stringify(before.exec(line)) !== JSON.stringify(after.exec(line))) differing.push(`${before.source}: ${line}`);
    expect(differing).toEqual([]);
  });
});

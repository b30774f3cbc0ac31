/**
 * speed52: work skipped per question without changing any answer. statisticAsked runs on nearly every message; its
 * patterns built from NUMERAL and COUNT_WORDS were compiled on each call (seven a message). Kept once, they must read
 * the same, call after call (none may keep state between uses), and building none is checked here. Made-up messages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { statisticAsked } from '../../../src/qa/kind-statistics.js';

const NativeRegExp = RegExp;
let built = 0;

/** Counts the patterns built with `new RegExp` (literals are not) while `run` runs. */
function countingBuilt<T>(run: () => T): { result: T; built: number } {
  built = 0;
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      built += 1;
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
  });
  try {
    return { result: run(), built };
  } finally {
    globalThis.RegExp = NativeRegExp;
  }
}

afterEach(() => {
  globalThis.RegExp = NativeRegExp;
});

const CASES: Array<[string, Record<string, unknown>]> = [
  ['2023年文旅局超过40件的有几个', { type: 'threshold', limit: 40, above: true, inclusive: false, list: false }],
  ['不少于七条的是哪些水务局', { type: 'threshold', limit: 7, above: true, inclusive: true, list: true }],
  ['审计局15件以下的有哪些', { type: 'threshold', limit: 15, above: false, inclusive: true, list: true }],
  ['前两名加起来多少', { type: 'top', n: 2, fromBottom: false, sum: true }],
  ['排前四的档案局是哪些', { type: 'top', n: 4, fromBottom: false, sum: false }],
  ['垫底的三个是谁', { type: 'top', n: 3, fromBottom: true, sum: false }],
  ['倒数第二是哪个', { type: 'place', n: 2, fromBottom: true }],
  ['第六名呢', { type: 'place', n: 6, fromBottom: false }],
  ['比平均数高的有几家', { type: 'versus-average', above: true }],
];

describe('speed52: statisticAsked with its patterns kept once', () => {
  it.each(CASES)('reads %s as before', (text, asked) => {
    expect(statisticAsked(text)?.asked).toMatchObject(asked);
  });

  it('reads the same each time it is asked (no pattern keeps state between calls)', () => {
    const first = CASES.map(([text]) => statisticAsked(text));
    const again = CASES.map(([text]) => statisticAsked(text));
    expect(again).toEqual(first);
    // The count words are taken out of what is left (超过40件的有几个 leaves the kind and the year).
    expect(statisticAsked('2023年文旅局超过40件的有几个')?.rest).toBe('2023年文旅局');
  });

  it('builds no pattern while reading a message', () => {
    for (const text of [...CASES.map(([text]) => text), '卫健委2022年收到多少申请', '今天下雨吗']) {
      const { built: count } = countingBuilt(() => statisticAsked(text));
      expect(count, text).toBe(0);
    }
  });
});

/** Literal triggers (speed56): the strings a pattern requires, and the patterns a text may match, never one too few. */
import { describe, expect, it } from 'vitest';
import { LiteralTriggers, requiredLiterals } from '../../../src/core/regex-literals.js';

const sorted = (clauses: readonly (readonly string[])[]) => clauses.map((clause) => [...clause].sort()).sort();

describe('requiredLiterals', () => {
  it('joins a run of literal characters, small classes and optional parts', () => {
    expect(sorted(requiredLiterals(/上交(?:了|过)?材料/))).toEqual([['上交了材料', '上交材料', '上交过材料']]);
    expect(sorted(requiredLiterals(/[甲乙]丙/))).toEqual([['乙丙', '甲丙']]);
    expect(sorted(requiredLiterals(/(?:报送|报送了)几份/))).toEqual([['报送了几份', '报送几份']]);
    // A string holding another of its set is dropped: the shorter one is found wherever it is.
    expect(sorted(requiredLiterals(/花(?:朵|朵儿)/))).toEqual([['花朵']]);
  });

  it('requires each part of a sequence, and a string of each branch of an alternation', () => {
    expect(sorted(requiredLiterals(/(?:多少|几)\p{Script=Han}{0,3}(?:盒子|箱子)/u))).toEqual([
      ['几', '多少'],
      ['盒子', '箱子'],
    ]);
    expect(sorted(requiredLiterals(/鸭梨|(?:苹|葡)果/))).toEqual([['苹果', '葡果', '鸭梨']]);
    // A branch requiring nothing: the alternation requires nothing.
    expect(requiredLiterals(/鸭梨|\p{Script=Han}果?/u)).toEqual([]);
  });

  it("reads a positive lookaround's text as required, never a negative one's", () => {
    expect(sorted(requiredLiterals(/(?<=仓库)(?:里|内)(?=有几)/))).toEqual([['仓库'], ['内', '里'], ['有几']]);
    expect(sorted(requiredLiterals(/(?<!仓库)(?!有几)盘点/))).toEqual([['盘点']]);
  });

  it('requires nothing of what it cannot bound', () => {
    for (const pattern of [/./, /\s+/, /[^甲]/, /\p{Script=Han}/u, /(甲)?\1/, /甲*/, /(?:甲|)/, /[\u4e00-\u9fa5]/, /[a-z]/, /^$/])
      expect(requiredLiterals(pattern)).toEqual([]);
    // Quantified: only a repeat that must be there (at least once) requires.
    expect(sorted(requiredLiterals(/乙{2}/))).toEqual([['乙乙']]);
    expect(sorted(requiredLiterals(/乙{1,3}/))).toEqual([['乙']]);
    expect(requiredLiterals(/乙{0,3}/)).toEqual([]);
  });

  it('gives a case-insensitive pattern every case of an ASCII literal', () => {
    expect(sorted(requiredLiterals(/ab/i))).toEqual([['AB', 'Ab', 'aB', 'ab']]);
    expect(requiredLiterals(/ä/i)).toEqual([]);
  });
});

describe('LiteralTriggers', () => {
  const patterns = [
    /(?<=仓库)(?:里|内)(?=有几)/g,
    /(?:多少|几)\p{Script=Han}{0,3}(?:盒子|箱子)/u,
    /鸭梨|(?:苹|葡)果/,
    /\p{Script=Han}果?/u,
    /送(?:了|过)?(?=[^，。]{0,4}(?:几|多少)份)/,
    /^(?:好|行)[，,]?(?=\S{3})/,
  ];
  const triggers = new LiteralTriggers(patterns);

  it('gives the patterns whose every required string the text holds, and those requiring nothing', () => {
    expect(triggers.triggered('仓库里有几个')).toEqual([0, 3]);
    expect(triggers.triggered('几个大箱子')).toEqual([1, 3]);
    expect(triggers.triggered('买了苹果')).toEqual([2, 3]);
    expect(triggers.triggered('好，送了多少份')).toEqual([3, 4, 5]);
    expect(triggers.triggered('')).toEqual([3]);
  });

  it('never leaves out a pattern that matches (random texts over the patterns’ own characters)', () => {
    const alphabet = [...'仓库里内有几多少盒子箱鸭梨苹葡果送了过份好行，, 。个大'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const testers = patterns.map((pattern) => new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')));
    let matched = 0;
    for (let round = 0; round < 5000; round += 1) {
      const length = 1 + Math.floor(random() * 12);
      let text = '';
      for (let at = 0; at < length; at += 1) text += alphabet[Math.floor(random() * alphabet.length)];
      const triggered = new Set(triggers.triggered(text));
      testers.forEach((tester, index) => {
        if (!tester.test(text)) return;
        matched += 1;
        expect(triggered.has(index), `${tester} on ${text}`).toBe(true);
      });
    }
    expect(matched).toBeGreaterThan(1000);
  });
});

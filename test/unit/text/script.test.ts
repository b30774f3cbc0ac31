import { describe, expect, it } from 'vitest';
import { hasTraditional, toSimplified } from '../../../src/text/script.js';

describe('toSimplified', () => {
  it('converts the traditional forms real pages print', () => {
    expect(toSimplified('天津東疆保稅港區管理委員會')).toBe('天津东疆保税港区管理委员会');
    expect(toSimplified('紅寺堡區主動公開政府信息情況')).toBe('红寺堡区主动公开政府信息情况');
    expect(toSimplified('本年新收政府信息公開申請數量')).toBe('本年新收政府信息公开申请数量');
  });

  it('leaves simplified text, digits and ASCII as they are', () => {
    for (const text of ['西工区科学技术局2024年政府信息公开工作年度报告', '640020470', 'abc ＡＢＣ', ''])
      expect(toSimplified(text)).toBe(text);
    expect(hasTraditional('中卫市科学技术局')).toBe(false);
    expect(hasTraditional('中衛市')).toBe(true);
  });

  it('finds every listed character anywhere in a text, and nothing in text without one', async () => {
    const { TRADITIONAL_CHARACTERS } = await import('../../../src/text/traditional-chars.js');
    // 么 alone is written in simplified text too (在么): it is the one listed character that asks for no conversion.
    for (const character of TRADITIONAL_CHARACTERS) expect(hasTraditional(`中卫市${character}局`)).toBe(character !== '么');
    // Ideographs outside the BMP are surrogate pairs: neither half may read as a listed character.
    expect(hasTraditional('𠀀𠀁𪚥 中卫市 ＡＢＣ ①')).toBe(false);
    expect(hasTraditional('')).toBe(false);
  });
});

describe('hasTraditional', () => {
  it('does not send everyday words with 么 (什么, 怎么) to the converter, whose output keeps them as they are', async () => {
    const { Converter } = await import('opencc-js/t2cn');
    const twToCn = Converter({ from: 'tw', to: 'cn' });
    const hkToCn = Converter({ from: 'hk', to: 'cn' });
    const questions = [
      '怎么申请政府信息公开？',
      '为什么不予公开？',
      '西工区科技局2024年有什么问题？',
      '这么多申请，那么多少是法人提出的？',
      '要么网上申请，要么当面申请，多么方便',
      '总体情况怎么样',
    ];
    for (const question of questions) {
      expect(hasTraditional(question)).toBe(false);
      expect(hkToCn(twToCn(question))).toBe(question);
    }
  });

  it('still finds a traditional character next to those words, and keeps 么 on its own as written (在么 is no 在幺)', () => {
    expect(hasTraditional('怎么申請政府信息公開')).toBe(true);
    expect(toSimplified('紅寺堡區有什么問題')).toBe('红寺堡区有什么问题');
    expect(hasTraditional('在么')).toBe(false);
    expect(toSimplified('在么')).toBe('在么');
    expect(toSimplified('紅寺堡區在么')).toBe('红寺堡区在么');
  });
});

describe('the committed list of traditional characters', () => {
  it('is exactly what opencc-js changes (regenerate with node scripts/gen-traditional-chars.mjs after an upgrade)', async () => {
    const { TRADITIONAL_CHARACTERS } = await import('../../../src/text/traditional-chars.js');
    const { Converter } = await import('opencc-js/t2cn');
    const twToCn = Converter({ from: 'tw', to: 'cn' });
    const hkToCn = Converter({ from: 'hk', to: 'cn' });
    const block: string[] = [];
    for (const [from, to] of [
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xf900, 0xfaff],
    ])
      for (let code = from; code <= to; code += 1) block.push(String.fromCharCode(code));
    const simplified = hkToCn(twToCn(block.join('\n'))).split('\n');
    expect(TRADITIONAL_CHARACTERS).toBe(block.filter((character, index) => simplified[index] !== character).join(''));
  });
});

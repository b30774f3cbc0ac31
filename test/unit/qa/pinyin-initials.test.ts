/** Regions typed as pinyin initials (hy科技局, spt科技局), read through ICU's pinyin collation. */
import { describe, expect, it } from 'vitest';
import { pinyinInitials, readPinyinRegion } from '../../../src/qa/pinyin-initials.js';

describe('pinyinInitials', () => {
  it.each([
    ['海原县', 'hyx'],
    ['沙坡头区', 'sptq'],
    ['西工区', 'xgq'],
    ['红寺堡区', 'hsbq'],
    ['中卫市', 'zws'],
    ['八七', 'bq'],
    ['阿他夕丫', 'atxy'],
  ])('%s → %s', (text, initials) => {
    expect(pinyinInitials(text)).toBe(initials);
  });
  it('reads no initials for text that is not all Han', () => {
    expect(pinyinInitials('海原1')).toBeUndefined();
  });
  it('reads a character the same once its initial is remembered (speed56), and a non-Han one after it still as none', () => {
    expect(pinyinInitials('桥')).toBe('q');
    expect(pinyinInitials('桥头')).toBe('qt');
    expect(pinyinInitials('桥头桥')).toBe('qtq');
    expect(pinyinInitials('桥a')).toBeUndefined();
    expect(pinyinInitials('桥')).toBe('q');
  });
});

describe('readPinyinRegion', () => {
  const agencies = [
    '海原县科学技术局',
    '沙坡头区科学技术局',
    '西工区科学技术局',
    '红寺堡区科学技术局',
    '中卫市科学技术局',
    '衡阳市科学技术局',
  ];
  const index = {
    kinds: () => ['科学技术局', '科技局'],
    ofKind: () => agencies.map((name) => ({ name })),
  };
  it('replaces initials before a kind word by the one agency whose region they spell, with or without its level', () => {
    expect(readPinyinRegion('spt科技局微博粉丝多少', index)).toEqual({
      text: '沙坡头区科学技术局微博粉丝多少',
      typed: 'spt科技局',
      name: '沙坡头区科学技术局',
    });
    expect(readPinyinRegion('HSB科技局23年主动公开多少', index)?.name).toBe('红寺堡区科学技术局');
    expect(readPinyinRegion('xgq科技局行政许可', index)?.name).toBe('西工区科学技术局');
    expect(readPinyinRegion('hy县科技局特派员几名', index)?.typed).toBe('hy县科技局');
  });
  it('reads nothing when the initials spell two regions, none, or no kind word follows', () => {
    // 海原 and 衡阳 are both hy.
    expect(readPinyinRegion('hy科技局主动公开多少条', index)).toBeUndefined();
    expect(readPinyinRegion('abc科技局主动公开多少条', index)).toBeUndefined();
    expect(readPinyinRegion('spt微博粉丝多少', index)).toBeUndefined();
    expect(readPinyinRegion('hello', index)).toBeUndefined();
  });
});

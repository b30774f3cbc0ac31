/** Work skipped per question without changing any answer (perf24): the colloquial rewrites' cheaper prefilter. */
import { describe, expect, it } from 'vitest';
import { forwardLookbehinds, plainWords } from '../../../src/qa/colloquial.js';

describe('forwardLookbehinds (the rewrites prefilter)', () => {
  it('reads a lookbehind that opens an alternative forwards, and drops any other', () => {
    expect(forwardLookbehinds('(?<=人)(?:来|去)找')).toBe('(?:人)(?:来|去)找');
    expect(forwardLookbehinds('(?<=(?:19|20)\\d{2}年[^。]{0,4})收钱|(?<=年)收费')).toBe('(?:(?:19|20)\\d{2}年[^。]{0,4})收钱|(?:年)收费');
    // Inside a group, after other text, or looking at \p{…}: dropped (the result only matches more).
    expect(forwardLookbehinds('(?:(?<=人)|来)要')).toBe('(?:|来)要');
    expect(forwardLookbehinds('罚(?<=罚)款')).toBe('罚款');
    expect(forwardLookbehinds('(?<=\\p{Script=Han})捏$')).toBe('捏$');
    // A second lookbehind looks back from the same place: dropped. Negative ones, lookaheads, classes stay.
    expect(forwardLookbehinds('(?<=甲)(?<=乙)丙')).toBe('(?:甲)丙');
    expect(forwardLookbehinds('(?<!结)转(?=到)[(?<=]')).toBe('(?<!结)转(?=到)[(?<=]');
  });

  it('matches every message the pattern matches', () => {
    const patterns = [
      '(?<=人)(?:来|去)找',
      '(?<=(?:多少|几)[个名位]?人)(?:去|来)(?=[了的]*$)',
      '(?:(?<=人)|来|去)要信息',
      '(?<=甲)(?<!乙甲)丙',
    ];
    const texts = ['有人来找', '多少个人去了', '几人来的', '人要信息', '来要信息', '甲丙', '乙甲丙', '丙', '来找'];
    for (const source of patterns)
      for (const text of texts)
        if (new RegExp(source, 'u').test(text)) expect(new RegExp(forwardLookbehinds(source), 'u').test(text)).toBe(true);
  });

  it('still lets the rewrites through', () => {
    expect(plainWords('2024年有没有收钱')).toBe('2024年收费了吗');
    expect(plainWords('多少人来申请')).toBe('多少人申请');
    expect(plainWords('有人来要信息')).toBe('有人申请信息公开');
    expect(plainWords('沙坡头区和海原县加起来')).toBe('沙坡头区和海原县加起来多少');
    expect(plainWords('啥时候发布的')).toBe('什么时候发布的');
  });
});

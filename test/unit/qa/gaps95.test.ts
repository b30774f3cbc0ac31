import { describe, expect, it } from 'vitest';
import { correctKindTypos } from '../../../src/qa/typos.js';

describe('gaps95: look-alike and same-syllable typos of the words a count is asked of', () => {
  const kinds = ['林业局', '科技局'];
  it('reads 徽博 (徽 drawn like 微) as 微博 before what is done with the account, not 安徽博物院 (real-questions-corpus65)', () => {
    expect(correctKindTypos('涪陵区2021年徽博发了多少条', kinds)).toBe('涪陵区2021年微博发了多少条');
    expect(correctKindTypos('江津区科技局徽搏粉丝多少', kinds)).toBe('江津区科技局微博粉丝多少');
    expect(correctKindTypos('合肥市安徽博物院开放吗', kinds)).toBe('合肥市安徽博物院开放吗');
  });
  it('reads 新息 (新 for 信) as 信息 after what is disclosed or counted, and leaves 创新息息相关 alone (real-questions-corpus65)', () => {
    expect(correctKindTypos('綦江区林业局2023年主动公开了多少条新息', kinds)).toBe('綦江区林业局2023年主动公开了多少条信息');
    expect(correctKindTypos('綦江区政府新息公开电话', kinds)).toBe('綦江区政府信息公开电话');
    expect(correctKindTypos('綦江区科技局工作与创新息息相关', kinds)).toBe('綦江区科技局工作与创新息息相关');
  });
});

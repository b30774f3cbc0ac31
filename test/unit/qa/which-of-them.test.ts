/**
 * 哪家最多 / 哪个最少 / 五家里哪家有 after one figure: the remembered thing ranked or listed across agencies. The
 * fixture lines of this class (citizen-questions-11 c2, -16 j2, -22 c3) had passed only because the off-topic reply
 * they got quoted an example naming 西工区; once the examples came from the store, they showed the miss.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../helpers.js';

describe('which of them, after one figure', () => {
  const app = makeTestApp();
  afterAll(() => app.dispose());

  it('哪个最少 after one agency’s count ranks the agencies on it', async () => {
    expect((await app.ask('沙坡头区科技局2024年主动公开多少条', 'w1')).facts[0]?.value).toBe(455);
    const ranked = await app.ask('哪个最少', 'w1');
    expect(ranked.kind).toBe('figure');
    expect(ranked.answer).toMatch(/最少的是西工区科学技术局（2024年）22条/);
  });

  it('这几家里谁有 after a table figure lists the agencies with one', async () => {
    expect((await app.ask('海原县科技局2024年行政许可几件', 'w2')).facts[0]?.value).toBe(0);
    const listed = await app.ask('这几家里谁有', 'w2');
    expect(listed.answer).toMatch(/不为0的有：西工区科学技术局（2024年）6件/);
  });

  it('a thing named is no 哪家 follow-up: 哪家的网站最多 asks its own question', async () => {
    await app.ask('海原县科技局2024年行政许可几件', 'w3');
    expect((await app.ask('哪家行政处罚最多', 'w3')).answer).toContain('行政处罚');
  });
});

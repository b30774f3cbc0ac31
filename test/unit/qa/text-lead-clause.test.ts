/**
 * What a report says in words, asked where it is (申请主要集中在哪些方面, 集中在哪): the clause that holds the question's
 * words leads the answer, not the sentence's first clause, and 集中在哪 asks no address. Made-up report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('text answers lead with the clause the question asks about', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qingsong-zrzyj-2024.txt',
        `青松县自然资源局2024年政府信息公开工作年度报告
一、总体情况
2024年，我局主动公开政府信息61条。全年共收到政府信息公开申请9件，申请内容主要集中在土地征收、不动产登记等方面，均已按时答复。
`,
      ],
    ]);
  });
  afterAll(() => app?.dispose());
  const ask = (q: string) => app.engine.ask(q, { user: `lead:${Math.random()}` });

  it.each([
    '青松县自然资源局2024年申请主要集中在哪些方面',
    '青松县自然资源局2024年申请的内容集中在哪',
    '青松县自然资源局2024年申请集中在哪些领域',
  ])('%s', (q) => {
    const answer = ask(q);
    expect(answer.kind).toBe('text');
    expect(answer.answer.split('\n')[0]).toContain('土地征收');
    expect(answer.answer).not.toMatch(/联系方式|办公地址/);
  });
});

/**
 * A count asked of a thing the report lists by kind with no total (公众号发了多少篇推文 against 发布职业技能相关推文30篇,
 * 就业创业推文46篇,…): the answer gives every item and their sum as a computation, not the first item as if it were the
 * whole. The sentence of 路桥区人力资源和社会保障局's 2024 report (a real page) and a made-up report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedParts } from '../../../src/qa/retrieve.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const LUQIAO =
  '通过“路桥人力社保”微信公众号平台,发布职业技能相关推文30篇,就业创业推文46篇,劳动者权益保障推文22篇,社保政策及法规解读14篇,党风廉政主题教育推文11篇。';

describe('listedParts', () => {
  it('the items of one noun, without the item of another noun between them', () => {
    const parts = listedParts(LUQIAO, LUQIAO.indexOf('30篇'), '篇', '公众号发了多少篇推文');
    expect(parts?.map((part) => part.value)).toEqual([30, 46, 22, 11]);
  });

  it.each([
    ['the question names an item', LUQIAO, '30篇', '篇', '就业创业推文发了几篇'],
    ['the question does not name the listed noun', LUQIAO, '30篇', '篇', '公众号发了多少篇'],
    ['a total is printed', '发布政策类推文12篇，服务类推文21篇，共发布推文33篇。', '12篇', '篇', '发了多少篇推文'],
    ['one count is the others’ sum', '主动公开政府信息120条，网站公开信息100条，公众号公开信息20条。', '120条', '条', '公开了多少条信息'],
    [
      'the chosen count has no words of its own',
      '主动公开信息120条，网站公开信息90条，公众号公开信息50条。',
      '120条',
      '条',
      '公开了多少条信息',
    ],
    ['the count stands alone', '发布政策类推文12篇，办理建议提案3件。', '12篇', '篇', '发了多少篇推文'],
  ])('none when %s', (_why, sentence, at, unit, question) => {
    expect(listedParts(sentence, sentence.indexOf(at), unit, question)).toBeUndefined();
  });
});

describe('a count listed by kind with no total', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qingsong-zjj-2024.txt',
        `青松县住房和城乡建设局2024年政府信息公开工作年度报告
一、总体情况
2024年，我局主动公开政府信息88条。通过“青松住建”微信公众号发布政策类推文12篇，服务类推文21篇，动态类推文8篇。全年共收到政府信息公开申请20件。
`,
      ],
    ]);
  });
  afterAll(() => app?.dispose());
  const ask = (q: string) => app.engine.ask(q, { user: `parts:${Math.random()}` });

  it('every item and their sum, said to be computed', () => {
    const answer = ask('青松县住建局公众号发了多少篇推文');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toMatch(/报告没有写推文的总数/);
    expect(answer.answer).toMatch(/政策类推文12篇、服务类推文21篇、动态类推文8篇/);
    expect(answer.answer).toMatch(/计算所得）共41篇/);
    expect(answer.facts.map((fact) => fact.value)).toEqual([12, 21, 8]);
  });

  it('an item asked by its words is that item alone', () => {
    const answer = ask('青松县住建局服务类推文几篇');
    expect(answer.answer.split('\n')[0]).toMatch(/服务类推文21篇。$/);
    expect(answer.facts.map((fact) => fact.value)).toEqual([21]);
  });
});

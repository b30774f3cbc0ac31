/**
 * 公众号叫什么 / 微博叫啥名字 / 网站叫什么: the name a report prints in quotes right before the channel word is the
 * answer, cited; a report that names no account says so, and no other channel's name is given.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('the names of an agency’s accounts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-03-02T10:00:00+08:00') });
    await importTexts(app, [
      [
        'a.txt',
        `青川县供销合作社联合社2023年政府信息公开工作年度报告
一、总体情况
2023年,我社以政府网站、政务“双微”为主要渠道,全年在“青川县供销合作社联合社”门户网站公开信息120条,“青川供销”微信公众号公开信息356条,政务微博“青川供销发布”发布信息88条。`,
      ],
      [
        'b.txt',
        `青川县档案馆2023年政府信息公开工作年度报告
一、总体情况
2023年,我馆通过县政府门户网站公开信息45条,通过微信公众号发布信息60条。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers the quoted name before 微信公众号', async () => {
    const answer = await app.ask('青川供销社的公众号叫什么', 'c1');
    expect(answer.answer).toContain('“青川供销”');
    expect(answer.answer.split('\n')[0]).not.toContain('青川供销发布');
    expect(answer.answer).toContain('《青川县供销合作社联合社2023年政府信息公开工作年度报告》');
  });

  it('answers the microblog’s name after 政务微博, and follows up in a conversation', async () => {
    await app.ask('青川县供销社2023年公开了多少条信息', 'c2');
    const answer = await app.ask('那他们的微博叫啥名字', 'c2');
    expect(answer.answer).toContain('“青川供销发布”');
  });

  it('says the report names no account when it does not, with no other name', async () => {
    const answer = await app.ask('青川县档案馆的微信公众号叫什么名字', 'c3');
    expect(answer.answer).toContain('没有写明');
    expect(answer.answer).not.toContain('“');
  });
});

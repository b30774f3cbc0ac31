/**
 * speed53's classes, on made-up pages: an account asked by its own name alone (X公众号发了几条) is found by reading every
 * stored report's sentences, so the agency found is kept per name until the data changes (the same words again read no
 * sentence); and 有微信公众号吗, 有官方微信公众号吗 with no agency named are no accounts called “有微信”, “有官方” (the pattern's own
 * words never end an account's name), even where one report prints 有微信公众号 or 有官方微信公众号.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('speed53: accounts asked by their own name', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'lanxi-2024.txt',
        cutPage(
          '蓝溪县农业农村局',
          2024,
          '全年通过“清风传语”微信公众号发布信息215条,通过局网站发布信息96条。',
          '全年收到政府信息公开申请3件。',
        ),
      ],
      [
        'qingshi-2024.txt',
        cutPage(
          '青石县文化馆',
          2024,
          '群众可扫码了解怎么关注公众号,你们有公众号吗等问题均有解答,是否有政务微博号也已公示。',
          '全年收到政府信息公开申请1件。',
        ),
      ],
      [
        'hongqiao-2024.txt',
        cutPage('红桥县市场监督管理局', 2024, '本局有官方微信公众号,全年发布消费提示37条。', '全年收到政府信息公开申请5件。'),
      ],
      ['baisha-2024.txt', cutPage('白沙县司法局', 2024, '本局有微信公众号1个,全年发布普法信息64条。', '全年收到政府信息公开申请2件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('X公众号发了几条 asked twice reads the sentences once: the owner is kept per name', async () => {
    const first = await app.ask('清风传语公众号发了多少条信息');
    expect(first.answer).toContain('蓝溪县农业农村局');
    expect(first.answer).toContain('215');
    const search = vi.spyOn(app.reports, 'searchSentences');
    const reports = vi.spyOn(app.reports, 'reports');
    const again = await app.ask('清风传语公众号发了多少条信息');
    expect(again.answer).toBe(first.answer);
    expect(reports).not.toHaveBeenCalled();
    search.mockRestore();
    reports.mockRestore();
  });

  it('有微信公众号吗 with no agency named is no account called 有微信', async () => {
    const [answer] = await converse(app, 's53a', ['有微信公众号吗？']);
    expect(answer.answer).not.toContain('有微信');
    expect(answer.answer).not.toContain('64');
  });

  it('the words of a question before a channel are no account name, even where a report prints them before it', async () => {
    for (const [user, question] of [
      ['s53c', '怎么关注公众号？'],
      ['s53d', '你们有公众号吗？'],
      ['s53e', '是否有政务微博号？'],
    ]) {
      const [answer] = await converse(app, user, [question]);
      expect(answer.answer).not.toMatch(/按.*的账号理解/);
    }
  });

  it('有官方微信公众号吗 with no agency named is no account called 有官方', async () => {
    const [answer] = await converse(app, 's53b', ['有官方微信公众号吗？']);
    expect(answer.answer).not.toContain('有官方');
    expect(answer.answer).not.toContain('37');
  });
});

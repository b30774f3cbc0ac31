/**
 * qachat56's classes (conversations after a miss, brevity, offices and two asks over every folder, citizen-questions-94), each
 * with a made-up example that fails without its fix.
 * 1. 太长了 简单点 / 直接说数字 / 能列个表吗 / 到底多少？？ after a figure answer, and 说重点 X / X 直接说数字: the answer said short,
 *    without the report's words quoted (was: the polite menu as off-topic, the report's key points, or the full answer again).
 * 2. 我的意思是2024年的 after a miss: the last question asked of that year (was: not understood).
 * 3. 算了 那你知道什么 / 你都知道啥: what the bot can do (was: asked back which agency and year).
 * 4. 哪个县的政府最懒 / 哪个局最不靠谱: a judgement of agencies' work refused (was: the polite menu as a clarification).
 * 5. 收到多少申请 不予公开了几件: two counts asked with a space between them, each answered (was: only the second).
 * 6. 文旅青禾公众号发了多少篇: an account whose name holds a place that names several agencies is the account its report quotes
 *    (was: asked back which of the place's agencies).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat56: citizens’ phrasing after an answer or a miss (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe-2024.txt',
        cutPage(
          '青禾市城市管理局',
          2024,
          '2024年共收到政府信息公开申请73件,予以公开31件,不予公开4件,无法提供19件,结转下年度继续办理6件。',
          '全年通过门户网站发布信息812条,政务微博发布信息264条。',
        ),
      ],
      [
        'qinghe-wl-2024.txt',
        cutPage('青禾市文化广电旅游体育局', 2024, '2024年通过微信公众号“文旅青禾”发布信息512篇,门户网站主动公开信息230条。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

  it('says the last figure answer short when it is too long, without the report’s words quoted', async () => {
    const [first, short, simpler] = await converse(app, 'brief', [
      '青禾市城市管理局2024年收到多少政府信息公开申请',
      '太长了 直接说数字',
      '简单点',
    ]);
    expect(first.answer).toContain('原文');
    for (const answer of [short, simpler]) {
      expect(answer.kind).toBe('figure');
      expect(values(answer)).toEqual([73]);
      expect(answer.answer).not.toContain('原文');
      expect(answer.answer).toContain('来源');
    }
  });

  it('answers the question a brevity request leads or ends, short', async () => {
    const [, led, ended] = await converse(app, 'brief-lead', [
      '青禾市城市管理局2024年收到多少政府信息公开申请',
      '说重点 结转下年度多少件',
      '政务微博发布多少条 直接说数字',
    ]);
    expect(values(led)).toEqual([6]);
    expect(led.answer).not.toContain('原文');
    expect(values(ended)).toEqual([264]);
    expect(ended.answer).not.toContain('原文');
  });

  it('lists both figures of a two-part question when a table is asked, and repeats the figure when asked louder', async () => {
    const [, both, table, louder] = await converse(app, 'brief-table', [
      '青禾市城市管理局2024年收到多少政府信息公开申请',
      '不予公开和无法提供各几件',
      '能列个表吗',
      '到底多少？？',
    ]);
    expect(values(both)).toEqual([4, 19]);
    expect(values(table)).toEqual([4, 19]);
    expect(table.answer.split('\n').filter((line) => line.startsWith('•'))).toHaveLength(2);
    expect(values(louder)).toEqual([4, 19]);
  });

  it('asks the last question of the year a correction names alone', async () => {
    const [, meant] = await converse(app, 'meant', ['青禾市城市管理局2019年收到多少政府信息公开申请', '我的意思是2024年的']);
    expect(meant.kind).toBe('figure');
    expect(values(meant)).toEqual([73]);
  });

  it('says what it can do when asked what it knows after giving up', async () => {
    const [, gaveUp] = await converse(app, 'knows', ['青禾市城市管理局2019年收到多少政府信息公开申请', '算了 那你知道什么']);
    expect(gaveUp.kind).toBe('text');
    expect(gaveUp.answer).toContain('我可以回答');
  });

  it('refuses to judge which agency is laziest', async () => {
    for (const question of ['哪个县的政府最懒', '哪个局最不靠谱']) {
      const [answer] = await converse(app, `lazy-${question}`, [question]);
      expect(answer.kind).toBe('refusal');
      expect(answer.facts).toEqual([]);
      expect(answer.answer).toContain('不评价');
    }
  });

  it('answers both counts of a message that puts a space between them', async () => {
    const [both] = await converse(app, 'space', ['青禾市城市管理局2024年收到多少政府信息公开申请 不予公开了几件']);
    expect(values(both)).toEqual([73, 4]);
  });

  it('reads an account named with a place of several agencies as the account its report quotes', async () => {
    const [account, site] = await converse(app, 'account', ['文旅青禾公众号2024年发了多少篇', '门户网站主动公开多少条']);
    expect(account.kind).toBe('figure');
    expect(values(account)).toEqual([512]);
    expect(values(site)).toEqual([230]);
  });
});

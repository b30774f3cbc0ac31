/**
 * gaps78's classes (citizen-questions-62, -77 and -80's gap lines), on made-up pages cut before their tables: a count of
 * information published whose measure word and full stop the crawl lost at its line's end (…网站主动公开政府信息1427条,
 * 某某微信公众号发布信息170, then the next paragraph) is read in the measure word of the clause before it, so 公众号发了多少
 * states it; the same bare number cut at the page's very end stays unread (its digits may be cut too).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
`;

const REPORTS: Record<string, string> = {
  'water.txt': cut(
    '青田县水利局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025通过门户网站主动公开各类政府信息318条,青田水利微信公众号发布信息96\n(二)依申请公开。全年共接收政府信息公开申请2件,均在法定期限内答复。\n(三)政府信息管理\n严格落实“三审三校”制度,对',
  ),
  'forest.txt': cut(
    '庆元县林业局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年通过门户网站主动公开政府信息205条,庆元林业微信公众号发布信息88',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps78 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('公众号发了多少 is the 发布信息96 whose 条 the line lost, read in the 条 of the clause before', async () => {
    const [posted] = await converse(app, 'g78-lost-unit', ['青田水利局公众号发了多少']);
    expect(values(posted)).toEqual([96]);
    expect(posted.answer).toContain('96条');
  });

  it('公众号呢 after the site’s count is the same 96', async () => {
    const [site, account] = await converse(app, 'g78-lost-unit-conv', ['青田水利局网站发了多少条', '公众号呢']);
    expect(values(site)).toEqual([318]);
    expect(values(account)).toEqual([96]);
  });

  it('a bare number at the page’s very end (maybe cut) is never stated', async () => {
    const [posted] = await converse(app, 'g78-cut', ['庆元林业局公众号发了多少']);
    expect(values(posted)).not.toContain(88);
    expect(posted.answer).not.toMatch(/88条/);
  });
});

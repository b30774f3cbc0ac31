/**
 * gaps78's classes (citizen-questions-62, -77 and -80's gap lines), on made-up pages cut before their tables: a count of
 * information published whose measure word and full stop the crawl lost at its line's end (…网站主动公开政府信息1427条,
 * 某某微信公众号发布信息170, then the next paragraph) is read in the measure word of the clause before it, so 公众号发了多少
 * states it; the same bare number cut at the page's very end stays unread (its digits may be cut too). 我问的是X局的政府网站
 * after a channel's followers (微博的呢 of 关注的人数) asks what the site published (a site has no followers), and 那“平台名”呢
 * goes on with it. 办公室受理了多少申请 (an office alone, no body before it) asks which government's office, listing the stored
 * 人民政府办公室, so 第二个 picks one and 投诉举报几件 follows of it.
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
  'media.txt': cut(
    '云和县文化和广电旅游体育局2025年政府信息公开工作年度报告',
    '(一)主动公开。云和文旅微信公众号累计关注量达1830人,发布信息214条;云和文旅微博累计关注量达402人,发布信息97条。\n(二)依申请公开。全年未收到政府信息公开申请。',
  ),
  'site.txt': cut(
    '松阳县科学技术局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,我局主动公开政务信息31条,通过门户网站公开政府信息12条,通过“松阳科创”服务平台公开政府信息19条。\n(二)依申请公开。全年未收到政府信息公开申请。',
  ),
  'office-a.txt': cut(
    '安顺市人民政府办公室2025年政府信息公开工作年度报告',
    '(一)依申请公开。全年共受理政府信息公开申请41件,信息公开投诉举报3件。\n(二)主动公开。全年主动公开政府信息120条。',
  ),
  'office-b.txt': cut(
    '铜仁市人民政府办公室2025年政府信息公开工作年度报告',
    '(一)依申请公开。全年共受理政府信息公开申请67件,信息公开投诉举报2件。\n(二)主动公开。全年主动公开政府信息150条。',
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

  it('我说的是X局的门户网站 after a 微博’s followers is what the site published, and the named platform’s count follows', async () => {
    const [, followers, weibo, site, platform] = await converse(app, 'g78-site-after-followers', [
      '云和文旅局公众号发了多少条',
      '不对 我想知道粉丝有多少',
      '微博的呢',
      '我说的是松阳科技局的门户网站',
      '那松阳科创呢',
    ]);
    expect(values(followers)).toContain(1830);
    expect(values(weibo)).toEqual([402]);
    expect(values(site)).toEqual([12]);
    expect(values(platform)).toEqual([19]);
  });

  it('办公室受理了多少申请 lists the stored governments’ offices; 上面第二个 picks one and 投诉举报几件 follows', async () => {
    const [which, second, complaints] = await converse(app, 'g78-bare-office', ['办公室受理了多少申请', '上面第二个', '投诉举报几件']);
    expect(which.kind).toBe('clarify');
    expect(which.answer).toContain('安顺市人民政府办公室');
    expect(which.answer).toContain('铜仁市人民政府办公室');
    expect(values(second)).toEqual([67]);
    expect(values(complaints)).toEqual([2]);
  });
});

/**
 * convmiss27's classes (citizen-questions-77), on made-up pages cut before their tables: 公众号呢 / 微博的呢 right after 收到几件
 * 申请 is what the agency published on that account (no application comes by a 公众号's posts), never refused as no count of
 * applications; 换成X (呢 or not) of another agency asks the last thing of it as 那X呢 does; thanks opening a message that
 * goes on to ask (好的谢谢 他们电话多少) leave the question whole with the conversation's agency; 微博和公众号各发了多少 is
 * both counts (各 belongs to the pair, not to each side's question); a message cut mid-word whose rest is one or two
 * characters and a particle (在线访 | 谈呢) is read joined, never as 呢 re-asking the last question, and the conversation's
 * agency, year and topic go on after the join; 加起来 after two figures no sum is made of says so (not the off-topic reply).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'culture.txt': cut(
    '南湖区文化旅游局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年通过区政府网站主动公开信息96条,“南湖文旅”微信公众号发布信息240篇,官方微博发布信息88条。召开新闻发布会3场,在线访谈2次,制作政策解读材料7篇。\n(二)依申请公开。2025年共收到政府信息公开申请5件,上年结转申请2件。\n(四)联系方式。地址:南湖区迎宾路18号;咨询电话:0573-8221456。',
  ),
  'east.txt': cut(
    '东林县农业农村局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息130条,“东林农业”微信公众号发布信息57条,官方微博发布信息19条。\n(二)依申请公开。2025年共收到政府信息公开申请6件。',
  ),
  'west.txt': cut(
    '西林县农业农村局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息210条,“西林农业”微信公众号发布信息64条,官方微博发布信息31条。\n(二)依申请公开。2025年共收到政府信息公开申请9件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('convmiss27 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('公众号呢 right after 收到几件申请 is what the 公众号 published, and 微博的呢 the 微博’s', async () => {
    const [received, account] = await converse(app, 'cm27-account', ['南湖区文旅局收到几件申请', '公众号呢']);
    expect(values(received)).toEqual([5]);
    expect(values(account)).toEqual([240]);
    expect(account.answer).toContain('240篇');
    const [, weibo] = await converse(app, 'cm27-weibo', ['东林县农业农村局收到几件申请', '那微博的呢']);
    expect(values(weibo)).toEqual([19]);
  });

  it('换成X asks the last thing of agency X, as 那X呢 does', async () => {
    const [first, switched] = await converse(app, 'cm27-switch', ['东林县农业农村局公众号发了多少', '换成西林县农业农村局']);
    expect(values(first)).toEqual([57]);
    expect(values(switched)).toEqual([64]);
    const [, again] = await converse(app, 'cm27-switch2', ['西林县农业农村局收到几件申请', '改成东林县农业农村局吧']);
    expect(values(again)).toEqual([6]);
  });

  it('好的谢谢 before a question keeps the question, with the conversation’s agency; thanks alone stay small talk', async () => {
    const [, phone, thanks] = await converse(app, 'cm27-thanks', ['南湖区文旅局微博发了多少', '好的谢谢 他们电话多少', '好嘞谢谢']);
    expect(phone.answer).toContain('0573-8221456');
    expect(thanks.kind).toBe('text');
    expect(thanks.answer).toContain('不客气');
  });

  it('微博和公众号各发了多少 answers both counts', async () => {
    const [each] = await converse(app, 'cm27-each', ['西林县农业农村局微博和公众号各发了多少']);
    expect(values(each)).toEqual(expect.arrayContaining([31, 64]));
  });

  it('加起来 after two counts in other measure words (240篇, 57条) says no sum is made, not the off-topic reply', async () => {
    const [own, other, sum] = await converse(app, 'cm27-sum', ['南湖区文旅局公众号发了多少', '东林县农业农村局的呢', '加起来']);
    expect(values(own)).toEqual([240]);
    expect(values(other)).toEqual([57]);
    expect(sum.kind).toBe('refusal');
    expect(sum.answer).toContain('无法相加');
    expect(values(sum)).toEqual([]);
  });

  it('在线访 | 谈呢 is read joined (在线访谈2次), and the agency and topic go on after the join', async () => {
    const [meetings, , rest, readings, carried] = await converse(app, 'cm27-cut', [
      '南湖区文旅局开了几场新闻发布会',
      '在线访',
      '谈呢',
      '政策解读呢',
      '上年结转的呢',
    ]);
    expect(values(meetings)).toEqual([3]);
    expect(values(rest)).toEqual([2]);
    expect(rest.answer).toContain('在线访谈');
    expect(values(readings)).toEqual([7]);
    expect(values(carried)).toEqual([2]);
  });
});

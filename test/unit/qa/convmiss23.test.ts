/**
 * convmiss23's classes (citizen-questions-68), each on made-up pages cut before their tables: 驳回了几个申请 is the 驳回N件
 * item of the breakdown after 收到申请M件,其中 (the verb asked leads to it, though 个申请 names the headline's noun); an outlet
 * counted in 个 right after its name (开设政务微信小程序1个) is no count of the items published on it (小程序公开了多少信息, and
 * 那小程序呢 after a channel's count never states the 1); a town's or a street's own name without its 街道 / 镇 (西城的) in
 * reply to 哪个机关？ names the one stored street it begins; 换个问法 / 我换个说法 before a question carries none of its words;
 * 算了 before a new question (after a miss) is such a lead too;
 * 公众号发了多少篇文章 is the items posted in 篇 (发布信息260篇), though the report never says 文章.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'county.txt': cut(
    '青石县人民政府2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n全年通过县政府门户网站共发布各类信息900条。\n(二)依申请公开情况\n全年共收到信息公开申请15件,其中:线上11件、线下4件,驳回6件,均已按时办结。',
  ),
  'street.txt': cut(
    '北岭市南河区柳岸街道2024年政府信息公开工作年度报告',
    '(一)主动公开政府信息情况\n2024年,柳岸街道共主动公开政府信息300条。从公开渠道来看,区政府门户网站公开信息80条,其中开设政务微信小程序1个(柳岸通)公开信息140条;通过公示栏等传统载体公开信息80条。',
  ),
  'town.txt': cut(
    '北岭市南河区南岭镇人民政府2024年政府信息公开工作年度报告',
    '(一)主动公开\n南岭镇公众号公开内容除政务信息外,涵盖政府日常工作、活动资讯等,2024年度累计发布信息260篇。',
  ),
  'other.txt': cut(
    '北岭市南河区桃源街道2024年政府信息公开工作年度报告',
    '(一)主动公开\n2024年,街道共主动公开政府信息210条。\n(二)依申请公开\n2024年度共计收到政府信息公开申请2件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('convmiss23 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('驳回了几个申请 is the 驳回6件 of the breakdown, never the 15件 received; 收到几个申请 stays the 15', async () => {
    const [refused] = await converse(app, 'cm23-refused', ['青石县2024年驳回了几个申请']);
    expect(values(refused)).toEqual([6]);
    const [received] = await converse(app, 'cm23-received', ['青石县2024年收到几个申请']);
    expect(values(received)).toEqual([15]);
  });

  it('小程序公开了多少信息 is the 140条, not the 小程序1个 opened; 开设了几个小程序 stays the 1', async () => {
    const [items] = await converse(app, 'cm23-items', ['柳岸街道2024年小程序公开了多少信息']);
    expect(values(items)).toEqual([140]);
    const [outlets] = await converse(app, 'cm23-outlets', ['柳岸街道2024年开设了几个小程序']);
    expect(values(outlets)).toEqual([1]);
  });

  it('那小程序呢 after the website’s count never states the 1 小程序 opened', async () => {
    const [site, app2] = await converse(app, 'cm23-follow', ['柳岸街道2024年网站公开了多少信息', '那小程序呢']);
    expect(values(site)).toEqual([80]);
    expect(values(app2)).not.toContain(1);
  });

  it('换个问法 / 我换个说法 before the question is a spoken lead, no words of the thing asked', async () => {
    const [asked] = await converse(app, 'cm23-lead', ['换个问法 柳岸街道2024年公开了多少信息']);
    expect(values(asked)).toContain(300);
    const [said] = await converse(app, 'cm23-lead2', ['我换个说法，桃源街道2024年公开了多少信息']);
    expect(values(said)).toContain(210);
  });

  it('公众号发了多少篇文章 is the 发布信息260篇 (文章 is the item posted, whatever the report calls it)', async () => {
    const [posted] = await converse(app, 'cm23-article', ['南岭镇2024年公众号发了多少篇文章']);
    expect(values(posted)).toEqual([260]);
  });

  it('算了 before a new question after a miss is a spoken lead: 算了 南岭镇… is asked, 算了 alone still closes', async () => {
    const [, asked] = await converse(app, 'cm23-giveup', ['帮我查下社保交了多少', '算了 南岭镇2024年公众号发了多少篇']);
    expect(values(asked)).toEqual([260]);
    const [closed] = await converse(app, 'cm23-giveup2', ['算了']);
    expect(closed.kind).toBe('text');
    expect(values(closed)).toEqual([]);
  });

  it('西城的 in reply to 哪个机关？ names the one stored street its own name begins (柳岸的 → 柳岸街道)', async () => {
    const [which, named, part] = await converse(app, 'cm23-reply', ['南河区那个街道24年主动公开了多少条', '柳岸的', '那网站的呢']);
    expect(which.kind).toBe('clarify');
    expect(values(named)).toEqual([300]);
    expect(values(part)).toEqual([80]);
  });
});

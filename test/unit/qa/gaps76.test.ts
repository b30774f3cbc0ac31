/**
 * gaps76's classes (gap lines of the citizen-questions and guide-questions sets), on made-up pages cut before their tables:
 * a figure two channels share (网站、微博共610条) answered for 网站和微博一共 leaves the conversation on its agency and
 * year (微博呢, 有几个申请 after it are that agency's, never asked which agency); 光政府网站上的 / 只算微博的 after a
 * question is that question of the one channel, never what portals publish; 没有向申请人收取任何费用 (没有向…收取, as
 * 未向…收取) is the agency's own statement that no fee was collected, answered for 收钱了没; 我是说东川市的，全市的 (a place,
 * then its whole said again) is the whole of that place, never two messages read as off-topic; 申请比去年少了百分之几 in
 * a conversation about one agency is the rate its report states (同比减少60%), as when the agency is named.
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
  'water.txt': cut(
    '岳塘区水利局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,我局主动公开政府信息(网站、微博共610条,通过政府网站发布信息350条,其中:工作动态200条;政策文件150条。通过微博发布信息260条)。全文电子化率100%。\n(二)依申请公开。2025年度收到3条依申请公开政府信息事项,均已按时办理,没有向申请人收取任何费用。',
  ),
  'city.txt': cut(
    '东川市人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,东川市政府门户网站主动公开各类政府信息3120条。\n(二)依申请公开。2025年全市共办理政府信息公开申请88件。',
  ),
  'bureau.txt': cut(
    '北山县民政局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息45条。\n(二)依申请公开。2025年共收到政府信息公开申请2件,同比减少60%。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps76 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('after 网站和微博一共 (a figure both share), 微博呢 and 有几个申请 are the same agency’s', async () => {
    const [together, account, applications] = await converse(app, 'g76-together', [
      '岳塘水利局网站和微博一共公开了多少条',
      '微博呢',
      '不是这个意思 我问的是收到几个申请',
    ]);
    expect(values(together)).toEqual([610]);
    expect(together.answer).toContain('合计');
    expect(values(account)).toEqual([260]);
    expect(values(applications)).toEqual([3]);
  });

  it('光政府网站上的 / 只算微博的 after a question asks it of that channel alone', async () => {
    const [, site, account] = await converse(app, 'g76-narrowed', ['岳塘水利局一共公开了多少条', '我是说光政府网站上的', '只算微博的']);
    expect(values(site)).toEqual([350]);
    expect(site.kind).toBe('figure');
    expect(values(account)).toEqual([260]);
  });

  it('收钱了没 is the report’s own 没有向申请人收取任何费用', async () => {
    const [, fee] = await converse(app, 'g76-fee', ['岳塘水利局收到几个申请', '收钱了没']);
    expect(fee.answer).toContain('没有向申请人收取任何费用');
    expect(fee.kind).not.toBe('guide');
  });

  it('东川市的，全市的 after a question is the city’s own figure; 北山县的 全县的 with only a bureau of it stored is refused', async () => {
    const [, city] = await converse(app, 'g76-whole', ['东川主动公开了多少条', '我是说东川市的，全市的']);
    expect(values(city)).toEqual([3120]);
    const [, county] = await converse(app, 'g76-whole-unheld', ['北山县民政局主动公开了多少条', '我是说北山县的 全县的']);
    expect(county.kind).toBe('refusal');
    expect(values(county)).toEqual([]);
  });

  it('申请比去年少了百分之几 in a conversation about one agency is the rate its report states', async () => {
    const [, rate] = await converse(app, 'g76-rate', ['北山县民政局主动公开了多少条', '申请比去年少了百分之几']);
    expect(values(rate)).toContain(60);
    expect(rate.answer).toContain('北山县民政局');
  });

  it('光政府网站上的 with no question before it is not read as a channel’s count', async () => {
    const [site] = await converse(app, 'g76-alone', ['光政府网站上的']);
    expect(site.kind).not.toBe('figure');
  });
});

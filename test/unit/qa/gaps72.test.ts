/**
 * gaps72's classes (gap lines of the citizen-questions sets), on made-up pages cut before their tables: 解放街 with
 * 东城区解放街街道 and 西塔区解放街道 stored is the street whose own name is the words written (解放街|街道), not the one whose
 * 街道 the last 街 would stand for; 区镇的呢 / 省市媒体的呢 after a part of a sentence's count is the part printed as a list
 * (区、镇媒体37篇), never the sentence's whole; 信用网上公开了几条 is the site named (通过信用(城关)网…41条), not the agency's
 * website (网上公开 alone); 有哪些专栏 is the names a sentence quotes before 等专栏.
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
  'street-a.txt': cut(
    '东城区解放街街道办事处2025年政府信息公开工作年度报告',
    '(一)主动公开。通过区政府网站主动公开信息64条。解放街官方微博全年发布微博120条,收到微博投诉5条,均已办结。\n(二)依申请公开。2025年共收到政府信息公开申请3件。',
  ),
  'street-b.txt': cut(
    '西塔区解放街道2025年政府信息公开工作年度报告',
    '(一)主动公开。通过区政府网站主动公开信息88条,其中政策解读9条。\n(二)依申请公开。2025年共收到政府信息公开申请6件。',
  ),
  'market.txt': cut(
    '城关区市场监督管理局2025年政府信息公开工作年度报告',
    '(一)主动公开。通过区政府网站主动公开信息132条。通过信用(城关)网依法公开企业登记基本信息及抽查检查结果信息41条。在区政府网站开设“双随机一公开”、“食品安全”、“知识产权”等专栏,方便群众查询。\n(二)依申请公开。2025年共收到政府信息公开申请4件。',
  ),
  'town.txt': cut(
    '南坪镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年在各类媒体刊发宣传稿件96篇,其中中央媒体8篇,省、市媒体51篇,区、镇媒体37篇,“南坪之声”公众号全年推送信息312条。\n(二)依申请公开。2025年共收到政府信息公开申请2件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps72 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('解放街 is 解放街街道 (its own name written whole), not 解放街道 with its 街道 written short', async () => {
    const [complaints] = await converse(app, 'g72-street', ['解放街微博收到几条投诉']);
    expect(values(complaints)).toEqual([5]);
    expect(complaints.answer).toContain('东城区解放街街道办事处');
    const [received] = await converse(app, 'g72-street-2', ['解放街网站公开了多少条']);
    expect(values(received)).toEqual([64]);
  });

  it('解放街道 written whole is still 西塔区解放街道', async () => {
    const [received] = await converse(app, 'g72-street-3', ['解放街道收到几件申请']);
    expect(values(received)).toEqual([6]);
    expect(received.answer).toContain('西塔区解放街道');
  });

  it('区镇的呢 and 省市媒体的呢 after 中央媒体的呢 are the parts printed 区、镇 and 省、市, not the whole 96篇', async () => {
    const [whole, central, lower] = await converse(app, 'g72-media', ['南坪镇在媒体上刊发了多少篇稿件', '中央媒体的呢', '那区镇的呢']);
    expect(values(whole)).toEqual([96]);
    expect(values(central)).toEqual([8]);
    expect(values(lower)).toEqual([37]);
    const [, , upper] = await converse(app, 'g72-media-2', ['南坪镇在媒体上刊发了多少篇稿件', '中央媒体的呢', '省市媒体的呢']);
    expect(values(upper)).toEqual([51]);
  });

  it('信用网上公开了几条 is the 信用(城关)网 named, not the website; 网上公开了几条 alone stays the website', async () => {
    const [named] = await converse(app, 'g72-credit', ['城关区市场监管局信用网上公开了几条']);
    expect(values(named)).toEqual([41]);
    const [, followUp] = await converse(app, 'g72-credit-2', ['城关区市场监管局收到几件申请', '那信用網上公開了幾條']);
    expect(values(followUp)).toEqual([41]);
    const [online] = await converse(app, 'g72-credit-3', ['城关区市场监管局网上公开了几条']);
    expect(values(online)).toEqual([132]);
  });

  it('有哪些专栏 names the 专栏 a sentence lists before 等专栏, and only of a report that lists them', async () => {
    const [columns] = await converse(app, 'g72-columns', ['城关区市场监管局开了什么专栏']);
    expect(columns.answer).toContain('专栏有：“双随机一公开”、“食品安全”、“知识产权”等');
    const [none] = await converse(app, 'g72-columns-2', ['西塔区解放街道有哪些专栏']);
    expect(none.answer).not.toContain('食品安全');
  });
});

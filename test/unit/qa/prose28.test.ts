/**
 * prose28's classes (the folder tests' prose gaps), on made-up pages cut before their tables: 收到多少政府信息公开申请 against
 * a page that counts items published (通过政府网站公开信息26条, 其中政府信息公开指南2条) and says in prose that none came
 * (未收到政府信息公开申请) is none, never the count of items; 撤销的规范性文件有多少件 against 印发…文件6件、撤销12件 is the item
 * the asked verb leads (12), though the question puts the noun between the verb and 多少; 青石镇在网站上公开了多少条 of
 * 青石镇人民政府 is the website's clause (37), the town's own name no word that leads to the headline (青石镇主动公开…90余条);
 * 2025年东平媒体多少篇 of 东平市文化和旅游局 keeps 东平 glued to 媒体 (东平媒体刊发信息45篇 is printed so), never the 75 of all media;
 * 执法单位有几个 (the noun before 几个) against 下属6个执法单位…共计410条 is the 6 the sentence prints before that noun.
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
  'audit.txt': cut(
    '南岭县统计局2025年政府信息公开工作年度报告',
    '(一)主动公开。本局通过县政府门户网站公开信息26条,其中,政府信息公开指南2条、统计数据11条。\n(二)依申请公开。2025年,本局未收到政府信息依申请公开事项。',
  ),
  'rules.txt': cut(
    '北坪县司法局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,全县主动公开政府信息312条,印发新行政规范性文件6件、撤销12件、现行有效40件,均在县政府网站专栏集中公开。\n(二)依申请公开。2025年共收到政府信息公开申请3件。',
  ),
  'town.txt': cut(
    '青石镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开情况。2025年,青石镇主动公开政府信息90余条。其中,通过青石镇人民政府网站,公开政府信息37条,通过政务新媒体发布信息50余条。\n(二)依申请公开。2025年共收到政府信息公开申请1件。',
  ),
  'culture.txt': cut(
    '东平市文化和旅游局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,通过门户网站公开工作动态52条;通过国家级、省级、东平媒体平台刊发信息75篇,其中省级媒体刊发信息30篇,东平媒体刊发信息45篇。\n(二)依申请公开。2025年共收到政府信息公开申请2件。',
  ),
  'market.txt': cut(
    '南湖区市场监督管理局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年本局及下属6个执法单位通过区政府门户网站发布信息共计410条,其中工作动态220条。\n(二)依申请公开。2025年共收到政府信息公开申请5件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose28 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('收到多少政府信息公开申请 against items published and 未收到…依申请公开事项 is none, never 26 or 2', async () => {
    const [answer] = await converse(app, 'p28-none', ['南岭县统计局2025年收到多少政府信息公开申请？']);
    expect(values(answer)).not.toContain(26);
    expect(values(answer)).not.toContain(2);
    expect(answer.answer).toMatch(/^没有，0件/);
  });

  it('撤销的规范性文件有多少件 against 印发新行政规范性文件6件、撤销12件 is the 12 the verb leads, never the 6', async () => {
    const [answer] = await converse(app, 'p28-revoked', ['北坪县司法局2025年撤销的规范性文件有多少件']);
    expect(values(answer)).toEqual([12]);
  });

  it('青石镇…青石镇在网站上公开了多少条 is the website clause 37, never the 90 the town name leads in the headline', async () => {
    const [answer] = await converse(app, 'p28-town', ['青石镇人民政府2025年青石镇在网站上公开了多少条信息']);
    expect(values(answer)).toEqual([37]);
  });

  it('2025年东平媒体多少篇 of 东平市文化和旅游局 is 东平媒体刊发信息45篇, the place glued to 媒体 no mere name of the agency', async () => {
    const [answer] = await converse(app, 'p28-media', ['2025年东平媒体多少篇？']);
    expect(values(answer)).toEqual([45]);
  });

  it('执法单位有几个 against 下属6个执法单位…发布信息共计410条 is the 6 printed before the noun, never the 410', async () => {
    const [answer] = await converse(app, 'p28-units', ['南湖区市场监督管理局2025年执法单位有几个']);
    expect(values(answer)).toEqual([6]);
  });
});

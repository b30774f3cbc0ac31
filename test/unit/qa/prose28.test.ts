/**
 * prose28's classes (the folder tests' prose gaps), on made-up pages cut before their tables: 收到多少政府信息公开申请 against
 * a page that counts items published (通过政府网站公开信息26条, 其中政府信息公开指南2条) and says in prose that none came
 * (未收到政府信息公开申请) is none, never the count of items; 撤销的规范性文件有多少件 against 印发…文件6件、撤销12件 is the item
 * the asked verb leads (12), though the question puts the noun between the verb and 多少.
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
});

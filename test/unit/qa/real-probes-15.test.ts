/**
 * Real 2025 report pages of 市场监督管理局 not in the repository (凌源, 武隆, 宝山; from the search corpus, cut where the
 * corpus cut them), asked in citizens' words, and made-up second examples of each class:
 * - a figure joined to its words by 的 opens its item (已公布5期共1964批次的食品安全抽检信息、105批次…): the words after
 *   it are its own, not the next figure's (食品安全抽检 is 1964, not 105);
 * - applications counted with no verb (我局本年度自然人政府信息公开申请1件) answer 收到几件申请 and 有人申请吗 on a page
 *   cut before table 三;
 * - 复议结果 on a page cut before table 四 is answered from the prose, the outcome clause included (结果维持2件).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

// 凌源市市场监督管理局2025年政府信息公开工作年度报告 (the opening of the page, as found).
const LINGYUAN = `凌源市市场监督管理局2025年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。
一、总体情况
(一)主动公开政府信息情况
开展“双随机、一公开”工作,抽查检查结果及时在国家企业信用信息公示系统中公示。及时在市政府门户网站上公开抽检抽查信息,已公布5期共1964批次的食品安全抽检信息、105批次(7大类30种)流通领域产品质量监督抽查信息。
(二)依申请公开情况
2025年我局共接收通过邮寄、邮件、现场等方式提交的各类政府信息公开申请10件,共办结8件,结转2026年度继续办理2件。全年受理政府信息公开行政复议2件,结果维持2件。
(三)政府信息管理情况
严格执行政府网站信息发布审核制度,严格落实“三审三校”制度
`;
// 重庆市武隆区市场监督管理局2025年政府信息公开工作年度报告 (part of the page, as found).
const WULONG = `重庆市武隆区市场监督管理局2025年政府信息公开工作年度报告
日期:2026-01-19

一、总体情况

(二)依申请公开情况

我局本年度自然人政府信息公开申请1件,已按期办结。该申请人公开申请内容部分属于我局或其他相关责任部门已公示过的内容,已告知申请人具体查看方式。全年未发生因政府信息公开被提起行政复议、行政诉讼等情况。

(三)政
`;
// Made up: a county bureau whose prose states its inspections the same way, and its applications with no verb.
const MADE_UP = `青石县农业农村局2025年政府信息公开工作年度报告
一、总体情况
（一）主动公开情况
全年在县政府网站公开发布抽检信息,共公布3期共220批次的农产品质量安全抽检信息、48批次的农资产品监督抽查信息。
（二）依申请公开情况
本年度法人或其他组织政府信息公开申请3件,均已按期答复。全年收到政府信息公开行政复议1件,结果维持1件。
（三）政
`;

describe('real 市场监管局 pages of 2025 and made-up second examples', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['lingyuan-2025.txt', LINGYUAN],
      ['wulong-2025.txt', WULONG],
      ['qingshi-nyj-2025.txt', MADE_UP],
    ]);
  });
  afterAll(() => app?.dispose());
  const ask = (q: string, user = `probe15:${Math.random()}`) => app.engine.ask(q, { user });

  it.each([
    ['凌源市场监管局食品安全抽检多少批次', 1964],
    ['凌源市场监管局流通领域产品质量抽查多少批次', 105],
    ['青石县农业农村局农产品质量安全抽检多少批次', 220],
    ['青石县农业农村局农资产品抽查了多少批次', 48],
  ])('%s → %i: the words after 的 are the figure’s own', (q, value) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([value]);
  });

  it.each([
    ['武隆区市场监管局收到几件申请', 1],
    ['青石县农业农村局收到几件信息公开申请', 3],
  ])('%s → %i: an applications count with no verb', (q, value) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([value]);
  });

  it('有人申请吗 against a count with no verb: yes, with the count', () => {
    const answer = ask('武隆区市场监管局有人申请吗');
    expect(answer.answer.startsWith('有')).toBe(true);
    expect(answer.facts.map((fact) => fact.value)).toEqual([1]);
  });

  it.each([
    ['凌源市场监管局复议结果', '结果维持2件'],
    ['青石县农业农村局行政复议结果怎么样', '结果维持1件'],
  ])('%s: the prose’s outcome on a page cut before table 四', (q, outcome) => {
    const answer = ask(q);
    expect(answer.kind).toBe('text');
    expect(answer.answer.split('\n')[0]).toContain(outcome);
  });
});

/**
 * Real 2025 report pages of 市场监督管理局 not in the repository (凌源, 武隆, 宝山; from the search corpus, cut where the
 * corpus cut them), asked in citizens' words, and made-up second examples of each class:
 * - a figure joined to its words by 的 opens its item (已公布5期共1964批次的食品安全抽检信息、105批次…): the words after
 *   it are its own, not the next figure's (食品安全抽检 is 1964, not 105);
 * - applications counted with no verb (我局本年度自然人政府信息公开申请1件) answer 收到几件申请 and 有人申请吗 on a page
 *   cut before table 三;
 * - 复议结果 on a page cut before table 四 is answered from the prose, the outcome clause included (结果维持2件);
 * - a sub-heading on a line of its own ((二)依申请公开情况) is not glued to the paragraph under it, and a none said under
 *   it (本年度,未接到群众要求公开的信息) answers 有人申请吗 and 收到几件申请 (北街街道);
 * - none said of documents (无行政规范性文件出台) or of the year's carried-over applications (无结转下年度事项) answers
 *   几个规范性文件 / 结转了几件 with 0 on a cut page (建章路街道, 咸宁市市场监督管理局);
 * - 哪个多 after two application counts, one printed number first (本机关收到4件政府信息公开申请), weighs them.
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
// 北街街道 (甘州区) 2025 (part of the page, as found).
const BEIJIE = `北街街道2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况
我街道坚持以公开促规范、优服务。2025年度,通过政府门户网站累计发布工作动态信息165条。
(二)依申请公开情况
本年度,未接到群众要求公开的信息。
(三)政府信息管理情况
政府信息公开平台建设中街道政府信息公开60条。
`;
// 建章路街道办事处 2025 (part of the page, as found; the page prints no title, the lead sentence names the office).
const JIANZHANGLU = `建章路街道办事处2025年政府信息公开工作年度报告
一、总体情况
3.政府信息管理。优化信息分类梳理机制,对照政务公开标准目录,动态更新权责清单、公共服务清单等信息,确保公开内容精准全面。严格执行“三审三校”信息发布审核制度,明确初审、复核、终审责任,全年未出现信息发布错误、延误等问题,无行政规范性文件出台及更新情况。
`;
// 咸宁市市场监督管理局 2025 (part of the page, as found).
const XIANNING = `咸宁市市场监督管理局2025年信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》规定编制。全文包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项6个部分。本年度报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。
一、总体情况
(二)依申请公开政府信息办理情况
全年规范受理并办结依申请公开事项14件,无结转下年度事项。
`;
// 梅州市梅县区人民政府办公室 and 天门市人民政府办公室 2025 (parts of the pages, as found).
const MEIXIAN = `梅州市梅县区人民政府办公室2025年政府信息公开工作年度报告
一、总体情况
(二)依申请公开情况。2025年,共收到政府信息公开申请6件,上年结转1件,全年实际处理申请共计7件,均按时规范办结7件,办结率为100%。
`;
const TIANMEN = `天门市人民政府办公室2025年政府信息公开工作年度报告
一、总体情况
(二)政府信息依申请公开情况。2025年,本机关收到4件政府信息公开申请。
`;
// Made up: a township whose sub-headings stand alone, with none said under them in other words.
const MADE_UP_TOWN = `青岩镇人民政府2025年政府信息公开工作年度报告
一、总体情况
（二）依申请公开情况
全年,未收到群众提出的政府信息公开申请。
（三）政府信息管理情况
本年度未制发行政规范性文件。
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
      ['beijie-2025.txt', BEIJIE],
      ['jianzhanglu-2025.txt', JIANZHANGLU],
      ['xianning-scjgj-2025.txt', XIANNING],
      ['meixian-zfb-2025.txt', MEIXIAN],
      ['tianmen-zfb-2025.txt', TIANMEN],
      ['qingyan-2025.txt', MADE_UP_TOWN],
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
    // (The counts of the outcome clause are stated as figures since gaps69: citizen-questions-78's 复议结果咋样 asks them.)
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toContain(Number(/\d+/.exec(outcome)?.[0]));
    expect(answer.answer.split('\n')[0]).toContain(outcome);
  });

  it('a sub-heading stays apart from the paragraph under it: the quote starts with the paragraph', () => {
    const answer = ask('武隆区市场监管局收到几件申请');
    expect(answer.answer.split('\n')[0]).toContain('我局本年度自然人政府信息公开申请1件');
    expect(answer.answer.split('\n')[0]).not.toContain('依申请公开情况我局');
  });

  it.each([
    ['北街街道有人申请公开吗', '未接到'],
    ['青岩镇有人申请信息公开吗', '未收到'],
  ])('%s: no, from the sentence under the heading', (q, said) => {
    const answer = ask(q);
    expect(answer.answer.startsWith('没有')).toBe(true);
    expect(answer.answer.split('\n')[0]).toContain(said);
  });

  it.each([
    ['北街街道收到几件申请', '件'],
    ['青岩镇2025年收到多少申请', '件'],
    ['建章路街道出了几个规范性文件', '个'],
    ['青岩镇制发了几个规范性文件', '个'],
    ['咸宁市场监管局结转了几件', '件'],
  ])('%s: none said in words is 0', (q, unit) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.answer.startsWith(`没有，0${unit}`)).toBe(true);
    expect(answer.facts.map((fact) => fact.value)).toEqual([0]);
  });

  it('哪个多 after two application counts, one printed number first: both weighed', () => {
    const user = `probe15-compare:${Math.random()}`;
    expect(ask('梅县区政府办2025年收到多少申请', user).facts.map((fact) => fact.value)).toEqual([6]);
    expect(ask('那天门市政府办呢', user).facts.map((fact) => fact.value)).toEqual([4]);
    const answer = ask('哪个多', user);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([6, 4]);
  });
});

// 长春净月高新技术产业开发区教育局 2025 (the opening of the page, as found: the title names no agency).
const JINGYUE = `2025年政府信息公开工作年度报告
依据《中华人民共和国政府信息公开条例》的规定,现公布长春净月高新技术产业开发区教育局2025年度政府信息公开工作情况。本报告共由六部分构成,分别为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项。本报告所采用数据均为2025年1月1日至2025年12月31日期间所产生的数据。如对本报告有任何疑问,请与净月高新区教育局联系。咨询电话:0431-84527978;地址:长春净月高新技术产业开发区福祉大路1572号,邮编:130000。
一、总体情况
2025年,我局紧密围绕开发区中心工作部署,聚焦群众急难愁盼与教育领域重点事项,持续深化教育类政府信息公开工作。
`;
// 大冶市教育局 2025 (part of the page, as found).
const DAYE = `根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,现公布大冶市教育局2025年政府信息公开工作年度报告。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。
一、总体情况
(一)主动公开情况。政务新媒体运营活跃,“大冶教育”微信公众号发布稿件533条,“大冶教育”抖音公众号发布稿件165条,有效拓展了信息公开渠道,增强了政民互动。
(二)依申请公开情况。全年共收到政府信息公开申请1件,已按规定时限和程序办结。
`;
// Made up: a zone's bureau whose proper name jieba splits into characters, and a 快手 account.
const MADE_UP_ZONE = `2025年政府信息公开工作年度报告
现公布吉林松苑高新技术产业开发区卫生健康局2025年度政府信息公开工作情况。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。
一、总体情况
(一)主动公开情况。“松苑健康”快手号发布短视频42条,“松苑健康”微信公众号发布信息210条。
`;

describe('names and channels of real 2025 pages, and made-up second examples', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['jingyue-jyj-2025.txt', JINGYUE],
      ['daye-jyj-2025.txt', DAYE],
      ['songyuan-wjj-2025.txt', MADE_UP_ZONE],
    ]);
  });
  afterAll(() => app?.dispose());
  const ask = (q: string, user = `probe15b:${Math.random()}`) => app.engine.ask(q, { user });

  it('a zone whose proper name jieba splits into characters keeps its whole name (长春净月高新技术产业开发区教育局)', () => {
    const names = app.reports.agencies().map((agency) => agency.name);
    expect(names).toContain('长春净月高新技术产业开发区教育局');
    expect(names).toContain('吉林松苑高新技术产业开发区卫生健康局');
    expect(names).not.toContain('产业开发区教育局');
  });

  it('净月高新区教育局电话: the zone bureau’s phone', () => {
    expect(ask('净月高新区教育局电话').answer).toContain('0431-84527978');
  });

  it.each([
    ['大冶教育局抖音发了多少条', 165],
    ['大冶市教育局微信公众号发了多少条', 533],
    ['松苑高新区卫健局快手发了多少条', 42],
  ])('%s → %i: an account on a video app is that app’s, not WeChat’s', (q, value) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([value]);
  });
});

// 上海市宝山区市场监督管理局 2025 (part of the page, as found).
const BAOSHAN = `上海市宝山区市场监督管理局2025年政府信息公开工作年度报告
一、总体情况
(二)依申请公开
2025年区市场监管局共收到信息公开申请152件,上一年度转结3件,已按时办结153件,结转下年度继续办理2件。收到行政复议4件,结果维持2件,主动撤销2件,行政诉讼0件,未发生被纠错的情况。
(三)政府信息管理方面
根据《条例》和《规定》的要求,严格落实政府信息公开属性审核和保密审查工作制度。
`;
// 凌源市市场监督管理局 2025, the sentence of its decisions (as found; the page is cut before table 二).
const LINGYUAN_DECISIONS = `凌源市市场监督管理局2025年政府信息公开工作年度报告
报告数据统计期限为2025年1月1日至2025年12月31日。
一、总体情况
全年共办理行政许可26768件、行政处罚538件、行政强制95件,2024年度财政决算信息、经批准的预算信息均已及时在政府网站上公开。
`;
// Made up: a county bureau whose reviews and decisions are stated the same ways.
const MADE_UP_REVIEWS = `白石县市场监督管理局2025年政府信息公开工作年度报告
一、总体情况
全年共收到政府信息公开申请40件,办结37件,结转下年度继续办理3件。收到行政复议5件,结果维持3件,申请人主动撤回2件。全年共办理行政处罚12件、行政强制4件。
`;

describe('parts after a total, what was not finished, and decisions in the prose (real 2025 pages and made-up)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['baoshan-scjgj-2025.txt', BAOSHAN],
      ['lingyuan-decisions-2025.txt', LINGYUAN_DECISIONS],
      ['baishi-scjgj-2025.txt', MADE_UP_REVIEWS],
    ]);
  });
  afterAll(() => app?.dispose());
  const ask = (q: string, user = `probe15c:${Math.random()}`) => app.engine.ask(q, { user });
  const values = (q: string) => ask(q).facts.map((fact) => fact.value);

  it.each([
    ['宝山区市场监管局撤销了几件复议', 2],
    ['宝山区市场监管局维持了几件复议', 2],
    ['宝山区市场监管局收到几件复议', 4],
    ['白石县市场监管局撤回了几件复议', 2],
    ['白石县市场监管局收到几件复议', 5],
  ])('%s → %i: the part in a clause of its own after the total', (q, value) => {
    expect(values(q)).toEqual([value]);
  });

  it.each([
    ['宝山区市场监管局有多少申请没办完', 2],
    ['白石县市场监管局还有几件申请没办结', 3],
  ])('%s → %i: what is carried into next year', (q, value) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([value]);
  });

  it.each([
    ['凌源市场监管局罚了多少', 538],
    ['凌源市监局强制措施几件', 95],
    ['白石县市场监管局罚了多少', 12],
    ['白石县市场监管局采取了几次强制措施', 4],
  ])('%s → %i: a decisions row on a cut page from the prose', (q, value) => {
    expect(values(q)).toEqual([value]);
  });

  it.each([
    ['宝山区市场监管局行政复议结果怎么样', ['结果维持2件', '主动撤销2件'], '行政诉讼0件'],
    ['白石县市场监管局复议结果', ['结果维持3件', '申请人主动撤回2件'], '行政处罚'],
  ])('%s: every outcome listed after the first, nothing after them', (q, told, notTold) => {
    const lead = ask(q).answer.split('\n')[0];
    for (const outcome of told) expect(lead).toContain(outcome);
    expect(lead).not.toContain(notTold);
  });

  it('罚了多少钱 is no count of decisions', () => {
    const answer = ask('凌源市场监管局罚了多少钱');
    expect(answer.kind).not.toBe('figure');
    expect(answer.answer).not.toContain('538');
  });
});

/**
 * gaps49's classes (issue #11's gap lines), on made-up pages whose table 三 is cut and whose figures are in the prose: a year
 * printed right after the noun asked (本年结转2026年…申请9条) is no count of it, so the count carried in from the year before
 * is still read (上年结转多少条); 今年结转 beside a year written out is that report's own year carrying on (as 本年结转), not
 * the calendar's year nor the count carried in; a count opening a bracket of parts (13封(含2封转下年度办结)) is named by
 * its phrase after its measure word, and is inside that bracket (封 a measure word too); a count of applications in words
 * before the noun (收到两份政府信息公开申请) is read at import as the count after it; a count the question names by its own
 * word with 数 (总阅读数36.4万) is read bare, keeping its 万; 资讯 (資訊) and 信息 are one word on
 * both the question's and the sentence's side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const STATISTICS = [
  '青石县统计局2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,我局在门户网站发布统计数据46条。',
  '（二）依申请公开',
  '2025年,我局收到公民信息申请共31条,其中申请提供年鉴12条。上年结转政府信息公开申请3条,已撤销申请4项,本年结转2026年政府信息公开申请9条。我局未收取信息处理费。',
  '（三）政府信息管理',
  '严格实行审核程序。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const CULTURE = [
  '青石县文化和旅游局2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,我局在门户网站发布政务信息88条。',
  '（二）依申请公开',
  '2025年,青石县文化和旅游局共收到依申请公开件20封,其中,5封申请人主动撤销申请,15封(含3封转下年度办结)均在规定时限内答复办结,未收取费用。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const TOWN = [
  '青石县白沙镇人民政府2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开情况。2025年,我镇在区政府网站公开政府信息56条。',
  '（二）依申请公开情况。',
  '2025年度我镇于3月12日收到两份政府信息公开申请,申请公开耕地地力保护补贴的发放名单,均按程序及时进行了答复。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const HEALTH = [
  '青石县医疗保障局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '全年在官方网站主动公开政府信息120条。“青石医保”微信公众号粉丝用户8.2万余人,同比增长6.5%,全年共发布信息412篇,总阅读数36.4万。',
  '（二）依申请公开',
  '2024年未收到政府信息公开申请。',
].join('\n');

const PURCHASING = [
  '白河区财政局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '一是预算决算信息,2024年共计发布预决算信息21条;二是政府采购资讯,主要涉及采购项目名称、成交资讯等内容,2024年共计发布政府采购资讯6条。',
  '（二）依申请公开',
  '2024年未收到政府信息公开申请。',
  '（三）平台建设',
  '2024年,通过“白河财政”微信公众号推送工作动态12条,工作资讯45条。',
].join('\n');

const TAXES = [
  '红岭县税务局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '一是税收政策信息,2024年共计发布税收政策信息15条;二是政府采购信息,2024年共计发布政府采购信息8条。',
  '（二）依申请公开',
  '2024年未收到政府信息公开申请。',
].join('\n');

describe('gaps49: counts carried in and on, printed in the prose of a cut page', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['statistics.txt', STATISTICS]]);
  });
  afterAll(() => app.dispose());

  it('reads the count carried in from the year before, asked without 申请, past a year printed after 结转', async () => {
    for (const question of ['青石县统计局2025年上年结转多少条', '青石县统计局2025年上年结转多少件']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('figure');
      expect(answer.answer, question).toMatch(/上年结转政府信息公开申请3条/);
      expect(answer.facts[0]?.value, question).toBe(3);
    }
  });

  it('reads 今年结转 beside a year written out as that report year carrying on', async () => {
    const answer = await app.ask('青石县统计局2025年今年结转多少件');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(9);
    expect(answer.answer).not.toMatch(/2026年的报告/);
  });
});

describe('gaps49: a count printed inside the bracket of parts after another count', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['culture.txt', CULTURE]]);
  });
  afterAll(() => app.dispose());

  it('reads the count in the bracket that its own words name after its measure word (含3封转下年度办结)', async () => {
    const answer = await app.ask('青石县文化和旅游局2025年有几封申请转下年度办结');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(3);
  });

  it('still reads the count before the bracket for what both share (办结)', async () => {
    const answer = await app.ask('青石县文化和旅游局2025年办结了几封');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(15);
  });
});

describe('gaps49: a count of applications in words before the noun', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['town.txt', TOWN]]);
  });
  afterAll(() => app.dispose());

  it('reads 收到两份政府信息公开申请 as 2 applications received where table 三 is cut', async () => {
    const answer = await app.ask('青石县白沙镇人民政府2025年收到几份信息公开申请');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(2);
    expect(answer.answer).toMatch(/收到两份政府信息公开申请/);
  });
});

describe('gaps49: a count named by the question word with 数, printed in 万 with no measure word', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['health.txt', HEALTH]]);
  });
  afterAll(() => app.dispose());

  it('reads 总阅读数36.4万 for 总阅读数是多少, keeping its 万', async () => {
    const answer = await app.ask('青石县医疗保障局2024年公众号总阅读数是多少');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(36.4);
    expect(answer.answer.split('\n')[0]).toMatch(/36\.4万/);
  });
});

describe('gaps49: 资讯 and 信息 as one word', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['purchasing.txt', PURCHASING],
      ['taxes.txt', TAXES],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a clause printing 资讯 for a question saying 信息, not the count before it', async () => {
    const answer = await app.ask('白河区财政局2024年工作信息推送了几条');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(45);
  });

  it('finds a sentence printing 信息 for a question saying 資訊 or 资讯', async () => {
    for (const question of ['紅嶺縣稅務局2024年採購資訊發了幾條', '红岭县税务局2024年采购资讯发了几条']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('figure');
      expect(answer.facts[0]?.value, question).toBe(8);
    }
  });
});

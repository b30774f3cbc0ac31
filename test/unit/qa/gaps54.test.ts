/**
 * gaps54's classes (issue #11's gap lines), on made-up prose pages: followers counted before the word for them with no unit
 * (获2600余受众关注) are the account's followers; 孩子 / 小孩 of a kind the reports name (残疾孩子) are their 儿童; a bare 公开
 * beside 部分公开 is the other outcome (予以公开), so 部分公开跟公开的一共 is the printed joint count, never a sum with the
 * total answered; a place's own name without its level right before an outcome of applications (青岚部分公开) is that place's
 * report; a switch's lead word right before an agency (那X局微信推了几篇) is no word of the thing asked; 收了多少钱 after a
 * row of table 二 of one agency is its 行政事业性收费, not the rules on fees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const HEALTH = [
  '青石县卫生健康委员会2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,我委在县政府网站主动公开政府信息64条。',
  '加强宣传引导。截止12月底,在“青石健康”微信公众号发布信息180余条,并获2600余受众关注。',
  '（二）依申请公开',
  '全年共收到政府信息公开申请2件,均已按时答复。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const DISABLED = [
  '青石县残疾人联合会2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,通过县政府网站发布信息12条,本级微信公众号推送工作动态9条;完成824人次两项补贴审核、47名残疾儿童康复救助,推动31家用人单位按比例安排残疾人就业。',
  '（二）依申请公开',
  '全年未收到政府信息公开申请。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const CITY = [
  '青岚市2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2024年全市主动公开政府信息1.2万条。',
  '（二）依申请公开',
  '2024年全市新受理政府信息公开申请930件;答复政府信息公开申请902件(含上年度转结),其中予以公开及部分公开517件,不予公开64件,因本机关不掌握等原因无法提供250件,不予处理23件,其他处理48件,结转下一年度继续办理28件。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const INSURANCE = [
  '青石县医疗保障局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2024年,青石县医疗保障局共计发布微信推送23篇,“青石发布”平台信息6条,“学习强国”平台信息2条。',
  '（二）依申请公开',
  '全年未收到政府信息公开申请。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

describe('gaps54: prose figures in citizens words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['health.txt', HEALTH],
      ['disabled.txt', DISABLED],
      ['city.txt', CITY],
      ['insurance.txt', INSURANCE],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads followers counted before the word for them, with no unit, as the account followers (余 kept)', async () => {
    for (const question of ['青石县卫健委公众号有多少人关注', '青石县卫健委公众号粉丝多少']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('figure');
      expect(answer.answer.split('\n')[0], question).toMatch(/2600余人/);
      expect(
        answer.facts.map((fact) => fact.value),
        question,
      ).toContain(2600);
    }
  });

  it('reads 孩子 of a kind the report names as its 儿童', async () => {
    const answers = await converse(app, 'g54a', ['青石县残联在政府网站发了多少条', '帮了多少残疾孩子']);
    expect(answers[1].answer.split('\n')[0]).toMatch(/47名残疾儿童/);
    expect(answers[1].facts.map((fact) => fact.value)).toContain(47);
  });

  it('reads a bare 公开 beside 部分公开 as 予以公开: the joint count printed, never a sum with the total answered', async () => {
    for (const question of ['青岚市部分公开跟公开的一共多少', '青岚市公开和部分公开一共几件', '青岚部分公开跟公开的一共多少']) {
      const answer = await app.ask(question);
      expect(answer.answer.split('\n')[0], question).toMatch(/予以公开及部分公开517件/);
      expect(answer.answer, question).not.toMatch(/1419/);
      expect(
        answer.facts.map((fact) => fact.value),
        question,
      ).not.toContain(902);
    }
  });

  it('reads a place own name without its level before an outcome of applications as that place', async () => {
    const answer = await app.ask('青岚不予公开多少件');
    expect(answer.kind).toBe('figure');
    expect(answer.answer.split('\n')[0]).toMatch(/不予公开64件/);
  });

  it('drops a switch lead word said right before the agency name', async () => {
    const answers = await converse(app, 'g54b', ['青石县残联在政府网站发了多少条', '那青石县医保局微信推了几篇']);
    expect(answers[1].answer.split('\n')[0]).toMatch(/23篇/);
    expect(answers[1].facts.map((fact) => fact.value)).toContain(23);
  });
});

const PERMITS = [
  '青石县市场监督管理局2025年政府信息公开工作年度报告',
  '一、总体情况',
  '全年共收到政府信息公开申请4件。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数',
  '规章 0 0 0',
  '行政规范性文件 2 0 7',
  '第二十条第（五）项 信息内容 本年处理决定数量',
  '行政许可 1534',
  '第二十条第（六）项 信息内容 本年处理决定数量',
  '行政处罚 212',
  '行政强制 8',
  '第二十条第（八）项 信息内容 本年收费金额（单位：万元）',
  '行政事业性收费 37.5',
].join('\n');

describe('gaps54: an amount taken after a row of table 二', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['permits.txt', PERMITS]]);
  });
  afterAll(() => app.dispose());

  it('answers 收了多少钱 after 处罚呢 with the agency 行政事业性收费, and keeps the rules without a conversation', async () => {
    const answers = await converse(app, 'g54c', ['青石县市场监管局行政许可多少', '处罚呢', '收了多少钱']);
    expect(answers[1].facts.map((fact) => fact.value)).toContain(212);
    expect(answers[2].answer.split('\n')[0]).toMatch(/行政事业性收费/);
    expect(answers[2].facts.map((fact) => fact.value)).toContain(37.5);
    const rules = await app.ask('收了多少钱');
    expect(rules.kind).not.toBe('figure');
  });
});

/**
 * wrongfig42's classes (issue #11: wrong figures seen over the whole store), on made-up pages: a count printed right before
 * the noun asked (11期“在线访谈”和29场“新闻发布会”) is that noun's; 几个部门 is the count printed before 部门, not the items of
 * its clause; a WeChat mini program (政务微信小程序) is no WeChat account, and print listed with broadcast among the
 * traditional carriers is no newspaper's count; bare 报告 asked as the things published is counted only by a count of
 * reports; 不予处理 is never the count of the applications handled; a daily average is no total; 向区政府提出的呢 stays on the
 * agency asked before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const CITY = [
  '青石市人民政府2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,围绕重大政策,精心组织8期“政策直播间”和23场“新闻发布会”,提升政策知晓率。全年17个部门通过政府信息公开基础平台主动公开重点领域信息1800余条。',
  '截至2025年,市政府网站访问量累计超过6203451人次,日均浏览量1.5万余人次。',
  '全年市政府网站共发布新闻信息52310条。',
  '（二）依申请公开',
  '2025年,全市共收到信息公开申请120件,其中向市政府及各部门提出的信息公开申请共85件,向各区县提出的信息公开申请共35件。',
].join('\n');

const STREET = [
  '青石县白沙街道办事处2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,白沙街道累计公开政府信息418条。从公开渠道来看,区政府门户网站公开信息91条,其中开设政务微信小程序1个(白沙之家)公开信息140条;通过报刊、电视、广播、政务服务场所等传统公开载体公开信息187条。',
  '（二）依申请公开',
  '2025年,共收到政府信息公开申请5件。',
].join('\n');

const ZONE = [
  '青石新区管委会2025年政府信息公开工作年度报告',
  '一、总体情况',
  '2025年,本单位全面推进政府信息公开工作。依申请公开方面,规范办理程序,全年处理申请数量318件。',
  '二、主动公开政府信息情况',
  '第二十条 第(五)项',
  '信息内容 本年处理决定数量',
  '行政许可 2110',
].join('\n');

describe('wrongfig42: the count before the noun, and the count of units', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['city.txt', CITY],
      ['street.txt', STREET],
      ['zone.txt', ZONE],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 政策直播间多少 with the 8期 printed before it, not the 23场 after', async () => {
    for (const question of ['青石市2025年政策直播间多少', '青石市2025年政策直播间做了多少']) {
      const answer = await app.ask(question);
      expect(answer.facts[0]?.value, question).toBe(8);
    }
    const other = await app.ask('青石市2025年新闻发布会开了多少场');
    expect(other.facts[0]?.value).toBe(23);
  });

  it('answers 几个部门 with the 17 printed before 部门, not the 1800 of its clause', async () => {
    const answer = await app.ask('青石市2025年有几个部门通过基础平台主动公开信息');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(17);
  });

  it('never answers a total with a daily average', async () => {
    const answer = await app.ask('青石市2025年政府网站浏览量多少');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(1.5);
    expect(answer.answer).not.toMatch(/日均浏览量1\.5万/);
    const daily = await app.ask('青石市2025年政府网站日均浏览量多少');
    expect(daily.answer).toMatch(/1\.5万/);
  });

  it('refuses bare 报告 asked as things published, where no report is counted', async () => {
    const answer = await app.ask('青石市人民政府2025年报告发了几篇');
    expect(answer.kind).toBe('refusal');
    expect(answer.facts).toEqual([]);
  });

  it('never answers 不予处理 with the count of the applications handled', async () => {
    const answer = await app.ask('青石新区管委会2025年不予处理的申请有几件');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(318);
    const handled = await app.ask('青石新区管委会2025年处理申请多少件');
    expect(handled.facts[0]?.value).toBe(318);
  });

  it('keeps 向市政府提出的呢 on the agency asked before', async () => {
    const answers = await converse(app, 'to-gov', ['青石市2025年收到多少申请', '向市政府提出的呢', '向各区县提出的呢']);
    expect(answers[0].facts[0]?.value).toBe(120);
    expect(answers[1].kind).toBe('figure');
    expect(answers[1].facts[0]?.value).toBe(85);
    expect(answers[2].facts[0]?.value).toBe(35);
  });

  it('reads a WeChat mini program as no account, and print among broadcast as no newspaper', async () => {
    const alone = await app.ask('白沙街道2025年公众号发了多少');
    expect(alone.facts.map((fact) => fact.value)).not.toContain(140);
    const answers = await converse(app, 'mini', ['白沙街道2025年微信小程序公开了多少', '那公众号呢']);
    expect(answers[0].facts[0]?.value).toBe(140);
    expect(answers[1].facts.map((fact) => fact.value)).not.toContain(140);
    const whole = await app.ask('白沙街道2025年公开了多少信息');
    expect(whole.facts[0]?.value).toBe(418);
    expect(whole.answer).not.toMatch(/140条（微信公众号）|187条（报纸）/);
  });
});

const DISTRICT = [
  '青石区人民政府2022年政府信息公开工作年度报告',
  '一、总体情况',
  '2022年,全区共收到信息公开申请140件,其中向区政府及各部门提出的信息公开申请共97件,向各街镇提出的信息公开申请共43件。',
].join('\n');

const TOWNSHIP = ['南秀区黄石乡人民政府2021年政府信息公开工作年度报告', '一、总体情况', '2021年,我乡主动公开政府信息36条。'].join('\n');

describe('wrongfig42: 向区政府 is no sound-alike of another agency', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['district.txt', DISTRICT],
      ['township.txt', TOWNSHIP],
    ]);
  });
  afterAll(() => app.dispose());

  it('keeps 向区政府提出的呢 on the district asked before', async () => {
    const answers = await converse(app, 'to-district', ['青石区22年收到多少申请', '向区政府提出的呢', '向各街镇提出的呢']);
    expect(answers[0].facts[0]?.value).toBe(140);
    expect(answers[1].facts[0]?.value).toBe(97);
    expect(answers[2].facts[0]?.value).toBe(43);
  });
});

/**
 * gaps23's classes, each with a made-up second example and the real case.
 * 1. A change the report states beside a figure (申请量同比增长42.9%, 增速达到138.8%, 订阅数9250个,较去年同期增长11%, 工作动态数量
 *    较去年有所增长) asked as 同比增长了多少 / 增速多少 / 比2022年涨了多少 / 多了还是少了: it was refused (no report of the year
 *    before) or two other figures of the conversation were compared. Now the rate the sentence prints, and the earlier year's
 *    figure the same sentence prints (从2022年度的840万元提高到2023年度的2007万元) gives the gap; a percent change with the
 *    year before missing and no rate printed is refused (it had stated one year's figure as a figure answer).
 * 2. Contacts: 联系人:王曦瑶, QQ:58800110, 办公地点:江阴市珠江路198号 and the office in charge (领导小组办公室设在政秘股) are
 *    read at import (contacts gain contact_person, qq, office: migration 25) and answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractContactExtras, extractContacts } from '../../../src/report/prose.js';
import { changeFollowUp, earlierFigure, rateAfterFigure, rateOfThing, statedRates } from '../../../src/qa/stated-change.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const MADE_UP = `青禾县水利局2024年政府信息公开工作年度报告
本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。如对本报告有疑问,请与青禾县水利局办公室联系(地址:青禾县河滨路8号;邮编:123456;电话:0123-4567890;联系人:李青禾;互联网联系方式:QQ:12345678)。
一、总体情况
我局成立了政府信息公开工作领导小组,领导小组办公室设在综合股,负责信息公开的具体工作。2024年共收到政府信息公开申请30件,同比增长25%;上年结转1件。“青禾水利”微信公众号全年发布信息300条,关注人数5200人,较去年同期增长8%。全县水利投入从2023年度的500万元提高到2024年度的800万元,增速达到60%。在县政府门户网站发布水利动态数量较去年有所增长。`;

describe('gaps23: changes stated in the sentence', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['qinghe-slj.txt', MADE_UP]]);
  });
  afterAll(() => app.dispose());

  it('reads the rates a sentence prints, and the thing each is of', () => {
    expect(statedRates('申请量同比增长42.9%,主要集中在行政审批领域').map((rate) => rate.value)).toEqual([42.9]);
    expect(statedRates('同比分别下降60%和12.5%')).toEqual([]);
    expect(rateOfThing('2024年共办理政府信息公开申请80件,同比增长5.26%;上年结转2件', '依申请公开')?.value).toBe(5.26);
    expect(rateOfThing('2024年共办理政府信息公开申请80件,同比增长5.26%;上年结转2件', '行政复议')).toBeUndefined();
    expect(rateAfterFigure('全年共发布信息496条,订阅数9250个,较去年同期增长11%', 9250, '个')?.value).toBe(11);
    expect(rateAfterFigure('全年共发布信息496条,订阅数9250个,较去年同期增长11%', 496, '条')).toBeUndefined();
    expect(earlierFigure('经费投入从 2022 年度的 840 万元提高到 2023 年度的 2007 万元', 2022, '万元')).toBe(840);
    expect(changeFollowUp('增速多少')).toEqual({ year: 0 });
    expect(changeFollowUp('比22年多了多少')).toEqual({ year: 2022 });
    expect(changeFollowUp('比2022年涨了多少')).toEqual({ year: 2022 });
    expect(changeFollowUp('比政府网站多几条')).toBeUndefined();
  });

  it('answers a rate asked of a named agency from the sentence that prints it', async () => {
    const answer = await app.ask('青禾县水利局2024年申请同比增长了多少');
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([25]);
    expect(answer.answer).toContain('同比增长25%');
  });

  it('answers which way a thing went from a change stated without a figure', async () => {
    const answer = await app.ask('青禾县水利局2024年水利动态发的比2023年多了还是少了');
    expect(answer.kind).toBe('text');
    expect(answer.answer).toContain('较去年有所增长');
    expect(answer.facts).toEqual([]);
  });

  it('answers a follow-up change from the sentence of the last figure', async () => {
    const user = 'gaps23-follow';
    expect((await app.ask('青禾县水利局2024年公众号关注人数多少', user)).facts.map((fact) => fact.value)).toContain(5200);
    const rate = await app.ask('比2023年涨了多少', user);
    expect(rate.answer).toContain('较去年同期增长8%');
    const other = 'gaps23-money';
    expect((await app.ask('青禾县水利局2024年水利投入是多少', other)).facts.map((fact) => fact.value)).toContain(800);
    expect((await app.ask('比23年多了多少', other)).answer).toContain('多了300万元');
    expect((await app.ask('增速多少', other)).answer).toContain('60%');
  });

  it('refuses a percent change when the year before is not stored and no rate is printed', async () => {
    const answer = await app.ask('青禾县水利局2024年主动公开比2023年多了百分之多少');
    expect(answer.kind).toBe('refusal');
    expect(answer.facts).toEqual([]);
  });
});

describe('gaps23: contacts beyond the usual fields', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['qinghe-slj.txt', MADE_UP]]);
  });
  afterAll(() => app.dispose());

  it('reads 联系人, QQ, the office in charge and 办公地点 from the text', () => {
    expect(extractContactExtras(MADE_UP)).toEqual({ contact_person: '李青禾', qq: '12345678', office: '综合股' });
    // Real: 白城市农业农村局 (联系人:王曦瑶), 怀远二中 (QQ:58800110), 陈仓区供销联社 (设在政秘股), 江阴临港 (办公地点).
    expect(extractContactExtras('(地址:白城市洮北区文化东路1号;邮编:137000;电话:0436—3225852;传真:0436—3224124;联系人:王曦瑶)')).toEqual({
      contact_person: '王曦瑶',
    });
    expect(extractContactExtras('(机构地址:怀远县荆山镇禹王西路999号,邮编:233400,电话:0552-8312550,互联网联系方式:QQ:58800110)').qq).toBe(
      '58800110',
    );
    expect(extractContactExtras('由区供销联社主任为组长,领导小组办公室设在政秘股,负责政务公开').office).toBe('政秘股');
    expect(extractContacts('请与江阴临港经济开发区党政办公室联系,办公地点:江阴市珠江路198号,联系电话:051086868123').address).toBe(
      '江阴市珠江路198号',
    );
  });

  it('answers the contact person, the QQ number and the office in charge', async () => {
    expect((await app.ask('青禾县水利局信息公开联系人是谁')).answer).toContain('李青禾');
    expect((await app.ask('青禾县水利局的QQ号多少')).answer).toContain('12345678');
    expect((await app.ask('青禾县水利局信息公开的事归哪个股管')).answer).toContain('综合股');
  });
});

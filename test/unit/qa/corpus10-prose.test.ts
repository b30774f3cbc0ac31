/**
 * reports-more10's prose classes over made-up reports of the same shapes: the year's items said as 公开政府信息N条 without 主动
 * (梅河口市水利局), and a bare 信息发布N条 clause after the clause naming its channel (抚州市民政局: 网站总访问量…,信息发布182条;
 * 微信公众号订阅数…,信息发布量383条), asked by its channel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const CHANNELS = `石门县民政局2021年政府信息公开工作年度报告
一、总体情况
2021年,石门县民政局网站总访问量10235次,信息发布75条,开设专栏2个,同时加强新媒体建设,微博粉丝数320人,信息发布量40条;微信公众号订阅数900人,信息发布量210条。`;

const WITHOUT_THE_WORD = `石门县林业局2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况
2022年公开政府信息48条,其中部门动态30条,政务公开网站18条。
(二)依申请公开情况
2022年,我局收到政府信息公开申请2件。`;

describe('reports-more10 prose classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['channels.txt', CHANNELS],
      ['without.txt', WITHOUT_THE_WORD],
    ] as const);
  });
  afterAll(() => app.dispose());

  it.each([
    ['石门县民政局2021年网站信息发布了多少条', 75],
    ['石门县民政局2021年公众号发布了多少条信息', 210],
    ['石门县林业局2022年公开政府信息多少条', 48],
    ['石门县林业局2022年主动公开了多少条信息', 48],
  ])('%s → %i', async (question, value) => {
    const answer = await app.ask(question);
    expect(answer.facts.map((fact) => fact.value)).toContain(value);
    expect(answer.answer).toContain(String(value));
    expect(answer.facts[0].value).toBe(value);
  });
});

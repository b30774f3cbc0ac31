/**
 * reports-more12's answer class over a made-up report of the same shape: a count whose sentence starts with a quoted account
 * name (“清遠教育”微信公眾號推送或轉發信息435篇) was answered with the name half-quoted (清远教育”微信公众号…): the opening
 * mark went with the punctuation stripped before the clause, its closing mark stayed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const QUOTED = `石门县文化旅游局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况
2023年,我局在县政府网站发布信息41条。“石门文旅”微信公众号推送信息218篇,《石门文旅周报》印发52期。
2023年作出行政许可40件,其中旅行社设立7件,其余为导游资格认定。
二、主动公开政府信息情况
第二十条第(五)项 |
信息内容 |
本年处理决定数量 |
行政许可 |
40 |`;

const OTHER = `慈利县文化旅游局2023年政府信息公开工作年度报告
一、总体情况
2023年,“慈利文旅”微信公众号推送信息240篇。`;

const THIRD = `桑植县文化旅游局2023年政府信息公开工作年度报告
一、总体情况
2023年,《桑植文旅周报》印发600期。`;

describe('reports-more12 answer classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['quoted.txt', QUOTED],
      ['other.txt', OTHER],
      ['third.txt', THIRD],
    ] as const);
  });
  afterAll(() => app.dispose());

  it.each([
    ['石门县文化旅游局2023年公众号推送了多少篇', 218, '“石门文旅”微信公众号推送信息218篇'],
    ['石门县文化旅游局周报印了几期', 52, '《石门文旅周报》印发52期'],
  ])('%s → %i, the quoted name whole', async (question, value, clause) => {
    const answer = await app.ask(question);
    expect(answer.facts[0]?.value).toBe(value);
    expect(answer.answer.split('\n')[0]).toContain(clause);
    // No closing mark without its opening one in the stated fact.
    const fact = answer.answer.split('\n')[0];
    expect((fact.match(/“/g) ?? []).length).toBe((fact.match(/”/g) ?? []).length);
    expect((fact.match(/《/g) ?? []).length).toBe((fact.match(/》/g) ?? []).length);
  });

  it('哪个多 weighs only the figures read from sentences that count in the same unit as the last one', async () => {
    expect((await app.ask('桑植县文化旅游局2023年周报印了几期', 'which')).facts[0]?.value).toBe(600);
    expect((await app.ask('石门县文化旅游局2023年公众号推送了多少篇', 'which')).facts[0]?.value).toBe(218);
    expect((await app.ask('那慈利县文化旅游局呢', 'which')).facts[0]?.value).toBe(240);
    const compared = await app.ask('哪个多', 'which');
    expect(compared.facts.map((fact) => fact.value).sort()).toEqual([218, 240]);
    expect(compared.answer).toMatch(/^慈利县文化旅游局2023年240篇最多/);
  });
});

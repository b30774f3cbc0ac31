/**
 * Gap classes closed in the tenth gaps session, over made-up reports whose tables 三 and 四 are cut from the page while the
 * prose states the figure: a count of applications handled (办理…申请12件) for the applications received, 办结N件 in a
 * paragraph that named 申请 before it, 被提起行政诉讼0件 for 被起诉过吗, 结转到2025年 as the next year, the kind said without
 * its last character (桃源民政 for 桃源县民政局), 公开信息共计N条 as the proactive total, and 那2024年呢 after a refusal for a year with no report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('tables cut from the page, the prose stating the figure (made-up reports)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'linli.txt',
        `临澧县交通运输局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。全年通过政府网站主动公开政府信息86条。
(二)依申请公开情况。严格按照条例规定办理,全年共接收群众提交的政府信息公开申请27件。截至年底共办结25件,另有2件结转2025年继续办理。全年因政府信息公开工作被申请行政复议0件,被提起行政诉讼0件。
二、主动公开政府信息情况
`,
      ],
      [
        'wuyuan.txt',
        `五原县胜丰镇人民政府2024年政府信息公开工作年度报告
一、总体情况
2024年,胜丰镇通过五原县人民政府网站公开信息36条;通过镇微信公众号“美丽胜丰”公开信息412条。
`,
      ],
      [
        'anji.txt',
        `安吉县地震局2022年政府信息公开工作年度报告
一、总体情况
2022年,县地震局公开信息共计615条,其中在县政府门户网站公开95条,“安吉防震”微信公众号发布320条,“安吉防震”微博发布200条。
`,
      ],
      [
        'taoyuan.txt',
        `桃源县民政局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。全年主动公开政府信息150条。
(二)依申请公开情况。全年办理群众提出的政府信息公开申请12件,已全部按期答复,全年办结12件。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  const values = async (question: string, user?: string) => (await app.ask(question, user)).facts.map((fact) => fact.value);

  it('办结N件 whose paragraph names 申请 before it answers 办结了多少件申请', async () => {
    expect(await values('临澧县交通运输局2024年办结了几件申请')).toEqual([25]);
  });

  it('被提起行政诉讼0件 answers 被起诉过吗: 没有', async () => {
    // 没有 first, then the sentence's count of lawsuits (the 0 it prints may be carried as the figure stated).
    const answer = await app.ask('临澧县交通运输局2024年有没有被人起诉过');
    expect(answer.facts.every((fact) => fact.value === 0)).toBe(true);
    expect(answer.answer).toMatch(/^没有。[\s\S]*被提起行政诉讼0件/);
  });

  it('结转到2025年 after 2024年 asks the applications carried into the next year', async () => {
    expect(await values('临澧县交通运输局2024年有几件申请结转到2025年')).toEqual([2]);
  });

  it('办理…申请12件 answers 收到多少申请 when no verb of receiving is printed', async () => {
    const answer = await app.ask('桃源县民政局2024年收到多少信息公开申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([12]);
    expect(answer.answer).toContain('办理');
  });

  it('the kind without its last character (桃源民政) is the agency, not a word of the question', async () => {
    expect(await values('桃源民政办结了几件')).toEqual([12]);
  });

  it("公开信息共计N条 without 主动 is the year's total, not its channels' clauses", async () => {
    expect((await values('安吉县地震局公开信息一共多少条'))[0]).toBe(615);
    expect((await values('安吉地震主动公开了多少条'))[0]).toBe(615);
  });

  it('政府网站呢 in a conversation about one agency is its channel, not an agency named 政府', async () => {
    expect(await values('胜丰镇2024年公众号发了多少条', 'g11')).toEqual([412]);
    const answer = await app.ask('那政府网站呢', 'g11');
    expect(
      answer.facts.map((fact) => fact.value),
      answer.answer,
    ).toEqual([36]);
  });

  it('那2024年呢 after a refusal for a year with no report asks the last question of that year', async () => {
    expect((await app.ask('桃源县民政局2022年收到多少申请', 'g10')).kind).toBe('refusal');
    const again = await app.ask('那2024年呢', 'g10');
    expect(
      again.facts.map((fact) => fact.value),
      again.answer,
    ).toEqual([12]);
  });
});

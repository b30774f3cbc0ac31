/**
 * Classes closed for real-questions-30 whose second examples no stored report gives, over made-up reports: 无涉及…行政诉讼 is a
 * no, a heading whose next sentence says 不存在此类情况 answers no (never 有), a short item of a numbered list in a table
 * section (3.简报类信息6条;) is read, and a region's kind written short (石泉城管) is no qualifier of what was published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('round 16 classes over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'shiquan.txt',
        `石泉县城市管理局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,县城市管理局主动公开政府信息312条,其中通过石泉县人民政府网公开信息120条;信息公示栏公开信息17条。
(二)依申请公开情况。2023年本局未收到政府信息公开申请,无涉及政府信息公开的行政复议和行政诉讼。
`,
      ],
      [
        'ningshan.txt',
        `宁陕县供销合作社2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,县供销社主动公开政府信息22条。
(二)依申请公开方面。
1.收到和处理政府信息公开申请的情况。
2023年县供销社未收到政府信息公开申请。
2.因政府信息公开工作被申请行政复议、提起行政诉讼情况。
县供销社不存在此类情况。
二、主动公开政府信息情况
2023年,我社主动公开政府信息22条,其中:1.机构职能类信息2条;2.简报类信息6条;3.其他信息14条。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('无涉及…行政复议和行政诉讼 answers 被起诉过吗: 没有', async () => {
    const answer = await app.ask('石泉县城市管理局2023年有没有被起诉过');
    expect(answer.answer).toMatch(/^没有/);
  });

  it('a heading, then 不存在此类情况 under it, answers 被复议过吗: 没有', async () => {
    const answer = await app.ask('宁陕县供销合作社2023年被申请行政复议了吗');
    expect(answer.answer).toMatch(/^没有/);
    expect(answer.answer).toContain('不存在此类情况');
  });

  it('a short item of a numbered list (2.简报类信息6条;) is read', async () => {
    const answer = await app.ask('宁陕县供销合作社2023年简报类信息有多少条');
    expect(answer.facts.map((fact) => fact.value)).toEqual([6]);
  });

  it('石泉城管 is the agency written short, not a qualifier: the total, not a channel', async () => {
    const answer = await app.ask('石泉城管2023年公开了多少政府信息');
    expect(answer.facts[0]?.value).toBe(312);
  });
});

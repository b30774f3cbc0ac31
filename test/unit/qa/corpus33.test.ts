/**
 * real-questions-corpus33's answer classes (reports-more37), each on a made-up report: 那X呢 after a count of applications and
 * then a thing of no table asked with no agency (政策解读多少条) asks that thing of X, not the older applications topic; a
 * government's 信息网 is its website (网站 asked); a count of items printed bare after its name (微信公开政府信息数为117) is a
 * count in 条, alone, as 微信呢 and in 加起来; 申请人是什么人 asks who applied; and a year with 年 right after a table row's
 * cells (a page cut at the next part's heading) is no cell of the row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-corpus33 classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qingshan.txt',
        `示例市青山区人民政府办公室2025年政府信息公开工作年度报告
报告中所列数据统计期限为2025年1月1日到12月31日。
一、总体情况
(一)主动公开。全年主动公开政策文件6条,政策解读41条,法定公开内容230条。
(二)依申请公开。全年受理政府信息公开申请7件,办结7件。`,
      ],
      [
        'hongshi.txt',
        `示例市红石区发展和改革局2025年政府信息公开工作年度报告
报告所列数据的统计期限为2025年1月1日至2025年12月31日。
一、总体情况
(一)主动公开政府信息情况。区发改局累计主动公开各类政府信息90条,内容涵盖政策法规4条、政策解读12条、价格监测30条。
(二)依申请公开政府信息情况。本年度,区发改局共受理政府信息公开申请3件,申请主体均为自然人。`,
      ],
      [
        'shuangling.txt',
        `示例市双岭镇2025年政府信息公开工作年度报告
本报告数据统计周期为2025年1月1日至2025年12月31日。
一、总体情况
(一)主动公开情况
2025年,通过双岭镇人民政府信息网主动公开政府信息21条,微信公开政府信息数为86
(二)依申请公开情况
截至2025年12月31日,我镇共收到政府信息公开申请2条。`,
      ],
      [
        'shenjiting.txt',
        `示例省审计厅2025年政府信息公开工作年度报告
一、总体情况
2025年,审计厅依法依规发布公开信息。
二、主动公开政府信息情况

第二十条第(一)项

信息内容

本年制发件数

本年废止件数

现行有效件数

规章

0

0

0

行政规范性文件

2

1

5

第二十条第(八)项

信息内容

本年收费金额(单位:万元)

行政事业性收费

3

2025年`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('那X呢 after 受理了几件申请 and then 政策解读多少条 (no agency named) asks 政策解读 of X', async () => {
    const answers = await converse(app, 'c33-a', ['青山区政府办25年受理了几件申请', '政策解读多少条', '那红石区发改局呢']);
    expect(values(answers[0])).toContain(7);
    expect(values(answers[1])).toContain(41);
    expect(values(answers[2])).toContain(12);
    expect(values(answers[2])).not.toContain(3);
  });

  it('网站 asked of a 镇 whose report prints its 人民政府信息网 is that site’s count', async () => {
    const answer = await app.ask('双岭镇25年网站公开多少条');
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toContain(21);
  });

  it('微信公开政府信息数为86 (no measure word) is the WeChat count in 条, alone, as 微信呢 and added with 加起来', async () => {
    const alone = await app.ask('双岭镇微信公开了多少条政府信息');
    expect(values(alone)).toEqual([86]);
    const answers = await converse(app, 'c33-b', ['双岭镇25年网站公开多少条', '微信呢', '加起来多少']);
    expect(values(answers[1])).toContain(86);
    expect(answers[2].answer).toContain('107');
  });

  it('申请人是什么人 after an agency’s figure asks who applied', async () => {
    const answers = await converse(app, 'c33-c', ['红石区发改局2025主动公开多少条', '申请人是什么人']);
    expect(answers[1].answer).toContain('自然人');
  });

  it('a year with 年 after a table row’s cells (a cut at the next heading) is no cell: the row is read', async () => {
    const answer = await app.ask('示例省审计厅2025年行政事业性收费多少');
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toContain(3);
  });
});

/**
 * real-questions-corpus34's answer classes (reports-more39), each on a made-up report: a fee not charged to a party named
 * between 未向 and 收取 (未向有关信息申请人员收取信息处理费) is a fee not charged, answered 没有收取; a phone number alone in the bracket of the
 * 请…联系 clause whose label the crawl cut (（电  : 0471-1234567）联系) is the agency's phone; and a question asking what was
 * carried on into the next year (结转到下一年的呢, 结转到2025年的) is never answered with the clause carried in from the year
 * before (上年结转…5条) of a sentence that prints both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-corpus34 classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'shiyan-tongji.txt',
        `所列数据统计期限为 2024年1月1日起至2024年12月31日。本年度报告电子版可以从示例市青川统计局门户网下载。
一、总体情况
(一)主动公开政府信息情况。我局及时发布政务动态120条。
(二)依申请公开。2024年,我局收到公民信息申请共40条,总计30人。上年结转政府信息公开申请6条,已撤销申请9项,本年结转2025年政府信息公开申请13条。我局未向有关信息申请人员收取信息处理费。`,
      ],
      [
        'shiyan-shenji.txt',
        `示例盟白河审计局2025年政府信息公开工作年度报告
  所列数据统计期限为 2025  1  1  日至 2025  12  31  日。本年度报告电子版可以从白河审计局门户网站下载。          ,         (电  : 0471-1234567)联系。
  一、总体情况
  ( 一)主动公开情况
  截止 2025  12  31 日,主动公开政府信息 88 条。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('未向有关信息申请人员收取信息处理费: no fee was charged', async () => {
    const [answer] = await converse(app, 'c34-fee', ['示例市青川统计局收费了吗']);
    expect(answer.answer).toContain('未向有关信息申请人员收取信息处理费');
    expect(answer.kind).not.toBe('refusal');
    // 收过钱没有 is answered 没有 before the sentence is quoted.
    const [asked] = await converse(app, 'c34-fee-money', ['示例市青川统计局收过信息公开的钱没有']);
    expect(asked.answer).toContain('没有收取');
  });

  it('(电  : 0471-1234567)联系: the number in the contact bracket whose label was cut is the phone', async () => {
    const [answer] = await converse(app, 'c34-phone', ['示例盟白河审计局电话是多少']);
    expect(answer.answer).toContain('0471-1234567');
  });

  it('结转到下一年的呢 is never the count carried in from the year before', async () => {
    const answers = await converse(app, 'c34-carried', ['示例市青川统计局2024年收到多少信息公开申请', '撤销了几项', '结转到下一年的呢']);
    expect(values(answers[1])).toContain(9);
    expect(values(answers[2])).not.toContain(6);
  });

  it('结转到2025年的申请 is never the count carried in from the year before', async () => {
    const [answer] = await converse(app, 'c34-carried-year', ['示例市青川统计局结转到2025年的申请多少条']);
    expect(values(answer)).not.toContain(6);
  });
});

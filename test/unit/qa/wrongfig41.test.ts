/**
 * wrongfig41's classes (real-questions-wrongfig41), on made-up pages cut before their tables: a part whose name holds 、
 * (省、市媒体) is found as the part, asked with or without the 、; a count printed in 万 (发布各类信息3.18万条, 5.6万余条) is
 * stored with its 万 (and 余), so the year's whole over several channels answers 发了多少条信息; one channel's count is no
 * total (一共发布了多少条信息 says none is printed); money handed out asked with no measure word (补贴发了多少) is never
 * answered by a count of items published (发放情况6条).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

function cutPage(agency: string, body: string): string {
  return `${agency}2024年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》规定编制。报告中所列数据统计期为2024年1月1日至2024年12月31日。
一、总体情况
${body}
`;
}

const REPORTS: Record<string, string> = {
  'zhen.txt': cutPage(
    '南屏县青川镇人民政府',
    `(一)主动公开政府信息情况
全年累计推送媒体宣传512条次,其中中央媒体64条次,省、市媒体388条次,“青川发布”公众号全年推送信息903条。`,
  ),
  'ting.txt': cutPage(
    '南屏县人民政府办公室',
    `(一)主动公开政府信息情况
县政府门户网站、“南屏发布”政务微信公众号发布各类信息3.18万条,发布政府文件27件,同步推出配套政策解读31件。`,
  ),
  'shui.txt': cutPage(
    '南屏县水务局',
    `(一)主动公开政府信息情况
全年在南屏水务微信公众号自媒体发布512条,南屏水务网站发稿433条,召开新闻发布会3场次。`,
  ),
  'nong.txt': cutPage(
    '南屏县农业农村局',
    `(一)主动公开政府信息情况
(1)涉农补贴:详细公开耕地地力保护补贴等政策的实施细则、申请指南、补贴对象、补贴标准及发放情况6条。`,
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig41 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a part whose name holds 、 (省、市媒体) is found as the part, not the total before it (made up)', async () => {
    const [joined] = await converse(app, 'w41-joined', ['青川镇2024年省、市媒体推送了多少条']);
    expect(values(joined)).toEqual([388]);
    const [glued] = await converse(app, 'w41-glued', ['青川镇2024年省市媒体推送了多少条']);
    expect(values(glued)).toEqual([388]);
    const [central] = await converse(app, 'w41-central', ['青川镇2024年中央媒体推送了多少条']);
    expect(values(central)).toEqual([64]);
  });

  it('a count printed in 万 over several channels is the year’s whole, said as printed (made up)', async () => {
    const [all] = await converse(app, 'w41-wan', ['南屏县人民政府办公室2024年发了多少条信息']);
    expect(values(all)).toEqual([3.18]);
    expect(all.answer).toContain('3.18万条');
  });

  it('one channel’s count is no total: 一共发布了多少条信息 says none is printed (made up)', async () => {
    const [total] = await converse(app, 'w41-total', ['南屏县水务局2024年一共发布了多少条信息']);
    expect(total.kind).toBe('refusal');
    expect(total.answer).toContain('没有写明');
    const [account] = await converse(app, 'w41-account', ['南屏县水务局2024年微信公众号发布了多少条']);
    expect(values(account)).toEqual([512]);
  });

  it('money handed out asked with no measure word is not a count of items published (made up)', async () => {
    const [money] = await converse(app, 'w41-money', ['南屏县农业农村局2024年补贴发了多少']);
    expect(values(money)).toEqual([]);
    expect(money.answer).not.toContain('6条');
    const [items] = await converse(app, 'w41-items', ['南屏县农业农村局2024年涉农补贴信息公开了几条']);
    expect(values(items)).toEqual([6]);
  });
});

/**
 * corpus47's classes (real-questions-corpus47 over reports-more53), on a made-up page cut before its tables: a part of the
 * whole just given, asked by its count (其中政务公开多少 after 主动公开多少条), whose words are the topic's own (政务公开), was
 * answered with the whole again; and the same part asked alone (某乡政务公开多少条) — an item printed whole in the question's
 * words before its count (,政务公开517条), as 政务公开信息16条 already was — got the headline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'town.txt': `依据《中华人民共和国政府信息公开条例》第五十条规定,特向社会公布2024年富强乡人民政府政府信息公开工作情况报告。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。如对本报告有任何疑问,请与富强乡人民政府联系(电话:0468-7000000,地址:同江市富强乡富强村)。
一、总体情况
(一)主动公开情况
2024年,我乡主动公开政府信息412条,其中,政务公开356条,政府微信公众号56条。
(二)依申请公开情况
2024年度,我乡未收到依申请公开事项。
(三)政府信息管理情况
富强乡人民政府严格按照《中华人民共和国政府信息公开条例》的要求,严抓发布前审核,发布后更新。
`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus47 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('其中政务公开多少 after the whole is the part its sentence counts', async () => {
    const [whole, part] = await converse(app, 'c47-part', ['富强乡2024年主动公开多少条', '其中政务公开多少']);
    expect(values(whole)).toEqual([412]);
    expect(values(part)).toEqual([356]);
  });

  it('里面公众号几条 after the whole still reads the account', async () => {
    const [, part] = await converse(app, 'c47-part2', ['富强乡2024年主动公开多少条', '里面微信公众号几条']);
    expect(values(part)).toEqual([56]);
  });

  it('政务公开多少条 asked alone is the item printed in those words, not the headline', async () => {
    const [part] = await converse(app, 'c47-alone', ['同江市富强乡2024年政务公开多少条']);
    expect(values(part)).toEqual([356]);
  });

  it('主动公开多少条 is still the headline', async () => {
    const [whole] = await converse(app, 'c47-whole', ['富强乡人民政府2024年主动公开政府信息多少条']);
    expect(values(whole)).toEqual([412]);
  });
});

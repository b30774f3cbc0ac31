/**
 * qachat47's classes (citizen-questions-80: conversations after a miss), on made-up pages cut before their tables: 只要数字 /
 * 直接给个数 in front of a question asks that question's figure; 不是这个意思 是申请的 is a correction whose question follows;
 * an agency not stored, refused with the stored agencies of its kind listed (有年度报告的气象局：…), is completed by the next
 * reply (上面第二个, 西河的) as after the bot's own 哪一个？; 那上一年呢 after a figure of the latest report (no year said) asks
 * the year before it, never that report's figure again; 松花江东河区复议了几件 (the city
 * without its 市 before the district) searches the page for 复议, the name's words left out; 还有效的 said alone after 废止的呢
 * is the 现行有效 count, never a message that asks nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'water.txt': cut(
    '白河县水利局2025年政府信息公开工作年度报告',
    '(一)主动公开。通过“白河水利”微信公众号发布信息64条。\n(二)依申请公开。2025年共收到政府信息公开申请5件,其中予以公开2件,因本机关不掌握等原因无法提供3件。',
  ),
  'east.txt': cut(
    '东山市气象局2025年政府信息公开工作年度报告',
    '(一)主动公开。通过市政府网站主动公开信息48条。\n(二)依申请公开。全年共受理政府信息公开申请9件,信息公开投诉举报4件,因依申请公开引发的行政复议案件2件。',
  ),
  'district.txt': cut(
    '松花江市东河区人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息210条。\n(二)依申请公开。全年收到政府信息公开申请12件,依申请公开引起的行政复议3件,行政诉讼1件。',
  ),
  'justice.txt': cut(
    '南川区司法局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年新制发规范性文件4件、废止2件、有效存续11件。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
  'west.txt': cut(
    '西河县气象局2025年政府信息公开工作年度报告',
    '(一)主动公开。通过县政府网站主动公开信息31条。\n(二)依申请公开。全年共受理政府信息公开申请6件,均已按时答复。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat47 classes: conversations after a miss', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-03-02T10:00:00+08:00') });
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('直接给个数 in front of a question is no word of it: 予以公开2件', async () => {
    const [, granted] = await converse(app, 'q47-number', ['白河县水利局依申请公开的情况说说', '直接给个数 予以公开了几件']);
    expect(values(granted)).toEqual([2]);
  });

  it('不是这个意思 是申请的 after a channel count asks the applications', async () => {
    const [channel, received] = await converse(app, 'q47-meant', ['白河水利局公众号发了多少条', '不是这个意思 是申请的']);
    expect(values(channel)).toEqual([64]);
    expect(values(received)).toEqual([5]);
  });

  it('上面第二个 / 西河的 after an unstored 气象局 refused with the stored ones listed asks the question of that one', async () => {
    const [refused, picked] = await converse(app, 'q47-listed', ['南岭县气象局受理了几件申请', '上面第二个']);
    expect(refused.kind).toBe('refusal');
    const listed = /有年度报告的气象局：([^。]+)/.exec(refused.answer)?.[1].split('、') ?? [];
    expect(listed).toHaveLength(2);
    expect(values(picked)).toEqual([listed[1].startsWith('西河') ? 6 : 9]);
    const [, byPlace] = await converse(app, 'q47-listed-place', ['南岭县气象局受理了几件申请', '西河的']);
    expect(values(byPlace)).toEqual([6]);
  });

  it('那上一年呢 after the latest report’s figure, no year said, asks the year before and is refused', async () => {
    const [reviews, before] = await converse(app, 'q47-year-before', ['东山市气象局复议案件几件', '那上一年复议几件']);
    expect(values(reviews)).toEqual([2]);
    expect(before.kind).toBe('refusal');
    expect(values(before)).toEqual([]);
    expect(before.answer).toContain('2024年');
  });

  it('松花江东河区复议了几件: the city written without its 市 before the district is part of the name, not of the thing asked', async () => {
    const [reviews] = await converse(app, 'q47-higher', ['松花江东河区复议了几件']);
    expect(values(reviews)).toEqual([3]);
  });

  it('还有效的 alone after 废止的呢 asks the documents still in force: 11', async () => {
    const [made, repealed, valid] = await converse(app, 'q47-valid', ['南川区司法局新制发规范性文件几件', '废止的呢', '还有效的']);
    expect(values(made)).toEqual([4]);
    expect(values(repealed)).toEqual([2]);
    expect(values(valid)).toContain(11);
  });
});

/**
 * gaps56's classes (citizen-questions-18/50/61/63's gap lines), on made-up pages whose figures are in the prose: 比微信多吗
 * right after a channel's count weighs it against the other channel of the same agency and year (yes or no first); an item
 * published asked in 件 with no verb (部门动态多少件) is counted by the 条 a publishing sentence prints; 那B市2025年呢 after a
 * question of another agency and year, the message alone finding nothing, asks the last question of the agency and year said; 哪个多 names a
 * channel whose figure the importer keyed with no name of its own; X那个号呢 is X's account; 建设路那个办公室电话 is the
 * agency's own office, no agency named 办公室; 留言回复了几个 against 受理留言N条,均实现办结 is N; where a 公开栏 stands, which
 * neither report nor guide says, is refused rather than answered with the office's address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const CULTURE = [
  '青石县文化和旅游局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '(一)主动公开情况',
  '全年通过局网站发布政府信息310条。“青石文旅”政务新媒体矩阵共发布信息2400条,其中,通过政务微博公开政府信息930条,通过政务微信公开政府信息415条。',
  '“青石文旅”微信公众号发布信息120条,累计阅读量超20万次;“青石智慧景区”微信公众号发布信息37条,累计阅读量超5万次。',
  '(二)依申请公开情况',
  '受理网民留言58条,均实现办结,做到件件有回音。',
  '全年收到政府信息公开申请4件。',
  '欢迎监督,联系地址:青石县光明路文化和旅游局办公室,电话:0999-3216540。',
].join('\n');

const WATER = [
  '青石县水务局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '(一)主动公开情况',
  '在青石水务微信公众号自媒体发布388条,青石水务网站发稿270条,召开新闻发布会3场次。',
  '(二)依申请公开情况',
  '全年收到政府信息公开申请3件。',
].join('\n');

const ITEMS_IN_JIAN = [
  '白鹭县科学技术局2023年政府信息公开工作年度报告',
  '一、总体情况',
  '(一)主动公开',
  '全年主动公开信息140条,其中:政府信息公开年报1件,预决算公开2件,部门动态44件,公示公告3件。',
  '(二)依申请公开',
  '全年收到政府信息公开申请1件。',
].join('\n');

const ITEMS_IN_TIAO = [
  '红岭市科学技术局2025年政府信息公开工作年度报告',
  '一、总体情况',
  '(一)主动公开',
  '全年累计主动公开发布各类政府信息80条,具体包括:政务运行类信息70条(含部门工作动态63条、工作总结4条、政务公开年报1条)。',
  '(二)依申请公开',
  '全年收到政府信息公开申请2件。',
].join('\n');

describe('gaps56: channels, items and offices of prose pages', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['culture-2024.txt', CULTURE],
      ['water-2024.txt', WATER],
      ['bailu-2023.txt', ITEMS_IN_JIAN],
      ['hongling-2025.txt', ITEMS_IN_TIAO],
    ]);
  });
  afterAll(() => app.dispose());

  it('比微信多吗 after the 微博 count weighs the two channels, yes or no first', async () => {
    const [, more, fewer] = await converse(app, 'g56a', ['青石县文旅局24年微博发了多少', '比微信多吗', '比政务微信少吗']);
    expect(more.answer).toMatch(/^是的。比微信多515条/);
    expect(more.answer).toContain('415');
    expect(fewer.answer).toMatch(/^不是。/);
  });

  it('部门动态多少件 is answered by 部门工作动态N条 of a publishing sentence', async () => {
    const answer = await app.ask('红岭市科技局2025年部门动态多少件');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('63条');
  });

  it('那B市2025年呢 after an item of another agency and year asks it of the agency and year said; 哪个多 weighs them', async () => {
    const [first, other, which] = await converse(app, 'g56b', ['白鹭县科技局2023年部门动态多少件', '那红岭市2025年呢', '哪个多']);
    expect(first.answer).toContain('44件');
    expect(other.answer).toContain('63条');
    expect(which.answer).toMatch(/^红岭市科学技术局2025年.*63条最多/);
  });

  it('哪个多 after two channels names each channel, a figure keyed with no name included', async () => {
    const [, , , which] = await converse(app, 'g56c', ['青石县水务局24年开了几场新闻发布会', '公众号发了多少条', '网站呢', '哪个多']);
    expect(which.answer).toMatch(/公众号自媒体发布388条最多/);
  });

  it('X那个号呢 is the account named by part of its name', async () => {
    const [, , account] = await converse(app, 'g56d', ['青石县文旅局24年网站发了多少信息', '青石文旅公众号呢', '智慧景区那个号呢']);
    expect(account.kind).toBe('figure');
    expect(account.answer).toContain('37条');
  });

  it("建设路那个办公室电话多少 is the agency's own office", async () => {
    const [, answer] = await converse(app, 'g56e', ['青石县文旅局24年收到几件申请', '再问下 光明路那个办公室电话多少']);
    expect(answer.answer).toContain('0999-3216540');
  });

  it('公开栏在哪个村 of an agency with no guide is refused, not answered with the office address', async () => {
    const answer = await app.ask('青石县文旅局的政务公开栏在哪个村');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).not.toContain('光明路');
  });

  it('留言回复了几个 against 受理留言N条,均实现办结 is N', async () => {
    const answer = await app.ask('青石县文旅局24年网民留言回复了几个');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('58条');
  });
});

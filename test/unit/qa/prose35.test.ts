/**
 * prose35's classes (facts a report states only in its prose), on made-up pages cut before their tables: the noun printed
 * after 多少 and its measure word is the thing counted (收到多少条留言, 公开了多少件政协提案), as the run of the question's words
 * there (多少件意见建议, not the 意见 of 群众意见9起); 微博呢 after 公众号收到多少条留言 asks the messages the other account
 * received, not its posts; 当天 is the 当日 a report prints, 专门的经费 its 专项经费; a place after 问政 names the platform
 * (问政山东), and a place's government after 在 / 通过 the website's owner (在南岭区政府网站), never another agency; 门户网站呢
 * after 通过市政府网站公开了多少信息 asks the same of the other site, and 高新区自己的门户网站呢 in a conversation about one zone
 * that zone's own.
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
  'police.txt': cut(
    '北岭市公安局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息940条。在北岭警方微信公众号发布信息410条,收到留言1730条,互动1200次;在北岭警方官方微博发布信息530条,收到留言880条。\n(二)依申请公开。2025年共收到政府信息公开申请6件。',
  ),
  'bureau.txt': cut(
    '北岭市商务局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息210条。认真办理并公开人大建议7件,政协提案19件。全年办理意见建议共26起,群众意见9起、企业诉求17起。全年受理网民留言200条,当日办结150条。落实专项经费,保障公开工作开展。\n(二)依申请公开。2025年共收到政府信息公开申请3件。',
  ),
  'town.txt': cut(
    '北岭市东岗街道办事处2025年政府信息公开工作年度报告',
    '(一)主动公开。通过南岭区政府网站主动公开信息45条。办理问政山东留言12件,办理12345热线工单40件。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
  'district.txt': cut(
    '南岭区人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。通过区政府网站主动公开政府信息3200条。\n(二)依申请公开。2025年共收到政府信息公开申请41件。',
  ),
  'province.txt': cut(
    '山东省民政厅2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息1500条,办理网民留言300件。\n(二)依申请公开。2025年共收到政府信息公开申请18件。',
  ),
  'zone2.txt': cut(
    '南岭高新区管委会2025年政府信息公开工作年度报告',
    '(一)主动公开。通过管委会门户网站公开信息90条。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
  'zone.txt': cut(
    '北岭高新区管委会2025年政府信息公开工作年度报告',
    '(一)主动公开。通过市政府网站公开信息300条,通过管委会门户网站公开信息520条,通过微信公众号公开信息610条。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose35 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-06-01T10:00:00+08:00') });
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('收到多少条留言 after a channel counts the messages printed after 收到, not the account’s posts', async () => {
    const [received, weibo] = await converse(app, 'p35-messages', ['北岭市公安局2025年公众号收到多少条留言', '微博呢']);
    expect(values(received)).toEqual([1730]);
    expect(values(weibo)).toEqual([880]);
  });

  it('微博呢 after 收到留言多少条 (the noun before 多少) asks the other account’s messages too', async () => {
    const [received, weibo] = await converse(app, 'p35-messages-before', ['北岭市公安局2025年公众号收到留言多少条', '那微博呢']);
    expect(values(received)).toEqual([1730]);
    expect(values(weibo)).toEqual([880]);
  });

  it('公开了多少件政协提案 is the count printed after 政协提案 (19), not the first item of the clause', async () => {
    const [petitions] = await converse(app, 'p35-petitions', ['北岭市商务局2025年办理并公开了多少件政协提案']);
    expect(values(petitions)).toEqual([19]);
  });

  it('多少件意见建议 counts the whole noun printed after the measure word (26), not 群众意见9起', async () => {
    const [opinions] = await converse(app, 'p35-opinions', ['北岭市商务局2025年办理了多少件意见建议']);
    expect(values(opinions)).toEqual([26]);
  });

  it('当天 is the 当日 the report prints (150), never the messages received (200)', async () => {
    const [sameDay] = await converse(app, 'p35-same-day', ['北岭市商务局2025年当天办结的留言有多少条']);
    expect(values(sameDay)).toEqual([150]);
  });

  it('有专门的经费吗 is answered from 落实专项经费', async () => {
    const [funds] = await converse(app, 'p35-funds', ['北岭市商务局2025年有专门的经费吗']);
    expect(funds.kind).not.toBe('refusal');
    expect(funds.answer.startsWith('有')).toBe(true);
    expect(funds.answer).toContain('专项经费');
  });

  it('问政山东 is a platform: its messages are the agency’s in the conversation, not 山东省民政厅’s', async () => {
    const [, platform] = await converse(app, 'p35-platform', ['北岭市东岗街道2025年办理了多少件12345热线工单', '问政山东留言办了几件']);
    expect(values(platform)).toEqual([12]);
    expect(platform.answer).not.toContain('民政厅');
  });

  it('在南岭区政府网站 is where the named street published, not a second agency asked', async () => {
    const [site] = await converse(app, 'p35-site-owner', ['东岗街道2025年在南岭区政府网站主动公开了多少条']);
    expect(values(site)).toEqual([45]);
    expect(site.answer).not.toContain('南岭区人民政府');
  });

  it('门户网站呢 after 通过市政府网站公开了多少信息 asks the same of the other site (520)', async () => {
    const [city, portal] = await converse(app, 'p35-portal', ['北岭高新区管委会2025年通过市政府网站公开了多少信息', '门户网站呢']);
    expect(values(city)).toEqual([300]);
    expect(values(portal)).toEqual([520]);
  });

  it('高新区自己的门户网站呢 in a conversation about one zone is that zone’s own site, not a question which zone', async () => {
    const [, own] = await converse(app, 'p35-own-site', ['北岭高新区管委会2025年通过市政府网站公开了多少信息', '高新区自己的门户网站呢']);
    expect(own.kind).toBe('figure');
    expect(values(own)).toEqual([520]);
  });
});

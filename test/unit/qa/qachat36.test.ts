/**
 * qachat36's classes (citizen-questions-64), each on made-up pages laid out as the real ones of reports-more15, 16 and 19 (a
 * city's own report, a bureau's prose with a mailbox's steps): 公看 / 公侃 typed for 公开; a place's own name
 * (a city reporting as itself) followed by a year said in words (澄远去年); letters chosen to be printed (选登) are a step of
 * their own beside 办件 and 办结; 订阅号 is an account whose posts are asked, not its subscribers; 推 alone on an account
 * before a count is posting; and 联系电话(传真): is the phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const CITY = `澄远市2025年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》要求,现公布澄远市2025年度政府信息公开工作年度报告。所列数据统计时限为2025年1月1日至2025年12月31日。如对本报告有任何疑问或意见建议,请与澄远市人民政府办公室联系(地址:澄远市滨江路18号;邮编:661999;联系电话:0873—7000123)。
一、总体情况
(一)主动公开方面。全年通过政府门户网站发布信息1234条,访问量达56789人次,开展在线访谈3次,切实以公开促落实。
(二)依申请公开方面。2025年,共收到政府信息公开申请6件,均已按时答复。
`;

const BUREAU = `本报告依据《中华人民共和国政府信息公开条例》要求,结合2025年我局政府信息公开工作编制而成。本报告中使用数据统计期限为2025年1月1日至12月31日。如对本报告有任何疑问,请与南屏县水务局办公室联系(地址:南屏县河滨路9号,联系电话(传真):0566-2800111,邮编:247999)。
一、总体情况
(一)主动公开。2025年,主动公开政府信息96条。运用好“南屏水务”订阅号,向广大用户推送工作进展情况、通知等,全年发布信息120条。“清水南屏”微信平台累计发布88篇稿件。优化举措,拓宽交流通道,局长信箱办件40件,办结40件,选登公开12件。
(二)依申请公开。2025年,我局收到政府信息公开申请4件,办结4件。
`;

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat36 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['city.txt', CITY],
      ['bureau.txt', BUREAU],
    ]);
  });
  afterAll(() => app.dispose());

  it('公看 / 公侃 typed for 公开 (made up)', async () => {
    const [seen] = await converse(app, 'c36-typo', ['南屏县水务局25年主动公看了几条']);
    expect(values(seen)).toContain(96);
    const [again] = await converse(app, 'c36-typo2', ['南屏县水务局25年公侃了多少条信息']);
    expect(values(again)).toContain(96);
  });

  it("a city's own name without its level, then a year said in words, is the city (made up)", async () => {
    const [site, visits] = await converse(app, 'c36-place', ['澄远去年网站发了几条信息', '访问量多少']);
    expect(values(site)).toEqual([1234]);
    expect(values(visits)).toEqual([56789]);
  });

  it('选登 is a step of its own beside 办件 and 办结 (made up)', async () => {
    const [chosen] = await converse(app, 'c36-mailbox', ['南屏县水务局25年局长信箱选登了几件']);
    expect(values(chosen)).toEqual([12]);
    const [handled] = await converse(app, 'c36-mailbox2', ['南屏县水务局25年局长信箱办结了几件']);
    expect(values(handled)).toEqual([40]);
  });

  it('订阅号推了多少 asks its posts, not its subscribers; 推 alone on an account is posting (made up)', async () => {
    const [posts] = await converse(app, 'c36-push', ['南屏县水务局25年订阅号推了多少']);
    expect(values(posts)).toEqual([120]);
    const [articles] = await converse(app, 'c36-push2', ['南屏县水务局25年微信平台推了多少篇']);
    expect(values(articles)).toEqual([88]);
  });

  it('联系电话(传真): is the phone (made up)', async () => {
    const [phone] = await converse(app, 'c36-phone', ['南屏县水务局电话多少']);
    expect(phone.answer).toContain('0566-2800111');
  });
});

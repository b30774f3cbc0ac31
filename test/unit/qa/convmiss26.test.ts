/**
 * convmiss26's classes (citizen-questions-74), on made-up pages cut before their tables: 那X局25年工作动态几条 after a lawsuit
 * question names a thing of its own, so it is a new question (never the last question's lawsuits asked of X), and the
 * turn after it no longer carries the lawsuits; a place said in reply to 您问的是哪个气象局？ that no option begins with
 * (上虞的 for 绍兴市上虞区气象局) is the one option that names it right after its higher place; 累计公布各类信息N条 over a
 * website and a 公众号 is the year's whole (公布 is 公开), so 公开了多少 is it, never the 通知公告 after it; 公看了多少 (a
 * keyboard's homophone) is asked as 公开了多少, never the applications' 0; 在网上公开了多少条 (nothing but items counted) is
 * the website's; 接待咨询 asked is the 接受咨询 printed.
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

const guide = (agency: string, phone: string) => `为更好地提供政府信息公开服务,${agency}编制了《${agency}政府信息公开指南》。
一、政府信息公开工作机构
工作机构名称:${agency}办公室
咨询电话:${phone}
二、主动公开
(一)公开范围
主动公开类信息主要包括机构职能、人事任免。
`;

const REPORTS: Record<string, string> = {
  'town.txt': cut(
    '南岭镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开情况。2025年,通过门户网站累计公开政府信息80条。\n(二)依申请公开情况。2025年,未收到信息公开申请,未发生因政府信息公开申请行政复议、提起行政诉讼的案件。',
  ),
  'bureau.txt': cut(
    '东川市信访局2025年政府信息公开工作年度报告',
    '(一)主动公开方面\n在市政府官网主动公开政府信息共计30条,其中:1.政策性文件2条;2.工作动态类信息16条;3.公告公示7条;4.财政预决算信息4条。\n(二)依申请公开工作方面\n2025年,东川市信访局共受理政府信息公开申请3件。',
  ),
  'insurance.txt': `根据《中华人民共和国政府信息公开条例》规定,现将北水县医疗保障局2024年政府信息公开工作年度报告予以公开发布。本报告所列数据的统计时间自2024年1月1日到2024年12月31日。
总体情况
(一)主动公开政府信息情况。通过北水县人民政府网站、“北水医保”微信公众号,累计公布各类信息90条,发布通知公告4条,政策解读类信息12条。
(二)依申请公开情况。全年未收到依申请公开事项。
(三)政府信息管理情况。建立了完善的信息公开管理机制,对
`,
  'service.txt': cut(
    '西岭区政务服务管理办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。全年政务服务中心接受咨询30210人次,受理办理各类政务服务事项40555件次。\n(二)依申请公开。2025年我办未收到依申请公开。',
  ),
  'g1.txt': guide('北岭市气象局', '0931-1234567'),
  'g2.txt': guide('南河县气象局', '0552-7654321'),
  'g3.txt': guide('绍湖市西虞区气象局', '0575-8888888'),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('convmiss26 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('那X局25年工作动态几条 after 被告了几次 asks X its own thing, and 预决算的呢 after it goes on from that', async () => {
    const [, news, budget] = await converse(app, 'cm26-own', ['南岭镇去年被告了几次', '那东川信访局25年工作动态有几条', '预决算的呢']);
    expect(values(news)).toEqual([16]);
    expect(values(budget)).toEqual([4]);
  });

  it('那X局25年公告公示几条 after a lawsuit question is the 公告公示7条', async () => {
    const [, notices] = await converse(app, 'cm26-notice', ['南岭镇去年被告了几次', '那东川信访局25年公告公示几条']);
    expect(values(notices)).toEqual([7]);
  });

  it('西虞的 in reply to 哪个气象局？ is 绍湖市西虞区气象局, named after its city', async () => {
    const [asked, reply] = await converse(app, 'cm26-reply', ['那个气象局电话多少', '西虞的']);
    expect(asked.kind).toBe('clarify');
    expect(reply.answer).toContain('0575-8888888');
  });

  it('公开了多少 is the 累计公布各类信息90条 over the website and the 公众号, never the 通知公告4条', async () => {
    const [all] = await converse(app, 'cm26-whole', ['北水医保局24年公开了多少']);
    expect(values(all)).toEqual([90]);
  });

  it('公看了多少 is asked as 公开了多少: the 90, never the applications none were received of', async () => {
    const [all] = await converse(app, 'cm26-typo', ['北水医保局24年公看了多少']);
    expect(values(all)).toEqual([90]);
  });

  it('在网上公开了多少条 is what went on the website, never refused as a channel the page does not print', async () => {
    const [online] = await converse(app, 'cm26-online', ['南岭镇去年在网上公开了多少条']);
    expect(values(online)).toEqual([80]);
  });

  it('接待咨询多少人次 is the 接受咨询30210人次 printed', async () => {
    const [visits] = await converse(app, 'cm26-reception', ['西岭区政务服务办25年接待咨询多少人次']);
    expect(values(visits)).toEqual([30210]);
  });
});

/**
 * gaps61’s classes (gap lines of citizen-questions-70, 71 and 72), on made-up pages cut before their tables: a word the headline
 * prints and every item of its breakdown prints again (媒体) singles no item out, so the headline answers it; 比网站上多吗 after
 * a channel's count weighs the two channels (上 is no part of the channel's name), in 条 and 篇 alike; 比县政府平台多吗 against
 * 在县政府信息公开平台 (its words in order); a measure and its number with 累计超过 between them (网站访问量累计超过N人次); 那X呢
 * after a refused turn goes on from the count answered before the miss; a mailbox's letters asked in 封 are
 * its count printed in 条.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(五)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'traffic.txt': cut(
    '东岭市交通运输局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,东岭市交通运输局通过网站共公开工作动态70篇,通知公告12条;通过国家级、省级、南江市级、东岭媒体平台刊发信息150篇,其中省级及以上媒体刊发信息20篇,南江媒体刊发信息40篇,东岭媒体刊发信息90篇;召开新闻发布会3场。\n(二)依申请公开情况\n2024年,我局未收到政府信息公开申请。',
  ),
  'health.txt': cut(
    '西河市医疗保障局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n全年,在官方网站主动公开政府信息300条,其中医保政策文件200条,政策解读100条。截至2024年,医保网站访问量累计超过6543210人次。“西河医保”微信公众号全年共发布信息700篇,总阅读数80万。\n(二)依申请公开情况\n全年共收到政府信息公开申请2件。',
  ),
  'school.txt': cut(
    '北岭县教育局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,教育局在县政府信息公开平台主动公开新闻信息30条,通过“北岭教育”微信公众号发布信息900条、报纸等媒体发布新闻信息20条。\n(二)依申请公开情况\n2024年,我局未收到政府信息公开申请。',
  ),
  'county.txt': cut(
    '东川县人民政府2024年政府信息公开工作年度报告',
    '(二)依申请公开情况\n全年累计受理政府信息公开申请30件。\n审理政府信息公开行政复议案件9起,其中:结果维持5起,结果纠正4起。\n局长信箱收到6条,开展民意征集2次。',
  ),
  'zone.txt': cut(
    '南河高新技术产业开发区管理委员会2024年政府信息公开工作年度报告',
    '(一)主动公开方面。聚焦经济发展、重大项目、财政信息等重点领域,全年政务公开信息共40条。其中政府信息公开指南1条,财政信息6条,其他法定信息20条,政策解读13条。\n(二)依申请公开方面。全年未收到政府信息公开申请。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps61 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('媒体 asked alone is the headline 150, not an item its own qualifier (省级及以上) names', async () => {
    const [, media, local] = await converse(app, 'g61-media', ['东岭交通局24年网站发了几篇工作动态', '在媒体上登了多少篇', '南江的媒体呢']);
    expect(values(media)).toEqual([150]);
    expect(values(local)).toEqual([40]);
  });

  it('比网站上多吗 after the 公众号’s 700篇 weighs it against the site’s 300条', async () => {
    const [, account, more] = await converse(app, 'g61-site', ['西河医保局24年网站公开了多少条', '那公众号推了多少', '比网站上多吗']);
    expect(values(account)).toEqual([700]);
    expect(values(more)).toEqual([700, 300]);
    expect(more.answer).toMatch(/^是的/);
  });

  it('比县政府平台多吗 is the channel printed 县政府信息公开平台, weighed against the 公众号’s count', async () => {
    const [account, more] = await converse(app, 'g61-platform', ['北岭教育局24年公众号发了多少', '比县政府平台多吗']);
    expect(values(account)).toEqual([900]);
    expect(values(more)).toEqual([900, 30]);
  });

  it('网站访问量多少 reads 访问量累计超过6543210人次', async () => {
    const [visits] = await converse(app, 'g61-visits', ['西河医保网站访问量多少']);
    expect(values(visits)).toEqual([6543210]);
  });

  it('局长信箱收了几封信 against 局长信箱收到6条: a mailbox’s letters in 条', async () => {
    const [letters] = await converse(app, 'g61-letters', ['东川县局长信箱收了几封信']);
    expect(values(letters)).toEqual([6]);
  });

  it('那财政信息呢 after a refused turn is counted as the count answered before it was', async () => {
    const [first, missed, fiscal] = await converse(app, 'g61-miss', ['南河高新区那个政策解读发了多少啊', '网站访问量多少', '那财政信息呢']);
    expect(values(first)).toEqual([13]);
    expect(missed.facts).toEqual([]);
    expect(values(fiscal)).toEqual([6]);
  });
});

/**
 * convmiss25's classes (citizen-questions-72), each on made-up pages cut before their tables: a 垦殖场 called a 场 by its own
 * name (红星场), and 村务公开呢 in a conversation about it is its count; 是几个人申请的 asks the applicants (总计25人); 省里的呢
 * is the 省级 media; 头条号 is the 今日头条 printed; 上网申请 is 网上 (网络申请) and 写信的呢 is 信函申请; 征求民意 is 民意征集;
 * 它发了多少篇 after an applications question is what the agency published, never the applications' count; 多少记者 asks people,
 * never the 1场 of the 发布会; 有人申请吗 answered from a sentence states its count; 咋申请 电话多少 asks no count, so 传真呢
 * after it is the guide's fax.
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
  'farm.txt': cut(
    '红星场2024年政府信息公开工作年度报告',
    '如对本报告有疑问,请与安远县红星垦殖场办公室联系(地址:安远县红星路9号)。\n(一)主动公开情况\n我场共主动公开政府信息120条,其中,村务公开40条,应急管理17条。\n(二)依申请公开\n2024年,我场共收到依申请件0件。',
  ),
  'stats.txt': cut(
    '北岭市统计局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n全年发布政务动态90条,各类统计信息33条。\n(二)依申请公开\n2024年,我局收到公民信息申请共30条,总计25人,其中,申请提供年鉴20条。上年结转申请2条。',
  ),
  'media.txt': cut(
    '南河市民政局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n通过门户网站发布政府信息200条,微信公众号发布300条。在人民网等国家级媒体报道9次,在《南河日报》等省级媒体报道21次,在市级媒体报道60次。全年通过新媒体发布信息300条,其中微博100条,今日头条50条。\n(二)依申请公开情况\n全年共收到政府信息公开申请10件,其中网络申请7件,信函申请3件。',
  ),
  'audit.txt': cut(
    '东岭市审计局2024年政府信息公开工作年度报告',
    '(一)主动公开情况。全年通过机关网站发布审计动态74条,微信公众号发布104条,局长信箱收到5条,开展民意征集2次。\n(二)依申请公开情况。全年共收到政府信息公开申请1件。',
  ),
  'forest.txt': cut(
    '青岭市林业局2024年政府信息公开工作年度报告',
    '(一)主动公开\n召开新闻发布会2场,抖音号发布视频40个。\n(二)依申请公开\n2024年度收到1条依申请公开政府信息事项,已按要求办理。',
  ),
  'street.txt': cut(
    '东河街道2024年政府信息公开工作年度报告',
    '(二)依申请公开\n2024年东河街道收到政务公开申请9件,其中:主动公开1件,依申请公开3件,咨询5件。',
  ),
  'guide.txt': `为更好地提供政府信息公开服务,北岭市气象局编制了《北岭市气象局政府信息公开指南》。
一、政府信息公开工作机构
工作机构名称:市气象局办公室
办公地址:北岭市和平大道9号
咨询电话:0931-1234567
传真:0931-7654321
邮政编码:730099
二、主动公开
(一)公开范围
主动公开类信息主要包括机构职能、人事任免。
`,
  'district.txt': cut(
    '西河区统计局2024年政府信息公开工作年度报告',
    '(一)政府信息主动公开情况\n2024年,区统计局主动公开政府信息共77篇,其中发布统计报告15篇、工作动态20篇。\n(二)政府信息依申请公开情况\n2024年,区统计局新收到依申请公开政府信息3件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('convmiss25 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('红星场 is the 垦殖场 of that name (安远县红星垦殖场), as its title says it', async () => {
    const [all, village] = await converse(app, 'cm25-farm', ['红星场24年信息公开了多少条', '村务公开呢']);
    expect(values(all)).toEqual([120]);
    expect(values(village)).toEqual([40]);
  });

  it('几个人申请的 is the 总计25人 of the applicants, never the 30 applications', async () => {
    const [, people] = await converse(app, 'cm25-people', ['北岭统计局24年收到几个申请', '那是几个人申请的']);
    expect(values(people)).not.toContain(30);
    expect(values(people)).toEqual([25]);
  });

  it('省里的呢 after 国家级媒体报道 is the 省级媒体 21', async () => {
    const [, province] = await converse(app, 'cm25-press', ['南河民政局24年上国家级媒体报道了几次', '省里的呢']);
    expect(values(province)).toEqual([21]);
  });

  it('头条号呢 is the 今日头条 50', async () => {
    const [, toutiao] = await converse(app, 'cm25-toutiao', ['南河民政局24年微博发了多少', '头条号呢']);
    expect(values(toutiao)).toEqual([50]);
  });

  it('上网申请的 is 网络申请, 写信的 is 信函申请', async () => {
    const [online, letter] = await converse(app, 'cm25-channel', ['南河民政局24年有几个人上网申请的', '写信的呢']);
    expect(values(online)).toEqual([7]);
    expect(values(letter)).toEqual([3]);
  });

  it('征求民意搞了几次 is the 开展民意征集2次 printed', async () => {
    const [, poll] = await converse(app, 'cm25-box', ['东岭审计局24年公众号发了多少', '征求民意搞了几次']);
    expect(values(poll)).toEqual([2]);
  });

  it('来了多少记者 asks people: never the 2场 of the 发布会', async () => {
    const [press] = await converse(app, 'cm25-press2', ['青岭林业局24年新闻发布会来了多少记者']);
    expect(values(press)).toEqual([]);
  });

  it('有人申请吗 against 收到1条…事项 says yes with its 1', async () => {
    const [applied] = await converse(app, 'cm25-yes', ['青岭林业局24年有人申请公开吗']);
    expect(applied.answer).toMatch(/^有/);
    expect(values(applied)).toEqual([1]);
  });

  it('有人来申请吗 never states a part of the applications (依申请公开3件 of 9) as their count', async () => {
    const [applied] = await converse(app, 'cm25-part', ['东河街道24年有人来申请信息公开吗']);
    expect(values(applied)).not.toEqual([3]);
  });

  it('传真呢 after 咋申请 电话多少 is the guide’s fax, never a count of applications by fax', async () => {
    const [, fax] = await converse(app, 'cm25-fax', ['北岭气象局咋申请信息公开 电话多少', '传真呢']);
    expect(fax.answer).toContain('0931-7654321');
  });

  it('它发了多少篇文章 after 收了几个申请 is the 主动公开…共77篇, never the 3件 applications', async () => {
    const [, posted] = await converse(app, 'cm25-posts', ['西河区统计局24年收了几个申请', '它发了多少篇文章']);
    expect(values(posted)).toEqual([77]);
  });
});

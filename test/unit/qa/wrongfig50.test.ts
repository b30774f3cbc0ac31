/**
 * wrongfig50's classes (real-questions-wrongfig50's wrong figure and misreadings), on made-up pages cut before their tables:
 * 比去年多了多少条 after a part of a total (应急管理29条 of 238条), the year before not held, is 无法比较 with the part asked
 * last, never its own year's total set against it (29 − 238), nor the gap of the conversation's last two figures of one
 * year (村务公开105条对29条); 官网呢 after a channel's count (公众号542条) is the official website's count, never its web address;
 * a visits count printed 50余万次 (余 before 万) is read as 50万次; 区政府交办的呢 / 那区政府交办的件几件 after an agency's
 * applications is the count passed on by the government of its level, never a which-government clarify nor an unknown agency;
 * 那个数字对吗 / 这个数准不准 after a figure is a doubt (answered with where answers come from), never “数字” looked up and refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'farm.txt': cut(
    '青禾县红岭林场2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n截至2024年12月31日,我场共主动公开政府信息164条,其中,政策文件6条,财政预决算3条,防火安全21条,场务公开88条,政府信息公开年度报告1条。\n(二)依申请公开\n2024年,我场共收到依申请件0件。',
  ),
  'zone.txt': cut(
    '澜湾新区管理委员会2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n网站全年主动公开政府信息5条,其中行政许可类信息2条。管委会官方网站和政务新媒体微信公众号“澜湾发布”分别发布信息418条、736条。\n(二)依申请公开情况\n全年合计受理依申请公开数量3件,为网络申请办件。',
  ),
  'civil.txt': cut(
    '江屿省气象局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n门户网站总访问量超过36余万次,信息发布1275条;“江屿气象”微博发布信息204条,关注量3318。\n(二)依申请公开情况\n2024年共受理信息依申请公开4件,予以公开4件。',
  ),
  'street.txt': cut(
    '柳塘街道办事处2024年政府信息公开工作年度报告',
    '(一)主动公开\n2024年,柳塘街道通过政务网主动公开政府信息126条。\n(二)依申请公开\n2024年全年,柳塘街道收到依申请公开件共计27件,均已全部按时办结。区政府交办信息公开件7件,均已如期回复。因政府信息公开引起行政复议1件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig50 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('比去年多了多少条 after a part of a total, the year before not held: 无法比较 with the part, never the total nor a same-year gap', async () => {
    const [total, part, change] = await converse(app, 'w50-part', ['红岭林场2024年主动公开了多少条', '防火安全的几条', '比去年多了多少条']);
    expect(values(total)).toEqual([164]);
    expect(values(part)).toEqual([21]);
    expect(change.answer).toContain('无法比较');
    expect(values(change)).toEqual([21]);
    // (The total may stand in the quoted sentence, never in what is said.)
    expect(change.answer.split('原文')[0]).not.toContain('164');
    const [, , , again] = await converse(app, 'w50-two', [
      '红岭林场2024年主动公开了多少条',
      '场务公开呢',
      '防火安全的几条',
      '比去年多几条',
    ]);
    expect(again.answer).toContain('无法比较');
    expect(values(again)).toEqual([21]);
    expect(again.answer).not.toContain('相差');
  });

  it('官网呢 after a channel’s count is the official website’s count, never its web address', async () => {
    const [account, site] = await converse(app, 'w50-site', ['澜湾新区管委会2024年公众号发了多少条', '那官网呢']);
    expect(values(account)).toEqual([736]);
    expect(site.kind).toBe('figure');
    // (The page's 网站…5条 is a website's count too, and may stand beside it.)
    expect(values(site)).toContain(418);
    expect(site.answer).toContain('官方网站');
    expect(site.answer).not.toContain('网址');
  });

  it('a visits count printed 50余万次 (余 before 万) is read', async () => {
    const [visits] = await converse(app, 'w50-visits', ['江屿省气象局2024年门户网站访问量多少']);
    expect(visits.kind).toBe('figure');
    expect(values(visits)).toEqual([36]);
    expect(visits.answer).toContain('36余万次');
  });

  it('区政府交办的呢 after an agency’s applications is the count the government of its level passed on', async () => {
    const [received, passed] = await converse(app, 'w50-passed', ['柳塘街道2024年收到依申请公开几件', '区政府交办的呢']);
    expect(values(received)).toEqual([27]);
    expect(passed.kind).toBe('figure');
    expect(values(passed)).toEqual([7]);
    const [, named] = await converse(app, 'w50-passed-2', ['柳塘街道2024年收到依申请公开几件', '那区政府交办的信息公开件几件']);
    expect(values(named)).toEqual([7]);
  });

  it('那个数字对吗 / 这个数准不准 after a figure is a doubt answered with where answers come from, never “数字” looked up', async () => {
    const [received, doubt, again] = await converse(app, 'w50-doubt', ['柳塘街道2024年收到依申请公开几件', '那个数字对吗', '这个数准不准']);
    expect(values(received)).toEqual([27]);
    for (const answer of [doubt, again]) {
      expect(answer.kind).toBe('text');
      expect(answer.answer).toContain('出处');
      expect(answer.answer).not.toContain('没有找到');
    }
  });
});

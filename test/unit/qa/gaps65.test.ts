/**
 * gaps65's classes (gap lines of citizen-questions-53, 57 and 67), on made-up pages cut before their tables: a zone named by its
 * own name of three with its kind dropped (青鸾岛 for 青鸾岛经济技术开发区); 在网上公开了多少条 with nothing named after the count
 * is the website's count; 比前年多还是少 / 比上一年多还是少 after a figure of 去年 is the change its sentence prints; 有人撤回吗
 * carries the one count of its clause as a figure; 比23年多还是少 after a figure of 2019 weighs it against the same figure of
 * 2023; 现在还能看吗 two turns after the channel was named asks of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, year: number, body: string) => `${title}
本报告所列数据统计期限为${year}年1月1日至12月31日。
一、总体情况
${body}
(五)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'zone.txt': cut(
    '青鸾岛经济技术开发区2025年政府信息公开工作年度报告',
    2025,
    '(一)主动公开情况\n全年依托门户网站共发布各类公开信息640条。全年优化调整栏目设置7次,细化子栏目数次。\n(二)依申请公开情况\n全年共受理政府信息依申请公开12件。',
  ),
  'town.txt': cut(
    '青禾县白鹭镇人民政府2025年政府信息公开工作年度报告',
    2025,
    '(一)主动公开情况\n通过青禾县人民政府门户网站白鹭镇子站,累计公开发布政府信息88条。\n(二)依申请公开情况\n全年未收到政府信息公开申请。',
  ),
  'park.txt': cut(
    '南溪高新区2025年政府信息公开工作年度报告',
    2025,
    '1.主动公开。2025年主动公开政府信息900条。\n2.依申请公开。2025年共收到并处理政府信息公开申请20件,同比减少10%。所有申请均在法定时限内答复。通过沟通协商,申请人主动撤回信息公开申请4件。',
  ),
  'office-2019.txt': cut(
    '南岭市行政审批局2019年政府信息公开工作年度报告',
    2019,
    '(一)主动公开情况\n今年我局主动公开政府信息500条,其中规范性文件类信息6条。\n(二)依申请公开情况\n全年未收到政府信息公开申请。',
  ),
  'office-2023.txt': cut(
    '南岭市行政审批局2023年政府信息公开工作年度报告',
    2023,
    '(一)主动公开情况\n2023年,主动公开政府信息320条,规范性文件类信息5条。\n(二)依申请公开情况\n全年未收到政府信息公开申请。',
  ),
  'bureau.txt': cut(
    '北川县农业农村局2024年政府信息公开工作年度报告',
    2024,
    '(一)主动公开情况\n北川县农业农村局微信公众号发布信息80条,北川县农业农村局微博发布信息30条。北川县农业农村局微信公众号累计关注量达400人、北川县农业农村局微博累计关注量达12人。因使用率低,对“北川县农业农村局”新浪微博官方账号进行关停注销。\n(二)依申请公开情况\n全年未收到政府信息公开申请。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps65 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('青鸾岛 names 青鸾岛经济技术开发区 (a zone’s own name of three, its kind dropped)', async () => {
    const answer = await app.ask('青鸾岛栏目调整了几次');
    expect(values(answer)).toContain(7);
    expect(values(await app.ask('青鸾岛受理依申请公开多少件'))).toContain(12);
  });

  it('在网上公开了多少条 with nothing named after the count is the website’s count', async () => {
    expect(values(await app.ask('白鹭镇去年在网上公开了多少条'))).toContain(88);
    expect(values(await app.ask('白鹭镇去年在网上发布了多少条？'))).toContain(88);
  });

  it('比前年多还是少 and 比上一年多还是少 after a figure of 去年: the change its sentence prints', async () => {
    const [, count, before] = await converse(app, 'g65-change', ['南溪高新区去年主动公开了多少条', '申请的呢', '比前年多还是少']);
    expect(values(count)).toContain(20);
    expect(before.answer).toContain('同比减少10%');
    const [, , last] = await converse(app, 'g65-change-2', ['南溪高新区去年主动公开了多少条', '申请的呢', '比上一年多还是少']);
    expect(last.answer).toContain('同比减少10%');
  });

  it('有人撤回吗 against 申请人主动撤回…4件: yes, and the clause’s one count is the figure', async () => {
    const answer = await app.ask('南溪高新区去年有人撤回吗');
    expect(answer.answer.startsWith('有')).toBe(true);
    expect(values(answer)).toEqual([4]);
  });

  it('比23年多还是少 after a figure of 2019: the same figure of 2023 asked and the two weighed', async () => {
    const [first, against] = await converse(app, 'g65-years', ['南岭审批局19年主动公开了多少条', '比23年多还是少']);
    expect(values(first)).toContain(500);
    expect(values(against)).toEqual(expect.arrayContaining([500, 320, 180]));
    expect(against.answer).toContain('多180条');
  });

  it('现在还能看吗 two turns after 微博 was named asks of the 微博', async () => {
    const [, , still] = await converse(app, 'g65-channel', ['北川农业农村局24年微博发了多少', '关注的多不多', '现在还能看吗']);
    expect(still.answer).toContain('注销');
  });
});

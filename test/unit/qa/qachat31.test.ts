/**
 * qachat31's classes (citizen-questions-59), each on made-up reports built from 西工区's layout with another agency and
 * figures, and on real pages of reports-more34: a 服务号 asked is the 服务号's count, not the 公众号's; a channel's count is the
 * channel its own clause names (视频号 opened, then 发布微信公众号信息136条: no 视频号 figure); 还有呢 alone asks what else, never
 * whether the channel is still there, and after a figure printed alone gives the next sentence's counts, or a breakdown's part
 * in another measure when the parts make the whole; two channels' counts printed in sentences of their own add up; two items
 * of one breakdown compare and subtract; 撤回 is the report's 撤销, a whole in 封 is a whole for 占比, and 其余的呢 after 占比多少
 * is the part's rest; a whole whose parts follow 具体包括 gives 其余的呢.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** 西工区's report as another agency's (2024), its 主动公开 paragraph and 依申请公开 sentence replaced. */
function madeUp(agency: string, proactive: string, received: string): string {
  return xigongAs(agency, '南屏县', proactive, received, 2024);
}

const REPORTS: Record<string, string> = {
  'weijian.txt': madeUp(
    '南屏县卫生健康局',
    '2024 年，南屏县卫生健康局主动公开政府信息 400 条，其中政府网站公开 20 条，微信公众号“健康南屏”发布 300 条，微信服务号“健康南屏服务”发布 25 条，微信视频号“南小卫”发布 6 条，12345 政务服务热线办件 49 件。',
    '2024 年，我局收到信息公开申请 3 件。',
  ),
  'zhaoshang.txt': madeUp(
    '南屏县招商局',
    '2024 年，我局累计公开招商信息 40 条。我局继续发挥政务新媒体作用，并开通“南屏招商”视频号，不断提升“南屏招商”微信公众平台运维能力，全年累计发布微信公众号信息 88 条，新增关注 30 个。',
    '2024 年，我局未收到信息公开申请。',
  ),
  'wenlv.txt': madeUp(
    '南屏县文化旅游体育局',
    '2024 年，我局通过门户网站主动公开 900 条信息，其中规范性文件 5 条，通知公告 150 条，政务动态 600 条，其他信息 145 条。2024 年，通过微博“南屏文旅”发布信息 120 篇；通过微信公众号“南屏文旅”发布信息 480 篇。',
    '2024 年，我局共收到依申请公开件 20 封，其中，5 封申请人主动撤销申请，15 封均在规定时限内答复办结。',
  ),
  'zhen.txt': madeUp(
    '南屏县东岭镇人民政府',
    '2024 年，我镇累计公开政府信息 300 条，具体包括：政务运行类信息 210 条，机构职能类信息 90 条。聚焦产业链条，发布重点项目信息 70 条。发布基层治理等底线工作信息 50 条。镇级重点决策方面，发布决策性会议信息 30 条，民生类会议 20 条。',
    '2024 年，我镇未收到信息公开申请。',
  ),
  'keji.txt': madeUp(
    '南屏县科学技术局',
    '2024 年主动公开政府信息 50 条，其中：通过政府网站公开信息 20 条，单位政务公开栏公开信息 12 条，单位微信工作群公开信息 8 条，发布《南屏科技》10 期。',
    '2024 年，我局未收到信息公开申请。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat31 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
    await importFixtureFiles(app, [
      ['reports-more34', '01.txt'],
      ['reports-more34', '04.txt'],
      ['reports-more34', '05.txt'],
      ['reports-more34', '07.txt'],
    ] as const);
  });
  afterAll(() => app.dispose());

  it('服务号 asked is the 服务号 count, not the 公众号 count beside it (made up)', async () => {
    const [service, account, video] = await converse(app, 'c31-service', ['南屏县卫生健康局24年服务号发了多少条', '公众号呢', '视频号呢']);
    expect(values(service)).toEqual([25]);
    expect(values(account)).toEqual([300]);
    expect(values(video)).toEqual([6]);
  });

  it('服务号 asked in a message of two questions is the 服务号 count (real, 合江县卫生健康局 2024: 16 and 37)', async () => {
    const [both] = await converse(app, 'c31-service-real', ['合江卫健局24年政府网站公开了多少条，服务号发了多少条']);
    expect(values(both)).toEqual(expect.arrayContaining([16, 37]));
    expect(values(both)).not.toContain(440);
  });

  it('a 视频号 opened with no count is answered by no figure of the 公众号 its clause counts (made up, and real 东宝区招商局)', async () => {
    const [madeUpVideo] = await converse(app, 'c31-video', ['南屏县招商局24年视频号发了多少']);
    expect(madeUpVideo.facts).toEqual([]);
    expect(madeUpVideo.answer).not.toContain('88');
    const [realVideo, account] = await converse(app, 'c31-video-real', ['东宝区招商局2024年视频号发了多少', '新增了多少关注']);
    expect(realVideo.facts).toEqual([]);
    expect(values(account)).toEqual([78]);
  });

  it('还有呢 after a figure printed alone: the counts of the next sentence, never the same answer again (made up, real 大村镇)', async () => {
    const [, , more] = await converse(app, 'c31-more', ['东岭镇24年发布了多少重点项目信息', '底线工作信息呢', '还有呢']);
    expect(values(more)).toEqual([30, 20]);
    const [, , real] = await converse(app, 'c31-more-real', ['大村镇24年发布了多少重点项目信息', '底线工作信息呢', '还有呢']);
    expect(values(real)).toEqual([44, 32]);
  });

  it('还有呢 after a channel of a breakdown: the part in another measure that makes the whole, never 还在用吗 (made up)', async () => {
    const [, , more] = await converse(app, 'c31-more-channel', ['南屏县科技局24年主动公开了多少条', '微信工作群呢', '还有呢']);
    expect(more.answer).not.toMatch(/^有。/);
    expect(values(more)).toEqual([10]);
  });

  it('two channels counted in sentences of their own add up; two items of one breakdown compare and subtract (made up)', async () => {
    const [, , sum] = await converse(app, 'c31-sum', ['南屏县文化旅游体育局24年微信公众号发了多少篇', '微博呢', '两个加起来多少']);
    expect(sum.answer).toContain('600');
    const [, , which, gap] = await converse(app, 'c31-compare', [
      '南屏县文化旅游体育局24年通知公告多少条',
      '政务动态呢',
      '哪个多',
      '多多少',
    ]);
    expect(which.kind).toBe('figure');
    expect(which.answer).toContain('政务动态600条最多');
    expect(gap.answer).toContain('相差450条');
    expect(gap.answer).not.toContain('网站150条');
  });

  it('the same over the real 深圳市文化广电旅游体育局 2025 page: 1211 + 358, and 1287 − 240', async () => {
    const [, , sum] = await converse(app, 'c31-sum-real', ['深圳文旅体育局25年微信公众号发了多少篇', '微博呢', '两个加起来多少']);
    expect(sum.answer).toContain('1569');
    const [, , , gap] = await converse(app, 'c31-gap-real', ['深圳文旅25年通知公告发了多少条', '政务动态呢', '哪个多', '多多少']);
    expect(gap.answer).toContain('1047');
  });

  it('撤回 is the report’s 撤销; 占比 of a part counted in 封; 其余的呢 after the share is the part’s rest (made up)', async () => {
    const [, withdrawn, share, rest] = await converse(app, 'c31-withdrawn', [
      '南屏县文化旅游体育局24年收到多少依申请公开',
      '撤回的有几封',
      '占比多少',
      '其余的呢',
    ]);
    expect(values(withdrawn)).toEqual([5]);
    expect(share.answer).toContain('25%');
    expect(rest.answer).toContain('其余的共15封');
  });

  it('其余的呢 after a part listed after 具体包括: the whole less the part (made up)', async () => {
    const [, , rest] = await converse(app, 'c31-rest', ['东岭镇24年累计公开多少条', '其中政务运行类呢', '其余的呢']);
    expect(rest.answer).toContain('其余的共90条');
  });
});

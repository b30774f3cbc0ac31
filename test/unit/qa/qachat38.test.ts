/**
 * qachat38's classes (citizen-questions-66), each on made-up pages cut before their tables: 多少次 asks a count printed in
 * 批次 (接受媒体采访80余批次) and not the 场 beside it; 财政信息公开了几条 is the 财政信息9条 item, not the 信息公开年报 of the lead
 * clause (two domain words side by side are no phrase); 比24年多了几件 after a count asks the change the sentence prints after
 * the count's bracket (比2024年度增加7件); a county's bare name before a channel (南溪微博) is that county; 看的人多不多 asks the
 * 阅读量; 央媒省媒的呢 asks the 中央级、省级媒体 printed, as one question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理方面
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'gaj.txt': cut(
    '北岭市公安局东湖分局2025年政府信息公开工作年度报告',
    '(一)主动公开情况。2025年,分局组织邀请并接受媒体采访80余批次,召开新闻发布会、新闻通气会等发布活动6余场,在各级主流新闻媒体宣传报道合计300余篇次,其中中央级、省级媒体共40余篇次,市级媒体100余篇次,区级媒体160余篇次。',
  ),
  'xiang.txt': cut(
    '青石乡2025年政府信息公开工作年度报告',
    '(一)主动公开政府信息情况\n围绕乡村振兴、财政资金使用等核心领域,累计公开信息50条。其中,信息公开年报1条,占比2%;工作动态40条,占比80%;财政信息9条,占比18%。\n(二)依申请公开政府信息情况\n2025年,我乡未收到政府信息公开申请。',
  ),
  'wjw.txt': cut(
    '西河区卫健委2025年政府信息公开工作年度报告',
    '(一)主动公开\n2025年,我委备案公文90件。\n(二)依申请公开\n2025年,我委共受理信息公开申请30件(其中,自然人提交申请28件,其他组织提交申请2件),比2024年度增加7件。',
  ),
  'xian.txt': cut(
    '南溪县2025年政府信息公开工作年度报告',
    '(一)深化重点领域公开。今年以来,南溪县人民政府门户网站发布信息500条,发布政策解读稿件5篇。微博、微信公众号发布信息120条。',
  ),
  'bsq.txt': cut(
    '东港保税区2025年度政府信息公开工作报告',
    '(一)持续推进主动公开。全年在保税区政务网站发布各类信息800条、在官方政务新媒体平台总计发布文章及视频900条次,阅读、播放总量55万次。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat38 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('接受了多少次媒体采访 is the 80余批次, not the 6余场 of the next clause; 开了几次发布会 stays the 6', async () => {
    const [visits] = await converse(app, 'c38-visits', ['东湖分局2025年接受了多少次媒体采访']);
    expect(values(visits)).toEqual([80]);
    const [events] = await converse(app, 'c38-events', ['东湖分局2025年开了几次发布会']);
    expect(values(events)).toEqual([6]);
  });

  it('青石乡财政信息公开了几条 is 财政信息9条, not 信息公开年报1条 (信息公开 is the domain, no phrase)', async () => {
    const [finance] = await converse(app, 'c38-finance', ['青石乡2025年财政信息公开了几条']);
    expect(values(finance)).toEqual([9]);
    expect(finance.answer).toContain('财政信息9条');
  });

  it('比24年多了几件 after 收到多少申请: the 比2024年度增加7件 printed after the count’s bracket', async () => {
    const [count, change] = await converse(app, 'c38-change', ['西河区卫健委2025年收到多少申请', '比24年多了几件']);
    expect(values(count)).toEqual([30]);
    expect(values(change)).toContain(7);
    expect(change.answer).toContain('增加7件');
  });

  it('南溪微博公众号一共推了多少: a county’s bare name before a channel is that county (120)', async () => {
    const [posted] = await converse(app, 'c38-place', ['南溪微博公众号一共推了多少']);
    expect(values(posted)).toEqual([120]);
  });

  it('看的人多不多 after the new media’s count asks the 阅读量 (55万次)', async () => {
    const [, read] = await converse(app, 'c38-read', ['东港保税区2025年新媒体发了多少', '看的人多不多']);
    expect(values(read)).toEqual([55]);
  });

  it('央媒省媒的呢 after the reports’ total is the 中央级、省级媒体 40, asked once; 市级的呢 then the 100', async () => {
    const [, levels, city] = await converse(app, 'c38-media', ['东湖分局2025年报道了多少篇', '央媒省媒的呢', '市级的呢']);
    expect(values(levels)).toEqual([40]);
    expect(levels.answer).not.toMatch(/^1\./);
    expect(values(city)).toEqual([100]);
  });
});

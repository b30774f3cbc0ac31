/**
 * qachat46's classes (citizen-questions-79: the report's prose asked in everyday words), on made-up pages cut before their
 * tables: 那上一年是多少件 after one year's count is the year before it (refused when not held), never that year's count again;
 * one of two things a sentence counts together with no 共 (人大代表建议及政协委员提案答复信息845条) asked alone is refused,
 * the joint count quoted; 申情 / 问提 are 申请 / 问题 typed; 明年干啥 / 接下来要做什么 ask the improvements; 其中在县政府网站发了
 * 几条 names the site, no agency; 那个政府开放日 is the event, no government asked; a bare thing (通知公告) right after a figure
 * whose sentence lists it is that thing's count; 存在的问题有哪些 after one agency's figure lists its problems, no question
 * across agencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, year: number, body: string) => `${title}
本报告所列数据统计期限为${year}年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'county.txt': cut(
    '梅岭县人民政府2025年政府信息公开工作年度报告',
    2025,
    '(一)主动公开情况\n全县累计发布各类政府信息820条,其中县政府网站发布310条。\n(二)依申请公开情况\n全年累计受理政府信息公开申请42件,同比增长20.0%;完成答复40件。',
  ),
  'office.txt': cut(
    '东川省人民政府办公厅2025年政府信息公开工作年度报告',
    2025,
    '(一)依法主动公开政府信息。通过省政府门户网站主动公开本年度制发的省政府规章3件,省政府工作报告及解读2条,人大代表建议及政协委员提案答复信息612条,财政预决算信息40条。\n(二)依申请公开。共受理政府信息公开申请88件。',
  ),
  'bureau.txt': `北塘县农业农村局2025年政府信息公开工作年度报告
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
(一)主动公开。2025年主动公开政府信息64条,其中:通过北塘县政府门户网站主动公开信息21条,单位政务公开栏公开信息17条。举办“政府开放日”活动1场,共邀请了18名种粮大户和群众代表。
(二)依申请公开。2025年共收到政府信息公开申请3件。
五、存在的主要问题及改进情况
存在问题:一是信息发布不够及时;二是解读形式比较单一。
改进措施:2026年,我局将一是建立信息发布台账,二是丰富图解、视频等解读形式。
六、其他需要报告的事项
2025年,我局未收取信息处理费。
`,
  'zone.txt': cut(
    '青山区人民政府2025年政府信息公开工作年度报告',
    2025,
    '(一)主动公开情况\n全区各部门通过政府门户网站、政务新媒体等渠道,主动公开信息5120条,同比增长6.5%。其中:政府网站公开910条,政务新媒体公开4210条。组织开展政务公开日集中宣传活动,活动共接待群众咨询近百人次。\n(二)依申请公开情况\n全区累计处理政府信息公开申请31件,同比增长约12%。',
  ),
  'museum.txt': cut(
    '白沙县文化和旅游局2025年政府信息公开工作年度报告',
    2025,
    '(一)主动公开方面。我局通过白沙县人民政府网站公开信息35条。“白沙县图书馆”“白沙县美术馆”微信公众号共计发布信息120期,450条,阅读量达3.2万次。\n(二)依申请公开方面。全年共收到政府信息公开申请2件。',
  ),
  'street.txt': cut(
    '南湖街道办事处2025年政府信息公开工作年度报告',
    2025,
    '(一)主动公开情况\n2025年,南湖街道通过政府信息公开网站累计主动公开政府信息150条。其中,街道动态96条、通知公告14条、采购信息30条、财政预决算10条。\n(二)依申请公开情况\n2025年未收到政府信息公开申请。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat46 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('那上一年是多少件 after 2025年受理42件 asks 2024, which no report holds: refused, never 42 again', async () => {
    const [count, before] = await converse(app, 'q46-year-before', ['梅岭县25年受理了多少件申请', '那上一年是多少件']);
    expect(values(count)).toEqual([42]);
    expect(before.kind).toBe('refusal');
    expect(values(before)).toEqual([]);
    expect(before.answer).toContain('2024年');
  });

  it('政协提案 asked alone against 人大代表建议及政协委员提案答复信息612条 is refused with the joint count quoted', async () => {
    const [joint, alone, other] = await converse(app, 'q46-joint', [
      '东川省政府办公厅人大建议政协提案答复信息公开了多少条',
      '光政协提案是多少',
      '东川省政府办公厅人大建议答复了几条',
    ]);
    expect(values(joint)).toEqual([612]);
    expect(alone.kind).toBe('refusal');
    expect(alone.answer).toContain('没有单独写明');
    expect(alone.answer).toContain('人大代表建议及政协委员提案答复信息612条');
    expect(other.kind).toBe('refusal');
    expect(values(other)).toEqual([]);
  });

  it('申情 and 问提 are 申请 and 问题 typed on a phone', async () => {
    const [applications] = await converse(app, 'q46-typo-a', ['北塘县农业农村局25年收到几个公开申情']);
    expect(values(applications)).toEqual([3]);
    const [problems] = await converse(app, 'q46-typo-b', ['北塘农业农村局存在的问提有哪些']);
    expect(problems.answer).toContain('解读形式比较单一');
  });

  it('明年干啥 / 接下来要做什么 ask the improvements the report plans', async () => {
    const [, next] = await converse(app, 'q46-next', ['北塘农业农村局有啥问题', '明年干啥']);
    expect(next.answer).toContain('建立信息发布台账');
    const [then] = await converse(app, 'q46-next-b', ['北塘县农业农村局接下来要做什么']);
    expect(then.answer).toContain('建立信息发布台账');
  });

  it('其中在县政府网站发了几条 names the site, and 那个政府开放日 the event: the remembered agency is asked', async () => {
    const [, site, guests] = await converse(app, 'q46-site', [
      '北塘农业农村局25年主动公开了多少条',
      '其中在县政府网站发了几条',
      '他们搞那个政府开放日请了多少人来',
    ]);
    expect(values(site)).toEqual([21]);
    expect(values(guests)).toEqual([18]);
  });

  it('a bare thing right after a figure whose sentence lists it (通知公告) is its count', async () => {
    const [, bought, notices] = await converse(app, 'q46-bare', ['南湖街道25年主动公开了多少条', '采购信息呢', '通知公告']);
    expect(values(bought)).toEqual([30]);
    expect(values(notices)).toEqual([14]);
  });

  it('存在的问题有哪些 after one agency’s answer lists its problems, no question across agencies', async () => {
    const [, problems] = await converse(app, 'q46-problems', ['北塘县农业农村局收信息处理费了吗', '存在的问题有哪些']);
    expect(problems.kind).toBe('text');
    expect(problems.answer).toContain('信息发布不够及时');
  });

  it('同比呢 after a headline and its part is the rate printed beside the headline; 主动公开同比呢 too, the year before not held', async () => {
    const [count, rate] = await converse(app, 'q46-rate', ['青山区主动公开了多少条', '同比呢']);
    expect(values(count)).toContain(5120);
    expect(rate.answer).toContain('同比增长6.5%');
    expect(values(rate)).toContain(6.5);
    const [, named] = await converse(app, 'q46-rate-b', ['青山区收到多少申请', '主动公开同比呢']);
    expect(named.answer).toContain('同比增长6.5%');
    expect(named.answer).not.toContain('无法比较');
  });

  it('a rate printed with 约 (同比增长约12%) is the report’s stated change', async () => {
    const [rate] = await converse(app, 'q46-about', ['青山区申请件数同比增长了多少']);
    // (Its first line, not only the quoted sentence.)
    expect(rate.answer.split('\n')[0]).toContain('同比增长约12%');
  });

  it('接待了多少群众咨询 with no measure word asked is the count printed in words (近百人次), quoted, never a number', async () => {
    const [visits] = await converse(app, 'q46-words', ['青山区政务公开日接待了多少群众咨询']);
    expect(visits.answer).toContain('近百人次');
    expect(values(visits)).toEqual([]);
  });

  it('那几个公众号发了多少条 points at the accounts (那几个 asks no count in 个): the 条 of “120期,450条”, never the 期', async () => {
    const [, posts] = await converse(app, 'q46-those', ['白沙县文旅局政府网站公开了几条', '图书馆美术馆那几个公众号发了多少条']);
    expect(values(posts)).toEqual([450]);
  });
});

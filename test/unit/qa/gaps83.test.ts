/**
 * gaps83's classes (issue #11, conversations after a miss), on made-up pages: a city named bare whose stored agencies are its
 * districts', towns' or zones' (西江公开了多少条 → which of 西江市北塘区民政局 and 西江高新区卫健委; 南平 → 南平县 or 南平市…金山镇),
 * then the reply by a kind said short (民政那个, 卫健那个…) or a level (县里的, 镇里的电话呢); 传真呢 / 邮箱呢 after a contact answer
 * that followed a count of applications; 那市残联的电话呢 in a conversation about a zone named after its city (东岭新区); 不予公开
 * 是不是N件 (a check of a count whose thing is also a rule's word); 我是说通过东岭日报发的 after a count published; 那卫健委的呢
 * after 部门公告几条 asks 部门公告 again, not the topic of the question before it.
 *
 * Gap lines closed (file:line): citizen-questions-84.jsonl:8, 9, 10, 11, 12 (泰州, 民政那个 and the four after it), 61 (邮箱呢), 78
 * (传真呢), 86 (那市残联的电话呢), 99, 102 (通化, 镇里的电话呢), 112 (不予公开是不是39件), 128 (我是说通过中卫日报发的);
 * citizen-questions-82.jsonl:7, 8, 10 (泰州的…, 民政那个, 卫健委收到几件提案建议); citizen-questions-85.jsonl:9 and 53 (那达州呢 after
 * a share or a place in the kind: the same asked of 达州), 22 (那卫健委呢 after a refused change across a kind), 41 (不是零的呢: 不是
 * before a zero is no correction), 42 (申请 alone is the applications received), 61, 62 (省政府办公厅 read loosely as one agency
 * is the kind), 66 (比例 whole, never 比 + 例), 78 (哪几个民政局…是一样多的).
 * Statistics over a kind (citizen-questions-85's classes) are shown on made-up 审计局 pages. Scores with the eval CLI: -84 127/140 →
 * 139/140, -82 123/129 → 126/129, -85 67/80 → 76/80; no wrong figure in any. Left: 84:98 (其中政府办公室文件), 85:38 (第二名呢
 * after a ranking answered by comparing sentences), 85:68, 69, 70 (a one-message total over a kind: taking it into kindStatistic
 * turned other sets' totals, taken back), 82:15, 18, 19, and the -65, -72, -64, -61 gap lines (not reached). 张湾区图书馆能查政府
 * 信息吗 (the unknown name read too long) and 比上年多几条 after a refused part are not fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (agency: string, year: number, body: string, contact = '') => `${agency}${year}年政府信息公开工作年度报告
本报告所列数据统计期限为${year}年1月1日至12月31日。${contact}
一、总体情况
(一)主动公开。${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'xijiang-mz.txt': page(
    '西江市北塘区民政局',
    2025,
    '2025年,我局通过区政府网站公开政府信息42条,其中部门公告7条、部门文件2条。\n(二)依申请公开。2025年共收到政府信息公开申请3件。',
  ),
  'xijiang-wj.txt': page(
    '西江高新区卫生健康委员会',
    2025,
    '全年主动公开政府信息90余条。2025年,共收到提案、建议21件,其中主办12件、会办9件。\n(二)依申请公开。2025年共收到政府信息公开申请4件。',
  ),
  'nanping-xian.txt': page(
    '南平县人民政府',
    2025,
    '全县累计发布各类政府信息8000条,其中县政府网站发布3000条。\n(二)依申请公开。2025年共收到政府信息公开申请30件。',
    '如对本报告有疑问,请联系县政府办公室(电话:0599-1111111)。',
  ),
  'nanping-zhen.txt': page(
    '南平市东城区金山镇人民政府',
    2025,
    '全镇主动公开政府信息300条。\n(二)依申请公开。2025年共收到政府信息公开申请2件。',
    '如对本报告有疑问,请联系镇党政办(电话:0599-2222222)。',
  ),
  'dongling-xinqu.txt': page(
    '东岭新区管委会',
    2025,
    '全年主动公开政府信息500条。\n(二)依申请公开。2025年,我区共受理依申请公开政府信息26件,按时办结26件,不予公开5件。',
    '如对本报告有任何疑问,请与东岭新区管委会办公室联系(电话:0431-5551234,传真:0431-5554321)。',
  ),
  'dongchuan-sj.txt': page('东川县审计局', 2025, '全年主动公开政府信息90条。\n(二)依申请公开。2025年共收到政府信息公开申请12件。'),
  'nanling-sj.txt': page('南岭市审计局', 2025, '全年主动公开政府信息40条。\n(二)依申请公开。2025年未收到政府信息公开申请。'),
  'beihe-sj.txt': page('北河区审计局', 2025, '全年主动公开政府信息60条。\n(二)依申请公开。2025年共收到政府信息公开申请5件。'),
  'xipo-sj.txt': page('西坡县审计局', 2025, '全年主动公开政府信息30条。\n(二)依申请公开。2025年共收到政府信息公开申请5件。'),
  'dongling-cl.txt': page(
    '东岭市残疾人联合会',
    2025,
    '全年主动公开政府信息60条,全年通过东岭市人民政府网站发布信息20条,通过《东岭日报》发布信息40条。',
    '如对本报告有疑问,请联系市残联办公室(电话:0431-5550001)。',
  ),
};

describe('gaps83 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('西江 (a city whose stored agencies are a district’s and a zone’s): which is asked; 民政那个 / 卫健那个 pick, follow-ups stay', async () => {
    const [which, civil, notices, health, hosted] = await converse(app, 'g83-city', [
      '西江公开了多少条信息',
      '民政那个',
      '部门公告几条',
      '卫健那个收到几件提案建议',
      '主办了几件',
    ]);
    expect(which.kind).toBe('clarify');
    expect(which.answer).toContain('西江市北塘区民政局');
    expect(which.answer).toContain('西江高新区卫生健康委员会');
    expect(civil.facts.map((fact) => fact.value)).toContain(42);
    expect(notices.facts.map((fact) => fact.value)).toContain(7);
    expect(health.facts.map((fact) => fact.value)).toContain(21);
    expect(hosted.facts.map((fact) => fact.value)).toContain(12);
  });

  it('那卫健委的呢 after 部门公告几条 of the offered 民政局: 部门公告 asked of the other offered one (not printed there, refused)', async () => {
    const [, , , other] = await converse(app, 'g83-other', ['西江的主动公开了多少条信息', '民政那个', '部门公告几条', '那卫健委的呢']);
    expect(other.kind).toBe('refusal');
    expect(other.facts).toEqual([]);
  });

  it('南平 (南平县 and a town of 南平市): which is asked; 县里的 picks the county, 镇里的电话呢 the town’s phone', async () => {
    const [which, county, site, phone] = await converse(app, 'g83-level', [
      '南平主动公开了多少条信息',
      '县里的',
      '县政府网站发了多少条',
      '镇里的电话呢',
    ]);
    expect(which.kind).toBe('clarify');
    expect(county.facts.map((fact) => fact.value)).toContain(8000);
    expect(site.facts.map((fact) => fact.value)).toContain(3000);
    expect(phone.answer).toContain('0599-2222222');
  });

  it('传真呢 after 电话多少 (itself after a count of applications): the contact’s fax, not applications sent by fax', async () => {
    const [, , fax] = await converse(app, 'g83-fax', ['东岭新区受理依申请公开政府信息多少件', '电话多少', '传真呢']);
    expect(fax.answer).toContain('0431-5554321');
  });

  it('那市残联的电话呢 in a conversation about 东岭新区: the city’s (东岭市) 残联', async () => {
    const [, phone] = await converse(app, 'g83-city-kind', ['东岭新区全年受理申请多少件', '那市残联的电话呢']);
    expect(phone.answer).toContain('0431-5550001');
  });

  it('不予公开是不是5件 / 是不是6件: the count checked, yes or no, not the rules on 不予公开', async () => {
    const [, yes, no] = await converse(app, 'g83-check', [
      '东岭新区受理依申请公开政府信息多少件',
      '不予公开是不是5件',
      '不予公开是不是6件',
    ]);
    expect(yes.kind).toBe('figure');
    expect(yes.answer).toMatch(/^对，是5件/);
    expect(no.answer).toMatch(/^不是6件，报告写的是5件/);
  });

  it('我是说通过东岭日报发的 after 主动公开多少条: the count published through that paper', async () => {
    const [, paper] = await converse(app, 'g83-medium', ['东岭市残联主动公开了多少条', '我是说通过东岭日报发的']);
    expect(paper.facts.map((fact) => fact.value)).toContain(40);
  });

  it('那北河呢 after 东川的占所有审计局的百分之多少: the same share of 北河; 那北河的呢 after a place in the kind: its place', async () => {
    const [, , share] = await converse(app, 'g83-share', [
      '2025年审计局收到申请的中位数是多少',
      '东川的占所有审计局的百分之多少',
      '那北河呢',
    ]);
    expect(share.answer).toContain('北河区审计局5件');
    expect(share.answer).toContain('22.7%');
    const [, place] = await converse(app, 'g83-place', ['2025年东川县审计局收到的申请在审计局里排第几', '那北河的呢']);
    expect(place.answer).toContain('排第2');
    expect(place.answer).toContain('并列');
  });

  it('不是零的呢 after 是零的有几个: the count of those not zero; 申请少于5件的有哪些: 申请 alone is the applications received', async () => {
    const [, notZero] = await converse(app, 'g83-zero', ['2025年审计局里收到申请是零的有几个', '不是零的呢']);
    expect(notZero.answer).toContain('有3个');
    const [below] = await converse(app, 'g83-below', ['25年审计局申请少于5件的有哪些']);
    expect(below.kind).toBe('figure');
    expect(below.answer).toContain('南岭市审计局0件');
  });

  it('哪几个审计局收到的申请是一样多的; 占全部审计局的比例是多少 (比例 read whole)', async () => {
    const [ties] = await converse(app, 'g83-ties', ['2025年哪几个审计局收到的申请是一样多的']);
    expect(ties.answer).toContain('北河区审计局');
    expect(ties.answer).toContain('西坡县审计局');
    const [, share] = await converse(app, 'g83-ratio', ['2025年审计局收到的申请最少的是谁', '东川审计局占全部审计局的比例是多少']);
    expect(share.answer).toContain('54.5%');
  });

  it('那卫健委呢 after 审计局…比去年多的有哪几个 (refused, no year before): the same asked of that kind, refused naming its years', async () => {
    const [, other] = await converse(app, 'g83-change', ['2025年审计局收到的申请比去年多的有哪几个', '那卫健委呢']);
    expect(other.kind).toBe('refusal');
    expect(other.answer).toContain('卫健委');
    expect(other.answer).toContain('2024');
  });
});

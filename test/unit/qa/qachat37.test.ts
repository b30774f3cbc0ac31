/**
 * qachat37's classes (citizen-questions-65), each on made-up pages cut before their tables: 政府办 names a city's 人民政府办公厅
 * as it names an 人民政府办公室; a clause printing 转结 for 结转 (含上年度转结申请3件) answers 上年结转几件 and 转到下一年的;
 * 依申请公开的多少 with no measure word asks the 依申请公开信息N条 the page prints; 申清 (a keyboard's homophone) is 申请;
 * 南水分局 (a branch written right) is no near-miss of a stored 水务局; 北岭县有几个乡镇 names no township 有几个乡.
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
  'bgt.txt': cut(
    '北岭市人民政府办公厅2025年政府信息公开工作年度报告',
    '(一)主动公开方面\n2025年,通过北岭市人民政府网站发布政府动态类信息640条。\n(二)依申请公开方面\n2025年,共受理政府信息公开申请52件。答复政府信息公开申请50件(含上年度转结申请3件,另有2件申请转结下年度继续办理)。',
  ),
  'fj.txt': cut(
    '东湖市自然资源和规划局南水区分局2025年政府信息公开工作年度报告',
    '(一)主动公开情况。2025年按规定主动公开信息66条,其中工作动态12条。\n(二)依申请公开情况。2025年依申请公开信息27条,涉及自然人25人,其中:按规定予以公开信息8条,部分公开信息6条。',
  ),
  'swj.txt': cut(
    '西河区水务局2025年政府信息公开工作年度报告',
    '(一)主动公开情况。2025年主动公开信息45条。\n(二)依申请公开情况。2025年共收到政府信息公开申请4件。',
  ),
  'xian.txt': cut(
    '北岭县人民政府2025年政府信息公开工作年度报告',
    '一是主动公开情况。我县通过政府门户网站主动公开信息1200条。\n二是依申请公开情况。全年共收到政府信息公开申请17件,其中线上办理12件,线下办理5件。\n三是政府信息管理情况。组织18个乡镇完成编制主动公开事项目录。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat37 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('北岭市政府办 is 北岭市人民政府办公厅 (an office that is a 办公厅), not an unknown 北岭市政府', async () => {
    const [office] = await converse(app, 'c37-office', ['北岭市政府办2025年发了多少政府动态类信息']);
    expect(values(office)).toEqual([640]);
    expect(office.answer).not.toContain('没有找到');
  });

  it('上年结转几件 against 含上年度转结申请3件: the clause printing 转结 is a carried clause (3); 转到下一年的 is 2', async () => {
    const [carriedIn] = await converse(app, 'c37-in', ['北岭市人民政府办公厅2025年上年结转几件']);
    expect(values(carriedIn)).toEqual([3]);
    const [carriedOn] = await converse(app, 'c37-on', ['北岭市人民政府办公厅2025年有几件申请转到下一年了']);
    expect(values(carriedOn)).toEqual([2]);
  });

  it('依申请公开的多少 with no measure word is the page’s 依申请公开信息27条; 收到多少申请 still refuses the count of information', async () => {
    const [asked] = await converse(app, 'c37-openness', ['南水区分局依申请公开的多少']);
    expect(values(asked)).toEqual([27]);
    const [received] = await converse(app, 'c37-received', ['南水区分局收到多少申请']);
    expect(values(received)).not.toContain(27);
  });

  it('南水分局 is the branch written right, no near-miss of a stored 水务局 (南水务局)', async () => {
    const [branch] = await converse(app, 'c37-branch', ['南水分局工作动态发了几条']);
    expect(values(branch)).toEqual([12]);
    expect(branch.answer).not.toContain('水务局');
  });

  it('申清公开 is 申请公开: 北岭县有多少人申清公开 is the 17 received, and 线下呢 follows it', async () => {
    const [received, online, offline] = await converse(app, 'c37-typo', ['北岭县有多少人申清公开', '网上申请的多少', '线下呢']);
    expect(values(received)).toEqual([17]);
    expect(values(online)).toEqual([12]);
    expect(values(offline)).toEqual([5]);
  });

  it('北岭县有几个乡镇 names no township “北岭县有几个乡”: the county is the agency asked', async () => {
    const [towns] = await converse(app, 'c37-towns', ['北岭县有几个乡镇']);
    expect(towns.answer).not.toContain('有几个乡”');
  });
});

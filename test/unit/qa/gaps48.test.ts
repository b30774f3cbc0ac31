/**
 * gaps48's classes (issue #11's gap lines), each on made-up pages: the step of handling a question asks (办结了几件) is the
 * number the sentence prints right after that step (处理群众诉求500件,办结498件), not the one before it; a thing the report
 * quotes (“百姓说事”) named in the question asks of that thing, so a page with no table 三 answers it from that thing's clause
 * and never with its none of applications (未收到政府信息公开申请);
 * 通过哪些渠道公开信息 against a count over 各类平台 is answered with the sentence
 * naming the channels; 被申请行政复议了吗 against 进入行政复议程序和行政诉讼程序均为0件 (things joined, then a zero of all) is no.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (agency: string, year: number, body: string) =>
  `${agency}${year}年政府信息公开工作年度报告
本年度报告根据《中华人民共和国政府信息公开条例》要求编制。所列数据统计期限为${year}年1月1日起至${year}年12月31日。如对本报告有疑问,请与我局办公室联系(联系电话:0473-1234567)。
一、总体情况
${body}
`;

const REPORTS: Record<string, string> = {
  'a.txt': page(
    '北岭县政务服务中心',
    2024,
    '全年政务服务中心接受咨询12000人次。全年通过“百姓说事”处理解决群众诉求500件,办结498件,办结率99.6%。2024年我中心未收到政府信息公开申请,没有发生行政复议、行政诉讼等情况。',
  ),
  'b.txt': page('南岭县发展和改革局', 2025, '2025年,我局主动公开政府信息120条,其中政策解读15条、价格监测30条、重大项目11条、规划计划6条。'),
  'd.txt': page(
    '东岭镇人民政府',
    2024,
    '2024年,东岭镇共受理政府信息依申请公开2件,当年未完结,转结至2025年度继续办理;未转结2023年政府信息公开申请,进入行政复议程序和行政诉讼程序均为0件。',
  ),
  'c.txt': page(
    '西岭产业园区管委会',
    2025,
    '园区不断拓展公开渠道,持续优化政府门户网站栏目设置,加强微信公众号内容运维,积极利用公开栏等多种载体发布信息。2025年,园区通过各类平台累计主动公开政府信息66条,内容涵盖园区规划、惠企政策等方面。',
  ),
};

describe('gaps48 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('the step asked is the number printed right after it, not the one before', async () => {
    const answer = await app.ask('北岭县政务服务中心2024年群众诉求办结了几件');
    expect(answer.facts.map((fact) => fact.value)).toEqual([498]);
  });

  it('a thing the report quotes, named in the question, is asked of, not table 三', async () => {
    const answer = await app.ask('北岭县政务服务中心2024年百姓说事办结了几件');
    expect(answer.facts.map((fact) => fact.value)).toEqual([498]);
    expect(answer.answer).toContain('498');
  });

  it('a thing the report quotes is never answered by a none of applications', async () => {
    const answer = await app.ask('北岭县政务服务中心2024年百姓说事收到了几件');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(0);
    expect(answer.answer).not.toMatch(/(?<!\d)0件/);
    // Applications asked still get the none.
    const applications = await app.ask('北岭县政务服务中心2024年收到了几件申请');
    expect(applications.answer).toContain('没有');
  });

  it('通过哪些渠道 against a count over 各类平台 is answered with the sentence naming the channels', async () => {
    const answer = await app.ask('西岭产业园区管委会通过哪些渠道公开信息');
    expect(answer.answer.split('\n')[0]).toContain('微信公众号');
  });

  it('a zero said of things joined (A和B均为0件) answers their yes/no with no', async () => {
    const answer = await app.ask('东岭镇2024年被申请行政复议了吗');
    expect(answer.answer.startsWith('没有')).toBe(true);
  });
});

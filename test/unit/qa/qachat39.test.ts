/**
 * qachat39's classes (citizen-questions-67), each on made-up pages cut before their tables: 转到2025年的申请 asks the
 * applications the 2024 report carried into 2025 (the year after 转到 is where they went, not the report asked); 查了几家企业
 * is asked in 家 and printed in 户; 有啥问题打啥电话 asks the contact, not the problems the report names; 有没有人申请公开
 * against 共收到依申请公开信息1件,…,未发生因依申请公开引发的行政复议 is the count, not the 复议 the applications did not cause.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, year: number, body: string) => `${title}
本报告所列数据统计期限为${year}年1月1日至12月31日。如对本报告有疑问,请与我局办公室联系(联系电话:0471-5550123)。
一、总体情况
${body}
(三)政府信息管理情况
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'tjj.txt': cut(
    '北岭市统计局2024年政府信息公开工作年度报告',
    2024,
    '(一)主动公开政府信息情况。发布政务动态120条。\n(二)依申请公开。2024年,我局收到公民信息申请共60条,上年结转政府信息公开申请4条,本年结转2025年政府信息公开申请9条。2024年开展“双随机、一公开”执法检查30户,开展统计执法检查企业6户。',
  ),
  'yb.txt': cut(
    '南溪县医疗保障局2024年政府信息公开工作年度报告',
    2024,
    '(一)主动公开工作情况\n2024年,南溪县医疗保障局在门户网站主动公开各类信息共计41条。\n(二)依申请公开工作情况\n2024年,南溪县医疗保障局共收到依申请公开信息2件,均在规定时间内进行了答复,未发生因依申请公开引发的行政复议或行政诉讼案件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat39 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('转到2025年的申请有多少 is the 2024 report’s 结转2025年…9条, not the year-2025 report nor the 60 received', async () => {
    const [carried] = await converse(app, 'c39-carried', ['北岭统计局转到2025年的申请有多少']);
    expect(values(carried)).toEqual([9]);
    const [both] = await converse(app, 'c39-carried2', ['北岭统计局2024年结转至2025年的申请有几条']);
    expect(values(both)).toEqual([9]);
  });

  it('查了几家企业 is the 企业6户 printed in 户', async () => {
    const [firms] = await converse(app, 'c39-firms', ['北岭统计局查了几家企业']);
    expect(values(firms)).toEqual([6]);
  });

  it('有啥问题打啥电话 gives the contact phone, not the problems', async () => {
    const [phone] = await converse(app, 'c39-phone', ['北岭统计局有啥问题打啥电话']);
    expect(phone.answer).toContain('0471-5550123');
  });

  it('有没有人申请公开 is the 2 received, not the 复议 the applications did not cause; 有没有被复议 stays 没有', async () => {
    const [applied] = await converse(app, 'c39-applied', ['南溪医保局有没有人申请公开']);
    expect(applied.answer).toMatch(/^有/);
    expect(applied.answer).toContain('2件');
    const [review] = await converse(app, 'c39-review', ['南溪医保局有没有被复议']);
    expect(review.answer).toMatch(/^没有/);
  });
});

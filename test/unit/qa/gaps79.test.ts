/**
 * gaps79's classes (gap lines of the real-questions sets), on made-up pages cut before their tables: 一共公开多少 against a
 * sentence that lists its channels' counts and ends on a bare 合计 / 共计 equal to their sum (网站…120条,微博…80条,合计200条) is
 * that total, while a bare total that is not the sum of the parts stays refused, and 网站的呢 after it is still the website's part;
 * 2023年的年报电子版去哪下载 (a year named) is where the report is read, the agency's guide or its reports' 公开网址, as it is
 * without the year; 比去年回落了多少 after a count of applications answered from table 三 is the rate of change the
 * prose prints right after the same count; 你确定是4511条吗 after a figure checks that figure as 是不是4511条 does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'water.txt': cut(
    '东平县水利局2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年政府网站发布信息120条,政务微博(东平水利)发布信息80条,合计200条。\n(二)依申请公开。2024年共收到政府信息公开申请3件。',
  ),
  'town.txt': `西塘镇人民政府2023年政府信息公开工作年度报告
本报告所列数据统计期限为2023年1月1日至12月31日。本年度报告电子版可在西塘镇人民政府门户网站(网址:http://www.xitang-town.gov.cn/)查阅。
一、总体情况
(一)主动公开。2023年主动公开政府信息66条。
(三)政府信息管理
严格落实“三审三校”制度,对
`,
  // Table 三 counts 46 new applications; the prose prints the same 46 with its fall on the year before.
  'office.txt': xigongAs(
    '东湖区人民政府办公室',
    '东湖区',
    '全年主动公开政府信息300条。',
    '2024年，区政府办公室共受理政府信息公开申请46件，申请数量较去年下降8.5%。',
  ).replace(/一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0/, '一、本年新收政府信息公开申请数量\t\t46\t0\t0\t0\t0\t0\t46'),
  'forest.txt': cut(
    '南岭县林业局2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年门户网站公开信息40条,微信公众号推送信息25条,共计90条。\n(二)依申请公开。2024年未收到政府信息公开申请。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps79 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('总共公开了多少 is the bare 合计200条 after the channels, and 网站的呢 then the website’s 120条', async () => {
    const [total, site] = await converse(app, 'g79-sum', ['东平县水利局2024年总共公开了多少信息', '网站的呢']);
    expect(values(total)).toEqual([200]);
    expect(total.answer).toContain('合计200条');
    expect(values(site)).toEqual([120]);
  });

  it('2023年的年报电子版在哪下载, a year named, is where the report is read (its 网址), as without the year', async () => {
    const [copy] = await converse(app, 'g79-copy', ['西塘镇2023年的年报电子版去哪下载']);
    expect(copy.answer).toContain('xitang-town.gov.cn');
    const [plain] = await converse(app, 'g79-copy2', ['西塘镇政府2023年报告在哪里能看到']);
    expect(plain.answer).toContain('xitang-town.gov.cn');
  });

  it('您肯定是80条吗 after a figure is a check of that figure (80 stated), and 你确定是90条吗 is told it is not so', async () => {
    const [, sure] = await converse(app, 'g79-sure', ['东平县水利局2024年政务微博发布信息多少条', '您肯定是80条吗']);
    expect(values(sure)).toEqual([80]);
    const [, wrong] = await converse(app, 'g79-unsure', ['东平县水利局2024年政务微博发布信息多少条', '你确定是90条吗']);
    expect(wrong.answer).not.toMatch(/^是/);
    expect(wrong.answer).toContain('80');
  });

  it('比去年回落了多少 after table 三’s 新收 count is the rate the prose prints beside the same count (下降8.5%)', async () => {
    const [received, change] = await converse(app, 'g79-rate', ['东湖区政府办公室2024年新收申请多少件', '比去年回落了多少']);
    expect(values(received)).toContain(46);
    expect(change.answer).toContain('8.5%');
  });

  it('a bare 共计 that is not the sum of the channels printed is no total stated', async () => {
    const [total] = await converse(app, 'g79-nosum', ['南岭林业局2024年一共公开多少条']);
    expect(values(total)).toEqual([]);
    expect(total.answer).toContain('没有写明');
  });
});

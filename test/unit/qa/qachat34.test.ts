/**
 * qachat34's classes (citizen-questions-62), each on made-up reports: 哪类信息最多 / 哪一级媒体报道最多 of one agency ranks the
 * parts one sentence lists (the total, and parts not of the kind asked, left out); 哪个平台发的最多 after a total and some of
 * its parts ranks every part that sentence lists, not the total among the parts asked; 微信发了多少 is answered with the figure
 * whose own words name 微信 (通过微信发布信息500条, stored with no channel), not with the 网站、微信共 total and the website's count;
 * 有结转到明年的吗 where table 三 is cut is answered with the sentence saying none was (无结转下年度事项).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'mzj.txt': xigongAs(
    '北岭市民政局',
    '北岭市',
    '2025年全年主动公开政府信息300条,其中:组织机构类信息12条,养老服务等法定主动公开类信息90条,工作动态等政务动态类信息150条,财政预决算类信息48条。在人民网等国家级媒体报道7次,在《北岭日报》等省级媒体报道21次,在北岭广播等市级媒体报道15次。',
    '2025年,我局收到政府信息公开申请2件。',
    2025,
  ),
  'mzj-b.txt': xigongAs(
    '东湖市民政局',
    '东湖市',
    '2025年主动公开政府信息(网站、微信共800条,通过政府网站发布信息300条,其中:动态类信息200条;其他信息100条。通过微信发布信息500条)。',
    '2025年度收到1条依申请公开政府信息事项。',
    2025,
  ),
  'scj.txt': `名 称: 东湖市市场监督管理局2025年政府信息公开工作年度报告 发布日期: 2026年01月20日
本年度报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。
一、总体情况
(一)主动公开政府信息工作推进情况
针对本年度出台的重要政策文件,撰写3篇文字解读材料。
(二)依申请公开政府信息办理情况
全年规范受理并办结依申请公开事项9件,无结转下年度事项。其中2件申请进入行政复议程序。
(三)政府信息规范管理情况
严格执行“三审三校”信息发布审
`,
  'tjj.txt': xigongAs(
    '南屏市统计局',
    '南屏市',
    '充分利用新媒体发布信息,全年发布信息400条,其中微博60条,微信公众号210条,抖音号100条、今日头条30条。',
    '2025年,我局收到政府信息公开申请1件。',
    2025,
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat34 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('哪一类信息最多 ranks the 类 parts of the sentence that lists them; the total 300 is none of them', async () => {
    const [most, least] = await converse(app, 'c34-kind', ['北岭市民政局2025年哪一类信息最多', '北岭市民政局2025年哪类信息最少']);
    expect(most.answer).toContain('政务动态类信息最多');
    expect(values(most)).toEqual([150]);
    expect(most.answer).not.toContain('300条最多');
    expect(least.answer).toContain('组织机构类信息最少');
  });

  it('哪一级媒体报道最多 ranks 国家级, 省级 and 市级 (a sentence of counts in 次 with no total)', async () => {
    const [media] = await converse(app, 'c34-media', ['北岭民政局哪一级媒体报道最多']);
    expect(media.answer).toContain('省级媒体报道最多');
    expect(values(media)).toEqual([21]);
  });

  it('哪个平台发的最多 after the total and two of its parts ranks all four parts (公众号 210), never the total', async () => {
    const answers = await converse(app, 'c34-platform', ['南屏市统计局2025年新媒体发了多少条', '微博呢', '抖音呢', '哪个平台发的最多']);
    const ranked = answers[3];
    expect(ranked.answer).toContain('微信公众号最多');
    expect(values(ranked)).toEqual([210]);
  });

  it('微信发了多少 is the count whose own words name 微信 (500), not 网站、微信共800 nor the website 300', async () => {
    const [wechat] = await converse(app, 'c34-wechat', ['东湖市民政局2025年微信发了多少']);
    expect(values(wechat)).toEqual([500]);
  });

  it('有结转到明年的吗 with table 三 cut quotes 无结转下年度事项; a report saying nothing of it still refuses', async () => {
    const [none] = await converse(app, 'c34-carried', ['东湖市市场监督管理局2025年有结转到明年的申请吗']);
    expect(none.kind).toBe('text');
    expect(none.answer).toContain('无结转下年度事项');
    const [silent] = await converse(app, 'c34-carried-silent', ['东湖市民政局2025年有结转到明年的申请吗']);
    expect(silent.answer).not.toContain('无结转');
  });
});

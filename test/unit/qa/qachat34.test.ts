/**
 * qachat34's classes (citizen-questions-62), each on made-up reports: 哪类信息最多 / 哪一级媒体报道最多 of one agency ranks the
 * parts one sentence lists (the total, and parts not of the kind asked, left out); 哪个平台发的最多 after a total and some of
 * its parts ranks every part that sentence lists, not the total among the parts asked; 微信发了多少 is answered with the figure
 * whose own words name 微信 (通过微信发布信息500条, stored with no channel), not with the 网站、微信共 total and the website's count.
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
});

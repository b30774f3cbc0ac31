/**
 * wrongfig61's classes (wrong figures left open as gap lines, and found by real-questions-wrongfig61), on made-up pages cut
 * after their overview: 无 opening a list joined by 、 negates every item of it; a none of one outcome of handling
 * (没有出现应公开而不予公开的办件) is no count of applications of a way asked, where the report counts every way together;
 * 公开的 after a year or an agency is its information published; a count whose comma was lost before a new act (召开新闻发布会
 * 3次提升微博) is not named by the words of that act; a bare count glued to the next item (政务动态信息484信息公开目录信息30条)
 * is the item's before it, in the next count's measure word; 办理 between a noun and its count (人民网留言办理8件) still names it;
 * a level asked (累计) is never the year's new items, and is read in 件 too; a topic's label opened by 在 and closed by a comma
 * (在行政复议、诉讼方面,) states nothing; 城乡 in a city's bureau (自然资源和城乡建设局) names no township below the city.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const WENLIN = [
  '仁寿县文林镇人民政府2024年政府信息公开工作年度报告',
  '一、总体情况',
  '(一)主动公开情况',
  '2024年,我镇主动公开政府信息640条,无规章、规范性文件、行政许可、行政处罚等需要公开的信息内容产生。',
  '重点领域信息公开成效显著,合计公开150条。',
  '全年召开新闻发布会3次提升微博、微信运行质量,通过文林镇微博推送信息312篇。',
  '2024年通过政府门户网站公开发布信息520条(其中概况类信息6条、政务动态信息484信息公开目录信息30条)。',
  '(二)依申请公开情况',
  '今年以来,累计办理公民、法人或其他组织通过政府信息公开平台、邮寄等途径依申请公开信息合计15件,已全部按期限答复办结。在依申请公开政府信息工作中没有出现应公开而不予公开的办件。',
].join('\n');

const FUJIA = [
  '仁寿县富加镇人民政府2024年政府信息公开工作年度报告',
  '一、总体情况',
  '2024年,我镇主动公开政府信息510条,其中行政处罚信息4条。',
  '全年答复申请中无法提供3件、告知作出更改补充2件、被申请行政复议1件。',
].join('\n');

const POLICE = [
  '仁寿县公安局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '2024年度新增主动公开政府信息2114条,截至2024年12月31日,累计主动公开政府信息9803件,全文电子化率100%。',
  '全年共办理网民留言620件,其中,办理12345网上群众热线580件,市长信箱22件,政务信箱10件,人民网留言办理8件。',
].join('\n');

/** A page cut in the middle of its sentence on appeals. */
const HONGYA = [
  '洪雅县人民政府2024年政府信息公开工作年度报告',
  '一、总体情况',
  '2024年,我县主动公开政府信息1520条。',
  '在行政复议、诉讼方面,也未收到有关政府信息公开的行政复议申请,也未',
].join('\n');

const MEISHAN = [
  '眉山市自然资源和城乡建设局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '眉山自然资源和城乡建设局微信公众号关注量2789个,共推送微信文章197篇。',
].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig61 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['wenlin.txt', WENLIN],
      ['fujia.txt', FUJIA],
      ['police.txt', POLICE],
      ['hongya.txt', HONGYA],
      ['meishan.txt', MEISHAN],
    ]);
  });
  afterAll(() => app.dispose());

  it('无 opening a list joined by 、 negates its fourth item too', async () => {
    const fines = await app.ask('文林镇2024年有没有行政处罚');
    expect(fines.answer.split('\n')[0], fines.answer).toMatch(/^没有/);
    const other = await app.ask('富加镇2024年有没有行政处罚');
    expect(other.answer.split('\n')[0], other.answer).not.toMatch(/^没有/);
    // (无法提供3件、告知作出更改补充2件、: a list of counts opened by 无法 negates nothing after it.)
    const review = await app.ask('富加镇2024年有行政复议吗');
    expect(review.answer.split('\n')[0], review.answer).not.toMatch(/^没有/);
  });

  it('a none of one outcome of handling is no count of applications made one way', async () => {
    const online = await app.ask('文林镇2024年网上申请多少件');
    expect(online.kind, online.answer).toBe('refusal');
    expect(online.answer).toContain('没有按申请渠道分列');
    expect(values(online)).not.toContain(0);
  });

  it('公开的 after a year or an agency is its information published', async () => {
    const one = await app.ask('文林镇24年公开的有多少条');
    expect(values(one)[0], one.answer).toBe(640);
    expect(values(one)).not.toContain(150);
    const gap = await app.ask('文林镇24年公开的比富加镇多多少条');
    expect(gap.answer, gap.answer).toContain('130');
    expect(values(gap)).not.toContain(150);
  });

  it('words of a new act after a count that lost its comma do not name it', async () => {
    const weibo = await app.ask('文林镇2024年微博发了多少');
    expect(values(weibo), weibo.answer).toEqual([312]);
  });

  it('a bare count glued to the next item is the item before it', async () => {
    const news = await app.ask('文林镇2024年政务动态信息几条');
    expect(values(news), news.answer).toEqual([484]);
    const [, catalogue] = await converse(app, 'w61-glued', ['文林镇2024年收到几件申请', '文林镇2024年信息公开目录信息几条']);
    expect(values(catalogue), catalogue.answer).toEqual([30]);
  });

  it('办理 between a noun and its count still names it', async () => {
    const site = await app.ask('仁寿县公安局2024年人民网留言几件');
    expect(values(site), site.answer).toEqual([8]);
    const all = await app.ask('仁寿县公安局2024年网民留言几件');
    expect(values(all), all.answer).toEqual([620]);
  });

  it('a level asked (累计) is never the year’s new items', async () => {
    const level = await app.ask('仁寿县公安局2024年累计主动公开多少');
    expect(values(level), level.answer).toEqual([9803]);
    const added = await app.ask('仁寿县公安局2024年新增主动公开多少条');
    expect(values(added), added.answer).toEqual([2114]);
  });

  it('a topic’s label opened by 在 and closed by a comma says no yes', async () => {
    const sued = await app.ask('洪雅县2024年有被告吗');
    expect(sued.answer.split('\n')[0], sued.answer).not.toMatch(/^有/);
    const review = await app.ask('洪雅县2024年有行政复议吗');
    expect(review.answer.split('\n')[0], review.answer).toMatch(/^没有/);
  });

  it('城乡 in a city’s bureau names no township below the city', async () => {
    const followers = await app.ask('眉山市自然资源局2024年公众号关注量多少');
    expect(values(followers), followers.answer).toEqual([2789]);
    expect(followers.answer).not.toContain('本级这个单位');
  });
});

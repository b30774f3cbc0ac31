/**
 * gaps26's classes, each with its real case and a made-up second example.
 * 1. A bare item asked with 呢 right after an answer read from a sentence (投诉的呢, then 咨询的呢 of 12345热线工单378条,涵盖投诉类
 *    328条与政策咨询类50条): the item was searched in every sentence of the report and 办公热线's 业务咨询126次 answered — a wrong
 *    figure. The last answer's own sentence is now read first for the item and a count in the last figure's measure word.
 * 2. 那X呢 after a bare follow-up answered from a sentence (开了几场新闻发布会, 政策解读呢 → 123件, 那长春市政府办公厅呢): the
 *    conversation's last question was kept as 政策解读呢, which asked of the new agency reads as a request for text (发布权威信息、
 *    解读政策内容 of a 新闻发布会 sentence), or was refused with a year said (那瓮安县2024年呢). It is now kept as 政策解读多少, and a
 *    year said with the new agency is asked with it when the last question named none.
 * 3. A sum asked with its verb and noun (一共开了多少次会 after 常务会议13次 and 全体会议1次): no 加起来 alone, so refused. The last
 *    two figures are added when both print the noun asked (会) before their number.
 * 4. 两个加起来多少人关注 after a post count of one account (公众号发布信息252条) and the followers of another (微博关注量达56人),
 *    each read from its own sentence: refused. The followers each of the two sentences prints are added (526 + 56).
 * 5. Two agencies compared on a thing only sentences state, named with several words (谁发布的政策解读多): the comparison read the
 *    thing only up to four characters, and two counts of published items in 条 and 件 were no comparison; both are read now.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureFiles, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const HEAD = (name: string, year: number) => `${name}${year}年政府信息公开工作年度报告
本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。
一、总体情况
`;

describe('gaps26: follow-ups read against the last sentence, sums and comparisons over prose figures', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importFixtureFiles(app, [
      ['reports-more32', '01.txt'],
      ['reports-more32', '02.txt'],
      ['reports-more32', '03.txt'],
      ['reports-more29', '01.txt'],
      ['reports-more29', '07.txt'],
      ['reports-more16', '08.txt'],
      ['reports-more28', '09.txt'],
    ]);
    await importTexts(app, [
      [
        'qingxi.txt',
        `${HEAD('青溪县石桥镇人民政府', 2024)}(一)主动公开情况。2024年,我镇通过县政府网站主动公开信息64条。全年受理市民服务热线工单215条,其中求助类121条、建议类37条、咨询类57条。
(二)依申请公开情况。镇便民服务电话接听来电96次,其中政策咨询81次,意见建议15次,均及时答复。`,
      ],
      [
        'baihe.txt',
        `${HEAD('白河市人民政府办公室', 2024)}(一)主动公开情况。2024年,在市政府门户网站公开发布文件52件,主动公开市政府常务会议21次,市政府专题会议6次,召开新闻发布会17场,政策解读48件。`,
      ],
      [
        'lanshan.txt',
        `${HEAD('蓝山县人民政府办公室', 2024)}(一)主动公开情况。2024年,通过县政府网站发布信息680条,其中规范性文件9条,政策解读21条,人事信息12条。举办新闻发布会3场,围绕重点工作解读政策内容。`,
      ],
      [
        'songxi.txt',
        `${HEAD('松溪县人民政府办公室', 2024)}(一)主动公开情况。2024年,本办主动公开政府信息86条,其中工作动态50条、通知公告36条。`,
      ],
      [
        'yunshui.txt',
        `${HEAD('云水区农业农村局', 2024)}(一)主动公开情况。2024年,云水区农业农村局微信公众号累计关注量达1240人,发布信息318条;
云水区农业农村局微博累计关注量达215人,发布信息96条。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a bare item first in the sentence the last figure came from (咨询的呢 after 投诉的呢)', async () => {
    // Real: 龙山镇's 12345 sentence, then 办公热线's 业务咨询126次 in another sentence.
    await app.ask('龙山镇2024年12345热线工单多少条', 'a');
    const complaints = await app.ask('投诉的呢', 'a');
    expect(complaints.facts.map((fact) => fact.value)).toEqual([328]);
    const real = await app.ask('咨询的呢', 'a');
    expect(real.kind).toBe('figure');
    expect(real.facts.map((fact) => fact.value)).toEqual([50]);
    expect(real.answer).not.toContain('126');
    // Made up: the hotline's 咨询类57条 against the phone's 政策咨询81次.
    await app.ask('石桥镇2024年热线工单多少条', 'b');
    await app.ask('求助的呢', 'b');
    const made = await app.ask('咨询的呢', 'b');
    expect(made.facts.map((fact) => fact.value)).toEqual([57]);
    expect(made.answer).not.toContain('81次');
  });

  it('asks the count a bare follow-up stood for of the agency named next (政策解读呢, then 那X呢)', async () => {
    await app.ask('大同市政府办2024年开了几场新闻发布会', 'c');
    expect((await app.ask('政策解读呢', 'c')).facts.map((fact) => fact.value)).toEqual([123]);
    const real = await app.ask('那长春市政府办公厅呢', 'c');
    expect(real.kind).toBe('figure');
    expect(real.facts.map((fact) => fact.value)).toEqual([10]);
    // Real: a year said with the agency.
    await app.ask('赣榆区政府办2025年开了几场新闻发布会', 'd');
    await app.ask('政策解读呢', 'd');
    const withYear = await app.ask('那瓮安县2024年呢', 'd');
    expect(withYear.facts.map((fact) => fact.value)).toEqual([12]);
    // Made up: 蓝山县 prints 政策解读21条 and a 新闻发布会 sentence that 解读政策内容.
    await app.ask('白河市政府办2024年开了几场新闻发布会', 'e');
    expect((await app.ask('政策解读呢', 'e')).facts.map((fact) => fact.value)).toEqual([48]);
    const made = await app.ask('那蓝山县政府办呢', 'e');
    expect(made.kind).toBe('figure');
    expect(made.facts.map((fact) => fact.value)).toEqual([21]);
  });

  it('adds the last two figures for a sum asked with its verb and noun (一共开了多少次会)', async () => {
    await app.ask('大同市政府办24年常务会议公开了几次', 'f');
    await app.ask('全体会议呢', 'f');
    const real = await app.ask('一共开了多少次会', 'f');
    expect(real.kind).toBe('figure');
    expect(real.answer).toContain('14');
    // Made up: 常务会议21次 and 专题会议6次.
    await app.ask('白河市政府办2024年常务会议公开了几次', 'g');
    await app.ask('专题会议呢', 'g');
    const made = await app.ask('总共开了几次会', 'g');
    expect(made.answer).toContain('27');
    // The noun must be what both count: 发布会 and 政策解读 are no meetings.
    await app.ask('白河市政府办2024年开了几场新闻发布会', 'h');
    await app.ask('政策解读呢', 'h');
    const notMeetings = await app.ask('一共开了多少次会', 'h');
    expect(notMeetings.answer).not.toContain('65');
  });

  it('adds the followers the sentences of the two accounts print (两个加起来多少人关注)', async () => {
    await app.ask('云水区农业农村局2024年公众号发了多少条', 'i');
    await app.ask('微博关注的有多少', 'i');
    const made = await app.ask('两个加起来多少人关注', 'i');
    expect(made.kind).toBe('figure');
    expect(made.answer).toContain('1455');
    expect(made.facts.at(-1)?.value).toBe(1455);
  });

  it('compares two agencies on a thing only sentences state, named in several words (谁发布的政策解读多)', async () => {
    const real = await app.ask('长春市政府办公厅和大同市政府办公室2024年谁发布的政策解读多');
    expect(real.kind).toBe('figure');
    expect(real.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([10, 123]);
    expect(real.answer.split('\n')[0]).toContain('大同');
    const made = await app.ask('白河市政府办和蓝山县政府办2024年谁发布的政策解读多');
    expect(made.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([21, 48]);
    expect(made.answer.split('\n')[0]).toContain('白河');
  });
});

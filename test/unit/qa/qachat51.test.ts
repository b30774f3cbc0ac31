/**
 * qachat51's classes (citizen-questions-84, conversations after a miss, and the gap lines of citizen-questions-83 and -82), on
 * made-up pages cut before their tables: 不对 我问的是X的 after a thing answered from a sentence that X's page does not print is
 * refused, never answered with the older question's topic (all X published); 只要数字 / 再说一遍 after a message of two questions
 * asks both again, not only the second; 那市民政局的呢 / 市民政局收到几件 after an agency of 北山市 is 北山市民政局, never every
 * 市民政局 asked which (the 那市应急局的呢 of citizen-questions-83); 2024的呢 after a question of 2025 refused (no topic read, no
 * sentence found) is that question of 2024; 其中政府常务会议几次 is no 坪中区人民政府 mistyped (其中 is a word of the sentence);
 * a thing named with no question word (行政诉讼, 西川省财政厅收到的政府信息公开申请) against a sentence printing one count right after
 * it is that count as a figure, not only quoted; 上面第三个呢 after 第一个 answered 您问的是哪个统计局？ asks the last question of the
 * third agency listed; 比2023年减少了几起 after 收到几起申请 is the 比2023年减少2起 the sentence prints after the thing counted;
 * 公示栏公开惠民政策几条 is no 惠民政局 (惠民, a county's name, then 民政 read as the kind 民政局 mistyped).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'insurance-a.txt': cut(
    '北岭市医疗保障局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年,在官方网站主动公开政府信息412条,其中医保政策文件230条,政策解读86条,其他96条。\n(二)依申请公开。2025年共收到政府信息公开申请6件。',
  ),
  'insurance-b.txt': cut(
    '东岭县医疗保障局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,在县政府门户网站主动公开各类信息共计52条,其中公示公告17条。\n(二)依申请公开。2025年共发布微信推送23篇,编发工作动态。',
  ),
  'water.txt': cut(
    '西川市水利局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,主动公开政府信息208条。\n(二)依申请公开。2025年,全局接收政府信息公开申请27件,主要涉及水资源、河道管理等方面,依法依规办结政府信息公开申请25件,结转2026年度2件。',
  ),
  'district.txt': cut(
    '北山市东城区人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,依托区政府门户网站主动公开各类文件共计1350篇。\n(二)依申请公开。2025年共收到政府信息公开申请41件。',
  ),
  'civil-a.txt': cut(
    '北山市民政局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年全年主动公开政府信息276条。\n(二)依申请公开。2025年共收到政府信息依申请公开申请3件。',
  ),
  'civil-b.txt': cut(
    '南河市民政局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年全年主动公开政府信息518条。\n(二)依申请公开。2025年共收到政府信息公开申请12件。',
  ),
  'office-2024.txt': cut(
    '南林县人民政府办公室2024年政府信息公开工作年度报告',
    '(一)主动公开。持续做好政策文件、政府会议等信息公开,公开政策文件21件、政府常务会议9次、专题会议7次。\n(二)依申请公开。2024年共收到政府信息公开申请5件。',
  ).replace(/2025/g, '2024'),
  'office-2025.txt': cut(
    '南林县人民政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,全年累计主动公开各类信息640余条。\n(二)依申请公开。2025年共收到政府信息公开申请8件。',
  ),
  'district-b.txt': cut(
    '坪中区人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,主动公开政府信息930条。\n(二)依申请公开。2025年共收到政府信息公开申请15件。',
  ),
  'county.txt': cut(
    '东川区人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,主动公开政府信息1260条。\n(二)依申请公开。2025年共收到政府信息公开申请33件,办理政府信息公开引起的行政复议6件、行政诉讼2件。',
  ),
  'finance.txt': cut(
    '西川省财政厅2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,通过厅门户网站发布信息1530条。\n(二)依申请公开。2025年,共收到政府信息公开申请58件。其中,予以公开41件。',
  ),
  'stats-a.txt': cut(
    '东阳市统计局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年通过市统计局门户网站主动公开各类信息142条。通过“东阳统计”微信公众号发布信息615条。',
  ),
  'stats-b.txt': cut(
    '南川县统计局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,刊登政务信息96条。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
  'stats-c.txt': cut(
    '西河市统计局2025年政府信息公开工作年度报告',
    '(一)主动公开。二是充分利用微博、微信公众号等新媒体发布信息,其中微博88条,微信公众号204条。',
  ),
  'township.txt': cut(
    '南林县石门乡人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,通过县政府网站发布各类政府信息共31条,其中工作动态信息12条;利用实体公示栏公开惠民政策9条,公示公告22条。',
  ),
  'transport.txt': cut(
    '南坪县交通运输局2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年,南坪县交通运输局通过网站共公开工作动态64篇,召开新闻发布会3场。\n(二)依申请公开。2024年,南坪县交通运输局收到5起政府信息公开申请,比2023年减少2起,未发生行政复议或行政诉讼情况。',
  ).replace(/2025/g, '2024'),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat51 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('不对 我问的是东岭县的 after 政策解读几条 (a sentence of 北岭) is refused, not 东岭县 figures of all it published', async () => {
    const [total, interpretations, corrected, again] = await converse(app, 'qc51-correct', [
      '北岭市医保局在官网主动公开了多少条',
      '政策解读几条',
      '不对 我问的是东岭县的',
      '那东岭县主动公开了多少',
    ]);
    expect(values(total)).toContain(412);
    expect(values(interpretations)).toEqual([86]);
    expect(corrected.kind).toBe('refusal');
    expect(corrected.facts).toEqual([]);
    expect(corrected.answer).toContain('东岭县医疗保障局');
    expect(corrected.answer).toContain('政策解读');
    expect(values(again)).toContain(52);
  });

  it('只要数字 / 再说一遍 after 接收了多少件，都办完了没有 gives both parts again, the 27 received first', async () => {
    const [both, numbers, repeated] = await converse(app, 'qc51-numbers', [
      '西川市水利局接收了多少件政府信息公开申请，都办完了没有',
      '只要数字',
      '再说一遍',
    ]);
    expect(values(both)).toContain(27);
    expect(values(numbers)).toContain(27);
    expect(numbers.answer).toMatch(/^1\. /);
    expect(numbers.answer).toContain('2件');
    expect(values(repeated)).toContain(27);
  });

  it('那市民政局的呢 after 北山市东城区 is 北山市民政局 (not 南河市民政局, nor a question of which)', async () => {
    const [district, civil, applications] = await converse(app, 'qc51-city', [
      '北山市东城区主动公开了多少篇文件',
      '那市民政局的呢 主动公开多少条',
      '市民政局收到几件申请',
    ]);
    expect(values(district)).toContain(1350);
    expect(values(civil)).toContain(276);
    expect(values(civil)).not.toContain(518);
    expect(values(applications)).toEqual([3]);
    expect(applications.answer).toContain('北山市民政局');
  });

  it('2024的呢 after 南林县政府办公室2025年开了几次政府常务会议 (refused) is the question of 2024: 9次', async () => {
    const [refused, repaired, other] = await converse(app, 'qc51-year', [
      '南林县政府办公室2025年开了几次政府常务会议',
      '2024的呢',
      '专题会议呢',
    ]);
    expect(refused.kind).toBe('refusal');
    expect(refused.facts).toEqual([]);
    expect(values(repaired)).toEqual([9]);
    expect(repaired.answer).toContain('2024年');
    expect(values(other)).toEqual([7]);
  });

  it('其中政府常务会议几次 after 南林县政府办公室2024年公开政策文件多少件 is 南林县’s 9次, not 坪中区人民政府 read from 其中', async () => {
    const [files, meetings] = await converse(app, 'qc51-qizhong', ['南林县政府办公室2024年公开政策文件多少件', '其中政府常务会议几次']);
    expect(values(files)).toEqual([21]);
    expect(values(meetings)).toEqual([9]);
    expect(meetings.answer).toContain('南林县人民政府办公室');
    expect(meetings.answer).not.toContain('坪中区');
  });

  it('行政诉讼 / …收到的政府信息公开申请 (a thing named, no question word) give the count printed after it as a figure', async () => {
    const [appeals, lawsuits] = await converse(app, 'qc51-named', ['东川区政府行政复议几件', '行政诉讼']);
    expect(values(appeals)).toEqual([6]);
    expect(values(lawsuits)).toEqual([2]);
    expect(lawsuits.kind).toBe('figure');
    const [received] = await converse(app, 'qc51-cut', ['西川省财政厅收到的政府信息公开申请']);
    expect(values(received)).toEqual([58]);
    const [how] = await converse(app, 'qc51-how', ['东川区政府行政诉讼情况']);
    expect(how.kind).not.toBe('figure');
  });

  it('上面第三个呢 after 第一个 (哪个统计局？) is the last question of the third one listed: 西河市统计局’s 微信公众号 204', async () => {
    const [which, first, third] = await converse(app, 'qc51-ordinal', ['统计局的微信公众号发了多少条', '第一个', '上面第三个呢']);
    expect(which.kind).toBe('clarify');
    expect(which.answer).toContain('东阳市统计局、南川县统计局、西河市统计局');
    expect(values(first)).toEqual([615]);
    expect(values(third)).toEqual([204]);
    expect(third.answer).toContain('西河市统计局');
  });

  it('公示栏公开惠民政策几条 after 不对 是石门乡的 is the 乡’s 9, never an unstored 惠民政局', async () => {
    const [, news, policies] = await converse(app, 'qc51-policy', [
      '东川区政府主动公开多少条',
      '不对 是石门乡的',
      '公示栏公开惠民政策几条',
    ]);
    expect(values(news)).toContain(31);
    expect(values(policies)).toEqual([9]);
    expect(policies.answer).not.toContain('惠民政局');
  });

  it('比2023年减少了几起 after 南坪县交通运输局收到几起申请 is the sentence’s 减少2起; 新闻发布会 after it is still found', async () => {
    const [received, change, conferences] = await converse(app, 'qc51-change', [
      '南坪县交通运输局收到几起申请',
      '比2023年减少了几起',
      '开了几场新闻发布会',
    ]);
    expect(values(received)).toEqual([5]);
    expect(values(change)).toContain(2);
    expect(change.answer).toContain('减少2起');
    expect(values(conferences)).toEqual([3]);
  });
});

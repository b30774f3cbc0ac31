/**
 * prose42's classes (facts reports state only in sentences), on made-up pages: a count written in Chinese numerals after a
 * verb of doing or publishing (更新两次, 召开新闻发布会十二场, 组织培训两期) is read as its digits, at import and in the answer's
 * lead, while the quote keeps the report's words; never a frequency (每月开展一次). An audience count printed in 万 with no
 * measure word (累计阅读量超133万, 总点击量达到66万) is the report's figure, quoted as printed; a count in 万 after any other
 * word is not read so. A count over the years asked (依申请公开历年累计多少件) is the clause that says so (历年累计461件), never
 * one year's count nor its parts (网上申请16件、信函申请22件).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countsInWordsAsDigits, extractProseFigures } from '../../../src/report/prose.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const whole = (title: string, body: string, year: number) => `${title}
本报告所列数据统计期限为${year}年1月1日至12月31日。
一、总体情况
${body}
二、主动公开政府信息情况
(略)
三、收到和处理政府信息公开申请情况
(略)
四、政府信息公开行政复议、行政诉讼情况
(略)
五、存在的主要问题及改进情况
更新不够及时。
六、其他需要报告的事项
无。`;

const REPORTS: Record<string, string> = {
  'street.txt': whole(
    '青禾街道办事处2025年政府信息公开工作年度报告',
    '(一)主动公开。综合办公室对“领导介绍”栏目进行更新两次;全年召开新闻发布会十二场,每月开展一次业务培训。',
    2025,
  ),
  'sports.txt': whole(
    '柳湾市体育局2023年政府信息公开工作年度报告',
    '(一)主动公开。柳湾体育微信公众号发布文章865篇,累计阅读量超133万,粉丝数达4万人;柳湾体育微博发布945条,阅读量累计超318万,粉丝数达2万人。',
    2023,
  ),
  'office.txt': whole(
    '柳湾市青禾区人民政府办公室2024年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息24条,历年累计1616条。(二)依申请公开。2024年度,我办受理依申请公开38件,主要受理路径为网上申请16件、信函申请数22件;历年累计461件。',
    2024,
  ),
};

describe('prose42 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-06-01T10:00:00+08:00') });
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('counts in Chinese numerals after a verb are read as digits, character for character; a frequency is not', () => {
    expect(countsInWordsAsDigits('进行更新两次;召开新闻发布会十二场,组织培训二十期。')).toBe(
      '进行更新2次;召开新闻发布会12场,组织培训20期。',
    );
    for (const frequency of ['每月开展一次。', '至少更新一次,', '第十二次', '一次性告知,', '召开十次会议。'])
      expect(countsInWordsAsDigits(frequency)).toBe(frequency);
    const figures = extractProseFigures('全年召开新闻发布会十二场,每月开展一次培训,组织培训两期。', '一、总体情况');
    expect(figures.map((figure) => [figure.value, figure.unit])).toEqual([
      [12, '场'],
      [2, '期'],
    ]);
  });

  it('an audience count in 万 with no measure word is read in 万次; a count in 万 after another word is not', () => {
    const read = extractProseFigures('公众号发布文章865篇,累计阅读量超133万,粉丝数达4万人;总点击量达到66万。', '一、总体情况');
    expect(read.filter((figure) => figure.unit === '万次').map((figure) => figure.value)).toEqual([133, 66]);
    expect(extractProseFigures('全年营业收入达到66万,同比增长。', '一、总体情况').filter((figure) => figure.value === 66)).toEqual([]);
  });

  it('更新了几次 / 开了几场发布会: the count in digits in the lead, the report’s words in the quote', async () => {
    const user = 'numerals';
    const updated = await app.ask('青禾街道2025年领导介绍栏目更新了几次', user);
    expect(updated.kind, updated.answer).toBe('figure');
    expect(updated.answer).toContain('更新2次');
    expect(updated.answer).toContain('更新两次');
    const press = await app.ask('开了几场新闻发布会', user);
    expect(press.kind, press.answer).toBe('figure');
    expect(press.answer).toContain('12场');
    expect(press.answer).not.toMatch(/(?<![\d.])1次/);
  });

  it('阅读量 asked of each channel: its own count in 万 as printed', async () => {
    const user = 'audience';
    const weibo = await app.ask('柳湾体育局2023年微博阅读量累计多少', user);
    expect(weibo.kind, weibo.answer).toBe('figure');
    expect(weibo.answer).toContain('318万');
    expect(weibo.answer).not.toContain('133万。');
    const account = await app.ask('公众号累计阅读量呢', user);
    expect(account.kind, account.answer).toBe('figure');
    expect(account.answer).toContain('133万');
  });

  it('依申请公开历年累计多少件: the count over the years, never one year’s nor a part of it', async () => {
    const answer = await app.ask('青禾区政府办2024年依申请公开历年累计多少件', 'over-years');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(22);
    expect(answer.facts.map((fact) => fact.value)).not.toContain(16);
    expect(answer.facts.map((fact) => fact.value)).toEqual([461]);
  });
});

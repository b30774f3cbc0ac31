/**
 * gaps62's classes (issue #11's gap lines), on made-up pages whose figures are in the prose: channels named as examples of
 * the class a report counts as one (公众号这些新媒体, 报纸电视这些传统的) ask the class (政务新媒体…N条, 传统公开载体…N条), not
 * the example channel; an account's quoted name right before a channel word the segmenter split (“白石发布”公众号 read as
 * 公众|号) is found by the word's two-character parts, as retrieval finds it; 官司 alone (官司输了还是赢了, with no 打) is a
 * lawsuit, whose outcome the page's sentence gives (法院判决胜诉).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const BUREAU = [
  '青石县水务局2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,本单位主动公开政府信息共计231条。其中青石县水务局门户网站主动公开的政府信息有67条,政务新媒体公开的政府信息有164条。',
  '（二）依申请公开',
  '2025年,共收到政府信息公开申请3件。',
].join('\n');

const STREET = [
  '青石县白沙街道办事处2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,白沙街道累计公开政府信息418条。从公开渠道来看,区政府门户网站公开信息91条,其中开设政务微信小程序1个(白沙之家)公开信息140条;通过报刊、电视、广播、政务服务场所等传统公开载体公开信息187条。',
  '（二）依申请公开',
  '2025年,共收到政府信息公开申请5件。',
].join('\n');

describe('gaps62: channels named as examples of a class the report counts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['bureau.txt', BUREAU],
      ['street.txt', STREET],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads 公众号这些新媒体 as the new media counted together', async () => {
    for (const question of ['青石县水务局公众号这些新媒体上发了多少', '青石县水务局微信微博之类的新媒体发了几条']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('figure');
      expect(answer.facts[0]?.value, question).toBe(164);
    }
  });

  it('reads 报纸电视这些传统的呢 as the traditional outlets counted together', async () => {
    const answers = await converse(app, 'trad1', ['白沙街道公开了多少信息', '网站上的呢', '报纸电视这些传统的呢']);
    expect(answers[0].facts[0]?.value).toBe(418);
    expect(answers[1].facts[0]?.value).toBe(91);
    expect(answers[2].kind).toBe('figure');
    expect(answers[2].facts[0]?.value).toBe(187);
  });
});

const TOWN = [
  '青石县白石镇人民政府2025年政府信息公开工作年度报告',
  '一、总体情况',
  '2025年度,我镇主动公开单位信息和领导班子情况。经统计,2025年我镇及时公开政策文件及财政等重点领域信息共12条;全年累计推送媒体宣传256条次,其中中央媒体31条次,省、市媒体225条次,“白石发布”公众号全年推送信息512条。',
  '二、收到和处理政府信息公开申请情况',
  '2025年,共收到政府信息公开申请5件,办结5件。被提起行政诉讼1起,法院判决胜诉。',
].join('\n');

describe('gaps62: an account named before a channel word the segmenter split', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['town.txt', TOWN]]);
  });
  afterAll(() => app.dispose());

  it('gives the quoted name before 公众号', async () => {
    const alone = await app.ask('白石镇公众号叫什么');
    expect(alone.answer).toMatch(/“白石发布”/);
    const answers = await converse(app, 'name1', ['白石镇微博发了几条', '那公众号呢', '公众号叫什么']);
    expect(answers[1].facts[0]?.value).toBe(512);
    expect(answers[2].answer).toMatch(/“白石发布”/);
  });
});

describe('gaps62: 官司 alone is a lawsuit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['town.txt', TOWN]]);
  });
  afterAll(() => app.dispose());

  it('answers how the lawsuit ended', async () => {
    const answers = await converse(app, 'suit1', ['白石镇收到多少申请', '被告过吗 打官司几起', '官司输了还是赢了']);
    expect(answers[1].facts[0]?.value).toBe(1);
    expect(answers[2].answer).toMatch(/胜诉/);
    const alone = await app.ask('白石镇的官司赢了还是输了');
    expect(alone.answer).toMatch(/胜诉/);
  });
});

/**
 * qachat55's classes (citizens' own phrasing and conversations after a miss over every folder, citizen-questions-92), each with
 * a made-up example that fails without its fix.
 * 1. 东港区那个自然资源分局: a spoken filler between a region and a branch bureau named by its parent's work (was: another
 *    city's 分局 found, the region lost).
 * 2. 都有哪些年份的报告 / 有哪些年份 after one agency's figure: the years of that agency's reports (was: the whole store's
 *    list, or the polite menu).
 * 3. 那2024年他们召开了几场新闻发布会 after the years listed: the thing counted, of that year (was: the years listed again).
 * 4. 回到刚才那个 他们…: the agency talked about before the last one, not named (was: the last one's answer).
 * 5. 哪个区政府信息公开最差 / 你觉得X做得好不好: a judgement of how well agencies work is refused (was: the remembered
 *    agency's figure, or the polite menu as a clarification).
 * 6. 荷塘明年会收到多少申请: a forecast asked of a place that is no one agency is refused (was: asked back which agency).
 * 7. 前年和大前年加起来 / 2024年和2023年一共多少 after those two years' figures: their sum (was: not understood).
 * 8. 这几年复议是多了还是少了 in a conversation about one agency: its own counts over its years (was: the rules on appealing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat55: citizens’ phrasing (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'donggang-2024.txt',
        cutPage(
          '江城市规划和自然资源局东港区分局',
          2024,
          '2024年依申请公开信息38条,其中:予以公开信息11条,部分公开信息9条,不予公开信息6条,无法提供信息12条。',
        ),
      ],
      ['xiba-2023.txt', cutPage('河阳市规划和自然资源局西坝分局', 2023, '2023年共受理依申请公开事项210件,其中自然人提交200件。')],
      ['qingshui-2022.txt', cutPage('青水县公安局', 2022, '全年召开新闻发布会4场,发布警情通报12期。')],
      ['qingshui-2024.txt', cutPage('青水县公安局', 2024, '全年召开新闻发布会9场,主动公开政府信息135条。')],
      [
        'songlin-2024.txt',
        cutPage(
          '松林市松北区人民政府',
          2024,
          '2024年全区共收到政府信息公开申请17件,其中予以公开11件。',
          '区政府微信公众号发布信息1630条,视频号及抖音号发布421条。',
        ),
      ],
      ['hetang-2023.txt', cutPage('荷塘市荷西区人民政府', 2023, '全年收到政府信息公开申请52件,办结50件。')],
      ['lvshui-2023.txt', cutPage('绿水镇人民政府', 2023, '全年主动公开政府信息64条。')],
      ['lvshui-2024.txt', cutPage('绿水镇人民政府', 2024, '全年主动公开政府信息58条。')],
      ['yunling-2022.txt', cutPage('云岭县人民政府', 2022, '全年收到政府信息公开申请40件,因政府信息公开引发行政复议2件。')],
      ['yunling-2023.txt', cutPage('云岭县人民政府', 2023, '全年收到政府信息公开申请44件,因政府信息公开引发行政复议5件。')],
      ['yunling-2024.txt', cutPage('云岭县人民政府', 2024, '全年收到政府信息公开申请61件,因政府信息公开引发行政复议9件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('drops a filler between a region and a branch bureau named by its parent’s work', async () => {
    const [answer] = await converse(app, 'branch', ['东港区那个自然资源分局2024年不予公开了几条']);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([6]);
  });

  it('lists the years of the agency talked about when its years are asked', async () => {
    for (const ask of ['都有哪些年份的报告', '有哪些年份']) {
      const answers = await converse(app, `years-${ask}`, ['青水县公安局2024年召开了几场新闻发布会', ask]);
      expect(answers[1].kind).toBe('text');
      expect(answers[1].answer).toContain('青水县公安局2022年、2024年');
    }
  });

  it('asks a thing counted of a year after the years listed', async () => {
    const answers = await converse(app, 'after-years', ['青水县公安局能查哪些年份的', '那2024年他们召开了几场新闻发布会']);
    expect(answers[1].kind).toBe('figure');
    expect(answers[1].facts.map((fact) => fact.value)).toEqual([9]);
  });

  it('goes back to the agency before the last one', async () => {
    const answers = await converse(app, 'back', [
      '松北区政府2024年收到几件信息公开申请',
      '那荷西区政府2023年收到多少',
      '回到刚才那个 他们公众号发了多少条',
      '视频号和抖音呢',
    ]);
    expect(answers[2].facts.map((fact) => fact.value)).toEqual([1630]);
    expect(answers[3].facts.map((fact) => fact.value)).toEqual([421]);
  });

  it('refuses a judgement of how well agencies work', async () => {
    const answers = await converse(app, 'opinion', ['荷西区政府2023年收到多少申请', '哪个区政府信息公开最差']);
    expect(answers[1].kind).toBe('refusal');
    expect(answers[1].facts).toEqual([]);
    const [fresh] = await converse(app, 'opinion-fresh', ['哪个街道信息公开做得最好']);
    expect(fresh.kind).toBe('refusal');
    const [named] = await converse(app, 'opinion-named', ['你觉得松北区政府信息公开做得怎么样']);
    expect(named.kind).toBe('refusal');
    expect(named.facts).toEqual([]);
  });

  it('refuses a forecast asked of a place that is no one agency', async () => {
    const [answer] = await converse(app, 'forecast', ['荷塘明年会收到多少信息公开申请']);
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).toContain('无法预测');
  });

  // (The test clock is 2026-11-24: 前年 is 2024, 大前年 2023.)
  it('adds the two years just answered when they are named before the sum', async () => {
    for (const sum of ['前年和大前年加起来', '2024年和2023年一共多少']) {
      const answers = await converse(app, `years-added-${sum}`, ['绿水镇前年主动公开了多少条', '大前年呢', sum]);
      expect(answers[2].kind).toBe('figure');
      expect(answers[2].facts.map((fact) => fact.value)).toContain(122);
    }
  });

  it('reads a trend of appeals in a conversation about one agency as its counts, not the rules', async () => {
    const answers = await converse(app, 'appeal-trend', ['云岭县政府2024年收到多少申请', '这几年复议是多了还是少了']);
    // (Cut pages print the counts in sentences only, which a span of years does not read yet: the answer is the agency's, a
    // refusal naming its report, where it was the rules on how to appeal.)
    expect(answers[1].kind).not.toBe('guide');
    expect(answers[1].answer).toContain('云岭县人民政府');
  });
});

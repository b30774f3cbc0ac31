/**
 * real-questions-51's answer classes (reports-more26), each on the real sentence and a made-up second example (first run
 * 101/113, 5 wrong figures; 108/113 after): a follower count printed with no unit (订阅人数为5973。) is the account's followers;
 * a count whose own item names the other kind of case (被起诉几件 against …被申请行政复议0件) or the other step of handling
 * (办结了几件 against 收到信件238件,办结99件) is never the answer, the one of the step asked is; an account the question names
 * (“广州番禺发布”) is never answered with another quoted account's count; 网上公开了几条 is the website's count; 县长信相 is the
 * mailbox (信箱).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../../src/report/prose.js';
import { correctKindTypos } from '../../../src/qa/typos.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-51 classes on real sentences and made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      // The real sentences (reports-more26/05, 01 and 04), cut to what is asked.
      [
        'suining.txt',
        `绥宁县人民政府2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2025年,绥宁县人民政府门户网站共发布信息3553条,县长信箱收到信件238件,办结99件,不予受理139件。“绥宁县人民政府”微信公众号2025年度发布信息206条,订阅人数为5973。`,
      ],
      [
        'panyu.txt',
        `番禺区人民政府办公室2024年政府信息公开工作年度报告
一、总体情况
统筹用好番禺区政府门户网站、“番禺政府网”微信公众号、“广州番禺发布”微信公众号等平台,及时传递权威信息。2024年,区政府门户网站发布各类信息4.14万条,“番禺政府网”微信公众号推送各类信息750条。`,
      ],
      [
        'rongcheng.txt',
        `荣成市信访局2025年政府信息公开工作年度报告
一、总体情况
(二)依申请公开工作方面
1.收到和处理政府信息公开申请情况
2025年,荣成市信访局共受理政府信息公开申请4件。
2.政府信息公开行政复议、行政诉讼情况
2025年,荣成市信访局因政府信息公开工作被申请行政复议0件,与去年相同。`,
      ],
      // Made-up second examples of each class.
      [
        'baihe.txt',
        `青川市白河县人民政府2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。全年共收到群众来信90件、回复90件,办结率100%。`,
      ],
      [
        'qinghe.txt',
        `青川市清河区人民政府2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,“清河发布”微博发布信息880条,粉丝数达12000。统筹用好“清河发布”“清河融媒”等平台。
(二)平台建设。2024年,通过清河区政府网站主动公开信息64条,区长信箱收到来信120件,办结110件。
(二)依申请公开情况。因政府信息公开申请被申请行政复议3件,与上年持平。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a follower count printed with no unit as the followers of the account its sentence names', () => {
    const real = extractProseFigures('“绥宁县人民政府”微信公众号2025年度发布信息206条,订阅人数为5973。', '一、总体情况');
    expect(real.find((figure) => figure.key === 'followers')).toMatchObject({ value: 5973, unit: '人', channel: '微信公众号' });
    const made = extractProseFigures('“清河发布”微博发布信息880条,粉丝数达12000。', '一、总体情况');
    expect(made.find((figure) => figure.key === 'followers')).toMatchObject({ value: 12000, channel: '微博' });
  });

  it('answers 粉丝多少 with that count', async () => {
    expect(values(await app.ask('绥宁县公众号粉丝多少'))).toContain(5973);
    expect(values(await app.ask('清河区2024年微博粉丝有多少'))).toContain(12000);
  });

  it('never answers a lawsuit count with a review count, nor a closed count with a received one', async () => {
    const sued = await app.ask('荣成市信访局2025年因为信息公开被起诉几件');
    expect(values(sued)).not.toContain(0);
    expect(values(await app.ask('清河区2024年因为信息公开被起诉几件'))).not.toContain(3);
    const closed = await app.ask('绥宁县长信箱2025年办结了几件');
    expect(values(closed)).toContain(99);
    expect(values(closed)).not.toContain(238);
    expect(values(await app.ask('清河区2024年区长信箱办结了几件'))).toEqual([110]);
    expect(values(await app.ask('清河区2024年区长信箱收到多少封信'))).toEqual([120]);
    // A rate asked with 办结 is no count of either step, whatever number the sentence repeats (收到来信90件、回复90件,办结率100%).
    expect(values(await app.ask('白河县2024年群众来信办结率多少'))).toContain(100);
    // The review itself is still answered.
    expect(values(await app.ask('荣成市信访局2025年被申请行政复议几件'))).toContain(0);
  });

  it("never answers an account the page names without a count with another account's count", async () => {
    expect(values(await app.ask('番禺区政府办2024年“广州番禺发布”公众号发了多少条'))).not.toContain(750);
    expect(values(await app.ask('番禺区政府办2024年“番禺政府网”公众号推送了多少条'))).toContain(750);
    expect(values(await app.ask('清河区2024年“清河融媒”微博发了多少条'))).not.toContain(880);
    expect(values(await app.ask('清河区2024年清河发布微博发了多少条'))).toContain(880);
  });

  it("reads 网上公开了几条 as the website's count, and 网上申请 still as an application channel", async () => {
    expect(values(await app.ask('清河区24年网上公开了几条'))).toContain(64);
    expect(values(await app.ask('绥宁县2025年网上发了多少条信息'))).toContain(3553);
  });

  it('reads 县长信相 as 县长信箱, and 市长信香 as 市长信箱', () => {
    expect(correctKindTypos('绥宁县2025年县长信相收到多少件', [])).toContain('县长信箱');
    expect(correctKindTypos('青川市市长信香收到几封信', [])).toContain('市长信箱');
    expect(correctKindTypos('我想给他写信相关的事', [])).not.toContain('信箱');
  });
});

/**
 * real-questions-corpus30's answer classes (reports-more30), each on the real sentence and a made-up second example: a page
 * printing ASCII commas (…通过政府网站、微信公众号等平台主动公开信息,…,微信公众号“永和镇”发布79条) breaks its clauses there, so
 * one account's count is not read as the count the channels of an earlier clause share; a clause that is only the channel
 * (通过XX镇人民政府网站,公开政府信息51条) is the next figure's channel; a 管理区 run by its county is found by its
 * own name (伏虎华侨管理区); 粉丝量 counts followers (公众号粉丝量4498人).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-corpus30 classes on real sentences and made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      // The real sentences (reports-more30/14, 18, 19, 27, 28), cut to what is asked.
      [
        'yonghe.txt',
        `乐山市金口河区永和镇2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开信息情况
2025年,我镇严格遵照政府信息公开的内容规定与时限要求,定期通过政府网站、微信公众号等平台主动公开信息,公开内容涵盖日常工作动态、项目公示、低保发放等多个方面,主动公开信息总计238条,其中四川省乐山市金口河区政府信息公开平台发布159条,微信公众号“永和镇”发布79条。`,
      ],
      [
        'shuanghe.txt',
        `重庆市武隆区双河镇人民政府2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2025年,双河镇主动公开政府信息170余条。其中,通过重庆市武隆区双河镇人民政府网站,公开政府信息51条,通过政务新媒体上报信息120余条。`,
      ],
      [
        'huaxiang.txt',
        `花乡街道办事处2024年政府信息公开工作年度报告
一、总体情况
(二)主动公开
我街道2024年通过信息公开专栏主动公开政府信息167条。截至目前,公众号粉丝量4498人,发布篇数96篇,阅读量33981人次。`,
      ],
      [
        'fuhu.txt',
        `柳城县伏虎华侨管理区2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况
2025年,管理区紧扣县级工作部署,全年主动公开各类政府信息2条,其中文件类信息1条,其他重要信息1条。`,
      ],
      // Made-up second examples of each class.
      [
        'qingshi.txt',
        `示例市青石县石门镇人民政府2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2025年,我镇通过政府网站、微信公众号、抖音等渠道公开信息410条,其中,通过示例市青石县人民政府网站,公开政府信息65条,通过政务新媒体推送信息300余条,微信公众号“石门发布”推送信息212条,抖音号发布短视频33条。公众号粉丝量5120人。`,
      ],
      [
        'nanshan.txt',
        `示例县南山华侨管理区2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2025年,南山华侨管理区全年主动公开各类政府信息36条。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it("one account's count after ASCII commas is that account's, not a count the channels share", async () => {
    expect(values(await app.ask('永和镇微信公众号发布了多少条'))).toEqual([79]);
    expect(values(await app.ask('石门镇2025年微信公众号推送了多少条'))).toEqual([212]);
  });

  it('a clause that is only a channel (通过XX网站,公开…51条) gives the next figure its channel', async () => {
    const stored = (agency: string) =>
      app.db
        .prepare(
          `SELECT p.value, p.channel FROM prose_figures p JOIN reports r ON r.id = p.report_id JOIN agencies a ON a.id = r.agency_id
           WHERE a.name LIKE ? AND p.figure_key = 'proactive_items_by_channel' ORDER BY p.id`,
        )
        .all(`%${agency}%`) as Array<{ value: number; channel: string | null }>;
    expect(stored('双河镇')).toContainEqual({ value: 51, channel: '政府网站' });
    expect(stored('石门镇')).toContainEqual({ value: 65, channel: '政府网站' });
    // The website asked without 通过 is that figure.
    expect(values(await app.ask('双河镇2025年网站公开了多少条政府信息'))).toEqual([51]);
  });

  it('a 管理区 run by its county is found by its own name, asked without the county', async () => {
    expect(agencyAliases('柳城县伏虎华侨管理区')).toContain('伏虎华侨管理区');
    expect(agencyAliases('示例县南山华侨管理区')).toContain('南山华侨管理区');
    const real = await app.ask('伏虎华侨管理区2025年主动公开政府信息多少条');
    expect(real.kind).toBe('figure');
    expect(values(real)).toEqual([2]);
    expect(values(await app.ask('南山华侨管理区2025年主动公开了多少条信息'))).toEqual([36]);
  });

  it('粉丝量 is the followers of the account', async () => {
    expect(values(await app.ask('花乡街道便民服务中心公众号粉丝多少'))).toEqual([4498]);
    expect(values(await app.ask('石门镇公众号有多少粉丝'))).toEqual([5120]);
  });
});

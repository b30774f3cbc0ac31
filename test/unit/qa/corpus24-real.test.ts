/**
 * real-questions-corpus24's answer classes, each on the real sentence and a made-up second example (first run 58/60, 2 wrong
 * figures): a year's 主动公开 total beside the level reached by the year's end (截至2019年底,累计主动公开政府信息64627条) is the
 * year's own count, not the level; print media joined to an account (通过报刊、微信公众号等媒体公开信息344条) make a count of
 * both channels, which is no answer to the account alone.
 */
import { describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../../src/report/prose.js';
import { importTexts, makeTestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-corpus24 classes on real sentences and made-up reports', () => {
  it("a year's total is answered before the level reached by the year's end (截至…年底,累计…)", async () => {
    const app = makeTestApp();
    try {
      await importTexts(app, [
        // The real sentences (reports-more24/25, 清水县人民政府 2019), cut to what is asked.
        [
          'qingshui.txt',
          `清水县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年,清水县政府信息公开工作以习近平新时代中国特色社会主义思想为指导。 (一)主动公开政府信息情况。2019年,通过政府门户网站、政务公开栏、档案查询点、广播、电视、短信平台、电子屏、社会活动日、新媒体平台等形式主动公开政府信息8769条。其中,通过市政府网站公开信息2100条,通过县政府门户网站发布政府信息5469条。截至2019年底,累计主动公开政府信息64627条。`,
        ],
        // Made-up: the level first, at 年末, the year's count after it.
        [
          'baishui.txt',
          `青川市白水县人民政府2022年政府信息公开工作年度报告
本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。
一、总体情况
(一)主动公开情况。截至2022年末,我县累计主动公开政府信息31250条。2022年,通过政府网站、公开栏、政务新媒体等渠道主动公开政府信息2310条。`,
        ],
        // Made-up: the level alone, counted from the year's start (as reports-more16/13, 甘雨镇): it is the year's total.
        [
          'lianhua.txt',
          `青川市莲花镇人民政府2024年政府信息公开工作年度报告
本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。
一、总体情况
(一)主动公开情况。截至2024年12月31日,我镇累计公开政府信息148条。其中,政务新媒体公开60条。`,
        ],
      ]);
      const real = await app.ask('清水县2019年主动公开政府信息多少条');
      expect(values(real)[0]).toBe(8769);
      expect(values(real)).not.toContain(64627);
      expect(values(await app.ask('清水县2019年累计主动公开政府信息多少条'))).toEqual([64627]);
      const madeUp = await app.ask('白水县2022年主动公开了多少条政府信息');
      expect(values(madeUp)[0]).toBe(2310);
      expect(values(madeUp)).not.toContain(31250);
      expect(values(await app.ask('莲花镇2024年一共公开了多少条政府信息'))[0]).toBe(148);
    } finally {
      app.dispose();
    }
  });

  it('print media joined to an account (报刊、微信公众号等媒体…344条) is no count of the account alone', async () => {
    const [joint] = extractProseFigures('通过报刊、微信公众号等媒体公开信息344条。', 'overview');
    expect(joint.channel).toContain('报纸');
    const app = makeTestApp();
    try {
      await importTexts(app, [
        // The real sentences (reports-more24/07, 甘南州卫生健康委 2025): the account's own count is left blank on the page.
        [
          'gannan.txt',
          `甘南州卫生健康委2025年政府信息公开工作年度报告
本报告中所列数据的统计期限自2025年1月1日起至12月31日止。
一、总体情况
(一)主动公开情况。
一是通过门户网站规范公开各类政府信息。2025年甘南州卫生健康委网站全年累计发布网站信息发布信息共971条。通过报刊、微信公众号等媒体公开信息344条。二是通过政务新媒体主动发布政务信息。“甘南卫生健康”微信公众号编辑发布信息条。微信公众号订阅用户6731人。`,
        ],
        // Made-up: a daily paper and a Weibo account counted together.
        [
          'shiqiao.txt',
          `青川市石桥区教育局2024年政府信息公开工作年度报告
本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。
一、总体情况
(一)主动公开情况。2024年,区教育局门户网站发布信息210条,通过报刊、微博等媒体发布信息86条。`,
        ],
      ]);
      const real = await app.ask('甘南州卫健委2025年微信公众号编辑发布了多少条信息');
      expect(real.kind).toBe('refusal');
      expect(real.answer).toContain('344');
      expect(values(await app.ask('甘南州卫健委2025年通过报刊、微信公众号等媒体公开信息多少条'))).toEqual([344]);
      const madeUp = await app.ask('石桥区教育局2024年微博发了多少条');
      expect(values(madeUp)).not.toContain(86);
    } finally {
      app.dispose();
    }
  });
});

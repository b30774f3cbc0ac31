/**
 * gaps66's classes (citizen-questions-74's gap lines), on made-up pages cut before their tables: 人大建议政协提案收到几件
 * against a sentence that names the proposals without whose they are (共收到提案、建议18件) is that count, never refused as
 * no application count; 自己主办的呢 after it is the 主办 of the same sentence (自己 is the agency, no word of the thing);
 * 微博上有人投诉吗 (named or in a conversation about the agency) asks whether complaints came, which the report counts
 * (收到微博投诉7条), never the rules on how to complain; 动态资迅 (a homophone of 讯) is the 动态资讯 printed; 有人因为信息公开
 * 告政府吗 on a page cut before table 四 is the prose's 行政诉讼1件 (a bare 告 before the question's end is a lawsuit).
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
  'health.txt': cut(
    '北川县卫生健康委员会2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,共收到提案、建议18件,其中主办11件、会办7件。办理工作全部达到规定要求。在“北川健康”微信公众号发布信息130余条。\n(二)依申请公开。2025年共收到政府信息公开申请4件。',
  ),
  'street.txt': cut(
    '东河区南门街道办事处2025年政府信息公开工作年度报告',
    '(一)主动公开。通过区政府网站主动公开信息40条。南门街官方微博共累计发布微博90条,其中发布原创微博20条,转发微博70条;收到微博投诉7条,均已完全办结。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
  'district.txt': cut(
    '西川区人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年全区累计更新政府信息410条,发布动态资讯321条。\n(二)依申请公开。依申请公开引起的行政复议3件,行政诉讼1件,均已审结。',
  ),
  'published.txt': cut(
    '西山县民政局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息60条,主动公开人大代表建议和政协提案办理情况9项。\n(二)依申请公开。2025年共收到政府信息公开申请2件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps66 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('人大建议政协提案收到几件 is the 共收到提案、建议18件 printed, and 自己主办的呢 its 主办11件', async () => {
    const [, received, own] = await converse(app, 'g66-proposals', [
      '北川卫健委公众号推了多少',
      '人大建议政协提案收到几件',
      '自己主办的呢',
    ]);
    expect(values(received)).toEqual([18]);
    expect(values(own)).toEqual([11]);
  });

  it('人大建议政协提案收到几件 against a count of what was published about them stays refused', async () => {
    const [received] = await converse(app, 'g66-published', ['西山县民政局人大建议政协提案收到几件']);
    expect(received.kind).toBe('refusal');
    expect(values(received)).toEqual([]);
  });

  it('微博上有人投诉吗 of a named agency is its 收到微博投诉7条, not the rules on complaining', async () => {
    const [named] = await converse(app, 'g66-named', ['南门街道微博上有人投诉吗']);
    expect(values(named)).toEqual([7]);
    expect(named.answer).toMatch(/^有/);
  });

  it('微博上有人投诉吗 mid-conversation, no agency named, is the agency of the conversation', async () => {
    const [, , asked] = await converse(app, 'g66-conv', ['南门街道微博发了多少', '转发的呢', '微博上有人投诉吗']);
    expect(values(asked)).toEqual([7]);
  });

  it('动态资迅发了多少 is the 发布动态资讯321条 printed', async () => {
    const [news] = await converse(app, 'g66-typo', ['西川区2025年动态资迅发了多少']);
    expect(values(news)).toEqual([321]);
  });

  it('有人因为信息公开告政府吗 on a page cut before table 四 is the 行政诉讼1件 of the prose', async () => {
    const [sued] = await converse(app, 'g66-sued', ['西川区25年有人因为信息公开告政府吗']);
    expect(values(sued)).toEqual([1]);
  });
});

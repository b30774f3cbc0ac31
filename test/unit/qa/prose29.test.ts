/**
 * prose29's classes (the folder tests' prose gaps), on made-up pages cut before their tables: 公开各类信息多少 (no measure
 * word) against 公开各类信息5318,新建专题栏目3个 is the bare 5318 printed right after the words asked, never the 3个 of the
 * next clause; 上年度转结多少件 (转结 printed for 结转, as some reports do) is the 上年度转结申请3件 carried in, never the
 * 另有2件申请转结下年度 carried on beside it (上年度 before 转结 names the row, no year); 予以公开中含上年结转几件 where table
 * 三 is cut is the prose's 含上年结转4件, never refused as the cut table's row; 市政府门户网站和北江发布发布各类信息多少万条 against 市政府门户网站、“北江发布”政务
 * 微博发布各类信息1.35万条,发布政府文件21件 is the joint 1.35万条 the question joins with 和, never the 21件 of 政府文件; an account asked by
 * its quoted name alone (“山水秀韵”微信公众号发布信息多少篇, “掌上南屏”APP发布了多少篇) is the account the one report quoting it
 * counts, asked of that report's agency, never asked back which agency; 收到群众留言多少条 against 收到156条群众留言,办结留言150条 is the 156 printed before the noun
 * asked (its measure word, a qualifier, then 留言), not refused for the 办结 count that prints 留言 before its number; 抖音號發布信息多少條 against a sentence naming no channel (两个官方账号分别发布信息420条、57条, or
 * a page whose channel names came out garbled) is refused, never answered with that count.
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
  'county.txt': cut(
    '南溪县人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年通过县政府门户网站主动公开各类信息5318,新建专题栏目3个。\n(二)依申请公开。2025年共收到政府信息公开申请6件。',
  ),
  'bureau.txt': cut(
    '东坡市自然资源局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息210条。\n(二)依申请公开。全年办理政府信息公开申请52件(含上年度转结申请3件,另有2件申请转结下年度继续办理),均在法定期限内答复。',
  ),
  'office.txt': cut(
    '北林县人民政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息88条。\n(二)依申请公开。2025年,共收到政府信息公开申请31件。其中,予以公开19件(含上年结转4件)、部分公开3件、无法提供6件、结转下年度3件。',
  ),
  'city.txt': cut(
    '北江市人民政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。市政府门户网站、“北江发布”政务微博发布各类信息1.35万条,发布政府文件21件,同步推出政策解读19件。\n(二)依申请公开。2025年共收到政府信息公开申请40件。',
  ),
  'culture.txt': cut(
    '南屏县文化和旅游局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息96条,“山水秀韵”微信公众号发布信息286篇,“掌上南屏”APP发布信息1207篇。\n(二)依申请公开。2025年共收到政府信息公开申请2件。',
  ),
  'water.txt': cut(
    '西岭县水利局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息74条。\n(二)政民互动。全年收到156条群众留言,办结留言150条,公开答复9条。\n(三)依申请公开。2025年共收到政府信息公开申请1件。',
  ),
  'health.txt': cut(
    '东川市卫生健康委员会2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息133条。“东川健康”两个官方账号分别发布信息420条、57条,主流媒体发布相关报道90篇。\n(二)依申请公开。2025年共收到政府信息公开申请3件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose29 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('公开各类信息多少 is the bare 5318 printed right after those words, not the 3个 of the clause after', async () => {
    const [answer] = await converse(app, 'p29-bare', ['南溪县2025年县政府门户网站主动公开各类信息多少？']);
    expect(values(answer)).toEqual([5318]);
  });

  it('上年度转结多少件 is the 上年度转结申请3件 carried in, 转结下年度多少件 the 2件 carried on', async () => {
    const [carriedIn] = await converse(app, 'p29-in', ['东坡市自然资源局2025年上年度转结多少件？']);
    const [carriedOn] = await converse(app, 'p29-on', ['东坡市自然资源局2025年转结下年度多少件？']);
    expect(values(carriedIn)).toEqual([3]);
    expect(values(carriedOn)).toEqual([2]);
  });

  it('予以公开中含上年结转几件 where table 三 is cut is the prose’s 含上年结转4件', async () => {
    const [answer] = await converse(app, 'p29-carried-note', ['北林县人民政府办公室2025年予以公开中含上年结转几件？']);
    expect(values(answer)).toEqual([4]);
  });

  it('网站和北江发布发布各类信息多少万条 is the 1.35万条 the sentence prints for the two joined, not 发布政府文件21件', async () => {
    const [answer] = await converse(app, 'p29-joined', ['2025年市政府门户网站和北江发布发布各类信息多少万条？']);
    expect(values(answer)).toEqual([1.35]);
  });

  it('“山水秀韵”微信公众号 / “掌上南屏”APP asked by the quoted name alone is the account the one report quoting it counts', async () => {
    const [wechat] = await converse(app, 'p29-quoted', ['2025年“山水秀韵”微信公众号发布信息多少篇？']);
    const [application] = await converse(app, 'p29-app', ['2025年“掌上南屏”APP发布信息多少篇？']);
    expect(values(wechat)).toEqual([286]);
    expect(wechat.answer).toContain('南屏县文化和旅游局');
    expect(values(application)).toEqual([1207]);
  });

  it('收到群众留言多少条 is the 156 printed before the noun (收到156条群众留言), not refused for 办结留言150条', async () => {
    const [received] = await converse(app, 'p29-messages', ['西岭县水利局2025年收到群众留言多少条？']);
    const [handled] = await converse(app, 'p29-handled', ['西岭县水利局2025年办结留言多少条？']);
    expect(values(received)).toEqual([156]);
    expect(values(handled)).toEqual([150]);
  });

  it('抖音號發布信息多少條 against a sentence that never names 抖音 is refused, not answered with its 420条', async () => {
    const [answer] = await converse(app, 'p29-douyin', ['東川市衛生健康委員會2025年抖音號發布信息多少條？']);
    expect(answer.kind).toBe('refusal');
    expect(values(answer)).toEqual([]);
  });
});

/**
 * gaps22's classes, each with its real case and a made-up second example.
 * 1. A channel asked where the year's total names none and its parts by channel follow it (环县: 主动公开…60931条(中央及省市
 *    主流媒体、网站、新媒体平台13635条;县政府网站12365条;…)): the search found the total's sentence, which names 网站 in its
 *    lumped list, and answered 60931. Now the one part whose own words name the channel asked (12365条), unless a sentence of its
 *    own states it (海原县科技局's 门户网站…2024年公开信息15条 stands).
 * 2. 公众号 asked against a count of several channels together (通过报刊、微信公众号等媒体公开信息344条): the question is searched
 *    as 微信公众号, read as the two words 微信 and 公众号, and the lumped-channels check wanted one channel word; words of one
 *    channel (微信, 公众号) are now one channel asked. The clause before a count also breaks at ASCII marks (, ; :), as pages
 *    typed so print it (多种途径…,其中…,通过微信公众号发布信息550余条 names 公众号 alone).
 * 3. An item of a 其中 list named by a word of its 《》 title (《皮山县2022年国民经济和社会发展统计公报》1条): the year inside the
 *    title dated the count to 2022, so it was skipped for 2023 and the sentence head (5条) answered.
 * 4. Two agencies joined by 和 where the second's name makes the words after the first read as a kind of agency (东宝区和|平潭综合
 *    实验区公安局): the first was dropped as a place followed by another agency's kind, and only the second was answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const HEAD = (name: string, year: number) => `${name}${year}年政府信息公开工作年度报告
本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。
一、总体情况
`;

describe('gaps22: a channel of a total, lumped channels, an item named by its title, two agencies joined by 和', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'huanxian.txt',
        `${HEAD('环县人民政府', 2025)}(一)主动公开方面。2025年全县主动公开各类政府信息60931条(中央及省市主流媒体、网站、新媒体平台13635条;县政府网站12365条;县内各类政务新媒体32526条;电视、公开栏、电子显示屏等其他渠道公开2405条),通过领导信箱等平台回应群众各类关切问题22752件。
(二)依申请公开方面。2025年全县共受理依申请公开36件。`,
      ],
      [
        'qingshan.txt',
        `${HEAD('青山县人民政府', 2024)}(一)主动公开情况。2024年全县主动公开各类政府信息4210条(县融媒体、网站、新媒体平台960条;县政府网站1730条;各乡镇政务新媒体1320条;公开栏等其他渠道公开200条)。
(二)依申请公开情况。2024年全县共收到依申请公开件14件,上年度结转办理件2件。`,
      ],
      [
        'gannan.txt',
        `${HEAD('甘南州卫生健康委', 2025)}2025年甘南州卫生健康委网站全年累计发布网站信息发布信息共971条,其中工作动态68条、通知公告20条。通过报刊、微信公众号等媒体公开信息344条。微信公众号订阅用户6731人。`,
      ],
      ['luhe.txt', `${HEAD('鹿河县农业农村局', 2024)}2024年,本局通过门户网站主动公开信息56条,通过广播、微信公众号等渠道公开信息128条。`],
      [
        'yunling.txt',
        `${HEAD('云岭省邮政管理局', 2023)}(二)做好政府信息公开。2023年云岭省邮政管理局通过门户网站、微信公众号等平台发布各类政府信息862条。`,
      ],
      [
        'pishan.txt',
        `${HEAD('皮山县统计局', 2023)}(一)主动公开情况。2023年,统计局主动通过县政府门户网站共发布政务公开信息5条,其中《皮山县2022年国民经济和社会发展统计公报》1条、皮山县季度经济运行分析报告3条、《皮山县统计局行政执法服务指南》1条。`,
      ],
      [
        'songping.txt',
        `${HEAD('松坪县审计局', 2024)}(一)主动公开情况。2024年,本局通过县政府门户网站共发布信息12条,其中《松坪县2023年度本级预算执行审计结果公告》2条、审计工作动态7条、《松坪县审计局权责清单》3条。`,
      ],
      [
        'dongbao.txt',
        `${HEAD('东宝区', 2024)}(二)政府信息依申请公开情况。2024年全区共收到依申请公开件30件,上年度结转办理件1件,共办结24件,结转到2025年办理7件。`,
      ],
      ['beiyuan.txt', `${HEAD('北原县', 2024)}(二)依申请公开情况。2024年全县共收到依申请公开件17件,共办结17件。`],
      ['pingtan-gaj.txt', `${HEAD('平潭综合实验区公安局', 2024)}(二)依申请公开情况。2024年本局收到政府信息公开申请8件,均已按时答复。`],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers a channel asked with the part of the total that names it alone, not the total', async () => {
    const real = await app.ask('环县25年县政府网站公开了多少条');
    expect(real.kind).toBe('figure');
    expect(real.facts.map((fact) => fact.value)).toEqual([12365]);
    expect(real.answer).toContain('60931');
    // Made up: another county, the channel asked in other words.
    const made = await app.ask('青山县2024年政府网站发布了多少条信息');
    expect(made.kind).toBe('figure');
    expect(made.facts.map((fact) => fact.value)).toEqual([1730]);
    // The total asked is still the total.
    const total = await app.ask('青山县2024年主动公开了多少条');
    expect(total.facts[0].value).toBe(4210);
  });

  it('answers no part for a channel none of the parts names alone', async () => {
    // 微信公众号 is none of 青山县's parts (新媒体平台960条 lumps 网站 with other media).
    const answer = await app.ask('青山县2024年微信公众号发了多少条');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(1730);
    expect(answer.facts.map((fact) => fact.value)).not.toContain(4210);
  });

  it('reads 公众号 asked as one channel, so a count it shares with another channel is refused', async () => {
    for (const question of ['甘南州卫健委25年公众号发了多少条', '甘南州卫健委25年微信公众号发了多少条']) {
      const real = await app.ask(question);
      expect(real.kind, question).toBe('refusal');
      expect(real.answer).toContain('344');
      expect(real.facts).toEqual([]);
    }
    const made = await app.ask('鹿河县农业农村局2024年公众号发了多少条');
    expect(made.kind).toBe('refusal');
    expect(made.answer).toContain('合起来');
    // One figure alone, lumping the channel asked with another (门户网站、微信公众号等平台), is no more its count.
    for (const question of ['云岭省邮政管理局2023年公众号发了多少条', '云岭省邮政管理局2023年网站发布了多少条']) {
      const alone = await app.ask(question);
      expect(alone.kind, question).toBe('refusal');
      expect(alone.facts).toEqual([]);
    }
    // The website's own count stands.
    const site = await app.ask('鹿河县农业农村局2024年网站发了多少条');
    expect(site.facts.map((fact) => fact.value)).toEqual([56]);
  });

  it('picks the item of a 其中 list named by a word of its 《》 title, whatever year the title holds', async () => {
    const real = await app.ask('皮山县统计局23年统计公报发了几条');
    expect(real.kind).toBe('figure');
    expect(real.facts.map((fact) => fact.value)).toEqual([1]);
    const made = await app.ask('松坪县审计局2024年审计结果公告发了几条');
    expect(made.kind).toBe('figure');
    expect(made.facts.map((fact) => fact.value)).toEqual([2]);
  });

  it('reads both agencies of A和B where B is a stored name that ends in a kind', async () => {
    const real = await app.ask('东宝区和平潭综合实验区公安局2024年谁收到的信息公开申请多');
    expect(real.kind).toBe('figure');
    expect(real.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([8, 30]);
    expect(real.answer.split('\n')[0]).toContain('东宝区');
    const made = await app.ask('北原县和平潭综合实验区公安局2024年谁收到的申请多');
    expect(made.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([8, 17]);
    expect(made.answer.split('\n')[0]).toContain('北原县');
  });
});

describe('gaps22: cut pages whose prose states a row of table 三 or 四', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'jianping.txt',
        `${HEAD('建平县人民政府', 2025)}(二)依申请公开情况。2025年共受理政府信息公开申请52件,产生行政复议13件和行政诉讼1件。`,
      ],
      [
        'heyuan.txt',
        `${HEAD('禾源县人民政府', 2024)}(二)依申请公开情况。2024年共受理依申请公开20件,其中:属于公开范围9件,不予公开4件,信息不存在5件,转下年度继续办理2件。全年因政府信息公开引发行政诉讼3件。`,
      ],
      [
        'linping.txt',
        `${HEAD('临平区人民政府', 2023)}(二)依申请公开情况。2023年,全区共受理依申请公开1137件,已答复1136件(含上年度结转32件),均在法定期限内予以答复,另外33件申请依法顺延到下年度答复。`,
      ],
      [
        'donghu.txt',
        `${HEAD('武汉市东湖生态旅游风景区管理委员会办公室', 2024)}(二)依申请公开情况。2024年,办公室受理政府信息公开申请数量为0。`,
      ],
      ['shimen.txt', `${HEAD('石门街道办事处', 2024)}(二)依申请公开情况。2024年,本街道收到政府信息公开申请件数为0,无结转。`],
      [
        'liuwan.txt',
        `${HEAD('柳湾县卫生健康委员会', 2023)}(二)依申请公开情况。全年接收群众通过网络提交的信息公开请求5件,均已按时答复,未收取费用,未发生因依申请公开而引起的行政复议、行政诉讼情况。`,
      ],
      [
        'lanxi.txt',
        `${HEAD('兰溪镇人民政府', 2024)}(二)依申请公开情况。2024年共受理依申请公开41件,已答复35件,另有6件申请依法顺延到下年度答复。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 起诉 asked yes/no from the prose count of lawsuits, not a row the question never names', async () => {
    const real = await app.ask('建平县2025年有没有人因为信息公开去法院起诉');
    expect(real.kind).toBe('figure');
    expect(real.answer.startsWith('有')).toBe(true);
    expect(real.facts.map((fact) => fact.value)).toEqual([1]);
    const made = await app.ask('禾源县2024年有人去法院起诉吗');
    expect(made.answer.startsWith('有')).toBe(true);
    expect(made.facts.map((fact) => fact.value)).toEqual([3]);
    // A row named (直接起诉) is not the lawsuits' total: still refused for the cut table.
    const direct = await app.ask('禾源县2024年未经复议直接起诉的有几件');
    expect(direct.facts.map((fact) => fact.value)).not.toContain(3);
  });

  it('reads applications carried into the next year as a report prints them (转下年度继续办理, 顺延到下年度答复)', async () => {
    const real = await app.ask('临平区23年有多少件申请顺延到下一年答复');
    expect(real.facts.map((fact) => fact.value)).toEqual([33]);
    const made = await app.ask('兰溪镇2024年有几件申请结转到下一年');
    expect(made.facts.map((fact) => fact.value)).toEqual([6]);
    const transferred = await app.ask('禾源县2024年转到下年的有几件');
    expect(transferred.facts.map((fact) => fact.value)).toEqual([2]);
  });

  it('answers a count of applications with the none the prose states (受理政府信息公开申请数量为0) where table 三 is cut', async () => {
    const real = await app.ask('东湖风景区管委会办公室2024年收到几份申请');
    expect(real.kind).toBe('figure');
    expect(real.answer.startsWith('没有，0份')).toBe(true);
    const made = await app.ask('石门街道2024年受理了几件信息公开申请');
    expect(made.answer.startsWith('没有，0件')).toBe(true);
    // A none of what applications led to (未发生因依申请公开而引起的行政复议) says nothing of how many came.
    const other = await app.ask('柳湾县卫健委2023年申请多少件');
    expect(other.facts.map((fact) => fact.value)).not.toContain(0);
    expect(other.answer.startsWith('没有')).toBe(false);
  });

  it('answers 转到下年的呢 after another result of a cut table 三', async () => {
    const user = 'gaps22-carried';
    await app.ask('禾源县2024年受理了几件依申请', user);
    await app.ask('不予公开的呢', user);
    const answer = await app.ask('转到下年的呢', user);
    expect(answer.facts.map((fact) => fact.value)).toEqual([2]);
  });
});

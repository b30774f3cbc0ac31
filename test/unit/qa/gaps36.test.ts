/**
 * gaps36's classes (issue #11's gap lines), each on made-up reports: a remembered prose topic answered as text (the fee
 * sentence of 收费了吗) does not answer a later follow-up that counts a thing of its own (其中解读的呢 after a channel's count);
 * a name beginning with a superlative (最低生活保障 of 低保的信息呢) asks no ranking; 有什么新媒体 of an agency asks its channels,
 * not a sentence that merely names 政务新媒体; a whole province's or the country's count (全宁夏科技局一共) is refused, not asked
 * which body; two channels' posts summed in 篇 and 条 (公众号发布信息120篇, 抖音发布视频30条) are added, as items published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'mz.txt': xigongAs(
    '东陵市民政局',
    '东陵市',
    '2024年,市民政局网站发布信息300条;微信公众号推送工作动态210条。在政策解读方面,网站发布解读材料9篇,微信公众号推送解读信息27篇。',
    '2024年,市民政局共受理政府信息公开申请6件,平均处理答复时间4个工作日,全部按期办结,未收取政府信息公开申请费用。',
  ),
  'mz-b.txt': xigongAs(
    '西川县民政局',
    '西川县',
    '在“公开内容”栏目公开通知公告12条、工作动态40条;在社会救助领域中公开“综合业务”信息5条,“最低生活保障”信息33条,“临时救助”信息8条;',
    '2024年,县民政局共收到政府信息公开申请2件。',
  ),
  'town.txt': xigongAs(
    '北山镇人民政府',
    '北山镇',
    '2024年度门户网站主动公开政府信息8条,“北山发布”微信公众号发布信息120篇,“北山镇人民政府”抖音发布视频30条、政府信息公示专栏公开政府信息40条。',
    '2024年,我镇共收到政府信息公开申请3件。',
  ),
  'kjj.txt': xigongAs(
    '南川区科学技术局',
    '南川区',
    '通过南川区人民政府网站发布信息30条。南川区科学技术局微信公众号累计关注量达300人，发布信息120条；南川区科学技术局微博累计关注量达40人，发布信息60条。',
    '2024年，我局未收到政府信息公开申请。',
  ).replace(/（四）平台建设情况。[^\n]*/, '（四）平台建设情况。政务新媒体准确性、针对性有待提升。'),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps36 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a follow-up naming its own thing is not answered with the fee sentence remembered two turns back', async () => {
    const [, fee, channel, part, other] = await converse(app, 'g36-fee', [
      '东陵市民政局24年受理了多少申请',
      '收费了吗',
      '微信公众号推了多少条',
      '其中解读的呢',
      '网站解读材料呢',
    ]);
    expect(fee.answer).toContain('未收取');
    expect(values(channel)).toEqual([210]);
    expect(values(part)).toEqual([27]);
    expect(values(other)).toEqual([9]);
  });

  it('a fee follow-up still answers from the fee sentence', async () => {
    const [, again] = await converse(app, 'g36-fee-again', ['东陵市民政局24年收费了吗', '那收了多少钱呢']);
    expect(again.answer).toContain('未收取');
  });

  it('低保的信息呢 after a listed item is the count of that item, not a ranking of agencies (最低 of 最低生活保障)', async () => {
    const [, , benefit] = await converse(app, 'g36-dibao', ['西川县民政局24年公开通知公告多少条', '工作动态呢', '低保的信息呢']);
    expect(benefit.kind).toBe('figure');
    expect(values(benefit)).toEqual([33]);
  });

  it('除了微博还有什么新媒体 lists the channels the report names, not the sentence naming 政务新媒体', async () => {
    const [media] = await converse(app, 'g36-media', ['南川区科技局除了微博还有什么新媒体']);
    expect(media.answer).toContain('公众号');
    expect(media.answer).not.toContain('有待提升');
  });

  it('a whole province or the country asked a count is refused, not asked which body (全四川民政局一共, 全国)', async () => {
    const [province] = await converse(app, 'g36-province', ['全四川民政局一共收到多少申请']);
    expect(province.kind).toBe('refusal');
    expect(province.facts).toEqual([]);
    const [country] = await converse(app, 'g36-country', ['全国的民政局加起来收到几件申请']);
    expect(country.kind).toBe('refusal');
    // 全国人大代表建议 names the deputies, no whole country.
    const [deputies] = await converse(app, 'g36-deputies', ['东陵市民政局收到全国人大代表建议多少件']);
    expect(deputies.answer).not.toContain('合计数字');
  });

  it('公众号跟抖音加起来 adds the posts of the two channels, counted in 篇 and 条', async () => {
    const [, sum] = await converse(app, 'g36-posts', ['北山镇24年公开了多少条信息', '公众号跟抖音加起来多少']);
    expect(sum.answer).toContain('150');
    expect(sum.facts.map((fact) => fact.value)).toContain(150);
  });
});

/**
 * Lead probes of the thirty-third session, in citizens' words over one store of every real fixture folder (平潭综合实验区's
 * bureaus, whose table 四 prints reviews and lawsuits). The class found, a made-up example below (another agency, other words):
 * - 维持了吗 / 纠正了没有 right after 被复议了几次 (or 被告了几次): a yes/no of one result column of the rows just answered, said
 *   without their name. 维持呢 and 维持了几件 were answered; the yes/no forms were not understood. Now the column's figure with
 *   有。/没有。 in front, as 复议维持了吗 said whole is.
 * - 拒绝了几个申请 / 拒了多少 (the agency refusing, said actively): "the report states no count of 拒绝", then the applications
 *   received; 被拒了几个 was read as 不予公开. Now the active form too.
 * - 因为找不到信息没给的有几个: not understood (信息不存在 and 没有这个信息 were 本机关不掌握); now 找不到/查不到信息 with a count
 *   asked is that row too (网上找不到信息怎么办 still asks how to apply).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('a yes/no of one result column after a count of reviews or lawsuits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    // Two reviews (one upheld, one corrected) and three lawsuits filed directly (all upheld).
    const appeals = xigongAs('庚山县水务局', '庚山县', '2024年,我局主动公开政府信息30条。', '全年收到政府信息公开申请4件。').replace(
      /\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n/,
      '\n1\t1\t0\t0\t2\t3\t0\t0\t0\t3\t0\t0\t0\t0\t0\n',
    );
    expect(appeals).toContain('1\t1\t0\t0\t2\t3');
    await importTexts(app, [['gengshan.txt', appeals]]);
  });
  afterAll(() => app.dispose());

  it('维持了吗 / 纠正了没有 after 被复议了几次: the review’s columns, yes or no', async () => {
    const [count, upheld, corrected] = await converse(app, 'col-1', ['庚山县水务局2024年被复议了几次', '维持了吗', '纠正了没有']);
    expect(count.answer).toContain('行政复议（总计）为2件');
    expect(upheld.kind).toBe('figure');
    expect(upheld.answer).toMatch(/^有。/);
    expect(upheld.answer).toContain('行政复议（结果维持）为1件');
    expect(corrected.answer).toContain('行政复议（结果纠正）为1件');
  });

  it('维持过没有 after 被告了几次: the lawsuits’ column, not the review’s', async () => {
    const [, upheld] = await converse(app, 'col-2', ['庚山县水务局2024年被起诉了几次', '维持过没有']);
    expect(upheld.kind).toBe('figure');
    expect(upheld.answer).toContain('行政诉讼');
    expect(upheld.answer).toContain('3件');
    expect(upheld.answer).not.toContain('行政复议（结果维持）');
  });

  it('a statement with no column of the rows (公开了吗 after 被复议了几次) is not read as one', async () => {
    const [, other] = await converse(app, 'col-3', ['庚山县水务局2024年被复议了几次', '公开了吗']);
    expect(other.answer).not.toContain('结果维持');
  });
});

describe('refusals in the citizen’s own words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const report = xigongAs('庚山县水务局', '庚山县', '2024年,我局主动公开政府信息30条。', '全年收到政府信息公开申请4件。');
    await importTexts(app, [['gengshan.txt', report]]);
  });
  afterAll(() => app.dispose());

  it('拒绝了几个申请 / 拒了多少: the applications refused (不予公开)', async () => {
    const [refused, again] = await converse(app, 'refuse-1', ['庚山县水务局2024年拒绝了几个申请', '拒了多少']);
    expect(refused.kind).toBe('figure');
    expect(refused.answer).toContain('不予公开');
    expect(refused.answer).not.toContain('没有单独写明');
    expect(again.answer).toContain('不予公开');
  });

  it('因为找不到信息没给的有几个: 本机关不掌握; 网上找不到信息怎么办 is no count', async () => {
    const [notHeld] = await converse(app, 'refuse-2', ['庚山县水务局2024年因为找不到信息没给的有几个']);
    expect(notHeld.kind).toBe('figure');
    expect(notHeld.answer).toContain('本机关不掌握相关政府信息');
    const [how] = await converse(app, 'refuse-3', ['网上找不到信息怎么办']);
    expect(how.answer).not.toContain('本机关不掌握相关政府信息（总计）');
  });
});

describe('a channel named alone after a channel’s count read from a sentence', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const report = xigongAs(
      '庚山县统计局',
      '庚山县',
      '2024年,我局充分利用微博、微信公众号、抖音政务号、头条等新媒体,以图文、视频等形式及时发布信息,全年发布信息578条,其中微博183条,微信公众号270条,抖音号92条、今日头条33条。',
      '全年收到政府信息公开申请0件。',
    );
    await importTexts(app, [['gengshan-tj.txt', report]]);
  });
  afterAll(() => app.dispose());

  it('微博呢 / 抖音呢 after 微信公众号发布多少条: each account’s own count, never the sentence’s total', async () => {
    const [account, weibo, douyin] = await converse(app, 'channel-1', ['庚山县统计局2024年微信公众号发布多少条', '微博呢', '抖音呢']);
    expect(account.answer).toContain('270条');
    expect(weibo.answer).toContain('183条');
    expect(douyin.answer).toContain('92条');
    expect(douyin.answer).not.toMatch(/^[^原]*578条/);
  });
});

describe('an unstored body ending in 馆', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['gengshan.txt', xigongAs('庚山县水务局', '庚山县', '2024年,我局主动公开政府信息30条。', '全年收到政府信息公开申请4件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('庚山县图书馆能查政府信息吗 names 庚山县图书馆, not the words after it', async () => {
    const [answer] = await converse(app, 'library-1', ['庚山县图书馆能查政府信息吗']);
    expect(answer.answer).toContain('“庚山县图书馆”');
    expect(answer.answer).not.toContain('图书馆能查');
  });
});

/**
 * gaps19's classes, each with its real case and a made-up second example. First, two accounts (or sites) of one kind asked
 * together (两个公众号一共, 俩网站相差, 两个公众号哪个发得多, 分别). One channel word names both, so retrieval read one account's count and answered the sum or difference with it. The real
 * sentence (重庆市铜梁区城市管理局 2022, split by the store at ；) and a made-up second example of the same shape.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { applicationContentStated } from '../../../src/qa/application-content.js';
import { accountsOfKind, twoOfAKindAsked } from '../../../src/qa/two-of-a-kind.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const TONGLIANG =
  '2022年,区城市管理局主动公开政府信息744条,其中,通过重庆市铜梁区人民政府网主动公开信息140条,具体为:人大建议办理类信息41条、' +
  '其他类信息2条;“重庆市铜梁区城市管理局”官方微信公众号发文256篇,点击13241次;“铜梁城管执法”官方微信公众号发文310篇,' +
  '点击179739次;信息公示栏公开信息38条。';

describe('two of a kind: reading the question', () => {
  it('reads the operation and the count of the kind asked alone', () => {
    expect(twoOfAKindAsked('铜梁城管两个公众号2022年发文相差多少篇')).toEqual({
      kind: '公众号',
      operation: 'difference',
      single: '铜梁城管公众号2022年发文多少篇',
    });
    expect(twoOfAKindAsked('那两个公众号一共发了多少篇')).toMatchObject({ operation: 'sum', single: '公众号发了多少篇' });
    expect(twoOfAKindAsked('青岭县文旅局2023年俩网站哪个发得多')).toMatchObject({
      kind: '网站',
      operation: 'more',
      single: '青岭县文旅局2023年网站发了多少',
    });
    expect(twoOfAKindAsked('青岭县文旅局两个微博分别发了几条')).toMatchObject({ kind: '微博', operation: 'each' });
    expect(twoOfAKindAsked('两个公众号一共呢')).toMatchObject({ operation: 'sum', single: '公众号呢' });
  });

  it('leaves questions of no such shape alone', () => {
    expect(twoOfAKindAsked('海原和沙坡头两个科技局一共收到多少申请')).toBeUndefined();
    expect(twoOfAKindAsked('铜梁城管公众号发了多少篇')).toBeUndefined();
    expect(twoOfAKindAsked('有两个公众号吗')).toBeUndefined();
  });
});

describe('two of a kind: reading the sentence', () => {
  it('reads each account of the kind, in order, in the unit asked', () => {
    expect(accountsOfKind(TONGLIANG, '公众号', '篇')).toEqual([
      { label: '“重庆市铜梁区城市管理局”官方微信公众号发文256篇', value: 256 },
      { label: '“铜梁城管执法”官方微信公众号发文310篇', value: 310 },
    ]);
    // Made up: two sites, one count several channels share (微信公众号、微博等) that is no account's own.
    const made = '2023年,通过县政府网站公开信息120条,通过文旅局门户网站公开信息85条,通过微信公众号、微博等公开信息300条。';
    expect(accountsOfKind(made, '网站', '条').map((account) => account.value)).toEqual([120, 85]);
    expect(accountsOfKind(made, '公众号', '条')).toEqual([]);
  });
});

describe('two of a kind: answers over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'wenlv.txt',
        `青岭县文化和旅游局2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
(一)主动公开情况。2023年,我局主动公开政府信息505条,其中,通过县政府网站公开信息120条,通过文旅局门户网站公开信息85条;“青岭文旅”微信公众号推送文章210篇;“青岭非遗”微信公众号推送文章90篇。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('adds the two accounts the sentence prints, across its ； clauses', async () => {
    const answer = await app.ask('青岭县文化和旅游局2023年两个公众号一共推送了多少篇');
    expect(answer.kind).toBe('figure');
    // (The sum is stated among the facts since gaps21, as a list's 合计 is.)
    expect(answer.facts.map((fact) => fact.value)).toEqual([210, 90, 300]);
    expect(answer.answer).toContain('两项合计300篇');
  });

  it('tells the difference and which is more', async () => {
    const gap = await app.ask('青岭县文化和旅游局2023年两个网站相差多少条');
    expect(gap.answer).toContain('相差35条');
    const which = await app.ask('青岭县文化和旅游局2023年两个公众号哪个推送得多');
    expect(which.answer).toContain('“青岭文旅”微信公众号更多');
  });

  it('says so when the report prints one account of the kind, and adds nothing', async () => {
    const answer = await app.ask('青岭县文化和旅游局2023年两个微博一共发了多少条');
    expect(answer.answer).not.toMatch(/合计|相差/);
  });
});

/**
 * A 的 said between a place and the rest of an agency's name (兖州的公共资源交易那个分中心), and a place written without its
 * level before a kind none of its stored agencies is (鹤山的应急管理局): the real questions over their real reports, and made-up
 * second examples.
 */
describe('a place and its 的 before the rest of a name', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
    for (const file of ['reports-more17/25.txt', 'reports-more15/09.txt', 'reports-more10/07.txt'])
      await importFile(app.reports, join(fixtures, file));
    await importTexts(app, [
      [
        'fenzhongxin.txt',
        `泰安市公共资源交易服务中心肥城分中心2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
(一)主动公开情况。2023年,通过“肥城公共资源交易网”公开发布交易信息315条。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads the name across the 的 when one agency is named so', async () => {
    const real = await app.ask('就是我想问一下啊那个兖州的公共资源交易那个分中心2025年在网上发了多少交易信息');
    expect(real.facts.map((fact) => fact.value)).toEqual([884]);
    const made = await app.ask('肥城的公共资源交易分中心2023年发布了多少条交易信息');
    expect(made.facts.map((fact) => fact.value)).toEqual([315]);
  });

  it('refuses a kind no stored agency of an unleveled place is, instead of asking which', async () => {
    const real = await app.ask('鹤山的应急管理局2021年主动公开了多少条');
    expect(real.kind).toBe('refusal');
    expect(real.answer).toContain('没有找到“鹤山应急管理局”');
    const made = await app.ask('肥城应急管理局主动公开了多少条');
    expect(made.kind).toBe('refusal');
    expect(made.answer).toContain('没有找到“肥城应急管理局”');
  });
});

/** What an application asked for, quoted when the report says it (申请公开内容是…), refused when it does not. */
describe('the content of an application, as the report states it', () => {
  it('finds the sentence, with the one before it that counts the application, and no sub-heading', () => {
    // Real (威远县乡村振兴局 2021, a sub-heading on its own line).
    const real = applicationContentStated([
      [
        'overview',
        '(二)依申请公开方面\n2021年,县乡村振兴局收到1条自然人公开信息申请。申请公开内容是2014年威远县各个镇建档立卡的贫困户数和贫困人口数”,该条申请公开信息已在网上公开。',
      ],
    ]);
    expect(real).toEqual({
      sectionKey: 'overview',
      sentence:
        '2021年,县乡村振兴局收到1条自然人公开信息申请。申请公开内容是2014年威远县各个镇建档立卡的贫困户数和贫困人口数”,该条申请公开信息已在网上公开。',
    });
    // Made up: 申请的内容为, in section 三's prose, no count before it.
    const made = applicationContentStated([
      ['overview', '2023年,我局主动公开政府信息56条。'],
      ['applications', '本年度收到的唯一一件申请,申请的内容为某小区规划许可的批复文件,已予以公开。'],
    ]);
    expect(made?.sentence).toBe('本年度收到的唯一一件申请,申请的内容为某小区规划许可的批复文件,已予以公开。');
    expect(applicationContentStated([['overview', '2023年,我局收到政府信息公开申请3件,均按时答复。']])).toBeUndefined();
  });

  it('quotes it for the agency asked, and still refuses where the report does not say', async () => {
    const app = makeTestApp();
    try {
      await importTexts(app, [
        [
          'guihua.txt',
          `青岭县自然资源局2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
(一)主动公开情况。2023年,我局主动公开政府信息56条。
(二)依申请公开情况。2023年,我局收到政府信息公开申请1件。申请的内容为某小区规划许可的批复文件,已予以公开。`,
        ],
        [
          'wenlv.txt',
          `青岭县文化和旅游局2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
(一)主动公开情况。2023年,我局主动公开政府信息40条。
(二)依申请公开情况。2023年,我局收到政府信息公开申请2件,均按时答复。`,
        ],
      ]);
      const stated = await app.ask('青岭县自然资源局2023年那件申请是要公开什么');
      expect(stated.kind).toBe('text');
      expect(stated.answer).toContain('规划许可的批复文件');
      const unstated = await app.ask('青岭县文化和旅游局2023年那些申请的内容是什么');
      expect(unstated.kind).toBe('refusal');
    } finally {
      app.dispose();
    }
  });
});

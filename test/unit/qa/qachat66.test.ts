/**
 * qachat66's classes (conversations after a miss, citizen-questions-108), each with a made-up example that fails without its
 * fix. The figures are made up; the places are real ones, not the fixtures'.
 * 1. 哪个平台最多 after channels asked in turn, where the sentence names an account in brackets after its channel
 *    (微博(秦州发布)4100条) or is printed in 繁体 (政務微博180條), or counts the website's part after 全年: every part of the
 *    sentence ranked (was: the bracketed channels or the 條 counts left out, the smaller one said to be the most).
 * 2. 第二呢 / 第三多的是哪个 after such a ranking of one sentence's parts: that place of the parts (was: 没有写明这一项的数字).
 * 3. 占比多少 after a result (予以公开10件) asked after a total and two of its channels (共50件, 其中网络20件, 信函30件): the share
 *    of the total, never of the channel asked last (was: 10件占20件的50%).
 * 4. 两个加起来 after two ways of applying printed in sentences of their own (信函申请40件,占80%;网络申请10件,占20%): their sum
 *    (was: 没有两个可以相加的同类数字).
 * 5. 两个加起来 after 自然人的呢 and 法人的呢 of table 三's 本年新收 row: the two applicant groups added (was: refused).
 * 6. 那区政府呢 / 县政府的呢 after a body of one place (麦积区城管局): the government of that place, asked the same thing (was:
 *    which 政府 of all those stored).
 * 7. 哪类最多 after a total in 条 whose parts its sentence prints in 篇 (信息900条，其中政务动态信息500篇…): those parts ranked
 *    (was: 这个问题我回答不了).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('qachat66: conversations after a miss (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-12-07T10:00:00+08:00') });
    await importTexts(app, [
      [
        'qz-2024.txt',
        cutPage(
          '天水市秦州区人民政府',
          2024,
          '（一）主动公开。2024年,秦州区通过各类载体发布信息9000条,其中秦州区政务网1200条,微博(秦州发布)4100条,微信(秦州微讯)900条,今日头条2800条。',
        ),
      ],
      ['qzcg-2024.txt', cutPage('天水市麦积区城市管理局', 2024, '（二）依申请公开情况。2024年,我局收到依申请公开7件,已全部办结。')],
      ['qzzf-2024.txt', cutPage('天水市麦积区人民政府', 2024, '（二）依申请公开情况。2024年,全区共收到依申请公开320件,办结311件。')],
      [
        'sc-2021.txt',
        cutPage(
          '莎车县人民政府',
          2021,
          '（一）主动公开方面。一年来,公开各类信息900条,其中政务动态信息 500篇、法定主动公开信息300篇、概况类信息100篇。',
        ),
      ],
      [
        'gs-2022.txt',
        cutPage(
          '甘肅省機關事務管理局',
          2022,
          '（一）主動公開情況。全年局門戶網站主動公開信息1500條,政務微信230條,政務微博180條,抖音號40條。',
        ),
      ],
      [
        'ws-2025.txt',
        cutPage(
          '武威市人民政府办公室',
          2025,
          '（二）依申请公开办理。全年共收到政府信息公开申请50件(其中网络渠道申请20件,信函申请30件)。依法对全部申请进行了规范答复,其中“予以公开”10件;“无法提供”15件。',
        ),
      ],
      [
        'ty-2021.txt',
        cutPage(
          '天水市发展和改革委员会',
          2021,
          '（二）依申请公开情况。全年收到政府信息公开申请共50件,当年办结48件。从申请方式看,信函申请40件,占80%;网络申请10件,占20%。',
        ),
      ],
      [
        'gg-2024.txt',
        xigongAs('甘谷县科学技术局', '甘谷县', '主动公开政府信息41条。', '共收到政府信息公开申请8件。').replace(
          /一、本年新收政府信息公开申请数量[^\n]*/,
          '一、本年新收政府信息公开申请数量\t\t5\t2\t1\t0\t0\t0\t8\t',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('ranks every channel of the sentence, a bracketed account name or 繁体 counts included, then gives its second', async () => {
    const [, headline, most, second, third] = await converse(app, 'brackets', [
      '秦州区政府2024年发布了多少信息',
      '今日头条呢',
      '哪个平台最多',
      '第二呢',
      '第三呢',
    ]);
    expect(headline.facts.map((fact) => fact.value)).toContain(2800);
    expect(most.facts.map((fact) => fact.value)).toEqual([4100]);
    expect(most.answer).toContain('微博');
    expect(second.kind).toBe('figure');
    expect(second.facts.map((fact) => fact.value)).toEqual([2800]);
    expect(third.facts.map((fact) => fact.value)).toEqual([1200]);
    const [, , top, next] = await converse(app, 'traditional', [
      '甘肃省机关事务管理局2022年政务微博发了多少',
      '抖音呢',
      '哪个平台最多',
      '第二呢',
    ]);
    expect(top.facts.map((fact) => fact.value)).toEqual([1500]);
    expect(next.facts.map((fact) => fact.value)).toEqual([230]);
  });

  it('takes a share of the total received, not of the channel asked just before', async () => {
    const answers = await converse(app, 'share', [
      '武威市政府办公室2025年收到几个申请',
      '其中信函',
      '网上的呢',
      '予以公开几件',
      '占比多少',
    ]);
    expect(answers[3].facts.map((fact) => fact.value)).toContain(10);
    expect(answers[4].answer).toContain('20%');
    expect(answers[4].answer).not.toContain('50%');
  });

  it('adds two ways of applying printed in sentences of their own', async () => {
    const [, letters, online, both] = await converse(app, 'channels', [
      '天水发改委2021年收到多少申请',
      '其中信函的呢',
      '网上的呢',
      '两个加起来',
    ]);
    expect(letters.facts.map((fact) => fact.value)).toContain(40);
    expect(online.facts.map((fact) => fact.value)).toContain(10);
    expect(both.kind).toBe('figure');
    expect(both.facts.map((fact) => fact.value)).toContain(50);
  });

  it('adds 自然人 and 法人 of table 三 asked in turn', async () => {
    const [person, legal, both] = await converse(app, 'applicants', ['甘谷县科技局2024年自然人申请了几件', '法人的呢', '两个加起来']);
    expect(person.facts.map((fact) => fact.value)).toContain(5);
    expect(legal.facts.map((fact) => fact.value)).toContain(3);
    expect(both.kind).toBe('figure');
    expect(both.facts.map((fact) => fact.value)).toContain(8);
  });

  it('asks 那区政府呢 of the government of the place the body is in', async () => {
    const [body, government, finished] = await converse(app, 'government', [
      '麦积区城管局2024年收到几个依申请公开',
      '那区政府呢',
      '办结多少件',
    ]);
    expect(body.facts.map((fact) => fact.value)).toContain(7);
    expect(government.kind).toBe('figure');
    expect(government.facts.map((fact) => fact.value)).toContain(320);
    expect(finished.facts.map((fact) => fact.value)).toContain(311);
  });

  it('ranks the parts printed in 篇 after a total in 条', async () => {
    const [total, most] = await converse(app, 'pian', ['莎车县2021年公开了多少条信息', '哪类最多']);
    expect(total.facts.map((fact) => fact.value)).toContain(900);
    expect(most.facts.map((fact) => fact.value)).toEqual([500]);
  });
});

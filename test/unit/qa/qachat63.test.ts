/**
 * qachat63's classes (conversations after a miss, citizen-questions-105), each with a made-up example that fails without its
 * fix. The figures are made up; the places are real ones, not the fixtures'.
 * 1. 跟去年比呢 / 和上一年比 after a prose count that prints its own change (共收到申请26件,同比增长30%): that change (was: refused,
 *    no table 三 to compare).
 * 2. 这么少 具体是哪些 / 分别是哪些 after a count: the last question again with its report's whole item (was: off-topic).
 * 3. A year kept from the conversation that the agency switched to has no report of: its latest report's prose answers, as its
 *    table did (was: the cut table alone, refused).
 * 4. A region spelled out in pinyin before a kind word (yulin统计局, gansu市场监管局): that region's agency (was: which one?).
 * 5. A development zone's 管委会 known by its guide alone and the zone's reports under the zone's own name (its city before it or
 *    not): one body, whose reports answer (was: asked which of the two, or refused).
 * 6. A channel asked that a report counts only with others, the run written with 平台 after a channel or words before the next
 *    (微信公众号平台、政务公开栏、区政府网站等平台; 微信公众号、微信视频号、抖音、小红书), or a clause going on with that joint subject
 *    (…共计发布1124条次,阅读量达519万次): no count of the one channel (was: the joint count, or the 阅读量, as that channel's).
 * 7. Applications asked bare (申请有多少, 兴安盟的申请呢) of a cut page: the count received, never a clause of withdrawn applications
 *    or of one way of applying (申请人撤销申请0件, 网络申请1件) (was: 撤销申请0件).
 * 8. 为啥有的没给公开 where the prose gives an outcome with its grounds (因本机关不掌握等原因无法提供2件): those grounds quoted (was:
 *    the report states no reason).
 * 9. 复议的结果咋样 against 行政复议5件(4件结果维持,1件结果纠正): the bracket read to its close, its counts the answer's (was: cut
 *    at its comma, 4件结果维持 alone, no figure).
 * 10. 2025年的呢 after a channel's count (微博发了多少) where that year's report does not count the channel: refused so (was: that
 *    year's whole 主动公开).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPinyinRegion } from '../../../src/qa/pinyin-initials.js';
import { changeFollowUp } from '../../../src/qa/stated-change.js';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat63: conversations after a miss (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-12-07T10:00:00+08:00') });
    await importTexts(app, [
      [
        'sw-2025.txt',
        cutPage(
          '绥德县商务局',
          2025,
          '（一）主动公开。2025年，我局通过县政府网站主动公开政府信息3条，分别是部门预算、部门决算和权责清单。',
          '（二）依申请公开。2025年共收到政府信息公开申请26件，同比增长30%，均在法定期限内答复。',
        ),
      ],
      ['mz-2021.txt', cutPage('米脂县民政局', 2021, '（一）主动公开。2021年，我局主动公开政府信息45条。')],
      ['jb-2023.txt', cutPage('靖边县发展和改革局', 2023, '（二）依申请公开。2023年，我局共受理依申请公开政府信息18件，均按时答复。')],
      ['yl-2025.txt', cutPage('榆林市统计局', 2025, '（二）依申请公开。2025年，我局共收到政府信息公开申请7件，均按时答复。')],
      ['ya-2025.txt', cutPage('延安市统计局', 2025, '（二）依申请公开。2025年，我局共收到政府信息公开申请4件，均按时答复。')],
      [
        'lg-2025.txt',
        cutPage(
          '临港经济技术开发区',
          2025,
          '（一）主动公开。全年依托开发区门户网站共发布各类公开信息612条。',
          '（二）依申请公开。全年共受理政府信息依申请公开9件，均按时办结。',
        ),
      ],
      [
        'lg-guide.txt',
        [
          '宁波临港经济技术开发区管理委员会政府信息公开指南',
          '一、政府信息公开主管部门和工作机构',
          '宁波临港经济技术开发区管理委员会办公室是政府信息公开工作的主管部门。',
          '办公时间:8:30-17:30(周末和节假日除外)',
          '办公地址:宁波临港经济技术开发区临港大道88号',
          '联系电话:0574-86001234',
        ].join('\n'),
      ],
      [
        'hy-2025.txt',
        cutPage(
          '华阴市文化和旅游局',
          2025,
          '（一）主动公开。2025年，我局通过市政府网站公开信息31条。“华阴文旅”微信公众号、微信视频号、抖音、小红书、微博共计发布图文及视频860条次,阅读量达205万次。',
        ),
      ],
      [
        'fp-2022.txt',
        cutPage(
          '富平县卫生健康局',
          2022,
          '（一）主动公开。2022年，我局主动公开政府信息120条，微博公开政府信息64条，微信公开政府信息40条。',
          '（二）依申请公开。全年依法依规受理政府信息公开申请4件,其中:网络申请3件,信函申请1件。申请人撤销申请0件,按时办结4件。',
          '（三）行政复议。依申请公开引起的行政复议3件(2件结果维持,1件结果纠正),行政诉讼1件,尚未审结。',
        ),
      ],
      [
        'fp-2023.txt',
        cutPage('富平县卫生健康局', 2023, '（一）主动公开。2023年，我局通过门户网站、政务新媒体等平台主动公开政府信息150条。'),
      ],
      [
        'pc-2024.txt',
        cutPage(
          '蒲城县林业局',
          2024,
          '（二）依申请公开。2024年,我局收到5件政府信息依申请公开件,均按要求办理完毕,其中予以公开2件,因本机关不掌握等原因无法提供3件。',
        ),
      ],
      [
        'dl-2025.txt',
        cutPage(
          '大荔县交通运输局',
          2025,
          '（一）主动公开。2025年，我局通过微信公众号平台、政务公开栏、大荔县政府网站等平台共主动公开政府信息733条。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  const values = (answer: { facts: Array<{ year: number; value: number }> }) => answer.facts.map((fact) => [fact.year, fact.value]);

  it('reads 跟去年比呢 as asking the change, as 同比呢 does', () => {
    expect(changeFollowUp('跟去年比呢', 2026)).toEqual({ year: 0 });
    expect(changeFollowUp('和上一年比', 2026)).toEqual({ year: 0 });
    expect(changeFollowUp('跟前年比呢', 2026)).toEqual({ year: 2024 });
    expect(changeFollowUp('跟去年的网站比')).toBeUndefined();
  });

  it('answers 跟去年比呢 after a prose count with the change its sentence prints', async () => {
    const [count, change] = await converse(app, 'change', ['绥德县商务局2025年收到多少申请', '跟去年比呢']);
    expect(values(count)).toEqual([[2025, 26]]);
    expect(change.kind).toBe('figure');
    expect(change.answer).toContain('同比增长30%');
  });

  it('answers 这么少 具体是哪些 after a count with the report’s item, never off-topic', async () => {
    const [count, which] = await converse(app, 'which', ['绥德县商务局2025年主动公开几条', '这么少 具体是哪些']);
    expect(values(count)).toEqual([[2025, 3]]);
    expect(which.kind).not.toBe('clarify');
    expect(which.answer).toContain('权责清单');
  });

  it('answers an agency switched to from its latest report’s prose when it lacks the year kept', async () => {
    const [first, switched] = await converse(app, 'kept', ['米脂县民政局2021年主动公开多少条', '那靖边县发改局受理了几件申请']);
    expect(values(first)).toEqual([[2021, 45]]);
    expect(values(switched)).toEqual([[2023, 18]]);
    expect(switched.answer).toContain('2023');
  });

  it('reads a region spelled out in pinyin before a kind word, and initials as before', async () => {
    const index = {
      kinds: () => ['统计局', '市场监管局'],
      ofKind: (kind: string) =>
        kind === '统计局'
          ? [{ name: '榆林市统计局' }, { name: '延安市统计局' }]
          : [{ name: '甘肃省市场监督管理局' }, { name: '青海省市场监督管理局' }],
    };
    expect(readPinyinRegion('yulin统计局收到几件申请', index)?.name).toBe('榆林市统计局');
    expect(readPinyinRegion('Yanan统计局', index)?.name).toBe('延安市统计局');
    expect(readPinyinRegion('gansu市场监管局', index)?.name).toBe('甘肃省市场监督管理局');
    expect(readPinyinRegion('yl统计局', index)?.name).toBe('榆林市统计局');
    expect(readPinyinRegion('hunan统计局', index)).toBeUndefined();
    const [answer] = await converse(app, 'pinyin', ['yulin统计局2025年收到几件申请']);
    expect(values(answer)).toEqual([[2025, 7]]);
  });

  it('answers a zone’s 管委会 known by its guide from the zone’s reports, and asks no choice between them', async () => {
    const [short] = await converse(app, 'zone-short', ['临港开发区2025年收到几件申请']);
    expect(short.kind).not.toBe('clarify');
    expect(values(short)).toEqual([[2025, 9]]);
    const [committee] = await converse(app, 'zone-full', ['宁波临港经济技术开发区管理委员会2025年发布了多少条信息']);
    expect(values(committee)).toEqual([[2025, 612]]);
  });

  it('gives no count of one channel that a report counts only with others', async () => {
    const [douyin] = await converse(app, 'douyin', ['华阴文旅局抖音发了多少']);
    expect(douyin.facts).toEqual([]);
    expect(douyin.answer).toContain('860');
    const [site, wechat] = await converse(app, 'wechat', ['华阴文旅局网站发了多少', '大荔县交通局微信公众号发了多少']);
    expect(values(site)).toEqual([[2025, 31]]);
    expect(wechat.facts).toEqual([]);
    expect(wechat.answer).toContain('733');
    // Asked together (那些), the joint count answers.
    const together = await app.ask('华阴文旅局抖音小红书那些一共发了多少');
    expect(values(together)).toEqual([[2025, 860]]);
  });

  it('counts applications asked bare as received, never withdrawn or one way’s', async () => {
    const bare = await app.ask('富平县卫健局申请有多少');
    expect(values(bare)).toEqual([[2022, 4]]);
    const [, switched] = await converse(app, 'bare', ['蒲城县林业局2024年收到几件申请', '富平县卫健局的申请呢']);
    expect(values(switched)).toEqual([[2022, 4]]);
    const online = await app.ask('富平县卫健局2022年网络申请几件');
    expect(values(online)).toEqual([[2022, 3]]);
  });

  it('answers 为啥有的没给公开 with the grounds the prose gives', async () => {
    const [, why] = await converse(app, 'why', ['蒲城县林业局2024年收到几件申请', '为啥有的没给公开']);
    expect(why.kind).not.toBe('refusal');
    expect(why.answer).toContain('因本机关不掌握等原因无法提供3件');
    expect(why.facts).toEqual([]);
  });

  it('reads the outcomes of reviews in brackets to their close', async () => {
    const [, outcome] = await converse(app, 'review', ['富平县卫健局2022年申请有多少', '复议的结果咋样']);
    expect(outcome.answer).toContain('1件结果纠正');
    expect(values(outcome)).toEqual(
      expect.arrayContaining([
        [2022, 2],
        [2022, 1],
      ]),
    );
  });

  it('refuses a channel asked again for a year whose report does not count it alone', async () => {
    const [weibo, later] = await converse(app, 'weibo-year', ['富平县卫健局2022年微博发了多少', '2023年的呢']);
    expect(values(weibo)).toEqual([[2022, 64]]);
    expect(later.facts).toEqual([]);
    expect(later.answer).not.toContain('150');
  });
});

/**
 * gaps84's classes (conversations after a miss, comparisons, rates), each with a made-up example that fails without its fix.
 * 1. 哪个主动公开的多 after two agencies asked in turn (A的, then B的呢): the thing weighed between those two (was: a ranking
 *    of every stored agency, the memory keeping only the last agency).
 * 2. 办结率是多少 after the count of applications, the report printing no rate: worked out from the two counts of the
 *    sentence just quoted (共办理…N件…已办结M件), both stated with it; refused when the sentence counts a carried-over
 *    number beside its whole (which the finished ones are of cannot be told), and never worked out when asked alone.
 * 3. 信函比网上多几件: a bare way of applying (网上) weighed against one that only applications come by (信函) is asked as
 *    网上申请 (was: 报告没有写明“网上”的数字).
 * 4. 那2021年的呢 refused (no report of that year): the conversation keeps the year answered before, so 微博发了多少条 next
 *    asks that report (was: the latest report, which prints no 微博 count, in place of the year refused).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedRate } from '../../../src/qa/worked-rate.js';
import { cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps84: a rate worked out from one sentence', () => {
  it('reads the whole and the finished count, the carried-in count inside the brackets being part of the whole', () => {
    expect(workedRate('2025年全县共办理政府信息公开申请120件(含2024年结转5件),已办结111件,结转下年度9件。', '办结')).toMatchObject({
      total: 120,
      done: 111,
      percent: 92.5,
    });
    expect(workedRate('全年共受理依申请公开案件48件,办结47件。', '办结')).toMatchObject({ total: 48, done: 47, percent: 97.9 });
  });
  it('reads nothing when a carried-over count stands beside the whole, or the finished are more than it', () => {
    expect(workedRate('全区收到依申请公开件20件,上年度结转办理件2件,共办结18件,结转4件。', '办结')).toBeUndefined();
    expect(workedRate('共受理政府信息公开申请40件,结转上年3件,按时办结42件。', '办结')).toBeUndefined();
    expect(workedRate('共受理政府信息公开申请40件,完成答复38件。', '办结')).toBeUndefined();
  });
});

describe('gaps84: comparisons and rates in conversations (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'songhe-farm.txt',
        cutPage(
          '青松市松河区农业农村委员会',
          2025,
          '2025年,区农业农村委收到政府信息公开申请9件,均已按期答复。',
          '2025年,我委通过区政府网站和微信公众号发布政务信息共计820条。',
        ),
      ],
      [
        'baishi-farm.txt',
        cutPage(
          '青松市白石区农业农村委员会',
          2025,
          '2025年共受理政府信息公开申请3件,均已依法答复。',
          '2025年,我委通过区政府网站主动公开政府信息共计310条。',
        ),
      ],
      [
        'lincheng.txt',
        cutPage(
          '临城市',
          2025,
          '2025年全市共办理政府信息公开申请240件(含2024年结转6件),已办结228件,结转下年度按期办理12件。',
          '全年通过市政府门户网站主动公开政府信息5100条。',
        ),
      ],
      ['heyuan.txt', cutPage('和源县', 2025, '2025年全县共收到依申请公开件50件,上年度结转办理件4件,共办结44件,结转到2026年办理10件。')],
      [
        'yunhe-2019.txt',
        cutPage('云禾市市场监督管理局', 2019, '2019年,我局收到政府信息公开申请12件。', '“云禾市场监管”新浪微博发布信息2345条。'),
      ],
      ['yunhe-2025.txt', cutPage('云禾市市场监督管理局', 2025, '2025年,我局收到政府信息公开申请30件,均已按时答复。')],
      [
        'dongpo.txt',
        cutPage('东坡经济开发区管理委员会', 2025, '全年共受理政府信息依申请公开25件,其中包括信函申请17件,网络申请8件,均已按时答复。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('weighs the thing asked between the two agencies asked in turn', async () => {
    const user = 'g84-which';
    expect((await app.ask('青松市松河区农业农村委员会2025年收到几件信息公开申请', user)).answer).toContain('9件');
    expect((await app.ask('青松市白石区农业农村委员会2025年的呢', user)).answer).toContain('3件');
    const which = await app.ask('哪个主动公开的多', user);
    expect(which.kind).toBe('figure');
    expect(which.answer).toContain('820');
    expect(which.answer).toContain('310');
    expect(which.answer.split('\n')[0]).toContain('松河区');
    expect(which.answer).not.toContain('临城市');
  });

  it('works a completion rate out from the sentence just quoted, with both counts', async () => {
    const user = 'g84-rate';
    expect((await app.ask('临城市2025年办理了多少件信息公开申请', user)).answer).toContain('240件');
    const rate = await app.ask('办结率是多少', user);
    expect(rate.kind).toBe('figure');
    expect(rate.answer).toContain('95%');
    expect(rate.answer).toContain('228件');
    expect(rate.answer).toContain('240件');
    expect(rate.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([228, 240]);
  });

  it('refuses a rate whose sentence counts carried-over applications beside its whole', async () => {
    const user = 'g84-carried';
    expect((await app.ask('和源县2025年收到多少件申请', user)).answer).toContain('50件');
    const rate = await app.ask('办结率呢', user);
    expect(rate.kind).toBe('refusal');
    expect(rate.answer).not.toMatch(/\d+(?:\.\d+)?%/);
  });

  it('weighs a bare way of applying as the applications made that way', async () => {
    const user = 'g84-ways';
    expect((await app.ask('东坡经济开发区管理委员会2025年信函申请有几件', user)).answer).toContain('17件');
    const gap = await app.ask('信函比网上多几件', user);
    expect(gap.answer).toContain('相差9件');
    const oneMessage = await app.ask('东坡经济开发区管理委员会2025年网上比信函少几件');
    expect(oneMessage.answer).toContain('相差9件');
  });

  it('keeps the year answered before after a year the agency has no report of is refused', async () => {
    const user = 'g84-year';
    expect((await app.ask('云禾市市场监督管理局2019年收到多少件申请', user)).answer).toContain('12件');
    expect((await app.ask('那2021年的呢', user)).kind).toBe('refusal');
    const weibo = await app.ask('微博发了多少条', user);
    expect(weibo.answer).toContain('2345');
  });
});

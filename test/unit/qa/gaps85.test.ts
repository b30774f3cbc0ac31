/**
 * gaps85's classes (rankings by a bar, comparisons after a pair, rates asked alone), each with a made-up example that fails
 * without its fix.
 * 1. 超过1000件的有哪些 / 2件以下的有哪些: a list across agencies past a bar names those past it, counted (was: every report
 *    above zero, the bar dropped, and the cached answer of the same list without the bar given again).
 * 2. 那微博呢 谁发得多 right after two agencies were compared: the thing asked of both and weighed between them (was: a ranking
 *    of every stored report, or the last row of both restated).
 * 3. A占两家合计的百分之多少 right after two agencies' figures: A's share of the sum of the two, worked out and said so (was:
 *    the menu).
 * 4. X2024年办结率是多少 asked alone, X a cut page (no table 三) whose one sentence states the applications and those finished:
 *    the rate worked out from them (was: refused, or answered by one count); a sentence counting a carried-over number beside
 *    its whole is still refused; the applicants named between the verb and 申请 (收到公民、法人和其他组织…申请共N件) still make
 *    the sentence's whole.
 * 5. The share of the two is of the last thing weighed (the conversation keeps the thing before it too), and the agency may be
 *    named by its kind said short (民政局占两家合计的…).
 * 6. 街道办收到多少申请 (a figure of a street's office, no street named) asks which street, listing ten of the stored ones; a
 *    name every street's office shares (街道办事处) lists ten and how many, asking which street (was: every office listed).
 * 7. 那深圳南山区的呢 (a city said short and its district, no agency of it stored) is refused as not held (was: the stored
 *    reports listed, as if no place had been named).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barAsked } from '../../../src/qa/kind-statistics.js';
import { workedRate } from '../../../src/qa/worked-rate.js';
import { cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps85: the bar of a list question', () => {
  it('reads a bar above or below, with or without its number', () => {
    expect(barAsked('2025年收到申请超过300件的有哪些')?.words('件')).toBe('超过300件');
    expect(barAsked('2024年行政处罚8件以上的有哪些机关')?.words('件')).toBe('8件以上（含8件）');
    expect(barAsked('收到申请不到4件的有哪些')?.words('件')).toBe('少于4件');
    const below = barAsked('2023年收到申请2件以下的有哪些');
    expect([below?.passes(2), below?.passes(3)]).toEqual([true, false]);
    expect(barAsked('2025年收到申请不为0的有哪些')).toBeUndefined();
  });
  it('reads a sentence’s whole with its applicants named before 申请', () => {
    expect(
      workedRate(
        '2023年共收到公民、法人和其他组织政府信息公开申请共20件,其中信函申请5件,网络申请15件,办结18件,结转下年度办理2件。',
        '办结',
      ),
    ).toMatchObject({ total: 20, done: 18, percent: 90 });
  });
});

describe('gaps85: lists by a bar, pairs weighed again and rates asked alone (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe.txt',
        cutPage('青禾市', 2025, '2025年,全市共收到政府信息公开申请1260件,均已按期答复。', '通过“青禾发布”微博发布信息730条。'),
      ],
      [
        'baisha.txt',
        cutPage('青禾市白沙区', 2025, '2025年,全区共收到政府信息公开申请640件,均已按期答复。', '通过“白沙发布”微博发布信息410条。'),
      ],
      ['dongling.txt', cutPage('青禾市东岭镇', 2025, '2025年,我镇共收到政府信息公开申请2件,均已按期答复。')],
      ['xipo.txt', cutPage('青禾市西坡乡', 2025, '2025年,我乡共收到政府信息公开申请1件,均已按期答复。')],
      ['police.txt', cutPage('青禾市公安局', 2025, '2025年,我局共收到政府信息公开申请30件,均已按期答复。')],
      ['civil.txt', cutPage('青禾市民政局', 2025, '2025年,我局共收到政府信息公开申请10件,均已按期答复。')],
      ...Array.from(
        { length: 12 },
        (_, index) =>
          [
            `street-${index}.txt`,
            cutPage(
              `青禾市白沙区${'甲乙丙丁戊己庚辛壬癸子丑'[index]}山路街道办事处`,
              2025,
              `2025年,我街道共收到政府信息公开申请${index + 1}件。`,
            ),
          ] as [string, string],
      ),
      ['songjiang.txt', cutPage('松江县', 2024, '2024年,全县共受理政府信息公开申请50件,已办结48件,结转下年度办理2件。')],
      ['heyan.txt', cutPage('河沿县', 2024, '2024年全县共收到依申请公开件40件,上年度结转办理件3件,共办结38件,结转到2025年办理5件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('lists the agencies past a bar, not every one above zero', async () => {
    const all = await app.ask('2025年收到申请不为0的有哪些');
    expect(all.answer).toContain('白沙区');
    const above = await app.ask('2025年收到申请超过1000件的有哪些');
    expect(above.kind).toBe('figure');
    expect(above.answer).toContain('超过1000件的有1个机关');
    expect(above.answer).toContain('青禾市1260件');
    expect(above.answer).not.toContain('白沙区');
    const below = await app.ask('2025年收到申请2件以下的有哪些');
    expect(below.answer).toContain('2件以下');
    expect(below.answer).toContain('东岭镇2件');
    expect(below.answer).toContain('西坡乡1件');
    expect(below.answer).not.toContain('640件');
  });

  it('weighs a follow-up with 谁多 between the two agencies just compared', async () => {
    const user = 'g85-pair';
    const compared = await app.ask('2025年青禾市和青禾市白沙区哪个收到的申请多', user);
    expect(compared.answer).toContain('1260');
    const weibo = await app.ask('那微博呢 谁发得多', user);
    expect(weibo.kind).toBe('figure');
    expect(weibo.answer.split('\n')[0]).toContain('比较：青禾市最多（730条）');
    expect(weibo.answer).toContain('410条');
    expect(weibo.answer).not.toContain('东岭镇');
  });

  it('works out one agency’s share of the two just weighed', async () => {
    const user = 'g85-share';
    await app.ask('2025年青禾市和青禾市白沙区哪个收到的申请多', user);
    const share = await app.ask('青禾市白沙区占两家合计的百分之多少', user);
    expect(share.kind).toBe('figure');
    expect(share.answer).toContain('1900件');
    expect(share.answer).toContain('33.7%');
    expect(share.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([640, 1260]);
  });

  it('works out the share of the last thing weighed, the agency named by its kind said short', async () => {
    const user = 'g85-share-later';
    await app.ask('2025年青禾市和青禾市白沙区哪个收到的申请多', user);
    await app.ask('那微博呢 谁发得多', user);
    const share = await app.ask('青禾市白沙区占两家合计的百分之多少', user);
    expect(share.answer).toContain('1140条');
    expect(share.answer).toContain('36%');
    const kindUser = 'g85-share-kind';
    await app.ask('2025年青禾市公安局和青禾市民政局哪个收到的申请多', kindUser);
    const byKind = await app.ask('民政局占两家合计的百分之多少', kindUser);
    expect(byKind.kind).toBe('figure');
    expect(byKind.answer).toContain('25%');
  });

  it('works a rate out when asked alone of a cut page, and refuses it beside a carried-over count', async () => {
    const rate = await app.ask('松江县2024年办结率是多少');
    expect(rate.kind).toBe('figure');
    expect(rate.answer).toContain('96%');
    expect(rate.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([48, 50]);
    const carried = await app.ask('河沿县2024年办结率多少');
    expect(carried.kind).toBe('refusal');
    expect(carried.answer).not.toMatch(/\d+(?:\.\d+)?%/);
  });

  it('asks which street for a figure of a street’s office with no street named, listing ten', async () => {
    const asked = await app.ask('街道办收到多少申请');
    expect(asked.kind).toBe('clarify');
    expect(asked.answer).toContain('哪个街道');
    expect(asked.answer).toContain('等12个');
    const shared = await app.ask('街道办事处去年公开了多少条信息');
    expect(shared.kind).toBe('clarify');
    expect(shared.answer).toContain('哪个街道');
    expect(shared.answer).toContain('等12个');
  });

  it('refuses a district of a city not stored, named alone after a refusal', async () => {
    const user = 'g85-district';
    expect((await app.ask('红河市东城区2025年收到多少信息公开申请', user)).kind).toBe('refusal');
    const other = await app.ask('那北岸市南湖区的呢', user);
    expect(other.kind).toBe('refusal');
    expect(other.answer).toContain('没有找到“北岸市南湖区”');
    const short = await app.ask('那北岸南湖区的呢', user);
    expect(short.kind).toBe('refusal');
    expect(short.answer).toContain('北岸南湖区');
  });
});

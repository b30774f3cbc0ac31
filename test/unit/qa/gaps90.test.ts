/**
 * gaps90's classes (issue #11), each with a made-up example that fails without its fix.
 * 1. 那收到的申请呢 after a count read from a sentence (召开新闻发布会3场): applications named ask table 三's row, so the
 *    column or row asked alone next (自然人呢, 其中法人呢, 那公开了的呢) is read from the table (was: refused, or another
 *    sentence with 公开 quoted).
 * 2. A yes/no against a bound weighs the count even when its answer carries the count's parts or other counts of the report
 *    (超过200条没有 against 主动公开197条，其中…: was 有。 of 197条), and a round number after 有 (有一千条吗) asks whether the
 *    count reaches it (was: 不是1000条).
 * 3. 有几件没公开 (a negated count of applications) of a report with no table 三 stored whose prose says none was received
 *    (全年未收到政府信息公开申请): 没有, with that sentence (was: refused as not stated).
 * 4. 为什么 / 占比多少 right after a refusal giving its reason (the page incomplete): that reason said again (was: the general
 *    out-of-scope reply, or a request to name the thing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** The report with its applications counted in table 三: `natural` from natural persons, `legal` from businesses. */
const made = (agency: string, place: string, proactive: string, natural: number, legal: number, year = 2024) =>
  xigongAs(agency, place, proactive, `全年受理群众来电咨询40余次。本年共收到政府信息公开申请${natural + legal}件。`, year).replace(
    /(一、本年新收政府信息公开申请数量\t\t)0\t0(\t0\t0\t0\t0\t)0/,
    `$1${natural}\t${legal}$2${natural + legal}`,
  );

describe('gaps90: known gaps closed (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'lutang-ga.txt',
        made(
          '鹿塘县公安局',
          '鹿塘县',
          '本年主动公开政府信息197条，其中通过门户网站发布信息100条，通过微信公众号发布信息60条，通过政务微博发布信息37条。全年召开新闻发布会3场。',
          6,
          2,
        ),
      ],
      ['lutang-sj.txt', made('鹿塘县审计局', '鹿塘县', '本年主动公开政府信息698条。', 1, 0)],
      [
        'lutang-qx.txt',
        made(
          '鹿塘县气象局',
          '鹿塘县',
          '依托新媒体平台联动，全年共发布本局工作动态48条。聚焦公众关切，通过门户网站累计主动公开政府信息12条，涵盖气象预警等方面。',
          1,
          0,
        ),
      ],
      [
        'lutang-ly.txt',
        xigongAs(
          '鹿塘县林业局',
          '鹿塘县',
          '本年主动公开政府信息52条。',
          '本年度我局未接到公民提出的政府信息公开申请，无行政复议。',
        ).replace(/三、收到和处理政府信息公开申请情况[\s\S]*$/, ''),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads the table 三 columns asked after applications that followed a sentence’s count', async () => {
    const user = 'g90-rows';
    const press = await app.ask('鹿塘县公安局2024年召开新闻发布会多少场', user);
    expect(press.facts.map((fact) => fact.value)).toContain(3);
    const received = await app.ask('那收到的申请呢', user);
    expect(received.facts.map((fact) => fact.value)).toContain(8);
    const natural = await app.ask('自然人呢', user);
    expect(natural.kind).toBe('figure');
    expect(natural.facts.map((fact) => fact.value)).toEqual([6]);
    const legal = await app.ask('其中法人呢', user);
    expect(legal.kind).toBe('figure');
    expect(legal.facts.map((fact) => fact.value)).toContain(2);
  });

  it('weighs a bound against a count whose answer carries its parts', async () => {
    const over = await app.ask('鹿塘县公安局2024年主动公开超过200条没有', 'g90-bound1');
    expect(over.answer.startsWith('没有')).toBe(true);
    expect(over.answer).toContain('197条');
    expect(over.answer).toContain('200条');
  });

  it('reads a round number after 有 as a bound the count may reach', async () => {
    const reach = await app.ask('鹿塘县审计局2024年主动公开有一千条吗', 'g90-bound2');
    expect(reach.answer.startsWith('没有')).toBe(true);
    expect(reach.answer).toContain('698条');
    expect(reach.answer).not.toContain('不是1000条');
    const reached = await app.ask('鹿塘县审计局2024年主动公开有没有500条', 'g90-bound3');
    expect(reached.answer.startsWith('有')).toBe(true);
    const fifty = await app.ask('鹿塘县公安局2024年收到的申请有没有50件', 'g90-bound5');
    expect(fifty.answer.startsWith('没有')).toBe(true);
    expect(fifty.answer).not.toContain('不是50件');
    // A number that is no round bound is still checked as the number itself.
    const exact = await app.ask('鹿塘县审计局2024年主动公开有698条吗', 'g90-bound4');
    expect(exact.answer).not.toContain('不到');
  });

  it('answers an outcome of applications as none where the report received none and prints no table 三', async () => {
    const user = 'g90-none';
    const withheld = await app.ask('鹿塘县林业局2024年有几件没公开', user);
    expect(withheld.kind).toBe('text');
    expect(withheld.answer.startsWith('没有')).toBe(true);
    expect(withheld.answer).toContain('未接到公民提出的政府信息公开申请');
  });

  it('says why after a refusal that gave its reason, and refuses a share of nothing found', async () => {
    const user = 'g90-why';
    const cut = await app.ask('鹿塘县林业局2024年行政诉讼几件', user);
    expect(cut.kind).toBe('refusal');
    expect(cut.answer).toContain('不完整');
    const why = await app.ask('为啥没有', user);
    expect(why.kind).toBe('text');
    expect(why.answer).toContain('页面不完整');
    const share = await app.ask('占比多少', user);
    expect(share.kind).toBe('refusal');
    expect(share.answer).toContain('算不出占比');
    // After an answer with a figure, 为什么 is no longer read against the refusal.
    await app.ask('主动公开多少条', user);
    const later = await app.ask('为什么', user);
    expect(later.answer).not.toContain('页面不完整');
  });

  it('weighs the count whose clause names the thing asked, not another sentence’s listed first', async () => {
    const over = await app.ask('鹿塘县气象局2024年主动公开超过20条没有', 'g90-bound6');
    expect(over.answer.startsWith('没有')).toBe(true);
    expect(over.answer).toContain('12条，不到20条');
  });
});

/**
 * gaps86's classes (issue #11: conversations after a miss), each with a made-up example that fails without its fix.
 * 1. 他们不回复我的申请怎么办: a reply refused to the application (不回复/没答复/驳回 before 申请…怎么办) asks for the remedies,
 *    also right after a guide's contact questions (was: read as 申请，怎么申请, the way to apply or the agency's guide).
 * 2. 哪个街道信息公开做得最好 / 申请人里男的多还是女的多 / 申请人一般多大年纪, no agency named: a judgement or a property no
 *    report states is refused (was: the polite menu or 哪个机关、哪一年 as kind clarify); 你觉得X做得怎么样 of a named agency is
 *    refused too (was: a sentence on 信息公开 quoted).
 * 3. 前年和大前年加起来 after those two years were answered: their sum, as 这两年加起来 gives it (was: not understood).
 * 4. 第二个呢 after three agencies were weighed (哪个收到的申请最多): the second of the figures just ranked (was: each agency's
 *    table asked again).
 * 5. 有2023年的吗 after 年报在哪看 or 年报什么时候发布: whether that year's report is held (was: not understood).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps86: conversations after a miss (made-up store, clock in 2026)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['bixi-2024.txt', cutPage('碧溪县', 2024, '2024年,全县共收到政府信息公开申请47件,均已按期答复。')],
      ['bixi-2023.txt', cutPage('碧溪县', 2023, '2023年,全县共收到政府信息公开申请38件,均已按期答复。')],
      ['lanshan.txt', cutPage('岚山县', 2025, '2025年,全县共收到政府信息公开申请120件,均已按期答复。')],
      ['yuping.txt', cutPage('玉屏县', 2025, '2025年,全县共收到政府信息公开申请64件,均已按期答复。')],
      ['songtao.txt', cutPage('松桃县', 2025, '2025年,全县共收到政府信息公开申请23件,均已按期答复。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers a reply refused to the application with the remedies', async () => {
    for (const question of [
      '局里不回复我的申请怎么办',
      '他们驳回了我的申请怎么办',
      '那边没有回复我上个月的公开申请怎么办',
      '单位不受理我的申请咋办',
    ]) {
      const answer = await app.ask(question);
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('行政复议');
    }
    const how = await app.ask('我想申请信息公开怎么弄');
    expect(how.answer).not.toContain('行政复议');
  });

  it('refuses a judgement or a property no report states, asked of no agency', async () => {
    for (const question of ['哪个镇信息公开做得最差', '申请的人女的多还是男的多']) {
      const answer = await app.ask(question);
      expect(answer.kind).toBe('refusal');
      expect(answer.facts).toEqual([]);
    }
    expect((await app.ask('给我讲个故事')).kind).toBe('clarify');
    for (const question of ['申请人一般多大年纪', '申请的人里女的占多少']) expect((await app.ask(question)).kind).toBe('refusal');
    const judged = await app.ask('你觉得岚山县信息公开做得怎么样');
    expect(judged.kind).toBe('refusal');
    expect(judged.facts).toEqual([]);
  });

  it('sums two relative years named after both were answered', async () => {
    const user = 'g86-years';
    expect((await app.ask('碧溪县前年收到多少件信息公开申请', user)).answer).toContain('47');
    expect((await app.ask('大前年呢', user)).answer).toContain('38');
    const sum = await app.ask('前年和大前年加起来', user);
    expect(sum.kind).toBe('figure');
    expect(sum.answer).toContain('85');
    expect(sum.facts.map((fact) => fact.value)).toContain(85);
  });

  it('gives the second of three agencies just weighed', async () => {
    const user = 'g86-place';
    const ranked = await app.ask('2025年岚山县 玉屏县 松桃县 哪个收到的申请最多', user);
    expect(ranked.answer).toContain('岚山县');
    const second = await app.ask('第二个呢', user);
    expect(second.kind).toBe('figure');
    expect(second.answer).toContain('玉屏县');
    expect(second.facts.map((fact) => fact.value)).toEqual([64]);
  });

  it('says which years are held after the report itself was asked', async () => {
    const user = 'g86-report';
    await app.ask('碧溪县年报在哪看', user);
    const held = await app.ask('有2023年的吗', user);
    expect(held.kind).toBe('text');
    expect(held.answer).toContain('2023年');
    expect(held.answer).toContain('碧溪县');
    const timing = 'g86-timing';
    await app.ask('碧溪县年报什么时候发布', timing);
    const missing = await app.ask('有2021年的吗', timing);
    expect(missing.answer).toContain('没有2021年');
  });
});

/**
 * Lead probes of the thirty-sixth session: citizens' own words over one store of every real fixture folder. The classes
 * found, each with a made-up example below (other agencies, other words):
 * - What places the store covers (有哪些城市的, 能查哪些省, 有几个城市, 哪些县的能查, 你们有哪些地方的数据): 有哪些城市的 read
 *   些城市 as 晋城市 mistyped and answered a sentence of 晋城市人民政府's report; the rest were refused, or asked back as off-topic.
 *   The places are now counted from the stored agencies' names, by the level asked.
 * - 有没有北京的 / 有宁夏的吗 (whether anything of a place is held, no noun after 的): "没有理解您想了解北京市的哪项内容". Now
 *   the place's agencies with reports.
 * - 收录了多少个单位 (how many agencies, no 年报 said): refused. Now what the store holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('which places the store covers', () => {
  let app: TestApp;
  beforeAll(async () => {
    // With the sample reports (洛阳市西工区, 宁夏's agencies) beside these four.
    app = makeTestApp();
    await importTexts(app, [
      ['cuiping.txt', xigongAs('宜宾市翠屏区水务局', '宜宾市翠屏区', '2024年,我局主动公开政府信息30条。', '全年收到政府信息公开申请4件。')],
      ['nanxi.txt', xigongAs('宜宾市南溪区教育局', '宜宾市南溪区', '2024年,我局主动公开政府信息21条。', '全年收到政府信息公开申请2件。')],
      ['fucheng.txt', xigongAs('绵阳市涪城区审计局', '绵阳市涪城区', '2024年,我局主动公开政府信息12条。', '全年收到政府信息公开申请1件。')],
      ['zoucheng.txt', xigongAs('邹城市人民政府', '邹城市', '2024年,我市主动公开政府信息800条。', '全年收到政府信息公开申请60件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads 些城市 / 个城市 as the noun, not a city mistyped', async () => {
    for (const [index, question] of ['有哪些城市的', '有几个城市', '能查哪些城市'].entries()) {
      const answer = await app.ask(question, `places-city-${index}`);
      expect(answer.kind, question).toBe('text');
      expect(answer.answer, question).not.toContain('理解；如不是');
      expect(answer.answer, question).toMatch(/分布在\d+个市/);
      expect(answer.answer, question).toContain('济宁市（1个）');
      expect(answer.answer, question).toContain('宜宾市（2个）');
      expect(answer.answer, question).toContain('绵阳市（1个）');
      expect(answer.facts, question).toEqual([]);
    }
  });

  it('counts provinces and counties by the level asked', async () => {
    const provinces = await app.ask('你们覆盖了几个省', 'places-province');
    expect(provinces.answer).toMatch(/分布在\d+个省（区、市）/);
    expect(provinces.answer).toContain('四川省（3个）');
    expect(provinces.answer).toContain('山东省（1个）');
    const places = await app.ask('你们有哪些地方的数据', 'places-any');
    expect(places.answer).toContain('四川省（3个）');
  });

  it('lists a place’s agencies when asked whether it is held', async () => {
    const yibin = await app.ask('有没有宜宾的', 'places-yibin');
    expect(yibin.kind).toBe('text');
    expect(yibin.answer).toContain('宜宾市翠屏区水务局（2024年）');
    expect(yibin.answer).toContain('宜宾市南溪区教育局（2024年）');
    expect(yibin.answer).not.toContain('绵阳');
    const sichuan = await app.ask('四川的有吗', 'places-sichuan');
    expect(sichuan.answer).toContain('3个');
  });

  it('leaves 有没有X的 of a figure and 哪些地方 of where to apply alone', async () => {
    const refused = await app.ask('有没有不予公开的', 'places-figure');
    expect(refused.answer).not.toMatch(/个市|省（区、市）/);
    const where = await app.ask('哪些地方可以交申请', 'places-guide');
    expect(where.kind).toBe('guide');
  });

  it('says what is held when asked how many agencies', async () => {
    const held = await app.ask('收录了多少个单位', 'places-count');
    expect(held.kind).toBe('text');
    expect(held.answer).toContain('宜宾市翠屏区水务局');
    expect(held.answer).toContain('邹城市人民政府');
  });
});

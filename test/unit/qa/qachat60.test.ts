/**
 * qachat60's classes (conversations across agencies, places and years, citizen-questions-102), each with a made-up example
 * that fails without its fix. The places are real (the division data places them); the agencies and figures are made up.
 * 1. A place alone after one agency (佳木斯市的呢 after 桦南县发改局): that place's agency of the same kind, or a refusal
 *    naming it when it is not held (was: the place's one stored agency of another kind answered, 佳木斯市教育局); the next
 *    agency named is asked the same question (那佳木斯市教育局呢).
 * 2. 市里的呢 / 区里的呢 after 县里的 answered one agency a clarification offered: several of the level are asked back, none
 *    is said so (was: the level read against the agency just answered, refused or answered again).
 * 3. Two questions in one message with a short year (23年): the second asked of that year, not the latest; 那24年呢 then asks
 *    both of 2024 (was: the latest report's figure for the second, and only the last question for the year after).
 * 4. 继续 after a part's points (总体情况说了啥): the part's whole text (was: told the answer had been whole).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameKind } from '../../../src/qa/other-place-kind.js';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat60: conversations across agencies, places and years (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['hn-fg-2023.txt', cutPage('桦南县发展和改革局', 2023, '2023年共收到政府信息公开申请4件。全年主动公开政府信息31条。')],
      ['hn-fg-2024.txt', cutPage('桦南县发展和改革局', 2024, '2024年共收到政府信息公开申请6件。全年主动公开政府信息45条。')],
      ['jms-jy-2023.txt', cutPage('佳木斯市教育局', 2023, '2023年共收到政府信息公开申请9件。')],
      ['jx-fg-2023.txt', cutPage('鸡西市发展和改革局', 2023, '2023年共收到政府信息公开申请12件。')],
      ['hn-wj-2023.txt', cutPage('桦南县卫生健康局', 2023, '2023年全年主动公开政府信息27条。')],
      ['jms-wj-2023.txt', cutPage('佳木斯市卫生健康局', 2023, '2023年全年主动公开政府信息208条。')],
      ['jx-wj-2023.txt', cutPage('鸡西市卫生健康局', 2023, '2023年全年主动公开政府信息166条。')],
      [
        'hn-sj-2023.txt',
        cutPage(
          '桦南县审计局',
          2023,
          '2023年，我局坚持以公开为常态、不公开为例外，认真落实政府信息公开条例的各项要求，持续推进审计领域政务公开工作。',
          '（一）主动公开方面。2023年，我局通过县政府网站主动公开政府信息23条，其中审计结果公告5条，工作动态18条，均按时发布。',
          '（二）依申请公开方面。2023年，我局未收到政府信息公开申请，也未发生因政府信息公开引起的行政复议和行政诉讼。',
          '（三）政府信息管理方面。我局严格落实信息发布保密审查制度，信息发布前由办公室初审、分管领导审核，确保信息准确。',
          '（四）平台建设方面。我局依托县政府门户网站审计专栏及时更新内容，栏目设置清晰，便于群众查找审计结果公告。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

  it('asks a place alone of its agency of the same kind, or refuses it, never another kind', async () => {
    const [first, parent, next] = await converse(app, 'parent', ['桦南县发改局23年收到几件申请', '佳木斯市的呢', '那佳木斯市教育局呢']);
    expect(values(first)).toEqual([4]);
    expect(parent.facts).toEqual([]);
    expect(parent.answer).toContain('佳木斯市发展和改革局');
    expect(parent.answer).not.toContain('佳木斯市教育局2023年');
    expect(values(next)).toEqual([9]);
    const [, sibling] = await converse(app, 'sibling', ['桦南县发改局23年收到几件申请', '那鸡西市的呢']);
    expect(values(sibling)).toEqual([12]);
    expect(sibling.answer).toContain('鸡西市发展和改革局');
  });

  it('reads 卫健局 and 卫健委 as one duty, and tells kinds apart', () => {
    expect(sameKind('卫生健康局', '卫生健康委员会')).toBe(true);
    expect(sameKind('发改局', '发展和改革局')).toBe(true);
    expect(sameKind('发展和改革局', '教育局')).toBe(false);
  });

  it('takes a level said after one offered agency was answered: several asked back, none said so', async () => {
    const [asked, county, city, picked, district] = await converse(app, 'levels', [
      '卫健局主动公开了多少条',
      '县里的',
      '市里的呢',
      '佳木斯的',
      '区里的呢',
    ]);
    expect(asked.kind).toBe('clarify');
    expect(values(county)).toEqual([27]);
    expect(city.kind).toBe('clarify');
    expect(city.answer).toContain('佳木斯市卫生健康局');
    expect(city.answer).toContain('鸡西市卫生健康局');
    expect(values(picked)).toEqual([208]);
    expect(district.facts).toEqual([]);
    expect(district.answer).toContain('没有区一级');
  });

  it('carries a short year to the second question of a message, and a year after it to both', async () => {
    const [both, next] = await converse(app, 'two', ['桦南县发改局23年收到几件申请 主动公开多少条', '那24年呢']);
    expect(values(both)).toEqual([4, 31]);
    expect(values(next)).toEqual([6, 45]);
  });

  it('goes on with the whole part after its points', async () => {
    const [points, more] = await converse(app, 'more', ['桦南县审计局23年总体情况说了啥', '继续']);
    expect(points.answer).toContain('继续');
    expect(more.answer).not.toContain('全部内容');
    expect(more.answer).toContain('审计结果公告5条');
  });
});

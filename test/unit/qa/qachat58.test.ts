/**
 * qachat58's classes (citizens' own phrasing after a ranking, a level said with no place, citizen-questions-98), each with a
 * made-up example that fails without its fix.
 * 1. 它… after 倒数第一呢: the agency just named (was: the ranking's first); 它2024年… keeps its own year (was: the ranking's
 *    year asked as well, two years compared). (第二呢 then 它 over a ranking read from tables: see real-probes and the set.)
 * 2. 水务局呢 / 跟审计局比呢 after a ranking over a place: that place's one agency of the kind (was: asked which, several stored).
 * 3. 跟B比呢 after A's applications in 件, B's printed in 项: the two set side by side, and 主动公开呢 then asks both (was: B's
 *    alone).
 * 4. 县教育局 / 区卫健委 (a level alone before the kind): which is meant (was: the one stored 县教育委员会 read as a shortening).
 * 5. 省里的交通运输厅 / 市里的卫健委: the level alone, asked back (was: 省里 read as a place, refused or not found).
 * 6. 收到的申请里有几件是我提的: reports never tell applicants apart (was: the count stated as if answering).
 * 7. 2025年发布的那份: the report of 2024, published in 2025 (was: the 2025 report).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat58: follow-ups after a ranking and a level said with no place (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['tj-2025.txt', cutPage('大理市统计局', 2025, '2025年共收到政府信息公开申请9件。全年主动公开政府信息120条。')],
      ['sw-2025.txt', cutPage('大理市水务局', 2025, '2025年共收到政府信息公开申请5件。全年主动公开政府信息64条。')],
      ['sj-2025.txt', cutPage('大理市审计局', 2025, '2025年共收到政府信息公开申请2件。全年主动公开政府信息31条。')],
      ['sj-2024.txt', cutPage('大理市审计局', 2024, '2024年共收到政府信息公开申请4件。')],
      ['sw2-2025.txt', cutPage('漾濞县水务局', 2025, '2025年共收到政府信息公开申请7件。')],
      ['sj2-2025.txt', cutPage('漾濞县审计局', 2025, '2025年共收到政府信息公开申请6件。')],
      ['fg-2023.txt', cutPage('青禾市发展和改革局', 2023, '2023年新收到政府信息公开申请10件。全年主动公开政府信息184条。')],
      ['rs-2023.txt', cutPage('青禾市人力资源局', 2023, '2023年收到并处理政府信息公开申请1项。全年主动公开政府信息316条。')],
      ['jw-2025.txt', cutPage('黄石县教育委员会', 2025, '2025年共收到政府信息公开申请8件。')],
      ['jy-2024.txt', cutPage('赤松县教育局', 2024, '2024年共收到政府信息公开申请3件。')],
      ['jy2-2024.txt', cutPage('青禾市教育局', 2024, '2024年共收到政府信息公开申请12件。')],
      ['jt-2024.txt', cutPage('玉泉省交通运输厅', 2024, '2024年共收到政府信息公开申请21件。')],
      ['jt2-2024.txt', cutPage('金沙省交通运输厅', 2024, '2024年共收到政府信息公开申请17件。')],
    ]);
  });
  afterAll(() => app.dispose());

  const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

  it('reads 它 after 倒数第一呢 as the agency just named, with a year of its own kept', async () => {
    const [ranked, last, its] = await converse(app, 'last', ['大理市2025年哪个局收到的申请最多', '倒数第一呢', '它主动公开多少条']);
    expect(ranked.answer).toContain('大理市统计局');
    expect(last.answer).toContain('大理市审计局');
    expect(values(its)).toEqual([31]);
    const [, , earlier] = await converse(app, 'last-year', ['大理市2025年哪个局收到的申请最多', '倒数第一呢', '它2024年收到几件']);
    expect(values(earlier)).toEqual([4]);
  });

  it('reads a kind alone after a ranking over a place as that place’s agency of the kind', async () => {
    const [, water] = await converse(app, 'kind', ['大理市2025年哪个局收到的申请最多', '水务局呢']);
    expect(water.kind).toBe('figure');
    expect(values(water)).toEqual([5]);
    const [, , against] = await converse(app, 'kind-against', ['大理市2025年哪个局收到的申请最多', '水务局呢', '跟审计局比呢']);
    expect(values(against)).toEqual(expect.arrayContaining([5, 2]));
    expect(values(against)).not.toContain(6);
  });

  it('sets applications printed in 项 against applications in 件, then asks the next thing of both', async () => {
    const [, against, proactive] = await converse(app, 'units', [
      '青禾市发展和改革局2023年新收到几件申请',
      '跟青禾市人力资源局比呢',
      '主动公开呢',
    ]);
    expect(values(against)).toEqual(expect.arrayContaining([10, 1]));
    expect(values(proactive)).toEqual(expect.arrayContaining([184, 316]));
  });

  it('asks which is meant when a level alone stands before the kind', async () => {
    const [county] = await converse(app, 'county', ['县教育局去年收到几件信息公开申请']);
    expect(county.kind).toBe('clarify');
    expect(county.facts).toEqual([]);
    const [, chosen] = await converse(app, 'county-2', ['县教育局2024年收到几件信息公开申请', '赤松县的']);
    expect(values(chosen)).toEqual([3]);
  });

  it('reads 省里的 / 市里的 before a kind as the level alone and asks which', async () => {
    const [province, chosen] = await converse(app, 'province', ['省里的交通运输厅2024年收到几件申请', '金沙']);
    expect(province.kind).toBe('clarify');
    expect(province.answer).toContain('玉泉省交通运输厅');
    expect(values(chosen)).toEqual([17]);
  });

  it('reads the year a report came out as the year before, its own', async () => {
    const [out] = await converse(app, 'published', ['大理市审计局2025年发布的那份年报收到几件申请']);
    expect(values(out)).toEqual([4]);
  });

  it('says no report tells whose the applications were when asked which were the asker’s', async () => {
    const [own] = await converse(app, 'own', ['大理市统计局2025年收到的申请里有几件是我提的']);
    expect(own.facts).toEqual([]);
    expect(own.answer).toContain('不按申请人');
  });
});

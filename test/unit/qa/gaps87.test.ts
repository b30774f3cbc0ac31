/**
 * gaps87's classes (issue #11: conversations after a miss), each with a made-up example that fails without its fix.
 * 1. X2023年的年报有吗 / X2021年度报告有没有 (有吗 after the year's report, asked whole): which years of its reports are held
 *    (was: not understood); a year newer than any held is refused as not in the store yet; 某县那个乡镇25年的报告有吗 asks
 *    which of the county's towns, also where the county itself is stored (was: a list mixing in the county's other agencies,
 *    or the county's own years).
 * 2. Three agencies weighed (谁最多 / 哪个最少): names typed with spaces between them are read as three names, not glued (one was
 *    dropped); a third named by its kind alone after 、 is the first one's sibling too (was: left out); one whose figure is not
 *    read is said to be left out (was: silently); 第二名呢 / 最少的那个几件 after it give that place of the figures weighed
 *    (was: the comparison again / not understood).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps87: conversations after a miss (made-up store, clock in 2026)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['bixi-2024.txt', cutPage('碧溪县', 2024, '2024年,全县共收到政府信息公开申请47件,均已按期答复。')],
      ['bixi-2023.txt', cutPage('碧溪县', 2023, '2023年,全县共收到政府信息公开申请38件,均已按期答复。')],
      ['qingshi.txt', cutPage('岚山县青石镇', 2025, '2025年,全镇共收到政府信息公开申请5件,均已按期答复。')],
      ['baishui.txt', cutPage('岚山县白水乡', 2025, '2025年,全乡共收到政府信息公开申请2件,均已按期答复。')],
      ['lanshan-office.txt', cutPage('岚山县人民政府办公室', 2025, '2025年,共收到政府信息公开申请31件,均已按期答复。')],
      ['lanshan.txt', cutPage('岚山县', 2024, '2024年,全县共收到政府信息公开申请88件,均已按期答复。')],
      ['bonded.txt', cutPage('青川保税区', 2025, '2025年,共收到政府信息公开申请40件,均已按期答复。')],
      ['audit.txt', cutPage('岚山县审计局', 2025, '2025年,我局共收到政府信息公开申请9件,均已按期答复。')],
      ['stats.txt', cutPage('岚山县统计局', 2025, '2025年,我局共收到政府信息公开申请4件,均已按期答复。')],
      ['farm.txt', cutPage('岚山县农业农村局', 2025, '2025年,我局共收到政府信息公开申请6件,均已按期答复。')],
      ['archive.txt', cutPage('岚山县档案馆', 2025, '2025年,本馆主动公开政府信息12条,更新馆藏目录一次。')],
      ['yuping.txt', cutPage('玉屏县人民政府', 2025, '2025年,全县共收到政府信息公开申请64件,均已按期答复。')],
      ['songtao.txt', cutPage('松桃县人民政府', 2025, '2025年,全县共收到政府信息公开申请23件,均已按期答复。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('says whether a year’s report asked whole with 有吗 after it is held', async () => {
    const held = await app.ask('碧溪县2023年的年报有吗');
    expect(held.kind).toBe('text');
    expect(held.answer).toContain('库中有碧溪县2023年');
    const older = await app.ask('碧溪县2021年度报告有没有');
    expect(older.kind).toBe('text');
    expect(older.answer).toContain('没有2021年');
    const newer = await app.ask('碧溪县2025年的报告有吗');
    expect(newer.kind).toBe('refusal');
    expect(newer.answer).toContain('没有2025年');
    const town = await app.ask('岚山县那个乡镇25年的报告有吗');
    expect(town.kind).toBe('clarify');
    expect(town.answer).toContain('青石镇');
    expect(town.answer).toContain('白水乡');
    expect(town.answer).not.toContain('办公室');
  });

  it('weighs three agencies named with spaces between them, then gives the second', async () => {
    const spaced = await app.ask('2025年玉屏县人民政府 岚山县审计局 松桃县人民政府 谁收到的申请最少', 'g87-spaced');
    expect(spaced.answer).toContain('岚山县审计局最少');
    expect(spaced.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([9, 23, 64]);
    const place = await app.ask('2025年青川保税区 岚山县审计局 松桃县人民政府 哪个收到的申请最少', 'g87-place');
    expect(place.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([9, 23, 40]);
    const second = await app.ask('第二名呢', 'g87-spaced');
    expect(second.answer).toContain('松桃县人民政府');
    expect(second.facts.map((fact) => fact.value)).toEqual([23]);
  });

  it('reads a third agency named by its kind alone after 、 and gives the fewest of the three', async () => {
    const user = 'g87-kind';
    const byKind = await app.ask('岚山县审计局、统计局、农业农村局2025年收到申请谁最多', user);
    expect(byKind.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([4, 6, 9]);
    const fewest = await app.ask('最少的那个几件', user);
    expect(fewest.kind).toBe('figure');
    expect(fewest.answer).toContain('岚山县统计局');
    expect(fewest.facts.map((fact) => fact.value)).toEqual([4]);
  });

  it('says which of three agencies weighed has no figure read', async () => {
    const unread = await app.ask('2025年岚山县审计局、岚山县统计局、岚山县档案馆收到申请谁最多', 'g87-unread');
    expect(unread.answer).toContain('岚山县审计局最多');
    expect(unread.answer).toContain('岚山县档案馆的报告中没有读到这项数字');
  });
});

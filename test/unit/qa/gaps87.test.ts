/**
 * gaps87's classes (issue #11: conversations after a miss), each with a made-up example that fails without its fix.
 * 1. X2023年的年报有吗 / X2021年度报告有没有 (有吗 after the year's report, asked whole): which years of its reports are held
 *    (was: not understood); a year newer than any held is refused as not in the store yet; 某县那个乡镇25年的报告有吗 asks
 *    which of the county's towns (was: a list mixing in the county's other agencies).
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
});

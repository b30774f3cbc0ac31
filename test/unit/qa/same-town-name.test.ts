/**
 * Two town governments of one name, one stored without its county (a report that never names it, 太平镇人民政府) and one
 * with it (邹城市太平镇人民政府), as reports-real and reports-more11 hold: the town's name alone finds both, so the bot asks
 * which, unless the year asked is held by only one of them, which then answers and says so. Made-up reports of that shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAliases, splitAgencyName } from '../../../src/report/agency-names.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const BARE = `青松镇人民政府2022年政府信息公开工作年度报告
一、总体情况
2022年,我镇主动公开政府信息35条。
(二)依申请公开情况
2022年,我镇收到政府信息公开申请3件。`;

const WITH_COUNTY = `白云县青松镇人民政府2024年政府信息公开工作年度报告
一、总体情况
2024年,我镇主动公开政府信息52条。
(二)依申请公开情况
2024年,我镇收到政府信息公开申请5件。`;

describe('two towns of one name', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['bare.txt', BARE],
      ['county.txt', WITH_COUNTY],
    ] as const);
  });
  afterAll(() => app.dispose());

  it('a name printed in 繁体 is split as simplified: its region is the one questions are written in', () => {
    expect(splitAgencyName('沅陵縣二酉苗族鄉人民政府')).toMatchObject({ region: '沅陵县', kind: '二酉苗族乡人民政府' });
    expect(splitAgencyName('清遠市教育局')).toMatchObject({ name: '清遠市教育局', region: '清远市', kind: '教育局' });
  });

  it('a town or street government without its county is named by the place alone too', () => {
    expect(agencyAliases('青松镇人民政府')).toContain('青松镇');
    expect(agencyAliases('迎宾路街道办事处')).toContain('迎宾路街道');
    expect(agencyAliases('青松镇人民政府')).not.toContain('青松镇人民人民政府');
  });

  it('the year asked picks the one that has its report, and the answer says so', async () => {
    const bare = await app.ask('青松镇2022年收到多少申请');
    expect(bare.facts[0]?.value).toBe(3);
    expect(bare.answer).toMatch(/^（“青松镇”有2个机关，有2022年报告的是青松镇人民政府。）/);
    const county = await app.ask('青松镇2024年收到几个申请');
    expect(county.facts[0]?.value).toBe(5);
    expect(county.answer).toContain('白云县青松镇人民政府');
  });

  it('without a year, or with one neither holds, it asks which', async () => {
    for (const question of ['青松镇收到多少申请', '青松镇2023年收到多少申请']) {
      const answer = await app.ask(question);
      expect(answer.kind).toBe('clarify');
      expect(answer.answer).toContain('青松镇人民政府、白云县青松镇人民政府');
    }
  });
});

/** The scope of a ranking across agencies: the kind and level a question names, and each agency's level. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agenciesInScope, agencyLevel, rankingScope } from '../../../src/qa/ranking-scope.js';
import { kindVariants, splitAgencyName } from '../../../src/report/agency-names.js';

/** Real agencies' names, from the real reports' hand-read JSON. */
const NAMES = ['reports-real', 'reports-more5']
  .flatMap((folder) => {
    const directory = new URL(`../../fixtures/${folder}/`, import.meta.url);
    return Array.from({ length: 80 }, (_, index) => String(index + 1).padStart(2, '0')).map((name) => {
      try {
        return (JSON.parse(readFileSync(new URL(`${name}.json`, directory), 'utf8')) as { agency?: string }).agency;
      } catch {
        return undefined;
      }
    });
  })
  .filter((name): name is string => typeof name === 'string');

/** The kinds an index of those agencies would hold, longest first (as AgencyIndex.kinds). */
const KINDS = [...new Set(NAMES.flatMap((name) => kindVariants(splitAgencyName(name).kind)))].sort((a, b) => b.length - a.length);

describe('ranking scope', () => {
  it('reads the kind asked among, before or after the question word, stored or not', () => {
    expect(rankingScope('2024年哪个公安局收到的申请最多', KINDS)).toMatchObject({ kind: '公安局', label: '公安局' });
    expect(rankingScope('2024年税务局收到的申请哪个最多', KINDS)).toMatchObject({ kind: '税务局' });
    // A kind no stored agency has is still the scope: the answer must not name another kind's agency.
    expect(rankingScope('哪个海事局收到的申请最多', KINDS)).toMatchObject({ kind: '海事局' });
    // A count in front is no part of the kind.
    expect(rankingScope('五个科技局里谁收到的申请最多', KINDS)).toMatchObject({ kind: '科技局' });
    expect(rankingScope('这几个公安局谁的申请多', KINDS)).toMatchObject({ kind: '公安局' });
    // A level character inside a kind is no level: 市场监管局 is not a 市-level 场监管局.
    expect(rankingScope('2024年哪个市场监管局收到的申请最多', KINDS)).toEqual({ kind: '市场监管局', label: '市场监管局' });
    expect(rankingScope('哪个住房和城乡建设局主动公开最多', KINDS)).toMatchObject({ kind: '住房和城乡建设局' });
    // A level and a stored kind without 的 (哪个县科技局, where 科技局s are stored); an unstored one is read whole.
    expect(rankingScope('2024年哪个县科技局收到的申请最多', ['科学技术局', '科技局', ...KINDS])).toMatchObject({
      kind: '科技局',
      levels: ['县'],
    });
  });

  it('reads the level, alone or with a kind', () => {
    expect(rankingScope('2024年哪个县的科技局行政许可最多', KINDS)).toMatchObject({ kind: '科技局', levels: ['县'], label: '县级科技局' });
    expect(rankingScope('2021年哪个乡镇收到的信息公开申请最多', KINDS)).toMatchObject({ levels: ['乡镇'], label: '乡镇' });
    expect(rankingScope('各街道办事处主动公开了多少条', KINDS)).toMatchObject({ levels: ['街道'] });
    expect(rankingScope('哪个市级部门主动公开的文件最多', KINDS)).toMatchObject({ levels: ['市'], label: '市级机关' });
    expect(rankingScope('各县区科技局收到的申请一共多少', KINDS)).toMatchObject({ kind: '科技局', levels: ['县', '区'] });
  });

  it('is no scope for any agency at all, or for 政府信息', () => {
    expect(rankingScope('2024年哪个机关办理的行政许可最多', KINDS)).toBeUndefined();
    expect(rankingScope('哪个单位收到的政府信息公开申请最多', KINDS)).toBeUndefined();
    expect(rankingScope('2024年哪个局办理的行政许可最多', KINDS)).toBeUndefined();
    expect(rankingScope('2024年政府信息公开申请哪个机关最多', KINDS)).toBeUndefined();
  });

  it('tells each real agency’s level from its name', () => {
    expect(agencyLevel('海原县科学技术局')).toBe('县');
    expect(agencyLevel('洛阳市西工区科学技术局')).toBe('区');
    expect(agencyLevel('中卫市科学技术局')).toBe('市');
    expect(agencyLevel('冯原镇人民政府')).toBe('乡镇');
    expect(agencyLevel('上海市杨浦区江浦路街道办事处')).toBe('街道');
    expect(agencyLevel('柞水縣鳳凰鎮人民政府')).toBe('乡镇');
    expect(agencyLevel('宁夏回族自治区人民政府办公厅')).toBe('省');
    // Every real name of a town or street is at that level.
    for (const name of NAMES.filter((candidate) => /[镇乡]人民政府$/.test(candidate))) expect(agencyLevel(name), name).toBe('乡镇');
    for (const name of NAMES.filter((candidate) => /街道办事处$/.test(candidate))) expect(agencyLevel(name), name).toBe('街道');
  });

  it('keeps the agencies of the kind at the levels asked', () => {
    const agencies = ['海原县科学技术局', '洛阳市西工区科学技术局', '中卫市科学技术局', '海原县公安局'].map((name, id) => ({
      id,
      name,
      region: splitAgencyName(name).region,
      kind: splitAgencyName(name).kind,
    }));
    const ofKind = (kind: string) => agencies.filter((agency) => kindVariants(agency.kind).includes(kind));
    const scope = rankingScope('哪个县的科技局最多', ['科学技术局', '科技局', '公安局']);
    expect(scope && agenciesInScope(scope, agencies, ofKind).map((agency) => agency.name)).toEqual(['海原县科学技术局']);
    const counties = rankingScope('哪个县区的科技局最多', ['科学技术局', '科技局', '公安局']);
    expect(counties && agenciesInScope(counties, agencies, ofKind).map((agency) => agency.name)).toEqual([
      '海原县科学技术局',
      '洛阳市西工区科学技术局',
    ]);
  });
});

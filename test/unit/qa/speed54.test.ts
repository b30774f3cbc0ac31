/**
 * speed54: work a question did again for every question, done once (per data version, or per text), with the same result.
 * Made-up agencies and questions throughout.
 */
import { describe, expect, it } from 'vitest';
import { shanghaiYear } from '../../../src/core/clock.js';
import { agencyGuideAsks } from '../../../src/guide/agency-guide-answer.js';
import { districtAgenciesByCity } from '../../../src/qa/city-districts.js';
import type { AgencyRecord } from '../../../src/store/report-store.js';

// (A region may be missing in a store older than the column's rule: read as empty, as the engine does.)
const agency = (id: number, name: string, region: string | null): AgencyRecord =>
  ({ id, name, region, kind: '' }) as unknown as AgencyRecord;

describe('districtAgenciesByCity', () => {
  const agencies = [
    agency(1, '青松市白沙区民政局', '青松市白沙区'),
    agency(2, '青松医药高新区卫生健康委员会', '青松医药高新区'),
    agency(3, '青松市民政局', '青松市'),
    agency(4, '青松县人民政府', '青松县'),
    agency(5, '青松市金厂镇人民政府', '青松市金厂镇'),
    agency(6, '青松湖市白云区科技局', '青松湖市白云区'),
    agency(7, '無名市東城區教育局', '無名市東城區'),
    agency(8, '青松市X区教育局', '青松市X区'),
    agency(9, '未名机构', null),
  ];
  const byCity = districtAgenciesByCity(agencies);

  it("a city's districts, towns and zones named after it, in the order given; never the city's own nor another place's", () => {
    expect(byCity.get('青松')?.map((each) => each.id)).toEqual([1, 2, 5]);
    // (青松湖市白云区: 青松湖 is the city, 青松 is no city of it; the region read at three characters.)
    expect(byCity.get('青松湖')?.map((each) => each.id)).toEqual([6]);
    // A region in 繁体 is read simplified.
    expect(byCity.get('无名')?.map((each) => each.id)).toEqual([7]);
    // (青松市X区: after 市, two Han characters are needed; 青松市 alone is the city's own body.)
    for (const city of ['青松市', '青松县', '未名', '松市', '青松市白']) expect(byCity.get(city), city).toBeUndefined();
  });

  it('is the same as passing over every agency for the city', () => {
    const scan = (city: string) =>
      agencies.filter((each) => {
        const region = (each.region ?? '').replace('無名市東城區', '无名市东城区');
        if (!region.startsWith(city) || region.length <= city.length) return false;
        const after = region.slice(city.length);
        return /^市\p{Script=Han}{2,}/u.test(after) || /^\p{Script=Han}{0,4}?(?:新区|高新区|开发区|经开区|高新技术产业开发区)/u.test(after);
      });
    for (const city of ['青松', '青松湖', '无名', '青松市', '青松医', '未名机', '白沙'])
      expect(byCity.get(city) ?? [], city).toEqual(scan(city));
  });
});

describe('agencyGuideAsks, kept per text', () => {
  it('answers the same words the same each time, and each caller gets a list of its own', () => {
    const question = '青松县林业局的申请表在哪领';
    const first = agencyGuideAsks(question);
    expect(first.length).toBeGreaterThan(0);
    first.splice(0, first.length, 'phone');
    expect(agencyGuideAsks(question)).not.toEqual(['phone']);
    expect(agencyGuideAsks(question)).toEqual(agencyGuideAsks(`${question}`));
    // A long message is read each time, never kept.
    const long = `${'青松县林业局'.repeat(60)}电话多少`;
    expect(agencyGuideAsks(long)).toEqual(agencyGuideAsks(long));
  });
});

describe('shanghaiYear, kept for the last instant', () => {
  it('reads each instant, alternating across a new year in Shanghai, a Date set again, and throws on an invalid one', () => {
    const before = new Date('2025-12-31T15:59:59Z');
    const after = new Date('2025-12-31T16:00:00Z');
    expect([shanghaiYear(before), shanghaiYear(before), shanghaiYear(after), shanghaiYear(before), shanghaiYear(after)]).toEqual([
      2025, 2025, 2026, 2025, 2026,
    ]);
    const moved = new Date(before.getTime());
    expect(shanghaiYear(moved)).toBe(2025);
    moved.setTime(after.getTime());
    expect(shanghaiYear(moved)).toBe(2026);
    expect(() => shanghaiYear(new Date(Number.NaN))).toThrow();
    expect(() => shanghaiYear(new Date(Number.NaN))).toThrow();
  });
});

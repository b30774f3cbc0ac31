/** Places a ranking is scoped by, and which agencies lie in them, from the division data (data/divisions.json). */
import { describe, expect, it } from 'vitest';
import { agencyInPlace, agencyPlaces, placeEnding, placeStarting } from '../../../src/qa/places.js';

describe('places', () => {
  it('places an agency by the county or city its name holds, also when the name does not name its province', () => {
    expect([...agencyPlaces('海原县科学技术局')]).toEqual(['宁夏回族自治区', '宁夏回族自治区|中卫市', '宁夏回族自治区|中卫市|海原县']);
    expect(agencyPlaces('国家税务总局广州市白云区税务局').has('广东省|广州市|白云区')).toBe(true);
    expect([...agencyPlaces('阜陽氣象局')]).toEqual(['安徽省', '安徽省|阜阳市']);
    expect(agencyPlaces('天津市西青区科学技术局').has('天津市')).toBe(true);
  });

  it('reads no shorter county inside a longer one, and no city from the start of a county name', () => {
    // 沙坡头区 holds 坡头区 (湛江市); 朝阳区 is no 朝阳市, and there are several 朝阳区.
    expect([...agencyPlaces('沙坡头区科学技术局')].some((key) => key.startsWith('广东省'))).toBe(false);
    expect([...agencyPlaces('朝阳区人民政府')]).toEqual([]);
    // A repeated county name is settled by the city written before it.
    expect(agencyPlaces('杭州市西湖区教育局').has('浙江省|杭州市|西湖区')).toBe(true);
    expect(agencyPlaces('西湖区教育局').size).toBe(0);
  });

  it('finds the place a question starts or ends with, short forms included', () => {
    expect(placeStarting('宁夏的科技局里谁最多')).toEqual({
      place: { name: '宁夏回族自治区', level: 'province', province: '宁夏回族自治区', written: '宁夏' },
      rest: '科技局里谁最多',
    });
    expect(placeEnding('2023年广东省')?.place.name).toBe('广东省');
    expect(placeEnding('请问中卫市的')?.place).toEqual({
      name: '中卫市',
      level: 'city',
      province: '宁夏回族自治区',
      city: '中卫市',
      written: '中卫市',
    });
    expect(placeStarting('今天天气怎么样')).toBeUndefined();
  });

  it('tells whether an agency lies in a province, a city or a county', () => {
    const ningxia = placeStarting('宁夏')?.place;
    const wuzhong = placeStarting('吴忠市')?.place;
    expect(ningxia && agencyInPlace('红寺堡区科学技术局', ningxia)).toBe(true);
    expect(wuzhong && agencyInPlace('红寺堡区科学技术局', wuzhong)).toBe(true);
    expect(wuzhong && agencyInPlace('海原县科学技术局', wuzhong)).toBe(false);
    expect(ningxia && agencyInPlace('西工区科学技术局', ningxia)).toBe(false);
    // The data knows 平潭县; the agencies there are named 平潭综合实验区…: the form written in the question counts.
    const pingtan = placeEnding('2021年平潭')?.place;
    expect(pingtan && agencyInPlace('平潭综合实验区行政审批局', pingtan)).toBe(true);
  });
});

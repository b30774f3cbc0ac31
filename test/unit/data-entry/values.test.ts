/** Reading the numbers for one known row: positional, named, Chinese numerals, units, bad input. */
import { describe, expect, it } from 'vitest';
import { rowByKey } from '../../../src/report/catalogue.js';
import { parseRowValues } from '../../../src/data-entry/values.js';

const row = (key: string) => rowByKey(key)!;
const values = (key: string, text: string) => {
  const result = parseRowValues(row(key), text);
  if (!result.ok) throw new Error(result.reason);
  return Object.fromEntries(result.value.cells.map((cell) => [cell.column.key, cell.value]));
};
const reason = (key: string, text: string) => {
  const result = parseRowValues(row(key), text);
  if (result.ok) throw new Error(`accepted ${text}`);
  return result.reason;
};

describe('parseRowValues', () => {
  it('reads a single number in digits, full-width digits and Chinese numerals, with units', () => {
    expect(values('licensing', '6')).toEqual({ decisions: 6 });
    expect(values('licensing', '６')).toEqual({ decisions: 6 });
    expect(values('licensing', '十二件')).toEqual({ decisions: 12 });
    expect(values('licensing', '共7件')).toEqual({ decisions: 7 });
    expect(values('licensing', '无')).toEqual({ decisions: 0 });
  });

  it('takes money in 万元 with decimals, and converts 元', () => {
    expect(values('fees_wan_yuan', '0.35')).toEqual({ amount: 0.35 });
    expect(values('fees_wan_yuan', '5000元')).toEqual({ amount: 0.5 });
    expect(reason('licensing', '1.5')).toContain('整数');
  });

  it('reads a row in column order, with or without its total', () => {
    expect(values('received', '3 1 0 0 0 0 4')).toEqual({
      natural_person: 3,
      business: 1,
      research: 0,
      public_interest: 0,
      legal_services: 0,
      other_org: 0,
      total: 4,
    });
    expect(values('received', '3\t1\t0\t0\t0\t0')).toEqual({
      natural_person: 3,
      business: 1,
      research: 0,
      public_interest: 0,
      legal_services: 0,
      other_org: 0,
    });
    expect(values('rules', '1 0 5')).toEqual({ issued: 1, repealed: 0, in_force: 5 });
  });

  it('reads named columns through the catalogue synonyms', () => {
    expect(values('received', '自然人3 商业企业1')).toEqual({ natural_person: 3, business: 1 });
    expect(values('received', '个人 2，企业：1，其他 1')).toEqual({ natural_person: 2, business: 1, other_org: 1 });
    expect(values('review', '维持1 总计1')).toEqual({ upheld: 1, total: 1 });
    expect(values('review', '纠正二 尚未审结1')).toEqual({ corrected: 2, pending: 1 });
    expect(values('rules', '制发1 废止0 现行有效5')).toEqual({ issued: 1, repealed: 0, in_force: 5 });
  });

  it('takes "0" as the whole row', () => {
    expect(Object.values(values('granted', '0'))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(Object.values(values('review', '0'))).toEqual([0, 0, 0, 0, 0]);
  });

  it('says what was not understood, with an example', () => {
    expect(reason('received', '3 1')).toMatch(/有7个数.*收到了2个.*例如/);
    expect(reason('licensing', '好像是六个吧')).toMatch(/没看懂.*例如/);
    expect(reason('received', '自然人3 1')).toContain('列名');
    expect(reason('received', '自然人')).toContain('缺少数字');
    expect(reason('received', '自然人1 个人2')).toContain('写了两次');
  });
});

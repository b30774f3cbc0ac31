/** The LLM number guard: every written number, Arabic or Chinese, must be a returned fact or sit in a quoted returned sentence. */
import { describe, expect, it } from 'vitest';
import { unsupportedNumbers, writtenNumbers } from '../../../src/qa/number-guard.js';

describe('writtenNumbers', () => {
  it('reads Arabic and Chinese numerals with their multipliers', () => {
    expect(writtenNumbers('共收取信息处理费三万元，办理行政许可一千二百件').map((number) => number.values)).toEqual([[30000], [1200]]);
    expect(writtenNumbers('发布１.２万条，另有两件').map((number) => number.values)).toEqual([[1.2, 12000], [2]]);
    expect(writtenNumbers('投入2007万元').map((number) => number.values)).toEqual([[2007, 20070000]]);
  });
  it('does not read numeral characters inside ordinary words as numbers', () => {
    expect(writtenNumbers('统一部署，进一步提升；一是加强培训，二是一并公开，三审三校')).toEqual([]);
  });
});

describe('unsupportedNumbers', () => {
  const evidence = {
    facts: [
      { value: 6, unit: '件', year: 2024 },
      { value: 0, unit: '万元', year: 2024 },
    ],
    sentences: ['选聘科技特派员11名，组织14名“三区”人才开展组织团式服务。'],
    trusted: ['答复期限为20个工作日'],
    years: [2023],
  };
  it('accepts facts, their years, trusted guide numbers, years the user named, and numbers of quoted clauses', () => {
    expect(
      unsupportedNumbers('2024年行政许可6件，收费0万元；2023年的报告未入库；期限20个工作日；原文：“选聘科技特派员11名”', evidence),
    ).toEqual([]);
    expect(unsupportedNumbers('二〇二四年行政许可六件', evidence)).toEqual([]);
  });
  it('refuses invented numbers in any writing, and numbers of a returned sentence the reply does not quote', () => {
    expect(unsupportedNumbers('行政许可一千二百件，收费三万元', evidence)).toEqual(['一千二百', '三万']);
    expect(unsupportedNumbers('行政许可1.2万件', evidence)).toEqual(['1.2万']);
    expect(unsupportedNumbers('共有14名科技特派员', evidence)).toEqual(['14']);
  });
});

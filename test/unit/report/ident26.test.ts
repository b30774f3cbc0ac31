/**
 * ident26: who a report with no title is of. A government's general office named as whom to contact (请与XX市人民政府办公室联系)
 * is not the publisher when a later clause speaks as the government itself (2024年,XX市人民政府坚持…): the government. A
 * town's government read from the body without its county (我乡, XX乡) takes the county written before the town in its postal
 * address (地址:XX县XX乡…), unless the page writes the town's government elsewhere (由XX镇人民政府编制, 请与XX镇人民政府联系):
 * it names itself so. Made-up pages of real places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

const TABLE_LESS = ['(二)依申请公开情况', '全年未收到政府信息公开申请。'];

describe('ident26: a government whose general office is the contact', () => {
  const opening = (subject: string) =>
    [
      '本报告所列统计期限为2024年1月1日至2024年12月31日。如对本报告有疑问,请与玉溪市人民政府办公室联系(地址:玉溪市红塔区聂耳路1号,电话:0877-0000000)。',
      '一、总体情况',
      `2024年,${subject}坚持以公开为常态,全市主动公开政府信息5120条。`,
      ...TABLE_LESS,
    ].join('\n');

  it('a later clause speaking as the government: the government', () => {
    expect(parseReport(opening('玉溪市人民政府')).report.agency).toBe('玉溪市人民政府');
  });

  it('no clause speaking as it (only its office, or its account quoted): the office stays', () => {
    expect(parseReport(opening('玉溪市人民政府办公室')).report.agency).toBe('玉溪市人民政府办公室');
    expect(parseReport(opening('“玉溪市人民政府发布”')).report.agency).toBe('玉溪市人民政府办公室');
  });
});

describe("ident26: a town's county written only in its address", () => {
  const page = (compiled: string) =>
    [
      '一、总体情况',
      `2025年以来,小河口乡在县人民政府办公室的指导下推进政务公开。${compiled}现将我乡2025年政府信息公开年度报告如下:报告统计数据时限为2025年1月1日至2025年12月31日。若有疑问,请与小河口乡党政办公室联系(地址:禄丰市小河口乡大街8号,小河口乡人民政府,电话:0878-0000000)。`,
      '(一)主动公开情况',
      '2025年,小河口乡通过禄丰市人民政府网站主动公开各类政府信息共64条。',
      ...TABLE_LESS,
    ].join('\n');

  it('the address alone names the county: it goes on the name', () => {
    expect(parseReport(page('')).report.agency).toBe('禄丰市小河口乡人民政府');
  });

  it('the town writing its government elsewhere keeps the name as written', () => {
    expect(parseReport(page('本报告由小河口乡人民政府编制。')).report.agency).toBe('小河口乡人民政府');
  });
});

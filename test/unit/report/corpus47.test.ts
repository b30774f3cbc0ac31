/**
 * corpus47: a shape of reports-more53. A lead saying the report was compiled by a government's office gathering the work of
 * the government's own parts (由XX区人民政府办公室综合区政府各镇办、各部门的工作情况编制而成): jieba tags the verb 综合 vn, which
 * went on the office's name with the bare level's government after it (XX区人民政府办公室综合区政府). Made-up pages of real
 * places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('corpus47: a verb between an office and a bare level’s government', () => {
  it('由…办公室综合区政府各镇办…编制而成 names the office, without the verb and the government after it', () => {
    const text = [
      '本年度报告是根据《中华人民共和国政府信息公开条例》要求,由湟中区人民政府办公室综合区政府各镇办、各部门的工作情况编制而成。如对本年度报告有任何疑问,请联系湟中区人民政府办公室(电话:2234567)。',
      '一、总体情况',
      '2022年湟中区政务公开工作在区委区政府的正确领导下稳步推进,全年主动公开政府信息320条。',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.agency).toBe('湟中区人民政府办公室');
    expect(report.year).toBe(2022);
  });

  it('so does 汇总县政府 after a county office', () => {
    const text = [
      '本年度报告是根据《中华人民共和国政府信息公开条例》要求,由大通县人民政府办公室汇总县政府各部门的工作情况编制而成。',
      '一、总体情况',
      '2022年,大通县全年主动公开政府信息210条。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('大通县人民政府办公室');
  });

  it('a task inside an office’s name (政务服务和大数据管理局, 综合行政执法局) is kept', () => {
    const text = [
      '本年度报告是根据《中华人民共和国政府信息公开条例》要求,由湟中区综合行政执法局编制而成。',
      '一、总体情况',
      '2022年,湟中区综合行政执法局主动公开政府信息45条。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('湟中区综合行政执法局');
  });
});

/**
 * corpus40: who a report with no title is of, three shapes of reports-more46. A city government's general office that is the
 * subject of its opening clause (2020年,XX市人民政府办公室以…) keeps its report though it speaks of the city it serves as 我市, and a
 * breadcrumb above the lead (首 页>>公开信息内容 |) starts no table. A whole city's report (全市受理…) whose copy is on the
 * government's site and whose contact is the city's 信息中心 is the government's. A lead naming the office with 政府 for 人民政府
 * (2020年XX市政府办公室信息公开工作年度报告) takes the full name the body writes. Made-up pages of real places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

const TABLE_LESS = ['(二)依申请公开情况', '全年未收到政府信息公开申请。'];

describe("corpus40: a city government's general office speaking of its city as 我市", () => {
  const page = (head: string, subject: string) =>
    [
      ...(head ? [head] : []),
      '本年度报告根据《中华人民共和国政府信息公开条例》第五十条之规定制作。全文包括赤峰市人民政府办公室政府信息公开总体情况,主动公开政府信息情况。所列数据统计期限为2023年1月1日至2023年12月31日。本年度报告电子版可以从赤峰市政府门户网站下载。如对本年度报告有疑问,请与赤峰市人民政府办公室联系(电话:0476-0000000)。',
      '一、总体情况',
      `2023年,${subject}以习近平新时代中国特色社会主义思想为指导,全面推动我市政务公开工作的标准化规范化水平。`,
      '(一)主动公开情况',
      '通过赤峰市人民政府门户网站主动公开市政府文件21件。',
      ...TABLE_LESS,
    ].join('\n');

  it('the office the subject of the opening clause: the office, not the bare city', () => {
    expect(parseReport(page('', '赤峰市人民政府办公室')).report.agency).toBe('赤峰市人民政府办公室');
  });

  it('a breadcrumb ending in 公开信息内容 above the lead starts no table', () => {
    expect(parseReport(page('首 页>>公开信息内容 |', '赤峰市人民政府办公室')).report.agency).toBe('赤峰市人民政府办公室');
  });

  it('the city itself the subject: not its office', () => {
    expect(parseReport(page('', '赤峰市')).report.agency).not.toBe('赤峰市人民政府办公室');
  });
});

describe("corpus40: a whole city's report whose contact is its 信息中心", () => {
  const page = (contact: string, who = '全市') =>
    [
      '相关解读:',
      `本报告依据《中华人民共和国政府信息公开条例》要求,结合${who}政府信息公开工作有关统计数据撰写。`,
      `本报告中使用数据统计期限为2022年1月1日至2022年12月31日。报告的电子版可在瑞昌市人民政府网站"中国瑞昌"下载。如对本报告有任何疑问,请与${contact}联系(电话:0792-0000000)。`,
      '一、总体情况',
      '(一)主动公开。2022年,通过市政府门户网站公布信息3310条。',
      `(二)依申请公开。2022年,${who}受理依申请公开9件,全部为自然人提出申请。`,
    ].join('\n');

  it('the 信息中心 compiles the government’s report: the government', () => {
    expect(parseReport(page('瑞昌市信息中心')).report.agency).toBe('瑞昌市人民政府');
  });

  it('the text speaking as the centre (我中心), not as the city: the centre keeps its report', () => {
    expect(parseReport(page('瑞昌市信息中心', '我中心')).report.agency).toBe('瑞昌市信息中心');
  });
});

describe('corpus40: a lead with 政府 for 人民政府 in the office’s name', () => {
  const page = (body: string) =>
    [
      '根据《中华人民共和国政府信息公开条例》的有关规定,现向社会公布2021年鄂尔多斯市政府办公室信息公开工作年度报告。本年度报告中所列数据的统计期限自2021年1月1日至12月31日。',
      '一、总体情况',
      `2021年,${body}坚持以公开为常态,主动公开政府信息640条。`,
      ...TABLE_LESS,
    ].join('\n');

  it('the body writing the full name: the full name', () => {
    expect(parseReport(page('鄂尔多斯市人民政府办公室')).report.agency).toBe('鄂尔多斯市人民政府办公室');
  });

  it('no full name anywhere: the lead’s name as printed', () => {
    expect(parseReport(page('市政府办公室')).report.agency).toBe('鄂尔多斯市政府办公室');
  });
});

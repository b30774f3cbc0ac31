/**
 * corpus44: a shape of reports-more50. A title whose year is printed with 度 alone, 年 left out (2022度珠晖区粤汉街道信息公开
 * 工作年度报告): the year and its 度 are no part of the name after them, and the statistics period still decides the year when
 * the title's is another. Made-up pages of real places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

const page = (head: string[], body: string) =>
  [...head, '一、主动公开政府信息情况', body, '二、依申请公开政府信息情况', '本年度共收到政府信息公开申请2件。'].join('\n');

describe('corpus44: a title year printed with 度 alone', () => {
  it('2023度临湘市白羊田镇政府信息公开工作年度报告 is the 镇’s, of 2023', () => {
    const { report } = parseReport(
      page(
        ['2023度临湘市白羊田镇政府信息公开工作年度报告', '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'],
        '2023年白羊田镇通过市门户网站主动公开各类信息63条。',
      ),
    );
    expect(report.agency).toBe('临湘市白羊田镇');
    expect(report.year).toBe(2023);
  });

  it('a title 2020度… whose statistics period is 2021 is of 2021, under the same name', () => {
    const { report } = parseReport(
      page(
        ['2020度醴陵市浦口镇信息公开工作年度报告', '本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。'],
        '2021年浦口镇主动公开各类信息88条。',
      ),
    );
    expect(report.agency).toBe('醴陵市浦口镇');
    expect(report.year).toBe(2021);
  });
});

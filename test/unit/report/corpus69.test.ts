/**
 * corpus69: two misreads of reports-more75. A report whose sections are numbered in brackets ((一)总体情况 /
 * (二)主动公开政府信息的情况, a 的 in the title) lost its table 二 into the overview; and a count's change from the year
 * before (共受理信息公开申请4件(较2021年减少3件)) was stored as applications received. Made-up pages of real places,
 * made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('corpus69: sections numbered in brackets, a 的 in the title of section 二', () => {
  const page = (heading: string) =>
    [
      '(一)总体情况',
      '2024年,保亭黎族苗族自治县人民政府扎实开展政府信息公开各项工作。',
      '(一)主动公开方面。2024年,在县政府门户网站主动公开政务信息共5120条。',
      '(二)依申请公开方面。2024年收到申请12条,及时回复12条。',
      heading,
      '第二十条第(一)项 | |||',
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '规章 | 0 | 0 | |',
      '规范性文件 | 9 | 1 | 44 |',
      '第二十条第(五)项 | |',
    ].join('\n');

  it('(二)主动公开政府信息的情况: table 二 is read, its blank cell listed as blank', () => {
    const report = parseReport(page('(二)主动公开政府信息的情况')).report;
    expect(report.agency).toBe('保亭黎族苗族自治县人民政府');
    expect(report.proactive.normative_documents).toEqual([9, 1, 44]);
    expect(report.blanks?.length).toBeGreaterThan(0);
    expect(report.sections.overview).not.toContain('规范性文件');
  });

  it('the same heading without 的 is read as before', () => {
    expect(parseReport(page('(二)主动公开政府信息情况')).report.proactive.normative_documents).toEqual([9, 1, 44]);
  });

  it('a sub-heading of the overview ((二)依申请公开方面) stays in the overview', () => {
    expect(parseReport(page('(二)主动公开政府信息的情况')).report.sections.overview).toContain('收到申请12条');
  });
});

describe('corpus69: a change from another year is no count', () => {
  const figures = (sentence: string) =>
    parseReport(
      ['临沂市兰山区商务局2024年政府信息公开工作年度报告', '一、总体情况', sentence, '二、主动公开政府信息情况'].join('\n'),
    ).report.proseFigures.map((figure) => [figure.key, figure.value]);

  it('共受理信息公开申请6件(较2023年减少2件): 6 received, the 2 is a difference', () => {
    expect(figures('2024年,我局共受理信息公开申请6件(较2023年减少2件),全部按规定答复。')).toEqual([
      ['applications_received', 6],
      ['other', 2],
    ]);
  });

  it('收到依申请公开办件0条,与去年相比减少4条: 0 received', () => {
    expect(figures('2024年我局收到依申请公开办件0条,与去年相比减少4条。')).toEqual([
      ['applications_received', 0],
      ['other', 4],
    ]);
  });

  it('主动公开政府信息300条,比上年增加25条: the change is no total', () => {
    expect(figures('2024年主动公开政府信息300条,比上年增加25条。')).toEqual([
      ['proactive_items', 300],
      ['other', 25],
    ]);
  });
});

describe('corpus69: sub-headings numbered in digits stand apart from the figures under them', () => {
  const figures = (lines: string[]) =>
    parseReport(
      ['闽侯县南屿镇人民政府2024年政府信息公开工作年度报告', '一、总体情况', ...lines, '二、主动公开政府信息情况'].join('\n'),
    ).report.proseFigures.map((figure) => [figure.key, figure.label, figure.value]);

  it('(2)主动公开政府信息的主要类别 over 机构职能信息数3条: no second total of 3', () => {
    const read = figures([
      '1.主动公开政府信息的数量',
      '(1)我镇2024年累计主动公开政府信息41条,历年累计公开512条。',
      '(2)主动公开政府信息的主要类别',
      '机构职能信息数3条;安全生产、应急管理类信息9条。',
    ]);
    expect(read.filter(([key]) => key === 'proactive_items')).toEqual([['proactive_items', '我镇2024年累计主动公开政府信息', 41]]);
    expect(read).toContainEqual(['other', '机构职能信息数', 3]);
  });

  it('a line broken inside a sentence with no number before it is still joined', () => {
    const read = figures(['2024年,我镇通过闽侯县人民政府网站主动公开', '政府信息41条。']);
    expect(read.map(([, , value]) => value)).toEqual([41]);
  });
});

describe('corpus69: counts of handled applications that lost their measure word', () => {
  const figures = (sentence: string) =>
    parseReport(
      ['宜昌市夷陵区小溪塔街道办事处2024年政府信息公开工作年度报告', '一、总体情况', sentence, '二、主动公开政府信息情况'].join('\n'),
    ).report.proseFigures.map((figure) => [figure.label, figure.value, figure.unit]);

  it('已办结12,结转下年度继续办理3。行政复议1(结果维持1): 12, 3 and 1 in 件, beside 受理15件', () => {
    const read = figures(
      '2024小溪塔街道共受理政府信息公开申请15件,已办结12,结转下年度继续办理3。政府信息公开行政复议1(结果维持1),行政诉讼0件。',
    );
    expect(read).toEqual(
      expect.arrayContaining([
        ['已办结', 12, '件'],
        ['结转下年度继续办理', 3, '件'],
        ['政府信息公开行政复议', 1, '件'],
      ]),
    );
    // (2024小溪塔街道: a year glued to words is no count.)
    expect(read.map(([, value]) => value)).not.toContain(2024);
  });

  it('a sentence counting in no 件 gains none (办理时限为20,…)', () => {
    expect(figures('依申请公开办理20,均在法定期限内答复。')).toEqual([]);
  });
});

/**
 * One fixture per layout quirk. Most re-print the xigong report's tables with the non-zero
 * FIGURES (so a column or row read one place off is caught) in another layout; the 2019 trial
 * layout, a news article and a CSV file are fixture files of their own.
 */
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../../src/core/errors.js';
import type { Violation } from '../../../src/report/model.js';
import { type ParsedReport, parseReport } from '../../../src/report/parse.js';
import {
  buildReport,
  cellPerLine,
  FIGURES,
  fixture,
  fullWidth,
  glued,
  HEADINGS,
  numbersNextLine,
  pdfTables,
  pipeTable,
  type PrintedLine,
  table2,
  table3,
  table4,
  tabs,
  WEB_CHROME_HEAD,
  wrapProse,
  xigongProse,
} from '../../fixtures/reports/layouts.js';

const SECTION_KEYS = ['overview', 'proactive', 'applications', 'appeals', 'problems', 'other'];

/** The report reads exactly as FIGURES, with nothing missing, broken or doubtful. */
function expectExact(parsed: ParsedReport, options: { warnings?: boolean } = {}): void {
  const { report, violations } = parsed;
  expect(report.agency).toBe('西工区科学技术局');
  expect(report.year).toBe(2024);
  expect(report.format).toBe('2021');
  expect(Object.keys(report.sections)).toEqual(SECTION_KEYS);
  expect(report.proactive).toEqual(FIGURES.proactive);
  expect(report.applications).toEqual(FIGURES.applications);
  expect(report.appeals).toEqual(FIGURES.appeals);
  expect(report.missing).toEqual([]);
  expect(violations).toEqual([]);
  if (options.warnings !== false) expect(report.warnings).toEqual([]);
}

/** Only the figures that are not zero, for readable failure messages. */
const nonzero = (rows: Record<string, number[]>) =>
  Object.fromEntries(Object.entries(rows).filter(([, values]) => values.some((value) => value !== 0)));

const where = (violations: Violation[]) => violations.map(({ rule, row, column }) => ({ rule, row, column }));

function refusal(text: string): GongkaiError {
  try {
    parseReport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(GongkaiError);
    expect((error as GongkaiError).code).toBe('NOT_A_REPORT');
    return error as GongkaiError;
  }
  throw new Error('the text was accepted as a report');
}

describe('table layouts', () => {
  it('the fixture figures are not all zero (a misaligned column must show)', () => {
    expect(Object.keys(nonzero(FIGURES.applications)).length).toBeGreaterThan(8);
    expect(
      new Set(Object.values(FIGURES.applications).flatMap((values) => values.map((value, column) => (value ? column : -1)))).size,
    ).toBe(8);
  });

  it('tab-separated cells (Word and web tables)', () => {
    expectExact(parseReport(buildReport({ writer: tabs })));
  });

  it('one cell per line', () => {
    const text = buildReport({ writer: cellPerLine });
    expect(text).toContain('规章\n1\n0\n3\n');
    expectExact(parseReport(text));
  });

  it('numbers on the line after their label', () => {
    const text = buildReport({ writer: numbersNextLine });
    expect(text).toContain('一、本年新收政府信息公开申请数量\n7 3 1 2 1 1 15\n');
    expectExact(parseReport(text));
  });

  it('Word via DOCX: every cell a paragraph, blank lines between', () => {
    const paragraphs = (lines: PrintedLine[]) => lines.flatMap((line) => [...line.cells, ...(line.numbers ?? []).map(String)]).join('\n\n');
    expectExact(parseReport(buildReport({ writer: paragraphs })));
  });

  it('a web table flattened into one line per table', () => {
    const flat = (lines: PrintedLine[]) => lines.flatMap((line) => [...line.cells, ...(line.numbers ?? []).map(String)]).join(' ');
    expectExact(parseReport(buildReport({ writer: flat })));
  });

  it('Windows line ends and a byte-order mark', () => {
    expectExact(parseReport(`\uFEFF${buildReport().replace(/\n/g, '\r\n')}`));
  });

  it('（七）合计 for （七）总计', () => {
    expectExact(parseReport(buildReport().replace('（七）总计', '（七）合计')));
  });

  it('table 四 printed as three rows of five', () => {
    const appeals = `行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n行政复议 1 0 1 0 2\n未经复议直接起诉 0 1 0 1 2\n复议后起诉 0 0 0 1 1`;
    expectExact(parseReport(buildReport({ tables: { appeals } })));
  });

  it('table 四 with its fifteen numbers five to a line', () => {
    const appeals = `${tabs(table4().slice(0, 3))}\n1 0 1 0 2\n0 1 0 1 2\n0 0 0 1 1`;
    expectExact(parseReport(buildReport({ tables: { appeals } })));
  });

  it('PDF extraction: headers and labels broken mid-word, blank lines, a page footer inside table 三, wrapped prose', () => {
    const tables = pdfTables();
    expect(tables.applications).toContain('（四）无法\n\n提供');
    expect(tables.applications).toContain('5.要求行政机关确认或重新出具已获取\n\n信息\n0 0 0 0 0 0 0');
    expect(tables.applications).toContain('— 7 —');
    const text = buildReport({
      head: [' 西工区科学技术局', '2024年政府信息公开工作年度报告'],
      tables,
      overview: wrapProse(xigongProse().overview),
    });
    const parsed = parseReport(text);
    expectExact(parsed);
    const figures = parsed.report.proseFigures.map((figure) => [figure.key, figure.value]);
    expect(figures).toContainEqual(['proactive_items', 22]);
    expect(figures).toContainEqual(['proactive_items_by_channel', 5]);
    expect(figures).toContainEqual(['proactive_items_by_channel', 17]);
  });

  it('a sentence in a table section that names a row does not use the row up', () => {
    const applications = `本年新收政府信息公开申请 15 件，办结 16 件。\n${tabs(table3())}`;
    const { report } = parseReport(buildReport({ tables: { applications } }));
    expect(report.applications).toEqual(FIGURES.applications);
    expect(report.missing).toEqual([]);
  });

  it('full-width digits, letters and punctuation, ideographic spaces', () => {
    const spaced = (lines: PrintedLine[]) => lines.map((line) => [...line.cells, ...(line.numbers ?? []).map(String)].join(' ')).join('\n');
    const text = fullWidth(buildReport({ writer: spaced }));
    expect(text).toContain('规章　１　０　３');
    expect(text).toContain('２０２４');
    expect(text).toContain('（一）');
    expect(text).toContain('：');
    expectExact(parseReport(text));
  });

  it('Markdown: headings, bold and pipe tables', () => {
    const headings = [
      '## **一、总体情况**',
      '## 二、主动公开政府信息情况',
      '### 三、收到和处理政府信息公开申请情况',
      '#### 四、政府信息公开行政复议、行政诉讼情况',
      '**五、存在的主要问题及改进情况**',
      '# 六、其他需要报告的事项',
    ];
    const text = buildReport({ head: ['# 西工区科学技术局 2024 年政府信息公开工作年度报告'], headings, writer: pipeTable });
    expect(text).toContain('| **规章** | 1 | 0 | 3 |');
    expect(text).toContain('| --- |');
    const parsed = parseReport(text);
    expectExact(parsed);
    expect(parsed.report.sections.problems).not.toContain('**');
  });
});

describe('Markdown tables without outer pipes', () => {
  it('a | b | c rows and a --- | --- delimiter', () => {
    const cells = (line: PrintedLine) => [...line.cells, ...(line.numbers ?? []).map(String)];
    const loosePipes = (lines: PrintedLine[]) => {
      const [head, ...rest] = lines;
      return [cells(head).join(' | '), '--- | --- | ---', ...rest.map((line) => cells(line).join(' | '))].join('\n');
    };
    const text = buildReport({ writer: loosePipes });
    expect(text).toContain('规章 | 1 | 0 | 3');
    expectExact(parseReport(text));
  });
});

describe('table cells printed with no separator', () => {
  it('a whole report glued (规章103, 一、本年新收政府信息公开申请数量73121115)', () => {
    const text = buildReport({ writer: glued });
    expect(text).toContain('规章103');
    expect(text).toContain('一、本年新收政府信息公开申请数量73121115');
    expectExact(parseReport(text));
  });

  /** A small report with glued table cells written out by hand. */
  const gluedReport = (rows: {
    normative?: string;
    carriedOver: string;
    received?: string;
    granted: string;
    handled: string;
  }) => `西工区科学技术局2024年政府信息公开工作年度报告
一、总体情况
本报告所列数据的统计期限为2024年1月1日至2024年12月31日。
二、主动公开政府信息情况
第二十条第（一）项
信息内容本年制发件数本年废止件数现行有效件数
规章000
行政规范性文件${rows.normative ?? '000'}
第二十条第（五）项
行政许可12
第二十条第（六）项
行政处罚0
行政强制0
第二十条第（八）项
行政事业性收费0
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量${rows.received ?? '0000000'}
二、上年结转政府信息公开申请数量${rows.carriedOver}
三、本年度办理结果（一）予以公开${rows.granted}
（二）部分公开0000000
（三）不予公开1.属于国家秘密0000000
2.其他法律行政法规禁止公开0000000
3.危及“三安全一稳定”0000000
4.保护第三方合法权益0000000
5.属于三类内部事务信息0000000
6.属于四类过程性信息0000000
7.属于行政执法案卷0000000
8.属于行政查询事项0000000
（四）无法提供1.本机关不掌握相关政府信息0000000
2.没有现成信息需要另行制作0000000
3.补正后申请内容仍不明确0000000
（五）不予处理1.信访举报投诉类申请0000000
2.重复申请0000000
3.要求提供公开出版物0000000
4.无正当理由大量反复申请0000000
5.要求行政机关确认或重新出具已获取信息0000000
（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0000000
3.其他0000000
（七）总计${rows.handled}
四、结转下年度继续办理0000000
四、政府信息公开行政复议、行政诉讼情况
行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉
101020101200011
五、存在的主要问题及改进情况
无。
六、其他需要报告的事项
无。
`;

  it('multi-digit numbers resolved by the row total (予以公开120000012 is 12 0 0 0 0 0 12)', () => {
    const { report, violations } = parseReport(gluedReport({ carriedOver: '120000012', granted: '120000012', handled: '120000012' }));
    expect(report.proactive).toEqual({
      rules: [0, 0, 0],
      normative_documents: [0, 0, 0],
      licensing: [12],
      penalties: [0],
      coercive_measures: [0],
      fees_wan_yuan: [0],
    });
    expect(nonzero(report.applications)).toEqual({
      carried_over: [12, 0, 0, 0, 0, 0, 12],
      granted: [12, 0, 0, 0, 0, 0, 12],
      handled_total: [12, 0, 0, 0, 0, 0, 12],
    });
    expect(report.applications.received).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(Object.keys(report.applications)).toHaveLength(25);
    expect(report.appeals).toEqual(FIGURES.appeals);
    expect(report.missing).toEqual([]);
    expect(violations).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('a row the row total leaves open is settled by the column rules (101000011: 10 1 0 … 11, not 1 0 10 … 11)', () => {
    const { report, violations } = parseReport(
      gluedReport({ received: '101000011', carriedOver: '0000000', granted: '10 1 0 0 0 0 11', handled: '10 1 0 0 0 0 11' }),
    );
    expect(report.applications.received).toEqual([10, 1, 0, 0, 0, 0, 11]);
    expect(violations).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('an ambiguous cut is not stored: the row is left out with a warning naming it and its digits', () => {
    const { report } = parseReport(
      gluedReport({ normative: '1123', carriedOver: '101000011', granted: '101000011', handled: '101000011' }),
    );
    // 1123 in three columns: 1 1 23, 1 12 3 or 11 2 3; no total to decide.
    expect(report.proactive).not.toHaveProperty('normative_documents');
    const normative = report.warnings.find((warning) => warning.row === 'normative_documents')!;
    expect(normative.message).toContain('行政规范性文件');
    expect(normative.message).toContain('1123');
    expect(normative.message).toContain('多种拆法');
    // 101000011 in each of three rows: the rules hold either way, so none of them is stored.
    for (const key of ['carried_over', 'granted', 'handled_total']) {
      expect(report.applications).not.toHaveProperty(key);
      expect(report.warnings.find((warning) => warning.row === key)?.message).toContain('101000011');
    }
    expect(report.missing).toEqual(
      expect.arrayContaining([
        'proactive.normative_documents',
        'applications.carried_over',
        'applications.granted',
        'applications.handled_total',
      ]),
    );
  });

  it('a glued run that fits no cut is reported and not stored', () => {
    // Ten digits cannot be seven numbers whose last is the sum of the others.
    const { report, violations } = parseReport(gluedReport({ carriedOver: '1200000012', granted: '1200000012', handled: '1200000012' }));
    expect(report.warnings.map((warning) => warning.row)).toEqual(['carried_over', 'granted', 'handled_total']);
    expect(report.warnings[1].message).toContain('没有一种拆法');
    expect(report.warnings[1].message).toContain('1200000012');
    expect(report.applications).not.toHaveProperty('granted');
    expect(where(violations).filter((violation) => violation.rule === 3)).toEqual([]);
  });
});

describe('title, chrome and headings', () => {
  it('web-page chrome before the title (breadcrumbs, date, read-aloud, font size)', () => {
    expectExact(parseReport(buildReport({ head: WEB_CHROME_HEAD })));
  });

  it('the title as the last breadcrumb', () => {
    const head = [
      '当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 西工区科学技术局2024年政府信息公开工作年度报告',
      '发布时间：2025-01-20',
      '字号：大 中 小',
    ];
    expectExact(parseReport(buildReport({ head })));
  });

  it.each([
    ['one line', ['西工区科学技术局2024年政府信息公开工作年度报告']],
    ['one line, spaced', ['西工区科学技术局 2024 年政府信息公开工作年度报告']],
    ['agency and year on two lines', ['西工区科学技术局', '2024年政府信息公开工作年度报告']],
    ['agency, year and title on three lines', ['西工区科学技术局', '2024年度', '政府信息公开工作年度报告']],
    ['year before the agency', ['2024年西工区科学技术局政府信息公开工作年度报告']],
    ['year on the line above', ['2024年度', '西工区科学技术局政府信息公开工作年度报告']],
    ['year after the title', ['西工区科学技术局政府信息公开工作年度报告（2024年度）']],
    ['year in Chinese numerals', ['西工区科学技术局二〇二四年政府信息公开工作年度报告']],
    ['关于 … 的年度报告', ['西工区科学技术局关于2024年度政府信息公开工作的年度报告']],
    ['year only in the statistics period', ['西工区科学技术局政府信息公开工作年度报告']],
  ])('title: %s', (_, head) => {
    expectExact(parseReport(buildReport({ head })));
  });

  it('the statistics period wins over the title year, with a warning', () => {
    const overview = xigongProse().overview.replace(
      '统计期限为 2024 年 1 月 1 日至 2024 年 12 月 31 日',
      '统计期限为 2023 年 1 月 1 日至 2023 年 12 月 31 日',
    );
    const { report } = parseReport(buildReport({ overview }));
    expect(report.year).toBe(2023);
    expect(report.warnings.map((warning) => warning.message).join()).toContain('统计期限');
  });

  it.each([
    [
      'worded a little differently',
      [
        '一、整体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
        '五、存在的主要问题和改进情况',
        '六、其他需要报告事项',
      ],
    ],
    [
      'other punctuation after the number',
      [
        '一．总体情况',
        '二 、主动公开政府信息情况',
        '三.收到和处理政府信息公开申请情况',
        '四，政府信息公开行政复议、行政诉讼情况',
        '五、存在的问题及改进情况',
        '六、其他需要报告的事项',
      ],
    ],
    [
      'the 2019 wording',
      [
        '一、总体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
        '五、政府信息公开工作存在的主要问题及改进情况',
        '六、其他需要报告的事项',
      ],
    ],
    [
      'problems as 不足 and 改进措施',
      [
        '一、总体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
        '五、工作中存在的不足及改进措施',
        '六、其他需要报告的事项',
      ],
    ],
    [
      'headings broken after the number',
      [
        '一、\n总体情况',
        '二、\n主动公开政府信息情况',
        '三、收到和处理政府信息公开申请\n情况',
        '四、政府信息公开行政复议、行政诉讼\n情况',
        '五、存在的主要问题及改进情况',
        '六、其他需要报告的事项',
      ],
    ],
  ])('section headings %s', (_, headings) => {
    expect(headings).toHaveLength(HEADINGS.length);
    expectExact(parseReport(buildReport({ headings })));
  });
});

describe('the 2019 trial layout (国办公开办函〔2019〕60号)', () => {
  const TRIAL_PROACTIVE = {
    rules_2019: [0, 0, 0],
    normative_documents_2019: [3, 3, 12],
    licensing_2019: [5, 0, 28],
    other_services_2019: [2, 1, 40],
    penalties_2019: [3, -1, 7],
    coercive_measures_2019: [1, 0, 2],
    fees_2019: [1, 0],
    procurement_2019: [4, 56.8],
  };
  const TRIAL_APPLICATIONS = {
    received: [3, 1, 0, 0, 1, 0, 5],
    carried_over: [1, 0, 0, 0, 0, 0, 1],
    granted: [2, 0, 0, 0, 1, 0, 3],
    partly_granted: [0, 1, 0, 0, 0, 0, 1],
    'unavailable.not_held': [1, 0, 0, 0, 0, 0, 1],
    other_handling_2019: [1, 0, 0, 0, 0, 0, 1],
    handled_total: [4, 1, 0, 0, 1, 0, 6],
  };

  function expectTrial({ report, violations }: ParsedReport): void {
    expect(report.agency).toBe('青铜峡市统计局');
    expect(report.year).toBe(2019);
    expect(report.format).toBe('2019');
    expect(report.proactive).toEqual(TRIAL_PROACTIVE);
    expect(nonzero(report.applications)).toEqual(TRIAL_APPLICATIONS);
    // 23 rows: the three 2021 （六） rows are one 其他处理 row.
    expect(Object.keys(report.applications)).toHaveLength(23);
    expect(report.applications).not.toHaveProperty('other_handling.no_correction');
    expect(report.appeals).toEqual({
      review: [1, 0, 0, 0, 1],
      litigation_direct: [0, 0, 0, 0, 0],
      litigation_after_review: [0, 0, 0, 0, 0],
    });
    expect(report.missing).toEqual([]);
    expect(violations).toEqual([]);
    expect(report.warnings).toEqual([]);
  }

  it('reads its own table 二 and the single （六）其他处理 row under their own keys', () => {
    expectTrial(parseReport(fixture('trial-2019.txt')));
  });

  it('reads it one cell per line too', () => {
    expectTrial(parseReport(fixture('trial-2019.txt').replace(/\t/g, '\n')));
  });

  it('checks the rules with the one 其他处理 row among the handling rows', () => {
    const broken = fixture('trial-2019.txt').replace('（六）其他处理\t1\t0\t0\t0\t0\t0\t1', '（六）其他处理\t2\t0\t0\t0\t0\t0\t2');
    const { violations } = parseReport(broken);
    expect(where(violations)).toEqual([
      { rule: 2, row: 'handled_total', column: 'natural_person' },
      { rule: 2, row: 'handled_total', column: 'total' },
    ]);
  });
});

describe('broken sums are flagged with the rule, the row and the column', () => {
  const withApplications = (change: (rows: Record<string, number[]>) => void) => {
    const rows = structuredClone(FIGURES.applications);
    change(rows);
    return buildReport({ tables: { applications: tabs(table3(rows)) } });
  };

  it('rule 1, per column: received + carried over ≠ handled + carried forward', () => {
    const { report, violations } = parseReport(
      withApplications((rows) => {
        rows.received = [8, 3, 1, 2, 1, 1, 16];
      }),
    );
    expect(report.applications.received).toEqual([8, 3, 1, 2, 1, 1, 16]);
    expect(where(violations)).toEqual([
      { rule: 1, row: 'handled_total', column: 'natural_person' },
      { rule: 1, row: 'handled_total', column: 'total' },
    ]);
    expect(violations.every((violation) => violation.severity === 'error')).toBe(true);
  });

  it('rule 2, per column: the handling rows do not add up to （七）总计', () => {
    const { violations } = parseReport(
      withApplications((rows) => {
        rows.granted = [3, 3, 0, 1, 0, 0, 7];
      }),
    );
    expect(where(violations)).toEqual([
      { rule: 2, row: 'handled_total', column: 'business' },
      { rule: 2, row: 'handled_total', column: 'total' },
    ]);
  });

  it('rule 3, per row: the six applicant columns do not add up to the total', () => {
    const { violations } = parseReport(
      withApplications((rows) => {
        rows['withheld.third_party'] = [1, 0, 0, 0, 0, 0, 3];
      }),
    );
    expect(where(violations)).toEqual([
      { rule: 2, row: 'handled_total', column: 'total' },
      { rule: 3, row: 'withheld.third_party', column: 'total' },
    ]);
    expect(violations[1].message).toContain('保护第三方合法权益');
  });

  it('rule 4, per group: table 四 results do not add up', () => {
    const appeals = { ...FIGURES.appeals, litigation_direct: [0, 1, 0, 1, 3] };
    const { report, violations } = parseReport(buildReport({ tables: { appeals: tabs(table4(appeals)) } }));
    expect(report.appeals.litigation_direct).toEqual([0, 1, 0, 1, 3]);
    expect(where(violations)).toEqual([{ rule: 4, row: 'litigation_direct', column: 'total' }]);
  });
});

describe('truncated reports are imported with what is missing', () => {
  it('cut after table 三', () => {
    const { report, violations } = parseReport(buildReport({ sections: 3 }));
    expect(report.applications).toEqual(FIGURES.applications);
    expect(report.missing).toEqual(['appeals', 'problems', 'other', 'appeals.table']);
    expect(report.appeals).toEqual({});
    expect(violations).toEqual([]);
  });

  it('heading 四 without its table, and no sections 五 and 六', () => {
    const { report } = parseReport(buildReport({ sections: 4, tables: { appeals: '' } }));
    expect(report.missing).toEqual(['problems', 'other', 'appeals.table']);
  });

  it('cut inside table 三, before its last row', () => {
    const text = buildReport();
    const { report } = parseReport(text.slice(0, text.indexOf('四、结转下年度继续办理')));
    expect(report.missing).toEqual(['appeals', 'problems', 'other', 'applications.carried_forward', 'appeals.table']);
    expect(report.applications.handled_total).toEqual(FIGURES.applications.handled_total);
  });

  it('table 二 replaced by a sentence', () => {
    const { report } = parseReport(buildReport({ tables: { proactive: '本机关本年度无相关信息。' } }));
    expect(report.missing).toEqual(['proactive.table']);
  });

  it('two rows of table 二 left out', () => {
    const proactive = tabs(table2().filter((line) => !['行政处罚', '行政强制'].includes(line.cells[0])));
    const { report } = parseReport(buildReport({ tables: { proactive } }));
    expect(report.missing).toEqual(['proactive.penalties', 'proactive.coercive_measures']);
  });
});

describe('texts that are not reports are refused with a reason', () => {
  it('a news article about a report', () => {
    expect(refusal(fixture('news-article.txt')).message).toContain('不是政府信息公开工作年度报告');
  });

  it('a CSV file', () => {
    expect(refusal(fixture('applications.csv')).message).toContain('不是政府信息公开工作年度报告');
  });

  it('an empty file, or only white space', () => {
    expect(refusal('').message).toContain('空');
    expect(refusal(' \n\n\t \n').message).toContain('空');
  });

  it('some other document', () => {
    expect(refusal('关于召开2024年度工作总结会议的通知\n\n各股室：\n\n定于1月10日召开工作总结会议，请准时参加。\n').message).toContain(
      '章节',
    );
  });

  it('a report whose title names no agency, and whose body names none either (only 我局)', () => {
    const overview = xigongProse().overview.replaceAll('西工区科学技术局', '我局');
    const error = refusal(buildReport({ head: ['2024年政府信息公开工作年度报告'], overview }));
    expect(error.message).toContain('机关名称');
    expect(error.message).toContain('--agency');
  });

  it('a report with web chrome, no agency in the title and none in the body', () => {
    const overview = xigongProse().overview.replaceAll('西工区科学技术局', '我局');
    const error = refusal(
      buildReport({
        head: ['首页 > 政务公开 > 年度报告', '2024年度政府信息公开工作年度报告', '发布时间：2025-01-20', '字号：大 中 小'],
        overview,
      }),
    );
    expect(error.message).toContain('机关名称');
  });

  it('a report with no year in the title, the statistics period or its sentences', () => {
    // The sentences' leading year (2024年，我局…) is the last resort, so those years go too.
    const overview = xigongProse()
      .overview.replace(/本报告所列数据的统计期限为[^。]*。/, '')
      .replace(/\d{4}\s*年度?/g, '');
    const error = refusal(buildReport({ head: ['西工区科学技术局政府信息公开工作年度报告'], overview }));
    expect(error.message).toContain('年度');
  });
});

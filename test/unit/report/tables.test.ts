/**
 * The table reader's rules, each on a small table written out the way real reports print it:
 * a split is stored only when exactly one satisfies the format's arithmetic, the next item's
 * number glued to a row's digits, an 8-column table with a 小计, a 2021 table 三 printing
 * （六）其他处理 as one row, 繁体 and misprinted labels, the layout decision, blank cells.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { detectFormat, readTable } from '../../../src/report/tables.js';
import { buildReport, FIGURES, table3, tabs } from '../../fixtures/reports/layouts.js';

const ZEROS = [0, 0, 0, 0, 0, 0, 0];

describe('a glued row is stored only when exactly one split satisfies the arithmetic', () => {
  it('an ambiguous row is left out, with a warning naming the row and its digits', () => {
    // 101000011: 10 1 0 0 0 0 11 or 1 0 10 0 0 0 11 — both rows add up, nothing else decides.
    const { rows, warnings } = readTable(
      'applications',
      '2021',
      '一、本年新收政府信息公开申请数量101000011二、上年结转政府信息公开申请数量0000000',
    );
    expect(rows).not.toHaveProperty('received');
    expect(rows.carried_over).toEqual(ZEROS);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].row).toBe('received');
    expect(warnings[0].message).toContain('本年新收政府信息公开申请数量');
    expect(warnings[0].message).toContain('101000011');
  });

  it('the column rules settle it when the other rows of its column are read', () => {
    const text = [
      '一、本年新收政府信息公开申请数量101000011',
      '二、上年结转政府信息公开申请数量0000000',
      '（七）总计 10 1 0 0 0 0 11',
      '四、结转下年度继续办理0000000',
    ].join('');
    const { rows, warnings } = readTable('applications', '2021', text);
    expect(rows.received).toEqual([10, 1, 0, 0, 0, 0, 11]);
    expect(warnings).toEqual([]);
  });

  it('a unique split is taken, the spaces only as hints (160 02 0 018 is 16 0 0 2 0 0 18)', () => {
    const { rows, warnings } = readTable(
      'applications',
      '2021',
      '一、本年新收政府信息公开申请数量160 02 0 018二、上年结转政府信息公开申请数量 10 0 00 0 1',
    );
    expect(rows.received).toEqual([16, 0, 0, 2, 0, 0, 18]);
    expect(rows.carried_over).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(warnings).toEqual([]);
  });

  it('table 二 has no total: a glued row with several splits is left out', () => {
    const { rows, warnings } = readTable('proactive', '2021', '规章000行政规范性文件5416第二十条第（五）项行政许可221');
    expect(rows.rules).toEqual([0, 0, 0]);
    expect(rows.licensing).toEqual([221]);
    expect(rows).not.toHaveProperty('normative_documents');
    expect(warnings.map((warning) => warning.row)).toEqual(['normative_documents']);
    expect(warnings[0].message).toContain('5416');
  });

  it("a row the layout lacks, whose remark names another row (其他文件（除规范性文件以外…）), leaves that row's numbers alone", () => {
    const text = [
      '第二十条第（一）项 | |||',
      '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
      '规章（仅设区的市以上政府填报） | 0 | 0 | 0 |',
      '规范性文件（以“规定”“办法”等字样发布的公文，以下统称为规范性文件） | 4 | 3 | 9 |',
      '其他文件（本单位发出的、除规范性文件以外的主动公开文件） | 2 | 2 | 5 |',
      '第二十条第（五）项 | |||',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
      '行政许可 | 7 | 1 | 30 |',
    ].join('\n');
    const { rows } = readTable('proactive', '2019', text);
    expect(rows.rules_2019).toEqual([0, 0, 0]);
    expect(rows.normative_documents_2019).toEqual([4, 3, 9]);
    expect(rows.licensing_2019).toEqual([7, 1, 30]);
  });

  // (Until gaps77 six decimals were refused too; but 万元 to the 分 has six, and the fee row is one amount, no cell beside it.)
  it('an amount in 万元 to the 分 (six decimals) is one cell; more decimals are taken for glued cells, not stored', () => {
    const header = '行政强制42第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费';
    expect(readTable('proactive', '2021', `${header}24252.311082`).rows).toEqual({
      coercive_measures: [42],
      fees_wan_yuan: [24252.311082],
    });
    const { rows, warnings } = readTable('proactive', '2021', `${header}24252.3110821`);
    expect(rows).toEqual({ coercive_measures: [42] });
    expect(warnings.map((warning) => warning.row)).toEqual(['fees_wan_yuan']);
    expect(readTable('proactive', '2021', '行政事业性收费 1.5').rows).toEqual({ fees_wan_yuan: [1.5] });
  });

  it('a table 二 row printed without numbers does not take digits of the next row, which has no sum to check a cut', () => {
    // A cell a line: 规范性文件 printed with no numbers, then 行政许可 1894 (武进区卫生健康局 2024 read 1 8 9 | 4).
    const real = '规章\n0\n行政规范性文件\n第二十条第(五)项\n本年处理决定数量\n行政许可\n1894\n第二十条第(六)项\n行政处罚\n131\n';
    expect(readTable('proactive', '2021', real).rows).toMatchObject({ licensing: [1894], penalties: [131] });
    expect(readTable('proactive', '2021', real).rows.normative_documents).toBeUndefined();
    // Made up: the same shape with a three-digit 行政处罚 after an empty 行政许可.
    const madeUp = '行政许可\n第二十条第（六）项\n本年处理决定数量\n行政处罚\n275\n行政强制\n3\n';
    expect(readTable('proactive', '2021', madeUp).rows).toEqual({ penalties: [275], coercive_measures: [3] });
  });

  it('table 四 printed as one run of digits is shared out so each group adds up', () => {
    const text =
      '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计10203120001200000';
    expect(readTable('appeals', '2021', text).rows).toEqual({
      review: [1, 0, 2, 0, 3],
      litigation_direct: [12, 0, 0, 0, 12],
      litigation_after_review: [0, 0, 0, 0, 0],
    });
  });
});

describe('item numbers glued to the previous row’s digits', () => {
  it('the 2. of the next label is not a digit of the row before', () => {
    const text = '（三）不予公开1.属于国家秘密10000012.其他法律行政法规禁止公开00000003.危及“三安全一稳定”2000002';
    const { rows, warnings } = readTable('applications', '2021', text);
    expect(rows['withheld.state_secret']).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rows['withheld.prohibited_by_law']).toEqual(ZEROS);
    expect(rows['withheld.security_stability']).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(warnings).toEqual([]);
  });
});

describe('column layouts', () => {
  it('an extra 法人或其他组织 小计 column is checked and dropped', () => {
    const text = [
      '申请人情况\t自然人\t法人或其他组织\t总计',
      '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计',
      '一、本年新收政府信息公开申请数量\t7\t3\t1\t2\t1\t1\t8\t15',
      '二、上年结转政府信息公开申请数量1230000315',
    ].join('\n');
    const { rows, warnings } = readTable('applications', '2021', text);
    expect(rows.received).toEqual([7, 3, 1, 2, 1, 1, 15]);
    expect(rows.carried_over).toEqual([12, 3, 0, 0, 0, 0, 15]);
    expect(warnings).toEqual([]);
  });

  it('a 2021 table 三 with （六）其他处理 as one row stays 2021 and keeps it as 3.其他', () => {
    const figures = { ...FIGURES.applications, 'other_handling.other': [0, 1, 0, 0, 0, 0, 1] };
    const lines = table3(figures).filter((line) => !line.cells.some((cell) => /逾期|^3\.其他$/.test(cell)));
    const single = lines.map((line) => (line.cells.includes('（六）其他处理') ? line : line));
    single.splice(
      single.findIndex((line) => line.cells.includes('（七）总计')),
      0,
      { cells: ['（六）其他处理'], numbers: [0, 1, 0, 0, 0, 0, 1] },
    );
    const text = tabs(single.filter((line) => !(line.cells.length === 1 && line.cells[0] === '（六）其他处理' && !line.numbers)));
    expect(text).toContain('（六）其他处理\t0\t1\t0\t0\t0\t0\t1');
    expect(text).not.toContain('逾期');
    const { report, violations } = parseReport(buildReport({ tables: { applications: text } }));
    expect(report.format).toBe('2021');
    expect(report.proactive).toEqual(FIGURES.proactive);
    expect(report.applications['other_handling.other']).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(report.applications).not.toHaveProperty('other_handling.no_correction');
    expect(report.applications.handled_total).toEqual(FIGURES.applications.handled_total);
    expect(report.warnings.map((warning) => warning.row)).toContain('other_handling.other');
    expect(violations).toEqual([]);
  });
});

describe('labels as printed', () => {
  it('繁体 labels (a mirror site’s conversion, pinyin notes included)', () => {
    const text = [
      '一、本年新收政府信息公開申請數(shù)量 3 1 0 0 0 0 4',
      '二、上年結轉政府信息公開申請數(shù)量 0 0 0 0 0 0 0',
      '三、本年度辦理結果 （一）予以公開 2 1 0 0 0 0 3',
      '（二）部分公開（區(qū)分處理的，只計這一情形，不計其他情形） 1 0 0 0 0 0 1',
    ].join('\n');
    const { rows } = readTable('applications', '2021', text);
    expect(rows).toEqual({
      received: [3, 1, 0, 0, 0, 0, 4],
      carried_over: ZEROS,
      granted: [2, 1, 0, 0, 0, 0, 3],
      partly_granted: [1, 0, 0, 0, 0, 0, 1],
    });
  });

  it('a label with one character missing or wrong, broken over lines, spaced', () => {
    const text = [
      '（一）予已公开 3 0 0 0 0 0 3',
      '（二）部分公开 0 0 0 0 0 0 0',
      '（三）不予公开 1.属于国家秘蜜 1 0 0 0 0 0 1',
      '2.其他法律行政法\n禁止 公开 0 0 0 0 0 0 0',
      '3.危及“三安全一稳定” 0 1 0 0 0 0 1',
    ].join('\n');
    const { rows } = readTable('applications', '2021', text);
    expect(rows.granted).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(rows['withheld.state_secret']).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rows['withheld.prohibited_by_law']).toEqual(ZEROS);
    expect(rows['withheld.security_stability']).toEqual([0, 1, 0, 0, 0, 0, 1]);
  });

  it('a short label is not taken for another with a character missing (不予公开 is no 予以公开)', () => {
    const { rows } = readTable('applications', '2021', '（二）部分公开 1 0 0 0 0 0 1（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0');
    expect(rows).toEqual({ partly_granted: [1, 0, 0, 0, 0, 0, 1], 'withheld.state_secret': ZEROS });
  });
});

describe('the layout comes from table 二’s headers', () => {
  const headers2021 = '第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0';
  const headers2019 = '第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章 0 0 0';

  it.each([
    ['2021 headers', headers2021, '', '2021'],
    ['2019 headers', headers2019, '', '2019'],
    ['繁体 2019 headers', '信息內容 本年新製作數量 本年新公開數量 對外公開總數(shù)量', '', '2019'],
    ['2021 headers although the 2019 notice is cited', headers2021, '（国办公开办函〔2019〕60号）', '2021'],
    ['no headers: the 2019 notice cited', '规章 0 0 0', '根据国办公开办函〔2019〕60号的要求', '2019'],
    ['no headers: the 2021 notice cited', '', '根据国办公开办函〔2021〕30号的要求', '2021'],
  ])('%s', (_, proactive, whole, expected) => {
    expect(detectFormat(proactive, '', `${whole}\n${proactive}`)).toBe(expected);
  });

  it('a single 其他处理 row in table 三 does not make it 2019', () => {
    expect(detectFormat('', '（六）其他处理 0 0 0 0 0 0 0', '（六）其他处理 0 0 0 0 0 0 0')).toBe('2021');
  });
});

describe('blank cells (∅ from a table grid)', () => {
  it('read as 0 and listed by table, row and column; a blank 总计 is not computed', () => {
    const text = ['一、本年新收政府信息公开申请数量 ∅ 2 ∅ ∅ ∅ ∅ ∅', '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0'].join('\n');
    const { rows, blanks } = readTable('applications', '2021', text);
    expect(rows.received).toEqual([0, 2, 0, 0, 0, 0, 0]);
    expect(blanks).toEqual([
      'applications.received.natural_person',
      'applications.received.research',
      'applications.received.public_interest',
      'applications.received.legal_services',
      'applications.received.other_org',
      'applications.received.total',
    ]);
  });

  it('in table 二 and 四 too', () => {
    expect(readTable('proactive', '2021', '规章 ∅ ∅ ∅ 行政许可 ∅').blanks).toEqual([
      'proactive.rules.issued',
      'proactive.rules.repealed',
      'proactive.rules.in_force',
      'proactive.licensing.decisions',
    ]);
    const appeals = readTable('appeals', '2021', '行政复议 未经复议直接起诉 复议后起诉 1 ∅ ∅ ∅ 1 0 0 0 0 0 ∅ ∅ ∅ ∅ ∅');
    expect(appeals.rows.review).toEqual([1, 0, 0, 0, 1]);
    expect(appeals.blanks).toEqual([
      'appeals.review.corrected',
      'appeals.review.other',
      'appeals.review.pending',
      ...['upheld', 'corrected', 'other', 'pending', 'total'].map((column) => `appeals.litigation_after_review.${column}`),
    ]);
  });
});

describe('（六）其他处理 printed the other layout’s way', () => {
  it('a 2019 table 三 with the three 2021 rows: they are added up into its one row', () => {
    const text = [
      '（五）不予处理 5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0',
      '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0',
      '3.其他 0 2 0 0 0 0 2',
      '（七）总计 1 2 0 0 0 0 3',
    ].join('\n');
    const { rows, warnings } = readTable('applications', '2019', text);
    expect(rows.other_handling_2019).toEqual([1, 2, 0, 0, 0, 0, 3]);
    expect(rows.handled_total).toEqual([1, 2, 0, 0, 0, 0, 3]);
    expect(Object.keys(rows).filter((key) => key.startsWith('other_handling.'))).toEqual([]);
    expect(warnings.map((warning) => warning.row)).toEqual(['other_handling_2019']);
  });
});

describe('empty grid cells that are not figures', () => {
  it('a header’s filler cells and a trailing empty cell are not read as blanks', () => {
    const text = [
      '行政复议 ∅ ∅ ∅ ∅ 行政诉讼 ∅ ∅ ∅ ∅ ∅ ∅ ∅ ∅ ∅',
      '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 ∅ ∅ ∅ ∅ 复议后起诉 ∅ ∅ ∅ ∅',
      '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
      '1 0 0 0 1 0 0 0 0 0 0 0 1 0 1 ∅',
    ].join('\n');
    const { rows, blanks } = readTable('appeals', '2021', text);
    expect(rows).toEqual({ review: [1, 0, 0, 0, 1], litigation_direct: [0, 0, 0, 0, 0], litigation_after_review: [0, 0, 1, 0, 1] });
    expect(blanks).toEqual([]);
  });

  it('an empty cell beside a row’s label (a merged label column) is not a column', () => {
    const { rows, blanks } = readTable(
      'applications',
      '2021',
      '三、本年度办理结果 ∅ （一）予以公开 ∅ 3 0 0 0 0 0 3 ∅\n（二）部分公开 1 0 0 0 0 0 1',
    );
    expect(rows).toEqual({ granted: [3, 0, 0, 0, 0, 0, 3], partly_granted: [1, 0, 0, 0, 0, 0, 1] });
    expect(blanks).toEqual([]);
  });
});

describe('the column rules with a source’s own error', () => {
  it('an error in a column the candidates agree on does not veto the split', () => {
    // received 101000011 is 10 1 0 … 11 or 1 0 10 … 11; the 总计 column's handled total is misprinted (13, not 11), and both candidates agree on it.
    const text = [
      '一、本年新收政府信息公开申请数量101000011',
      '二、上年结转政府信息公开申请数量0000000',
      '（七）总计 10 1 0 0 0 0 13',
      '四、结转下年度继续办理0000000',
    ].join('');
    const { rows } = readTable('applications', '2021', text);
    expect(rows.received).toEqual([10, 1, 0, 0, 0, 0, 11]);
  });
});

describe('a row that lost one empty cell, and digits with one cut only', () => {
  const received = '一、本年新收政府信息公开申请数量';
  const carried = '二、上年结转政府信息公开申请数量0000000';

  it('six zeros for seven columns: every placement gives the same row, so it is read, with a warning', () => {
    const { rows, warnings } = readTable('applications', '2021', `${received} 0 0 0 0 0 0 ${carried}`);
    expect(rows.received).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(warnings.map((warning) => warning.message).join()).toContain('少印了一个单元格');
  });

  it('3 0 0 0 0 3 for seven columns: the lost cell could be 自然人 or a later column, so the row is left out', () => {
    const { rows, warnings } = readTable('applications', '2021', `${received} 3 0 0 0 0 3 ${carried}`);
    expect(rows.received).toBeUndefined();
    expect(warnings.map((warning) => warning.message).join()).toContain('无法读取');
  });

  it('seven digits for seven columns are the row as printed, even when its total is wrong', () => {
    const { rows } = readTable('applications', '2021', `${received}1000000${carried}`);
    expect(rows.received).toEqual([1, 0, 0, 0, 0, 0, 0]);
  });

  it('a longer run with no split that adds up is still left out', () => {
    const { rows } = readTable('applications', '2021', `${received}12000099${carried}`);
    expect(rows.received).toBeUndefined();
  });
});

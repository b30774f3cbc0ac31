/**
 * Web tables that leave cells blank, flattened to text (issue #11): a row of table 三 prints fewer numbers than cells
 * (`3 2 5` for seven cells) or nothing after its label, the blanks' places lost. Each short row's numbers are placed among
 * its cells (order kept, the rest 0) together with every other row's, and read only when exactly one combination makes
 * rules 1–2 hold (新收 + 上年结转 = 总计 + 结转下年度; the handling rows add up to （七）总计); a row printed with no number is
 * a row of blanks only when the page shows rows carrying their own numbers (or spaces where its cells stood) and the
 * rules hold with it. Also: digit runs of zeros only (00 0) are zeros wherever they stood; a sentence starting with a
 * year (2021年…) after a blank row ends the row; and 依申请公开N条 in a list of items by disclosure attribute counts no
 * application. Made-up tables; real pages with their zeros blanked: 1,329 of 2,723 hand-read cells → 1,749, none wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { readTable } from '../../../src/report/tables.js';

const LABELS: Record<string, string> = {
  received: '一、本年新收政府信息公开申请数量',
  carried_over: '二、上年结转政府信息公开申请数量',
  granted: '三、本年度办理结果 （一）予以公开',
  partly_granted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  'withheld.state_secret': '（三）不予公开 1.属于国家秘密',
  'withheld.prohibited_by_law': '2.其他法律行政法规禁止公开',
  'withheld.security_stability': '3.危及“三安全一稳定”',
  'withheld.third_party': '4.保护第三方合法权益',
  'withheld.internal_affairs': '5.属于三类内部事务信息',
  'withheld.process_information': '6.属于四类过程性信息',
  'withheld.enforcement_files': '7.属于行政执法案卷',
  'withheld.inquiry_matters': '8.属于行政查询事项',
  'unavailable.not_held': '（四）无法提供 1.本机关不掌握相关政府信息',
  'unavailable.needs_creation': '2.没有现成信息需要另行制作',
  'unavailable.still_unclear': '3.补正后申请内容仍不明确',
  'not_processed.petition': '（五）不予处理 1.信访举报投诉类申请',
  'not_processed.duplicate': '2.重复申请',
  'not_processed.publication': '3.要求提供公开出版物',
  'not_processed.excessive': '4.无正当理由大量反复申请',
  'not_processed.reconfirmation': '5.要求行政机关确认或重新出具已获取信息',
  'other_handling.no_correction': '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'other_handling.fee_unpaid': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'other_handling.other': '3.其他',
  handled_total: '（七）总计',
  carried_forward: '四、结转下年度继续办理',
};
const ZEROS = [0, 0, 0, 0, 0, 0, 0];

/** Table 三's text: each row's label then its printed numbers (nothing for a row left out), joined by `separator`. */
function table(cells: Record<string, string>, separator = '\n', numbersOnNextLine = false): string {
  return Object.entries(LABELS)
    .map(([key, label]) => (cells[key] ? `${label}${numbersOnNextLine ? '\n' : ' '}${cells[key]}` : label))
    .join(separator);
}

/** Three people and a charity asked, blank cells printed as nothing: only （七）总计 prints its zeros. */
const SHORT = { received: '3 2 5', granted: '3 3', partly_granted: '2 2', handled_total: '3 0 0 2 0 0 5' };

describe('short rows placed among blank cells by the table’s rules', () => {
  it('reads each short row where exactly one placement makes rules 1–2 hold, blank rows as zeros', () => {
    const { rows, blanks, warnings } = readTable('applications', '2021', table(SHORT));
    expect(rows.received).toEqual([3, 0, 0, 2, 0, 0, 5]);
    expect(rows.granted).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(rows.partly_granted).toEqual([0, 0, 0, 2, 0, 0, 2]);
    expect(rows.carried_over).toEqual(ZEROS);
    expect(rows['withheld.state_secret']).toEqual(ZEROS);
    expect(rows.carried_forward).toEqual(ZEROS);
    expect(blanks).toContain('applications.received.business');
    expect(blanks).not.toContain('applications.received.public_interest');
    expect(blanks).toContain('applications.carried_over.total');
    expect(warnings.map((warning) => warning.message).join('\n')).toContain('空白单元格的位置只有一种');
  });

  it('reads the same table flattened to one line', () => {
    const { rows } = readTable('applications', '2021', table(SHORT, ' '));
    expect(rows.received).toEqual([3, 0, 0, 2, 0, 0, 5]);
    expect(rows.partly_granted).toEqual([0, 0, 0, 2, 0, 0, 2]);
  });

  it('places digits glued and spaced (30 0 2 5 with blanks lost)', () => {
    const { rows } = readTable('applications', '2021', table({ ...SHORT, received: '30 0 2 5' }));
    expect(rows.received).toEqual([3, 0, 0, 2, 0, 0, 5]);
  });

  it('leaves the rows unread when several placements hold (no row says which columns)', () => {
    const { rows, warnings } = readTable('applications', '2021', table({ ...SHORT, handled_total: '3 2 5' }));
    expect(rows.received).toBeUndefined();
    expect(rows.granted).toBeUndefined();
    expect(rows.handled_total).toBeUndefined();
    expect(rows.carried_over).toBeUndefined();
    expect(warnings.map((warning) => warning.message).join('\n')).toContain('3 2 5');
  });

  it('leaves the rows unread when no placement holds (the page’s own sum broken)', () => {
    const { rows } = readTable('applications', '2021', table({ ...SHORT, received: '4 2 6' }));
    expect(rows.received).toBeUndefined();
    expect(rows.granted).toBeUndefined();
    expect(rows.carried_over).toBeUndefined();
    expect(rows.handled_total).toEqual([3, 0, 0, 2, 0, 0, 5]);
  });

  it('leaves rows unread when a row of the rule is not found (the page cut inside the table)', () => {
    const text = table(SHORT).split('\n').slice(0, 5).join('\n');
    const { rows } = readTable('applications', '2021', text, 1, true);
    expect(rows.received).toBeUndefined();
    expect(rows.carried_over).toBeUndefined();
  });

  it('does not read labels standing together with their numbers on later lines as rows of blanks', () => {
    const { rows } = readTable('applications', '2021', table(SHORT, '\n', true));
    expect(rows['withheld.state_secret']).toBeUndefined();
    expect(rows.granted).toBeUndefined();
  });
});

/** Every row printed whole (a clerk’s zeros), but one row printed with nothing after its label. */
const WHOLE: Record<string, string> = Object.fromEntries(Object.keys(LABELS).map((key) => [key, '0 0 0 0 0 0 0']));
Object.assign(WHOLE, {
  received: '5 1 0 0 0 0 6',
  granted: '4 1 0 0 0 0 5',
  'unavailable.not_held': '1 0 0 0 0 0 1',
  handled_total: '5 1 0 0 0 0 6',
  carried_over: '',
});

describe('a wholly blank row between rows printed whole', () => {
  it('is a row of blanks when the rules hold with it', () => {
    const { rows, blanks } = readTable('applications', '2021', table(WHOLE));
    expect(rows.carried_over).toEqual(ZEROS);
    expect(blanks).toContain('applications.carried_over.natural_person');
    expect(rows.received).toEqual([5, 1, 0, 0, 0, 0, 6]);
  });

  it('is not read when the rules do not hold with it (its numbers are somewhere else)', () => {
    const { rows } = readTable('applications', '2021', table({ ...WHOLE, carried_forward: '1 0 0 0 0 0 1' }));
    expect(rows.carried_over).toBeUndefined();
  });
});

describe('zeros only, some glued', () => {
  it('reads 00 0 (three zeros for seven cells) as a row of zeros', () => {
    const { rows } = readTable(
      'applications',
      '2021',
      '一、本年新收政府信息公开申请数量 00   0 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
    );
    expect(rows.received).toEqual(ZEROS);
  });

  it('does not read more zero digits than cells so', () => {
    const { rows } = readTable(
      'applications',
      '2021',
      '一、本年新收政府信息公开申请数量 00000 000 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
    );
    expect(rows.received).toBeUndefined();
  });
});

function page(opening: string, after: string): string {
  return [
    '青禾县柳溪镇人民政府2024年政府信息公开工作年度报告',
    '一、总体情况',
    opening,
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况',
    '自然人 法人或其他组织 总计',
    '商业企业 科研机构 社会公益组织 法律服务机构 其他',
    ...Object.values(LABELS).map((label) => `${label}               `),
    '四、政府信息公开行政复议、行政诉讼情况',
    after,
    '五、存在的主要问题及改进情况',
    '2025年将进一步加强培训。',
  ].join('\n');
}

describe('a table 三 printed wholly blank', () => {
  it('is read as blanks when a sentence starting with a year follows its last row (2024年本局未有…)', () => {
    const text = `${Object.values(LABELS).join('               \n')}\n2024年本局未有政府信息公开行政复议、行政诉讼情况。`;
    const { rows } = readTable('applications', '2021', text, 1, false, { blankTableAllowed: true });
    expect(rows.received).toEqual(ZEROS);
    expect(rows.carried_forward).toEqual(ZEROS);
  });

  it('is read as blanks when the page lists items by disclosure attribute (依申请公开12条)', () => {
    const opening = '全年共制作政府信息80条，其中主动公开政府信息60条（含规范性文件3条）、依申请公开12条、不予公开8条。';
    const report = parseReport(page(opening, '')).report;
    expect(report.applications.received).toEqual(ZEROS);
  });

  it('is still not read when a sentence counts applications (受理依申请公开12件)', () => {
    const report = parseReport(page('全年受理依申请公开12件。', '')).report;
    expect(report.applications.received).toBeUndefined();
  });
});

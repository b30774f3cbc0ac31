/**
 * The field catalogue: every figure of the annual report layout, declared once as data.
 * The parser finds rows by these labels, the store keys cells by these keys, question
 * answering resolves words to figures through the synonyms, data entry asks for them in
 * this order and the renderer prints the standard layout from them.
 */

import type { ProseFigureKey } from './prose-figures.js';

/** The ids of the layouts (as stored in reports.format): 国办公开办函〔2021〕30号, or the 2019 trial (〔2019〕60号). */
export const REPORT_FORMATS = ['2021', '2019'] as const;

/** Which layout a report follows. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The three tables of a report. */
export type TableKey = 'proactive' | 'applications' | 'appeals';

/** A column of a table row. */
export interface ColumnDef {
  key: string;
  label: string;
  /** Words a citizen or clerk may use for this column. */
  synonyms: string[];
}

/** One row of a table, with the columns it carries. */
export interface RowDef {
  /** Canonical key from docs/FORMAT.md, e.g. `licensing`, `withheld.state_secret`, `review`. */
  key: string;
  table: TableKey;
  /** The label as printed in the standard layout. */
  label: string;
  /** Group heading the row sits under, as printed (e.g. 第二十条第（五）项, （三）不予公开). */
  group?: string;
  /**
   * Distinctive fragments that identify the row in a printed table, most specific first.
   * Matched against the row text with spaces and punctuation removed.
   */
  match: string[];
  /** Words people use for the row in questions and data entry. */
  synonyms: string[];
  columns: readonly ColumnDef[];
  unit: string;
  /** Rows whose value is a sum the clerk may leave out (computed from the others). */
  computed?: boolean;
  /** The row's name in replies when its label is too long for one (see report/labels.ts). */
  shortName?: string;
}

/**
 * A figure the layout has a report state in its text rather than print in a table (主动公开 67 条 in
 * 一、总体情况): entered like a table row, published as the prose figure `proseFigure` with the
 * sentence `statement` gives it in `section` when the clerk's text does not state it already.
 */
export interface StatedRowDef extends RowDef {
  proseFigure: ProseFigureKey;
  section: string;
  statement: (value: number, year: number) => string;
}

/** One figure: a row and one of its columns. */
export interface FieldDef {
  /** `row` for single-column rows, `row.column` otherwise (e.g. `received.total`). */
  key: string;
  row: RowDef;
  column: ColumnDef;
  label: string;
}

const single = (key: string, label: string, synonyms: string[] = []): ColumnDef[] => [{ key, label, synonyms }];

/** Table 二 (2021): 本年制发件数 / 本年废止件数 / 现行有效件数. */
export const DOCUMENT_COLUMNS: readonly ColumnDef[] = [
  { key: 'issued', label: '本年制发件数', synonyms: ['制发', '新制发', '发布', '出台', '印发', '制定', '新增'] },
  { key: 'repealed', label: '本年废止件数', synonyms: ['废止', '废除', '取消', '废掉', '作废'] },
  { key: 'in_force', label: '现行有效件数', synonyms: ['现行有效', '有效', '现行'] },
];

/** Table 三: applicant columns, in printed order. */
export const APPLICANT_COLUMNS: readonly ColumnDef[] = [
  { key: 'natural_person', label: '自然人', synonyms: ['自然人', '个人', '公民', '群众', '老百姓'] },
  { key: 'business', label: '商业企业', synonyms: ['商业企业', '企业', '公司'] },
  { key: 'research', label: '科研机构', synonyms: ['科研机构', '科研单位', '研究机构'] },
  { key: 'public_interest', label: '社会公益组织', synonyms: ['社会公益组织', '公益组织', '公益'] },
  { key: 'legal_services', label: '法律服务机构', synonyms: ['法律服务机构', '律师事务所', '律所', '律师'] },
  { key: 'other_org', label: '其他', synonyms: ['其他组织', '其他法人'] },
  { key: 'total', label: '总计', synonyms: ['总计', '合计', '一共', '总共', '总数', '共'] },
];

/** Table 四: each group's five numbers. */
export const APPEAL_COLUMNS: readonly ColumnDef[] = [
  { key: 'upheld', label: '结果维持', synonyms: ['维持'] },
  { key: 'corrected', label: '结果纠正', synonyms: ['纠正', '撤销', '变更', '纠错'] },
  { key: 'other', label: '其他结果', synonyms: ['其他结果'] },
  {
    key: 'pending',
    label: '尚未审结',
    synonyms: [
      '尚未审结',
      '未审结',
      '没审结',
      '没有审结',
      '审理中',
      '还在审',
      '在审',
      '未结',
      '没判完',
      '没有判',
      '没判',
      '未判决',
      '没结案',
    ],
  },
  { key: 'total', label: '总计', synonyms: ['总计', '合计', '一共', '总共', '总数', '共'] },
];

const appl = (key: string, label: string, match: string[], synonyms: string[], group?: string, computed?: boolean): RowDef => ({
  key,
  table: 'applications',
  label,
  group,
  match,
  synonyms,
  columns: APPLICANT_COLUMNS,
  unit: '件',
  computed,
});

const WITHHELD = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
const OTHER_HANDLING = '（六）其他处理';

/** Table 三 rows shared by both layouts up to （五）. */
const APPLICATION_ROWS_HEAD: RowDef[] = [
  appl(
    'received',
    '一、本年新收政府信息公开申请数量',
    ['本年新收', '新收政府信息公开申请', '新收'],
    ['新收', '收到', '收到申请', '新收申请', '申请数量', '申请了', '提出申请', '接到申请', '受理', '依申请'],
  ),
  // (上年转结: the two characters swapped, as some pages print it.)
  appl('carried_over', '二、上年结转政府信息公开申请数量', ['上年结转', '上年转结'], ['上年结转', '上一年结转', '结转过来', '去年结转']),
  appl('granted', '（一）予以公开', ['予以公开'], ['予以公开', '同意公开', '全部公开', '给予公开'], '三、本年度办理结果'),
  appl(
    'partly_granted',
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    ['部分公开'],
    ['部分公开', '区分处理'],
    '三、本年度办理结果',
  ),
  appl('withheld.state_secret', '1.属于国家秘密', ['国家秘密'], ['国家秘密', '涉密'], WITHHELD),
  appl(
    'withheld.prohibited_by_law',
    '2.其他法律行政法规禁止公开',
    ['法律行政法规禁止', '禁止公开'],
    ['法律行政法规禁止公开', '法规禁止'],
    WITHHELD,
  ),
  appl('withheld.security_stability', '3.危及“三安全一稳定”', ['三安全一稳定', '危及'], ['三安全一稳定', '危及安全'], WITHHELD),
  appl('withheld.third_party', '4.保护第三方合法权益', ['第三方合法权益', '第三方'], ['第三方', '第三方合法权益'], WITHHELD),
  appl('withheld.internal_affairs', '5.属于三类内部事务信息', ['内部事务'], ['内部事务'], WITHHELD),
  appl('withheld.process_information', '6.属于四类过程性信息', ['过程性信息', '过程性'], ['过程性信息'], WITHHELD),
  appl('withheld.enforcement_files', '7.属于行政执法案卷', ['执法案卷'], ['执法案卷'], WITHHELD),
  appl('withheld.inquiry_matters', '8.属于行政查询事项', ['行政查询事项', '查询事项'], ['行政查询事项', '查询事项'], WITHHELD),
  appl(
    'unavailable.not_held',
    '1.本机关不掌握相关政府信息',
    ['不掌握'],
    // 不存在9起: a report's (and a citizen's) short word for information the agency does not hold.
    ['不掌握', '信息不存在', '不存在', '没有掌握', '没有这个信息', '没这个信息', '没有该信息', '没有这项信息', '手里没有'],
    UNAVAILABLE,
  ),
  appl(
    'unavailable.needs_creation',
    '2.没有现成信息需要另行制作',
    ['另行制作', '没有现成'],
    ['另行制作', '没有现成信息', '另外制作', '重新制作', '需要制作', '另行加工', '需要加工'],
    UNAVAILABLE,
  ),
  appl('unavailable.still_unclear', '3.补正后申请内容仍不明确', ['仍不明确', '补正后'], ['仍不明确', '补正后不明确'], UNAVAILABLE),
  appl('not_processed.petition', '1.信访举报投诉类申请', ['信访举报投诉', '信访'], ['信访', '举报投诉', '信访举报投诉'], NOT_PROCESSED),
  appl('not_processed.duplicate', '2.重复申请', ['重复申请'], ['重复申请'], NOT_PROCESSED),
  appl('not_processed.publication', '3.要求提供公开出版物', ['公开出版物', '出版物'], ['公开出版物', '出版物'], NOT_PROCESSED),
  appl('not_processed.excessive', '4.无正当理由大量反复申请', ['大量反复', '反复申请'], ['大量反复申请', '反复申请'], NOT_PROCESSED),
  appl(
    'not_processed.reconfirmation',
    '5.要求行政机关确认或重新出具已获取信息',
    ['重新出具', '确认或重新'],
    ['重新出具', '确认已获取信息'],
    NOT_PROCESSED,
  ),
];

const APPLICATION_ROWS_TAIL: RowDef[] = [
  appl(
    'handled_total',
    '（七）总计',
    ['总计', '合计'],
    ['办结', '办理总数', '处理总数', '办理结果总计', '办理了', '答复了', '处理了'],
    undefined,
    true,
  ),
  appl(
    'carried_forward',
    '四、结转下年度继续办理',
    ['结转下年度', '结转下年', '继续办理'],
    ['结转下年度', '结转到下一年', '结转下一年', '转到下一年', '下一年', '明年继续', '继续办理'],
  ),
];

const appealRow = (key: string, label: string, match: string[], synonyms: string[], group?: string): RowDef => ({
  key,
  table: 'appeals',
  label,
  group,
  match,
  synonyms,
  columns: APPEAL_COLUMNS,
  unit: '件',
});

const APPEAL_ROWS: RowDef[] = [
  appealRow('review', '行政复议', ['行政复议'], ['行政复议', '复议']),
  appealRow('litigation_direct', '未经复议直接起诉', ['未经复议直接起诉', '直接起诉'], ['直接起诉', '未经复议'], '行政诉讼'),
  appealRow('litigation_after_review', '复议后起诉', ['复议后起诉'], ['复议后起诉'], '行政诉讼'),
];

const proactive = (
  key: string,
  label: string,
  group: string,
  match: string[],
  synonyms: string[],
  columns: readonly ColumnDef[],
  unit = '件',
): RowDef => ({ key, table: 'proactive', label, group, match, synonyms, columns, unit });

/** The 2021 standard layout (国办公开办函〔2021〕30号). */
const ROWS_2021: RowDef[] = [
  proactive('rules', '规章', '第二十条第（一）项', ['规章'], ['规章'], DOCUMENT_COLUMNS),
  proactive(
    'normative_documents',
    '行政规范性文件',
    '第二十条第（一）项',
    // (规范性档案: a mirror that turned 文件 into Taiwan's word 檔案 with the script.)
    ['行政规范性文件', '规范性文件', '规范性档案'],
    ['行政规范性文件', '规范性文件', '规范文件'],
    DOCUMENT_COLUMNS,
  ),
  proactive(
    'licensing',
    '行政许可',
    '第二十条第（五）项',
    ['行政许可'],
    ['行政许可', '许可', '审批', '许可证'],
    single('decisions', '本年处理决定数量', ['处理决定', '决定', '办理']),
  ),
  proactive(
    'penalties',
    '行政处罚',
    '第二十条第（六）项',
    ['行政处罚'],
    ['行政处罚', '处罚', '罚款', '罚了', '罚过'],
    single('decisions', '本年处理决定数量', ['处理决定', '决定']),
  ),
  proactive(
    'coercive_measures',
    '行政强制',
    '第二十条第（六）项',
    ['行政强制'],
    ['行政强制', '强制措施', '强制'],
    single('decisions', '本年处理决定数量', ['处理决定', '决定']),
  ),
  proactive(
    'fees_wan_yuan',
    '行政事业性收费',
    '第二十条第（八）项',
    ['行政事业性收费', '事业性收费'],
    ['行政事业性收费', '事业性收费', '收费金额'],
    single('amount', '本年收费金额（单位：万元）', ['金额', '收费金额']),
    '万元',
  ),
  ...APPLICATION_ROWS_HEAD,
  appl(
    'other_handling.no_correction',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    ['逾期不补正', '不补正'],
    ['逾期不补正', '不补正'],
    OTHER_HANDLING,
  ),
  appl(
    'other_handling.fee_unpaid',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    ['缴纳费用', '收费通知'],
    [
      '未缴费',
      '未缴纳',
      '没缴纳',
      '未按收费通知缴费',
      '逾期未缴纳费用',
      '没交费',
      '没缴费',
      '未交费',
      '不交费',
      '没有交费',
      '没有缴费',
      '没交钱',
    ],
    OTHER_HANDLING,
  ),
  appl('other_handling.other', '3.其他', ['其他'], ['其他处理'], OTHER_HANDLING),
  ...APPLICATION_ROWS_TAIL,
  ...APPEAL_ROWS,
];

/** The 2019 trial layout (国办公开办函〔2019〕60号): different table 二, a single 其他处理 row. */
const PRIOR_COLUMNS_2019: readonly ColumnDef[] = [
  { key: 'previous_items', label: '上一年项目数量', synonyms: ['上一年项目', '上年项目'] },
  // 增加了几项 asks the column in a citizen's words: 项 counts the list's items, as the column does (a comparison of two years
  // asks in 件 or 多少, and stays one).
  {
    key: 'change',
    label: '本年增/减',
    synonyms: ['增减', '本年增减', '增加了几项', '增加几项', '减少了几项', '减少几项', '新增了几项', '新增几项'],
  },
  { key: 'decisions', label: '处理决定数量', synonyms: ['处理决定', '决定'] },
];
const DOCUMENT_COLUMNS_2019: readonly ColumnDef[] = [
  { key: 'new_made', label: '本年新制作数量', synonyms: ['新制作', '制作'] },
  { key: 'new_published', label: '本年新公开数量', synonyms: ['新公开'] },
  { key: 'total_published', label: '对外公开总数量', synonyms: ['对外公开总数', '公开总数'] },
];
const ROWS_2019: RowDef[] = [
  proactive('rules_2019', '规章', '第二十条第（一）项', ['规章'], ['规章'], DOCUMENT_COLUMNS_2019),
  proactive(
    'normative_documents_2019',
    '规范性文件',
    '第二十条第（一）项',
    ['规范性文件', '规范性档案'],
    ['规范性文件', '行政规范性文件'],
    DOCUMENT_COLUMNS_2019,
  ),
  proactive('licensing_2019', '行政许可', '第二十条第（五）项', ['行政许可'], ['行政许可', '许可'], PRIOR_COLUMNS_2019),
  proactive(
    'other_services_2019',
    '其他对外管理服务事项',
    '第二十条第（五）项',
    ['其他对外管理服务', '对外管理服务'],
    ['对外管理服务'],
    PRIOR_COLUMNS_2019,
  ),
  proactive('penalties_2019', '行政处罚', '第二十条第（六）项', ['行政处罚'], ['行政处罚', '处罚'], PRIOR_COLUMNS_2019),
  proactive('coercive_measures_2019', '行政强制', '第二十条第（六）项', ['行政强制'], ['行政强制', '强制'], PRIOR_COLUMNS_2019),
  proactive(
    'fees_2019',
    '行政事业性收费',
    '第二十条第（八）项',
    ['行政事业性收费', '事业性收费'],
    ['行政事业性收费', '事业性收费'],
    PRIOR_COLUMNS_2019.slice(0, 2),
  ),
  proactive(
    'procurement_2019',
    '政府集中采购',
    '第二十条第（九）项',
    ['政府集中采购', '集中采购'],
    ['政府集中采购', '集中采购', '采购'],
    [
      { key: 'items', label: '采购项目数量', synonyms: ['采购项目', '项目数量'] },
      { key: 'amount', label: '采购总金额', synonyms: ['采购金额', '总金额'] },
    ],
  ),
  ...APPLICATION_ROWS_HEAD,
  appl('other_handling_2019', '（六）其他处理', ['其他处理'], ['其他处理'], '三、本年度办理结果'),
  ...APPLICATION_ROWS_TAIL,
  ...APPEAL_ROWS,
];

function fieldsOf(rows: readonly RowDef[]): FieldDef[] {
  return rows.flatMap((row) =>
    row.columns.map((column) => ({
      key: row.columns.length === 1 ? row.key : `${row.key}.${column.key}`,
      row,
      column,
      label: row.columns.length === 1 ? row.label : `${row.label}·${column.label}`,
    })),
  );
}

/**
 * A consistency rule of docs/FORMAT.md as data, interpreted by the rule engine (report/rules.ts),
 * the table reader (which settles ambiguous rows with it), data entry's computed totals and its
 * replies about breaks.
 * - `column-balance`: in every column of `table`, the rows of `left` add up to the rows of `right`
 *   (rule 1: 新收 + 上年结转 = 总计 + 结转; rule 2: the handling rows = （七）总计). A break is
 *   reported on row `reportOn`.
 * - `row-total`: in every row of `table`, the last column is the sum of the others (rules 3–4).
 */
export type LayoutRule =
  | {
      rule: number;
      kind: 'column-balance';
      table: TableKey;
      left: readonly string[];
      right: readonly string[];
      reportOn: string;
      message: (left: number, right: number, column: ColumnDef) => string;
    }
  | { rule: number; kind: 'row-total'; table: TableKey; message: (parts: number, total: number, row: RowDef) => string };

/** A cell the layout defines as a sum of other cells (a clerk may leave it out). */
export interface ComputedCell {
  target: { row: string; column: string };
  parts: ReadonlyArray<{ row: string; column: string }>;
  /** The rule that makes it a sum. */
  rule: number;
}

/** Rows of one layout that mean the same as rows of another (one row for one, or one for the sum of several). */
export interface LayoutLink {
  rows: readonly string[];
  layout: ReportFormat;
  otherRows: readonly string[];
}

/** One report layout: its rows, its figures, its rules as data, the cells it computes and its links to the other layout. */
export interface Layout {
  /** The layout's id as stored (reports.format, report JSON). */
  id: ReportFormat;
  /** The layout's name for staff. */
  name: string;
  /** The notice that set it. */
  notice: string;
  /** How a report shows it follows this layout: table 二's column headers, or the notice it cites. */
  /**
   * How a report shows it follows this layout: table 二's column headers, or the notice it cites;
   * `onlyFor`: the report years for which it was the only layout in use (the year decides when a
   * page prints neither headers nor notice).
   */
  detect: { headers: RegExp; notice: RegExp; onlyFor: { from?: number; to?: number } };
  rows: readonly RowDef[];
  fields: readonly FieldDef[];
  rules: readonly LayoutRule[];
  computed: readonly ComputedCell[];
  links: readonly LayoutLink[];
  /** Figures the report states in its text, entered like rows (not among `rows`, which are the printed tables). */
  statedRows: readonly StatedRowDef[];
  /** What data entry asks for: the table rows, then the stated figures. */
  entryRows: readonly RowDef[];
  /** Rule 5, where the layout has it: rows of table 二 whose 现行有效件数 follows from last year's report (columns 制发, 废止, 现行有效). */
  inForce?: { rule: number; rows: readonly string[] };
  row(key: string): RowDef | undefined;
  /** A table row or a stated figure, by key. */
  entryRow(key: string): RowDef | undefined;
  field(key: string): FieldDef | undefined;
  rowsOf(table: TableKey): RowDef[];
  /** Rows of table 三 that are the handling outcomes (rule 2 sums them). */
  handlingRows(): RowDef[];
  /** Every row a rule involves (for telling whether a change touches a break). */
  rowsOfRule(rule: number): ReadonlySet<string>;
}

/** Rules 1–4, the same in both layouts; `handling` are the layout's rows between 予以公开 and （七）总计. */
function tableRules(handling: readonly string[]): LayoutRule[] {
  return [
    {
      rule: 1,
      kind: 'column-balance',
      table: 'applications',
      left: ['received', 'carried_over'],
      right: ['handled_total', 'carried_forward'],
      reportOn: 'handled_total',
      message: (left, right, column) => `第一项加第二项（${left}）不等于第三项加第四项（${right}）：${column.label}一列`,
    },
    {
      rule: 2,
      kind: 'column-balance',
      table: 'applications',
      left: handling,
      right: ['handled_total'],
      reportOn: 'handled_total',
      message: (left, right, column) => `办理结果各项之和（${left}）不等于（七）总计（${right}）：${column.label}一列`,
    },
    {
      rule: 3,
      kind: 'row-total',
      table: 'applications',
      message: (parts, total, row) => `“${row.label}”一行：六类申请人之和（${parts}）不等于总计（${total}）`,
    },
    {
      rule: 4,
      kind: 'row-total',
      table: 'appeals',
      message: (parts, total, row) =>
        `${row.group ? `${row.group}·` : ''}${row.label}：维持、纠正、其他、尚未审结之和（${parts}）不等于总计（${total}）`,
    },
  ];
}

/**
 * The cells the rules make sums, in the order they must be computed: row totals first, then the
 * column sums of a computed row (they read the row totals of its parts), then that row's own total.
 */
function computedCells(rows: readonly RowDef[], rules: readonly LayoutRule[]): ComputedCell[] {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const columnSums = rules.filter(
    (rule): rule is Extract<LayoutRule, { kind: 'column-balance' }> =>
      rule.kind === 'column-balance' && rule.right.length === 1 && byKey.get(rule.right[0])?.computed === true,
  );
  const sumRows = new Set(columnSums.map((rule) => rule.right[0]));
  const rowTotal = (row: RowDef, rule: number): ComputedCell => ({
    target: { row: row.key, column: row.columns[row.columns.length - 1].key },
    parts: row.columns.slice(0, -1).map((column) => ({ row: row.key, column: column.key })),
    rule,
  });
  const totalled = rules.flatMap((rule) =>
    rule.kind === 'row-total'
      ? rows.filter((row) => row.table === rule.table && row.columns[row.columns.length - 1]?.key === 'total').map((row) => ({ row, rule }))
      : [],
  );
  return [
    ...totalled.filter(({ row }) => !sumRows.has(row.key)).map(({ row, rule }) => rowTotal(row, rule.rule)),
    ...columnSums.flatMap((rule) =>
      byKey.get(rule.right[0])!.columns.map(
        (column): ComputedCell => ({
          target: { row: rule.right[0], column: column.key },
          parts: rule.left.map((row) => ({ row, column: column.key })),
          rule: rule.rule,
        }),
      ),
    ),
    ...totalled.filter(({ row }) => sumRows.has(row.key)).map(({ row, rule }) => rowTotal(row, rule.rule)),
  ];
}

function makeLayout(spec: Pick<Layout, 'id' | 'name' | 'notice' | 'detect' | 'rows' | 'links' | 'inForce' | 'statedRows'>): Layout {
  const applications = spec.rows.filter((row) => row.table === 'applications');
  const handling = applications.slice(
    applications.findIndex((row) => row.key === 'granted'),
    applications.findIndex((row) => row.key === 'handled_total'),
  );
  const rules = tableRules(handling.map((row) => row.key));
  const fields = fieldsOf(spec.rows);
  const rowIndex = new Map(spec.rows.map((row) => [row.key, row]));
  const fieldIndex = new Map(fields.map((field) => [field.key, field]));
  const byTable = new Map<TableKey, RowDef[]>();
  for (const row of spec.rows) byTable.set(row.table, [...(byTable.get(row.table) ?? []), row]);
  const ruleRows = new Map(
    rules.map((rule) => [
      rule.rule,
      new Set(
        rule.kind === 'column-balance'
          ? [...rule.left, ...rule.right]
          : spec.rows.filter((row) => row.table === rule.table).map((row) => row.key),
      ),
    ]),
  );
  const entryRows = [...spec.rows, ...spec.statedRows];
  return {
    ...spec,
    entryRows,
    entryRow: (key) => entryRows.find((row) => row.key === key),
    fields,
    rules,
    computed: computedCells(spec.rows, rules),
    row: (key) => rowIndex.get(key),
    field: (key) => fieldIndex.get(key),
    rowsOf: (table) => [...(byTable.get(table) ?? [])],
    handlingRows: () => [...handling],
    rowsOfRule: (rule) => ruleRows.get(rule) ?? new Set(),
  };
}

/** The 2021 standard layout: the one reports are entered in and questions are understood against. */
export const CURRENT_LAYOUT: Layout = makeLayout({
  id: '2021',
  name: '2021年新模板',
  notice: '国办公开办函〔2021〕30号',
  detect: {
    headers: /本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额/,
    notice: /2021\D{0,3}30号/,
    // The 2021 notice replaced the trial layout from the 2022 reports on (2021 reports used either).
    onlyFor: { from: 2022 },
  },
  rows: ROWS_2021,
  statedRows: [
    {
      key: 'proactive_items',
      table: 'proactive',
      label: '主动公开政府信息条数',
      match: ['主动公开政府信息', '主动公开'],
      synonyms: ['主动公开信息', '主动公开条数', '主动公开政务信息'],
      columns: [{ key: 'count', label: '条数', synonyms: ['条数'] }],
      unit: '条',
      shortName: '主动公开信息',
      proseFigure: 'proactive_items',
      section: 'overview',
      statement: (value, year) => `${year}年，本机关共主动公开政府信息${value}条。`,
    },
  ],
  links: [],
  inForce: { rule: 5, rows: ['rules', 'normative_documents'] },
});

/** The 2019 trial layout, which older reports follow. */
export const TRIAL_LAYOUT: Layout = makeLayout({
  id: '2019',
  name: '2019年试行模板',
  notice: '国办公开办函〔2019〕60号',
  detect: {
    headers: /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增减|采购项目数量|采购总金额|政府集中采购/,
    notice: /2019\D{0,3}60号/,
    // The 2021 layout did not exist for the 2019–2020 reports.
    onlyFor: { to: 2020 },
  },
  rows: ROWS_2019,
  statedRows: [],
  links: [
    ...(
      [
        ['rules_2019', 'rules'],
        ['normative_documents_2019', 'normative_documents'],
        ['licensing_2019', 'licensing'],
        ['penalties_2019', 'penalties'],
        ['coercive_measures_2019', 'coercive_measures'],
        ['fees_2019', 'fees_wan_yuan'],
      ] as const
    ).map(([row, other]): LayoutLink => ({ rows: [row], layout: '2021', otherRows: [other] })),
    // One （六）其他处理 row in 2019, three in 2021 that add up to it.
    {
      rows: ['other_handling_2019'],
      layout: '2021',
      otherRows: ['other_handling.no_correction', 'other_handling.fee_unpaid', 'other_handling.other'],
    },
  ],
});

/** Every layout, the current one first (the default when a report shows neither). */
export const LAYOUTS: readonly Layout[] = [CURRENT_LAYOUT, TRIAL_LAYOUT];

/** The layout with this id. */
export function layoutOf(id: ReportFormat): Layout {
  return LAYOUTS.find((layout) => layout.id === id) ?? CURRENT_LAYOUT;
}

/** The row of `layout` that means the same as `row` of another layout (same key, or a one-to-one link either way). */
export function sameRowIn(layout: Layout, row: RowDef): RowDef | undefined {
  const own = layout.row(row.key);
  if (own) return own;
  for (const candidate of LAYOUTS) {
    for (const link of candidate.links) {
      if (link.rows.length !== 1 || link.otherRows.length !== 1) continue;
      if (candidate === layout && link.otherRows[0] === row.key) return layout.row(link.rows[0]);
      if (link.layout === layout.id && link.rows[0] === row.key) return layout.row(link.otherRows[0]);
    }
  }
  return undefined;
}

/** Rows of each layout, in printed order. */
export const ROWS: Record<ReportFormat, readonly RowDef[]> = { '2021': CURRENT_LAYOUT.rows, '2019': TRIAL_LAYOUT.rows };

/** Every figure of each layout, in printed order. */
export const FIELDS: Record<ReportFormat, readonly FieldDef[]> = { '2021': CURRENT_LAYOUT.fields, '2019': TRIAL_LAYOUT.fields };

/** Look a figure up by its key. */
export function fieldByKey(key: string, format: ReportFormat = CURRENT_LAYOUT.id): FieldDef | undefined {
  return layoutOf(format).field(key);
}

/** Look a row up by its key. */
export function rowByKey(key: string, format: ReportFormat = CURRENT_LAYOUT.id): RowDef | undefined {
  return layoutOf(format).row(key);
}

/** Rows of one table in one layout. */
export function rowsOf(table: TableKey, format: ReportFormat = CURRENT_LAYOUT.id): RowDef[] {
  return layoutOf(format).rowsOf(table);
}

/** The six sections of a report, with the headings agencies use. */
export const SECTIONS = [
  {
    key: 'overview',
    number: '一',
    title: '总体情况',
    match: ['总体情况', '整体情况', '基本情况', '概述', '工作概况', '总体概况', '总体公开情况', '成效', '工作开展情况'],
  },
  { key: 'proactive', number: '二', title: '主动公开政府信息情况', match: ['主动公开政府信息', '主动公开情况', '主动公开'] },
  {
    key: 'applications',
    number: '三',
    title: '收到和处理政府信息公开申请情况',
    match: ['收到和处理政府信息公开申请', '收到和处理', '处理政府信息公开申请', '依申请公开'],
  },
  {
    key: 'appeals',
    number: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    match: ['行政复议、行政诉讼', '行政复议行政诉讼', '行政复议', '行政诉讼'],
  },
  {
    key: 'problems',
    number: '五',
    title: '存在的主要问题及改进情况',
    match: [
      '存在的主要问题',
      '存在主要问题',
      '主要问题',
      '存在的问题',
      '问题及改进',
      '问题和改进',
      '存在问题',
      '存在的不足',
      '突出问题',
      '不足及改进',
      '改进情况',
      '改进措施',
    ],
  },
  {
    key: 'other',
    number: '六',
    title: '其他需要报告的事项',
    // 其他需 first: a misnumbered heading (七、其他需说明事项) is matched by the first two words only.
    match: ['其他需', '其他事项', '其他需要报告', '需要报告的事项', '其他需报告', '其他需要说明', '需要说明的事项'],
  },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];
export const SECTION_KEYS = SECTIONS.map((section) => section.key) as SectionKey[];

/** Rows of table 三 that are the 21 handling outcomes (rule 2 sums them). */
export function handlingRows(format: ReportFormat): RowDef[] {
  return layoutOf(format).handlingRows();
}

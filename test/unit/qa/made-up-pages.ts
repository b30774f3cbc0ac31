/**
 * Made-up annual reports in the 2021 layout, for the wrongfig tests: a title, the overview's sentences, table 二 (规章 and
 * 行政规范性文件 made / repealed / in force, 行政许可, 行政处罚, 行政强制, 行政事业性收费), table 三 (received, carried over, the
 * outcome rows and the carried-forward row, one column of seven each) and table 四 (复议 and the two kinds of 诉讼, five outcome
 * cells each). Every figure not given is 0; the page text is what the importer reads from a crawled page (tab-separated cells).
 */

export interface MadeUpReport {
  agency: string;
  year: number;
  /** The sentences of 一、总体情况, as printed. */
  overview: readonly string[];
  /** Table 二: [made, repealed, in force] of 规章 and of 行政规范性文件. */
  rules?: readonly [number, number, number];
  normativeDocuments?: readonly [number, number, number];
  licensing?: number;
  penalties?: number;
  coercive?: number;
  feesWanYuan?: number;
  /** Table 三's rows, each seven cells (自然人 … 其他, 总计). */
  received?: readonly number[];
  carriedOver?: readonly number[];
  granted?: readonly number[];
  handledTotal?: readonly number[];
  carriedForward?: readonly number[];
  /** Table 四: [维持, 纠正, 其他, 尚未审结, 总计] of 复议, 未经复议直接起诉, 复议后起诉. */
  review?: readonly number[];
  litigationDirect?: readonly number[];
  litigationAfterReview?: readonly number[];
}

const ZERO7 = [0, 0, 0, 0, 0, 0, 0] as const;
const ZERO5 = [0, 0, 0, 0, 0] as const;
const row = (label: string, cells: readonly number[]) => `${label}\t${cells.join('\t')}`;

/** The page text of a made-up report. */
export function madeUpReport(report: MadeUpReport): string {
  const [rulesMade, rulesRepealed, rulesInForce] = report.rules ?? [0, 0, 0];
  const [docsMade, docsRepealed, docsInForce] = report.normativeDocuments ?? [0, 0, 0];
  const granted = report.granted ?? ZERO7;
  return [
    `${report.agency}${report.year}年政府信息公开工作年度报告`,
    `本报告统计数据从${report.year}年1月1日至${report.year}年12月31日。`,
    '一、总体情况',
    ...report.overview,
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    `规章\t${rulesMade}\t${rulesRepealed}\t${rulesInForce}`,
    `行政规范性文件\t${docsMade}\t${docsRepealed}\t${docsInForce}`,
    '第二十条第（五）项',
    '信息内容\t本年处理决定数量',
    `行政许可\t${report.licensing ?? 0}`,
    '第二十条第（六）项',
    '信息内容\t本年处理决定数量',
    `行政处罚\t${report.penalties ?? 0}`,
    `行政强制\t${report.coercive ?? 0}`,
    '第二十条第（八）项',
    '信息内容\t本年收费金额（单位：万元）',
    `行政事业性收费\t${report.feesWanYuan ?? 0}`,
    '三、收到和处理政府信息公开申请情况',
    '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t\t总计',
    '\t\t自然人\t法人或其他组织',
    '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
    row('一、本年新收政府信息公开申请数量\t', report.received ?? ZERO7),
    row('二、上年结转政府信息公开申请数量\t', report.carriedOver ?? ZERO7),
    row('三、本年度办理结果\t(一) 予以公开', granted),
    row('\t(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)', ZERO7),
    row('\t(三) 不予公开\t1.属于国家秘密', ZERO7),
    ...[
      '\t\t2.其他法律行政法规禁止公开',
      '\t\t3.危及“三安全一稳定”',
      '\t\t4.保护第三方合法权益',
      '\t\t5.属于三类内部事务信息',
      '\t\t6.属于四类过程性信息',
      '\t\t7.属于行政执法案卷',
      '\t\t8.属于行政查询事项',
      '\t(四) 无法提供\t1.本机关不掌握相关政府信息',
      '\t\t2.没有现成信息需要另行制作',
      '\t\t3.补正后申请内容仍不明确',
      '\t(五) 不予处理\t1.信访举报投诉类申请',
      '\t\t2.重复申请',
      '\t\t3.要求提供公开出版物',
      '\t\t4.无正当理由大量反复申请',
      '\t\t5.要求行政机关确认或重新出具已获取信息',
      '\t(六) 其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他\t',
    ].map((label) => row(label, ZERO7)),
    row('(七) 总计', report.handledTotal ?? granted),
    row('四、结转下年度继续办理\t', report.carriedForward ?? ZERO7),
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议\t\t\t\t\t行政诉讼',
    '结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
    '\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计',
    [...(report.review ?? ZERO5), ...(report.litigationDirect ?? ZERO5), ...(report.litigationAfterReview ?? ZERO5)].join('\t'),
    '五、存在的主要问题及改进情况',
    '政策解读形式有待丰富。',
    '六、其他需要报告的事项',
    '本年度没有产生信息公开处理费。',
  ].join('\n');
}

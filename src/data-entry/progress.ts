/** "进度": what is still missing, by table and section, and which rules break. */
import { reportTitleOf } from '../report/labels.js';
import { CURRENT_LAYOUT } from '../report/catalogue.js';
import { type Draft, type DraftStore, SECTION_LABELS } from '../store/draft-store.js';
import type { ReportStore } from '../store/report-store.js';
import { type DraftProgress, draftCrossYearViolations, draftProgress } from './draft-service.js';
import { ENTRY_TABLES, rowTitle } from './form.js';

/** One line on what is still empty, or '' when everything is filled. */
export function missingSummary(progress: DraftProgress): string {
  const cells = progress.totalCells - progress.filledCells;
  const parts: string[] = [];
  if (cells > 0) {
    const byTable = ENTRY_TABLES.map(({ table, number }) => ({
      number,
      count: progress.missingCells.filter((item) => item.table === table).reduce((sum, item) => sum + item.columns.length, 0),
    }))
      .filter((item) => item.count > 0)
      .map((item) => `表${item.number} ${item.count}个`);
    parts.push(`${cells}个数字（${byTable.join('，')}）`);
  }
  if (progress.missingSections.length > 0)
    parts.push(`文字部分${progress.missingSections.map((key) => `“${SECTION_LABELS[key]}”`).join('、')}`);
  return parts.length > 0 ? `还有${parts.join('和')}没填。` : '';
}

/** The reply to "进度". */
export function progressReply(drafts: DraftStore, reports: ReportStore, draft: Draft): string {
  const progress = draftProgress(drafts, draft.id);
  const lines = [`《${reportTitleOf(draft)}》：已填${progress.filledCells}/${progress.totalCells}个数字。`];
  if (draft.status === 'submitted') lines.push('状态：已提交，等待审核。');
  if (draft.status === 'returned') lines.push(`状态：审核人退回${draft.returnReason ? `，理由：${draft.returnReason}` : ''}。`);
  if (draft.status === 'published') lines.push('状态：已发布。');
  for (const { table, number, title } of ENTRY_TABLES) {
    const missing = progress.missingCells.filter((item) => item.table === table);
    const rows = CURRENT_LAYOUT.rowsOf(table);
    if (missing.length === 0) {
      lines.push(`表${number}（${title}）：已填完。`);
      continue;
    }
    const names = missing.slice(0, 4).map((item) => {
      const row = rows.find((candidate) => candidate.key === item.row)!;
      const partly = item.columns.length < row.columns.length;
      return partly ? `${rowTitle(row)}（缺${item.columns.length}列）` : rowTitle(row);
    });
    const untouched =
      missing.length === rows.length &&
      missing.every((item) => item.columns.length === rows.find((row) => row.key === item.row)!.columns.length);
    lines.push(
      `表${number}（${title}）：${untouched ? '都未填' : `${missing.length}行未填完：${names.join('、')}${missing.length > 4 ? '等' : ''}`}。`,
    );
  }
  lines.push(
    progress.missingSections.length > 0
      ? `文字：${progress.missingSections.map((key) => SECTION_LABELS[key]).join('、')}未写。`
      : '文字：三部分都已写。',
  );
  if (progress.violations.length === 0) lines.push('勾稽关系：目前已填的数字都相符。');
  else {
    lines.push(`勾稽关系：${progress.violations.length}处不符：`);
    progress.violations.slice(0, 8).forEach((violation, index) => lines.push(`${index + 1}. ${violation.message}`));
    if (progress.violations.length > 8) lines.push(`……另有${progress.violations.length - 8}处`);
  }
  for (const warning of draftCrossYearViolations(drafts, reports, draft)) lines.push(`提示（与上年报告对比）：${warning.message}`);
  if (draft.status === 'draft' || draft.status === 'returned') {
    if (!progress.complete) lines.push('发“填报”逐项继续，或“其余为0”把没填的都记为0。');
    else if (progress.violations.length > 0) lines.push('改正后再“提交”；确有原因可发“强制提交 理由：……”。');
    else lines.push('已全部填完，可以“提交”审核了。');
  }
  return lines.join('\n');
}

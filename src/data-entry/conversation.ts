/**
 * The entry conversation: a state machine over the state store. A staff message is first
 * classified (is it for data entry at all?), then handled: figures and texts are saved at
 * once, each batch in one transaction with its audit entry and the clerk's new place in the
 * walk, so a crash loses nothing acknowledged and a restart resumes at the same step.
 */
import type { StaffIdentity } from '../core/pipeline.js';
import { columnShortName, reportTitleOf, rowHeading } from '../report/labels.js';
import type { StateStore } from '../core/state.js';
import { splitForWeChat } from '../core/split.js';
import { CURRENT_LAYOUT, type RowDef } from '../report/catalogue.js';
import { formatFigure, renderPlainText } from '../report/render.js';
import type { Db } from '../store/db.js';
import { type Draft, type DraftChange, type DraftStore, SECTION_LABELS } from '../store/draft-store.js';
import type { ReportStore } from '../store/report-store.js';
import type { StaffStore } from '../store/staff-store.js';
import { checkLines } from './checks.js';
import {
  columnWords,
  ENTRY_STEPS,
  ENTRY_TABLES,
  type EntryStep,
  hasTotalColumn,
  rowTitle,
  stepByKey,
  type TextSectionKey,
} from './form.js';
import { progressReply, missingSummary } from './progress.js';
import { type EntryInput, parsePastedTable, parseQuickLine, parseSectionText } from './quick.js';
import { draftProgress, draftReport } from './draft-service.js';
import { approve, reopen, returnDraft, reviewList, staffAdd, staffList, staffRemove, submit } from './review.js';
import { type EntrySession, EntrySessions } from './session.js';
import { characterCount, commandText, defaultReportYear, looksLikeQuestion, parseYear } from './text.js';
import { type CellChange, type CellMap, cellMap, deriveTotals, isComputedCell, withChanges } from './totals.js';
import { parseRowValues } from './values.js';

/** What the conversation needs from the application. */
export interface DataEntryDeps {
  db: Db;
  drafts: DraftStore;
  reports: ReportStore;
  staff: StaffStore;
  state: StateStore;
  now: () => Date;
}

/** What a staff message asks for. */
export type EntryIntent =
  | { kind: 'open'; year?: number }
  | { kind: 'reopen' }
  | { kind: 'progress' }
  | { kind: 'preview' }
  | { kind: 'undo' }
  | { kind: 'fill-zero' }
  | { kind: 'confirm' }
  | { kind: 'cancel' }
  | { kind: 'exit' }
  | { kind: 'help' }
  | { kind: 'skip' }
  | { kind: 'back' }
  | { kind: 'same' }
  | { kind: 'submit'; force: boolean; reason?: string }
  | { kind: 'review' }
  | { kind: 'approve' }
  | { kind: 'return'; reason: string }
  | { kind: 'staff-add'; id: string; name: string; role: 'clerk' | 'reviewer'; mobile?: string }
  | { kind: 'staff-remove'; id: string }
  | { kind: 'staff-list' }
  | { kind: 'section'; section: TextSectionKey; text: string; append: boolean }
  | { kind: 'values'; input: EntryInput; guided: boolean }
  | { kind: 'bad'; reason: string };

const CONFIRM = /^(确认|确定|是|是的|好|好的|对|可以|yes|y|ok)$/i;
const CANCEL = /^(取消|不|不用|不要|否|算了|no|n)$/i;
const SKIP = /^(跳过|跳过本项|下一项|下一个|完成|写完了|好了|没有了)$/;
const BACK = /^(返回|上一项|上一个|回到上一项)$/;
const SAME = /^同上$/;
const ROLE_WORDS: Record<string, 'clerk' | 'reviewer'> = {
  clerk: 'clerk',
  reviewer: 'reviewer',
  填报人: 'clerk',
  填报员: 'clerk',
  审核人: 'reviewer',
  审核员: 'reviewer',
};

/** Commands recognised whatever step the clerk is at; `inSession` adds the short ones. */
function matchCommand(text: string, inSession: boolean): EntryIntent | undefined {
  const open = /^(?:我要|开始|继续)?填报\s*(?:(\d{4}|[〇零一二三四五六七八九]{4})\s*年?\s*度?)?\s*(?:年度)?(?:报告)?$/.exec(text);
  if (open) return { kind: 'open', year: open[1] ? parseYear(open[1]) : undefined };
  if (/^(更正报告|重新打开草稿|重新打开)$/.test(text)) return { kind: 'reopen' };
  if (/^(进度|填报进度|查看进度|还差什么|还缺什么)$/.test(text)) return { kind: 'progress' };
  if (/^(预览|预览报告|查看草稿)$/.test(text)) return { kind: 'preview' };
  if (/^(撤销|撤回|撤销上一步)$/.test(text)) return { kind: 'undo' };
  if (/^(其余|其他|剩下的?|剩余的?)(都|全部|均)?(为|是|填|记为?|都是)?\s*(0|零)$/.test(text)) return { kind: 'fill-zero' };
  if (/^(退出填报|结束填报|暂停填报)$/.test(text) || (inSession && /^(退出|结束)$/.test(text))) return { kind: 'exit' };
  if (/^填报帮助$/.test(text) || (inSession && /^(帮助|help|\?|？)$/i.test(text))) return { kind: 'help' };
  const submit = /^(强制)?提交(?:审核)?\s*(?:[,，:：]?\s*(?:理由|原因)\s*[:：]?\s*([\s\S]*))?$/.exec(text);
  if (submit) return { kind: 'submit', force: Boolean(submit[1]) || submit[2] !== undefined, reason: submit[2]?.trim() || undefined };
  if (/^(审核|待审核|查看待审核)$/.test(text)) return { kind: 'review' };
  if (/^(通过|审核通过|通过审核|同意发布)$/.test(text)) return { kind: 'approve' };
  // "退回" alone, or with a reason after a space, a colon or 理由 — never a question about 退回.
  const back = /^退回(?:$|[\s,，:：]+|\s*(?:理由|原因)\s*[:：]?\s*)([\s\S]*)$/.exec(text);
  if (back && !looksLikeQuestion(text)) return { kind: 'return', reason: back[1].trim() };
  const add = /^(?:添加|增加|新增)(?:工作人员|人员)\s+(\S+)\s+(\S+)\s+(clerk|reviewer|填报人|填报员|审核人|审核员)(?:\s+(1\d{10}))?$/i.exec(
    text,
  );
  if (add) return { kind: 'staff-add', id: add[1], name: add[2], role: ROLE_WORDS[add[3].toLowerCase()], mobile: add[4] };
  const remove = /^(?:删除|移除)(?:工作人员|人员)\s+(\S+)$/.exec(text);
  if (remove) return { kind: 'staff-remove', id: remove[1] };
  if (/^(工作人员|工作人员列表|人员列表)$/.test(text)) return { kind: 'staff-list' };
  return undefined;
}

/** The reason after 提交/强制提交/退回 (and 理由：), as typed. */
function reasonAsTyped(rawText: string): string {
  return rawText
    .trim()
    .replace(/^(?:(?:强制)?提交(?:审核)?|退回)\s*[,，:：]?\s*(?:(?:理由|原因)\s*[:：]?)?\s*/, '')
    .replace(/[。.]$/, '')
    .trim();
}

/** Does the answer start with a value or a column word of the row (so the row's own reading goes first)? */
function startsWithValue(row: RowDef, text: string): boolean {
  if (/^[\d〇零一二两三四五六七八九十百千万无]/.test(text) && !/^[一二三四五六七八九十]+、/.test(text)) return true;
  return row.columns.length > 1 && row.columns.some((column) => columnWords(column).some((word) => text.startsWith(word)));
}

const stepIndex = (key: string | null) => (key === null ? -1 : ENTRY_STEPS.findIndex((step) => step.key === key));

/** The entry conversation for registered staff. */
export class DataEntryConversation {
  private readonly sessions: EntrySessions;

  constructor(private readonly deps: DataEntryDeps) {
    this.sessions = new EntrySessions(deps.state);
  }

  /**
   * What the message means for data entry, or undefined when it is not for data entry (an
   * ordinary question goes on to the citizen assistant). Reads state; the only write is
   * dropping a session stored by an older form.
   */
  classify(staff: StaffIdentity, rawText: string): EntryIntent | undefined {
    const text = commandText(rawText);
    if (!text) return undefined;
    const session = this.session(staff);
    const step = session?.step ? stepByKey(session.step) : undefined;
    if (session?.pending === 'confirm-fill') {
      if (CONFIRM.test(text)) return { kind: 'confirm' };
      if (CANCEL.test(text)) return { kind: 'cancel' };
    }
    const command = matchCommand(text, session !== undefined);
    // Reasons are kept as typed (the command was matched on folded text).
    if (command?.kind === 'submit' && command.reason) return { ...command, reason: reasonAsTyped(rawText) };
    if (command?.kind === 'return' && command.reason) return { ...command, reason: reasonAsTyped(rawText) };
    if (command) return command;
    if (step && SKIP.test(text)) return { kind: 'skip' };
    if (step && BACK.test(text)) return { kind: 'back' };
    if (step && SAME.test(text)) return { kind: 'same' };

    const section = parseSectionText(rawText);
    if (section) return { kind: 'section', section: section.section, text: section.text, append: false };
    const lines = text.split('\n').filter((line) => line.trim()).length;

    if (step?.kind === 'section') {
      // A short figure line is quick entry; anything else is the section's text.
      if (lines === 1 && text.length <= 30 && !/[。，,；;]/.test(text)) {
        const quick = parseQuickLine(text);
        if (quick?.ok) return { kind: 'values', input: quick.value, guided: false };
      }
      if (looksLikeQuestion(text) && text.length < 60) return undefined;
      return { kind: 'section', section: step.section, text: rawText.replace(/\r\n?/g, '\n').trim(), append: session!.sectionStarted };
    }

    if (step?.kind === 'row' && lines === 1) {
      const guided = (): EntryIntent | undefined => {
        const answer = parseRowValues(step.row, text);
        return answer.ok ? { kind: 'values', input: { rows: [answer.value], warnings: [], source: 'quick' }, guided: true } : undefined;
      };
      if (startsWithValue(step.row, text)) {
        const answer = guided();
        if (answer) return answer;
      }
      const quick = parseQuickLine(text);
      if (quick?.ok) {
        const own = quick.value.rows.length === 1 && quick.value.rows[0].row.key === step.row.key;
        return { kind: 'values', input: quick.value, guided: own };
      }
      const answer = guided();
      if (answer) return answer;
      if (looksLikeQuestion(text)) return undefined;
      const own = parseRowValues(step.row, text);
      return { kind: 'bad', reason: quick && !quick.ok ? quick.reason : !own.ok ? own.reason : '' };
    }

    if (lines > 1) {
      const table = parsePastedTable(rawText);
      if (table?.ok) return { kind: 'values', input: table.value, guided: false };
      if (table && step) return { kind: 'bad', reason: table.reason };
      // Prose pasted during the walk: say where it could go rather than pass it on as a question.
      if (step && !looksLikeQuestion(text))
        return {
          kind: 'bad',
          reason: '这段文字要写进哪一部分？请在前面加上“总体情况：”“存在的主要问题及改进情况：”或“其他需要报告的事项：”再发。',
        };
      return undefined;
    }
    // Outside the guided walk only what is clearly an entry is taken.
    const quick = parseQuickLine(text);
    if (quick?.ok) return { kind: 'values', input: quick.value, guided: false };
    if (quick && /\d/.test(text) && !looksLikeQuestion(text)) return { kind: 'bad', reason: quick.reason };
    return undefined;
  }

  /** Carry out what the message asked for (on `channel`, where the staff member wrote it); the reply in Chinese. */
  handle(staff: StaffIdentity, intent: EntryIntent, channel: string): string {
    switch (intent.kind) {
      case 'open':
        return this.open(staff, intent.year);
      case 'progress':
        return this.withDraft(staff, (draft) => progressReply(this.deps.drafts, this.deps.reports, draft));
      case 'preview':
        return this.withDraft(staff, (draft) => this.preview(draft));
      case 'help':
        return this.help(staff);
      case 'exit': {
        const session = this.session(staff);
        if (session) this.sessions.set(staff.id, { ...session, step: null, pending: null, sectionStarted: false });
        return '已退出逐项填报，填好的内容都已保存。发“填报”可随时继续。';
      }
      case 'submit':
        return this.withDraft(staff, (draft) => this.afterLeavingWalk(staff, submit(this.deps, staff, draft, intent.force, intent.reason)));
      case 'review':
        return reviewList(this.deps, staff, (draft) => this.attach(staff, draft));
      case 'approve':
        return approve(this.deps, staff, this.session(staff)?.draftId);
      case 'return':
        return returnDraft(this.deps, staff, intent.reason, this.session(staff)?.draftId);
      case 'reopen':
        return this.withDraft(staff, (draft) => reopen(this.deps, staff, draft));
      case 'staff-add':
        return staffAdd(this.deps, staff, intent, channel);
      case 'staff-remove':
        return staffRemove(this.deps, staff, intent.id);
      case 'staff-list':
        return staffList(this.deps, staff);
      case 'bad':
        return this.bad(staff, intent.reason);
      default:
        return this.edit(staff, intent);
    }
  }

  /** The session, dropped when its draft is gone or belongs to another agency. */
  private session(staff: StaffIdentity): EntrySession | undefined {
    const session = this.sessions.get(staff.id);
    if (!session) return undefined;
    const draft = this.deps.drafts.byId(session.draftId);
    if (!draft || draft.agencyId !== staff.agencyId) return undefined;
    return session;
  }

  /** The draft the staff member works on: the session's, else this year's of their agency. */
  private currentDraft(staff: StaffIdentity): Draft | undefined {
    const session = this.session(staff);
    if (session) return this.deps.drafts.byId(session.draftId);
    return this.deps.drafts.get(staff.agencyId, defaultReportYear(this.deps.now()));
  }

  private withDraft(staff: StaffIdentity, action: (draft: Draft) => string): string {
    const draft = this.currentDraft(staff);
    if (!draft) return `还没有${defaultReportYear(this.deps.now())}年度的报告草稿。发“填报”开始填写，或“填报2025年度”填写指定年度。`;
    return action(draft);
  }

  /** Point the staff member's session at a draft (a reviewer looking at a submitted one). */
  private attach(staff: StaffIdentity, draft: Draft): void {
    const session = this.session(staff);
    if (session?.draftId === draft.id) return;
    this.sessions.set(staff.id, { draftId: draft.id, step: null, sectionStarted: false, pending: null });
  }

  private afterLeavingWalk(staff: StaffIdentity, reply: { text: string; leaveWalk: boolean }): string {
    const session = this.session(staff);
    if (reply.leaveWalk && session) this.sessions.set(staff.id, { ...session, step: null, pending: null, sectionStarted: false });
    return reply.text;
  }

  private agencyOf(staff: StaffIdentity) {
    return this.deps.reports.agencyByName(staff.agency) ?? this.deps.reports.ensureAgency(staff.agency);
  }

  /** Why the draft cannot be changed now, or undefined when it can. */
  private locked(draft: Draft): string | undefined {
    if (draft.status === 'submitted') return `《${reportTitleOf(draft)}》已提交审核，审核期间不能修改。如需修改，请审核人发“退回 理由”。`;
    if (draft.status === 'published')
      return `《${reportTitleOf(draft)}》已发布，不能直接修改。如需更正，请发“更正报告”重新打开草稿（改完需重新提交审核）。`;
    return undefined;
  }

  private open(staff: StaffIdentity, year?: number): string {
    const targetYear = year ?? defaultReportYear(this.deps.now());
    const draft = this.deps.drafts.open(this.agencyOf(staff), targetYear);
    const previous = this.session(staff);
    const resuming = previous?.draftId === draft.id && previous.step !== null;
    const title = `《${reportTitleOf(draft)}》`;
    const locked = this.locked(draft);
    if (locked) {
      this.sessions.set(staff.id, { draftId: draft.id, step: null, sectionStarted: false, pending: null });
      return locked;
    }
    const step = resuming ? stepByKey(previous!.step!)! : this.nextEmptyStep(draft.id, -1);
    const progress = draftProgress(this.deps.drafts, draft.id);
    this.sessions.set(staff.id, { draftId: draft.id, step: step?.key ?? null, sectionStarted: false, pending: null });
    const lines = [`${resuming ? '继续填报' : '开始填报'}${title}，已填${progress.filledCells}/${progress.totalCells}个数字。`];
    if (draft.status === 'returned' && draft.returnReason) lines.push(`审核人退回的理由：${draft.returnReason}`);
    if (step) lines.push('', this.prompt(draft.id, step));
    else lines.push('', '所有数字和文字都已填写。发“预览”查看，“提交”送审核。');
    lines.push(
      '',
      '随时可以直接发“行政许可 6”“新收申请 自然人3 商业企业1”，或粘贴整张表格；“其余为0”把没填的都记为0；“进度”“预览”“撤销”“提交”。',
    );
    return lines.join('\n');
  }

  private help(staff: StaffIdentity): string {
    const session = this.session(staff);
    const step = session?.step ? stepByKey(session.step) : undefined;
    const lines = [
      '填报方法：',
      '· 逐项填报：按提示回复数字，“0”“同上”“跳过”“返回”。',
      '· 直接填：“行政许可 6”“新收申请 自然人3 商业企业1”“行政复议 维持1 总计1”“主动公开 共67条”，或粘贴表格（整行或整张）。',
      '· 文字：“总体情况：……”“存在的主要问题及改进情况：……”“其他需要报告的事项：……”，可分几条发。',
      '· “其余为0”：没填的格子都记为0。“撤销”：撤销您上一步的修改。',
      '· “进度”“预览”“提交”；审核人“审核”“通过”“退回 理由”。“退出填报”结束逐项提示。',
    ];
    if (step && session) lines.push('', this.prompt(session.draftId, step));
    return lines.join('\n');
  }

  private bad(staff: StaffIdentity, reason: string): string {
    const session = this.session(staff);
    const step = session?.step ? stepByKey(session.step) : undefined;
    const lines = [reason || '没看懂这条消息。'];
    if (step?.kind === 'row' && session) lines.push('', `继续：${this.prompt(session.draftId, step, true)}`);
    return lines.join('\n');
  }

  private preview(draft: Draft): string {
    const progress = draftProgress(this.deps.drafts, draft.id);
    const status = { draft: '草稿', returned: '退回修改中', submitted: '待审核', published: '已发布' }[draft.status];
    const note = `（${status}预览；已填${progress.filledCells}/${progress.totalCells}个数字${progress.violations.length > 0 ? `，${progress.violations.length}处勾稽关系不符` : ''}）`;
    const chunks = splitForWeChat(renderPlainText(draftReport(this.deps.drafts, draft.id), { note }), 1800);
    return chunks.length === 1 ? chunks[0] : chunks.map((chunk, index) => `【预览 ${index + 1}/${chunks.length}】\n${chunk}`).join('\n\n');
  }

  /** Every intent that changes the draft or the walk. */
  private edit(
    staff: StaffIdentity,
    intent: Extract<EntryIntent, { kind: 'values' | 'section' | 'undo' | 'fill-zero' | 'confirm' | 'cancel' | 'skip' | 'back' | 'same' }>,
  ): string {
    let session: Omit<EntrySession, 'version'> | undefined = this.session(staff);
    const fresh = session === undefined;
    const draft = session
      ? this.deps.drafts.byId(session.draftId)!
      : this.deps.drafts.open(this.agencyOf(staff), defaultReportYear(this.deps.now()));
    const locked = this.locked(draft);
    if (locked) return locked;
    session ??= { draftId: draft.id, step: null, sectionStarted: false, pending: null };
    if (intent.kind !== 'confirm' && session.pending) session = { ...session, pending: null };
    const yearNote = fresh ? `（${draft.year}年度草稿）` : '';
    switch (intent.kind) {
      case 'values':
        return this.saveValues(staff, draft, session, intent.input, intent.guided, yearNote);
      case 'section':
        return this.saveSection(staff, draft, session, intent.section, intent.text, intent.append);
      case 'undo':
        return this.undo(staff, draft, session);
      case 'fill-zero':
        return this.askFillZero(staff, draft, session);
      case 'confirm':
        return this.fillZero(staff, draft, session);
      case 'cancel':
        this.sessions.set(staff.id, { ...session, pending: null });
        return '好的，没有改动。';
      case 'skip':
      case 'back':
      case 'same':
        return this.move(staff, draft, session, intent.kind);
    }
  }

  /** The first step after `afterIndex` with something still empty (cells may include changes not yet written). */
  private nextEmptyStep(
    draftId: number,
    afterIndex: number,
    cells: CellMap = cellMap(this.deps.drafts.tables(draftId)),
  ): EntryStep | undefined {
    const sections = this.deps.drafts.sections(draftId);
    return ENTRY_STEPS.slice(afterIndex + 1).find((step) => {
      if (step.kind === 'section') return !sections[step.section]?.trim();
      return step.row.columns.some((column) => !cells.has(`${step.row.key}|${column.key}`));
    });
  }

  /** The guided question for a step, with the current value. */
  private prompt(draftId: number, step: EntryStep, short = false): string {
    if (step.kind === 'section') {
      const text = this.deps.drafts.sections(draftId)[step.section]?.trim();
      const current = text
        ? `当前已有${characterCount(text)}字：“${text.slice(0, 30)}${text.length > 30 ? '…' : ''}”，发新内容将替换原文。`
        : '当前：未填写。';
      return `【${step.title}】请发这一部分的文字，可分几条发送。\n${current}\n写完发“下一项”，不改发“跳过”。`;
    }
    const row = step.row;
    const table = ENTRY_TABLES.find((candidate) => candidate.table === step.table)!;
    const values = this.deps.drafts.tables(draftId)[step.table][row.key] ?? row.columns.map(() => undefined);
    const current = values.every((value) => value === undefined)
      ? '未填'
      : row.columns.length === 1
        ? formatFigure(values[0])
        : row.columns
            .map((column, index) => `${columnShortName(column)}${values[index] === undefined ? '_' : formatFigure(values[index])}`)
            .join(' ');
    const head = `【表${table.number} ${step.position + 1}/${step.count}】${rowHeading(row)}${row.unit === '万元' ? '（单位：万元）' : ''}\n当前：${current}`;
    if (short) return head;
    let hint: string;
    if (row.columns.length === 1) hint = '请回复数字，没有就回复“0”。';
    else if (hasTotalColumn(row)) {
      hint = `请按“${row.columns.map(columnShortName).join(' ')}”回复${row.columns.length}个数（总计可不写），或写“${columnShortName(row.columns[0])}3 ${columnShortName(row.columns[1])}1”（其余记0）；全部为0回复“0”。`;
    } else hint = `请按“${row.columns.map(columnShortName).join(' ')}”回复${row.columns.length}个数；全部为0回复“0”。`;
    return `${head}\n${hint}\n（“跳过”“返回”${step.position > 0 ? '“同上”' : ''}）`;
  }

  /** Save changes and the session in one transaction. */
  private commit(staff: StaffIdentity, draftId: number, changes: DraftChange[], session: Omit<EntrySession, 'version'>): void {
    this.deps.db
      .transaction(() => {
        if (changes.length > 0) this.deps.drafts.apply(draftId, staff.id, changes);
        this.sessions.set(staff.id, session);
      })
      .immediate();
  }

  /** Where the walk goes after the current step has been answered. */
  private advance(
    draftId: number,
    session: Omit<EntrySession, 'version'>,
    fromKey: string | null,
    cells?: CellMap,
  ): Omit<EntrySession, 'version'> {
    const next = this.nextEmptyStep(draftId, stepIndex(fromKey), cells);
    return { ...session, step: next?.key ?? null, sectionStarted: false };
  }

  private walkEnd(draftId: number): string {
    const summary = missingSummary(draftProgress(this.deps.drafts, draftId));
    return summary
      ? `已到最后一项。${summary}\n发“填报”从第一个未填项继续，或“其余为0”把没填的都记为0。`
      : '全部填完了！发“预览”查看，“提交”送审核。';
  }

  private saveValues(
    staff: StaffIdentity,
    draft: Draft,
    session: Omit<EntrySession, 'version'>,
    input: EntryInput,
    guided: boolean,
    yearNote: string,
  ): string {
    const { drafts } = this.deps;
    const before = cellMap(drafts.tables(draft.id));
    const changes: CellChange[] = [];
    const zeroed: string[] = [];
    for (const entry of input.rows) {
      for (const cell of entry.cells) {
        // A stated figure is not a table cell: read it from the draft itself.
        const old = CURRENT_LAYOUT.row(entry.row.key)
          ? before.get(`${entry.row.key}|${cell.column.key}`)
          : drafts.cell(draft.id, entry.row.key, cell.column.key);
        if (old !== undefined && Math.abs(old - cell.value) < 1e-9) continue;
        changes.push({ kind: 'cell', row: entry.row.key, column: cell.column.key, value: cell.value });
      }
      // In the guided walk "自然人3" answers the whole row: the other columns are 0.
      if (guided && entry.named) {
        for (const column of entry.row.columns) {
          if (
            entry.cells.some((cell) => cell.column.key === column.key) ||
            isComputedCell(entry.row, column.key) ||
            before.has(`${entry.row.key}|${column.key}`)
          )
            continue;
          changes.push({ kind: 'cell', row: entry.row.key, column: column.key, value: 0 });
          zeroed.push(columnShortName(column));
        }
      }
    }
    const derived = deriveTotals(before, changes);
    const all = [...changes, ...derived.changes];
    const violationsBefore = draftProgress(drafts, draft.id).violations;
    const currentStep = session.step ? stepByKey(session.step) : undefined;
    const after = withChanges(before, all);
    const touchedStep = currentStep?.kind === 'row' && input.rows.some((entry) => entry.row.key === currentStep.row.key);
    // The answered step is full: move on, with the answer in place, in the same transaction.
    const stepFull = touchedStep && currentStep.row.columns.every((column) => after.has(`${currentStep.row.key}|${column.key}`));
    const next = stepFull ? this.advance(draft.id, session, currentStep.key, after) : session;
    this.commit(staff, draft.id, all, next);
    const progress = draftProgress(drafts, draft.id);
    const lines = [`已保存${yearNote}：${describeInput(input)}${changes.length === 0 ? '（与原来相同）' : ''}`];
    if (zeroed.length > 0) lines.push(`（${zeroed.join('、')}记为0）`);
    if (derived.notes.length > 0)
      lines.push(`${derived.notes.slice(0, 3).join('；')}${derived.notes.length > 3 ? `等${derived.notes.length}项` : ''}。`);
    for (const warning of input.warnings.slice(0, 3)) lines.push(`注意：${warning}`);
    const touched = new Set(all.map((change) => change.row));
    lines.push(...checkLines(violationsBefore, progress.violations, touched));
    const step = next.step ? stepByKey(next.step) : undefined;
    if (step && (touchedStep || guided)) lines.push('', this.prompt(draft.id, step));
    else if (step) lines.push('', `继续：${this.prompt(draft.id, step, true)}`);
    else if (touchedStep) lines.push('', this.walkEnd(draft.id));
    return lines.join('\n');
  }

  private saveSection(
    staff: StaffIdentity,
    draft: Draft,
    session: Omit<EntrySession, 'version'>,
    section: TextSectionKey,
    text: string,
    append: boolean,
  ): string {
    const existing = this.deps.drafts.sections(draft.id)[section];
    const full = append && existing ? `${existing}\n${text}` : text;
    this.commit(staff, draft.id, [{ kind: 'section', section, text: full }], {
      ...session,
      step: `section:${section}`,
      sectionStarted: true,
    });
    return `已保存“${SECTION_LABELS[section]}”（共${characterCount(full)}字）。还有内容请接着发，会接在后面；写完发“下一项”。`;
  }

  private move(staff: StaffIdentity, draft: Draft, session: Omit<EntrySession, 'version'>, kind: 'skip' | 'back' | 'same'): string {
    const step = stepByKey(session.step!)!;
    const index = stepIndex(step.key);
    if (kind === 'skip') {
      const next = this.advance(draft.id, session, step.key);
      this.sessions.set(staff.id, next);
      const nextStep = next.step ? stepByKey(next.step) : undefined;
      return nextStep ? this.prompt(draft.id, nextStep) : this.walkEnd(draft.id);
    }
    if (kind === 'back') {
      if (index === 0) return `已经是第一项了。\n${this.prompt(draft.id, step)}`;
      const previous = ENTRY_STEPS[index - 1];
      this.sessions.set(staff.id, { ...session, step: previous.key, sectionStarted: false });
      return this.prompt(draft.id, previous);
    }
    const previous = ENTRY_STEPS[index - 1];
    if (step.kind !== 'row' || step.position === 0 || previous?.kind !== 'row')
      return `“同上”只能用于表格里的第二行以后。\n${this.prompt(draft.id, step, true)}`;
    const values = this.deps.drafts.tables(draft.id)[previous.table][previous.row.key];
    if (!values || values.some((value) => value === undefined))
      return `上一行“${rowTitle(previous.row)}”还没填完，不能“同上”。\n${this.prompt(draft.id, step, true)}`;
    const input: EntryInput = {
      rows: [{ row: step.row, named: false, cells: step.row.columns.map((column, index) => ({ column, value: values[index]! })) }],
      warnings: [],
      source: 'quick',
    };
    return this.saveValues(staff, draft, session, input, true, '');
  }

  private undo(staff: StaffIdentity, draft: Draft, session: Omit<EntrySession, 'version'>): string {
    const { drafts } = this.deps;
    const violationsBefore = draftProgress(drafts, draft.id).violations;
    const result = drafts.undo(draft.id, staff.id);
    this.sessions.set(staff.id, session);
    const targetName = (target: string) => {
      const [kind, first, second] = target.split(':');
      if (kind === 'section') return SECTION_LABELS[first] ?? first;
      const row = CURRENT_LAYOUT.entryRow(first)!;
      const column = row.columns.find((candidate) => candidate.key === second);
      return `${rowTitle(row)}${row.columns.length > 1 && column ? `·${column.label}` : ''}`;
    };
    if (!result.ok) {
      // Undoing would silently overwrite a colleague's later entry: say whose, and leave it.
      const lines = result.conflicts.slice(0, 5).map((conflict) => {
        const who = this.deps.staff.byId(conflict.staffId)?.name ?? conflict.staffId;
        const value =
          conflict.newValue === null
            ? '空'
            : conflict.target.startsWith('cell:')
              ? formatFigure(Number(conflict.newValue))
              : `“${conflict.newValue.slice(0, 20)}${conflict.newValue.length > 20 ? '…' : ''}”`;
        return `${targetName(conflict.target)}已被${who}改为${value}`;
      });
      return `不能撤销：${lines.join('；')}${result.conflicts.length > 5 ? '等' : ''}。撤销会覆盖对方的修改。请与对方确认后，直接发新的数字修改。`;
    }
    const targets = result.targets;
    if (targets.length === 0) return '没有可以撤销的修改（只能撤销您自己的修改）。';
    const tables = drafts.tables(draft.id);
    const described = targets.slice(0, 5).map((target) => {
      const [kind, first, second] = target.split(':');
      if (kind === 'section') return `${SECTION_LABELS[first]}（已恢复原文）`;
      const row = CURRENT_LAYOUT.entryRow(first)!;
      const column = row.columns.find((candidate) => candidate.key === second)!;
      const value = CURRENT_LAYOUT.row(first)
        ? tables[row.table][row.key]?.[row.columns.indexOf(column)]
        : drafts.cell(draft.id, first, second);
      return `${targetName(target)}现为${value === undefined ? '空' : formatFigure(value)}`;
    });
    const progress = draftProgress(drafts, draft.id);
    const touched = new Set(targets.filter((target) => target.startsWith('cell:')).map((target) => target.split(':')[1]));
    const lines = [
      `已撤销您上一步的修改（${targets.length}项）：${described.join('；')}${targets.length > 5 ? '等' : ''}。`,
      ...checkLines(violationsBefore, progress.violations, touched),
    ];
    const step = session.step ? stepByKey(session.step) : undefined;
    if (step) lines.push('', `继续：${this.prompt(draft.id, step, true)}`);
    return lines.join('\n');
  }

  /** Empty cells a clerk types (totals are computed), by table. */
  private emptyCells(draftId: number): Array<{ row: RowDef; column: string }> {
    const before = cellMap(this.deps.drafts.tables(draftId));
    return CURRENT_LAYOUT.rows.flatMap((row) =>
      row.columns
        .filter((column) => !before.has(`${row.key}|${column.key}`) && !isComputedCell(row, column.key))
        .map((column) => ({ row, column: column.key })),
    );
  }

  private askFillZero(staff: StaffIdentity, draft: Draft, session: Omit<EntrySession, 'version'>): string {
    const empty = this.emptyCells(draft.id);
    if (empty.length === 0) {
      this.sessions.set(staff.id, session);
      return '没有空着的格子了。发“进度”查看还缺什么。';
    }
    this.sessions.set(staff.id, { ...session, pending: 'confirm-fill' });
    const byTable = ENTRY_TABLES.map(({ table, number }) => ({ number, count: empty.filter((cell) => cell.row.table === table).length }))
      .filter((item) => item.count > 0)
      .map((item) => `表${item.number} ${item.count}个`);
    return `还有${empty.length}个空格没填（${byTable.join('，')}）。确认都记为0吗？总计栏会按各项之和算出。\n回复“确认”或“取消”。`;
  }

  private fillZero(staff: StaffIdentity, draft: Draft, session: Omit<EntrySession, 'version'>): string {
    const { drafts } = this.deps;
    const before = cellMap(drafts.tables(draft.id));
    const violationsBefore = draftProgress(drafts, draft.id).violations;
    const changes: CellChange[] = this.emptyCells(draft.id).map((cell) => ({
      kind: 'cell',
      row: cell.row.key,
      column: cell.column,
      value: 0,
    }));
    const derived = deriveTotals(before, changes);
    const all = [...changes, ...derived.changes];
    const after = withChanges(before, all);
    let next: Omit<EntrySession, 'version'> = { ...session, pending: null };
    const step = next.step ? stepByKey(next.step) : undefined;
    if (step?.kind === 'row') {
      // Only text sections can still be empty: go on to the first of them.
      const following = this.nextEmptyStep(draft.id, stepIndex(step.key), after) ?? this.nextEmptyStep(draft.id, -1, after);
      next = { ...next, step: following?.key ?? null, sectionStarted: false };
    }
    this.commit(staff, draft.id, all, next);
    const progress = draftProgress(drafts, draft.id);
    const lines = [
      `已把${changes.length}个空格记为0${derived.changes.length > 0 ? `，算出${derived.changes.length}个总计` : ''}。（发“撤销”可恢复）`,
    ];
    const touched = new Set(all.map((change) => change.row));
    lines.push(...checkLines(violationsBefore, progress.violations, touched));
    const nextStep = next.step ? stepByKey(next.step) : undefined;
    if (nextStep) lines.push('', this.prompt(draft.id, nextStep));
    else {
      const summary = missingSummary(progress);
      lines.push('', summary ? summary : '全部填完了！发“预览”查看，“提交”送审核。');
    }
    return lines.join('\n');
  }
}

/** What was saved, in a line: 行政许可 6；新收申请：自然人3 商业企业1. */
export function describeInput(input: EntryInput): string {
  if (input.rows.length > 4) {
    const byTable = ENTRY_TABLES.map(({ table, number }) => ({
      number,
      count: input.rows.filter((entry) => entry.row.table === table && CURRENT_LAYOUT.row(entry.row.key) !== undefined).length,
    }))
      .filter((item) => item.count > 0)
      .map((item) => `表${item.number} ${item.count}行`);
    return `${input.rows.length}行（${byTable.join('，')}）`;
  }
  return input.rows
    .map((entry) => {
      const title = rowTitle(entry.row);
      if (entry.row.columns.length === 1)
        return `${title} ${formatFigure(entry.cells[0].value)}${entry.row.unit === '件' ? '' : entry.row.unit}`;
      const complete = entry.cells.length === entry.row.columns.length && !entry.named;
      return `${title}：${complete ? entry.cells.map((cell) => formatFigure(cell.value)).join(' ') : entry.cells.map((cell) => `${columnShortName(cell.column)}${formatFigure(cell.value)}`).join(' ')}`;
    })
    .join('；');
}

/**
 * Submit, review and publish, and the reviewers' staff administration. "提交" sends a
 * complete draft for review when no rule is broken (or with "强制提交 理由：…"); a reviewer
 * "通过" publishes it (it replaces any imported report of that agency and year, and citizens'
 * questions use it at once) or "退回 理由" sends it back.
 */
import type { StaffIdentity } from '../core/pipeline.js';
import { reportTitleOf } from '../report/labels.js';
import type { Draft } from '../store/draft-store.js';
import type { StaffRole } from '../store/staff-store.js';
import type { DataEntryDeps } from './conversation.js';
import { missingSummary } from './progress.js';
import { draftProgress, publishDraft } from './draft-service.js';

const ROLE_NAMES: Record<StaffRole, string> = { clerk: '填报人', reviewer: '审核人' };
const NOT_REVIEWER = '只有审核人可以这样做。请本机关的审核人操作。';

const nameOf = (deps: DataEntryDeps, id: string | null) => (id ? (deps.staff.byId(id)?.name ?? id) : '（未知）');

/** "提交": the reply, and whether the clerk leaves the guided walk. */
export function submit(
  deps: DataEntryDeps,
  staff: StaffIdentity,
  draft: Draft,
  force: boolean,
  reason?: string,
): { text: string; leaveWalk: boolean } {
  const title = `《${reportTitleOf(draft)}》`;
  if (draft.status === 'submitted') return { text: `${title}已经提交，正在等待审核。`, leaveWalk: true };
  if (draft.status === 'published') return { text: `${title}已发布。如需更正，请发“更正报告”。`, leaveWalk: true };
  const progress = draftProgress(deps.drafts, draft.id);
  if (!progress.complete) {
    return {
      text: `还不能提交：${missingSummary(progress)}\n发“进度”查看详情，“其余为0”把没填的数字都记为0；没有内容的文字部分可以写“无”。`,
      leaveWalk: false,
    };
  }
  const errors = progress.violations.filter((violation) => violation.severity === 'error');
  if (errors.length > 0 && !force) {
    const list = errors.slice(0, 5).map((violation, index) => `${index + 1}. ${violation.message}`);
    return {
      text: [
        `有${errors.length}处勾稽关系不符，暂不能提交：`,
        ...list,
        '请改正后再提交；如确有原因（如统计口径不同），可发“强制提交 理由：……”。',
      ].join('\n'),
      leaveWalk: false,
    };
  }
  if (errors.length > 0 && !reason) return { text: '强制提交需要写明理由，例如“强制提交 理由：上年结转数以台账为准”。', leaveWalk: false };
  deps.drafts.setStatus(draft.id, 'submitted', { submittedBy: staff.id, overrideReason: errors.length > 0 ? reason : null });
  const reviewers = deps.staff.ofAgency(staff.agencyId).filter((member) => member.role === 'reviewer');
  const lines = [`已提交审核：${title}。`];
  if (errors.length > 0) lines.push(`（有${errors.length}处勾稽关系不符，理由：${reason}）`);
  lines.push(
    reviewers.length > 0
      ? `审核人：${reviewers.map((member) => member.name).join('、')}。审核人发“审核”查看，“通过”发布，“退回 理由”退回修改。`
      : '本机关还没有登记审核人，请管理员用 gongkai staff add … --role reviewer 添加。',
  );
  lines.push('审核期间不能修改。');
  return { text: lines.join('\n'), leaveWalk: true };
}

/** The submitted draft a reviewer acts on: the one they are looking at, else the latest of their agency. */
function submittedDraft(deps: DataEntryDeps, staff: StaffIdentity, sessionDraftId?: number): Draft | undefined {
  const current = sessionDraftId !== undefined ? deps.drafts.byId(sessionDraftId) : undefined;
  if (current && current.agencyId === staff.agencyId && current.status === 'submitted') return current;
  const waiting = deps.drafts.all().filter((draft) => draft.agencyId === staff.agencyId && draft.status === 'submitted');
  return waiting[waiting.length - 1];
}

/** "审核": what waits for review; the reviewer's session is pointed at it so "预览" shows it. */
export function reviewList(deps: DataEntryDeps, staff: StaffIdentity, attach: (draft: Draft) => void): string {
  if (staff.role !== 'reviewer') return NOT_REVIEWER;
  const waiting = deps.drafts.all().filter((draft) => draft.agencyId === staff.agencyId && draft.status === 'submitted');
  if (waiting.length === 0) return '目前没有待审核的报告。';
  const latest = waiting[waiting.length - 1];
  attach(latest);
  const lines = waiting.map((draft) => {
    const errors = draftProgress(deps.drafts, draft.id).violations.length;
    const override = draft.overrideReason ? `；有${errors}处勾稽关系不符，提交理由：${draft.overrideReason}` : '';
    return `《${reportTitleOf(draft)}》待审核，提交人：${nameOf(deps, draft.submittedBy)}${override}。`;
  });
  lines.push('发“预览”查看全文，“通过”发布，“退回 理由”退回修改。');
  return lines.join('\n');
}

/** "通过": publish the draft (draft-service: report stored, draft marked published, in one transaction). */
export function approve(deps: DataEntryDeps, staff: StaffIdentity, sessionDraftId?: number): string {
  if (staff.role !== 'reviewer') return NOT_REVIEWER;
  const draft = submittedDraft(deps, staff, sessionDraftId);
  if (!draft) return '目前没有待审核的报告。';
  // Four eyes: whoever submitted the draft, or changed it since it was last returned, cannot pass it.
  const involved = draft.submittedBy === staff.id || deps.drafts.changedSinceReturn(draft.id, staff.id);
  const reviewers = deps.staff.ofAgency(staff.agencyId).filter((member) => member.role === 'reviewer');
  const selfApproval = involved && reviewers.length === 1 && deps.staff.selfApprovalAllowed(staff.agencyId);
  if (involved && !selfApproval) {
    const why = draft.submittedBy === staff.id ? '这份报告是您提交的' : '您在报告提交审核前修改过其中的内容';
    const others = reviewers.filter((member) => member.id !== staff.id);
    return others.length > 0
      ? `不能通过：${why}，按照“谁填报、谁不审核”的要求，请本机关另一位审核人（${others.map((member) => member.name).join('、')}）发“通过”。`
      : `不能通过：${why}，而本机关只有您一位审核人。请再登记一位审核人；确实只有一人时，管理员可用“gongkai agencies self-approval ${staff.agency} on”允许本人审核（每次使用都记入审计日志）。`;
  }
  const saved = publishDraft(deps.drafts, deps.reports, draft, { id: staff.id, selfApproval });
  const lines = [
    `已通过并发布《${reportTitleOf(draft)}》。${saved.replaced ? '已替换此前导入的同年度报告，' : ''}群众提问将立即按这份报告回答。`,
  ];
  for (const warning of saved.violations.filter((violation) => violation.severity === 'warning')) lines.push(`提示：${warning.message}`);
  lines.push('网站发布用的 Word 或 Markdown 文件，可由管理员用“gongkai export 机关 年度 --format docx”导出。');
  return lines.join('\n');
}

/** "退回 理由": back to the clerks, with the reason they will see. */
export function returnDraft(deps: DataEntryDeps, staff: StaffIdentity, reason: string, sessionDraftId?: number): string {
  if (staff.role !== 'reviewer') return NOT_REVIEWER;
  const draft = submittedDraft(deps, staff, sessionDraftId);
  if (!draft) return '目前没有待审核的报告。';
  if (!reason) return '请写明退回理由，例如“退回 新收申请的数字与台账不符”。';
  deps.drafts.setStatus(draft.id, 'returned', { reviewedBy: staff.id, returnReason: reason, overrideReason: draft.overrideReason });
  return `已退回《${reportTitleOf(draft)}》，理由：${reason}。填报人${nameOf(deps, draft.submittedBy)}发“填报”或“进度”即可看到并修改，改完重新“提交”。`;
}

/** "更正报告": a published draft opened again; the published report stays until the next approval. */
export function reopen(deps: DataEntryDeps, _staff: StaffIdentity, draft: Draft): string {
  if (draft.status !== 'published')
    return `《${reportTitleOf(draft)}》还没有发布，${draft.status === 'submitted' ? '正在审核。' : '可以直接修改。'}`;
  deps.drafts.setStatus(draft.id, 'draft', {});
  return `已重新打开《${reportTitleOf(draft)}》的草稿。改完后请重新“提交”审核；重新发布前，群众看到的仍是已发布的版本。`;
}

/**
 * "添加工作人员 ID 姓名 clerk|reviewer [手机]": a reviewer registers staff of their own agency, on the
 * channel the reviewer wrote from: a user id means one person on one platform (an openid, a WeCom
 * userid), so the same id elsewhere may be somebody else. Other channels: `gongkai staff add --channel`.
 */
export function staffAdd(
  deps: DataEntryDeps,
  staff: StaffIdentity,
  input: { id: string; name: string; role: StaffRole; mobile?: string },
  channel: string,
): string {
  if (staff.role !== 'reviewer') return NOT_REVIEWER;
  const boundId = deps.staff.staffIdOf(channel, input.id);
  const existing = boundId === undefined ? undefined : deps.staff.byId(boundId);
  if (boundId !== undefined && existing?.agencyId !== staff.agencyId)
    return `ID ${input.id} 在本渠道已登记${existing ? `在${existing.agency}` : '为其他人员'}，不能再登记到本机关。`;
  const member = deps.staff.add({ id: input.id, name: input.name, agency: staff.agency, role: input.role, mobile: input.mobile, channel });
  return `${existing ? '已更新' : '已添加'}工作人员：${member.name}（${ROLE_NAMES[member.role]}），机关：${member.agency}。对方在本渠道用这个账号发“填报”即可开始；要在其他渠道使用，请管理员运行“gongkai staff add --channel 渠道”。`;
}

/** "删除工作人员 ID". */
export function staffRemove(deps: DataEntryDeps, staff: StaffIdentity, id: string): string {
  if (staff.role !== 'reviewer') return NOT_REVIEWER;
  const member = deps.staff.byId(id);
  if (!member || member.agencyId !== staff.agencyId) return `本机关没有 ID 为 ${id} 的工作人员。发“工作人员”查看名单。`;
  if (member.id === staff.id) return '不能删除自己。';
  deps.staff.remove(id);
  return `已删除工作人员：${member.name}（${ROLE_NAMES[member.role]}）。`;
}

/** "工作人员": the agency's staff. */
export function staffList(deps: DataEntryDeps, staff: StaffIdentity): string {
  const members = deps.staff.ofAgency(staff.agencyId);
  return [
    `${staff.agency}的工作人员：`,
    ...members.map((member) => `· ${member.name}（${ROLE_NAMES[member.role]}）ID：${member.id}`),
    staff.role === 'reviewer' ? '审核人可发“添加工作人员 ID 姓名 clerk”或“删除工作人员 ID”。' : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The staff console at /console: sign-in by one-time link, the season page, an agency's page
 * (with approve/return for reviewers, through the same review functions chat uses), the import
 * page and the figures page with its downloads.
 */
import { reportTitleOf } from '../report/labels.js';
import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { raw } from 'hono/html';
import type { StaffIdentity } from '../core/pipeline.js';
import { approve, returnDraft } from '../data-entry/review.js';
import { draftProgress, draftReport } from '../data-entry/draft-service.js';
import type { Logger } from '../core/log.js';
import { layoutOf } from '../report/catalogue.js';
import type { Report, Violation } from '../report/model.js';
import { extractText } from '../report/extract.js';
import { importReport } from '../report/import-service.js';
import { parseReport } from '../report/parse.js';
import type { DeadlineCalendar } from '../reminders/calendar.js';
import type { Db } from '../store/db.js';
import type { DraftStore } from '../store/draft-store.js';
import type { ReportStore } from '../store/report-store.js';
import type { StaffStore } from '../store/staff-store.js';
import type { StateStore } from '../core/state.js';
import {
  AttemptLimiter,
  clientAddress,
  type ConsoleVariables,
  CSRF_FIELD,
  endSessionCookie,
  requireCsrf,
  requireSession,
  startSessionCookie,
} from './auth.js';
import { renderChartSvg } from './charts.js';
import { agenciesInScope, type ConsoleStore, type ConsoleUser, mayView } from './console-store.js';
import { figuresCsv, figuresXlsx } from './export.js';
import { fetchReportUrl, type FetchReportUrl } from './fetch-report.js';
import { everyFigure, FIGURE_CHARTS, proactiveItemsByReport, seriesValue } from './figures.js';
import { Layout, shanghaiTime, STATUS_LABELS, StatusBadge, type SeasonStatus } from './layout.js';
import { reportPath } from './public-pages.js';
import { ReportBody, ViolationList } from './report-view.js';
import { arrangeSeason, defaultSeasonYear, seasonRows } from './season.js';

/** What the console needs from the application. */
export interface ConsoleDeps {
  db: Db;
  reports: ReportStore;
  drafts: DraftStore;
  staff: StaffStore;
  state: StateStore;
  now: () => Date;
  logger: Logger;
  console: ConsoleStore;
  calendar: DeadlineCalendar;
  /** Fetch a report from a URL (replaceable by the web-import module). */
  fetchUrl?: FetchReportUrl;
  /** Sign-in attempts per address per 10 minutes (default 20). */
  signInLimit?: number;
}

const ROLE_NAMES = { clerk: '填报人', reviewer: '审核人', office: '政务公开办' } as const;
const PENDING_IMPORT_TTL_MS = 30 * 60_000;
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

type Env = { Variables: ConsoleVariables };

function Nav(props: { user: ConsoleUser; csrf: string }) {
  return (
    <>
      <a href="/console">
        <strong>年报工作台</strong>
      </a>
      <a href="/console/figures">数据</a>
      {props.user.role !== 'clerk' ? <a href="/console/import">导入</a> : null}
      <a href="/r/">公开报告</a>
      <form class="inline" method="post" action="/console/logout">
        <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
        <button class="secondary" type="submit">
          退出（{props.user.name}）
        </button>
      </form>
    </>
  );
}

/** The staff identity the review functions expect, for a reviewer of one agency. */
function reviewerIdentity(user: ConsoleUser): StaffIdentity | undefined {
  if (user.role !== 'reviewer' || user.agencyId === null || user.agency === null) return undefined;
  return { id: user.id, name: user.name, agencyId: user.agencyId, agency: user.agency, role: 'reviewer' };
}

/** Build the /console routes. */
export function consolePages(deps: ConsoleDeps): Hono<Env> {
  const app = new Hono<Env>();
  const limiter = new AttemptLimiter(deps.signInLimit ?? 20, 10 * 60_000);
  const fetchUrl = deps.fetchUrl ?? fetchReportUrl;
  const pendingImports = new Map<string, { staffId: string; name: string; report: Report; violations: Violation[]; at: number }>();
  const log = deps.logger.child({ module: 'console' });
  const reviewDeps = { db: deps.db, drafts: deps.drafts, reports: deps.reports, staff: deps.staff, state: deps.state, now: deps.now };

  const page = (context: Context<Env>, title: string, body: unknown, status: 200 | 400 | 403 | 404 | 429 = 200) => {
    const session = context.get('session');
    return context.html(
      <Layout title={title} nav={session ? <Nav user={session.user} csrf={session.csrfToken} /> : undefined}>
        {body as never}
      </Layout>,
      status,
    );
  };
  const signInPage = (context: Context, message?: string, status: 200 | 403 | 429 = 200) =>
    context.html(
      <Layout title="登录年报工作台">
        <h1>登录年报工作台</h1>
        {message ? <p class="error">{message}</p> : null}
        <div class="card">
          <p>请用已登记的微信号向公众号发送“登录”（或“控制台”），点开收到的链接即可进入。链接10分钟内有效，只能使用一次。</p>
          <p class="muted">
            管理员也可以在服务器上运行 <code>npx gongkai console-link --id 你的ID</code> 得到链接。
          </p>
        </div>
      </Layout>,
      status,
    );
  const audit = (context: Context<Env>, action: string, target: string, detail?: string) =>
    deps.console.audit({ staffId: context.get('session')?.user.id ?? null, action, target, detail, address: clientAddress(context) });

  // Sign-in: the link shows a button, and only the button's POST uses the token, so a link preview
  // (WeChat fetches links it shows) cannot spend it, and the cookie is set by a same-site request.
  app.get('/login', (context) => {
    const token = context.req.query('token') ?? '';
    return context.html(
      <Layout title="登录年报工作台">
        <h1>登录年报工作台</h1>
        <div class="card">
          <form method="post" action="/console/login">
            <input type="hidden" name="token" value={token} />
            <button type="submit" id="sign-in">
              进入工作台
            </button>
          </form>
        </div>
      </Layout>,
    );
  });
  app.post('/login', async (context) => {
    const address = clientAddress(context);
    if (!limiter.allow(address)) {
      log.warn({ address }, 'sign-in rate limit reached');
      return signInPage(context, '登录尝试过于频繁，请10分钟后再试。', 429);
    }
    const form = await context.req.parseBody();
    const token = typeof form.token === 'string' ? form.token : '';
    const result = token ? deps.console.redeemLoginToken(token) : ({ ok: false, reason: 'unknown' } as const);
    if (!result.ok) {
      deps.console.audit({ staffId: null, action: 'sign-in-refused', target: 'console', detail: result.reason, address });
      const reason = {
        unknown: '登录链接无效',
        used: '登录链接已经用过',
        expired: '登录链接已过期',
        'no-user': '这个账号已不在工作人员名单中',
      }[result.reason];
      return signInPage(context, `${reason}。请重新发送“登录”获取新链接。`, 403);
    }
    startSessionCookie(context, result.sessionId);
    deps.console.audit({ staffId: result.session.user.id, action: 'sign-in', target: 'console', address });
    return context.redirect('/console', 303);
  });

  app.use(
    '*',
    requireSession(deps.console, (context) => signInPage(context)),
  );
  app.use('*', requireCsrf());

  app.post('/logout', (context) => {
    audit(context, 'sign-out', 'console');
    deps.console.endSession(context.get('sessionId'));
    endSessionCookie(context);
    return context.redirect('/console', 303);
  });

  app.get('/', (context) => {
    const { user } = context.get('session');
    const year = Number(context.req.query('year')) || defaultSeasonYear(deps.now());
    const status = context.req.query('status') ?? '';
    const sort = context.req.query('sort') ?? 'status';
    const query = context.req.query('q') ?? '';
    const agencies = agenciesInScope(user, deps.reports);
    const all = seasonRows({
      db: deps.db,
      reports: deps.reports,
      drafts: deps.drafts,
      calendar: deps.calendar,
      agencies,
      year,
      now: deps.now(),
    });
    const rows = arrangeSeason(all, { status, sort, query });
    const counts = Object.fromEntries(Object.keys(STATUS_LABELS).map((key) => [key, all.filter((row) => row.status === key).length]));
    const scope = user.role === 'office' ? (user.scope ? `${user.scope}的机关` : '全部机关') : (user.agency ?? '');
    const dataYears = [...new Set([...deps.reports.years(), ...deps.drafts.all().map((draft) => draft.year)])]
      .filter((other) => other !== year)
      .sort((a, b) => b - a);
    return page(
      context,
      `${year}年度报告进度`,
      <>
        <h1>
          {year}年度报告进度 · {scope}
        </h1>
        <p class="muted">
          {ROLE_NAMES[user.role]} {user.name}。共{all.length}个机关：
          {Object.entries(STATUS_LABELS).map(([key, label]) =>
            counts[key] > 0 ? (
              <>
                {' '}
                <StatusBadge status={key as SeasonStatus} /> {label}
                {counts[key]}
              </>
            ) : null,
          )}
        </p>
        {dataYears.length > 0 ? (
          <p class="muted">
            其他年度：
            {dataYears.map((other) => (
              <>
                {' '}
                <a href={`/console?year=${other}`}>{other}</a>
              </>
            ))}
          </p>
        ) : null}
        <form method="get" action="/console" class="card">
          年度 <input name="year" type="number" value={String(year)} style="width:6em" /> 状态{' '}
          <select name="status">
            <option value="">全部</option>
            {Object.entries(STATUS_LABELS).map(([key, label]) => (
              <option value={key} selected={key === status}>
                {label}
              </option>
            ))}
          </select>{' '}
          排序{' '}
          <select name="sort">
            {[
              ['status', '需要关注的在前'],
              ['agency', '机关名称'],
              ['missing', '缺项多的在前'],
              ['breaks', '勾稽不符多的在前'],
              ['reminder', '最近提醒早的在前'],
            ].map(([key, label]) => (
              <option value={key} selected={key === sort}>
                {label}
              </option>
            ))}
          </select>{' '}
          <input name="q" value={query} placeholder="机关名称" style="width:8em" /> <button type="submit">筛选</button>
        </form>
        <div class="scroll">
          <table id="season">
            <tr>
              <th>机关</th>
              <th>状态</th>
              <th>缺项</th>
              <th>勾稽不符</th>
              <th>最近提醒</th>
              <th>距截止</th>
            </tr>
            {rows.map((row) => (
              <tr data-agency={row.agency} data-status={row.status}>
                <td>
                  <a href={`/console/agency/${row.agencyId}?year=${year}`}>{row.agency}</a>
                </td>
                <td>
                  <StatusBadge status={row.status} />
                </td>
                <td class={`n ${row.cellsMissing ? 'warn' : ''}`}>
                  {row.cellsMissing === null ? '—' : `${row.cellsMissing}格${row.sectionsMissing > 0 ? `、${row.sectionsMissing}段` : ''}`}
                </td>
                <td class={`n ${row.ruleBreaks > 0 ? 'late' : ''}`}>{row.ruleBreaks}</td>
                <td>{row.lastReminder ? shanghaiTime(row.lastReminder) : '—'}</td>
                <td
                  class={`n ${row.status === 'published' || row.status === 'imported' ? 'ok' : row.daysLeft < 0 ? 'late' : row.daysLeft <= 7 ? 'warn' : ''}`}
                >
                  {row.status === 'published' || row.status === 'imported'
                    ? '完成'
                    : row.daysLeft < 0
                      ? `逾期${-row.daysLeft}天`
                      : `${row.daysLeft}天`}
                </td>
              </tr>
            ))}
          </table>
        </div>
        {rows.length === 0 ? <p class="muted">没有符合条件的机关。</p> : null}
      </>,
    );
  });

  app.get('/agency/:id', (context) => {
    const { user, csrfToken } = context.get('session');
    const agencyId = Number(context.req.param('id'));
    if (!Number.isInteger(agencyId) || !mayView(user, agencyId, deps.reports)) {
      return page(
        context,
        '无权查看',
        <>
          <h1>无权查看</h1>
          <p>您只能查看{user.role === 'office' ? '职责范围内' : '本机关'}的报告。</p>
        </>,
        403,
      );
    }
    const agency = deps.reports.agencies().find((candidate) => candidate.id === agencyId)!;
    const year = Number(context.req.query('year')) || defaultSeasonYear(deps.now());
    const draft = deps.drafts.get(agencyId, year);
    const record = deps.reports.report(agencyId, year);
    const [row] = seasonRows({
      db: deps.db,
      reports: deps.reports,
      drafts: deps.drafts,
      calendar: deps.calendar,
      agencies: [agency],
      year,
      now: deps.now(),
    });
    const report = draft ? draftReport(deps.drafts, draft.id) : record ? deps.reports.load(record.id) : undefined;
    const violations = draft ? draftProgress(deps.drafts, draft.id).violations : record ? deps.reports.violations(record.id) : [];
    const progress = draft ? draftProgress(deps.drafts, draft.id) : undefined;
    const history = draft ? deps.drafts.history(draft.id).slice(-200).reverse() : [];
    const names = new Map(deps.staff.ofAgency(agencyId).map((member) => [member.id, member.name]));
    const canReview = reviewerIdentity(user)?.agencyId === agencyId && draft?.status === 'submitted';
    const flash = context.req.query('done');
    return page(
      context,
      `${agency.name} ${year}年度`,
      <>
        <h1>
          {agency.name} · {year}年度 <StatusBadge status={row.status} />
        </h1>
        {flash ? (
          <p class="flash" id="flash">
            {flash}
          </p>
        ) : null}
        {record ? (
          <p>
            <a href={reportPath(agency.name, year)}>查看公开页面</a>
          </p>
        ) : null}
        {draft?.returnReason && draft.status === 'returned' ? <p class="error">退回理由：{draft.returnReason}</p> : null}
        {draft?.overrideReason ? <p class="warn">强制提交理由：{draft.overrideReason}</p> : null}
        {canReview ? (
          <div class="card" id="review">
            <h2>审核</h2>
            <form method="post" action={`/console/agency/${agencyId}/approve?year=${year}`} class="inline">
              <input type="hidden" name={CSRF_FIELD} value={csrfToken} />
              <button type="submit" id="approve">
                通过并发布
              </button>
            </form>
            <form method="post" action={`/console/agency/${agencyId}/return?year=${year}`}>
              <input type="hidden" name={CSRF_FIELD} value={csrfToken} />
              <p>
                <input name="reason" required placeholder="退回理由" style="width:100%" />
              </p>
              <button type="submit" class="secondary" id="return">
                退回修改
              </button>
            </form>
          </div>
        ) : null}
        <div class="card">
          <h2>勾稽关系</h2>
          <ViolationList violations={violations} />
          {progress && !progress.complete ? (
            <p class="warn">
              尚缺{progress.totalCells - progress.filledCells}格
              {progress.missingSections.length > 0 ? `、${progress.missingSections.length}段文字` : ''}。
            </p>
          ) : null}
        </div>
        {report ? (
          <div class="card">
            <p class="muted">{draft ? '草稿内容（空格显示为“—”）' : `已存报告：${reportTitleOf(report)}`}</p>
            <ReportBody report={report} />
          </div>
        ) : (
          <p class="muted">本年度还没有草稿或报告。</p>
        )}
        {history.length > 0 ? (
          <div class="card">
            <h2>修改记录</h2>
            <div class="scroll">
              <table>
                <tr>
                  <th>时间</th>
                  <th>谁</th>
                  <th>内容</th>
                  <th>原值</th>
                  <th>新值</th>
                </tr>
                {history.map((entry) => (
                  <tr class={entry.undone ? 'muted' : ''}>
                    <td>{shanghaiTime(entry.at)}</td>
                    <td>{names.get(entry.staffId) ?? entry.staffId}</td>
                    <td>
                      {entry.target}
                      {entry.undone ? '（已撤销）' : ''}
                    </td>
                    <td class="n">{entry.oldValue ?? '—'}</td>
                    <td class="n">{entry.newValue ?? '—'}</td>
                  </tr>
                ))}
              </table>
            </div>
          </div>
        ) : null}
      </>,
    );
  });

  const reviewAction = (kind: 'approve' | 'return') => async (context: Context<Env>) => {
    const { user } = context.get('session');
    const agencyId = Number(context.req.param('id'));
    const year = Number(context.req.query('year')) || defaultSeasonYear(deps.now());
    const identity = reviewerIdentity(user);
    const draft = deps.drafts.get(agencyId, year);
    if (!identity || identity.agencyId !== agencyId || !draft) {
      audit(context, `${kind}-refused`, `agency:${agencyId}:${year}`);
      return page(
        context,
        '无权操作',
        <>
          <h1>无权操作</h1>
          <p>只有本机关的审核人可以通过或退回报告。</p>
        </>,
        403,
      );
    }
    const form = await context.req.parseBody();
    const reason = typeof form.reason === 'string' ? form.reason.trim() : '';
    const reply = kind === 'approve' ? approve(reviewDeps, identity, draft.id) : returnDraft(reviewDeps, identity, reason, draft.id);
    audit(context, kind, `draft:${draft.id}`, kind === 'return' ? reason : undefined);
    return context.redirect(`/console/agency/${agencyId}?year=${year}&done=${encodeURIComponent(reply.split('\n')[0])}`, 303);
  };
  app.post('/agency/:id/approve', reviewAction('approve'));
  app.post('/agency/:id/return', reviewAction('return'));

  const importForm = (csrf: string) => (
    <div class="card">
      <form method="post" action="/console/import" enctype="multipart/form-data">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <p>
          上传报告文件（PDF、DOCX、HTML、TXT）：
          <input type="file" name="file" accept=".pdf,.docx,.html,.htm,.txt,.md" />
        </p>
        <p>
          或粘贴报告网址：
          <input type="url" name="url" placeholder="https://…" style="width:100%" />
        </p>
        <button type="submit" id="preview">
          读取并预览
        </button>
      </form>
    </div>
  );
  const mayImport = (user: ConsoleUser) => user.role !== 'clerk';

  app.get('/import', (context) => {
    const { user, csrfToken } = context.get('session');
    if (!mayImport(user))
      return page(
        context,
        '无权导入',
        <>
          <h1>无权导入</h1>
          <p>导入报告需要审核人或政务公开办账号。</p>
        </>,
        403,
      );
    return page(
      context,
      '导入报告',
      <>
        <h1>导入报告</h1>
        <p class="muted">先预览解析结果，确认后才保存。</p>
        {importForm(csrfToken)}
      </>,
    );
  });

  app.post('/import', async (context) => {
    const { user, csrfToken } = context.get('session');
    if (!mayImport(user)) return page(context, '无权导入', <h1>无权导入</h1>, 403);
    const form = await context.req.parseBody();
    const fail = (message: string) =>
      page(
        context,
        '导入报告',
        <>
          <h1>导入报告</h1>
          <p class="error">{message}</p>
          {importForm(csrfToken)}
        </>,
        400,
      );
    let name: string;
    let bytes: Uint8Array;
    const file = form.file;
    const url = typeof form.url === 'string' ? form.url.trim() : '';
    try {
      if (file instanceof File && file.size > 0) {
        if (file.size > MAX_UPLOAD_BYTES) return fail('文件太大（上限20MB）。');
        name = file.name;
        bytes = new Uint8Array(await file.arrayBuffer());
      } else if (url) {
        const fetched = await fetchUrl(url);
        name = fetched.name;
        bytes = fetched.bytes;
      } else return fail('请选择文件或填写网址。');
    } catch (error) {
      return fail(`无法读取：${(error as Error).message}`);
    }
    let parsed: { report: Report; violations: Violation[] };
    try {
      parsed = parseReport((await extractText({ name, bytes })).text);
    } catch (error) {
      const message = (error as { userMessage?: string }).userMessage ?? (error as Error).message;
      return fail(`${name}：${message}`);
    }
    const agency = deps.reports.agencyByName(parsed.report.agency);
    if (user.role === 'reviewer' && parsed.report.agency !== user.agency)
      return fail(`这份报告属于${parsed.report.agency}，审核人只能导入本机关（${user.agency}）的报告。`);
    if (user.role === 'office' && agency && !mayView(user, agency.id, deps.reports))
      return fail(`${parsed.report.agency}不在您的职责范围内。`);
    const at = Date.now();
    for (const [key, pending] of pendingImports) if (at - pending.at > PENDING_IMPORT_TTL_MS) pendingImports.delete(key);
    const id = randomBytes(12).toString('base64url');
    pendingImports.set(id, { staffId: user.id, name, report: parsed.report, violations: parsed.violations, at });
    const existing = agency ? deps.reports.report(agency.id, parsed.report.year) : undefined;
    const blanks = parsed.report.blanks ?? [];
    return page(
      context,
      '预览导入',
      <>
        <h1>预览：{reportTitleOf(parsed.report)}</h1>
        <div class="card" id="import-summary">
          <p>
            文件：{name}。机关：<strong>{parsed.report.agency}</strong>，年度：<strong>{parsed.report.year}</strong>，格式：
            {layoutOf(parsed.report.format).name}。
          </p>
          {existing ? <p class="warn">数据库里已有这一年度的报告，确认后将替换它。</p> : null}
          <h3>缺少的部分</h3>
          {parsed.report.missing.length > 0 ? (
            <ul class="plain">
              {parsed.report.missing.map((item) => (
                <li>{item}</li>
              ))}
            </ul>
          ) : (
            <p class="ok">无</p>
          )}
          <h3>原文空白的格子（按0计）</h3>
          {blanks.length > 0 ? <p>{blanks.join('、')}</p> : <p class="ok">无</p>}
          <h3>勾稽关系（表三、表四的校验）</h3>
          <ViolationList violations={parsed.violations} />
          {parsed.report.warnings.length > 0 ? (
            <>
              <h3>解析提示</h3>
              <ul class="plain">
                {parsed.report.warnings.map((warning) => (
                  <li>{warning.message}</li>
                ))}
              </ul>
            </>
          ) : null}
          <form method="post" action="/console/import/confirm">
            <input type="hidden" name={CSRF_FIELD} value={csrfToken} />
            <input type="hidden" name="id" value={id} />
            <button type="submit" id="confirm">
              确认导入
            </button>{' '}
            <a class="button secondary" href="/console/import">
              放弃
            </a>
          </form>
        </div>
        <div class="card">
          <ReportBody report={parsed.report} />
        </div>
      </>,
    );
  });

  app.post('/import/confirm', async (context) => {
    const { user } = context.get('session');
    const form = await context.req.parseBody();
    const id = typeof form.id === 'string' ? form.id : '';
    const pending = pendingImports.get(id);
    if (!pending || pending.staffId !== user.id)
      return page(
        context,
        '导入报告',
        <>
          <h1>导入报告</h1>
          <p class="error">预览已过期，请重新上传。</p>
        </>,
        400,
      );
    pendingImports.delete(id);
    // The same path as `gongkai import`: rules 7–9 and the cross-year rules, then the store.
    const saved = importReport(deps.reports, pending, { origin: 'import', sourceFile: pending.name });
    deps.reports.logImport(
      pending.name,
      saved.replaced ? 'replaced' : 'imported',
      `${saved.violations.length} violations (console, ${user.id})`,
      pending.report.agency,
      pending.report.year,
    );
    audit(context, 'import', `report:${saved.reportId}`, `${pending.name}${saved.replaced ? ' (replaced)' : ''}`);
    const agency = deps.reports.agencyByName(pending.report.agency)!;
    return context.redirect(
      `/console/agency/${agency.id}?year=${pending.report.year}&done=${encodeURIComponent(`已导入《${reportTitleOf(pending.report)}》${saved.replaced ? '（替换了原有报告）' : ''}。`)}`,
      303,
    );
  });

  const scopedIds = (user: ConsoleUser) => new Set(agenciesInScope(user, deps.reports).map((agency) => agency.id));

  app.get('/figures', (context) => {
    const { user } = context.get('session');
    const ids = scopedIds(user);
    const stored = deps.reports.reports().filter((report) => ids.has(report.agencyId));
    const years = [...new Set(stored.map((report) => report.year))].sort();
    const agencies = [...new Set(stored.map((report) => report.agency))].sort((a, b) => a.localeCompare(b, 'zh'));
    const proactive = proactiveItemsByReport(deps.reports);
    const year = Number(context.req.query('year')) || years[years.length - 1];
    const charts = FIGURE_CHARTS.map((chart) => {
      // Across agencies for one year; and each series summed across agencies per year.
      const ofYear = stored.filter((report) => report.year === year);
      const byAgency = renderChartSvg({
        title: `${chart.title}（${year}年，各机关）`,
        categories: ofYear.map((report) => report.agency),
        series: chart.series.map((series) => ({
          name: series.label,
          values: ofYear.map((report) => seriesValue(deps.reports, report, series.key, proactive) ?? null),
        })),
        width: 720,
        height: 320,
      });
      const byYear = renderChartSvg({
        title: `${chart.title}（各年度合计）`,
        categories: years.map((each) => `${each}年`),
        series: chart.series.map((series) => ({
          name: series.label,
          values: years.map((each) => {
            const values = stored
              .filter((report) => report.year === each)
              .map((report) => seriesValue(deps.reports, report, series.key, proactive))
              .filter((value): value is number => value !== undefined);
            return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) : null;
          }),
        })),
        kind: years.length > 2 ? 'line' : 'bar',
        width: 720,
        height: 280,
      });
      return { title: chart.title, byAgency, byYear };
    });
    return page(
      context,
      '数据',
      <>
        <h1>
          数据：{agencies.length}个机关、{stored.length}份报告
        </h1>
        <p>
          下载全部数字（每个机关、年度、格子一行，注明来源）：
          <a class="button" id="download-xlsx" href="/console/figures.xlsx">
            Excel (XLSX)
          </a>{' '}
          <a class="button secondary" id="download-csv" href="/console/figures.csv">
            CSV
          </a>
        </p>
        <form method="get" action="/console/figures">
          年度{' '}
          <select name="year">
            {years.map((each) => (
              <option value={String(each)} selected={each === year}>
                {each}
              </option>
            ))}
          </select>{' '}
          <button type="submit">切换</button>
        </form>
        {charts.map((chart) => (
          <div class="card chart">
            <h2>{chart.title}</h2>
            <div>{raw(chart.byAgency)}</div>
            {years.length > 1 ? <div>{raw(chart.byYear)}</div> : null}
          </div>
        ))}
      </>,
    );
  });

  app.get('/figures.xlsx', async (context) => {
    const { user } = context.get('session');
    const buffer = await figuresXlsx(everyFigure(deps.reports, scopedIds(user)));
    return context.body(new Uint8Array(buffer), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="gongkai-figures.xlsx"`,
    });
  });
  app.get('/figures.csv', (context) => {
    const { user } = context.get('session');
    return context.body(figuresCsv(everyFigure(deps.reports, scopedIds(user))), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="gongkai-figures.csv"`,
    });
  });

  return app;
}

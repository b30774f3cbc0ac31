/** The web app through Hono's app.request(): public pages, sign-in, sessions, CSRF, roles, review, import, downloads. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldByKey } from '../../../src/report/catalogue.js';
import { openDatabase } from '../../../src/store/db.js';
import { MIGRATIONS } from '../../../src/store/migrations.js';
import { everyFigure } from '../../../src/web/figures.js';
import { makeWebTestApp, signIn, type WebTestApp } from './helpers.js';

let test: WebTestApp;
afterEach(() => test?.app.dispose());

/** Every sample agency with its one report. */
const sampleReports = (t: WebTestApp) => t.app.reports.reports();

describe('public report pages', () => {
  it('lists every stored report and shows one with its three tables, anchors and chart, figures from the store', async () => {
    test = makeWebTestApp();
    const index = await (await test.web.request('/r/')).text();
    const reports = sampleReports(test);
    expect(reports.length).toBeGreaterThanOrEqual(5);
    for (const report of reports) expect(index).toContain(`/r/${encodeURIComponent(report.agency)}/${report.year}`);

    for (const report of reports) {
      const response = await test.web.request(`/r/${encodeURIComponent(report.agency)}/${report.year}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('二、主动公开政府信息情况');
      expect(html).toContain('三、收到和处理政府信息公开申请情况');
      expect(html).toContain('四、政府信息公开行政复议、行政诉讼情况');
      expect(html).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      // The anchored cell shows the stored value.
      const received = test.app.reports.cell(report.id, 'received', 'total');
      if (received !== undefined) expect(html).toMatch(new RegExp(`id="f-received\\.total"[^>]*>${received}<`));
    }
  });

  it('answers 404 with a Chinese explanation for a report not in the database, and reaches a page by agency id', async () => {
    test = makeWebTestApp();
    const missing = await test.web.request(`/r/${encodeURIComponent('不存在的局')}/2024`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('没有找到');
    const [report] = sampleReports(test);
    const byId = await test.web.request(`/r/${report.agencyId}/${report.year}`);
    expect(byId.status).toBe(200);
    expect(await byId.text()).toContain(report.agency);
  });

  it('ends a figure answer in chat with a link to the figure on its page when PUBLIC_BASE_URL is set', async () => {
    test = makeWebTestApp({ PUBLIC_BASE_URL: 'https://gk.example.gov.cn/' });
    const report = sampleReports(test).find((candidate) => test.app.reports.cell(candidate.id, 'received', 'total') !== undefined)!;
    const reply = await test.app.handle({
      channel: 'test',
      user: 'citizen-9',
      kind: 'text',
      text: `${report.agency}${report.year}年新收了多少件申请？`,
      id: 'm1',
      receivedAt: new Date(),
    } as never);
    const link = /https:\/\/gk\.example\.gov\.cn(\/r\/\d+\/\d{4})(#f-[\w.]+)?/.exec(String(reply));
    expect(link, String(reply)).not.toBeNull();
    const page = await (await test.web.request(link![1])).text();
    if (link![2]) expect(page).toContain(`id="${link![2].slice(1)}"`);
    // Without the setting the answer has no link.
    const plain = makeWebTestApp();
    try {
      const answer = await plain.app.handle({
        channel: 'test',
        user: 'citizen-9',
        kind: 'text',
        text: `${report.agency}${report.year}年新收了多少件申请？`,
        id: 'm2',
        receivedAt: new Date(),
      } as never);
      expect(String(answer)).not.toContain('/r/');
    } finally {
      plain.app.dispose();
    }
  });
});

describe('sign-in and sessions', () => {
  it('a one-time link works once, sets an HttpOnly SameSite=Strict cookie, and is refused when reused or expired', async () => {
    test = makeWebTestApp();
    test.store.addOffice({ id: 'office-1', name: '王主任' });
    const { token } = test.store.createLoginToken('office-1');
    // Opening the link (GET, as a link preview would) does not spend it.
    expect((await test.web.request(`/console/login?token=${token}`)).status).toBe(200);
    const first = await test.web.request('/console/login', { method: 'POST', body: new URLSearchParams({ token }) });
    expect(first.status).toBe(303);
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const again = await test.web.request('/console/login', { method: 'POST', body: new URLSearchParams({ token }) });
    expect(again.status).toBe(403);
    expect(await again.text()).toContain('已经用过');

    const late = test.store.createLoginToken('office-1');
    test.clock.now = new Date(test.clock.now.getTime() + 11 * 60_000);
    const expired = await test.web.request('/console/login', { method: 'POST', body: new URLSearchParams({ token: late.token }) });
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('已过期');
    const audit = test.store.recentAudit().map((entry) => `${entry.action}:${entry.detail ?? ''}`);
    expect(audit).toEqual(expect.arrayContaining(['sign-in:', 'sign-in-refused:used', 'sign-in-refused:expired']));
  });

  it('marks the cookie Secure behind TLS, refuses pages without a session, and rate-limits sign-in attempts', async () => {
    test = makeWebTestApp();
    test.store.addOffice({ id: 'office-1', name: '王主任' });
    const { token } = test.store.createLoginToken('office-1');
    const secure = await test.web.request('/console/login', {
      method: 'POST',
      body: new URLSearchParams({ token }),
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(secure.headers.get('set-cookie')).toMatch(/Secure/);
    const anonymous = await (await test.web.request('/console')).text();
    expect(anonymous).toContain('发送“登录”');
    let last = 0;
    for (let attempt = 0; attempt < 25; attempt += 1) {
      last = (
        await test.web.request('/console/login', {
          method: 'POST',
          body: new URLSearchParams({ token: `guess${attempt}` }),
          headers: { 'x-forwarded-for': '203.0.113.7' },
        })
      ).status;
    }
    expect(last).toBe(429);
  });

  // Staff are found by (channel, user id): the messages come through a channel the service has.
  it('"登录" in chat gives a registered staff member a link that signs in; a citizen gets no link', async () => {
    test = makeWebTestApp({ PUBLIC_BASE_URL: 'https://gk.example.gov.cn' });
    const agency = test.app.reports.agencies()[0];
    test.app.staff.add({ id: 'clerk-1', name: '张三', agency: agency.name, role: 'clerk' });
    const reply = String(
      await test.app.handle({ channel: 'console', user: 'clerk-1', kind: 'text', text: '登录', id: 'x1', receivedAt: new Date() } as never),
    );
    const link = /https:\/\/gk\.example\.gov\.cn\/console\/login\?token=([\w-]+)/.exec(reply);
    expect(link, reply).not.toBeNull();
    expect((await test.web.request('/console/login', { method: 'POST', body: new URLSearchParams({ token: link![1] }) })).status).toBe(303);
    test.store.addOffice({ id: 'office-1', name: '王主任' });
    const officeReply = String(
      await test.app.handle({
        channel: 'console',
        user: 'office-1',
        kind: 'text',
        text: '控制台',
        id: 'x3',
        receivedAt: new Date(),
      } as never),
    );
    expect(officeReply).toContain('/console/login?token=');
    const citizen = String(
      await test.app.handle({ channel: 'console', user: 'someone', kind: 'text', text: '登录', id: 'x2', receivedAt: new Date() } as never),
    );
    expect(citizen).not.toContain('/console/login');
  });
});

describe('roles, CSRF and review', () => {
  it("a clerk sees only their own agency; another agency's page is refused", async () => {
    test = makeWebTestApp();
    const [own, other] = test.app.reports.agencies();
    test.app.staff.add({ id: 'clerk-1', name: '张三', agency: own.name, role: 'clerk' });
    const session = await signIn(test, 'clerk-1');
    const season = await (await test.web.request('/console', { headers: { cookie: session.cookie } })).text();
    expect(season).toContain(own.name);
    expect(season).not.toContain(other.name);
    expect((await test.web.request(`/console/agency/${own.id}`, { headers: { cookie: session.cookie } })).status).toBe(200);
    expect((await test.web.request(`/console/agency/${other.id}`, { headers: { cookie: session.cookie } })).status).toBe(403);
  });

  it("refuses a POST without its CSRF token, and the reviewer's approval publishes the draft through the review functions", async () => {
    test = makeWebTestApp();
    const agency = test.app.reports.agencies().find((candidate) => !test.app.reports.report(candidate.id, 2025))!;
    test.app.staff.add({ id: 'clerk-1', name: '张三', agency: agency.name, role: 'clerk' });
    test.app.staff.add({ id: 'rev-1', name: '李四', agency: agency.name, role: 'reviewer' });
    const draft = test.app.drafts.open(agency, 2025);
    test.app.drafts.apply(draft.id, 'clerk-1', [
      { kind: 'cell', row: 'received', column: 'natural_person', value: 4 },
      { kind: 'cell', row: 'received', column: 'total', value: 4 },
    ]);
    test.app.drafts.setStatus(draft.id, 'submitted', { submittedBy: 'clerk-1' });
    const session = await signIn(test, 'rev-1');
    const page = await (await test.web.request(`/console/agency/${agency.id}?year=2025`, { headers: { cookie: session.cookie } })).text();
    expect(page).toContain('通过并发布');

    const forged = await test.web.request(`/console/agency/${agency.id}/approve?year=2025`, {
      method: 'POST',
      headers: { cookie: session.cookie },
      body: new URLSearchParams({}),
    });
    expect(forged.status).toBe(403);
    expect(test.app.drafts.byId(draft.id)!.status).toBe('submitted');

    const approved = await test.web.request(`/console/agency/${agency.id}/approve?year=2025`, {
      method: 'POST',
      headers: { cookie: session.cookie },
      body: new URLSearchParams({ _csrf: session.csrf }),
    });
    expect(approved.status).toBe(303);
    expect(test.app.drafts.byId(draft.id)!.status).toBe('published');
    const stored = test.app.reports.report(agency.id, 2025)!;
    expect(test.app.reports.cell(stored.id, 'received', 'total')).toBe(4);
    expect(await (await test.web.request(`/r/${encodeURIComponent(agency.name)}/2025`)).text()).toMatch(/id="f-received\.total"[^>]*>4</);
    expect(test.store.recentAudit().some((entry) => entry.action === 'approve' && entry.staffId === 'rev-1')).toBe(true);
  });

  it("the season page shows each agency's status, missing cells and rule breaks, and filters by status", async () => {
    test = makeWebTestApp();
    test.store.addOffice({ id: 'office-1', name: '王主任' });
    const agencies = test.app.reports.agencies().filter((candidate) => !test.app.reports.report(candidate.id, 2025));
    const [drafting, submitted, returned] = agencies;
    for (const [agency, status] of [
      [drafting, 'draft'],
      [submitted, 'submitted'],
      [returned, 'returned'],
    ] as const) {
      const draft = test.app.drafts.open(agency, 2025);
      // received: 5 new, 0 carried over, handled 3: breaks rule 1 once all its cells are filled.
      test.app.drafts.apply(draft.id, 'x', [{ kind: 'cell', row: 'received', column: 'total', value: 5 }]);
      if (status !== 'draft')
        test.app.drafts.setStatus(draft.id, status, {
          submittedBy: 'x',
          returnReason: status === 'returned' ? '数字不符' : undefined,
          reviewedBy: status === 'returned' ? 'y' : undefined,
        });
    }
    test.app.db
      .prepare(
        "INSERT INTO reminder_log (agency_id, person_id, entry_id, day, channel, report_year, text, status, created_at, updated_at, sent_at) VALUES (?, 'x', 'due-7', '2026-01-19', 'console', 2025, 't', 'sent', ?, ?, ?)",
      )
      .run(drafting.id, '2026-01-19T01:00:00.000Z', '2026-01-19T01:00:00.000Z', '2026-01-19T01:00:05.000Z');
    const session = await signIn(test, 'office-1');
    const html = await (await test.web.request('/console?year=2025', { headers: { cookie: session.cookie } })).text();
    expect(html).toMatch(new RegExp(`data-agency="${drafting.name}"[\\s\\S]*?2026-01-19 09:00`));
    const statusOf = (name: string) => new RegExp(`data-agency="${name}" data-status="(\\w+)"`).exec(html)?.[1];
    expect(statusOf(drafting.name)).toBe('draft');
    expect(statusOf(submitted.name)).toBe('submitted');
    expect(statusOf(returned.name)).toBe('returned');
    const imported = test.app.reports.reports().find((report) => report.year === 2025);
    if (imported) expect(statusOf(imported.agency)).toBe('imported');
    const untouched = test.app.reports
      .agencies()
      .find((agency) => !test.app.drafts.get(agency.id, 2025) && !test.app.reports.report(agency.id, 2025));
    if (untouched) expect(statusOf(untouched.name)).toBe('none');
    expect(html).toContain('11天');
    const onlyReturned = await (
      await test.web.request('/console?year=2025&status=returned', { headers: { cookie: session.cookie } })
    ).text();
    expect(onlyReturned).toContain(`data-agency="${returned.name}"`);
    expect(onlyReturned).not.toContain(`data-agency="${drafting.name}"`);
  });
});

describe('import and downloads', () => {
  it('previews an uploaded report (tables, missing, rule breaks) and stores it only on confirmation', async () => {
    test = makeWebTestApp();
    test.store.addOffice({ id: 'office-1', name: '王主任' });
    const session = await signIn(test, 'office-1');
    const text = readFileSync(new URL('../../fixtures/reports/trial-2019.txt', import.meta.url));
    const before = test.app.reports.reportCount();
    const form = new FormData();
    form.set('_csrf', session.csrf);
    form.set('file', new File([text], 'trial-2019.txt', { type: 'text/plain' }));
    const preview = await test.web.request('/console/import', { method: 'POST', headers: { cookie: session.cookie }, body: form });
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('确认导入');
    expect(html).toContain('三、收到和处理政府信息公开申请情况');
    expect(test.app.reports.reportCount()).toBe(before);
    const id = /name="id" value="([^"]+)"/.exec(html)![1];
    const confirmed = await test.web.request('/console/import/confirm', {
      method: 'POST',
      headers: { cookie: session.cookie },
      body: new URLSearchParams({ _csrf: session.csrf, id }),
    });
    expect(confirmed.status).toBe(303);
    expect(test.app.reports.reportCount()).toBe(before + 1);
    // The same preview cannot be confirmed twice.
    expect(
      (
        await test.web.request('/console/import/confirm', {
          method: 'POST',
          headers: { cookie: session.cookie },
          body: new URLSearchParams({ _csrf: session.csrf, id }),
        })
      ).status,
    ).toBe(400);
  });

  it('stores an upload through the import service: rules 7–9 are checked as `gongkai import` checks them', async () => {
    test = makeWebTestApp();
    test.store.addOffice({ id: 'office-1', name: '王主任' });
    const session = await signIn(test, 'office-1');
    const sample = readFileSync(new URL('../../../data/reports/zhongwei-kjj-2025.txt', import.meta.url), 'utf8');
    // Section 五 with its heading only: rule 8, which the parser itself does not check.
    const start = sample.indexOf('五、存在的主要问题及改进情况');
    const other = sample.indexOf('六、其他需要报告的事项');
    const text = `${sample.slice(0, start)}五、存在的主要问题及改进情况\n\n${sample.slice(other)}`;
    const form = new FormData();
    form.set('_csrf', session.csrf);
    form.set('file', new File([text], 'emptied.txt', { type: 'text/plain' }));
    const html = await (
      await test.web.request('/console/import', { method: 'POST', headers: { cookie: session.cookie }, body: form })
    ).text();
    const id = /name="id" value="([^"]+)"/.exec(html)![1];
    const confirmed = await test.web.request('/console/import/confirm', {
      method: 'POST',
      headers: { cookie: session.cookie },
      body: new URLSearchParams({ _csrf: session.csrf, id }),
    });
    expect(confirmed.status).toBe(303);
    const agency = test.app.reports.agencyByName('中卫市科学技术局')!;
    const stored = test.app.reports.report(agency.id, 2025)!;
    expect(test.app.reports.violations(stored.id).map((violation) => [violation.rule, violation.row])).toContainEqual([8, 'problems']);
  });

  it('reads a report from a pasted URL (served on 127.0.0.1) and refuses a URL that is not a report', async () => {
    test = makeWebTestApp();
    test.store.addOffice({ id: 'office-1', name: '王主任' });
    const session = await signIn(test, 'office-1');
    const text = readFileSync(new URL('../../fixtures/reports/trial-2019.txt', import.meta.url));
    const server = createServer((request, response) => {
      if (request.url === '/report.txt') response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
      else response.writeHead(404).end('no');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const post = (url: string) =>
        test.web.request('/console/import', {
          method: 'POST',
          headers: { cookie: session.cookie },
          body: new URLSearchParams({ _csrf: session.csrf, url }),
        });
      const preview = await post(`http://127.0.0.1:${port}/report.txt`);
      expect(preview.status).toBe(200);
      expect(await preview.text()).toContain('确认导入');
      const missing = await post(`http://127.0.0.1:${port}/gone.txt`);
      expect(missing.status).toBe(400);
      expect(await missing.text()).toContain('404');
      const notHttp = await post('file:///etc/passwd');
      expect(await notHttp.text()).toContain('只支持 http/https 网址');
    } finally {
      server.close();
    }
  });

  it('downloads every stored figure as XLSX and CSV, one row per agency, year and cell, with its source', async () => {
    test = makeWebTestApp();
    test.store.addOffice({ id: 'office-1', name: '王主任' });
    const session = await signIn(test, 'office-1');
    const response = await test.web.request('/console/figures.xlsx', { headers: { cookie: session.cookie } });
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('数据')!;
    const expected = everyFigure(test.app.reports);
    expect(sheet.rowCount).toBe(expected.length + 1);
    const report = test.app.reports.reports()[0];
    const value = test.app.reports.cell(report.id, 'received', 'total');
    const row = sheet
      .getSheetValues()
      .find((cells) => Array.isArray(cells) && cells[1] === report.agency && cells[2] === report.year && cells[4] === 'received.total') as
      | unknown[]
      | undefined;
    if (value !== undefined) {
      expect(row?.[6]).toBe(value);
      expect(row?.[5]).toBe(fieldByKey('received.total')!.label);
    }
    const csv = await (await test.web.request('/console/figures.csv', { headers: { cookie: session.cookie } })).text();
    expect(csv.trim().split('\r\n')).toHaveLength(expected.length + 1);
    const figures = await (await test.web.request('/console/figures', { headers: { cookie: session.cookie } })).text();
    expect((figures.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });
});

describe('migration 10', () => {
  it('rebuilds the staff table keeping existing rows, and accepts office members', () => {
    test = makeWebTestApp();
    const path = `${test.app.directory}/old.db`;
    const old = openDatabase(path, { migrations: MIGRATIONS.filter((migration) => migration.version < 10) });
    old.prepare("INSERT INTO agencies (name, created_at) VALUES ('某县教育局', 'now')").run();
    old.prepare("INSERT INTO staff (id, name, agency_id, role, created_at) VALUES ('c1', '甲', 1, 'clerk', 'now')").run();
    expect(() =>
      old.prepare("INSERT INTO staff (id, name, agency_id, role, created_at) VALUES ('o1', '乙', 1, 'office', 'now')").run(),
    ).toThrow();
    old.close();
    const migrated = openDatabase(path);
    expect(migrated.prepare('SELECT id, role, agency_id AS agencyId FROM staff').all()).toEqual([{ id: 'c1', role: 'clerk', agencyId: 1 }]);
    migrated
      .prepare("INSERT INTO staff (id, name, agency_id, role, created_at, scope) VALUES ('o1', '乙', NULL, 'office', 'now', '')")
      .run();
    expect(() =>
      migrated.prepare("INSERT INTO staff (id, name, agency_id, role, created_at) VALUES ('o2', '丙', 1, 'office', 'now')").run(),
    ).toThrow();
    migrated.close();
  });
});

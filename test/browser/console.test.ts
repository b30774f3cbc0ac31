/**
 * The console and the public pages in a real browser: Debian's headless Chromium driven by
 * playwright-core against `startService` on 127.0.0.1. Screenshots go to test-output/screenshots/.
 * Without a Chromium binary the suite is skipped with a message (CI installs the package).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import { type RunningService, startService } from '../../src/main.js';
import type { AgencyRecord } from '../../src/store/report-store.js';
import { ConsoleStore } from '../../src/web/console-store.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'].filter(
  (path): path is string => Boolean(path),
);
const executablePath = CANDIDATES.find((path) => existsSync(path));
if (!executablePath) console.warn('browser tests skipped: no Chromium binary (apt-get install chromium, or set CHROMIUM_PATH)');

const screenshots = join(__dirname, '..', '..', 'test-output', 'screenshots');

describe.skipIf(!executablePath)('console and report pages in Chromium', { timeout: 120_000 }, () => {
  const directory = mkdtempSync(join(tmpdir(), 'gongkai-browser-'));
  const clock = { now: new Date('2026-01-20T10:00:00+08:00') };
  let service: RunningService;
  let browser: Browser;
  let base: string;
  let store: ConsoleStore;
  let agency: AgencyRecord;
  let otherAgency: AgencyRecord;
  /** The office member's signed-in browser, kept for the later tests (one sign-in is enough). */
  let office: BrowserContext;

  const link = (staffId: string) => `${base}/console/login?token=${store.createLoginToken(staffId).token}`;
  async function signedIn(staffId: string): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(link(staffId));
    await page.click('#sign-in');
    await page.waitForURL(`${base}/console`);
    await page.close();
    return context;
  }

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', WECHAT_OA_TOKEN: 'browsertoken1' }, { db: join(directory, 'browser.db') });
    service = await startService(config, silentLogger, { now: () => clock.now, reminders: false });
    base = `http://127.0.0.1:${service.address.port}`;
    const app = service.app;
    store = new ConsoleStore(app.db, () => clock.now.getTime());
    store.addOffice({ id: 'office-1', name: '王主任' });
    const without2025 = app.reports.agencies().filter((candidate) => !app.reports.report(candidate.id, 2025));
    [agency, otherAgency] = without2025;
    app.staff.add({ id: 'clerk-1', name: '张三', agency: agency.name, role: 'clerk' });
    app.staff.add({ id: 'rev-1', name: '李四', agency: agency.name, role: 'reviewer' });
    // Several agencies in different states for 2025.
    const submitted = app.drafts.open(agency, 2025);
    app.drafts.apply(submitted.id, 'clerk-1', [
      { kind: 'cell', row: 'received', column: 'natural_person', value: 3 },
      { kind: 'cell', row: 'received', column: 'total', value: 3 },
    ]);
    app.drafts.setStatus(submitted.id, 'submitted', { submittedBy: 'clerk-1' });
    const drafting = app.drafts.open(otherAgency, 2025);
    app.drafts.apply(drafting.id, 'x', [{ kind: 'cell', row: 'received', column: 'total', value: 2 }]);
    if (without2025[2]) {
      const returned = app.drafts.open(without2025[2], 2025);
      app.drafts.setStatus(returned.id, 'returned', { reviewedBy: 'y', returnReason: '请核对' });
    }
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('signs in with a one-time link and shows the season with agencies in different states', async () => {
    office = await signedIn('office-1');
    const page = await office.newPage();
    await page.goto(`${base}/console?year=2025`);
    const statuses = await page.$$eval('#season tr[data-agency]', (rows) =>
      rows.map((row) => [row.getAttribute('data-agency'), row.getAttribute('data-status')]),
    );
    const byAgency = Object.fromEntries(statuses);
    expect(byAgency[agency.name]).toBe('submitted');
    expect(byAgency[otherAgency.name]).toBe('draft');
    expect(new Set(Object.values(byAgency)).size).toBeGreaterThanOrEqual(3);
    expect(Object.keys(byAgency).length).toBe(service.app.reports.agencies().length);
    await page.screenshot({ path: join(screenshots, 'season.png'), fullPage: true });
    // A sample report as a citizen opens it on a phone: title, chart, then the tables.
    const received = (report: { id: number }) => service.app.reports.cell(report.id, 'received', 'total') ?? -1;
    const sample = service.app.reports.reports().sort((a, b) => received(b) - received(a))[0];
    await page.setViewportSize({ width: 420, height: 1100 });
    await page.goto(`${base}/r/${encodeURIComponent(sample.agency)}/${sample.year}`);
    expect(await page.locator('.chart svg').count()).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: join(screenshots, 'report.png') });
    await page.close();
  });

  it('refuses a reused or expired link', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const once = link('office-1');
    await page.goto(once);
    await page.click('#sign-in');
    await page.waitForURL(`${base}/console`);
    const second = await (await browser.newContext()).newPage();
    await second.goto(once);
    await second.click('#sign-in');
    await expect.poll(() => second.textContent('body')).toContain('已经用过');
    const late = link('office-1');
    clock.now = new Date(clock.now.getTime() + 11 * 60_000);
    await second.goto(late);
    await second.click('#sign-in');
    await expect.poll(() => second.textContent('body')).toContain('已过期');
    await second.context().close();
    await context.close();
  });

  it("refuses a clerk on another agency's page", async () => {
    const context = await signedIn('clerk-1');
    const page = await context.newPage();
    expect((await page.goto(`${base}/console/agency/${agency.id}?year=2025`))!.status()).toBe(200);
    expect((await page.goto(`${base}/console/agency/${otherAgency.id}?year=2025`))!.status()).toBe(403);
    await context.close();
  });

  it('refuses a POST without its CSRF token, then approves the draft and the public page shows it', async () => {
    const context = await signedIn('rev-1');
    const page = await context.newPage();
    await page.goto(`${base}/console/agency/${agency.id}?year=2025`);
    // The same form with its token removed, submitted by the browser.
    await page.$eval('#review form input[name="_csrf"]', (input) => input.remove());
    const [forged] = await Promise.all([page.waitForResponse((response) => response.url().includes('/approve')), page.click('#approve')]);
    expect(forged.status()).toBe(403);
    expect(service.app.drafts.get(agency.id, 2025)!.status).toBe('submitted');

    expect((await page.goto(`${base}/r/${encodeURIComponent(agency.name)}/2025`))!.status()).toBe(404);
    await page.goto(`${base}/console/agency/${agency.id}?year=2025`);
    await page.click('#approve');
    await expect.poll(() => page.textContent('#flash')).toContain('已通过并发布');
    await page.goto(`${base}/r/${encodeURIComponent(agency.name)}/2025`);
    expect(await page.textContent('[id="f-received.total"]')).toBe('3');
    expect(await page.locator('.chart svg').count()).toBeGreaterThanOrEqual(1);
    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: join(screenshots, 'report-mobile.png'), fullPage: false });
    await context.close();
  });

  it('uploads a report, previews it and confirms the import', async () => {
    const page = await office.newPage();
    const before = service.app.reports.reportCount();
    await page.goto(`${base}/console/import`);
    await page.setInputFiles('input[name="file"]', join(__dirname, '..', 'fixtures', 'reports', 'trial-2019.txt'));
    await page.click('#preview');
    await page.waitForSelector('#import-summary');
    expect(service.app.reports.reportCount()).toBe(before);
    await page.screenshot({ path: join(screenshots, 'import-preview.png') });
    await page.click('#confirm');
    await expect.poll(() => page.textContent('#flash')).toContain('已导入');
    expect(service.app.reports.reportCount()).toBe(before + 1);
    await page.close();
  });

  it('downloads the XLSX of every figure and reads it back', async () => {
    const page = await office.newPage();
    await page.goto(`${base}/console/figures`);
    expect(await page.locator('.chart svg').count()).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: join(screenshots, 'figures.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-xlsx')]);
    const path = join(directory, 'figures.xlsx');
    await download.saveAs(path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('数据')!;
    const rows = sheet.getSheetValues().filter(Array.isArray) as unknown[][];
    const stored = service.app.reports.report(agency.id, 2025)!;
    const row = rows.find((cells) => cells[1] === agency.name && cells[2] === 2025 && cells[4] === 'received.total');
    expect(row?.[6]).toBe(service.app.reports.cell(stored.id, 'received', 'total'));
    await page.close();
  });
});

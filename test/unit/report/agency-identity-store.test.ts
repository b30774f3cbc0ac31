/**
 * One agency under several name forms is one agency in the store (with and without its city,
 * 繁体 and simplified, long and short kind), and a question naming an agency the store does
 * not know is refused, never answered for another agency whose name it contains.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sameAgency } from '../../../src/report/agency-names.js';
import { parseReport } from '../../../src/report/parse.js';
import { AgencyIndex } from '../../../src/qa/agency-index.js';
import { QaEngine } from '../../../src/qa/engine.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { buildReport, FIXTURE_DIR, xigongProse } from '../../fixtures/reports/layouts.js';

type Db = ReturnType<typeof openDatabase>;
let db: Db;
let store: ReportStore;

beforeEach(() => {
  db = openDatabase(':memory:');
  store = new ReportStore(db);
});
afterEach(() => db.close());

/** The xigong report printed under another name and year. */
function reportOf(agency: string, year: number): string {
  const prose = xigongProse();
  return buildReport({
    head: [`${agency}${year}年政府信息公开工作年度报告`],
    overview: prose.overview.replaceAll('西工区科学技术局', '我局').replaceAll('2024', String(year)),
  });
}

function save(text: string): void {
  const { report, violations } = parseReport(text);
  store.save(report, violations, { origin: 'import' });
}

describe('one agency under several names', () => {
  it('names that are and are not one agency', () => {
    expect(sameAgency('洛阳市西工区科学技术局', '西工区科技局')).toBe(true);
    expect(sameAgency('天津東疆保稅港區管理委員會', '天津东疆保税港区管委会')).toBe(true);
    expect(sameAgency('沈阳市和平区发展和改革委员会', '天津市和平区发展和改革委员会')).toBe(false);
    expect(sameAgency('西工区科学技术局', '西工区财政局')).toBe(false);
  });

  it('a district government with and without its city: one agency, the fuller name, both years', () => {
    save(reportOf('西工区人民政府', 2023));
    save(reportOf('洛阳市西工区人民政府', 2024));
    const agencies = store.agencies();
    expect(agencies.map((agency) => agency.name)).toEqual(['洛阳市西工区人民政府']);
    expect(store.reportsOfAgency(agencies[0].id).map((report) => report.year)).toEqual([2023, 2024]);
    const aliases = store.aliases().map((row) => row.alias);
    expect(aliases).toEqual(expect.arrayContaining(['西工区人民政府', '洛阳市西工区人民政府', '西工区政府']));
  });

  it('the fuller name first, then the short one: still one agency, name kept', () => {
    save(reportOf('洛阳市西工区人民政府', 2024));
    save(reportOf('西工区人民政府', 2023));
    expect(store.agencies().map((agency) => agency.name)).toEqual(['洛阳市西工区人民政府']);
  });

  it('the same district name in two cities stays two agencies, and a bare form of it is not forced on either', () => {
    save(reportOf('天津市和平区发展和改革委员会', 2023));
    save(reportOf('沈阳市和平区发展和改革委员会', 2023));
    save(reportOf('和平区发展和改革委员会', 2022));
    expect(store.agencies()).toHaveLength(3);
  });

  it('a 繁体 name is stored as printed, and found by its simplified form', () => {
    const text = readFileSync(join(FIXTURE_DIR, '..', 'reports-real', '10.txt'), 'utf8');
    save(text);
    const [agency] = store.agencies();
    expect(agency.name).toBe('天津東疆保稅港區管理委員會');
    const mentions = new AgencyIndex(store).find('天津东疆保税港区管理委员会2020年主动公开了多少条');
    expect(mentions.map((mention) => mention.agencies[0].id)).toEqual([agency.id]);
  });
});

describe('questions naming an agency the store does not know', () => {
  it("another city's agency of the same district name is not matched by substring", () => {
    save(reportOf('天津市和平区发展和改革委员会', 2023));
    const index = new AgencyIndex(store);
    expect(index.find('天津市和平区发展和改革委员会2023年的申请数')).toHaveLength(1);
    expect(index.find('沈阳市和平区发展和改革委员会2023年的申请数')).toEqual([]);
    const engine = new QaEngine({ reports: store });
    const answer = engine.ask('沈阳市和平区发展和改革委员会2023年收到多少件申请？');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).toContain('没有找到');
  });

  it('a city added before a name stored without one is still that agency (no contradiction)', () => {
    save(reportOf('西工区科学技术局', 2024));
    expect(new AgencyIndex(store).find('洛阳市西工区科技局2024年行政许可多少件')).toHaveLength(1);
  });

  it('a short name inside a longer one names nothing (洛阳|市科技局)', () => {
    // Stored before this fix, a name without its region: a question about a city's agency must not match it.
    store.ensureAgency('市科技局');
    expect(new AgencyIndex(store).find('洛阳市科技局2024年收到多少申请')).toEqual([]);
  });
});

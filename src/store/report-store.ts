/** The report repository: agencies, reports, cells, sections, prose figures, contacts. */
import { agencyAliases, splitAgencyName } from '../report/agency-names.js';
import { ROWS, type ReportFormat, type TableKey } from '../report/catalogue.js';
import type { Contacts, ProseFigure, Report, Violation } from '../report/model.js';
import { checkAcrossYears } from '../report/rules.js';
import type { Db } from './db.js';

export interface AgencyRecord {
  id: number;
  name: string;
  region: string;
  kind: string;
}

export interface ReportRecord {
  id: number;
  agencyId: number;
  agency: string;
  year: number;
  format: ReportFormat;
  title: string | null;
  origin: 'import' | 'entry';
  sourceFile: string | null;
  storedAt: string;
}

export interface SaveResult {
  reportId: number;
  /** True when a report for the same agency and year was replaced. */
  replaced: boolean;
  /** The table rules and the cross-year rule. */
  violations: Violation[];
}

export interface FigureValue {
  agency: string;
  agencyId: number;
  year: number;
  reportId: number;
  value: number;
}

const TABLES: TableKey[] = ['proactive', 'applications', 'appeals'];

/** Report title as citizens see it cited. */
export function reportTitle(record: { agency: string; year: number }): string {
  return `《${record.agency}${record.year}年政府信息公开工作年度报告》`;
}

/** Reads and writes reports. Statements are prepared once and reused. */
export class ReportStore {
  private readonly statements;

  constructor(readonly db: Db) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      agencyByName: prepare('SELECT id, name, region, kind FROM agencies WHERE name = ?'),
      insertAgency: prepare('INSERT INTO agencies (name, region, kind, created_at) VALUES (?, ?, ?, ?)'),
      insertAlias: prepare('INSERT OR IGNORE INTO agency_aliases (alias, agency_id) VALUES (?, ?)'),
      agencies: prepare('SELECT id, name, region, kind FROM agencies ORDER BY name'),
      agencyCount: prepare('SELECT COUNT(*) FROM agencies'),
      aliases: prepare('SELECT alias, agency_id AS agencyId FROM agency_aliases'),
      reportByAgencyYear: prepare(
        `SELECT r.id, r.agency_id AS agencyId, a.name AS agency, r.year, r.format, r.title, r.origin, r.source_file AS sourceFile, r.stored_at AS storedAt
         FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.agency_id = ? AND r.year = ?`,
      ),
      reportById: prepare(
        `SELECT r.id, r.agency_id AS agencyId, a.name AS agency, r.year, r.format, r.title, r.origin, r.source_file AS sourceFile, r.stored_at AS storedAt,
                r.missing, r.warnings
         FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = ?`,
      ),
      reports: prepare(
        `SELECT r.id, r.agency_id AS agencyId, a.name AS agency, r.year, r.format, r.title, r.origin, r.source_file AS sourceFile, r.stored_at AS storedAt
         FROM reports r JOIN agencies a ON a.id = r.agency_id ORDER BY a.name, r.year`,
      ),
      reportsOfAgency: prepare(
        `SELECT r.id, r.agency_id AS agencyId, a.name AS agency, r.year, r.format, r.title, r.origin, r.source_file AS sourceFile, r.stored_at AS storedAt
         FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.agency_id = ? ORDER BY r.year`,
      ),
      years: prepare('SELECT DISTINCT year FROM reports ORDER BY year'),
      reportCount: prepare('SELECT COUNT(*) FROM reports'),
      deleteReport: prepare('DELETE FROM reports WHERE id = ?'),
      deleteFts: prepare('DELETE FROM sections_fts WHERE report_id = ?'),
      insertReport: prepare(
        `INSERT INTO reports (agency_id, year, format, title, origin, source_file, missing, warnings, stored_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertCell: prepare('INSERT INTO cells (report_id, table_key, row_key, column_key, value) VALUES (?, ?, ?, ?, ?)'),
      insertSection: prepare('INSERT INTO sections (report_id, section_key, text) VALUES (?, ?, ?)'),
      insertFts: prepare('INSERT INTO sections_fts (text, report_id, section_key) VALUES (?, ?, ?)'),
      insertProse: prepare(
        `INSERT INTO prose_figures (report_id, section_key, figure_key, label, value, unit, channel, sentence)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertContacts: prepare(
        `INSERT INTO contacts (report_id, address, post_code, phone, fax, email, website, office_hours)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertViolation: prepare('INSERT INTO violations (report_id, rule, row_key, column_key, severity, message) VALUES (?, ?, ?, ?, ?, ?)'),
      cellsOfReport: prepare('SELECT table_key AS tableKey, row_key AS rowKey, column_key AS columnKey, value FROM cells WHERE report_id = ?'),
      cell: prepare('SELECT value FROM cells WHERE report_id = ? AND row_key = ? AND column_key = ?'),
      figureAcross: prepare(
        `SELECT a.name AS agency, a.id AS agencyId, r.year, r.id AS reportId, c.value
         FROM cells c JOIN reports r ON r.id = c.report_id JOIN agencies a ON a.id = r.agency_id
         WHERE c.row_key = ? AND c.column_key = ? AND r.year = ? ORDER BY c.value DESC, a.name`,
      ),
      figureAcrossAllYears: prepare(
        `SELECT a.name AS agency, a.id AS agencyId, r.year, r.id AS reportId, c.value
         FROM cells c JOIN reports r ON r.id = c.report_id JOIN agencies a ON a.id = r.agency_id
         WHERE c.row_key = ? AND c.column_key = ? ORDER BY r.year, c.value DESC, a.name`,
      ),
      sectionsOfReport: prepare('SELECT section_key AS sectionKey, text FROM sections WHERE report_id = ?'),
      section: prepare('SELECT text FROM sections WHERE report_id = ? AND section_key = ?'),
      proseOfReport: prepare(
        `SELECT figure_key AS key, label, value, unit, channel, sentence, section_key AS section FROM prose_figures WHERE report_id = ? ORDER BY id`,
      ),
      contactsOfReport: prepare('SELECT address, post_code, phone, fax, email, website, office_hours FROM contacts WHERE report_id = ?'),
      violationsOfReport: prepare('SELECT rule, row_key AS row, column_key AS "column", severity, message FROM violations WHERE report_id = ? ORDER BY rowid'),
      searchSections: prepare(
        `SELECT f.report_id AS reportId, f.section_key AS sectionKey, f.text FROM sections_fts f WHERE sections_fts MATCH ? LIMIT ?`,
      ),
      logImport: prepare('INSERT INTO import_log (file, agency, year, status, message, at) VALUES (?, ?, ?, ?, ?, ?)'),
    };
  }

  /** Find or create an agency, with its aliases. */
  ensureAgency(name: string): AgencyRecord {
    const existing = this.statements.agencyByName.get(name) as AgencyRecord | undefined;
    if (existing) return existing;
    const { region, kind } = splitAgencyName(name);
    const info = this.statements.insertAgency.run(name, region, kind, new Date().toISOString());
    const id = Number(info.lastInsertRowid);
    for (const alias of agencyAliases(name)) this.statements.insertAlias.run(alias, id);
    return { id, name, region, kind };
  }

  agencies(): AgencyRecord[] {
    return this.statements.agencies.all() as AgencyRecord[];
  }

  agencyCount(): number {
    return this.statements.agencyCount.pluck().get() as number;
  }

  /** Every alias with the agency it names (an alias may name several agencies). */
  aliases(): Array<{ alias: string; agencyId: number }> {
    return this.statements.aliases.all() as Array<{ alias: string; agencyId: number }>;
  }

  agencyByName(name: string): AgencyRecord | undefined {
    return this.statements.agencyByName.get(name) as AgencyRecord | undefined;
  }

  reports(): ReportRecord[] {
    return this.statements.reports.all() as ReportRecord[];
  }

  reportsOfAgency(agencyId: number): ReportRecord[] {
    return this.statements.reportsOfAgency.all(agencyId) as ReportRecord[];
  }

  report(agencyId: number, year: number): ReportRecord | undefined {
    return this.statements.reportByAgencyYear.get(agencyId, year) as ReportRecord | undefined;
  }

  reportById(reportId: number): ReportRecord | undefined {
    return this.statements.reportById.get(reportId) as ReportRecord | undefined;
  }

  years(): number[] {
    return this.statements.years.pluck().all() as number[];
  }

  reportCount(): number {
    return this.statements.reportCount.pluck().get() as number;
  }

  /**
   * Store a report, replacing any report of the same agency and year, in one transaction.
   * The cross-year rule is checked against the previous year's report when there is one.
   */
  save(report: Report, violations: Violation[], meta: { origin: 'import' | 'entry'; sourceFile?: string }): SaveResult {
    return this.db.transaction((): SaveResult => {
      const agency = this.ensureAgency(report.agency);
      const previous = this.report(agency.id, report.year);
      if (previous) {
        this.statements.deleteFts.run(previous.id);
        this.statements.deleteReport.run(previous.id);
      }
      const all = [...violations];
      const lastYear = this.report(agency.id, report.year - 1);
      if (lastYear && lastYear.format === '2021' && report.format === '2021') {
        all.push(...checkAcrossYears(report.proactive, this.tableOf(lastYear.id, 'proactive', '2021'), report.year - 1));
      }
      const info = this.statements.insertReport.run(
        agency.id,
        report.year,
        report.format,
        report.title ?? null,
        meta.origin,
        meta.sourceFile ?? null,
        JSON.stringify(report.missing),
        JSON.stringify(report.warnings),
        new Date().toISOString(),
      );
      const reportId = Number(info.lastInsertRowid);
      const rows = ROWS[report.format];
      for (const table of TABLES) {
        for (const [rowKey, values] of Object.entries(report[table])) {
          const row = rows.find((candidate) => candidate.key === rowKey);
          if (!row) continue;
          row.columns.forEach((column, index) => {
            const value = values[index];
            if (value !== undefined && value !== null && Number.isFinite(value)) this.statements.insertCell.run(reportId, table, rowKey, column.key, value);
          });
        }
      }
      for (const [key, text] of Object.entries(report.sections)) {
        this.statements.insertSection.run(reportId, key, text);
        this.statements.insertFts.run(text, reportId, key);
      }
      for (const figure of report.proseFigures) {
        this.statements.insertProse.run(reportId, figure.section, figure.key, figure.label, figure.value, figure.unit, figure.channel ?? null, figure.sentence);
      }
      const contacts = report.contacts;
      if (Object.keys(contacts).length > 0) {
        this.statements.insertContacts.run(
          reportId,
          contacts.address ?? null,
          contacts.post_code ?? null,
          contacts.phone ?? null,
          contacts.fax ?? null,
          contacts.email ?? null,
          contacts.website ?? null,
          contacts.office_hours ?? null,
        );
      }
      for (const violation of all) {
        this.statements.insertViolation.run(reportId, violation.rule, violation.row, violation.column, violation.severity, violation.message);
      }
      return { reportId, replaced: previous !== undefined, violations: all };
    })();
  }

  /** One table of a stored report, as row key → values in catalogue column order. */
  tableOf(reportId: number, table: TableKey, format: ReportFormat): Record<string, number[]> {
    const cells = (this.statements.cellsOfReport.all(reportId) as Array<{ tableKey: string; rowKey: string; columnKey: string; value: number }>).filter(
      (cell) => cell.tableKey === table,
    );
    const result: Record<string, number[]> = {};
    for (const row of ROWS[format].filter((candidate) => candidate.table === table)) {
      const own = cells.filter((cell) => cell.rowKey === row.key);
      if (own.length === 0) continue;
      result[row.key] = row.columns.map((column) => own.find((cell) => cell.columnKey === column.key)?.value ?? Number.NaN);
    }
    return result;
  }

  /** One figure of one report. */
  cell(reportId: number, rowKey: string, columnKey: string): number | undefined {
    return this.statements.cell.pluck().get(reportId, rowKey, columnKey) as number | undefined;
  }

  /** One figure across every agency for a year (or every year), largest first. */
  figureAcross(rowKey: string, columnKey: string, year?: number): FigureValue[] {
    return (year === undefined ? this.statements.figureAcrossAllYears.all(rowKey, columnKey) : this.statements.figureAcross.all(rowKey, columnKey, year)) as FigureValue[];
  }

  sections(reportId: number): Record<string, string> {
    const rows = this.statements.sectionsOfReport.all(reportId) as Array<{ sectionKey: string; text: string }>;
    return Object.fromEntries(rows.map((row) => [row.sectionKey, row.text]));
  }

  section(reportId: number, key: string): string | undefined {
    return this.statements.section.pluck().get(reportId, key) as string | undefined;
  }

  proseFigures(reportId: number): ProseFigure[] {
    return (this.statements.proseOfReport.all(reportId) as Array<ProseFigure & { channel: string | null }>).map((figure) => ({
      ...figure,
      channel: figure.channel ?? undefined,
    }));
  }

  contacts(reportId: number): Contacts {
    const row = this.statements.contactsOfReport.get(reportId) as Record<string, string | null> | undefined;
    if (!row) return {};
    return Object.fromEntries(Object.entries(row).filter(([, value]) => value)) as Contacts;
  }

  violations(reportId: number): Violation[] {
    return this.statements.violationsOfReport.all(reportId) as Violation[];
  }

  /** Full-text search over section texts (trigram: any Chinese phrase of three or more characters). */
  searchSections(phrase: string, limit = 20): Array<{ reportId: number; sectionKey: string; text: string }> {
    const quoted = `"${phrase.replace(/"/g, '""')}"`;
    return this.statements.searchSections.all(quoted, limit) as Array<{ reportId: number; sectionKey: string; text: string }>;
  }

  /** The whole report back as the model (for export, preview and the JSON of `import`). */
  load(reportId: number): Report | undefined {
    const record = this.statements.reportById.get(reportId) as (ReportRecord & { missing: string; warnings: string }) | undefined;
    if (!record) return undefined;
    return {
      agency: record.agency,
      year: record.year,
      format: record.format,
      title: record.title ?? undefined,
      sections: this.sections(reportId),
      proactive: this.tableOf(reportId, 'proactive', record.format),
      applications: this.tableOf(reportId, 'applications', record.format),
      appeals: this.tableOf(reportId, 'appeals', record.format),
      contacts: this.contacts(reportId),
      proseFigures: this.proseFigures(reportId),
      missing: JSON.parse(record.missing) as string[],
      warnings: JSON.parse(record.warnings),
    };
  }

  logImport(file: string, status: 'imported' | 'replaced' | 'refused', message: string, agency?: string, year?: number): void {
    this.statements.logImport.run(file, agency ?? null, year ?? null, status, message, new Date().toISOString());
  }
}

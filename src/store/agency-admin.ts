/**
 * Agency administration (gongkai agencies): list, rename, merge, remove and the single-reviewer
 * setting, each in one write transaction with an entry in admin_log. Tables that point at an
 * agency are found from the schema's foreign keys, so a table added later is carried along.
 */
import { GongkaiError } from '../core/errors.js';
import { agencyAliases, agencyNameProblem, splitAgencyName } from '../report/agency-names.js';
import { type Db, writing } from './db.js';
import type { AgencyRecord, ReportStore } from './report-store.js';

/** One agency with how much hangs on it. */
export interface AgencySummary extends AgencyRecord {
  reports: number;
  staff: number;
  drafts: number;
  selfApproval: boolean;
}

/** One line of the administration log. */
export interface AdminLogEntry {
  at: string;
  actor: string;
  action: string;
  subject: string;
  detail: string | null;
}

interface Reference {
  table: string;
  column: string;
}

/** Edit distance, for "did you mean" suggestions on agency names (short strings, so the plain DP). */
function editDistance(left: string, right: string): number {
  const a = [...left];
  const b = [...right];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** Up to three known agencies closest to `name` (by full name or alias), nearest first. */
export function closestAgencies(reports: ReportStore, name: string, limit = 3): string[] {
  const byId = new Map(reports.agencies().map((agency) => [agency.id, agency.name]));
  const best = new Map<string, number>();
  const consider = (candidate: string, agencyName: string) => {
    const distance = editDistance(name, candidate);
    if (distance <= Math.max(2, Math.floor([...name].length / 3)) && distance < (best.get(agencyName) ?? Number.POSITIVE_INFINITY))
      best.set(agencyName, distance);
  };
  for (const agencyName of byId.values()) consider(agencyName, agencyName);
  for (const alias of reports.aliases()) consider(alias.alias, byId.get(alias.agencyId) ?? alias.alias);
  return [...best.entries()]
    .sort((left, right) => left[1] - right[1] || left[0].localeCompare(right[0]))
    .slice(0, limit)
    .map(([agencyName]) => agencyName);
}

/** The administration operations on agencies. */
export class AgencyAdmin {
  constructor(
    private readonly db: Db,
    private readonly reports: ReportStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): AgencySummary[] {
    return this.db
      .prepare(
        `SELECT a.id, a.name, a.region, a.kind, a.allow_self_approval AS selfApproval,
           (SELECT COUNT(*) FROM reports r WHERE r.agency_id = a.id) AS reports,
           (SELECT COUNT(*) FROM staff s WHERE s.agency_id = a.id) AS staff,
           (SELECT COUNT(*) FROM drafts d WHERE d.agency_id = a.id) AS drafts
         FROM agencies a ORDER BY a.name`,
      )
      .all()
      .map((row) => ({ ...(row as AgencySummary), selfApproval: (row as { selfApproval: number }).selfApproval === 1 }));
  }

  /** The administration log, oldest first. */
  log(): AdminLogEntry[] {
    return this.db.prepare('SELECT at, actor, action, subject, detail FROM admin_log ORDER BY id').all() as AdminLogEntry[];
  }

  /** Give an agency a new name (validated, not taken); its aliases follow the new name. */
  rename(oldName: string, newName: string, actor: string): AgencyRecord {
    const agency = this.find(oldName);
    const problem = agencyNameProblem(newName);
    if (problem) throw new GongkaiError('BAD_INPUT', problem);
    if (this.reports.agencyByName(newName))
      throw new GongkaiError(
        'BAD_INPUT',
        `机关“${newName}”已存在 (already exists); 合并请用 gongkai agencies merge "${oldName}" "${newName}"`,
      );
    return this.write(`cannot rename ${oldName}`, () => {
      const { region, kind } = splitAgencyName(newName);
      this.db.prepare('UPDATE agencies SET name = ?, region = ?, kind = ? WHERE id = ?').run(newName, region, kind, agency.id);
      this.db.prepare('DELETE FROM agency_aliases WHERE agency_id = ?').run(agency.id);
      const insert = this.db.prepare('INSERT OR IGNORE INTO agency_aliases (alias, agency_id) VALUES (?, ?)');
      for (const alias of agencyAliases(newName)) insert.run(alias, agency.id);
      this.record(actor, 'rename', oldName, `→ ${newName}`);
      return { ...agency, name: newName, region, kind };
    });
  }

  /**
   * Move everything of `fromName` (reports, staff, drafts, reminders …) to `intoName` and remove
   * `fromName`. Refused when both have a report or a draft for the same year.
   */
  merge(fromName: string, intoName: string, actor: string): { moved: Record<string, number> } {
    const from = this.find(fromName);
    const into = this.find(intoName);
    if (from.id === into.id) throw new GongkaiError('BAD_INPUT', '不能把机关合并到它自己 (same agency)');
    for (const table of ['reports', 'drafts']) {
      const years = this.db
        .prepare(`SELECT year FROM ${table} WHERE agency_id = ? AND year IN (SELECT year FROM ${table} WHERE agency_id = ?) ORDER BY year`)
        .pluck()
        .all(from.id, into.id) as number[];
      if (years.length > 0) {
        throw new GongkaiError(
          'BAD_INPUT',
          `两个机关都有${years.join('、')}年的${table === 'reports' ? '报告' : '草稿'} (both have ${table} for ${years.join(', ')}); 请先处理其中一份`,
        );
      }
    }
    return this.write(`cannot merge ${fromName} into ${intoName}`, () => {
      const moved: Record<string, number> = {};
      for (const reference of this.references()) {
        const changes = this.db
          .prepare(`UPDATE OR IGNORE "${reference.table}" SET "${reference.column}" = ? WHERE "${reference.column}" = ?`)
          .run(into.id, from.id).changes;
        if (changes > 0) moved[reference.table] = (moved[reference.table] ?? 0) + changes;
        // Rows that would duplicate one the target already has (the same person registered with both, an alias both share).
        this.db.prepare(`DELETE FROM "${reference.table}" WHERE "${reference.column}" = ?`).run(from.id);
      }
      this.db.prepare('DELETE FROM agencies WHERE id = ?').run(from.id);
      this.record(actor, 'merge', fromName, `→ ${intoName}: ${JSON.stringify(moved)}`);
      return { moved };
    });
  }

  /** Remove an agency nothing depends on; refused, with what depends on it, otherwise. */
  remove(name: string, actor: string): void {
    const agency = this.find(name);
    const using = this.references()
      .filter((reference) => reference.table !== 'agency_aliases')
      .map((reference) => ({
        table: reference.table,
        count: this.db
          .prepare(`SELECT COUNT(*) FROM "${reference.table}" WHERE "${reference.column}" = ?`)
          .pluck()
          .get(agency.id) as number,
      }))
      .filter((usage) => usage.count > 0);
    if (using.length > 0) {
      throw new GongkaiError(
        'BAD_INPUT',
        `机关“${name}”还有数据，不能删除 (in use: ${using.map((usage) => `${usage.table} ${usage.count}`).join(', ')}); 请用 gongkai agencies merge 合并到正确的机关`,
      );
    }
    this.write(`cannot remove ${name}`, () => {
      this.db.prepare('DELETE FROM agency_aliases WHERE agency_id = ?').run(agency.id);
      this.db.prepare('DELETE FROM agencies WHERE id = ?').run(agency.id);
      this.record(actor, 'remove', name, null);
    });
  }

  /** Let (or stop letting) the agency's only reviewer approve their own draft. */
  setSelfApproval(name: string, allowed: boolean, actor: string): void {
    const agency = this.find(name);
    this.write(`cannot change ${name}`, () => {
      this.db.prepare('UPDATE agencies SET allow_self_approval = ? WHERE id = ?').run(allowed ? 1 : 0, agency.id);
      this.record(actor, 'self-approval', name, allowed ? 'on' : 'off');
    });
  }

  /** An agency by exact name, or a NOT_FOUND error with the closest names. */
  find(name: string): AgencyRecord {
    const agency = this.reports.agencyByName(name);
    if (agency) return agency;
    const close = closestAgencies(this.reports, name);
    throw new GongkaiError(
      'NOT_FOUND',
      `没有机关“${name}” (unknown agency)${close.length > 0 ? `；您是不是要找：${close.join('、')}` : ''}`,
    );
  }

  private references(): Reference[] {
    const tables = this.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    return tables.flatMap((table) =>
      (this.db.pragma(`foreign_key_list("${table.replace(/"/g, '""')}")`) as Array<{ table: string; from: string }>)
        .filter((key) => key.table === 'agencies')
        .map((key) => ({ table, column: key.from })),
    );
  }

  private record(actor: string, action: string, subject: string, detail: string | null): void {
    this.db
      .prepare('INSERT INTO admin_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)')
      .run(this.now().toISOString(), actor, action, subject, detail);
  }

  private write<T>(context: string, run: () => T): T {
    return writing(context, () => this.db.transaction(run).immediate());
  }
}

/** The agency-guide repository: one disclosure guide (政府信息公开指南) per agency (migration 7). */
import { agencyAliases } from '../report/agency-names.js';
import type { AgencyGuide, AgencyGuideFields } from '../guide/agency-guide.js';
import { withOwnSitesOnly } from '../guide/site-domain.js';
import { versionedCache } from '../core/cache.js';
import { type Db, inReadTransaction, writeFailure } from './db.js';
import type { AgencyRecord, ReportStore } from './report-store.js';

/** A stored guide with its agency. */
export interface StoredGuide {
  agencyId: number;
  agency: string;
  title: string;
  fields: AgencyGuideFields;
  sourceFile: string | null;
  sourceUrl: string | null;
  storedAt: string;
}

/** What saving a guide did. */
export interface GuideSaveResult {
  agency: AgencyRecord;
  /** True when a guide of the same agency was replaced. */
  replaced: boolean;
}

interface GuideRow {
  agencyId: number;
  agency: string;
  title: string;
  fields: string;
  sourceFile: string | null;
  sourceUrl: string | null;
  storedAt: string;
}

const SELECT = `SELECT g.agency_id AS agencyId, a.name AS agency, g.title, g.fields, g.source_file AS sourceFile, g.source_url AS sourceUrl, g.stored_at AS storedAt
  FROM guides g JOIN agencies a ON a.id = g.agency_id`;

function fromRow(row: GuideRow): StoredGuide {
  // A guide stored before its mirror's site addresses were dropped at import (site-domain.ts) gives none of them either.
  return { ...row, fields: withOwnSitesOnly(JSON.parse(row.fields) as AgencyGuideFields, row.agency) };
}

/** A city (or prefecture, league) named before a district's agency: 福州市, 临夏州, 兴安盟. */
const CITY_BEFORE = /^\p{Script=Han}{2,6}[市州盟]$/u;

/** Reads and writes guides; agencies come from the report store, so a guide and its agency's reports share one agency id. */
export class GuideStore {
  private readonly statements;
  /** Guides saved through this store (a new guide of a known agency adds no agency): part of the ending index's version. */
  private guideWrites = 0;
  /** Each guide's agency name without a city before it (鼓楼区东街街道办事处 for 福州市…), per data version. */
  private ending?: { version: string; byRest: Map<string, number[]> };
  private readonly saveOne: (guide: AgencyGuide, sourceFile: string | undefined) => GuideSaveResult;

  constructor(
    readonly db: Db,
    private readonly reports: ReportStore,
  ) {
    this.statements = {
      byAgency: db.prepare(`${SELECT} WHERE g.agency_id = ?`),
      byAgencyNames: db.prepare(`${SELECT} WHERE a.name IN (SELECT value FROM json_each(?)) ORDER BY length(a.name) DESC, a.name`),
      guideNames: db.prepare('SELECT g.agency_id AS id, a.name AS name FROM guides g JOIN agencies a ON a.id = g.agency_id'),
      exists: db.prepare('SELECT 1 FROM guides WHERE agency_id = ?').pluck(),
      upsert: db.prepare(
        `INSERT INTO guides (agency_id, title, fields, source_file, source_url, stored_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (agency_id) DO UPDATE SET title = excluded.title, fields = excluded.fields, source_file = excluded.source_file,
           source_url = excluded.source_url, stored_at = excluded.stored_at`,
      ),
      count: db.prepare('SELECT COUNT(*) FROM guides').pluck(),
      readingPlaces: db.prepare(
        `SELECT g.agency_id AS id, a.name AS name, json_extract(g.fields, '$.reading_places') AS places
           FROM guides g JOIN agencies a ON a.id = g.agency_id
          WHERE json_extract(g.fields, '$.reading_places') IS NOT NULL ORDER BY a.name`,
      ),
    };
    this.saveOne = db.transaction((guide: AgencyGuide, sourceFile: string | undefined) => {
      this.guideWrites += 1;
      const agency = this.resolveAgency(guide.agency);
      const replaced = this.statements.exists.get(agency.id) !== undefined;
      if (guide.formerName) this.reports.addOtherName(agency.id, guide.formerName);
      if (guide.shortName) {
        this.reports.addOtherName(agency.id, guide.shortName);
        // 长开区管委会: the zone's own short name (长开区) names its committee, as 兴国经济开发区 names 兴国经济开发区管委会.
        const zone = /^(\p{Script=Han}{2,10}区)(?:管理委员会|管委会)$/u.exec(guide.shortName);
        if (zone) this.reports.addOtherName(agency.id, zone[1]);
      }
      this.statements.upsert.run(
        agency.id,
        guide.title,
        JSON.stringify(guide.fields),
        sourceFile ?? null,
        guide.sourceUrl ?? null,
        new Date().toISOString(),
      );
      return { agency, replaced };
    });
  }

  /**
   * The agency a guide belongs to: the one of that name; else the one agency that has the name
   * as an alias (偃师区科学技术局 for 洛阳市偃师区科学技术局's reports); else a new agency.
   */
  resolveAgency(name: string): AgencyRecord {
    const exact = this.reports.agencyByName(name);
    if (exact) return exact;
    const ids = [
      ...new Set(
        this.reports
          .aliasesIn(name)
          .filter((row) => row.alias === name)
          .map((row) => row.agencyId),
      ),
    ];
    if (ids.length === 1) {
      const named = this.reports.agenciesNamedWith([], ids)[0];
      if (named) return named;
    }
    return this.reports.ensureAgency(name);
  }

  /** Store a guide, replacing the agency's earlier one, in one transaction. */
  save(guide: AgencyGuide, sourceFile?: string): GuideSaveResult {
    try {
      return this.saveOne(guide, sourceFile);
    } catch (error) {
      throw writeFailure(error, `cannot save the guide of ${guide.agency}`) ?? error;
    }
  }

  /** The guide of one agency. */
  byAgency(agencyId: number): StoredGuide | undefined {
    const row = this.statements.byAgency.get(agencyId) as GuideRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  /**
   * The guide for an agency: its own, else one stored under another form of its name (a guide
   * imported as 偃师区科学技术局 before the reports of 洛阳市偃师区科学技术局 arrived).
   */
  forAgency(agency: { id: number; name: string }): StoredGuide | undefined {
    // Which guide serves the agency is kept per data version (a contacts or guide answer asks it 2–4 times, and the search
    // under the name's other forms costs most); the guide itself is read afresh, so no caller shares one. Inside a write
    // transaction nothing is kept: a rollback would leave what it read behind.
    if (this.db.inTransaction && !inReadTransaction(this.db)) return this.resolveGuide(agency);
    const guideAgencyId = this.guideOf.get(`${agency.id}|${agency.name}`, () => this.resolveGuide(agency)?.agencyId ?? 0);
    return guideAgencyId === 0 ? undefined : this.byAgency(guideAgencyId);
  }

  /** The guide agency ids of forAgency, per data version (the report store's and this store's own guide writes). */
  private readonly guideOf = versionedCache<string, number>({
    max: 4096,
    version: () => `${this.reports.changeStamp()}|${this.guideWrites}`,
  });

  private resolveGuide(agency: { id: number; name: string }): StoredGuide | undefined {
    const own = this.byAgency(agency.id);
    if (own) return own;
    const others = agencyAliases(agency.name).filter((alias) => alias !== agency.name);
    const rows = others.length > 0 ? (this.statements.byAgencyNames.all(JSON.stringify(others)) as GuideRow[]) : [];
    if (rows.length === 1) return fromRow(rows[0]);
    return rows.length === 0 ? this.withCityBefore(agency) : undefined;
  }

  /**
   * The one guide stored under the agency's name with its city before it (福州市鼓楼区东街街道办事处 for the reports of
   * 鼓楼区东街街道办事处), when a report of the agency names that city (鼓楼区 is also Nanjing's: the city must be the report's).
   */
  private withCityBefore(agency: { id: number; name: string }): StoredGuide | undefined {
    if (agency.name.length < 4) return undefined;
    // (Looked up in a map of the guides' names without their city, built once per data version: a scan of every guide for
    // each contacts question of an agency without one had made those questions 2.3 times as costly.)
    const ids = this.endingIndex().get(agency.name) ?? [];
    const row = ids.length === 1 ? (this.statements.byAgency.get(ids[0]) as GuideRow | undefined) : undefined;
    if (!row) return undefined;
    const city = row.agency.slice(0, row.agency.length - agency.name.length);
    // (The city may be printed only in the contacts before section 一: 地址:福州市鼓楼区津泰路96号.)
    const named = this.reports
      .reportsOfAgency(agency.id)
      .some((report) =>
        [...Object.values(this.reports.sections(report.id)), ...Object.values(this.reports.contacts(report.id))].some(
          (text) => typeof text === 'string' && text.includes(city),
        ),
      );
    return named ? fromRow(row) : undefined;
  }

  /** The guides' agency names without a city before them (CITY_BEFORE), each with the agencies so named. */
  private endingIndex(): Map<string, number[]> {
    const version = `${this.reports.changeStamp()}|${this.guideWrites}`;
    if (this.ending?.version === version) return this.ending.byRest;
    const byRest = new Map<string, number[]>();
    for (const row of this.statements.guideNames.all() as Array<{ id: number; name: string }>)
      for (let cut = 3; cut <= 7 && cut < row.name.length; cut += 1) {
        if (!CITY_BEFORE.test(row.name.slice(0, cut))) continue;
        const rest = row.name.slice(cut);
        const ids = byRest.get(rest);
        if (ids) ids.push(row.id);
        else byRest.set(rest, [row.id]);
      }
    this.ending = { version, byRest };
    return byRest;
  }

  count(): number {
    return this.statements.count.get() as number;
  }

  /** Every stored guide's reading places (查阅场所), with its agency: for a place asked by its own name across guides. */
  readingPlaces(): Array<{ agency: { id: number; name: string }; places: string[] }> {
    const rows = this.statements.readingPlaces.all() as Array<{ id: number; name: string; places: string }>;
    return rows.map((row) => ({ agency: { id: row.id, name: row.name }, places: JSON.parse(row.places) as string[] }));
  }
}

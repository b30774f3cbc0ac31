/** Importing an agency's disclosure guide: parse it, store it under the agency its reports use, and say what happened. */
import { basename } from 'node:path';
import { GuideStore, type StoredGuide } from '../store/guide-store.js';
import type { ReportStore } from '../store/report-store.js';
import { type AgencyGuideFields, GUIDE_FIELD_KEYS, GUIDE_FIELD_LABELS, parseAgencyGuide } from './agency-guide.js';

/** What importing a guide gives back (the importer's outcome carries it). */
export interface GuideImport {
  agency: string;
  agencyId: number;
  title: string;
  fields: AgencyGuideFields;
  sourceUrl?: string;
  replaced: boolean;
}

/** The JSON object `gongkai import --json` prints for a guide. */
export interface GuideJson {
  file: string;
  document: 'guide';
  agency: string;
  title: string;
  source_url?: string;
  fields: AgencyGuideFields;
}

/**
 * The guide store each report store's imports save through: built once, since building one prepares its statements and
 * sizes its caches (a seventh of a guide's import when each guide built its own). Saving reads none of its caches.
 */
const importStores = new WeakMap<ReportStore, GuideStore>();

/** Parse and store a guide's text. Throws GongkaiError for a guide without an agency. */
export function importGuideText(reports: ReportStore, file: string, text: string): GuideImport {
  const guide = parseAgencyGuide(text);
  let store = importStores.get(reports);
  if (!store) {
    store = new GuideStore(reports.db, reports);
    importStores.set(reports, store);
  }
  const saved = store.save(guide, basename(file));
  return {
    agency: saved.agency.name,
    agencyId: saved.agency.id,
    title: guide.title,
    fields: guide.fields,
    sourceUrl: guide.sourceUrl,
    replaced: saved.replaced,
  };
}

/** The `--json` object of an imported or stored guide. */
export function guideJson(file: string, guide: GuideImport | StoredGuide): GuideJson {
  const sourceUrl = 'sourceUrl' in guide && guide.sourceUrl ? guide.sourceUrl : undefined;
  return {
    file,
    document: 'guide',
    agency: guide.agency,
    title: guide.title,
    ...(sourceUrl ? { source_url: sourceUrl } : {}),
    fields: guide.fields,
  };
}

/** The fields as the CLI prints them: one "label：value" per field found, in catalogue order. */
export function describeGuideFields(fields: AgencyGuideFields): string[] {
  // The whole scope is kept for looking one item up; the shortened one is what is printed.
  return GUIDE_FIELD_KEYS.filter((key) => fields[key] !== undefined && key !== 'proactive_scope_full').map((key) => {
    const value = fields[key]!;
    return `${GUIDE_FIELD_LABELS[key]}：${Array.isArray(value) ? value.join('；') : value}`;
  });
}

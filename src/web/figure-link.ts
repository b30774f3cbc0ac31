/** The link a figure answer in chat ends with, when PUBLIC_BASE_URL is set: the figure on its report page. */
import type { Fact } from '../qa/engine.js';
import { fieldByKey } from '../report/catalogue.js';
import type { ReportStore } from '../store/report-store.js';

/**
 * The anchor id of one figure on its report page. Defined here, not in report-view.tsx, so that
 * answering a question does not load the page templates (and hono's JSX runtime).
 */
export function figureAnchor(key: string): string {
  return `f-${key}`;
}

/** The page's key for a fact's key: single-column rows are keyed by the row alone in the catalogue. */
function pageKey(key: string): string {
  if (fieldByKey(key) || !key.includes('.')) return key;
  const row = key.slice(0, key.lastIndexOf('.'));
  return fieldByKey(row) ? row : key;
}

/**
 * A short link (`/r/<agency id>/<year>#f-<key>`) when every fact comes from one report; several
 * reports (rankings, comparisons) get none, since one page cannot show them all.
 */
export function figureLink(baseUrl: string, reports: Pick<ReportStore, 'agencyByName'>, facts: Fact[]): string | undefined {
  if (facts.length === 0) return undefined;
  const [first] = facts;
  if (facts.some((fact) => fact.agency !== first.agency || fact.year !== first.year)) return undefined;
  const agency = reports.agencyByName(first.agency);
  if (!agency) return undefined;
  const anchor = facts.every((fact) => fact.key === first.key) ? `#${figureAnchor(pageKey(first.key))}` : '';
  return `${baseUrl}/r/${agency.id}/${first.year}${anchor}`;
}

/** The answer text with the link appended (unchanged when no link applies). */
export function withFigureLink(
  answer: { answer: string; facts: Fact[] },
  baseUrl: string | undefined,
  reports: Pick<ReportStore, 'agencyByName'>,
): string {
  if (!baseUrl) return answer.answer;
  const link = figureLink(baseUrl, reports, answer.facts);
  return link ? `${answer.answer}\n查看报告原表：${link}` : answer.answer;
}

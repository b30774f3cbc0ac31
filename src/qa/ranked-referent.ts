/**
 * Follow-ups after a ranking that point at one agency of it: 它 after 倒数第一呢 or 第二名呢 is the agency just named, not the
 * ranking's first; a kind alone (水务局呢, 行政审批局排第几, 跟交通局比呢) after a ranking over a place or a comparison of
 * named agencies is that place's or those agencies' one of the kind; and a year the follow-up says is its own.
 */
import type { AgencyRecord } from '../store/report-store.js';
import { agencyInPlace, type Place } from './places.js';

/** 它 / 他们 / 该单位 / 这家: a pronoun, not 第一名 or 最多的那个 (which name a place in the ranking themselves). */
const PRONOUN = /^(?:那|那么)?(?:它|他们|她们|该单位|该机关|这个单位|这个机关|这家单位|这家|那家)/u;

/** Whether a ranked referent is a pronoun pointing at the agency last named (not a place in the ranking). */
export function pointsAtLastNamed(text: string): boolean {
  return PRONOUN.test(text);
}

/** A year the follow-up names itself (它2021年收到几件, 它去年呢): then the ranking's year is not put before it. */
const OWN_YEAR = /(?:19|20)\d{2}年|[今去前]年|大前年|上一?年/;

/** The question asked of one ranked agency: its name, the ranking's year unless the follow-up says its own, the rest. */
export function askedOfRanked(agency: string, year: number, rest: string): string {
  const asked = rest.replace(/^的/, '');
  return OWN_YEAR.test(asked) ? `${agency}${asked}` : `${agency}${year}年${asked}`;
}

/**
 * The one agency of a kind a follow-up names by its kind alone, read from what was just ranked or compared: among the kind's
 * stored agencies, the one the last answer named (`named`: its figures' agencies and those compared), else the one lying in the
 * ranking's place. Undefined unless exactly one fits.
 */
export function kindOfRanked(
  candidates: readonly AgencyRecord[],
  named: readonly string[],
  place: Place | undefined,
): AgencyRecord | undefined {
  const said = candidates.filter((agency) => named.includes(agency.name));
  if (said.length === 1) return said[0];
  if (said.length > 1 || !place) return undefined;
  const inPlace = candidates.filter((agency) => agencyInPlace(agency.name, place));
  return inPlace.length === 1 ? inPlace[0] : undefined;
}

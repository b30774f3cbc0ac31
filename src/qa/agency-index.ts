/** Finding agencies named in a question: aliases, region names, and near-misses (one typo). */
import { kindVariants, shortRegion, splitAgencyName } from '../report/agency-names.js';
import type { AgencyRecord, ReportStore } from '../store/report-store.js';

export interface AgencyMention {
  agencies: AgencyRecord[];
  /** The words of the question that named them. */
  text: string;
  start: number;
  /** How it was found: a full alias, the region alone, or a near-miss. */
  how: 'alias' | 'region' | 'fuzzy';
}

/** A name that looks like an agency's: a region, then a kind (银川市科学技术局). */
export const AGENCY_LIKE = /(?:请问|我想问|想问一下|想知道|你好|您好)?([\u4e00-\u9fa5]{1,8}?(?:省|自治区|市|区|县|旗|州|盟))([\u4e00-\u9fa5]{0,10}?(?:局|委员会|委|办公室|厅|人民政府|政府|中心))/;

/** A kind of agency right after a region: 科技局, 人民政府, 市场监督管理局 … */
const FOLLOWING_KIND = /^(?:人民政府|政府|[\u4e00-\u9fa5]{1,10}?(?:局|委员会|委|办公室|厅|中心))/;

/** Count differing characters of two strings of equal length. */
function mismatches(a: string, b: string): number {
  let count = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) count += 1;
  return count;
}

/** An index of every agency's aliases and regions, rebuilt when the store changes. */
export class AgencyIndex {
  private built = -1;
  private agencies: AgencyRecord[] = [];
  private aliases: Array<{ alias: string; agencies: AgencyRecord[] }> = [];
  private regions: Array<{ region: string; agencies: AgencyRecord[] }> = [];

  constructor(private readonly store: ReportStore) {}

  private refresh(): void {
    const count = this.store.agencyCount();
    if (count === this.built) return;
    this.agencies = this.store.agencies();
    const byId = new Map(this.agencies.map((agency) => [agency.id, agency]));
    const aliasMap = new Map<string, AgencyRecord[]>();
    for (const { alias, agencyId } of this.store.aliases()) {
      const agency = byId.get(agencyId);
      if (!agency) continue;
      aliasMap.set(alias, [...(aliasMap.get(alias) ?? []), agency]);
    }
    this.aliases = [...aliasMap.entries()].map(([alias, agencies]) => ({ alias, agencies })).sort((a, b) => b.alias.length - a.alias.length);
    const regionMap = new Map<string, AgencyRecord[]>();
    for (const agency of this.agencies) {
      const { region } = splitAgencyName(agency.name);
      if (!region) continue;
      const levels = region.match(/[^省市区县旗州盟]+?(?:回族自治区|自治区|自治州|省|市|区|县|旗|州|盟)/g) ?? [region];
      const forms = new Set([region, shortRegion(region), levels[levels.length - 1], shortRegion(levels[levels.length - 1])]);
      for (const form of forms) if (form.length >= 2) regionMap.set(form, [...(regionMap.get(form) ?? []), agency]);
    }
    this.regions = [...regionMap.entries()].map(([region, agencies]) => ({ region, agencies })).sort((a, b) => b.region.length - a.region.length);
    this.built = count;
  }

  all(): AgencyRecord[] {
    this.refresh();
    return this.agencies;
  }

  /**
   * Every agency mention in the text, left to right, longest first where they overlap.
   * A kind word next to a region (西工区科技局) narrows the region's agencies to that kind.
   */
  find(text: string): AgencyMention[] {
    this.refresh();
    const taken: boolean[] = new Array(text.length).fill(false);
    const mentions: AgencyMention[] = [];
    const claim = (start: number, length: number) => {
      for (let index = start; index < start + length; index += 1) if (taken[index]) return false;
      for (let index = start; index < start + length; index += 1) taken[index] = true;
      return true;
    };
    for (const { alias, agencies } of this.aliases) {
      let at = text.indexOf(alias);
      while (at >= 0) {
        if (claim(at, alias.length)) mentions.push({ agencies, text: alias, start: at, how: 'alias' });
        at = text.indexOf(alias, at + alias.length);
      }
    }
    for (const { region, agencies } of this.regions) {
      let at = text.indexOf(region);
      while (at >= 0) {
        const narrowed = this.narrowByKind(agencies, text.slice(at + region.length, at + region.length + 12));
        // 海原县政府 is not 海原县科学技术局: a region followed by another kind names another agency.
        if (narrowed.length > 0 && claim(at, region.length)) mentions.push({ agencies: narrowed, text: region, start: at, how: 'region' });
        at = text.indexOf(region, at + region.length);
      }
    }
    if (mentions.length === 0) {
      // One wrong character in a region of three or more (沙波头, 红寺宝): still that region.
      for (const { region, agencies } of this.regions) {
        // Only bare names (沙坡头, 红寺堡): a typo in the level suffix (海原政…) is not a typo of 海原县.
        if (region.length < 3 || /(省|市|区|县|旗|州|盟)$/.test(region)) continue;
        for (let at = 0; at + region.length <= text.length; at += 1) {
          const window = text.slice(at, at + region.length);
          const narrowed = this.narrowByKind(agencies, text.slice(at + region.length, at + region.length + 12));
          if (mismatches(window, region) === 1 && window[0] === region[0] && narrowed.length > 0 && claim(at, region.length)) {
            mentions.push({ agencies: narrowed, text: window, start: at, how: 'fuzzy' });
          }
        }
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  /**
   * Keep the agencies whose kind follows the region (西工区|科技局). When another kind follows
   * (海原县|政府), none match; when no kind follows (海原县和西工区…), all stay.
   */
  private narrowByKind(agencies: AgencyRecord[], after: string): AgencyRecord[] {
    // 海原|县政府: the short region form leaves the level suffix in front of the kind.
    const following = after.replace(/^(?:回族自治区|自治区|自治州|省|市|区|县|旗|州|盟)/, '');
    const named = FOLLOWING_KIND.exec(following)?.[0];
    const narrowed = agencies.filter((agency) => kindVariants(splitAgencyName(agency.name).kind).some((variant) => following.startsWith(variant)));
    if (narrowed.length > 0) return narrowed;
    return named ? [] : agencies;
  }
}

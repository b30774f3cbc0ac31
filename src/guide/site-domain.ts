/**
 * Whether a site address a guide prints can be the agency's own. Pages crawled from mirror sites keep the guide's words but
 * carry the mirror's foreign domains in place of the site's (“杭州滨江”门户网站(网址:http://m.zxgxy.com/), 福州市人民政府
 * (网址为:http://www.solar-energy-info.com/…)): a government body's site is under gov.cn (or another government or
 * organisation domain), so another domain printed for it is the mirror's, never its site. A company, a school or a hospital
 * runs a site of its own under any domain (本公司网址:…, 我校具体网址:…), which the guide states as its own.
 */
import { toSimplified } from '../text/script.js';

/** Government, organisation and education domains (gov.cn, www.gov.hk, edu.cn, org.cn, .org …), and documentation's .example. */
const OFFICIAL_HOST =
  /(?:^|\.)(?:gov|edu|org|ac|mil)(?:\.[a-z]{2})?$|(?:^|\.)gov\.[a-z]{2,3}(?:\.[a-z]{2})?$|\.gov\.|(?:^|\.)example(?:\.[a-z]{2,})*$/;

/** A body that may run its site outside the government's domains: a company, a school, a hospital. */
const OWN_DOMAIN_BODY =
  /(?:公司|集团|学校|中学|小学|学院|大学|中专|职专|技校|幼儿园|[一二三四五六七八九十\d]中|医院|卫生院|研究院|研究所)$/;

/** The host of a printed site address (www.x.gov.cn/…, http://x.gov.cn:8080/…), lower case; undefined when none is read. */
function hostOf(url: string): string | undefined {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/{1,2})?([^/\s?#:，,（()）]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  return host && /\.[a-z]{2,}$/.test(host) ? host : undefined;
}

/** Whether `url`, printed as a site in the guide of `agency`, can be that agency's (see the file's comment). */
export function ownSiteAddress(url: string, agency: string): boolean {
  const host = hostOf(url);
  if (!host) return true;
  if (OFFICIAL_HOST.test(host)) return true;
  return OWN_DOMAIN_BODY.test(toSimplified(agency).replace(/[(（][^)）]*[)）]$/, ''));
}

/** The guide's fields less the site addresses that cannot be the agency's: dropped where they are the field, cut from words. */
export function withOwnSitesOnly<T extends object>(fields: T, agency: string): T {
  if (!agency) return fields;
  const out: Record<string, unknown> = { ...(fields as Record<string, unknown>) };
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === 'string') {
      if ((key === 'website' || key === 'online_application_url') && !ownSiteAddress(value, agency)) delete out[key];
      else out[key] = withoutForeignSites(value, agency);
    } else if (Array.isArray(value)) out[key] = value.map((item) => (typeof item === 'string' ? withoutForeignSites(item, agency) : item));
  }
  return out as T;
}

/**
 * A site address in running text (http://www.x.com/a, www.x.cn, http:/x.com printed with one slash), not a mailbox's domain
 * (x@163.com, nor bszfxx@ 163.com printed with a space after its @), nor a mailbox's name with a dot in it (gyfgw.xxc@x.gov.cn:
 * the words before the @ are no site).
 */
const ADDRESS_IN_TEXT =
  /(?<![\w.@＠%+-])(?<![@＠][ \t]{1,3})(?![\w.%+-]+[ \t]?[@＠])(?:https?:\/{1,2})?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#][^\s，,;；。)）(（“”"]*)?/gi;

/**
 * The guide's words less the addresses that cannot be the agency's site (县政府办公室通过“中国•庆城”综合门户网站
 * (http://www.lphhbg.com/)政府信息公开专栏…): the words are the guide's, the mirror's domain is dropped with the brackets or
 * the 网址 label left empty.
 */
export function withoutForeignSites(text: string, agency: string): string {
  if (!/[a-z]{2,}/i.test(text)) return text;
  let changed = false;
  const kept = text.replace(ADDRESS_IN_TEXT, (address) => {
    if (!/\./.test(address) || ownSiteAddress(address, agency) || !hostOf(address)) return address;
    changed = true;
    return '';
  });
  if (!changed) return text;
  return kept
    .replace(/的?(?:网址|網址|网站地址|網站地址)\s*(?:为|為|是)?\s*[:：]?\s*(?=[)）,，;；。]|$)/g, '')
    .replace(/[(（]\s*[)）]/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

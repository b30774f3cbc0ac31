/**
 * The agencies of a city's districts and zones, by the city's name as a question writes it bare (泰州, 通化市's 通化): read
 * once per data version into a map, where cityAndItsDistricts passed over every stored agency for each question that
 * starts with two to four characters of Han (怎么申请政府信息公开 tries 怎么申请, 怎么申, 怎么), most of a guide
 * question's time on a store of 20,000 agencies.
 */
import type { AgencyRecord } from '../store/report-store.js';
import { toSimplified } from '../text/script.js';

/** The lengths of a city's name cityAndItsDistricts tries. */
const CITY_NAME_LENGTHS = [2, 3, 4];

/**
 * Per city name (each 2–4 character start of a region), the agencies whose region, simplified, starts with it and goes on
 * as the city's lower place (泰州市姜堰区: 市 and two or more Han characters) or as a zone named after the city
 * (泰州医药高新区), in the order given.
 */
export function districtAgenciesByCity(agencies: readonly AgencyRecord[]): ReadonlyMap<string, readonly AgencyRecord[]> {
  const byCity = new Map<string, AgencyRecord[]>();
  for (const agency of agencies) {
    const region = toSimplified(agency.region ?? '');
    for (const length of CITY_NAME_LENGTHS) {
      if (region.length <= length) continue;
      const after = region.slice(length);
      if (!/^市\p{Script=Han}{2,}/u.test(after) && !/^\p{Script=Han}{0,4}?(?:新区|高新区|开发区|经开区|高新技术产业开发区)/u.test(after))
        continue;
      const city = region.slice(0, length);
      const list = byCity.get(city);
      if (list) list.push(agency);
      else byCity.set(city, [agency]);
    }
  }
  return byCity;
}

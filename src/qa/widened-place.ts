/**
 * 全市的呢 / 整个县呢, said alone after an answer about one agency of a lower place (三亚市海棠区人民政府办公室, 盐池县花马池镇):
 * the place of that level its name begins with (三亚市, 盐池县), asked the same question. A citizen widening
 * the question means the place's own report, never a figure the agency's report calls 全市.
 */

/** 全市的呢 / 那全县呢 / 整个区的嘞: the level widened to, in group 1. */
const WIDENED_ALONE = /^(?:那|那么)?(?:全|整个|整)([省市县区州盟旗])(?:的|里的|里|范围)?(?:呢|嘞|咧|噻|喃)?[?？。!！\s]*$/u;

/** A lower place's name right after the wider one (海棠区…, 兴庆区…, 梅子镇…). */
const LOWER_PLACE_NEXT = /^\p{Script=Han}{1,6}?(?:区|县|镇|乡|街道|旗|苏木)/u;

/**
 * The place of the level said that the agency's name begins with (三亚市 of 三亚市海棠区人民政府办公室 for 全市), when the name
 * goes on after it (the place's own body is no wider than itself); undefined for any other message.
 */
export function widenedPlace(input: string, agencyName: string): string | undefined {
  const level = WIDENED_ALONE.exec(input.trim())?.[1];
  if (!level) return undefined;
  const end = agencyName.indexOf(level);
  // A place's name is two characters at least before its level (三亚市, not 市 alone), and the agency is below it.
  if (end < 2 || end > 8) return undefined;
  const place = agencyName.slice(0, end + 1);
  // Only below the place by a lower place of its own (三亚市|海棠区…): a department of the place itself (杭州市教育局) is no
  // part of a wider report that the place's name alone would find.
  return LOWER_PLACE_NEXT.test(agencyName.slice(place.length)) ? place : undefined;
}

/**
 * 那区政府呢 / 县政府的呢 / 那市政府办呢 after a body of one place (南京市江宁区城市管理局): the government of that body's own place
 * at the level said (江宁区人民政府), asked what was asked of the body. The caller checks that such a government is stored.
 */
import { toSimplified } from '../text/script.js';

/** The level of government said alone (区政府, 县人民政府, 市政府办), with 办 or 办公室 when its office is named. */
const LEVEL_GOVERNMENT_ALONE =
  /^(?:那|那么)?(?:这个|该|本|他们|它们?)?(?:的)?(区|县|市|镇|乡|旗|街道)(?:人民)?政府(办公室|办)?(?:的)?(?:呢|吗|啊)?[?？。!！]*$/;
/** The marks that end a place's name in an agency's (南京市|江宁区|城市管理局). */
const PLACE_ENDS = [...'省市区县州盟旗镇乡'];

/** The government (or its office) of the level said, of the place in `agencyName` at that level; undefined when none is named. */
export function ownLevelGovernment(input: string, agencyName: string): string | undefined {
  const asked = LEVEL_GOVERNMENT_ALONE.exec(toSimplified(input.trim()));
  if (!asked) return undefined;
  const name = toSimplified(agencyName);
  const level = asked[1];
  const at = name.indexOf(level);
  if (at < 1) return undefined;
  const before = name.slice(0, at);
  const start = Math.max(...PLACE_ENDS.map((mark) => before.lastIndexOf(mark))) + 1;
  const place = name.slice(start, at + level.length);
  if (place.length < 2) return undefined;
  return `${place}人民政府${asked[2] ? '办公室' : ''}`;
}

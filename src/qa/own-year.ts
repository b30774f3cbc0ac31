/**
 * 渭南市临渭区2019年和广元市经济和信息化局2023年谁办的政协提案多: each agency named with a year of its own right after its name.
 * The year written right after the name (度 and 的 allowed), or undefined when none is.
 */
export function yearRightAfter(text: string, name: string): number | undefined {
  const at = text.indexOf(name);
  if (at < 0 || name.length === 0) return undefined;
  const after = /^((?:19|20)\d{2})年/.exec(text.slice(at + name.length));
  return after ? Number(after[1]) : undefined;
}

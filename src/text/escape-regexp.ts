/**
 * A text made safe to put inside a regular expression: every character with a meaning in a pattern is escaped. Names read
 * from reports (武汉经济技术开发区(汉南区)…) carry brackets, and a bracket left open inside a pattern throws.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

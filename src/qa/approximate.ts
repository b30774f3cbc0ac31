/**
 * Figures a report prints as bounds (主动公开政府信息140余条, 70多条, 1200余條): the store holds 140, 70, 1200, but the report
 * gives no exact count. A sum, difference, share or rate worked out from such a figure is a bound too, and says so (约, and
 * which side is a bound) instead of claiming an exact 相差78条.
 */
import { toSimplified } from '../text/script.js';

/** The least a figure needs to be weighed: its value, its unit and the sentence it was read from. */
interface Printed {
  value: number;
  unit: string;
  sentence?: string;
}

/**
 * 余 or 多 printed right after the figure's number in its own sentence, before its unit (140余条, 70多条, 2508余條), or
 * before a word of people (3100余受众); undefined for an exact count or a figure of no sentence (a table's cell).
 */
export function approximateMark(figure: Printed): '余' | '多' | undefined {
  if (!figure.sentence || !Number.isFinite(figure.value)) return undefined;
  const sentence = toSimplified(figure.sentence).replace(/\s+/g, '');
  const number = String(figure.value).replace('.', '\\.');
  const marked = new RegExp(`(?<![\\d.])${number}(余|多)(?:${figure.unit}|受众|粉丝|用户|网友|网民|人次|个|件|条|篇|次)`).exec(sentence);
  return marked ? (marked[1] as '余' | '多') : undefined;
}

/** 约 when any of the figures is a bound, else nothing: the word before a number worked out from them. */
export function aboutWord(figures: readonly Printed[]): '约' | '' {
  return figures.some((figure) => approximateMark(figure) !== undefined) ? '约' : '';
}

/**
 * The note after a number worked out from bounds (（其中140余条是约数，结果只是约数）), naming each bound as its report prints
 * it; empty when every figure is exact.
 */
export function boundsNote(figures: readonly Printed[]): string {
  const bounds = figures.flatMap((figure) => {
    const mark = approximateMark(figure);
    return mark ? [`${figure.value}${mark}${figure.unit}`] : [];
  });
  if (bounds.length === 0) return '';
  return `（报告写的是${[...new Set(bounds)].join('、')}，不是确数，这个计算结果只是约数）`;
}

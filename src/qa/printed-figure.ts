/**
 * A figure as its sentence printed it: 11507余条, 3100余受众 keep the 余 (多) that says the count is approximate, wherever
 * the figure is said again (a ranking, its first, its first few, a statistic over a kind).
 */

/** A figure as printed, to six decimals at most (万元 to the 分: 行政事业性收费4166.241619万元). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1_000_000) / 1_000_000);
}

/** The mark of an approximate count (余, 多) the figure's sentence prints right after it, or ''. */
export function approximateMark(figure: { value: number; unit: string; sentence?: string }): string {
  const sentence = figure.sentence;
  if (!sentence) return '';
  return (
    ['余', '多'].find(
      (mark) =>
        sentence.includes(`${figure.value}${mark}${figure.unit}`) ||
        // (余 after a number printed with no unit of its own, 获3100余受众关注, is that count's too. The number and the mark
        // must be there for the pattern to match: most sentences are ruled out before it is built.)
        (sentence.includes(`${figure.value}${mark}`) &&
          new RegExp(`(?<![\\d.])${String(figure.value).replace('.', '\\.')}${mark}(?=受众|粉丝|用户|网友|网民)`).test(sentence)),
    ) ?? ''
  );
}

/** The figure's number, approximate mark and unit, as printed (1500余条). */
export function printedFigure(figure: { value: number; unit: string; sentence?: string }): string {
  return `${formatNumber(figure.value)}${approximateMark(figure)}${figure.unit}`;
}

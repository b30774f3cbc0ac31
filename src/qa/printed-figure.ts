/**
 * A figure as its sentence printed it: 11507余条, 3100余受众 keep the 余 (多) that says the count is approximate, wherever
 * the figure is said again (a ranking, its first, its first few, a statistic over a kind).
 */
import { approximateMark } from './approximate.js';

/** A figure as printed, to six decimals at most (万元 to the 分: 行政事业性收费4166.241619万元). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1_000_000) / 1_000_000);
}

/** The figure's number, approximate mark and unit, as printed (1500余条). */
export function printedFigure(figure: { value: number; unit: string; sentence?: string }): string {
  return `${formatNumber(figure.value)}${approximateMark(figure) ?? ''}${figure.unit}`;
}

/** `gongkai reports [--json]`: what the database holds, one line per report. */
import { parseArgs } from 'node:util';
import { GongkaiError } from '../core/errors.js';
import type { ReportFormat } from '../report/catalogue.js';
import { isPartial } from '../report/partial.js';
import type { ReportListing } from '../store/report-store.js';
import type { CommandContext } from './commands.js';
import { openStore } from './open.js';
import { displayWidth, pad } from './progress-bar.js';

/** The JSON object of one stored report. */
export interface ReportListingJson {
  agency: string;
  year: number;
  format: ReportFormat;
  source: string | null;
  partial: boolean;
  missing: string[];
  blanks: number;
  violations: number;
}

/** One stored report as `reports --json` prints it. */
export function listingJson(listing: ReportListing): ReportListingJson {
  return {
    agency: listing.agency,
    year: listing.year,
    format: listing.format,
    source: listing.source ?? (listing.origin === 'entry' ? '（填报）' : null),
    // Partial: the text stopped early, as `import --json` says; a row that could not be read is only missing.
    partial: isPartial(listing.format, listing.missing),
    missing: listing.missing,
    blanks: listing.blanks,
    violations: listing.violations,
  };
}

/** The aligned table of the human output (CJK characters count two columns). */
export function listingTable(items: ReportListingJson[]): string {
  const header = [
    '机关 (agency)',
    '年度 (year)',
    '版式 (layout)',
    '来源 (source)',
    '完整 (complete)',
    '空白格 (blanks)',
    '勾稽问题 (rule breaks)',
  ];
  const rows = items.map((item) => [
    item.agency,
    String(item.year),
    item.format,
    item.source ?? '',
    item.partial
      ? `部分 (partial, 缺 ${item.missing.length} 项)`
      : item.missing.length > 0
        ? `完整 (complete, 未读出 ${item.missing.length} 项)`
        : '完整 (complete)',
    String(item.blanks),
    String(item.violations),
  ]);
  const numeric = new Set([1, 5, 6]);
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column]))));
  const line = (cells: string[]) =>
    `${cells
      .map((cell, column) => pad(cell, widths[column], numeric.has(column) ? 'right' : 'left'))
      .join('  ')
      .trimEnd()}\n`;
  return line(header) + rows.map(line).join('');
}

export async function reportsCommand({ argv, db, io }: CommandContext): Promise<number> {
  let values: { json?: boolean; db?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, db: { type: 'string' } }, allowPositionals: false }));
  } catch (error) {
    throw new GongkaiError('BAD_INPUT', `${(error as Error).message} — gongkai reports [--json]`);
  }
  const store = openStore(values.db ?? db);
  try {
    const items = store.reports.listing().map(listingJson);
    if (values.json) io.out(`${JSON.stringify(items, null, 2)}\n`);
    else if (items.length === 0) io.out('数据库中没有报告 (no reports stored)。用 gongkai import FILE|URL… 导入。\n');
    else {
      io.out(listingTable(items));
      const partial = items.filter((item) => item.partial).length;
      const breaking = items.filter((item) => item.violations > 0).length;
      io.out(`共 ${items.length} 份报告：完整 ${items.length - partial} 份，部分 ${partial} 份，有勾稽问题 ${breaking} 份。\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

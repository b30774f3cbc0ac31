/**
 * `gongkai import [--json] [--list FILE] [--timeout S] [--max-size MB] FILE|URL…`: import report
 * files and web pages, one progress line each (a progress bar on a terminal), a closing table
 * and a summary.
 */
import { parseArgs } from 'node:util';
import { GongkaiError } from '../core/errors.js';
import { describeGuideFields } from '../guide/import-guide.js';
import { UrlFetcher } from '../report/fetch-url.js';
import { isPartial } from '../report/partial.js';
import { type ImportOutcome, outcomeJson } from '../report/importer.js';
import type { CommandContext } from './commands.js';
import { importSources, readSourceList } from './import-sources.js';
import { openStore } from './open.js';
import { displayWidth, pad, ProgressBar } from './progress-bar.js';

const USAGE = 'gongkai import [--json] [--agency NAME] [--year N] [--list FILE] [--timeout SECONDS] [--max-size MB] FILE|URL…';

function positiveNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new GongkaiError('BAD_INPUT', `${option} 应为正数 (must be a positive number): ${value}`);
  return number;
}

const OPTIONS = {
  json: { type: 'boolean' },
  db: { type: 'string' },
  list: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  'max-size': { type: 'string' },
  agency: { type: 'string' },
  year: { type: 'string' },
} as const;

function parseImportArguments(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    // An unknown option is the user's mistake: one line with the usage, no stack trace.
    throw new GongkaiError('BAD_INPUT', `${(error as Error).message} — ${USAGE}`);
  }
}

export async function importCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseImportArguments(argv);
  const timeoutSeconds = positiveNumber(values.timeout, '--timeout');
  const maxMegabytes = positiveNumber(values['max-size'], '--max-size');
  const sources = [...positionals];
  for (const list of values.list ?? []) sources.push(...(await readSourceList(list)));
  if (sources.length === 0) throw new GongkaiError('BAD_INPUT', `请给出要导入的文件或网址 (no files or URLs given): ${USAGE}`);
  const overrides = importOverrides(values.agency, values.year);
  const store = openStore(values.db ?? db);
  const fetcher = new UrlFetcher({
    timeoutMs: (timeoutSeconds ?? store.config.IMPORT_TIMEOUT_S) * 1000,
    maxBytes: Math.round((maxMegabytes ?? store.config.IMPORT_MAX_MB) * 1024 * 1024),
  });
  const bar = new ProgressBar(io.err, io.stderrIsTTY === true, sources.length);
  try {
    const outcomes: ImportOutcome[] = [];
    bar.update(0, sources[0]);
    for await (const outcome of importSources(store.reports, sources, fetcher, {
      ...overrides,
      maxBytes: Math.round((maxMegabytes ?? store.config.IMPORT_MAX_MB) * 1024 * 1024),
    })) {
      outcomes.push(outcome);
      const index = outcomes.length;
      const progress = `[${index}/${sources.length}] ${outcome.file}: `;
      if (!outcome.ok)
        bar.log(
          `${progress}拒绝导入 (refused) — ${outcome.error}${outcome.preview ? `（已读到${outcome.preview.year}年报告的内容，未保存；--json 可查看）` : ''}\n`,
        );
      else if (!values.json) bar.log(describe(progress, outcome), io.out);
      else if (!io.stderrIsTTY) io.err(`${progress}ok\n`);
      bar.update(index, sources[index] ?? '');
    }
    bar.finish();
    // The ranking figures of everything imported, in one transaction (see RankingFigures.catchUp).
    store.reports.settleRankings();
    const refused = outcomes.filter((outcome) => !outcome.ok).length;
    if (values.json) io.out(`${JSON.stringify(outcomes.map(outcomeJson), null, 2)}\n`);
    // With --json standard output is the array alone; the table goes to standard error.
    (values.json ? io.err : io.out)(closingTable(outcomes));
    if (!values.json) io.out(`共 ${outcomes.length} 个文件：导入 ${outcomes.length - refused} 个，拒绝 ${refused} 个。\n`);
    return refused > 0 ? 1 : 0;
  } finally {
    bar.finish();
    store.close();
  }
}

/** The lines printed for one imported report. */
function describe(progress: string, outcome: ImportOutcome): string {
  if (outcome.guide) {
    const guide = outcome.guide;
    const lines = describeGuideFields(guide.fields);
    const head = `${progress}${guide.agency} 政府信息公开指南《${guide.title}》${outcome.replaced ? '已替换原有指南 (replaced)' : '已导入 (imported)'}，${lines.length} 项${lines.length === 0 ? '（未读到受理机构、地址、电话等信息）' : ''}\n`;
    return head + lines.map((line) => `    ${line}\n`).join('');
  }
  const report = outcome.report!;
  const cells = (['proactive', 'applications', 'appeals'] as const).reduce(
    (sum, table) => sum + Object.values(report[table]).reduce((n, row) => n + row.length, 0),
    0,
  );
  let text =
    `${progress}${report.agency} ${report.year}年 (${report.format}版式) ${outcome.replaced ? '已替换原有报告 (replaced)' : '已导入 (imported)'}，${cells} 个数字，` +
    `${outcome.violations.length} 处勾稽问题，缺少：${report.missing.length > 0 ? report.missing.join('、') : '无'}` +
    `${report.published ? `，${report.published.from === 'signature' ? '落款日期' : '发布日期'} ${report.published.date}` : ''}\n`;
  for (const violation of outcome.violations)
    text += `    规则${violation.rule} ${violation.row}/${violation.column}: ${violation.message}\n`;
  for (const warning of report.warnings) text += `    注意${warning.line ? `（第${warning.line}行）` : ''}: ${warning.message}\n`;
  return text;
}

/** How an import run ended, as counts: complete, partial (something `missing`), refused, with rule breaks. */
export function importCounts(outcomes: ImportOutcome[]): { imported: number; partial: number; refused: number; ruleBreaks: number } {
  const stored = outcomes.filter((outcome) => outcome.ok && outcome.report);
  const partial = stored.filter((outcome) => isPartial(outcome.report!.format, outcome.report!.missing)).length;
  const guides = outcomes.filter((outcome) => outcome.ok && outcome.guide).length;
  return {
    imported: stored.length - partial + guides,
    partial,
    refused: outcomes.filter((outcome) => !outcome.ok).length,
    ruleBreaks: stored.filter((outcome) => outcome.violations.length > 0).length,
  };
}

/** The closing table: imported (complete), partial, refused, and how many stored reports break a rule. */
export function closingTable(outcomes: ImportOutcome[]): string {
  const counts = importCounts(outcomes);
  const rows: Array<[string, number]> = [
    ['完整导入 (imported)', counts.imported],
    ['部分导入 (partial)', counts.partial],
    ['拒绝导入 (refused)', counts.refused],
    ['有勾稽问题 (rule breaks)', counts.ruleBreaks],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => displayWidth(label)));
  const numberWidth = Math.max(...rows.map(([, count]) => String(count).length));
  return rows.map(([label, count]) => `${pad(label, labelWidth)}  ${pad(String(count), numberWidth, 'right')}\n`).join('');
}

/** `--agency NAME` and `--year N`: checked here, so a typo is one clear line, not a refused file. */
function importOverrides(agency: string | undefined, year: string | undefined): { agency?: string; year?: number } {
  const overrides: { agency?: string; year?: number } = {};
  if (agency !== undefined) {
    if (agency.trim().length < 2)
      throw new GongkaiError(
        'BAD_INPUT',
        `--agency 应为机关全称，例如 --agency 洛阳市西工区科学技术局 (--agency needs the full agency name): ${agency}`,
      );
    overrides.agency = agency.trim();
  }
  if (year !== undefined) {
    const value = Number(year);
    if (!Number.isInteger(value) || value < 2000 || value > 2100)
      throw new GongkaiError(
        'BAD_INPUT',
        `--year 应为2000到2100之间的年份，例如 --year 2024 (--year needs a year between 2000 and 2100): ${year}`,
      );
    overrides.year = value;
  }
  return overrides;
}

/** `gongkai import [--json] FILE…`: import report files, one progress line each and a summary. */
import { parseArgs } from 'node:util';
import { GongkaiError } from '../core/errors.js';
import { importFile, outcomeJson } from '../report/importer.js';
import type { CommandContext } from './commands.js';
import { openStore } from './open.js';

export async function importCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, db: { type: 'string' }, agency: { type: 'string' }, year: { type: 'string' } }, allowPositionals: true });
  if (positionals.length === 0) throw new GongkaiError('BAD_INPUT', '请给出要导入的文件 (no files given): gongkai import [--json] FILE…');
  const overrides = importOverrides(values.agency, values.year);
  const store = openStore(values.db ?? db);
  try {
    const outcomes = [];
    for (const [index, file] of positionals.entries()) {
      const outcome = await importFile(store.reports, file, overrides);
      outcomes.push(outcome);
      const progress = `[${index + 1}/${positionals.length}] ${file}: `;
      if (!outcome.ok) io.err(`${progress}拒绝导入 (refused) — ${outcome.error}\n`);
      else if (!values.json) {
        const report = outcome.report!;
        const cells = ['proactive', 'applications', 'appeals'].reduce((sum, table) => sum + Object.values(report[table as 'proactive']).reduce((n, row) => n + row.length, 0), 0);
        io.out(
          `${progress}${report.agency} ${report.year}年 (${report.format}版式) ${outcome.replaced ? '已替换原有报告 (replaced)' : '已导入 (imported)'}，${cells} 个数字，` +
            `${outcome.violations.length} 处勾稽问题，缺少：${report.missing.length > 0 ? report.missing.join('、') : '无'}\n`,
        );
        for (const violation of outcome.violations) io.out(`    规则${violation.rule} ${violation.row}/${violation.column}: ${violation.message}\n`);
        for (const warning of report.warnings) io.out(`    注意${warning.line ? `（第${warning.line}行）` : ''}: ${warning.message}\n`);
      } else io.err(`${progress}ok\n`);
    }
    const refused = outcomes.filter((outcome) => !outcome.ok).length;
    if (values.json) io.out(`${JSON.stringify(outcomes.map(outcomeJson), null, 2)}\n`);
    else io.out(`共 ${outcomes.length} 个文件：导入 ${outcomes.length - refused} 个，拒绝 ${refused} 个。\n`);
    return refused > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}

/** `--agency NAME` and `--year N`: checked here, so a typo is one clear line, not a refused file. */
function importOverrides(agency: string | undefined, year: string | undefined): { agency?: string; year?: number } {
  const overrides: { agency?: string; year?: number } = {};
  if (agency !== undefined) {
    if (agency.trim().length < 2) throw new GongkaiError('BAD_INPUT', `--agency 应为机关全称，例如 --agency 洛阳市西工区科学技术局 (--agency needs the full agency name): ${agency}`);
    overrides.agency = agency.trim();
  }
  if (year !== undefined) {
    const value = Number(year);
    if (!Number.isInteger(value) || value < 2000 || value > 2100) throw new GongkaiError('BAD_INPUT', `--year 应为2000到2100之间的年份，例如 --year 2024 (--year needs a year between 2000 and 2100): ${year}`);
    overrides.year = value;
  }
  return overrides;
}

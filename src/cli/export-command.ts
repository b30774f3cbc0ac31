/** `gongkai export AGENCY YEAR --format md|docx [--out FILE]`: a report in the standard layout, for the website. */
import { reportTitleOf } from '../report/labels.js';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GongkaiError } from '../core/errors.js';
import { draftReport } from '../data-entry/draft-service.js';
import { renderDocx } from '../report/export-docx.js';
import type { Report } from '../report/model.js';
import { renderMarkdown } from '../report/render.js';
import { DraftStore } from '../store/draft-store.js';
import { seedSampleReports } from '../report/seed.js';
import type { CommandContext } from './commands.js';
import { openStore } from './open.js';
import { safeFileName, writeNewFile } from './safe-write.js';
import { resolveAgency } from './staff-command.js';

const USAGE = '用法 (usage): gongkai export AGENCY YEAR --format md|docx [--out FILE] [--force]';

/** `gongkai export`: Markdown to standard output or --out, Word to --out (default: the report title .docx). */
export async function exportCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { format: { type: 'string', default: 'md' }, out: { type: 'string' }, force: { type: 'boolean' }, db: { type: 'string' } },
    allowPositionals: true,
  });
  const [agencyName, yearText] = positionals;
  const year = Number(yearText);
  if (!agencyName || !Number.isInteger(year) || year < 2000 || year > 2100) throw new GongkaiError('BAD_INPUT', USAGE);
  if (values.format !== 'md' && values.format !== 'docx') throw new GongkaiError('BAD_INPUT', `--format 应为 md 或 docx\n${USAGE}`);
  const store = openStore(values.db ?? db);
  let report: Report;
  try {
    // The same reports ask and chat see: the samples are loaded into an empty database.
    seedSampleReports(store.reports);
    const agency = resolveAgency(store.reports, agencyName);
    if (!agency) throw new GongkaiError('NOT_FOUND', `没有找到机关“${agencyName}” (unknown agency)`);
    const record = store.reports.report(agency.id, year);
    if (record) report = store.reports.load(record.id)!;
    else {
      // Not published yet: the draft, so staff can look at the Word file before review.
      const draft = new DraftStore(store.db).get(agency.id, year);
      if (!draft) throw new GongkaiError('NOT_FOUND', `${agency.name}没有${year}年的报告或草稿 (no report or draft)`);
      report = draftReport(new DraftStore(store.db), draft.id);
      io.err(`注意：${agency.name}${year}年的报告尚未发布，导出的是草稿 (draft, not published)\n`);
    }
  } finally {
    store.close();
  }
  if (values.format === 'md') {
    const markdown = renderMarkdown(report);
    if (!values.out) {
      io.out(markdown);
      return 0;
    }
    writeNewFile(values.out, markdown, { force: values.force });
    io.out(`已写入 (written) ${resolve(values.out)}\n`);
    return 0;
  }
  // The default name comes from data: it is made safe to stay in the current folder.
  const file = values.out ?? `${safeFileName(reportTitleOf(report))}.docx`;
  writeNewFile(file, await renderDocx(report), { force: values.force });
  io.out(`已写入 (written) ${resolve(file)}\n`);
  return 0;
}

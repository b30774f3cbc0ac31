/**
 * The hand-read real pages whose title line can be rewritten, for the title ratchets (publisher-field.test.ts,
 * title-shapes.test.ts): each page with its JSON's agency and year, its lines, and where its title line is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasRegion } from '../../../src/report/agency-names.js';
import { isAgencyName } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const TITLE = /(政府信息公开|政务公开|信息公开).{0,16}(年度?报告|年报)/;

export interface TitledPage {
  /** folder/file */
  name: string;
  agency: string;
  year: number;
  lines: string[];
  /** The title line's index (among the first 30 lines). */
  titleAt: number;
}

export function* titledPages(): Generator<TitledPage> {
  for (const folder of readdirSync(FIXTURES).filter((name) => /^reports-(?:real|more\d*)$/.test(name))) {
    for (const file of readdirSync(join(FIXTURES, folder)).filter((name) => /^\d+\.(?:txt|md)$/.test(name))) {
      let truth: { agency?: string | null; year?: number; refused?: boolean };
      try {
        truth = JSON.parse(readFileSync(join(FIXTURES, folder, file.replace(/\.\w+$/, '.json')), 'utf8'));
      } catch {
        continue;
      }
      if (truth.refused || !truth.agency || !truth.year) continue;
      const lines = readFileSync(join(FIXTURES, folder, file), 'utf8').split('\n');
      const titleAt = lines.slice(0, 30).findIndex((line) => TITLE.test(line) && line.trim().length < 90);
      if (titleAt >= 0) yield { name: `${folder}/${file}`, agency: truth.agency, year: truth.year, lines, titleAt };
    }
  }
}

/** The page's lines with its title line (and the same line repeated in the first 40) replaced by `title`. */
export function withTitle(page: TitledPage, title: string): string {
  const old = page.lines[page.titleAt].trim();
  return page.lines.map((line, index) => (index === page.titleAt || (index < 40 && line.trim() === old) ? title : line)).join('\n');
}

/**
 * What the parser names a rewritten page: undefined when it refuses (asks for --agency: nothing named wrong), else whether
 * it named another agency than the page's (JSON names that are bare regions or no agency's name are not counted).
 */
export function namedWrong(page: TitledPage, text: string): { stored: boolean; wrong?: string } {
  let agency: string | undefined;
  try {
    agency = parseReport(text).report.agency;
  } catch {
    return { stored: false };
  }
  const wrong = agency !== page.agency && isAgencyName(page.agency) && hasRegion(page.agency);
  return { stored: true, wrong: wrong ? `${agency}, want ${page.agency}` : undefined };
}

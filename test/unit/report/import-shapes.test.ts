/**
 * The real fixture pages in the shapes real crawls give them, checked against their hand-read JSON: a page may lose cells
 * (a row not read is said missing), but no cell may be read as another number. Each page is cut off (at 55% of its text),
 * has its zeros left blank (a web table's empty cells, their places lost in the flattening), its digits full-width, its
 * lines run into one, page-break lines inserted every 17 lines, and its characters turned 繁体.
 *
 * Every fifth page here (about 1,300 parses); `SHAPES_ALL=1 npx vitest run test/unit/report/import-shapes.test.ts` runs
 * every page (about 6,700). The first full run found 21 cells read wrong on blanked zeros (5 pages), none in the other
 * shapes; see blank-cells-lost.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const SHAPES: Record<string, (text: string) => string> = {
  cut: (text) => text.slice(0, Math.floor(text.length * 0.55)),
  'blank zeros': (text) => text.replace(/(?<=[\s|])0(?=[\s|])/g, ' '),
  'full-width digits': (text) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit))),
  'one line': (text) => text.replace(/\s*\n\s*/g, ' '),
  'page breaks': (text) =>
    text
      .split('\n')
      .flatMap((line, index) => (index % 17 === 16 ? [line, `第 ${Math.floor(index / 17) + 2} 页 共 9 页`] : [line]))
      .join('\n'),
  繁体: (text) => toTraditional(text),
};

interface Truth {
  agency: string | null;
  refused?: boolean;
  applications?: Record<string, number[]>;
  appeals?: Record<string, number[]>;
}

function pages(): Array<{ name: string; text: string; truth: Truth }> {
  const every = process.env.SHAPES_ALL ? 1 : 5;
  const found: Array<{ name: string; text: string; truth: Truth }> = [];
  const folders = readdirSync(FIXTURES)
    .filter((name) => /^reports-(?:real|more\d*)$/.test(name))
    .sort();
  for (const folder of folders) {
    for (const file of readdirSync(join(FIXTURES, folder))
      .filter((name) => /^\d+\.(?:txt|md)$/.test(name))
      .sort()) {
      let truth: Truth;
      try {
        truth = JSON.parse(readFileSync(join(FIXTURES, folder, file.replace(/\.\w+$/, '.json')), 'utf8'));
      } catch {
        continue;
      }
      if (truth.refused || !truth.agency) continue;
      found.push({ name: `${folder}/${file}`, text: readFileSync(join(FIXTURES, folder, file), 'utf8'), truth });
    }
  }
  return found.filter((_, index) => index % every === 0);
}

/** Every cell read that the JSON gives otherwise, as `section.row[column]=read want truth`. */
function wrongCells(text: string, truth: Truth): string[] {
  let report: ReturnType<typeof parseReport>['report'];
  try {
    report = parseReport(text).report;
  } catch {
    return []; // Refused: nothing read, nothing wrong.
  }
  const wrong: string[] = [];
  for (const section of ['applications', 'appeals'] as const) {
    const read = report[section] as Record<string, number[] | undefined> | undefined;
    for (const [row, values] of Object.entries(truth[section] ?? {})) {
      for (const [column, value] of values.entries()) {
        const have = read?.[row]?.[column];
        if (have !== undefined && have !== null && have !== value) wrong.push(`${section}.${row}[${column}]=${have} want ${value}`);
      }
    }
  }
  return wrong;
}

describe('real pages in the shapes crawls give them: cells may go missing, never wrong', () => {
  const all = pages();
  it('finds the pages', () => {
    expect(all.length).toBeGreaterThan(150);
  });
  for (const [shape, change] of Object.entries(SHAPES)) {
    it(shape, () => {
      const found: string[] = [];
      for (const page of all) {
        const changed = change(page.text);
        if (changed === page.text) continue;
        for (const cell of wrongCells(changed, page.truth)) found.push(`${page.name}: ${cell}`);
      }
      expect(found).toEqual([]);
    }, 120_000);
  }
});

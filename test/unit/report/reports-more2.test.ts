/**
 * A second set of real reports (test/fixtures/reports-more2): crawled pages of a provincial
 * department, county and district offices, townships and 街道 in both layouts, each cut at about
 * 2,000 bytes as it was stored, with the figures read by hand from the text (its JSON's `source`
 * and `notes`). Every file goes through importFile into a SQLite file, as `gongkai import` does.
 * Where the JSON's agency is null the text never names the agency with its region: the import is
 * refused and asks for --agency, and with --agency every cell is read as the JSON gives it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectEveryCell, expectRefusedForAgency, importFixtureFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more2'), /^\d+\.txt$/);
const { files: FILES, named: NAMED, unnamed: UNNAMED, asFound } = folder;

describe('more real reports of other kinds of agencies, imported into SQLite', () => {
  it('the fixtures are all there, each with its source, named and unnamed', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(12);
    expect(UNNAMED.length).toBeGreaterThan(0);
    for (const file of FILES) expect(file.truth.source).toMatch(/^https?:\/\/\S{10,}/);
  });

  it.each(NAMED.map((file) => [file.name, file] as const))('%s: agency, year, layout, and imported as partial', (name, file) => {
    const outcome = asFound.get(name)!;
    expect(outcome.error).toBeUndefined();
    expect(outcome.report!.agency).toBe(file.truth.agency);
    expect(outcome.report!.year).toBe(file.truth.year);
    if (file.truth.format) expect(outcome.report!.format).toBe(file.truth.format);
    expect(outcome.report!.missing.length > 0).toBe(file.truth.partial);
  });

  it.each(UNNAMED.map((file) => [file.name, file] as const))(
    '%s: no agency with its region in the text, so refused and asked for --agency',
    (_name, file) => expectRefusedForAgency(folder, file),
  );

  it.each(FILES.map((file) => [file.name, file] as const))('%s: every cell, as imported and as stored', (_name, file) =>
    expectEveryCell(folder, file),
  );

  it('empty cells printed as lone pipes are listed as blanks, and a blank 总计 beside a figure breaks rule 3', () => {
    const outcome = asFound.get('04.txt')!;
    expect(outcome.report!.blanks).toContain('applications.received.business');
    expect(outcome.report!.blanks).toContain('applications.granted.total');
    expect(outcome.report!.blanks).not.toContain('applications.received.total');
    expect(outcome.violations.some((violation) => violation.rule === 3 && violation.row === 'granted')).toBe(true);
  });

  it('a row that prints only its zeros, the other cells blank and their places lost, reads all zeros and says so', () => {
    const warnings = asFound.get('05.txt')!.report!.warnings.map((warning) => warning.message);
    expect(warnings.some((message) => message.includes('只印了1个0'))).toBe(true);
  });
});

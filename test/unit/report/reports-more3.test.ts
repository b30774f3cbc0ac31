/**
 * A third set of real reports (test/fixtures/reports-more3), found to measure generalisation:
 * townships, 街道, county and district departments of other provinces, 2019–2025, both layouts,
 * each cut at about 2,000 bytes as it was stored (pipe tables, one cell a line, 繁体 mirrors with
 * glued pinyin, titles split over lines or with 年度工作报告, no title at all, 2019 tables in
 * later years, blank tables, garbled dates), with the figures read by hand (its JSON's `source`
 * and `notes`). Every file goes through importFile into a SQLite file, as `gongkai import` does.
 * The agency's name must contain the JSON's (the text may support a fuller form). Where the JSON's
 * agency is null the text never names the agency with its region: the import is refused and asks
 * for --agency, and with --agency every cell is read as the JSON gives it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more3'), /^\d+\.(?:txt|md|html)$/);
const { asFound } = folder;

describe('more real reports of other kinds of agencies, imported into SQLite', () => {
  itReadsEveryFile(folder, 25);

  it('a title broken after 年度政府 keeps 政府 with the tail on the next line (…办事处, not …办事处政府)', () => {
    expect(asFound.get('19.txt')!.report!.agency).toBe('西咸新区底张街道办事处');
  });

  it('a 繁体 mirror keeps the agency as printed, with the glued pinyin dropped', () => {
    expect(asFound.get('26.txt')!.report!.agency).toBe('柞水縣鳳凰鎮人民政府');
    expect(asFound.get('12.txt')!.report!.agency).toBe('錫山區人社局');
  });

  it('no title and no 我局: the agency a clause of the opening starts with, an inner office standing for its government', () => {
    expect(asFound.get('01.txt')!.report!.agency).toBe('官洲街道办事处');
    expect(asFound.get('18.txt')!.report!.agency).toBe('绍兴市越城区东湖街道');
    // (柞水縣鳳凰鎮人民政府黨政辦公室;…): the 党政办公室 is the township government's.
    expect(asFound.get('26.txt')!.report!.agency).not.toContain('辦公室');
  });

  it('a PDF turned into Markdown: an empty 总计 cell is a blank (0, listed, breaking rule 3), not a lost column', () => {
    const report = asFound.get('32.md')!.report!;
    expect(report.applications.carried_forward).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(report.blanks).toContain('applications.carried_forward.total');
    expect(asFound.get('32.md')!.violations.some((violation) => violation.rule === 3 && violation.row === 'carried_forward')).toBe(true);
  });

  it('a row printed before its label: the label line holds its own whole row, the next line goes to the label that follows', () => {
    const report = asFound.get('32.md')!.report!;
    expect(report.applications.granted).toEqual([9, 0, 0, 0, 0, 0, 9]);
    expect(report.applications.partly_granted).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // Rows whose numbers cannot be told apart are still refused, with the digits, not guessed.
    expect(report.warnings.some((warning) => warning.row === 'not_processed.excessive' && /未读取该行/.test(warning.message))).toBe(true);
  });

  it('tables numbered apart from the text (三、政府信息公开行政复议、行政诉讼情况 after the body’s 一–六) are found by their full title', () => {
    expect(asFound.get('32.md')!.report!.appeals.review).toEqual([1, 0, 0, 0, 1]);
  });

  it('a website named before 政府信息公开年度报告 is not a title, nor 特向社会公布本镇 an agency', () => {
    expect(asFound.get('25.txt')!.report!.agency).toBe('牛街乡人民政府');
    expect(asFound.get('30.txt')!.report!.agency).toContain('衢江区湖南镇');
  });
});

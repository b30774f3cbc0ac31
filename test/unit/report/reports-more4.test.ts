/**
 * A fourth set of real reports (test/fixtures/reports-more4), found with the search tool to measure
 * generalisation on kinds not covered before: 管委会 and 开发区 offices, 自治区 and 旗 agencies,
 * 直辖市 districts, health and education bureaus, 街道 and 乡镇, 2019–2025; shapes: 繁体 mirrors
 * with glued pinyin and mojibake, spam words injected by mirrors, titles cut to their last words,
 * quoted in the opening or after a breadcrumb, blank cells, cut after a label's number. The figures
 * were read by hand (each JSON's `source` and `notes`). First run before the fixes of this set:
 * 7/238 cells missing, 9/36 files with a wrong agency (4 refused); every file now imports as its
 * JSON says, through importFile into a SQLite file as `gongkai import` does.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more4'), /^\d+\.(?:txt|md|html)$/);
const { asFound } = folder;

describe('a fourth set of real reports, of zones, regions and bureaus, imported into SQLite', () => {
  itReadsEveryFile(folder, 40);

  it('a kind of region standing for its name (自治区…, 示范区…) is no region: refused, not stored under the bare kind', () => {
    for (const name of ['13.txt', '24.txt']) expect(asFound.get(name)!.error).toContain('--agency');
  });

  it('a name is read without the sentence’s words before it (现将…, 由…编制)', () => {
    expect(asFound.get('17.txt')!.report!.agency).toBe('莲湖区西关街道办事处');
    expect(asFound.get('51.txt')!.report!.agency).toBe('汇龙镇人民政府');
    expect(asFound.get('52.txt')!.report!.agency).toBe('荫子镇人民政府');
  });

  it('a zone named as the subject of the opening sentence publishes under the zone’s name', () => {
    expect(asFound.get('07.txt')!.report!.agency).toBe('雅安经开区');
    expect(asFound.get('10.txt')!.report!.agency).toBe('海门经济技术开发区');
  });

  it('a title cut to its last words: not a name from a body sentence, but the fullest form, regions and office joined', () => {
    expect(asFound.get('16.txt')!.report!.agency).toBe('南关区长通街道办事处');
  });

  it('a column heading giving the name short above the title yields to the title’s fuller name', () => {
    expect(asFound.get('23.txt')!.report!.agency).toBe('沧州市卫生健康委员会');
  });

  it('two regions joined by a middle dot stay one name', () => {
    expect(asFound.get('26.txt')!.report!.agency).toBe('黄石经济技术开发区·铁山区教育局');
  });

  it('an opening that publishes 《…年度报告》 by name is a report, named by that title', () => {
    expect(asFound.get('11.txt')!.report!.agency).toBe('沙依巴克区人民政府');
    expect(asFound.get('11.txt')!.report!.year).toBe(2022);
  });

  it('with no title and no name in the opening: the page’s publisher field', () => {
    expect(asFound.get('35.txt')!.report!.agency).toBe('冷水滩区高科园');
    // Its six applicant cells are printed blank: 0, and listed as blanks.
    expect(asFound.get('35.txt')!.report!.blanks).toContain('applications.received.natural_person');
  });

  it('a statistics period misprinted a year off, against the opening and the body, yields to them, with a warning', () => {
    const report = folder.withAgency.get('38.txt')!.report!;
    expect(report.year).toBe(2021);
    expect(report.warnings.some((warning) => /统计期限（2020年）/.test(warning.message))).toBe(true);
  });

  it('neither a set phrase (紧紧围绕市委) nor the government whose website posted the page (…人民政府网站) is the publisher', () => {
    expect(asFound.get('38.txt')!.error).toContain('--agency');
    expect(asFound.get('39.txt')!.error).toContain('--agency');
  });

  it('the issuer of a document the opening cites (《平武县人民政府办公室关于…的通知》) is not the publisher', () => {
    expect(asFound.get('49.txt')!.error).toContain('--agency');
  });

  it('a title named inside the opening sentence keeps a field word jieba takes for a set phrase (自然资源)', () => {
    expect(asFound.get('41.txt')!.report!.agency).toBe('朝阳市自然资源局');
  });

  it('a page cut right after the next label’s number (…0 |\\n3.) keeps the complete row before it', () => {
    // The page names no agency with its region: read with --agency.
    const report = folder.withAgency.get('36.txt')!.report!;
    expect(report.applications['withheld.prohibited_by_law']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.warnings).toEqual([]);
  });
});

/**
 * A twenty-sixth set of real reports (test/fixtures/reports-more26): eight 2024 and 2025 pages rich in prose — a district's
 * 政府办 (番禺), a city bureau (白城农业农村局), a district (西山区), a county (绥宁县), a street office (前进街), a league's
 * 外事办 (兴安盟) and two bodies of one city (荣成市信访局, 荣成市政府办) — cut off as the search tool stores them, none with
 * tables. Figures read by hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 * First run: the eight named files named and dated as read by hand; 09 (广东省发改委, 我委 only, section 一 alone) is refused as no
 * report rather than asked for --agency (kept as a gap).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more26'), /^\d+\.(?:txt|md|html)$/);

describe('a twenty-sixth set of real reports, prose-rich 2024 and 2025 pages, imported into SQLite', () => {
  itReadsEveryFile(folder, 8);

  it("a follower count printed with no unit (订阅人数为5973。) is stored as the account's followers", () => {
    const figures = folder.asFound.get('05.txt')!.report!.proseFigures ?? [];
    expect(figures.some((figure) => figure.key === 'followers' && figure.value === 5973)).toBe(true);
  });
});

/**
 * A page whose title names no agency (2024年政府信息公开工作年度报告: the report sits on its agency's own site) but whose
 * metadata does (发布机构：XX局): the metadata names the publisher. Before, the body's readers came first and took what the
 * opening's sentences seemed to name — a verb's object (认真围绕镇党委 → 认真围绕镇), a name cut at its start (…结合2024年山东省
 * 大数据局… → 东省大数据局), the county's government the bureau works under — and the field was read only when they found
 * nothing. Checked on the real pages: each one's title line is replaced by an agency-less title and a 发布机构 line naming the
 * agency its hand-read JSON gives; 52 of 622 pages named another agency before, 32 now (the rest: pages whose own chrome
 * names a site or a breadcrumb above the title, and JSON names that are bare regions, which no field is read as). Since
 * title49, 16: the field beats a name borrowed from the line above the title (the site's name, a site header, an editor's
 * line) or a title named in a sentence, and a bullet glued before a title's name is dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasRegion } from '../../../src/report/agency-names.js';
import { isAgencyName } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const TITLE = /(政府信息公开|政务公开|信息公开).{0,16}(年度?报告|年报)/;

describe('a page’s publisher field names it when its title names no agency', () => {
  it('real pages, their title stripped of the agency and a 发布机构 line added: at most 16 of them name another agency', () => {
    let stored = 0;
    const wrong: string[] = [];
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
        const at = lines.slice(0, 30).findIndex((line) => TITLE.test(line) && line.trim().length < 90);
        if (at < 0) continue;
        const old = lines[at].trim();
        const title = `${truth.year}年政府信息公开工作年度报告\n发布机构：${truth.agency}`;
        const text = lines.map((line, index) => (index === at || (index < 40 && line.trim() === old) ? title : line)).join('\n');
        let agency: string | undefined;
        try {
          agency = parseReport(text).report.agency;
        } catch {
          continue; // Refused (asks for --agency): nothing named wrong.
        }
        stored += 1;
        if (agency !== truth.agency && isAgencyName(truth.agency) && hasRegion(truth.agency))
          wrong.push(`${folder}/${file}: ${agency}, want ${truth.agency}`);
      }
    }
    expect(stored).toBeGreaterThan(600);
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(16);
  }, 180_000);
});

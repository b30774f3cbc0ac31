/**
 * The real guides qaguide29 added (guides-43, asked by guide-questions-43): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from '../../helpers.js';

const GUIDES = join(__dirname, '..', '..', 'fixtures', 'guides-43');
const read = (name: string) => readFileSync(join(GUIDES, name), 'utf8');
const normal = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
const truths = readdirSync(GUIDES)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('qaguide29’s real guides (guides-43)', () => {
  it('has six of them', () => {
    expect(truths.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of truths) {
    it(`${name}: agency and every stated field`, () => {
      const truth = JSON.parse(read(name)) as { agency: string; fields: Record<string, string> };
      const text = read(name.replace(/\.json$/, '.txt'));
      expect(looksLikeAgencyGuide(text)).toBe(true);
      const guide = parseAgencyGuide(text);
      expect(guide.agency).toBe(truth.agency);
      for (const [key, value] of Object.entries(truth.fields)) {
        const got = (guide.fields as Record<string, unknown>)[key];
        expect(typeof got === 'string' ? normal(got) : got, key).toBe(normal(value));
      }
    });
  }

  it('all are stored as guides', async () => {
    const app = makeTestApp();
    await importTexts(
      app,
      truths.map((name) => name.replace(/\.json$/, '.txt')).map((file) => [file, read(file)] as [string, string]),
    );
    const answer = await app.ask('安徽省邮政管理局信息公开网站');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('ah.spb.gov.cn');
    app.dispose();
  });
});

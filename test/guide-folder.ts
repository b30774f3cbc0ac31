/**
 * A folder of real agency guides with hand-read JSON (test/fixtures/guides-41 … guides-44): each text is read as a
 * guide of the agency its JSON names, with every field the JSON gives (what the parser misses of a page is said in the
 * JSON's notes), and all are imported and asked one question whose answer must hold a stated field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from './helpers.js';

export function describeGuideFolder(
  title: string,
  folder: string,
  { atLeast, ask, answerContains }: { atLeast: number; ask: string; answerContains: string },
): void {
  const guides = join(__dirname, 'fixtures', folder);
  const read = (name: string) => readFileSync(join(guides, name), 'utf8');
  const normal = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
  const truths = readdirSync(guides)
    .filter((name) => name.endsWith('.json'))
    .sort();

  describe(title, () => {
    it(`has at least ${atLeast} of them`, () => {
      expect(truths.length).toBeGreaterThanOrEqual(atLeast);
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
      try {
        await importTexts(
          app,
          truths.map((name) => name.replace(/\.json$/, '.txt')).map((file) => [file, read(file)] as [string, string]),
        );
        const answer = await app.ask(ask);
        expect(answer.kind).toBe('guide');
        expect(answer.answer).toContain(answerContains);
      } finally {
        app.dispose();
      }
    });
  });
}

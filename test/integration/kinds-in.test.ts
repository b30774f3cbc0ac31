/**
 * AgencyIndex.kindsIn: the kinds written in a text, found by a lookup per character, are exactly the kinds a scan of every
 * kind finds (kinds().filter((kind) => text.includes(kind))), in the same order, over a store of real reports and the words
 * of real citizens' questions (the rules that asked which kind a question names scanned the thousand kinds of such a store).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgencyIndex } from '../../src/qa/agency-index.js';
import type { TestApp } from '../helpers.js';
import { questions, storeOf } from './qa-eval-helpers.js';

describe('AgencyIndex.kindsIn over real reports and questions', () => {
  let app: TestApp;
  let index: AgencyIndex;
  beforeAll(async () => {
    app = await storeOf([
      ['reports-real', /\.txt$/],
      ['reports-more64', /\.(txt|md|html)$/],
    ] as const);
    index = new AgencyIndex(app.reports);
  });
  afterAll(() => app.dispose());

  it('finds the kinds a scan of every kind finds, in kinds() order, for every question of the real question files', () => {
    const files = readdirSync(join(__dirname, '..', 'fixtures')).filter((file) => /^(?:real|citizen)-questions-.*\.jsonl$/.test(file));
    const texts = files.flatMap((file) => questions(file).map((line) => line.q));
    expect(texts.length).toBeGreaterThan(1000);
    const kinds = index.kinds();
    expect(kinds.length).toBeGreaterThan(20);
    let named = 0;
    for (const text of texts) {
      const scanned = kinds.filter((kind) => text.includes(kind));
      expect(index.kindsIn(text), text).toEqual(scanned);
      if (scanned.length > 1) named += 1;
    }
    // Many questions hold a kind and the shorter kinds inside it (科学技术局 and 技术局 …): the order is kinds()' longest first.
    expect(named).toBeGreaterThan(100);
  });

  it('a kind at the very end, twice, or written around another is found once, in place', () => {
    const kind = index.kinds().find((each) => each.length >= 3) ?? '';
    expect(index.kindsIn(`西工区${kind}`)).toContain(kind);
    expect(index.kindsIn(`${kind}和${kind}`).filter((each) => each === kind)).toEqual([kind]);
    expect(index.kindsIn('')).toEqual(index.kinds().filter((each) => each.length === 0));
    expect(index.kindsIn(kind.slice(0, -1))).not.toContain(kind);
  });
});

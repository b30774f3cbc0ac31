/** The general rules asked of one agency (what to bring) say when that agency's own guide is not stored (real-questions-16). */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/report/importer.js';
import { makeTestApp } from '../helpers.js';

const app = makeTestApp();
afterAll(() => app.dispose());
beforeAll(async () => {
  await importFile(app.reports, join(__dirname, '..', 'fixtures', 'reports-more7', '01.txt'));
  await importFile(app.reports, join(__dirname, '..', 'fixtures', 'guides', 'huangyan-gaj-guide.txt'));
});

describe('what to bring, asked of one agency', () => {
  it('notes that no guide of the agency is stored (a sample report, a real report of a 税务局)', async () => {
    for (const question of ['中卫市科技局申请要带什么材料', '鄂州税务局申请信息公开要带什么材料']) {
      const answer = await app.ask(question);
      expect(answer.answer).toContain('以下是政府信息公开的一般规定');
      expect(answer.answer).toContain('库中没有');
    }
  });

  it('says nothing missing for an agency whose guide is stored', async () => {
    const answer = await app.ask('黄岩公安分局申请信息公开要带什么材料');
    expect(answer.answer).not.toContain('库中没有');
  });
});

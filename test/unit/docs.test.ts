/** The domain documentation the code cites is in the repository, and names every key the catalogue uses. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROWS } from '../../src/report/catalogue.js';

const root = join(__dirname, '..', '..');

describe('docs/', () => {
  it('holds FORMAT.md and REGULATION.md, and every path the README links to exists', () => {
    expect(existsSync(join(root, 'docs', 'FORMAT.md'))).toBe(true);
    expect(existsSync(join(root, 'docs', 'REGULATION.md'))).toBe(true);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(((?:docs|deploy)\/[^)]+|Dockerfile)\)/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) expect(existsSync(join(root, link)), link).toBe(true);
  });

  it('FORMAT.md names every row key of the 2021 layout', () => {
    const format = readFileSync(join(root, 'docs', 'FORMAT.md'), 'utf8');
    const missing = ROWS['2021'].map((row) => row.key).filter((key) => !format.includes(key));
    expect(missing).toEqual([]);
  });

  it('no source comment cites a FORMAT.md outside docs/', () => {
    const offenders = ['src/report/report-json.ts', 'src/report/rules.ts', 'src/report/catalogue.ts']
      .map((file) => readFileSync(join(root, file), 'utf8'))
      .flatMap((text) => text.split('\n').filter((line) => /FORMAT\.md/.test(line) && !/docs\/FORMAT\.md/.test(line)));
    expect(offenders).toEqual([]);
  });
});

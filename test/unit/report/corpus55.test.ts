/**
 * corpus55's importer class (reports-more61/09, 咸宁市自然资源和城乡建设局), on made-up sentences: a count glued to the word
 * opening its breakdown with no mark between (受理申请64分别为予以公开30件, 收到申请52件其中同意公开40件) — the breakdown's
 * first count was labelled by the total's words and stored as the applications received. It is labelled by its own words; a
 * total that lost its measure word is not read.
 */
import { describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../../src/report/prose.js';

describe('a total glued to its breakdown word', () => {
  it('the breakdown count after 分别为 is not the applications received, and a total with no measure word is not read', () => {
    const figures = extractProseFigures('全年本局受理政府信息公开申请64分别为予以公开30件;不予公开5件。', 'overview');
    expect(figures.filter((figure) => figure.key === 'applications_received')).toEqual([]);
    expect(figures.find((figure) => figure.value === 30)?.label).toBe('予以公开');
    expect(figures.some((figure) => figure.value === 64)).toBe(false);
  });

  it('a total with its measure word keeps its key; the count after 其中 is its own', () => {
    const figures = extractProseFigures('2022年收到政府信息公开申请52件其中同意公开40件。', 'overview');
    expect(figures.filter((figure) => figure.key === 'applications_received').map((figure) => figure.value)).toEqual([52]);
    expect(figures.find((figure) => figure.value === 40)?.label).toBe('同意公开');
  });
});

/**
 * leftover34: a count of applications received glued to the ordinal opening the paragraph's next part, its measure word and
 * full stop lost (共收到依申请公开事项0三是…), is read in 件 as the applications' count.
 */
import { describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../../src/report/prose.js';

describe('leftover34: a count glued to the next part of its paragraph', () => {
  it('reads the applications received before 二是…十是', () => {
    const figures = extractProseFigures(
      '一是主动公开方面，发布信息12条。二是依申请公开方面，全年受理政府信息公开申请3四是平台建设方面，更新栏目。',
      'overview',
    );
    expect(figures.filter((figure) => figure.key === 'applications_received').map((figure) => [figure.value, figure.unit])).toEqual([
      [3, '件'],
    ]);
  });
  it('leaves a number before an ordinal that counts no application', () => {
    const figures = extractProseFigures('一是开展培训2二是更新网站。', 'overview');
    expect(figures.filter((figure) => figure.key === 'applications_received')).toEqual([]);
  });
});

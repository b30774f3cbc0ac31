/**
 * A web table whose empty cells lost their places when the page was flattened to text (a crawl, a copy): fewer numbers than
 * cells, spaced. Nothing says which cells were blank, so the row is not read, rather than its numbers put in the wrong cells.
 * Found by blanking the zeros of the real fixture pages (every " 0 " as spaces): 21 cells were read wrong in 5 pages, now
 * none. Made-up rows in the real pages' shapes.
 */
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/report/tables.js';

const APPEALS_HEADER =
  '行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 ';

describe('a spaced row with fewer numbers than cells is not cut into digits that break its sum', () => {
  it('总计20 00 121 (20 0 0 0 0 1 21 with its zeros blank): not read as 2 0 0 0 1 2 1', () => {
    const { rows, warnings } = readTable('applications', '2021', '（七）总计20   00   121四、结转下年度继续办理 0 0 0 0 0 0 0');
    expect(rows['handled_total']).toBeUndefined();
    expect(rows['carried_forward']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(warnings.map((warning) => warning.message).join('\n')).toContain('总计');
  });

  it('120 3 123 (seven digits for seven cells, spaced): not read as 1 2 0 3 1 2 3', () => {
    const { rows } = readTable(
      'applications',
      '2021',
      '一、本年新收政府信息公开申请数量120 3 123二、上年结转政府信息公开申请数量0 0 0 0 0 0 0',
    );
    expect(rows['received']).toBeUndefined();
  });

  it('digits printed as one run that can be cut only one way are still the row as printed, its broken sum the source’s', () => {
    const { rows } = readTable('applications', '2021', '一、本年新收政府信息公开申请数量1000002二、上年结转政府信息公开申请数量0000000');
    expect(rows['received']).toEqual([1, 0, 0, 0, 0, 0, 2]);
  });
});

describe('table 四: a line of numbers after the three groups’ labels, fewer than their cells', () => {
  it('five numbers of fifteen cells whose sum breaks are no group’s row', () => {
    const { rows } = readTable('appeals', '2021', `${APPEALS_HEADER}  1 1   2 1       1           五、存在的主要问题`);
    expect(rows).toEqual({});
  });

  it('the whole line printed, spaced, is shared out as before', () => {
    const { rows } = readTable('appeals', '2021', `${APPEALS_HEADER}0 1 1 0 2 1 0 0 0 1 0 0 0 0 0 五、存在的主要问题`);
    expect(rows).toEqual({
      review: [0, 1, 1, 0, 2],
      litigation_direct: [1, 0, 0, 0, 1],
      litigation_after_review: [0, 0, 0, 0, 0],
    });
  });
});

/**
 * corpus73: a total's breakdown opened by a colon after 涵盖/包括 (累计公开各类政务信息18条,涵盖以下方面:法定主动公开内容5条,…,
 * reports-more79/04): its items are parts, the statutory list's content (法定主动公开内容) too, though it says 主动公开; only the
 * total is the year's 主动公开. Made-up page of a real place, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('corpus73: a breakdown after a colon', () => {
  const figures = (sentence: string) =>
    parseReport(['汶上县郭楼镇人民政府2025年政府信息公开工作年度报告', '一、总体情况', '(一)主动公开情况', sentence].join('\n')).report
      .proseFigures;

  it('涵盖以下方面:法定主动公开内容7条: one kind of the 26, the 26 the total', () => {
    const found = figures('截至2025年底,全镇累计公开各类政务信息26条,涵盖以下方面:法定主动公开内容7条,部门文件3条,会议公开2条。');
    expect(found.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([26]);
    expect(found.find((figure) => figure.value === 7)?.key).not.toBe('proactive_items');
  });

  it('其中主动公开信息24条 of a total of items made stays the year’s 主动公开 (the count disclosed of those made)', () => {
    const found = figures('2025年共制作政府信息30条,其中主动公开信息24条。');
    expect(found.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([24]);
  });
});

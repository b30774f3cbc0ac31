/**
 * Merge fix of the thirty-eighth session: corpus53 read table 二 printed bare (no section heading at all, 第二十条第(一)项
 * right after the lead), and with that span the page had a section at last, so the rule keeping a page's whole prose as its
 * overview when it has none (spans.length === 0) no longer ran: the lead's statements (公开信息77条, 民生事项信息16条) were
 * dropped and reports-more60/12's prose questions were refused. The lead before the bare table is the overview.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('the lead before a bare table 二', () => {
  it('is kept as the overview, beside the table read', () => {
    const page = [
      '示例镇人民政府2019年政府信息公开工作年度报告',
      '2019年,示例镇按照全县统一部署开展政府信息公开工作。全年在县政府门户网站公开信息45条,其中民生事项信息12条。',
      '第二十条第(一)项 | ||||',
      '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 ||',
      '规章 | 0 | 0 | 0 ||',
      '规范性文件 | 2 | 2 | 9 ||',
    ].join('\n');
    const parsed = parseReport(page);
    expect(parsed.report.proactive.normative_documents_2019).toEqual([2, 2, 9]);
    expect(parsed.report.sections.overview).toContain('民生事项信息12条');
    expect(parsed.report.sections.overview).not.toContain('规范性文件');
  });
});

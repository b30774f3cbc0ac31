/**
 * Importer classes found by test/fixtures/reports-more56 (corpus50), each on made-up text, not the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('section 一 headed 总体公开情况 (corpus50)', () => {
  // A 厅's page with no title, its opening naming no report of its own (…编制此报告), section 一 headed 一、总体公开情况.
  const page = [
    '为做好政府信息公开工作,按照有关格式要求,编制此报告。',
    '一、总体公开情况',
    '2021年,省林业和草原厅认真贯彻落实《中华人民共和国政府信息公开条例》,厅网站主动公开各类信息218篇。',
    '(一)主动公开政府信息情况。厅网站设置了政务公开栏目,全年推送微信信息97条。',
    '(二)依申请公开政府信息情况。在厅门户网站公布了《青海省林业和草原厅政府信息公开指南》,全年收到申请4件。',
  ].join('\n');

  it('is section 一: the page is read as a report, not refused as no report', () => {
    const report = parseReport(page).report;
    expect(report.agency).toBe('青海省林业和草原厅');
    expect(report.year).toBe(2021);
    expect(report.sections.overview).toContain('218篇');
  });
});

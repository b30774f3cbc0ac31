/**
 * A twenty-fifth set of real reports (test/fixtures/reports-more25): 四川, 重庆, 云南, 贵州, 广西, 天津, 江苏, 北京 and
 * 浙江 (2018 to 2025): streets and towns, a district's and a county's own reports, district offices, vertically managed
 * 气象局, 开发区 streets, a 教育局 page with its tables lost, a state-owned water company (2018), a 繁体 mirror, titles
 * broken over two lines, a page with no name at all, cut off as the search tool stores them (about 2,000 characters: no
 * page reaches table 三, two print table 二).
 * Figures read by hand (each JSON's `source` and `notes`), the pages saved before the importer first ran on them.
 * First run: 1 of 28 files wrong, no table cell wrong: 01 named 社区建设办公室 (the contact clause's office of the street,
 * 河西街道办事处党政综合与社区建设办公室, cut at its inner 与 because 社区 after a joiner was read as a bare level). Fixed:
 * inside a government's or a 街道办事处's name, 社区 after 与 followed by an office word goes on the name, and any inner
 * office of a 街道办事处 or a town's government stands for the street or the town.
 * Accepted as read: 10 (the opening names 重庆市沙坪坝区人民政府办公室 but the report covers 区政府(含区政府办公室) and says
 * 我区: stored as 重庆市沙坪坝区人民政府), 09 (a district-wide report, 重庆市北碚区人民政府).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesInText } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile, minimalReport } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more25'), /^\d+\.(?:txt|md|html)$/);

describe('a twenty-fifth set of real reports, south-west and east, streets, offices and vertical bodies, imported into SQLite', () => {
  itReadsEveryFile(folder, 28);

  it('a contact clause naming the street office through an inner office with 与 (党政综合与社区建设办公室) names the street', () => {
    const real = '请与广元市利州区人民政府河西街道办事处党政综合与社区建设办公室联系';
    expect(namesInText(real)).toContain('河西街道办事处党政综合与社区建设办公室');
    // 社区 after a joiner with no office word to follow is still no name (区委中心工作和社区重点任务).
    expect(namesInText('围绕区委中心工作和社区重点任务')).toEqual([]);
    const madeUp = minimalReport(
      [
        '本报告统计期限自2023年1月1日起至2023年12月31日止。',
        '如对本报告有疑问,请与青石县人民政府东城街道办事处综合与社区服务办公室联系(电话:0000-1234567)。',
      ],
      '我办',
    );
    expect(parseReport(madeUp).report.agency).toBe('青石县人民政府东城街道办事处');
    // A town's inner office of any name in the contact clause stands for the town's government.
    const town = minimalReport(
      ['本报告统计期限自2023年1月1日起至2023年12月31日止。', '如有疑问,请与青石县白沙镇人民政府党建与社会事务办公室联系。'],
      '我办',
    );
    expect(parseReport(town).report.agency).toBe('青石县白沙镇人民政府');
  });
});

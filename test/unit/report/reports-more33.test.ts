/**
 * A thirty-third set of real reports (test/fixtures/reports-more33): 2024 and 2025 pages of regions and bodies we held few
 * of — 黑龙江 (a district government, 自然资源局, 营商环境建设监督局), 吉林 (省政数局, 文旅厅, 交通运输厅, 财政厅), 辽宁 (two
 * 街道, a 乡), 河北 (a 街道, a district government, a 繁体 mirror of a district's), 内蒙古 (a 盟's and two 旗's whole reports, one
 * a 繁体 mirror, a 旗民委, a 苏木, a nature reserve's 管理局), 山西 (a city government and its 办公室), 上海 (a district's 卫健委),
 * 安徽 and 湖北 (民政局, 审计局, a provincial 地震局), 湖南 (教育局, 生态环境局 and its 分局), 山东 (省大数据局) — in the shapes the
 * search tool stores them: no title, the bare name of a 街道 as the first line, a metadata pipe table, a site menu or
 * breadcrumb, a date line first (发布时间…信息来源:XX局), a bare 政府信息公开工作年度报告 title, titles split over two lines or
 * cut at their first character (东省大数据局), a table read a cell per line with its blanks left out (12), 繁体 mirrors with
 * pinyin glosses glued in (11) and without (21), figures only in the prose. Figures read by hand (each JSON's `source` and
 * `notes`), the pages saved before the importer first ran.
 * First run: 5 of 30 files not as their JSON said, no table cell wrong (no page prints a table 三 cell before its cut): 13
 * named 兴安盟行政审批政务服务与数据管理局 (the contact clause's office, over the title 兴安盟2024年…报告: 盟 was no agency's
 * ending, where 县 and 旗 were); 21 named 凡以區政府 (凡以區政府或區政府辦公室名義制發的公文: 凡 before the preposition); 25
 * refused (its only name the 信息来源: line, dropped as page chrome, the text saying 我局); 16 refused (below, a gap); 01
 * named 鹤岗市工农区人民政府 where my JSON had the title's 工农区人民政府: the opening writes the fuller name
 * (2024鹤岗市工农区人民政府信息公开工作情况报告), which the project prefers, so the JSON was corrected.
 * Fixed: 13, 21, 25 (below). 16 (乌拉特后旗, no title, the 旗 only as a sentence's subject), left as a gap here, is read since
 * the merge with gaps24 (identity.ts regionSpeakingOfItself: a region its sentences speak as, 2024年,乌拉特后旗坚持…).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIdentity } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const directory = join(FIXTURE_DIR, '..', 'reports-more33');
const folder = importFixtureFolder(directory, /^\d\d\.(?:txt|md|html)$/);

describe('a thirty-third set of real reports, northern, north-eastern and central regions, 2024 and 2025, imported into SQLite', () => {
  itReadsEveryFile(folder, 30);

  it('a 盟 titled as a whole (兴安盟2024年…报告) is the agency, not the office its contact clause names', () => {
    const madeUp = [
      '示例盟2025年政府信息公开工作年度报告',
      '如对本年度报告有疑问,请与示例盟政务服务与数据管理局政务公开科联系(电话:0470-5550100)。',
      '一、总体情况',
      '2025年,全盟各级行政机关主动公开各类政府信息3200条。',
    ];
    expect(findIdentity(madeUp, 2).agency).toBe('示例盟');
    expect(folder.asFound.get('13.txt')!.report!.agency).toBe('兴安盟');
  });

  it('凡以区政府…名义 (all that is issued in the name of the district government) names no agency', () => {
    const madeUp = [
      '2025年政府信息公开工作年度报告',
      '本报告所列数据统计期限为2025年1月1日至2025年12月31日。',
      '一、总体情况',
      '2025年,各部门认真落实政府信息公开相关要求。',
      '(三)政府信息管理工作。凡以县政府或县政府办公室名义制发的公文均进行信息公开审查,全年共审查40件。',
      '凡经区政府常务会议审议的文件均同步解读。',
    ].join('\n');
    expect(() => parseReport(madeUp)).toThrow(/--agency/);
    expect(folder.asFound.get('21.txt')!.error).toContain('--agency');
  });

  it('a page whose only name is its 信息来源: line takes it when the text speaks as that kind of body (我局)', () => {
    const madeUp = [
      '发布时间:2026-01-20 09:30 信息来源:示例市青水县教育局',
      '本报告所列数据统计期限为2025年1月1日至2025年12月31日。',
      '一、总体情况',
      '(一)主动公开政府信息情况',
      '2025年,我局扎实推进政府信息公开工作,通过县政府门户网站共主动公开政府信息88条。',
      '(二)政府信息依申请公开办理情况',
      '2025年,我局未收到依申请公开信息的申请。',
    ].join('\n');
    expect(parseReport(madeUp).report.agency).toBe('示例市青水县教育局');
    // A source that is another kind of body than the text speaks as (a county's site over a town's report) is not taken.
    const other = madeUp.replace('信息来源:示例市青水县教育局', '信息来源:示例市青水县人民政府').replaceAll('我局', '我镇');
    expect(() => parseReport(other)).toThrow();
    expect(folder.asFound.get('25.txt')!.report!.agency).toBe('洪江市教育局');
  });

  it('a 旗 with no title, named only as the subject of its sentences, is that 旗 (16; gaps24 reads it)', () => {
    expect(folder.asFound.get('16.txt')!.report!.agency).toBe('乌拉特后旗');
  });
});

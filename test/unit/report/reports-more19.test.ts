/**
 * A nineteenth set of real reports (test/fixtures/reports-more19): 卫生健康, 水务 and 水利 bodies, a 海关 关区 of 2019, a
 * state-owned water company, a school, 教育局 (four), 街道 (four), 乡 (three 2025 reports, one 繁体), a 高新区 管委会, a
 * 繁体 税务分局, a city's own report, a 市政府研究室 of 2019, 2019 to 2025, cut off as the search tool stores them. Figures
 * read by hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 * First run: 3 of 22 files wrong, no table cell wrong: 08 refused (a school, 怀远二中, ended no agency's name), 17 as 孝感市政府
 * (市政府研究室: 研究室 ended none either), 18 refused and read as 2020 (国家税务总局上海市税务局第三税务分局: the ordinal 第三
 * broke the name, the national body's name first made it no publisher, and its period 所列数据为本机关自2021年1月1日起… has no 统计).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { extractContacts } from '../../../src/report/prose.js';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more19'), /^\d+\.(?:txt|md|html)$/);
const parsed = (text: string) => parseReport(text).report;

describe('a nineteenth set of real reports, water bodies, schools, streets and towns, imported into SQLite', () => {
  itReadsEveryFile(folder, 22);

  it('a school (怀远二中, XX实验小学) is an agency; so is a government’s research office named short (市政府研究室)', () => {
    expect(folder.asFound.get('08.txt')!.report!.agency).toBe('怀远二中');
    expect(folder.asFound.get('17.txt')!.report!.agency).toBe('孝感市政府研究室');
    const school = [
      '灵璧一中2022年政府信息公开工作年度报告',
      '本报告由灵璧一中编制。报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。(地址:灵璧县虞姬大道1号)',
      '一、总体情况',
      '2022年,我校新增主动公开政府信息64条。',
      '(二)依申请公开',
      '2022年,我校未收到政府信息公开申请。',
    ].join('\n');
    expect(parsed(school).agency).toBe('灵璧一中');
    expect(parsed(school.replaceAll('灵璧一中', '泗县实验小学')).agency).toBe('泗县实验小学');
    const office = [
      '市政府参事室2020年政府信息公开',
      '工作年度报告',
      '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
      '一、总体情况',
      '2020年,宿州市政府参事室主动公开信息12条,收到依申请公开请求1件。',
      '(二)依申请公开',
      '全年我室收到政府信息公开申请1件。',
    ].join('\n');
    expect(parsed(office).agency).toBe('宿州市政府参事室');
  });

  it('a 税务局’s numbered branch named with its national body first (国家税务总局…第三税务分局) is the publisher; its period has no 统计', () => {
    const report = folder.asFound.get('18.txt')!.report!;
    expect(report.agency).toBe('國家稅務總局上海市稅務局第三稅務分局');
    expect(report.year).toBe(2021);
    const text = [
      '本报告根据《中华人民共和国政府信息公开条例》要求,由国家税务总局天津市税务局第一稽查局编制,报告中所列数据为本机关自2022年1月1日起至12月31日止的公开数据。',
      '一、总体情况',
      '2022年,第一稽查局认真贯彻条例精神。',
      '(一)主动公开',
      '2022年,稽查局主动公开政府信息21条。发布稽查局2021年度政府信息公开工作年度报告。',
      '(二)依申请公开',
      '2022年,稽查局无依申请公开件。',
    ].join('\n');
    const branch = parsed(text);
    expect(branch.agency).toBe('国家税务总局天津市税务局第一稽查局');
    expect(branch.year).toBe(2022);
    // The national body alone (国家税务总局编制…) is still no local publisher.
    expect(() => parseReport(text.replace('国家税务总局天津市税务局第一稽查局', '国家税务总局'))).toThrow(/--agency/);
  });

  it('a service hotline leading the phone list (电话:023-12360、023-67709720) keeps the list', () => {
    expect(folder.asFound.get('02.txt')!.report!.contacts.phone).toBe('023-12360、023-67709720');
    const contacts = extractContacts(
      '如对本报告有任何疑问,请与杭州市税务局办公室联系(杭州市解放东路1号,邮编:310020,咨询电话:12366、0571-87654321)。',
    );
    expect(contacts.phone).toBe('12366、0571-87654321');
    expect(contacts.post_code).toBe('310020');
  });
});

/**
 * An eleventh set of real reports (test/fixtures/reports-more11): 51 web pages cut off (33, then 11, 4 and 3), of agency kinds and regions
 * chosen to differ: 交通运输局 (and a provincial 厅), 市场监督管理局, 生态环境局 (and a district 分局), 农业农村局,
 * 人力资源和社会保障局, a 开发区管委会, townships and a 街道; 2019 to 2024 reports; 繁体 and spam mirrors, metadata blocks in
 * pipes or bullets, tables one cell a line with ' |' and bare-pipe lines, a page whose headings 二 to 四 print nothing
 * under them, titles cut, without a region, ending 工作报告 or 年度报告 without 工作, or missing. Figures read by hand
 * (each JSON's `source` and `notes`) before the importer was run on them.
 * First run before any fix: 5/33 files wrong, 0/14 cells wrong or missing: 04 read as 台安县交通运输局 (a 繁体 page with no
 * title, the name only in a sentence: stored simplified), 09 refused as no report (现发布省市场监管局2023年政府信息公开情况报告,
 * no 《》, sub-headings of its own), 10 refused for --agency (no title, no 我局: the full name only in 可与…办公室联系),
 * 11 read as 投注官网市市场监管局 (a spam mirror's words in place of the city), 27 refused for --agency
 * (台州|湾经济技术开发区管委会: jieba's zg 湾 ended the name).
 * A second batch (34–44: 卫生健康局, 自然资源局 and a 旗's, 教育局; a 繁体 mirror with table 三 in pipe rows, titles over two
 * lines or ending 工作报告, a table with runs of spaces before its figures) read as its JSON says on its first run (35 cells);
 * so did a third (45–48: 退役军人事务局, 统计局; a tab-indented mirror, names only in a contact or the list of contents)
 * and a fourth (49–51: a township behind a spam domain, one titled without its county, 舟山市民政局's 信息公开工作年度报告(2020年度);
 * the importer was run once on these before their JSON was written, a slip each JSON notes).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more11'), /^\d+\.(?:txt|md|html)$/);
const { asFound } = folder;
const agencyOf = (text: string) => parseReport(text).report.agency;

describe('an eleventh set of real reports, other agency kinds and regions, imported into SQLite', () => {
  itReadsEveryFile(folder, 51);

  const read = (name: string) => asFound.get(name)!.report!;

  it("a name read from a 繁体 page's sentences, with no title, is kept as printed", () => {
    // 04: no title; 2024年,臺安縣交通運輸局收到和處理政府信息公開申請2件 (had been stored as 台安县交通运输局).
    expect(read('04.txt').agency).toBe('臺安縣交通運輸局');
    // Made up: another county's bureau, 我局 in the next sentence.
    const text = [
      '根據《條例》規定編制本報告。',
      '一、總體情況',
      '(一)主動公開',
      '2023年,石門縣林業局主動公開政府信息41條。',
      '(二)依申請公開',
      '2023年,我局收到政府信息公開申請3件。',
    ].join('\n');
    expect(agencyOf(text)).toBe('石門縣林業局');
  });

  it('an opening that publishes the report without 《》 (现发布XX2023年政府信息公开情况报告) says it is a report', () => {
    // 09: 现发布省市场监管局2023年政府信息公开情况报告, sub-headings (一)围绕…强化主动公开: no region, so asked for --agency.
    expect(asFound.get('09.txt')!.error).toContain('--agency');
    const text = (who: string, what = '政府信息公开情况报告') =>
      [
        `现发布${who}2023年${what}。`,
        '一、总体情况',
        '(一)围绕林业职责强化主动公开。2023年我局主动公开政府信息88条。',
        '(二)规范办理依申请公开。2023年我局收到申请2件。',
      ].join('\n');
    expect(() => parseReport(text('市林业局'))).toThrow(/--agency/);
    expect(agencyOf(text('石门县林业局'))).toBe('石门县林业局');
    // Another document published (工作要点) is still no report.
    expect(() => parseReport(text('市林业局', '政务公开工作要点,请各股室认真抓好落实,确保各项任务按时完成,年底前报送完成情况'))).toThrow(
      /不是政府信息公开工作年度报告/,
    );
  });

  it("a contact clause's name (可与XX局办公室联系) names the agency of a page without title or 我局", () => {
    // 10: the body says 市市场监管局; the name in full only in …门户网站下载 and 可与广元市市场监督管理局办公室联系.
    expect(read('10.txt').agency).toBe('广元市市场监督管理局');
    const text = (contact: string) =>
      [
        `本报告电子版可在石门县农业农村局网站下载。如对本报告有疑问,${contact}(电话:0736-5322111)。`,
        '一、总体情况',
        '(一)主动公开情况',
        '2023年,县农业农村局主动公开政府信息120条。',
        '(二)依申请公开情况',
        '2023年,县农业农村局未收到政府信息公开申请。',
      ].join('\n');
    expect(agencyOf(text('请与石门县农业农村局办公室联系'))).toBe('石门县农业农村局');
    // A contact without its region names nothing: the website's owner alone is not taken.
    expect(() => parseReport(text('可与县农业农村局办公室联系'))).toThrow(/--agency/);
  });

  it("a spam mirror's words put in place of the city (…投注官网市市场监管局) are no region", () => {
    // 11: 沙巴体育_大发体育娱乐在线¥投注官网市市场监管局 (had been read as 投注官网市市场监管局).
    expect(asFound.get('11.txt')!.error).toContain('--agency');
    const text = (name: string) =>
      [
        '根据《条例》要求,特向社会公布2023年度我局政府信息公开年度报告。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
        `如对本报告有任何疑问,请与${name}办公室联系(地址:${name.replace(/林业局$/, '')}人民路8号)。`,
        '一、总体情况',
        '1、主动公开情况',
        '2023年我局主动公开政府信息320条。',
        '2、依申请公开情况',
        '2023年我局共受理依申请公开事项5件。',
      ].join('\n');
    expect(() => parseReport(text('皇冠体育_真人娱乐官网县林业局'))).toThrow(/--agency/);
    expect(agencyOf(text('石门县林业局'))).toBe('石门县林业局');
  });

  it('a place jieba splits before one character (台州|湾) keeps it: the zone is named for the bay', () => {
    // 27: 由台州湾经济技术开发区管委会结合有关统计数据编制 (湾 tagged zg had ended the name).
    expect(read('27.txt').agency).toBe('台州湾经济技术开发区管委会');
    const text = [
      '本报告由泉州湾经济技术开发区管委会结合有关统计数据编制。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      '一、总体情况',
      '(一)主动公开',
      '2023年主动公开政府信息56条。',
      '(二)依申请公开',
      '2023年未收到政府信息公开申请。',
    ].join('\n');
    expect(agencyOf(text)).toBe('泉州湾经济技术开发区管委会');
  });
});

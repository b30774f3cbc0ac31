/**
 * A fifth set of real reports (test/fixtures/reports-more5), found with the search tool to measure
 * generalisation on kinds not covered before: 公安, 气象 and 税务 bureaus (a 省 厅, a city bureau's
 * district 分局, 国家税务总局 district bureaus), 西藏 mirrors with pinyin and ???? noise, 直辖市
 * commissions and offices, 开发区/产业园 管委会, 2019 township reports; shapes: no title (the agency
 * only in the contact sentence or the body), a page starting at 一、总体情况, a title split with a
 * letter's addressee after it, tables one cell a line, space-separated or with leading pipes. The
 * figures were read by hand (each JSON's `source` and `notes`). First run before the fixes of this
 * set: 0/28 cells wrong, 6/39 files wrong (4 named reports refused, 1 wrong agency, 1 unnamed page
 * refused as no report instead of asking for --agency); a second batch (40–55: 海关, 上海 街道, 2025
 * townships, a hospital) 2/16 refused; a third (56–60, tables one cell a line with lone pipes,
 * 77 cells) all read on its first run; a fourth (61–73: 重庆 街道 and offices, a state-owned
 * company, spam mirrors, 国资委) 3/13 wrong; a fifth (74–80: 海南, 云南, 繁体 mirrors) 1/7 refused.
 * Every file now imports as its JSON says.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more5'), /^\d+\.(?:txt|md|html)$/);
const { asFound } = folder;

describe('a fifth set of real reports, of vertical bureaus, mirrors and townships, imported into SQLite', () => {
  itReadsEveryFile(folder, 80);

  it('a page cut inside section 一 is a report when that section has its standard sub-headings', () => {
    expect(asFound.get('08.txt')!.report!.agency).toBe('巴楚县公安局');
    // The same page without a name asks for one instead of calling the text no report.
    expect(asFound.get('16.txt')!.error).toContain('--agency');
    // A news item with one heading and no sub-headings of section 一 is still not a report.
    expect(() => parseReport('一、总体情况\n2023年,巴楚县公安局开展政务公开培训。\n参加人员共30人。')).toThrow(
      /不是政府信息公开工作年度报告/,
    );
  });

  it('a city’s sector (XX市气象部门) titles its report: the title, not the letter’s addressee, names it', () => {
    expect(asFound.get('11.txt')!.report!.agency).toBe('湖北省咸宁市气象部门');
    expect(asFound.get('13.txt')!.report!.agency).toBe('江苏省徐州市气象部门');
  });

  it('a name does not run on into the sentence’s verb and another agency (…開發區|認真落實|區政府), nor double its kind word', () => {
    expect(asFound.get('39.txt')!.report!.agency).toBe('杭州錢江經濟開發區');
    expect(asFound.get('66.txt')!.report!.agency).toBe('硚口区教育局');
  });

  it('an office’s last word glued to a joiner (…公开办|和|省气象局) starts no name; the contact’s name with its city does', () => {
    expect(asFound.get('15.txt')!.report!.agency).toBe('阜陽氣象局');
  });

  it('a name starting with its district’s proper name (五华… of 昆明市五华区) has its region', () => {
    expect(asFound.get('38.txt')!.report!.agency).toBe('五华科技产业园管理委员会');
  });

  it('a scope in brackets after the kind (海关总署(本级机关)) is not part of the name', () => {
    expect(asFound.get('41.txt')!.report!.agency).toBe('海关总署');
    expect(asFound.get('41.txt')!.report!.year).toBe(2020);
  });

  it('a public hospital speaking as 我院 is named from its opening and contact', () => {
    expect(asFound.get('55.txt')!.report!.agency).toBe('淮北市人民医院');
  });

  it('a company speaking as 我公司/我集团 is its publisher, not a place in its address nor a template’s 由…编制', () => {
    expect(asFound.get('61.txt')!.report!.agency).toBe('广西富鸣城市投资发展集团有限责任公司');
  });

  it('an enumerator before a bare name (一是市教育局) is no agency: the page asks for --agency', () => {
    expect(asFound.get('65.txt')!.error).toContain('--agency');
  });

  it('a first character jieba split off (上|清寺街道) is restored where every mention has it', () => {
    expect(asFound.get('68.txt')!.report!.agency).toBe('上清寺街道办事处');
  });

  it('a menu’s bare pipes (| 首頁 |) before the opening do not hide the prose that names the publisher', () => {
    expect(asFound.get('76.txt')!.report!.agency).toContain('南黃鎮人民政府');
  });

  it('a district tax bureau everywhere written after its national body takes that body’s name first, not its last character', () => {
    expect(asFound.get('23.txt')!.report!.agency).toBe('国家税务总局广州市白云区税务局');
  });

  it('the district a customs office covers (…海关关区) is its scope, not part of its name', () => {
    expect(asFound.get('40.txt')!.report!.agency).toBe('广州海关');
  });

  it('2019 trial table 三 rows read across an extra empty column', () => {
    const report = folder.withAgency.get('25.txt')!.report!;
    expect(report.format).toBe('2019');
    expect(report.applications.partly_granted).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

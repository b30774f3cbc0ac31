/**
 * A fifteenth set of real reports (test/fixtures/reports-more15): agency kinds not covered before (发展和改革委员会 and
 * 发展和改革局, 退役军人事务局, 应急管理局, 林业局 and 林业和草原局, 水利局, 审计局, 统计局, 粮食和物资储备局, 民族宗教, 国家体育总局,
 * 街道 of four provinces), 2019 to 2025, cut off as the search tool stores them: titles without a name or a year, names only
 * in a contact or inside 现发布《…》, 繁体 mirrors, a spam word glued to a name, metadata blocks, 2021-layout table 三 one cell
 * a line, 2019-layout table 二 in pipes, pages naming no agency with its region. Figures read by hand (each JSON's `source`
 * and `notes`), written before the importer first ran on them.
 * First run: 9 of 33 files wrong, the 21 cells given right. 12 read as 名称宿迁市应急管理局 (a metadata label glued to the
 * name), 13 as 阜陽市應急管理局編辦 (由…編辦, a typo for 编制), 11 as 按市应急管理局 (并按市…要求: a preposition glued to 市),
 * 20 as 黄石市 (a bureau's 我市), 27 as 廣東電視臺 (an item of a list of media), 28 as 银川市民族事务委员会宗教事务局 (the
 * brackets of a second name dropped), 33 as 春城街道办事处 (长春市|绿园区: a district jieba does not know stopped the
 * region), 24 as the contact's fuller name where the JSON had the title's (the JSON was wrong: the fullest form is kept),
 * 03 refused (its name only in the 来源 line and the website: a gap).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile, minimalReport as report } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more15'), /^\d+\.(?:txt|md|html)$/);
const agencyOf = (text: string) => parseReport(text).report.agency;

describe('a fifteenth set of real reports, other agency kinds, imported into SQLite', () => {
  itReadsEveryFile(folder, 30);

  it('a metadata label glued to the title (名称 XX局2020年…) is no part of the name', () => {
    expect(folder.asFound.get('12.txt')!.report!.agency).toBe('宿迁市应急管理局');
    expect(agencyOf(report(['名称 临汾市审计局2023年政府信息公开工作年度报告', '索引号 0001/2024-01']))).toBe('临汾市审计局');
    expect(agencyOf(report(['文件名称:临汾市统计局2023年政府信息公开工作年度报告']))).toBe('临汾市统计局');
  });

  it('由XX局编办 (a typo for 编制) ends the name before 编办', () => {
    expect(folder.asFound.get('13.txt')!.report!.agency).toBe('阜陽市應急管理局');
    expect(agencyOf(report(['本报告由南平市水利局编办。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。']))).toBe(
      '南平市水利局',
    );
  });

  it('a preposition glued to a bare level (并按市…局要求) starts no region: the page is refused', () => {
    expect(folder.asFound.get('11.txt')!.error).toContain('--agency');
    const text = report(['2023年统计局政府信息公开工作年度报告', '本年度按市统计局、某某县人民政府要求做好栏目维护。'], '我局');
    expect(() => parseReport(text)).toThrow(/--agency/);
  });

  it("a bureau's 我市 and the city's government it names (我市…, 黄石市政府采购网) are not the bureau", () => {
    expect(folder.asFound.get('20.txt')!.error).toContain('--agency');
    const text = report(['我局2023年全年通过三明市政府采购网公开采购事项3项,我市重点项目审计2个,三明市领导干部离任审计办法1篇。']);
    expect(() => parseReport(text)).toThrow(/--agency/);
    // The cadres of a city (三明市领导干部离任审计办法) are no body, though 部 ends many names.
    expect(() => parseReport(report(['三明市领导干部离任审计办法1篇于2023年公开,我局同时公开审计结果公告2篇。']))).toThrow(/--agency/);
  });

  it('an item of a list after 、 (南方日报、广东电视台) is no clause subject', () => {
    expect(folder.asFound.get('27.txt')!.error).toContain('--agency');
    const text = report([
      '2023年,加强与湖南日报、湖南电视台等主流媒体的沟通,做好报道。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    ]);
    expect(() => parseReport(text)).toThrow(/--agency/);
  });

  it('one body under two names keeps the second in brackets (民族事务委员会(宗教事务局))', () => {
    expect(folder.asFound.get('28.txt')!.report!.agency).toBe('银川市民族事务委员会(宗教事务局)');
    const text = report(
      ['现发布《呼和浩特市民族事务委员会(宗教事务局)2023年政府信息公开工作年度报告》,本报告统计数据从2023年1月1日至12月31日。'],
      '我委',
    );
    expect(agencyOf(text)).toBe('呼和浩特市民族事务委员会(宗教事务局)');
    // The verb before 《 at a line's start (现发布《…》) is no part of the name either.
    expect(agencyOf(report(['现发布《包头市统计局2023年政府信息公开工作年度报告》,本报告统计数据从2023年1月1日至12月31日。']))).toBe(
      '包头市统计局',
    );
  });

  it('a district jieba does not know (长春市|绿园区) still joins the region before a 街道', () => {
    expect(folder.asFound.get('33.txt')!.report!.agency).toBe('长春市绿园区春城街道办事处');
    const text = report(
      [
        '2023年,南湖街道办事处按照区委的要求,推动政府信息公开工作。',
        '如对本报告有任何疑问,请联系吉林市船营区南湖街道办事处(联系电话:0432-6200000)。本报告数据统计期限为2023年1月1日至2023年12月31日止。',
      ],
      '街道',
    );
    expect(agencyOf(text)).toBe('吉林市船营区南湖街道办事处');
  });
});

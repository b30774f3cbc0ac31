/**
 * A sixteenth set of real reports (test/fixtures/reports-more16): agency kinds not covered before (工业和信息化局 and
 * 经济和信息化局, 体育局 and a 体育事业发展中心, 退役军人事务局 and a 厅, 卫生健康局, 开发区 管委会 and a 经济发展局, a 学院, a 县医院,
 * 政府办公室, towns and 街道 of other provinces), 2019 to 2025, cut off as the search tool stores them: titles over two lines
 * or without the city, names only in a compiling or contact clause, 繁体 mirrors with pinyin, spam mirrors, dates with their
 * 年月 lost, 2019-layout tables in 2022, tables printed without any figure. Figures read by hand (each JSON's `source` and
 * `notes`), written before the importer first ran on them.
 * First run: 7 of 38 files wrong, the one file with cells (29) right. 10 read as 下镇人民政府 (jieba glues 由 to the town's
 * first character: 由塘|下镇), 11 as 武山镇 (the contact 武山镇人民政府办公室 was taken for another body), 28 as the district's
 * government (由无锡市锡山区人民政府厚桥街道党政办公室…编制: the 街道 after its government cut off), 30 without its city
 * (盤錦遼濱沿海…管理委員會: 盘锦 is written without 市), 34 accepted without a region (经济技术开发区经济发展局: a zone's full
 * kind read as a place), 19 refused as no report (a spam mirror garbled its sub-headings; its statistics period was not
 * read as a report's words), 13 as 合江县甘雨镇人民政府 where the JSON had the title's 合江县甘雨镇 (the JSON was wrong: the
 * fullest form is kept).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile, minimalReport as report } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more16'), /^\d+\.(?:txt|md|html)$/);
const agencyOf = (text: string) => parseReport(text).report.agency;

describe('a sixteenth set of real reports, other agency kinds, imported into SQLite', () => {
  itReadsEveryFile(folder, 30);

  it('a preposition jieba glues to a town’s first character (由塘|下镇) starts no name', () => {
    expect(folder.asFound.get('10.txt')!.report!.agency).toBe('塘下镇人民政府');
    const text = report(
      ['本报告由柳下镇人民政府结合有关统计数据编制。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'],
      '我镇',
    );
    expect(agencyOf(text)).toBe('柳下镇人民政府');
  });

  it('a town’s 人民政府办公室 in the contact is the town’s own office: the agency is its 人民政府', () => {
    expect(folder.asFound.get('11.txt')!.report!.agency).toBe('武山镇人民政府');
    const text = report(
      ['现公布桃源镇2023年政府信息公开工作年度报告。如对报告有疑问,请与桃源镇人民政府办公室联系(电话:0792-6541000)。'],
      '我镇',
    );
    expect(agencyOf(text)).toBe('桃源镇人民政府');
  });

  it('a 街道 named after its district’s government (XX区人民政府XX街道党政办公室编制) is the 街道, not the government', () => {
    expect(folder.asFound.get('28.txt')!.report!.agency).toBe('无锡市锡山区人民政府厚桥街道');
    const text = report(
      ['本年度报告由苏州市吴江区人民政府松陵街道党政办公室编制。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'],
      '松陵街道',
    );
    expect(agencyOf(text)).toBe('苏州市吴江区人民政府松陵街道');
  });

  it('a zone led by its city’s name without 市 (盘锦辽滨…开发区管理委员会) keeps the city, as printed', () => {
    expect(folder.asFound.get('30.txt')!.report!.agency).toBe('盤錦遼濱沿海經濟技術開發區管理委員會');
    const text = report(
      [
        '营口仙人岛经济技术开发区管理委员会2023年政府信息公开工作年度报告',
        '2023年,营口仙人岛经济技术开发区管理委员会按照营口市政务公开工作要点,做好信息公开。',
      ],
      '我委',
    );
    expect(agencyOf(text)).toBe('营口仙人岛经济技术开发区管理委员会');
    const titled = report(
      [
        '仙人岛经济技术开发区管理委员会2023年政府信息公开工作年度报告',
        '2023年,营口仙人岛经济技术开发区管理委员会按照营口市政务公开工作要点,做好信息公开。',
      ],
      '我委',
    );
    expect(agencyOf(titled)).toBe('营口仙人岛经济技术开发区管理委员会');
  });

  it('a zone’s full kind (经济技术开发区, 高新技术产业开发区) is no place: the page is refused', () => {
    expect(folder.asFound.get('34.txt')!.error).toContain('--agency');
    expect(() => parseReport(report(['高新技术产业开发区财政局2023年政府信息公开工作年度报告']))).toThrow(/--agency/);
    // A zone with its proper name is a place.
    expect(agencyOf(report(['洛阳高新技术产业开发区财政局2023年政府信息公开工作年度报告']))).toBe('洛阳高新技术产业开发区财政局');
  });

  it('a page cut in section 一 that states its statistics period is a report; its 市XX局 subject is completed from the text', () => {
    expect(folder.asFound.get('19.txt')!.report!.agency).toBe('乐山市体育局');
    const text = [
      '一、总体情况',
      '2023年,在市委、市政府坚强领导下,在省统计局的关心支持下,市统计局认真落实《中华人民共和国政府信息公开条例》。',
      '(一)增强公开意识。全年主动发布信息200余条,依申请公开信息1条。严格按照要求做好宜宾市统计局信息公开工作年度报告编制,数据的统计期限为2023年1月1日至2023年12月31日。',
    ].join('\n');
    expect(agencyOf(text)).toBe('宜宾市统计局');
    // Without the statistics period and the standard sub-headings, such a page is no report.
    expect(() => parseReport(text.replace(/,数据的统计期限为[^。]+/, ''))).toThrow(/不是政府信息公开工作年度报告/);
    // The full name only as a website's owner is not taken.
    expect(() => parseReport(text.replace('做好宜宾市统计局信息公开工作年度报告编制', '在宜宾市统计局网站发布年度报告'))).toThrow(
      /--agency/,
    );
  });

  it('a 来源: line naming a body with its region, which the report’s own text names too, names a page without title or 我局', () => {
    const text = (source: string, site: string) =>
      [
        '政府信息公开工作年报',
        `发布时间: 2024-01-22 15:40:00来源:${source}字号:[ 大 中 小 ]分享:`,
        `本报告根据《中华人民共和国政府信息公开条例》有关要求编制,数据统计期限自2023年1月1日至2023年12月31日。本报告电子版可从${site}门户网站获取。`,
        '一、总体情况',
        '(一)主动公开。全年发布政务信息320条。',
        '(二)依申请公开。全年收到政府信息公开申请6件。',
      ].join('\n');
    expect(agencyOf(text('襄阳市统计局', '襄阳市统计局'))).toBe('襄阳市统计局');
    // Either alone may be another's: a source the text never names, or a website without the source line agreeing.
    expect(() => parseReport(text('襄阳市人民政府', '襄阳市统计局'))).toThrow(/--agency/);
    expect(() => parseReport(text('办公室', '襄阳市统计局'))).toThrow(/--agency/);
  });
});

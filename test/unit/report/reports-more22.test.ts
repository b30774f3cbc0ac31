/**
 * A twenty-second set of real reports (test/fixtures/reports-more22): county bureaus (卫健局, 人社局, 自然资源局, 民政局,
 * 退役军人事务局, 医保局, 应急管理局), towns, 乡 and streets of 黑龙江, 吉林, 辽宁, 内蒙古, 河北, 山西, 四川, 重庆, 贵州 and
 * 广西 (2019 to 2025), a county's and a district's own reports, cut off as the search tool stores them.
 * Figures read by hand (each JSON's `source` and `notes`); the importer was run once on the pages before the JSONs were
 * all written (an honest note: the agencies below were judged from the page, not from that run).
 * First run: 3 of 30 files wrong, no table cell wrong (the pages are cut before table 三): 07 as 建设台吉镇人民政府 (加快建设台吉镇
 * 人民政府公众号: the verb 建设, tagged vn, started the name), 04 as 吉林市人民政府昌邑区两家子满族乡人民政府 (a contact line
 * writing the city's government before the district outnamed 吉林市昌邑区两家子满族乡人民政府 of the opening), 12 as
 * 王奔镇人民政府 (a report copied from another body's: its title line 辽东街道办事处信息公开工作年度报告 has no year, and the
 * opening's 现公布王奔镇人民政府2019年…报告 won as the title with a year). All three read right after. Three 云南 pages added
 * after (31-33: 安乐乡 2019 in the 2019 layout, 罗平县钟山乡, 楚雄市紫溪镇人民政府), first run: all three right.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesInText } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile, minimalReport } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more22'), /^\d+\.(?:txt|md|html)$/);

describe('a twenty-second set of real reports, county bureaus, towns and streets of the north-east, north and south-west', () => {
  itReadsEveryFile(folder, 33);

  it('a verb jieba tags as a noun before a place (加快建设台吉镇人民政府公众号) starts no name', () => {
    expect(folder.asFound.get('07.txt')!.report!.agency).toBe('台吉镇人民政府');
    expect(namesInText('加快建设台吉镇人民政府公众号')).not.toContain('建设台吉镇人民政府');
    expect(namesInText('继续推进白沙镇人民政府网站改版')).not.toContain('推进白沙镇人民政府');
    // A noun-verb after the region is still the name's task (房屋征收管理办公室 keeps its words).
    expect(namesInText('2023年,白沙县房屋征收管理办公室主动公开信息')).toContain('白沙县房屋征收管理办公室');
  });

  it('a township written after its city’s government (吉林市人民政府昌邑区…乡人民政府) is named without that government', () => {
    expect(folder.asFound.get('04.txt')!.report!.agency).toBe('吉林市昌邑区两家子满族乡人民政府');
    const text = minimalReport(
      ['我镇编制了白山市浑江区青石镇人民政府2021年政府信息公开工作年度报告。', '如有疑问,请联系白山市人民政府浑江区青石镇人民政府。'],
      '我镇',
    );
    expect(parseReport(text).report.agency).toBe('白山市浑江区青石镇人民政府');
    // A street named after its district's government (锡山区人民政府厚桥街道) is still one name.
    expect(namesInText('无锡市锡山区人民政府厚桥街道办事处')).toContain('无锡市锡山区人民政府厚桥街道办事处');
  });

  it('a title line of its own without a year outranks another body’s report named in the opening (copied text)', () => {
    expect(folder.asFound.get('12.txt')!.report!.agency).toBe('双辽市辽东街道办事处');
    const text = [
      '青石街道办事处信息公开工作年度报告',
      '一、总体情况',
      '根据《中华人民共和国政府信息公开条例》的规定,现公布白沙镇人民政府2021年政府信息公开工作年度报告。',
      '(一)主动公开情况。2021年,我街道主动公开政府信息45条。',
      '(二)依申请公开情况。2021年,我街道收到政府信息公开申请3件。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('青石街道办事处');
    expect(parseReport(text).report.year).toBe(2021);
    // With no title line, the report named in the opening is still the text's own.
    expect(parseReport(text.split('\n').slice(1).join('\n')).report.agency).toBe('白沙镇人民政府');
  });
});

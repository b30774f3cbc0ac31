/**
 * A twentieth set of real reports (test/fixtures/reports-more20), from the northern, western and south-western provinces:
 * 街道 (Chongqing, Sichuan, Tianjin), 乡 and 镇 of 2021 and 2025, 开发区 and an industrial park (one 繁体), a 气象局, a 旗's
 * 卫生健康委员会, a 审计厅, county offices and a county's own report, 2019 to 2025, cut off as the search tool stores them.
 * Figures read by hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 * First run: 5 of 26 files wrong, no table cell wrong. 09, 15 and 17 were the JSONs' (a bare 镇/乡 is completed by the
 * office the text prints: 面甸镇 → 面甸镇人民政府); 19 lost its title's district (西青区西营门街 → 西营门街道办事处), and 20,
 * with no title, was named after its site's header over the crawl's date line (天津市河北区人民政府 / 2019年12月3日星期二).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { extractProseFigures } from '../../../src/report/prose.js';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more20'), /^\d+\.(?:txt|md|html)$/);
const parsed = (text: string) => parseReport(text).report;

describe('a twentieth set of real reports, streets, towns, zones and county offices, imported into SQLite', () => {
  itReadsEveryFile(folder, 26);

  it('a title’s 街 with its district (西青区西营门街) keeps the district when completed by the office the text writes', () => {
    expect(folder.asFound.get('19.txt')!.report!.agency).toBe('西青区西营门街道办事处');
    const text = [
      '河东区大王庄街2020年政府信息公开工作年度报告',
      '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
      '一、总体情况',
      '2020年,大王庄街道办事处主动公开政府信息31条。',
      '(二)依申请公开',
      '全年共收到政府信息公开申请2件。',
    ].join('\n');
    expect(parsed(text).agency).toBe('河东区大王庄街道办事处');
    // A 街 whose text writes no office keeps the title's name.
    expect(parsed(text.replace('大王庄街道办事处', '我街')).agency).toBe('河东区大王庄街');
  });

  it('a site’s header over the crawl’s date line is no publisher; a 街道 named after its district’s government keeps it', () => {
    expect(folder.asFound.get('20.txt')!.report!.agency).toBe('天津市河北区人民政府新开河街道办事处');
    const text = [
      '天津市南开区人民政府',
      '2020年3月2日星期一',
      '本年度报告中所列数据统计期限从2024年1月1日起至2024年12月31日止。',
      '一、总体情况',
      '2024年,万兴街道按照区委、区政府的统一部署,扎实推进政务公开工作。',
      '(一)主动公开情况',
      '及时在天津市南开区人民政府万兴街道办事处信息公开网站公开政府信息36条。',
      '(二)依申请公开情况',
      '全年收到政府信息公开申请2件。',
    ].join('\n');
    const report = parsed(text);
    expect(report.agency).toBe('天津市南开区人民政府万兴街道办事处');
    expect(report.year).toBe(2024);
  });

  it('a 街道’s or a 镇’s party committee opening a clause (万兴街道党工委、办事处…) is no publisher: its office or government is', () => {
    const text = [
      '本年度报告中所列数据统计期限从2024年1月1日起至2024年12月31日止。',
      '一、总体情况',
      '2024年,万兴街道党工委、办事处按照区委、区政府的统一部署,扎实推进政务公开工作。',
      '(一)主动公开情况',
      '主动公开政府信息36条。',
      '(二)依申请公开情况',
      '全年收到政府信息公开申请2件。',
    ].join('\n');
    expect(parsed(text).agency).toBe('万兴街道办事处');
    expect(parsed(text.replace('万兴街道党工委、办事处', '万兴镇党委、政府')).agency).toBe('万兴镇人民政府');
  });

  it('an article of a law (第20条) is no count of what was published', () => {
    const real = extractProseFigures(
      '根据《条例》第20条及第21条内容,黄腊乡结合职能职责及实际情况,扎实开展黄腊乡政府信息公开工作。',
      'overview',
    );
    expect(real.map((figure) => figure.value)).toEqual([]);
    const made = extractProseFigures('对照《条例》第19条规定,我局主动公开政府信息56条,其中规范性文件第3批2件。', 'overview');
    expect(made.map((figure) => figure.value)).not.toContain(19);
    expect(made.map((figure) => figure.value)).not.toContain(3);
    expect(made.map((figure) => figure.value)).toContain(56);
  });
});

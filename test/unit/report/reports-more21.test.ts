/**
 * A twenty-first set of real reports (test/fixtures/reports-more21): towns and streets of 浙江, 江苏, 江西, 福建, 山东, 湖北,
 * 河南 and 安徽 (2019 to 2025), 开发区 and 园区 (a 繁体 mirror, a spam mirror, a 高新区's 办事处), 气象 bodies, 水利局, a
 * state-owned water company on a 繁体 mirror that prints pinyin after characters, cut off as the search tool stores them.
 * Figures read by hand (each JSON's `source` and `notes`), written before the importer first ran on them.
 * First run: 3 of 30 files wrong, 1 table row wrong: 09 refused (常熟经济技术开发区: jieba reads 常熟 as an adjective, so no
 * name started there), 21 refused (襄陽中環(huán)水務(wù)有限公司: pinyin after characters, and a company by its city without 市),
 * 01 as 武汉市新洲区气象局 (the JSON was wrong: the body's fuller name is the agency) with table 三's first row unread
 * (six lone pipes and a line | 0 | || whose first pipe closes the sixth empty cell, unwrapped as a Markdown row).
 * Six pages added after (31-36), first run: 1 of 6 wrong (33 as 汨罗市人民政府汨罗市: 现公布汨罗市人民政府2024年汨罗市政府信息公开…,
 * the year taken out of the middle of the name).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutPinyinGlosses } from '../../../src/report/normalize.js';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile, minimalReport } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more21'), /^\d+\.(?:txt|md|html)$/);
const parsed = (text: string) => parseReport(text).report;

describe('a twenty-first set of real reports, towns, streets, zones and a water company, imported into SQLite', () => {
  itReadsEveryFile(folder, 36);

  it('a zone led by its city’s name that jieba reads as another word (常熟 an adjective) is named in a clause', () => {
    expect(folder.asFound.get('09.txt')!.report!.agency).toBe('常熟經濟技術開發區');
    const zone = minimalReport(['本报告由平安经济开发区党政办公室编制。统计期限自2021年1月1日起至2021年12月31日止。'], '我区');
    expect(parsed(zone).agency).toBe('平安经济开发区');
    // 我区 before a zone's kind is no name of it.
    expect(() => parseReport(zone.replace('平安经济开发区党政办公室', '我区经济开发区党政办公室'))).toThrow(/--agency/);
  });

  it('a mirror that prints the pinyin of characters after them (環(huán)) is read without the readings', () => {
    expect(folder.asFound.get('21.txt')!.report!.agency).toBe('襄陽中環水務有限公司');
    expect(withoutPinyinGlosses('荊(jīng)州市水利局2020年政府信息公開工作年度報(bào)告(一)主動公開(以下簡稱條例)')).toBe(
      '荊州市水利局2020年政府信息公開工作年度報告(一)主動公開(以下簡稱條例)',
    );
    const text = [
      '一、總體情況 2020年度,荊(jīng)州市水利局主動公開政府信息120條。',
      '本報(bào)告中所列數據的統計期限自2020年1月1日起至2020年12月31日止。',
      '(二)依申請公開',
      '2020年,我局未收到政府信息公開申請。',
    ].join('\n');
    expect(parsed(text).agency).toBe('荊州市水利局');
  });

  it('a company registered under its city’s name without the level (十堰公交集团有限公司 … 我公司) has its region', () => {
    const text = [
      '一、总体情况',
      '2021年度,十堰公交集团有限公司按照《中华人民共和国政府信息公开条例》要求,主动公开信息210条。',
      '本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
      '(二)依申请公开',
      '2021年,我公司未收到政府信息公开申请。',
    ].join('\n');
    expect(parsed(text).agency).toBe('十堰公交集团有限公司');
    // A bureau by its city's name alone (十堰气象局) still needs the city written with its level somewhere.
    expect(() => parseReport(text.replaceAll('十堰公交集团有限公司', '十堰气象局').replace('我公司', '我局'))).toThrow(/--agency/);
  });

  it('a table a cell a line whose empty cells are lone pipes, the total’s line starting with one more (| 0 | ||), reads every column', () => {
    const report = folder.asFound.get('01.txt')!.report!;
    expect(report.applications.received).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const text = [
      '宜都市气象局2022年政府信息公开工作年度报告',
      '一、总体情况',
      '2022年,宜都市气象局主动公开政府信息35条。',
      '三、收到和处理政府信息公开申请情况',
      '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | |||||||||',
      '自然人 | 法人或其他组织 | 总计 | ||||||||',
      '商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | ||||||',
      '一、本年新收政府信息公开申请数量 |',
      '2 |',
      '|',
      '|',
      '|',
      '|',
      '| 2 | ||',
    ].join('\n');
    expect(parsed(text).applications.received).toEqual([2, 0, 0, 0, 0, 0, 2]);
  });

  it('a title with the publisher before its year and the region it covers after (…人民政府2024年汨罗市政府信息公开…) names the publisher', () => {
    expect(folder.asFound.get('33.txt')!.report!.agency).toBe('汨罗市人民政府');
    const text = minimalReport(['根据有关规定,现公布平江县人民政府2023年平江县政府信息公开工作年度报告。'], '我县');
    expect(parsed(text).agency).toBe('平江县人民政府');
    expect(parsed(text).year).toBe(2023);
    // A name after the year alone (2023年平江县政府信息公开…) is still the title's name.
    expect(parsed(minimalReport(['2023年平江县政府信息公开工作年度报告'], '我县')).agency).toBe('平江县');
  });
});

/**
 * A sixth set of real reports (test/fixtures/reports-more6), found with the search tool to measure
 * generalisation on kinds not covered before: 海事, 邮政 and 海洋 bureaus (one on a big5 gateway that
 * writes 資訊 for 信息), whole 直辖市 and district reports of 天津 and 上海, 开发区/高新区 管委会 and
 * their offices, 2019–2020 township reports with 2019 trial tables one cell a line, 繁体 mirrors and
 * spam mirrors that replaced the publisher's name. The figures were read by hand (each JSON's
 * `source` and `notes`). First run before the fixes of this set: 7/49 cells missing, 10/35 files
 * wrong (6 named reports refused, 3 wrong agencies, 1 row lost to a cut-off item number). A second
 * batch found after those fixes (36–45: 卫生健康 bureaus and commissions, a national commission, a
 * PDF turned into text that drops empty cells, 气象局 with mixed 2019/2021 table 二) all read on its
 * first run; a third (46–55: 2025 街道 of 武汉, 西宁, 长春 and 西咸新区, 卫生健康 bodies, a hospital
 * report template) 2/10 wrong (a name only in 全面总结…工作情况, a template’s xx县 taken for a name); two
 * more with filled table 三 rows (56–57, offices naming no region) read on their first run.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more6'), /^\d+\.(?:txt|md|html)$/);
const { asFound } = folder;

describe('a sixth set of real reports, of vertical bureaus, zones, 直辖市 districts and 2020 townships, imported into SQLite', () => {
  itReadsEveryFile(folder, 57);

  it('a big5 gateway’s copy (政府資訊公開工作年度報告) is a report, its bureau named by its province alone (海南海事局)', () => {
    expect(asFound.get('01.txt')!.report!.agency).toBe('海南海事局');
    expect(asFound.get('01.txt')!.report!.year).toBe(2020);
    // Without the 政府資訊公開 mark, 资讯 is an ordinary word and stays.
    expect(parseReport('某某市某某局2023年政府信息公开工作年度报告\n一、总体情况\n发布资讯12条。\n').report.sections.overview).toContain(
      '资讯',
    );
  });

  it('a clause naming the publisher after the sentence’s first words (本报告由…, 现将…, 2021年…) names it', () => {
    expect(asFound.get('10.txt')!.report!.agency).toBe('宝坻区人民政府办公室');
    expect(asFound.get('14.txt')!.report!.agency).toBe('银川市网络信息化局');
    expect(asFound.get('22.txt')!.report!.agency).toBe('武汉东湖新技术开发区发展改革局');
  });

  it('我区 inside a cited notice’s title and a place in an address are not how the report names itself', () => {
    expect(asFound.get('07.txt')!.report!.agency).toBe('东丽湖街道办事处');
    expect(asFound.get('29.txt')!.report!.agency).toBe('唐村镇人民政府');
  });

  it('a page cut right after the next item’s number (…0\\n\\n2) keeps the whole row before it', () => {
    expect(asFound.get('34.txt')!.report!.applications['withheld.state_secret']).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('spam mirrors, a template (xx县中医院) and pages that name the publisher only by a website or 我单位 ask for --agency', () => {
    for (const name of ['05.txt', '12.txt', '26.txt', '31.txt', '53.txt']) expect(asFound.get(name)!.error, name).toContain('--agency');
  });

  it('with nothing else, the agency whose year of disclosure work the opening sums up (总结…2025年政府信息公开工作情况)', () => {
    expect(asFound.get('48.txt')!.report!.agency).toBe('西宁市城中区人民政府礼让街街道办事处');
  });
});

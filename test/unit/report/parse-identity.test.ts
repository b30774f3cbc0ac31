/**
 * Headings and titles in the shapes real pages print them, on the xigong report re-printed:
 * everything on one line, headings glued to the sentence before, a title split inside its
 * words, a title without its region, pinyin glued in by a mirror site, --agency and --year.
 */
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../../src/core/errors.js';
import { SECTION_KEYS } from '../../../src/report/catalogue.js';
import { parseReport } from '../../../src/report/parse.js';
import { isPartial } from '../../../src/report/partial.js';
import { buildReport, FIGURES, xigongProse } from '../../fixtures/reports/layouts.js';

function refusal(text: string): GongkaiError {
  try {
    parseReport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(GongkaiError);
    return error as GongkaiError;
  }
  throw new Error('the text was accepted as a report');
}

/** The overview with the agency named only as 我局. */
const anonymousOverview = () => xigongProse().overview.replaceAll('西工区科学技术局', '我局');

describe('section headings where they stand', () => {
  it('a whole report on one line (crawled page text): six sections, cut at the headings', () => {
    const oneLine = buildReport().replace(/\n+/g, ' ');
    const { report } = parseReport(oneLine);
    expect(Object.keys(report.sections)).toEqual(SECTION_KEYS);
    expect(report.agency).toBe('西工区科学技术局');
    expect(report.year).toBe(2024);
    expect(report.sections.overview.startsWith('本报告根据')).toBe(true);
    expect(report.sections.problems).not.toContain('六、其他需要报告的事项');
    expect(report.sections.applications).toContain('四、结转下年度继续办理');
  });

  it('headings glued to the sentence before them, with no space (…联系。一、总体情况2024年，…)', () => {
    const glued = buildReport().replace(/\s*\n\s*/g, '');
    const { report } = parseReport(glued);
    expect(Object.keys(report.sections)).toEqual(SECTION_KEYS);
    expect(report.sections.overview.startsWith('本报告根据')).toBe(true);
    expect(report.sections.other.length).toBeGreaterThan(0);
  });

  it('the preamble listing the six parts by name does not cut the text', () => {
    const listed = buildReport({
      head: [
        '西工区科学技术局2024年政府信息公开工作年度报告',
        '本报告由一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况等六部分组成。',
      ],
    });
    const { report } = parseReport(listed);
    expect(Object.keys(report.sections)).toEqual(SECTION_KEYS);
    expect(report.sections.overview.startsWith('本报告根据')).toBe(true);
  });

  it('a report that starts at section 四 (one page of a flipbook): 四 and later found, the rest missing, partial', () => {
    const text = buildReport();
    const page = `第8页 - 西工区科学技术局2024年政府信息公开工作年度报告\n${text.slice(text.indexOf('四、政府信息公开行政复议'))}`;
    const { report } = parseReport(page);
    expect(Object.keys(report.sections)).toEqual(['appeals', 'problems', 'other']);
    expect(report.appeals).toEqual(FIGURES.appeals);
    expect(report.missing).toEqual(expect.arrayContaining(['overview', 'proactive', 'applications']));
    // Nothing after the last section found is missing: the front of the report is, so it is not cut off at the end…
    expect(isPartial(report.format, report.missing)).toBe(false);
  });

  it('a page cut off inside section 一 is imported as partial with its identity', () => {
    const text = buildReport();
    const { report } = parseReport(text.slice(0, text.indexOf('二、主动公开')));
    expect(report.agency).toBe('西工区科学技术局');
    expect(Object.keys(report.sections)).toEqual(['overview']);
    expect(isPartial(report.format, report.missing)).toBe(true);
  });

  it('繁体 headings and title match; the agency is kept as printed', () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const { report } = parseReport(toTraditional(buildReport()));
    expect(Object.keys(report.sections)).toEqual(SECTION_KEYS);
    expect(report.agency).toBe(toTraditional('西工区科学技术局'));
    expect(report.year).toBe(2024);
  });

  it('page chrome around the body is dropped: breadcrumbs, share links, 来源/时间, Word style sheets', () => {
    const head = [
      '当前位置： 首页政务公开政府信息公开年报 西工区科学技术局2024年政府信息公开工作年度报告 来源：洛阳市人民政府 时间：2025-01-20 16:34 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： -->',
      'Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE /* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}',
    ];
    const { report } = parseReport(buildReport({ head }));
    expect(report.agency).toBe('西工区科学技术局');
    expect(report.sections.overview).not.toMatch(/微信 微博|Normal 0|mso-|来源：洛阳|-->/);
  });
});

describe('titles in other shapes', () => {
  it('a title split inside its words over two lines (Markdown conversion)', () => {
    const { report } = parseReport(
      buildReport({ head: ['## 西工区科学技术局2024年政府信息公', '## 开工作年度报告'], overview: anonymousOverview() }),
    );
    expect(report.agency).toBe('西工区科学技术局');
    expect(report.year).toBe(2024);
  });

  it('the year inside the tail: XX管理委员会政府信息公开工作2024年度报告', () => {
    const { report } = parseReport(buildReport({ head: ['西工区科学技术局政府信息公开工作2024年度报告'], overview: anonymousOverview() }));
    expect(report.agency).toBe('西工区科学技术局');
    expect(report.year).toBe(2024);
  });

  it('pinyin glued in by a mirror site is dropped from the name', () => {
    const { report } = parseReport(
      buildReport({ head: ['西工區(qū)科學技術局2024年政府信息公開工作年度報告'], overview: anonymousOverview() }),
    );
    expect(report.agency).toBe('西工區科學技術局');
  });

  it('a title without its region takes the region the body names with the same kind', () => {
    const overview = xigongProse().overview.replaceAll('西工区科学技术局', '洛阳市科技局');
    const { report } = parseReport(buildReport({ head: ['市科技局2024年度政府信息公开工作年度报告'], overview }));
    expect(report.agency).toBe('洛阳市科技局');
  });

  it('with no title, the compiler named in the opening, a district jieba splits after its direction (下|城区)', () => {
    const head = ['本年度报告由杭州市下城区卫生健康局编制。本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。'];
    const { report } = parseReport(buildReport({ head, overview: anonymousOverview() }));
    expect(report.agency).toBe('杭州市下城区卫生健康局');
  });

  it('a title without its region, and a body that names none, is refused with a request for --agency', () => {
    const error = refusal(buildReport({ head: ['市科技局2024年度政府信息公开工作年度报告'], overview: anonymousOverview() }));
    expect(error.message).toContain('市科技局');
    expect(error.message).toContain('--agency');
  });

  it('the fullest form the text supports: a city written before the title name in the body', () => {
    const overview = xigongProse().overview.replace('西工区科学技术局', '洛阳市西工区科学技术局');
    const { report } = parseReport(buildReport({ overview }));
    expect(report.agency).toBe('洛阳市西工区科学技术局');
  });

  it('a 街道 title completed with its office: 迎宾路街道 → 迎宾路街道办事处', () => {
    const overview = xigongProse().overview.replaceAll('西工区科学技术局', '迎宾路街道办事处');
    const { report } = parseReport(buildReport({ head: ['2024年迎宾路街道政府信息公开工作年度报告'], overview }));
    expect(report.agency).toBe('迎宾路街道办事处');
  });

  it('no title: the agency the body speaks as (我局 … 西工区科学技术局坚持…)', () => {
    const { report } = parseReport(buildReport({ head: [] }));
    expect(report.agency).toBe('西工区科学技术局');
  });

  it('a news item quoting a report title is not a report', () => {
    const error = refusal(
      '西工区科学技术局发布年度报告\n\n日前，《西工区科学技术局2024年政府信息公开工作年度报告》在网站正式发布。报告显示，该局全年主动公开政府信息67条。\n',
    );
    expect(error.message).toContain('不是政府信息公开工作年度报告');
  });

  it('--agency and --year override the text', () => {
    const { report } = parseReport(buildReport(), { agency: '洛阳市西工区科学技术局', year: 2023 });
    expect(report.agency).toBe('洛阳市西工区科学技术局');
    expect(report.year).toBe(2023);
  });
});

describe('agency names the fourteenth set of real pages brought (made-up second examples)', () => {
  const overviewAs = (self: string, first: string) =>
    xigongProse().overview.replace('西工区科学技术局', first).replaceAll('西工区科学技术局', self).replaceAll('我局', self);

  it('a place that starts with 贵, 本 or 全 (贵港市, 本溪市, 全椒县) is a name; 贵单位, 本市, 全县 are not', () => {
    for (const name of ['贵港市港南区农业农村局', '本溪市明山区医疗保障局', '全椒县城市管理局']) {
      const overview = xigongProse().overview.replaceAll('西工区科学技术局', name);
      const { report } = parseReport(buildReport({ head: [`现公布${name}2024年政府信息公开工作年度报告。`], overview }));
      expect(report.agency).toBe(name);
    }
    expect(refusal(buildReport({ head: ['本市教育局2024年政府信息公开工作年度报告'], overview: anonymousOverview() })).message).toContain(
      '--agency',
    );
  });

  it('a 供销合作社 or 供销联社 ends its name with 社, and speaks of itself as 我社', () => {
    const titled = parseReport(
      buildReport({ head: ['平阳县供销合作社2024年政府信息公开工作年度报告'], overview: overviewAs('我社', '平阳县供销合作社') }),
    );
    expect(titled.report.agency).toBe('平阳县供销合作社');
    const opening = parseReport(
      buildReport({ head: [], overview: overviewAs('我社', '本报告由岳池县供销联社编制。2024年，岳池县供销联社') }),
    );
    expect(opening.report.agency).toBe('岳池县供销联社');
  });

  it('no title and 我厅: the provincial department named once inside a sentence', () => {
    const overview = overviewAs('我厅', '我厅').replace('（一）主动公开情况。', '（一）主动公开情况。主动公开云南省民政厅2024年部门预算。');
    const { report } = parseReport(buildReport({ head: [], overview }));
    expect(report.agency).toBe('云南省民政厅');
  });

  it('an office 作为 the agency’s disclosure body: the name stops before the verb', () => {
    const overview = overviewAs('我馆', '丽水市档案馆').replace('由局办公室牵头', '丽水市档案馆办公室作为丽水市档案馆政府信息公开工作机构');
    const { report } = parseReport(buildReport({ head: [], overview }));
    expect(report.agency).toBe('丽水市档案馆');
  });

  it('规定和市委: a 和 before any region joins two nouns of a sentence, never two parts of a name (refused, not named 规定和市委)', () => {
    const overview = xigongProse()
      .overview.replace(
        '西工区科学技术局认真贯彻落实《中华人民共和国政府信息公开条例》和省、市、区',
        '市供销社严格落实《条例》规定和市委、市政府',
      )
      .replaceAll('西工区科学技术局', '市供销社')
      .replaceAll('我局', '市供销社');
    expect(refusal(buildReport({ head: [], overview })).message).toContain('--agency');
  });
});

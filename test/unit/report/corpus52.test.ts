/**
 * Importer classes found by test/fixtures/reports-more58 (corpus52), each on made-up text, not the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { extractProseFigures } from '../../../src/report/prose.js';

describe('a page interpreting a report is no report (corpus52)', () => {
  const body = [
    '一、编制背景',
    '根据《中华人民共和国政府信息公开条例》有关要求,发布了《青州市东夏镇人民政府2023年政府信息公开工作年度报告》。',
    '二、编制依据',
    '《中华人民共和国政府信息公开条例》(国务院令第711号)',
    '三、主要内容',
    '报告分为总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况等六部分。',
  ];

  it.each([
    '图文解读：青州市东夏镇人民政府2023年政府信息公开工作年度报告',
    '一图读懂|青州市东夏镇人民政府2023年度政府信息公开工作年报',
    '《青州市东夏镇人民政府2023年政府信息公开工作年度报告》解读',
  ])('%s: refused as an interpretation, with or without --agency', (title) => {
    const page = [title, ...body].join('\n');
    expect(() => parseReport(page)).toThrow(/解读页面/);
    expect(() => parseReport(page, { agency: '青州市东夏镇人民政府' })).toThrow(/解读页面/);
  });

  it('a report whose page links its 年报图解 below the title is still the report', () => {
    const page = [
      '青州市东夏镇人民政府2023年政府信息公开工作年度报告',
      '年报图解',
      '一、总体情况',
      '2023年,东夏镇主动公开政府信息85条。',
      '二、主动公开政府信息情况',
    ].join('\n');
    expect(parseReport(page).report.agency).toBe('青州市东夏镇人民政府');
  });
});

describe('an agency named only in its own disclosure guide’s title (corpus52)', () => {
  const page = (guides: string) =>
    [
      '一、总体情况',
      '2022年,我镇坚持以公开为常态、不公开为例外,主动公开政府信息120余条。',
      '(一)政府信息管理情况',
      `我镇修订完善${guides},明确党政办专人负责。`,
      '(二)依申请公开情况',
      '今年以来我镇未收到政府信息公开申请。',
      '二、主动公开政府信息情况',
    ].join('\n');

  it('is the agency where the guide’s publisher fits how the text speaks of itself (我镇)', () => {
    expect(parseReport(page('《樟木镇人民政府信息公开指南》和《樟木镇人民政府信息公开目录》')).report.agency).toBe('樟木镇人民政府');
  });

  it('names no agency when the guide cited is another body’s (a 县政府’s, not a 镇’s)', () => {
    expect(() => parseReport(page('《宁都县人民政府信息公开指南》'))).toThrow(/--agency/);
  });
});

describe('the first count of a list of kinds is no count of all published (corpus52)', () => {
  it('机关简介信息 heading 人事信息, 政策文件… (no total) is one kind, not published_items', () => {
    const figures = extractProseFigures('全年公开发布工作动态信息12条,通知公告5条,规划计划2条,财政预决算3条。', 'overview');
    expect(figures.map((figure) => [figure.key, figure.value])).toEqual([
      ['other', 12],
      ['other', 5],
      ['other', 2],
      ['other', 3],
    ]);
  });

  it('a count of all the information published, kinds after it, is still the whole', () => {
    const figures = extractProseFigures('全年公开发布政府信息30条,通知公告5条,规划计划2条。', 'overview');
    expect(figures[0]).toMatchObject({ value: 30 });
    expect(figures[0].key).not.toBe('other');
  });
});

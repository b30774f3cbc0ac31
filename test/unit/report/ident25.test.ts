/**
 * ident25: a university's report of a school year under the 高等学校信息公开办法 (概述, 主动公开情况, 依申请公开和不予公开情况 …,
 * none of the 政府 tables) is refused with one message saying what it is, whether its text names the school with a region,
 * without one, or not at all, and whether --agency is given; a school's report in the 政府 layout, and a 政府 report that
 * cites the rule in its body, are read as before. Made-up schools and bureaus.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

const UNIVERSITY = /高等学校的信息公开年度报告/;

const body = [
  '一、概述',
  '2024-2025学年,学校坚持以公开为常态,完善信息公开工作机制。',
  '二、主动公开情况',
  '学校通过信息公开网发布信息320条。',
  '三、依申请公开和不予公开情况',
  '本学年学校收到信息公开申请2件,均已按时答复。',
];

describe("ident25: a university's own report is refused as what it is", () => {
  it('a title naming the school without a region', () => {
    const text = [
      '河桥大学2024—2025学年信息公开年度报告',
      '按照《高等学校信息公开办法》(教育部令第29号)要求,现编制本报告。统计期限为2024年9月1日至2025年8月31日。',
      ...body,
    ].join('\n');
    expect(() => parseReport(text)).toThrow(UNIVERSITY);
    expect(() => parseReport(text, { agency: '河东省河桥大学' })).toThrow(UNIVERSITY);
  });

  it('no title, the school named only in the opening sentence', () => {
    const text = ['省教育厅:', '2024-2025学年,石桥师范学院深入贯彻《高等学校信息公开办法》,编制本年度信息公开工作报告。', ...body].join(
      '\n',
    );
    expect(() => parseReport(text)).toThrow(UNIVERSITY);
  });

  it('a 年度 report whose period is a school year, cut off in its overview', () => {
    const text = [
      '根据教育部《高等学校信息公开办法》、省教育厅《关于做好2025年高校信息公开年度报告工作的通知》等要求,现编制白沙学院2025年度信息公开工作报告。',
      '所列统计数据的时间为2024年9月1日至2025年8月31日。',
      '一、概述',
      '2024-2025学年,我校坚持“以公开为常态、不公开为例外”原则。',
    ].join('\n');
    expect(() => parseReport(text)).toThrow(UNIVERSITY);
  });

  it("a school's report in the 政府 layout is read as before", () => {
    const text = [
      '河桥县职业技术学校2024年信息公开工作年度报告',
      '按照《高等学校信息公开办法》要求编制本报告。',
      '一、总体情况',
      '学校主动公开信息45条。',
      '二、主动公开政府信息情况',
      '学校主动公开信息45条。',
      '三、收到和处理政府信息公开申请情况',
      '学校收到信息公开申请3件。',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.agency).toBe('河桥县职业技术学校');
    expect(report.year).toBe(2024);
  });

  it('an education bureau citing the rule in its preamble, as a 政府信息公开 report, is read as before', () => {
    const text = [
      '河桥市教育局2024年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》,督促各高校落实《高等学校信息公开办法》,编制本报告。',
      '一、总体情况',
      '2024年,本局主动公开政府信息120条。',
      '二、主动公开政府信息情况',
      '本局主动公开政府信息120条。',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.agency).toBe('河桥市教育局');
    expect(report.year).toBe(2024);
  });
});

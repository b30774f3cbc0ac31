/**
 * corpus71: who a report with no title is of, where the word cutter misreads the sentence it is named in. A street's proper
 * name jieba takes for a time word (东四|街道, tagged t) starts the name as a place it knows does; a bare 街道/镇/乡 after verbs
 * that follow no region (调整|优化|街道…领导小组, 专栏|发布|街道|活动) is the sentence's object, never a town; a town named for a
 * verb after its district (向阳区|建设|街道) stays one. Made-up pages of real places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { namesInText } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';
import { extractProseFigures } from '../../../src/report/prose.js';

const TABLE_LESS = ['(二)依申请公开情况', '全年未收到政府信息公开申请。'];

describe('corpus71: a street jieba reads as a time word', () => {
  it('named only as the subject of the first sentence: the street', () => {
    const page = [
      '依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。',
      '一、总体情况',
      '2025年,东四街道严格落实《政府信息公开条例》要求,在区政府网站主动公开诚信建设类信息12条。',
      ...TABLE_LESS,
    ].join('\n');
    expect(parseReport(page).report.agency).toBe('东四街道');
  });

  it('a time word before a bare level is no name (今年街道, 上午镇)', () => {
    expect(namesInText('今年街道共收到申请3件')).toEqual([]);
    expect(namesInText('上午镇政府召开会议')).not.toContain('上午镇');
  });
});

describe('corpus71: verbs before a bare 街道', () => {
  const page = [
    '2024年,新华街道办事处严格遵循《中华人民共和国政府信息公开条例》要求,现将本年度政府信息公开工作情况报告如下:',
    '一、总体情况',
    '(一)主动公开信息情况',
    '我街道累计主动发布各类信息85条,按时公开了《新华街道办事处2024年部门预算公开说明》及《新华街道办事处2023年度部门决算》。',
    '在区政府网站政务公开专栏发布街道活动。',
    '(二)监督保障',
    '进一步加强组织领导,调整优化街道政务公开工作领导小组构成。',
    ...TABLE_LESS,
  ].join('\n');

  it('the street that speaks, never 调整优化街道 or …专栏发布街道', () => {
    expect(parseReport(page).report.agency).toBe('新华街道办事处');
    expect(namesInText('调整优化街道政务公开工作领导小组构成')).toEqual([]);
    expect(namesInText('东城区政务开放日活动专栏发布街道活动')).not.toContain('东城区政务开放日活动专栏发布街道');
  });

  it('a street named for a verb after its district stays a name', () => {
    expect(namesInText('佳木斯市向阳区建设街道办事处坚持以公开为常态')).toContain('佳木斯市向阳区建设街道办事处');
  });
});

describe('corpus71: a year before section 一’s title (一、2024年工作开展情况)', () => {
  it('is section 一, its text kept', () => {
    const page = [
      '策勒县策勒镇人民政府2024年政府信息公开工作年度报告',
      '一、2024年工作开展情况',
      '(一)加强组织领导,健全工作机制。',
      '(二)2024年,策勒镇受理依申请公开2件。',
      '二、主动公开政府信息情况',
      '第二十条第(一)项 | |||',
    ].join('\n');
    expect(parseReport(page).report.sections.overview).toContain('受理依申请公开2件');
  });
});

describe('corpus71: an event count before a long modifier (组织了3次涵盖…的专业培训)', () => {
  it('counts the event named after the modifier’s 的', () => {
    const figures = extractProseFigures('积极组织了4次涵盖政策解读、舆情应对、信息安全的业务培训。', 'overview');
    expect(figures.find((figure) => figure.key === 'trainings')?.value).toBe(4);
  });

  it('a count whose clause ends on another noun is not a training', () => {
    const figures = extractProseFigures('全年召开3次涵盖各科室的工作例会。', 'overview');
    expect(figures.find((figure) => figure.key === 'trainings')).toBeUndefined();
  });
});

describe('corpus71: a time word before 街道 is none of its name', () => {
  it('目前街道未因…: no street', () => {
    expect(namesInText('目前街道未因政府信息公开工作被申请行政复议')).toEqual([]);
  });
});

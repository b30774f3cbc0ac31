/**
 * A PDF's text that lost section 五's heading (the problems keep only their sub-headings (一)主要问题 / (二)改进情况 after
 * table 四) numbers the last section 五: 五、其他需要报告的事项 is still that section, and (一)主要问题 opens the problems. A
 * (一)主要问题 before table 四 (a paragraph of the overview) opens nothing.
 */
import { describe, expect, it } from 'vitest';
import { locateSections } from '../../../src/report/sections.js';

const keysAndLines = (text: string) => {
  const located = locateSections(text);
  const lines = located.text.split('\n');
  return located.headings.map((heading) => `${heading.key}:${lines[heading.line]}`);
};

describe('a lost section heading (prose38)', () => {
  it('五、其他需要报告的事项 after table 四 is the other-matters section, (一)主要问题 before it the problems', () => {
    const page = [
      '一、总体情况',
      '本年度主动公开信息20条。',
      '二、主动公开政府信息情况',
      '(表)',
      '三、收到和处理政府信息公开申请情况',
      '(表)',
      '四、政府信息公开行政复议、行政诉讼情况',
      '| 0 | 0 | 0 |',
      '（一）主要问题',
      '栏目设置不能满足新职能的需要。',
      '（二）改进情况',
      '重新设置栏目。',
      '五、其他需要报告的事项',
      '本年度未发生政府信息公开收费事项。',
    ].join('\n');
    expect(keysAndLines(page)).toEqual([
      'overview:一、总体情况',
      'proactive:二、主动公开政府信息情况',
      'applications:三、收到和处理政府信息公开申请情况',
      'appeals:四、政府信息公开行政复议、行政诉讼情况',
      'problems:（一）主要问题',
      'other:五、其他需要报告的事项',
    ]);
  });

  it('(一)主要问题 inside the overview opens no section', () => {
    const page = ['一、总体情况', '（一）主要问题', '工作中存在一些不足。', '二、主动公开政府信息情况', '(表)'].join('\n');
    expect(keysAndLines(page)).toEqual(['overview:一、总体情况', 'proactive:二、主动公开政府信息情况']);
  });
});

/** The prose inside table sections is indexed for retrieval; the tables' own text never is. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { tableSectionSentences } from '../../../src/text/table-prose.js';

const fixture = (path: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', path), 'utf8');

describe('tableSectionSentences', () => {
  it('keeps the sentences written around a table (a 2019-style paragraph in section 二)', () => {
    const { report } = parseReport(fixture('reports-more/06.txt'));
    const sentences = tableSectionSentences(report.sections.proactive ?? '');
    expect(sentences.some((sentence) => sentence.includes('制作、获取政府信息总数473条'))).toBe(true);
    expect(sentences).toContain('三公经费信息12条等。');
    // The table's labels and digit runs are not sentences.
    for (const sentence of sentences) expect(sentence).not.toMatch(/第二十条|本年制发件数|行政规范性文件\d/);
  });

  it('finds nothing in a table section that is only a table', () => {
    const { report } = parseReport(fixture('reports-more/15.txt'));
    for (const key of ['proactive', 'applications', 'appeals'] as const)
      expect(tableSectionSentences(report.sections[key] ?? ''), key).toEqual([]);
  });

  it('keeps a sentence that states a count with a table word (处理决定数量39件)', () => {
    const { report } = parseReport(fixture('reports-more4/22.txt'));
    const sentences = tableSectionSentences(report.sections.proactive ?? '');
    expect(sentences.some((sentence) => sentence.includes('行政处罚处理决定数量39件'))).toBe(true);
    // A table row with bare digits stays out even with a measure word nearby.
    expect(tableSectionSentences('行政处罚处理决定数量 39 0 1，本年新收申请5件。')).toEqual([]);
  });

  it('keeps a paragraph of counts cut before its full stop, above the table', () => {
    const { report } = parseReport(fixture('reports-more4/40.txt'));
    const sentences = tableSectionSentences(report.sections.proactive ?? '');
    expect(sentences.some((sentence) => sentence.includes('主动公开信息66条') && sentence.includes('通知公告18条'))).toBe(true);
    for (const sentence of sentences) expect(sentence).not.toMatch(/第二十条|本年处理决定数量|行政规范性文件\s*\d/);
    // An unended line without counts (a row label, a heading) is no sentence.
    expect(tableSectionSentences('本年处理决定数量\n行政许可\n3')).toEqual([]);
  });

  it('keeps the lead of a numbered list, its total before the colon (…公开政府信息57条,其中:1.…;2.…)', () => {
    const sentences = tableSectionSentences(
      '2019年,我办主动公开政府信息41条,其中:1.工作动态信息30条;2.通知公告类信息9条;3.其他信息2条。\n序号\n| 项目\n| 数量(条)\n|',
    );
    expect(sentences[0]).toBe('2019年,我办主动公开政府信息41条,其中:');
    expect(sentences).toContain('通知公告类信息9条;');
    // A colon after a table's own words (信息内容:) leads no list of counts.
    expect(tableSectionSentences('本年新收政府信息公开申请数量:\n1.自然人')).toEqual([]);
  });

  it('drops text that is no sentence: page markup, glued digit runs', () => {
    expect(tableSectionSentences('supportMisalignedColumns]--><!。')).toEqual([]);
    expect(tableSectionSentences('结转下年度继续办理4200006，全区共收到申请154件。')).toEqual([]);
    expect(tableSectionSentences('（二）依申请公开情况2021年我局未收到政府信息公开申请。')).toEqual([
      '依申请公开情况2021年我局未收到政府信息公开申请。',
    ]);
  });
});

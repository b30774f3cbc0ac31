/**
 * corpus72: answer classes of real-questions-corpus72 (reports-more78), on made-up pages of real places in a real SQLite
 * store, made-up figures.
 * - A town's own office publishing its report (大余县吉村镇人民政府办公室) is named by its town (吉村镇, 吉村镇政府): agency-index.ts
 *   TOWN_OFFICE_NAME (asked back which agency before).
 * - A count printed before the outcome it had (2件办理结果为无法提供,另外5件办理结果为其他处理): the count of the outcome asked
 *   (retrieve.ts countBeforeItsOutcome; the 无法提供 clause answered 其他处理 before), and the import labels 另外5件… by the words
 *   after the count (prose.ts).
 * - What applications concerned, stated after their count's breakdown in brackets (申请55件(其中信函申请20件,…),内容主要涉及…):
 *   quoted (application-content.ts CONTENT_STATED; refused before).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('corpus72: a town’s office, outcomes printed after their counts, what applications concerned', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'office.txt',
        [
          '崇义县丰州乡人民政府办公室2024年政府信息公开工作年度报告',
          '本报告所列数据的统计期限自2024年1月1日起至12月31日止。如对本报告有任何疑问,请与崇义县丰州乡人民政府党政办公室联系(电话:0797-3811234)。',
          '一、总体情况',
          '(一)主动公开情况。通过崇义县人民政府网站主动公开政府信息316条。',
          '(二)依申请公开情况。收到政府信息公开申请3件。',
          '二、主动公开政府信息情况',
        ].join('\n'),
      ],
      [
        'street.txt',
        [
          '上海市嘉定区真新街道2024年政府信息公开工作年度报告',
          '一、总体情况',
          '(二)依申请公开',
          '街道本年度共收到依申请公开14件,及时答复14件,其中3件办理结果为主动公开,4件办理结果为无法提供,另外7件办理结果为其他处理。',
          '全年新收政府信息公开申请14件(其中信函申请6件,在线申请8件),内容主要涉及旧住房改造、加装电梯等方面。',
          '(三)',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('丰州乡 (丰州乡政府) names 崇义县丰州乡人民政府办公室, whose report it is', async () => {
    const answer = await app.ask('丰州乡2024年主动公开了多少条', 'office-1');
    expect(answer.facts.map((fact) => fact.value)).toContain(316);
    const phone = await app.ask('丰州乡政府电话', 'office-2');
    expect(phone.answer).toContain('0797-3811234');
  });

  it('办理结果为其他处理的有几件: 7, the count before those words, never the 无法提供 clause’s 4', async () => {
    const answer = await app.ask('真新街道2024年有多少件办理结果为其他处理', 'street-1');
    expect(answer.facts.map((fact) => fact.value)).toEqual([7]);
    const other = await app.ask('真新街道2024年无法提供几件', 'street-2');
    expect(other.facts.map((fact) => fact.value)).toEqual([4]);
  });

  it('the import labels 另外7件办理结果为其他处理 by the words after its count', () => {
    const report = parseReport(
      [
        '上海市嘉定区真新街道2024年政府信息公开工作年度报告',
        '一、总体情况',
        '共收到申请9件,其中2件办理结果为无法提供,另外7件办理结果为其他处理。',
      ].join('\n'),
    ).report;
    expect(report.proseFigures.find((figure) => figure.value === 7)?.label).toBe('办理结果为其他处理');
  });

  it('申请主要涉及什么: the sentence after the count’s bracketed breakdown is quoted', async () => {
    const answer = await app.ask('真新街道2024年的信息公开申请主要涉及什么', 'street-3');
    expect(answer.kind).not.toBe('refusal');
    expect(answer.answer).toContain('旧住房改造');
  });
});

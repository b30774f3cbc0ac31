/**
 * corpus58's classes (real-questions-corpus58 over reports-more64), on made-up pages:
 * - a count of applications whose bracket names its part carried over from the year before (共收到依申请公开事项6件(其中2件为
 *   上年结转政府信息公开申请)): the part's own words after it (为上年结转…申请) matched 申请 best, so 收到几件 was answered
 *   with the carried-over part (2) under a lead saying 6件; at import the part was stored as a second count received.
 * - a ranking among a few agencies of one place (桦川县哪个部门收到的申请最多), every report cut before its tables and only some
 *   stating the count in a sentence: refused as "都没有…的数据" while a sentence held it (a scope of more than eight already read
 *   the sentences).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'office.txt': `桦川县人民政府办公室2023年政府信息公开工作年度报告
本年度报告所列数据统计日期自2023年1月1日起至2023年12月31日止。
一、总体情况
(一)主动公开方面。桦川县政府网站公开信息1310条。
(二)依申请公开方面。本年度共收到依申请公开事项6件(其中2件为上年结转政府信息公开申请),5件为自然人申请,1件为法人申请。
`,
  'audit.txt': `桦川县审计局2023年政府信息公开工作年度报告
本年度报告所列数据统计日期自2023年1月1日起至2023年12月31日止。
一、总体情况
(一)主动公开方面。我局在县政府网站发布信息12条。
(二)依申请公开方面。我局严格落实专人负责,及时办理。
`,
  'forest.txt': `桦川县林业局2023年政府信息公开工作年度报告
本年度报告所列数据统计日期自2023年1月1日起至2023年12月31日止。
一、总体情况
(一)主动公开方面。我局在县政府网站发布信息9条。
(二)依申请公开方面。严格按照规定办理,做到件件有回音。
`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus58 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('收到几件 is the count the sentence prints, not the part its bracket says was carried over', async () => {
    const [answer] = await converse(app, 'c58-received', ['桦川县政府办2023年收到几件信息公开申请']);
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toEqual([6]);
    expect(answer.answer).toContain('6件');
  });

  it('the carried-over part is still what a question about carrying over gets', async () => {
    const [answer] = await converse(app, 'c58-carried', ['桦川县政府办2023年上年结转了几件申请']);
    expect(values(answer)).toEqual([2]);
  });

  it('a ranking among a few agencies of one place reads the count a sentence states, naming whose it is', async () => {
    const [answer] = await converse(app, 'c58-ranking', ['桦川县这几个部门2023年谁收到的信息公开申请最多']);
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toEqual([6]);
    expect(answer.answer).toContain('只有');
    expect(answer.answer).toContain('桦川县人民政府办公室');
  });
});

/**
 * real-questions-27's classes over made-up reports of the same shape: 无因…引起的复议 and 不存在…诉讼 answer no; 公开各类信息共计N条
 * is the year's total and a clause counting applications (历年共计收到依申请公开信息申请0条) is no count of what was published;
 * 被起诉 finds 提起行政诉讼; a later report's 比去年增加 answers a change whose earlier year is not stored; two agencies' counts
 * in 件 and 条 add up; a city bureau's branch is named by its district first.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { classifyStatedNumber } from '../../../src/report/prose-figures.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

describe('round 15 prose classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const reports: Record<string, string> = {
      'a.txt': `桐柏县水利局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开政府信息情况。我局在县政府门户网站开展信息公开工作,2023年共公开各类信息76条。
(二)依申请公开政府信息情况。2023年度我局收到政府信息公开申请总数3条,历年共计收到依申请公开信息申请9条。
(三)2023年,我局无因政务公开引起的行政复议和行政诉讼。`,
      'b.txt': `清河市民政局2022年政府信息公开工作年度报告
一、总体情况
2022年全年,我局公开各类信息共计4210条,其中通过局官网公开信息3800条,通过微信公众号发布信息410条。
2022年,我局收到依申请公开信息2条,发生因政府信息公开申请提起行政诉讼1件。`,
      'c.txt': `清河市司法局2022年政府信息公开工作年度报告
一、总体情况
2022年度,我局共收到政府信息公开申请5件,比去年增加2件,均按时答复。`,
      'd.txt': `宁安市自然资源局清溪分局2022年政府信息公开工作年度报告
一、总体情况
如对本报告有疑问,请与宁安市自然资源局清溪分局办公室联系(电话:0453-7654321)。`,
    };
    for (const [name, text] of Object.entries(reports)) {
      const file = join(app.directory, name);
      writeFileSync(file, text);
      await importFile(app.reports, file);
    }
  });
  afterAll(() => app.dispose());

  it('无因…引起的行政复议和行政诉讼 answers no', async () => {
    const answer = await app.ask('桐柏县水利局2023年有没有被人告过');
    expect(answer.answer.startsWith('没有')).toBe(true);
  });

  it('公开各类信息 is what was published, not the applications counted over the years', async () => {
    const answer = await app.ask('桐柏县水利局2023年公开了多少条信息');
    expect(answer.facts.map((fact) => fact.value)).toEqual([76]);
    expect(classifyStatedNumber({ label: '2022年全年,我局公开各类信息共计', unit: '条', channels: [] }).key).toBe('proactive_items');
  });

  it('公开各类信息共计 is the total before its channels', async () => {
    const answer = await app.ask('清河市民政局2022年一共公开了多少条信息');
    expect(answer.facts[0]?.value).toBe(4210);
  });

  it('被起诉 is read as 提起行政诉讼', async () => {
    const answer = await app.ask('清河市民政局2022年被起诉了几次');
    expect(answer.facts.map((fact) => fact.value)).toEqual([1]);
  });

  it('a change the later report states answers 比去年多了还是少了 without the earlier report', async () => {
    const answer = await app.ask('清河市司法局2022年收到的申请比去年多了还是少了');
    expect(answer.answer).toContain('增加2件');
    // The later year's figure and the change as printed (a figure of the report since round 23); never the earlier year's 3.
    expect(answer.facts.map((fact) => fact.value)).toEqual([5, 2]);
  });

  it('counts in 件 and 条 of two agencies add up', async () => {
    const answer = await app.ask('清河市民政局和清河市司法局2022年收到的申请加起来几件');
    expect(answer.answer).toContain('7');
  });

  it('a city bureau’s branch is named by its district first', async () => {
    const answer = await app.ask('清溪自然资源分局电话多少');
    expect(answer.answer).toContain('7654321');
  });
});

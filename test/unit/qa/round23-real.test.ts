/**
 * real-questions-44's answer classes over made-up reports of the same shape (first run 74/87): a 街's office named by the
 * 街 alone in its title (佳荣里街, refused at import for want of a kind), known as its 街道 and 街道办事处 too; a change the
 * report states beside its figure (比去年增加1件) as a figure of the answer; a city named without its level (齐齐哈尔的
 * 气象局) when the one bureau of that kind stored is a county's whose name does not write the city; a city's development
 * zone by its short name (宣城高新区) that is not stored, said to be not found.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

describe('real-questions-44 classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const reports = {
      'street.txt': `西站街2022年政府信息公开工作年度报告
本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。
一、总体情况
(一)政府信息公开情况。2022年主动公开的各类政府信息数量38件。2022年,全街共受理政府信息公开申请总数2件。
(二)组织管理情况。西站街党政综合办公室为政府信息公开工作的主管部门。`,
      'office.txt': `东湖湾街2022年政府信息公开工作年度报告
本年度报告由东湖湾街道办事处结合自身工作实际编制,统计期限自2022年1月1日起至2022年12月31日止。
一、总体情况
(一)主动公开情况。2022年东湖湾街道主动公开政府信息51条。
(二)依申请公开情况。2022年未收到政府信息公开申请。`,
      'change.txt': `长乐镇人民政府2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,我镇主动公开政府信息120条。
(二)依申请公开情况。2024年度,我镇共收到政府信息公开申请5件,比去年减少2件,均按时完成答复。
(三)政府信息管理情况。我镇严格执行审核制度。`,
      'county.txt': `黑龙江省龙江县气象局2024年政府信息公开工作年度报告
如对本报告有任何疑问,请与龙江县气象局办公室联系(地址:齐齐哈尔市龙江县龙江镇气象路1号,电话:0452-5711234)。
一、总体情况
(一)主动公开情况。2024年,我局在政府信息公开平台上累计主动公开政府信息57条。
(二)依申请公开情况。本年度我局未收到政府信息公开申请。`,
    };
    for (const [name, text] of Object.entries(reports)) {
      const file = join(app.directory, name);
      writeFileSync(file, text);
      await importFile(app.reports, file);
    }
  });
  afterAll(() => app.dispose());

  it('a 街 named alone in its title is an agency, known as its 街道 and 街道办事处 too', async () => {
    expect(app.reports.agencies().map((agency) => agency.name)).toContain('西站街');
    const answer = await app.ask('西站街道办事处2022年主动公开了多少');
    expect(answer.facts.map((fact) => fact.value)).toContain(38);
    expect((await app.ask('西站街道2022年受理了几个申请')).facts.map((fact) => fact.value)).toContain(2);
  });

  it('a 街 whose text writes its office (由东湖湾街道办事处…) is stored under the office', () => {
    expect(app.reports.agencies().map((agency) => agency.name)).toContain('东湖湾街道办事处');
  });

  it('a change stated beside the figure (比去年减少2件) is a figure of the answer', async () => {
    const answer = await app.ask('长乐镇2024年收到的申请比去年少了几件');
    expect(answer.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([5, 2]));
    expect(answer.answer).toContain('比去年减少2件');
  });

  it('a city without its level finds the county’s bureau the division data places in it, and says which', async () => {
    const answer = await app.ask('齐齐哈尔的气象局2024年主动公开了多少条');
    expect(answer.facts.map((fact) => fact.value)).toContain(57);
    expect(answer.answer).toContain('龙江县气象局');
    // Written with its level, the city's own bureau is meant, which is not stored: no figure.
    expect((await app.ask('齐齐哈尔市气象局2024年主动公开了多少条')).facts).toEqual([]);
  });

  it('a city’s development zone by its short name, not stored, is said to be not found', async () => {
    const answer = await app.ask('芜湖高新区2023年收到几件申请');
    expect(answer.kind).toBe('refusal');
    expect(answer.facts).toEqual([]);
    expect(answer.answer).toContain('没有找到“芜湖高新区”');
  });
});

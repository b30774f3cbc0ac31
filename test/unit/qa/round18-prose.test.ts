/**
 * Classes closed for real-questions-34 and -35 over made-up reports: a count printed without a measure word right after what
 * was published (发布动态1203，) is read; a question that joins several channels itself (微博头条号这些) is answered with the
 * count the report states for them together, while one channel of such a joint count alone still gets no figure; 不予公开 is
 * never answered with 予以公开's count; one topic of a list with 涉及…等方面 gets no count of the whole list; 没法提供 is
 * 无法提供; 复议其他结果 is table 四's column; a prose figure of two years is added; 申请加起来 is the applications received; and
 * two agencies each with its own year are compared in those years.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understand } from '../../../src/qa/understand.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('round 18 classes over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'lanshan.txt',
        `岚山县农业农村局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,县农业农村局门户网站主动公开政府信息96条;政务微博发布动态1203,“岚山农业”微博、头条号等平台推送文章352篇。
(二)依申请公开情况。2024年本局收到政府信息公开申请4件,均按期答复。
`,
      ],
      [
        'lanshan-2023.txt',
        `岚山县农业农村局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,县农业农村局主动公开涉及乡村振兴、高标准农田、动物防疫、农机补贴等方面信息210条。
(二)依申请公开情况。2023年本局收到政府信息公开申请14件,其中予以公开9件、部分公开2件、无法提供1件、不予公开2件。
`,
      ],
      [
        'qinghe.txt',
        `清河县水利局2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2022年,县水利局主动公开政府信息64条。
(二)依申请公开情况。2022年本局收到政府信息公开申请6件,其中予以公开5件、无法提供1件。
`,
      ],
      [
        'baihe.txt',
        `白河县林业局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,县林业局微信公众号发布信息12`,
      ],
      [
        'dongling-jt.txt',
        `东岭综合实验区交通运输局2022年政府信息公开工作年度报告
一、总体情况
(一)依申请公开情况。2022年本局收到政府信息公开申请11件,均按期答复。
`,
      ],
      [
        'dongling-cz.txt',
        `东岭综合实验区财政局2023年政府信息公开工作年度报告
一、总体情况
(一)依申请公开情况。2023年本局收到政府信息公开申请3件,均按期答复。
`,
      ],
      [
        'qinghe-2021.txt',
        `清河县水利局2021年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2021年,县水利局主动公开政府信息58条。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('发布动态1203, (no measure word) answers how many the account published', async () => {
    const answer = await app.ask('岚山县农业农村局2024年政务微博发布了多少条动态');
    expect(answer.facts.map((fact) => fact.value)).toEqual([1203]);
  });

  it('the same without a measure word asked', async () => {
    const answer = await app.ask('岚山农业农村局2024年微博发布动态多少');
    expect(answer.facts.map((fact) => fact.value)).toEqual([1203]);
  });

  it('微博头条号这些 asked together: their joint count', async () => {
    const answer = await app.ask('岚山县农业农村局2024年微博头条号这些推送了多少篇文章');
    expect(answer.facts.map((fact) => fact.value)).toEqual([352]);
  });

  it('头条号 alone: the joint count is not its own', async () => {
    const answer = await app.ask('岚山县农业农村局2024年头条号推送了多少篇文章');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(352);
  });

  it('不予公开 asked: the count of its own item, never the one of 予以公开', async () => {
    const answer = await app.ask('岚山农业农村局2023年不予公开的有几件');
    expect(answer.facts.map((fact) => fact.value)).toEqual([2]);
  });

  it('不予公开 asked where the report states none: no 予以公开 count instead', async () => {
    const answer = await app.ask('清河县水利局2022年不予公开的有几件');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(5);
  });

  it('one topic of a list with 涉及…等方面: the count of the whole list is not its own', async () => {
    const answer = await app.ask('岚山县农业农村局2023年主动公开的动物防疫信息多少条');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(210);
    const whole = await app.ask('岚山县农业农村局2023年主动公开了多少条');
    expect(whole.facts[0]?.value).toBe(210);
  });

  it('没法提供 / 提供不了 is 无法提供', async () => {
    const answer = await app.ask('清河水利局2022年有几个申请提供不了');
    expect(answer.facts.map((fact) => fact.value)).toContain(1);
  });

  it('a prose figure of two years of one agency added', async () => {
    const answer = await app.ask('清河县水利局2021年和2022年主动公开加起来多少条');
    expect(answer.facts.map((fact) => fact.value)).toContain(122);
  });

  it('申请加起来 of two agencies: the applications received, summed', async () => {
    const answer = await app.ask('岚山农业农村局和清河水利局的申请加起来多少');
    expect(answer.facts.map((fact) => fact.value)).toContain(10);
  });

  it('two agencies each with its own year: each read in its year', async () => {
    const answer = await app.ask('清河县水利局2022年和岚山县农业农村局2023年哪个收到的申请多');
    expect(answer.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([6, 14]));
    expect(answer.answer).toContain('岚山');
  });

  it('复议其他结果 is a column of table 四, not the 其他 row of table 三', () => {
    expect(understand('某局2021年复议其他结果几件', 2026).topic).toMatchObject({
      type: 'cell',
      row: { key: 'review' },
      column: { key: 'other' },
    });
  });

  it('a page cut right after the digits (发布信息12): no bare count read from it', async () => {
    const answer = await app.ask('白河县林业局2024年微信公众号发布信息多少');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(12);
  });

  it('a second shortened name after the year of the first and a joiner (…2022年和东岭财政局2023年) is found', async () => {
    const answer = await app.ask('东岭交通运输局2022年和东岭财政局2023年哪个收到的申请多');
    expect(answer.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([11, 3]));
  });
});

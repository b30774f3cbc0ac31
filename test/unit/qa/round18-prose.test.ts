/**
 * Classes closed for real-questions-34 over made-up reports: a count printed without a measure word right after what was
 * published (发布动态1203，) is read, and a question that joins several channels itself (微博头条号这些) is answered with the
 * count the report states for them together, while one channel of such a joint count alone still gets no figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});

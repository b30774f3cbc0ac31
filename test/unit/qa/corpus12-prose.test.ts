/**
 * reports-more12's answer class over a made-up report of the same shape: a count whose sentence starts with a quoted account
 * name (“清遠教育”微信公眾號推送或轉發信息435篇) was answered with the name half-quoted (清远教育”微信公众号…): the opening
 * mark went with the punctuation stripped before the clause, its closing mark stayed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

const QUOTED = `石门县文化旅游局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况
2023年,我局在县政府网站发布信息41条。“石门文旅”微信公众号推送信息218篇,《石门文旅周报》印发52期。
2023年作出行政许可40件,其中旅行社设立7件,其余为导游资格认定。
二、主动公开政府信息情况
第二十条第(五)项 |
信息内容 |
本年处理决定数量 |
行政许可 |
40 |`;

describe('reports-more12 answer classes on a made-up report', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const file = join(app.directory, 'quoted.txt');
    writeFileSync(file, QUOTED);
    await importFile(app.reports, file);
  });
  afterAll(() => app.dispose());

  it.each([
    ['石门县文化旅游局2023年公众号推送了多少篇', 218, '“石门文旅”微信公众号推送信息218篇'],
    ['石门县文化旅游局周报印了几期', 52, '《石门文旅周报》印发52期'],
  ])('%s → %i, the quoted name whole', async (question, value, clause) => {
    const answer = await app.ask(question);
    expect(answer.facts[0]?.value).toBe(value);
    expect(answer.answer.split('\n')[0]).toContain(clause);
    // No closing mark without its opening one in the stated fact.
    const fact = answer.answer.split('\n')[0];
    expect((fact.match(/“/g) ?? []).length).toBe((fact.match(/”/g) ?? []).length);
    expect((fact.match(/《/g) ?? []).length).toBe((fact.match(/》/g) ?? []).length);
  });
});

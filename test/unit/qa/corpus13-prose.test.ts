/**
 * reports-more13's prose classes over made-up reports of the same shape: a count that lumps applications with letters or
 * calls (盐都区财政局: 收到12345群众来信、依申请信息公开等26件,其中依申请公开7件) is not the applications received, the part
 * its 其中 names is; 主动新增公开政府信息85条 is the proactive total, and 其他应主动公开信息4条, the last item of its breakdown
 * by kind, is not.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { classifyStatedNumber } from '../../../src/report/prose-figures.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

describe('reports-more13 prose classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const text = `石门县审计局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年主动新增公开政府信息132条,在主动公开的信息中,工作动态类信息120条;审计公告类信息9条;其他应主动公开信息3条。
(二)依申请公开办理情况。2023年石门县审计局受理政务热线来电、信访来信、依申请公开等41件,其中依申请公开5件,均按期答复。`;
    const file = join(app.directory, 'lumped.txt');
    writeFileSync(file, text);
    await importFile(app.reports, file);
  });
  afterAll(() => app.dispose());

  it('the applications are the part its 其中 names, not the count lumped with calls and letters', async () => {
    const answer = await app.ask('石门县审计局2023年收到多少政府信息公开申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([5]);
  });

  it('主动新增公开 is the proactive total; 其他应主动公开 is an item of its breakdown', async () => {
    const answer = await app.ask('石门县审计局2023年主动公开了多少条信息');
    expect(answer.facts.map((fact) => fact.value)).toEqual([132]);
    expect(classifyStatedNumber({ label: '2023年主动新增公开政府信息', unit: '条', channels: [] }).key).toBe('proactive_items');
    expect(classifyStatedNumber({ label: '其他应主动公开信息', unit: '条', channels: [] }).key).not.toBe('proactive_items');
  });
});

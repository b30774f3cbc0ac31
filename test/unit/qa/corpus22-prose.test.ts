/**
 * reports-more22's answer class over a real report and a made-up one of the same shape (real-questions-corpus22's first run:
 * 52/54, one wrong figure): 一共公开多少条 asked of a report that lists what it published column by column (通知公告43条、
 * 工作动态115条…) and prints no total is refused, saying the total is not written and what the parts are; no part stands
 * for the total, and no sentence found by the search (还完成了养老服务信息公开4条) does either. A total printed in its own words
 * (全年通过各类平台主动公开政府信息共计102条, read as a channel's figure) still answers 一共 (楚雄市紫溪镇人民政府, 33.txt).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

describe('reports-more22: a total asked of parts listed without one', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importFile(app.reports, join(FIXTURE_DIR, '..', 'reports-more22', '24.txt'));
    await importFile(app.reports, join(FIXTURE_DIR, '..', 'reports-more22', '33.txt'));
    const file = join(app.directory, 'columns.txt');
    writeFileSync(
      file,
      `白山市浑江区民政局2024年政府信息公开工作年度报告
一、总体情况
1、主动公开情况。
在“公开内容”栏目公开通知公告21条、工作动态64条、部门文件12条;在社会救助领域中公开“最低生活保障”信息30条,“临时救助”信息8条;另外,还完成了儿童福利信息公开2条、殡葬管理信息公开5条。
2、依申请公开情况。
2024年我局收到政府信息公开申请2件。
3、政府信息管理情况。`,
    );
    await importFile(app.reports, file);
  });
  afterAll(() => app.dispose());

  it('the real report (长子县民政局): 一共 is refused with the parts said, no figure given for the total', async () => {
    const answer = await app.ask('长子县民政局2023年主动公开政府信息一共多少条');
    expect(answer.kind).toBe('refusal');
    expect(answer.facts).toEqual([]);
    expect(answer.answer).toContain('没有写明主动公开信息的总数');
    expect(answer.answer).toContain('工作动态115条');
  });

  it('a made-up one of the same shape: 总共 and 一共 refused; one column asked is that column', async () => {
    for (const question of ['浑江区民政局2024年总共主动公开了多少条信息', '白山市浑江区民政局2024年一共公开政府信息多少条']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('refusal');
      expect(answer.answer, question).toContain('通知公告21条');
    }
    const column = await app.ask('白山市浑江区民政局2024年发了多少条工作动态');
    expect(column.facts.map((fact) => fact.value)).toContain(64);
  });

  it('a total printed in its own words (通过各类平台…共计102条) answers 一共, real and made up', async () => {
    const real = await app.ask('楚雄市紫溪镇2025年一共主动公开了多少条政府信息');
    expect(real.facts.map((fact) => fact.value)).toContain(102);
    const file = join(app.directory, 'stated.txt');
    writeFileSync(
      file,
      `白山市浑江区青石镇人民政府2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开方面。全年通过各类平台主动公开政府信息共计88条,主要包括:
基础信息公开(20条):政府信息公开制度、指南各1条。
重点领域公开(60条):公开财政预决算等信息60条。
(二)依申请公开方面。2024年未收到依申请公开政府信息申请。
(三)政府信息管理`,
    );
    await importFile(app.reports, file);
    const madeUp = await app.ask('浑江区青石镇2024年一共主动公开了多少条信息');
    expect(madeUp.facts.map((fact) => fact.value)).toContain(88);
  });
});

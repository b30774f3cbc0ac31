/**
 * wrongfig43's classes (issue #11: wrong figures seen over the whole store), on made-up pages: a list whose own total is
 * printed after its items (…,政策文件3条,总共120条) is asked its total, never its first item; and 甲比乙多吗 of two items
 * of one agency is weighed (which is more, by how much), both figures stated as facts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const BUREAU = [
  '青石县林业局2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,我局通过青石县人民政府门户网站平台主动公开项目审批、验收信息审批信息31条、工作动态64条,林业保护22条,通知公告19条,政策文件5条,总共141条。',
  '（二）依申请公开',
  '2025年,共收到政府信息公开申请4件。',
].join('\n');

describe('wrongfig43: a list closed by its total, and 比…多吗 of two items', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['bureau.txt', BUREAU]]);
  });
  afterAll(() => app.dispose());

  it('answers 网上公开了多少信息 with the 总共 closing the list, not its first item', async () => {
    const answer = await app.ask('青石县林业局2025年网上公开了多少信息');
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([141]);
    const item = await app.ask('青石县林业局2025年工作动态多少条');
    expect(item.facts[0]?.value).toBe(64);
  });

  it('weighs 林业保护比通知公告多吗: both figures, which is more and by how much', async () => {
    const answer = await app.ask('青石县林业局2025年林业保护比通知公告多吗');
    expect(answer.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([19, 22]);
    expect(answer.answer).toMatch(/是。林业保护更多/);
    expect(answer.answer).toMatch(/多3条/);
    const fewer = await app.ask('青石县林业局2025年通知公告比工作动态少吗');
    expect(fewer.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([19, 64]);
    expect(fewer.answer).toMatch(/是。通知公告更少.*少45条/);
  });

  it('weighs 比…多吗 as a follow-up of the agency asked before', async () => {
    const [, answer] = await converse(app, 'w43', ['青石县林业局2025年收到几件申请', '工作动态比政策文件多吗']);
    expect(answer.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([5, 64]);
    expect(answer.answer).toMatch(/多59条/);
  });
});

/**
 * corpus52's classes (real-questions-corpus52 over reports-more58), on made-up pages:
 * - information published counted by kind, one mark apart, with no total (全年公开发布工作动态信息12条,通知公告5条,规划计划2条):
 *   asked how much was published in all, the first kind's count was stated as the whole. Now the kinds are listed, each as
 *   printed, the report said to print no total, their sum given as a computation; a kind asked by name is still its own count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedParts } from '../../../src/qa/retrieve.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'water.txt': `桐柏县水利局2021年政府信息公开工作年度报告
本报告中所列数据统计期限自2021年1月1日起至2021年12月31日止。
一、总体情况
(一)主动公开情况。全年公开发布工作动态信息12条,通知公告5条,规划计划2条,财政预决算3条。
(二)依申请公开情况。2021年,我局未收到政府信息公开申请。
`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus52 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a list of kinds headed by one kind of 信息 is its parts, not the first count', () => {
    const sentence = '全年公开发布工作动态信息12条,通知公告5条,规划计划2条,财政预决算3条。';
    expect(listedParts(sentence, sentence.indexOf('12条'), '条', '一共公开了多少条信息')?.map((part) => part.value)).toEqual([12, 5, 2, 3]);
  });

  it('how much was published in all: every kind as printed, no total of the report’s own', async () => {
    const [answer] = await converse(app, 'c52-kinds', ['桐柏县水利局2021年一共主动公开了多少条信息']);
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('报告没有写');
    expect(values(answer)).toEqual([12, 5, 2, 3]);
    expect(answer.answer).not.toMatch(/^桐柏县水利局2021年：\S*工作动态信息12条。/);
  });

  it('a kind asked by name is its own count', async () => {
    const [answer] = await converse(app, 'c52-kind', ['桐柏县水利局2021年通知公告几条']);
    expect(values(answer)).toEqual([5]);
  });
});

/**
 * The classes fixed for citizen-questions-21 (round 11), each on made-up examples of the same shape besides the
 * fixture's own line: money asked of a count (花了多少钱 against 25名), a pronoun's past act (他们收过…吗), a
 * column asked again or yes/no in a follow-up (作废的有几件, 科研机构的有没有), giving up with thanks (那好吧谢谢),
 * and 缺点 for the problems section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers.js';

let app: TestApp;
beforeAll(() => {
  app = makeTestApp();
});
afterAll(() => app.dispose());

describe('money asked where the report only counts people or times', () => {
  it('花了几块钱 against the open day’s guests is refused, no figure', async () => {
    const answer = await app.ask('海原县科技局2024年开放日花了几块钱');
    expect(answer.kind).toBe('refusal');
    expect(answer.facts).toEqual([]);
  });
  it('花费多少 against a count of trainings is refused', async () => {
    const answer = await app.ask('沙坡头区科技局2024年培训花费多少');
    expect(answer.facts).toEqual([]);
  });
  it('收费多少钱 after a year is still table 二’s fee in 万元', async () => {
    const answer = await app.ask('西工区科技局2024年收费多少钱');
    expect(answer.facts.map((fact) => fact.value)).toEqual([0]);
    expect(answer.answer).toContain('行政事业性收费');
  });
});

describe('a pronoun for the agency talked about, then a past act: its report, not the rules', () => {
  it('他们收过信息处理费吗 after a 海原 question', async () => {
    await app.ask('海原县科技局主动公开多少条', 'r11:a');
    const answer = await app.ask('他们收过信息处理费吗', 'r11:a');
    expect(answer.answer).toContain('未向社会公众');
  });
  it('他们申请要收费吗 (no past act) stays the guide’s rules', async () => {
    await app.ask('海原县科技局主动公开多少条', 'r11:b');
    const answer = await app.ask('他们申请要收费吗', 'r11:b');
    expect(answer.kind).toBe('guide');
  });
});

describe('a column of the remembered row, asked again or yes/no', () => {
  it('作废的有几件 after 废掉了几个: the same column', async () => {
    await app.ask('中卫市科技局2025年规范性文件新发了几个', 'r11:c');
    expect((await app.ask('废掉了几个', 'r11:c')).facts.map((fact) => fact.value)).toEqual([1]);
    const again = await app.ask('作废的有几件', 'r11:c');
    expect(again.facts.map((fact) => fact.value)).toEqual([1]);
  });
  it('科研机构的有没有 after 自然人申请几件', async () => {
    await app.ask('中卫市科技局2025年自然人申请几件', 'r11:d');
    const answer = await app.ask('科研机构的有没有', 'r11:d');
    expect(answer.facts.map((fact) => fact.value)).toEqual([0]);
    expect(answer.answer).toContain('科研机构');
  });
});

describe('a person of an agency asked by name', () => {
  it('一把手姓啥 of an agency whose reports never print the role: not stated', async () => {
    const answer = await app.ask('红寺堡区科技局一把手姓啥');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).toContain('没有写明一把手的姓名');
  });
  it('局长是谁 in a conversation about one agency: that agency, not stated', async () => {
    await app.ask('中卫市科技局2025年主动公开多少条', 'r11:f');
    const answer = await app.ask('局长是谁', 'r11:f');
    expect(answer.answer).toContain('中卫市科学技术局的年度报告中没有写明局长的姓名');
  });
  it('a role the report prints (办公室主任) is not said to be missing', async () => {
    const answer = await app.ask('沙坡头区科技局办公室主任叫什么');
    expect(answer.answer).not.toContain('没有写明主任的姓名');
  });
});

describe('small talk and the problems section', () => {
  it('那好吧 谢谢 after a miss is thanks, not a refusal', async () => {
    await app.ask('西工区科技局电话多少', 'r11:e');
    const answer = await app.ask('那好吧 谢谢', 'r11:e');
    expect(answer.kind).toBe('text');
    expect(answer.answer).toContain('不客气');
  });
  it('有啥缺点 asks the problems section', async () => {
    const answer = await app.ask('中卫市科技局有啥缺点');
    expect(answer.answer).toContain('精准性');
  });
});

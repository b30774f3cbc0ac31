/**
 * corpus42's classes (real-questions-corpus42's first-run misses), on made-up pages cut before their tables: a province by its
 * short name before a kind (甘肃卫健委) in which none of the stored agencies of that kind lies is refused as not held, never
 * asked which of the others (黑龙江卫健委, with two of 黑龙江 stored, still asks which).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const cut23 = (title: string, body: string) => cut(title, body).replace('2024年1月1日', '2023年1月1日');

const REPORTS: Record<string, string> = {
  'chengbei.txt': cut(
    '西宁市城北区2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年依托区政府门户网站主动公开各类文件、政策解读等共计1530余篇。\n(二)依申请公开。2024年共收到政府信息公开申请5件。',
  ),
  'harbin-2023.txt': cut23(
    '哈尔滨市卫生健康委员会2023年政府信息公开工作年度报告',
    '(一)主动公开。2023年,主动公开政府信息266条。\n(二)依申请公开。2023年共收到政府信息公开申请8件。',
  ),
  'mudanjiang-2023.txt': cut23(
    '牡丹江市卫生健康委员会2023年政府信息公开工作年度报告',
    '(一)主动公开。2023年,主动公开政府信息74条。\n(二)依申请公开。2023年共收到政府信息公开申请1件。',
  ),
  'harbin.txt': cut(
    '哈尔滨市卫生健康委员会2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年,主动公开政府信息318条。\n(二)依申请公开。2024年共收到政府信息公开申请12件。',
  ),
  'mudanjiang.txt': cut(
    '牡丹江市卫生健康委员会2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年,主动公开政府信息97条。\n(二)依申请公开。2024年共收到政府信息公开申请3件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus42 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('甘肃卫健委 (a province by its short name, none of its agencies stored) is refused as not held', async () => {
    const [asked] = await converse(app, 'c42-province', ['甘肃卫健委2024年主动公开了多少条']);
    expect(asked.kind).toBe('refusal');
    expect(asked.answer).toContain('没有找到“甘肃卫健委”');
    expect(values(asked)).toEqual([]);
  });

  it('那牡丹江卫健委同年主动公开了多少条 (同年, 同一年) is the year the conversation is about', async () => {
    const [, same, again] = await converse(app, 'c42-same-year', [
      '哈尔滨市卫健委2023年主动公开了多少条',
      '那牡丹江市卫健委同年主动公开了多少条',
      '哈尔滨市卫健委同一年收到几件申请',
    ]);
    expect(values(same)).toEqual([74]);
    expect(values(again)).toEqual([8]);
  });

  it('主动公开的是不是1530多篇 (a number said about, the verb before 是不是) gets its verdict against the 1530余篇 printed', async () => {
    const [right, wrong, plain] = await converse(app, 'c42-about', [
      '城北区2024年主动公开的是不是1530多篇',
      '西宁市城北区2024年主动公开了1600多篇吗',
      '西宁市城北区2024年主动公开的是不是1530篇',
    ]);
    expect(right.answer).toMatch(/^对，是1530多篇。/);
    expect(values(right)).toContain(1530);
    expect(wrong.answer).toMatch(/^不是1600多篇，报告写的是1530篇。/);
    expect(plain.answer).toMatch(/^对，是1530篇。/);
  });

  it('黑龙江卫健委 (both stored ones lie in 黑龙江) still asks which', async () => {
    const [asked] = await converse(app, 'c42-province-held', ['黑龙江卫健委2024年主动公开了多少条']);
    expect(asked.kind).toBe('clarify');
    expect(asked.answer).toContain('哈尔滨市卫生健康委员会');
  });
});

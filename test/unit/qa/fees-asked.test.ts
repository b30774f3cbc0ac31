/**
 * Whether an agency took fees, asked in citizens' words (是否收费, 有没有收费, 收过费吗): the report's 信息处理费
 * sentence answers, as for 收费了吗; asked of no agency (or a bare 收费吗), it is the guide's fee topic. Made-up reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('fees asked in citizens’ words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qingsong-tjj-2024.txt',
        `青松县统计局2024年政府信息公开工作年度报告
一、总体情况
2024年，我局主动公开政府信息56条。全年收到政府信息公开申请3件，均按时答复。本年度未收取信息处理费。
`,
      ],
      [
        'baiyun-sfj-2024.txt',
        `白云县司法局2024年政府信息公开工作年度报告
一、总体情况
2024年，我局主动公开政府信息40条。全年收到政府信息公开申请52件，共收取信息处理费300元。
`,
      ],
    ]);
  });
  afterAll(() => app?.dispose());
  const ask = (q: string) => app.engine.ask(q, { user: `fees:${Math.random()}` });

  it.each(['青松县统计局2024年是否收费', '青松县统计局2024年有没有收费', '青松县统计局2024年收过费吗', '青松统计局2024年收费了没有'])(
    '%s: the report says no fee was taken',
    (q) => {
      const answer = ask(q);
      expect(answer.kind).not.toBe('refusal');
      expect(answer.answer).toContain('未收取信息处理费');
    },
  );

  it.each(['白云县司法局2024年是否收费', '白云县司法局2024年有无收费'])('%s: the fee the report states', (q) => {
    const answer = ask(q);
    expect(answer.answer).toContain('300元');
  });

  it.each(['申请公开是否收费', '申请信息公开有没有收费', '收费吗'])('%s (no agency): the guide’s fee rules', (q) => {
    const answer = ask(q);
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('信息处理费');
  });
});

/**
 * Whether every application was handled (都办完了吗, 都答复了吗), asked of a year whose report says none came in: the answer
 * says there was none to handle, not a bare 没有 (which reads as "not all were handled"). Made-up report without table 三.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('handled all, when none came in', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qingsong-sjj-2024.txt',
        `青松县审计局2024年政府信息公开工作年度报告
一、总体情况
2024年，我局主动公开政府信息35条。本年度我局未收到政府信息公开申请，未发生行政复议和行政诉讼。
`,
      ],
    ]);
  });
  afterAll(() => app?.dispose());
  const ask = (q: string) => app.engine.ask(q, { user: `handled:${Math.random()}` });

  it.each(['青松县审计局2024年收到的申请都办完了吗', '青松县审计局2024年收到的申请都答复了吗'])('%s', (q) => {
    const answer = ask(q);
    expect(answer.answer.split('\n')[0]).toMatch(/^没有收到申请，也就没有要办理的。/);
    expect(answer.answer).toContain('未收到政府信息公开申请');
  });

  it('whether anyone applied is still a plain no', () => {
    expect(ask('青松县审计局2024年有没有人申请').answer).toMatch(/^没有/);
  });
});

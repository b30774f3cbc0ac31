/**
 * Applications by the way they came in, asked in other words than the report prints (网上申请 asked, 网络申请 printed;
 * 写信 for 信函, 现场 for 当面), from a report whose table is missing: the clause of that channel answers, and a channel
 * the report does not name is refused. Made-up report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('applications by channel in citizens’ words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qingsong-zjj-2024.txt',
        `青松县住房和城乡建设局2024年政府信息公开工作年度报告
一、总体情况
2024年，我局主动公开政府信息88条。全年共收到政府信息公开申请20件，其中网络申请12件，信函申请5件，当面申请3件，均已按时答复。
`,
      ],
    ]);
  });
  afterAll(() => app?.dispose());
  const ask = (q: string) => app.engine.ask(q, { user: `channels:${Math.random()}` });

  it.each([
    ['青松县住建局2024年网上申请几件', 12],
    ['青松县住建局2024年在线申请的有多少', 12],
    ['青松县住建局2024年写信申请了几件', 5],
    ['青松县住建局2024年现场申请几件', 3],
  ])('%s', (q, value) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toContain(value);
    expect(answer.answer).not.toMatch(/共收到政府信息公开申请20件。/);
  });

  it('a channel the report does not name is refused, never answered with the total', () => {
    const answer = ask('青松县住建局2024年打电话申请的有几件');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).toContain('没有按申请渠道分列');
  });
});

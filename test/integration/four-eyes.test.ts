/**
 * Four eyes on 通过 and a careful 撤销, through the real pipeline on a real SQLite file:
 * nobody passes a draft they submitted or changed since it was returned (unless the agency
 * allows its only reviewer to, which the audit log records), and an undo never overwrites a
 * colleague's later change and is itself audited.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers.js';

const NOW = new Date('2026-11-24T10:00:00+08:00');
const AGENCY = '西工区科学技术局';
let app: TestApp;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  app = makeTestApp({ now: () => NOW });
});
afterEach(() => {
  app.dispose();
  vi.useRealTimers();
});

async function say(user: string, text: string): Promise<string> {
  vi.setSystemTime(Date.now() + 4000);
  return app.handle({ channel: 'console', user, chat: user, text, kind: 'text', receivedAt: new Date() });
}

/** A complete, consistent 2024 draft entered and submitted by `user`, with 行政许可 = `permits`. */
async function enterAndSubmit(user: string, permits: number): Promise<string> {
  for (const text of [
    '填报2024年度',
    `行政许可 ${permits}`,
    '其余为0',
    '确认',
    '总体情况：我局认真落实条例。',
    '存在的主要问题及改进情况：形式单一。',
    '其他需要报告的事项：无。',
  ])
    await say(user, text);
  return say(user, '提交');
}

const draft = () => app.drafts.get(app.reports.agencyByName(AGENCY)!.id, 2024)!;
const permitsAnswer = async () => (await app.ask('西工区科技局2024年办理了几件行政许可？')).answer;

describe('four eyes on 通过', () => {
  it('refuses a reviewer passing their own submission; another reviewer may', async () => {
    app.staff.add({ id: 'rev-a', name: '王五', agency: AGENCY, role: 'reviewer' });
    app.staff.add({ id: 'rev-b', name: '赵六', agency: AGENCY, role: 'reviewer' });
    expect(await enterAndSubmit('rev-a', 999)).toContain('已提交审核');
    const refused = await say('rev-a', '通过');
    expect(refused).toContain('不能通过：这份报告是您提交的');
    expect(refused).toContain('赵六');
    expect(draft().status).toBe('submitted');
    expect(await permitsAnswer()).toContain('6件');
    // The single-reviewer setting does not apply while there is a second reviewer.
    app.staff.setSelfApprovalAllowed(app.reports.agencyByName(AGENCY)!.id, true);
    expect(await say('rev-a', '通过')).toContain('不能通过');
    expect(await say('rev-b', '通过')).toContain('已通过并发布');
    expect(await permitsAnswer()).toContain('999件');
  });

  it('refuses a reviewer who changed a cell since the draft was last returned, not one whose changes came before', async () => {
    app.staff.add({ id: 'clerk', name: '李四', agency: AGENCY, role: 'clerk' });
    app.staff.add({ id: 'rev', name: '王五', agency: AGENCY, role: 'reviewer' });
    await say('rev', '填报2024年度');
    await say('rev', '行政处罚 3');
    expect(await enterAndSubmit('clerk', 7)).toContain('已提交审核');
    expect(await say('rev', '通过')).toContain('不能通过：您在报告提交审核前修改过其中的内容');
    expect(await say('rev', '退回 请核对行政处罚')).toContain('已退回');
    await say('clerk', '填报2024年度');
    await say('clerk', '行政处罚 4');
    expect(await say('clerk', '提交')).toContain('已提交审核');
    expect(await say('rev', '通过')).toContain('已通过并发布');
  });

  it('lets the only reviewer approve their own draft when the agency allows it, and audits that it was used', async () => {
    app.staff.add({ id: 'rev', name: '王五', agency: AGENCY, role: 'reviewer' });
    await enterAndSubmit('rev', 8);
    const refused = await say('rev', '通过');
    expect(refused).toContain('只有您一位审核人');
    expect(refused).toContain('gongkai agencies self-approval');
    app.staff.setSelfApprovalAllowed(app.reports.agencyByName(AGENCY)!.id, true);
    expect(await say('rev', '通过')).toContain('已通过并发布');
    const entries = app.drafts.history(draft().id).filter((entry) => entry.kind === 'self-approval');
    expect(entries).toEqual([expect.objectContaining({ staffId: 'rev', target: 'status', oldValue: 'submitted', newValue: 'published' })]);
  });
});

describe('撤销', () => {
  it('refuses when a colleague changed the cell since, naming them and the value; every undo is an audit entry', async () => {
    app.staff.add({ id: 'clerk-a', name: '张三', agency: AGENCY, role: 'clerk' });
    app.staff.add({ id: 'clerk-b', name: '李四', agency: AGENCY, role: 'clerk' });
    await say('clerk-a', '填报2024年度');
    await say('clerk-b', '填报2024年度');
    await say('clerk-a', '行政许可 6');
    await say('clerk-b', '行政许可 8');
    const refused = await say('clerk-a', '撤销');
    expect(refused).toContain('不能撤销');
    expect(refused).toContain('行政许可已被李四改为8');
    expect(app.drafts.tables(draft().id).proactive.licensing).toEqual([8]);

    const undone = await say('clerk-b', '撤销');
    expect(undone).toContain('行政许可现为6');
    const undo = app.drafts.history(draft().id).filter((entry) => entry.kind === 'undo');
    expect(undo).toEqual([
      expect.objectContaining({
        staffId: 'clerk-b',
        target: 'cell:licensing:decisions',
        oldValue: '8',
        newValue: '6',
        at: expect.any(String),
      }),
    ]);
    // Now clerk-a's 6 is the current value again: their undo no longer overwrites anyone.
    expect(await say('clerk-a', '撤销')).toContain('行政许可现为空');
  });
});

/**
 * corpus53's classes (real-questions-corpus53 over reports-more59), on made-up pages:
 * - 主动公开多少条 of a report whose only none is of applications (本单位未收到政府信息公开申请): it was answered 没有，0条 from
 *   that sentence. A none of applications counts nothing published: refused as not stated; 收到几件申请 is still 没有，0件.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'street.txt': `示例市东风区青山街道2022年度政府信息公开工作报告
报告中所列数据统计期限为2022年1月1日至12月31日。
一、总体情况
(一)主动公开情况
2022年,青山街道在区委、区政府领导下整理发布政府信息,及时公布群众关心的热点问题。
(二)依申请公开情况
2022年,本单位未收到政府信息公开申请。
`,
};

describe('corpus53 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('主动公开多少条 is not answered from a none of applications', async () => {
    const [answer] = await converse(app, 'c53-published', ['青山街道2022年主动公开多少条信息']);
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).not.toContain('0条');
  });

  it('收到几件申请 is still answered none from that sentence', async () => {
    const [answer] = await converse(app, 'c53-received', ['青山街道2022年收到几件申请']);
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('没有');
  });
});

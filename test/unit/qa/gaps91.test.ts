/**
 * gaps91's classes (gap lines of the question sets, closed by class), on made-up pages cut before their tables:
 * 不予公开几件 / 予以公开了几件 (an outcome of applications asked as table 三's row) of a report whose prose says it received
 * no application is none of that outcome, said with the sentence, not refused as a page cut before table 三 (while a sentence
 * that counts the words asked is still answered).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'none.txt': cut(
    '青溪县石门镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,我镇主动公开政府信息86条。\n(二)依申请公开。2025年,我镇未收到政府信息公开申请。',
  ),
  'some.txt': cut(
    '青溪县民政局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,我局主动公开政府信息120条。\n(二)依申请公开。2025年,我局共收到政府信息公开申请4件,均已按时答复。',
  ),
};

describe('gaps91 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('an outcome asked as a row of a report that received no application is none, with its sentence', async () => {
    const [withheld, granted] = await converse(app, 'g91-none', ['石门镇2025年不予公开几件', '予以公开了几件']);
    for (const answer of [withheld, granted]) {
      expect(answer.kind).toBe('text');
      expect(answer.answer).toMatch(/^没有。/);
      expect(answer.answer).toContain('未收到政府信息公开申请');
    }
    expect(withheld.answer).toContain('不予公开');
    expect(granted.answer).toContain('予以公开');
  });

  it('an outcome asked of a report that received some, with no table 三, is still refused', async () => {
    const [answer] = await converse(app, 'g91-some', ['青溪县民政局2025年不予公开几件']);
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).not.toMatch(/^没有/);
  });
});

/**
 * qachat62's classes (conversations after a miss, citizen-questions-104), each with a made-up example that fails without its
 * fix. The agencies and figures are made up.
 * 1. 跟上一年比 after a share (予以公开的占多少): the same share in the year before, both shares and their change said (was: the
 *    whole alone compared, 收到申请 against the year before's, no share).
 * 2. 具体点 after a yes/no answer: the last question again with the report's whole item its sentence stands in, or that the
 *    item says no more (was: an off-topic reply).
 * 3. A thing named alone with 的 after a figure (行政执法类的, 门户网站的): asked of as with 呢 (was: off-topic, or the rules of
 *    主动公开); 好的 stays small talk.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** The sample report of 中卫市科学技术局 moved to another year, with that year's count of applications received. */
const sample = readFileSync(new URL('../../../data/reports/zhongwei-kjj-2025.txt', import.meta.url), 'utf8');
const report = (year: number, received: number) => {
  const row = '一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t';
  if (!sample.includes(row)) throw new Error('the sample report no longer has the row this test edits');
  return sample
    .replaceAll('2025', String(year))
    .replace(row, `一、本年新收政府信息公开申请数量\t\t${received}\t0\t0\t0\t0\t0\t${received}\t`);
};

describe('qachat62: conversations after a miss (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-03-02T10:00:00+08:00') });
    await importTexts(app, [
      ['zw-2024.txt', report(2024, 4)],
      ['zw-2025.txt', report(2025, 1)],
      [
        'ls-sj-2025.txt',
        cutPage(
          '林山县审计局',
          2025,
          '2025年，我局坚持以公开为常态、不公开为例外，持续推进审计领域政务公开工作。',
          '（一）主动公开。2025年，我局通过县政府网站公开政务信息52条，其中审计结果公告7条、行政执法类31条、工作动态14条。',
          '（二）依申请公开。我局在县政府网站设置依申请公开栏目，公布受理地址和电话。2025年我局收到政府信息公开申请2件，申请人均为自然人，均在法定期限内答复。全年未收取任何费用。',
          '（三）政府信息管理。我局严格落实信息发布保密审查制度，确保信息准确。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  const values = (answer: { facts: Array<{ year: number; value: number }> }) => answer.facts.map((fact) => [fact.year, fact.value]);

  it('compares a share with the same share of the year before', async () => {
    const [, share, before] = await converse(app, 'share', ['中卫市科技局2025年收到几件申请', '予以公开的占多少', '跟上一年比呢']);
    expect(share.answer).toContain('100%');
    expect(values(before)).toEqual(
      expect.arrayContaining([
        [2025, 1],
        [2024, 1],
        [2024, 4],
      ]),
    );
    expect(before.answer).toContain('2025年的占比100%，2024年为25%');
    expect(before.answer).not.toMatch(/2025年比2024年减少3件/);
  });

  it('answers 具体点 after a yes/no answer with the report’s whole item, never off-topic', async () => {
    const [yes, more] = await converse(app, 'detail', ['林山县审计局有没有收到申请', '具体点']);
    expect(yes.answer).toMatch(/^有/);
    expect(more.kind).not.toBe('clarify');
    expect(more.answer).toContain('林山县审计局');
    expect(more.answer).toContain('公布受理地址和电话');
    expect(more.answer).toContain('全年未收取任何费用');
  });

  it('asks a thing named alone with 的 after a figure, and keeps 好的 small talk', async () => {
    const [total, part, thanks] = await converse(app, 'de', ['林山县审计局公开了多少条政务信息', '工作动态的', '好的']);
    expect(values(total)).toEqual([[2025, 52]]);
    expect(values(part)).toEqual([[2025, 14]]);
    expect(thanks.facts).toEqual([]);
    expect(thanks.kind).not.toBe('refusal');
  });
});

/**
 * prose37's classes, on made-up pages cut before their tables: a crawled run-on sentence longer than the retrieval's cut
 * (half-width commas only) is cut at one of its commas, never inside a count's label or number; a ranking of a prose
 * figure across agencies with a bar (超过3次) lists only those past it; a yes/no asked negatively (是不是没开过, 没收费吧) gets
 * a verdict that answers the negated question (不是，有 / 对，没有); a channel's posts printed in 期 answer 发了多少条, and the
 * next item's count (a site's 专栏) is never that channel's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/text/segment.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string, year = 2025) => `${title}
本报告所列数据统计期限为${year}年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

/** Half-width commas only, as crawled pages print them: 210 characters before the hotline's clause. */
const FILLER = '我镇认真贯彻落实政务公开工作要点,持续深化重点领域信息公开,不断提升政务公开质量,'.repeat(6).slice(0, 210);
const RUN_ON = `${FILLER}12345热线办理群众诉求567件,办结率百分之百。`;

const REPORTS: Record<string, string> = {
  'town.txt': cut(
    '东坪县青石镇人民政府2025年政府信息公开工作年度报告',
    `(一)主动公开。${RUN_ON}\n(二)依申请公开。2025年未收到政府信息公开申请。`,
  ),
  'media.txt': cut(
    '东坪县文化旅游局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年度门户网站主动公开政府信息12条,“东坪文旅”抖音发布视频40条、“东坪文旅”视频号发布25期、政务公开专栏公开政府信息60条。',
  ),
  // 2022 (no sample report is of it): trainings stated by three reports (9, 5, 1), an open day's guests by one alone.
  'train1.txt': cut(
    '东坪县白沙镇人民政府2022年政府信息公开工作年度报告',
    '(一)主动公开。全年开展政务公开业务培训9次,培训干部300人次。召开新闻发布会3场。\n(二)依申请公开。2022年共收到政府信息公开申请6件,未收取信息处理费。',
    2022,
  ),
  'train2.txt': cut(
    '东坪县红岭乡人民政府2022年政府信息公开工作年度报告',
    '(一)主动公开。全年组织政务公开培训5次。\n(二)依申请公开。2022年未收到政府信息公开申请。',
    2022,
  ),
  'train3.txt': cut(
    '东坪县水务局2022年政府信息公开工作年度报告',
    '(一)主动公开。全年举办信息公开培训1次。开展“政府开放日”活动,邀请45名群众代表走进机关。',
    2022,
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose37 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-06-01T10:00:00+08:00') });
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a run-on sentence with half-width commas only is cut at a comma, never inside a count’s label or number', () => {
    const pieces = splitSentences(RUN_ON);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.some((piece) => piece.includes('12345热线办理群众诉求567件'))).toBe(true);
    // No mark at all near the limit: the cut moves to before the label's verb, never between 1 and 234.
    const bare = `${'甲'.repeat(205)}通过门户网站发布信息1234条${'乙'.repeat(30)}`;
    expect(splitSentences(bare).some((piece) => piece.includes('发布信息1234条'))).toBe(true);
    // A thousands mark is no comma to cut at.
    const thousands = `${'丙'.repeat(200)},全年发布信息1,234条${'丁'.repeat(40)}`;
    expect(splitSentences(thousands).some((piece) => piece.includes('1,234条'))).toBe(true);
  });

  it('a count far into a crawled run-on sentence is found by its words', async () => {
    const answer = await app.ask('青石镇2025年12345热线办理了多少件诉求');
    expect(answer.kind, answer.answer).toBe('figure');
    expect(values(answer)).toContain(567);
  });

  it('a prose figure across agencies with a bar (超过3次) lists only the reports past it, in the bar’s order', async () => {
    const answer = await app.ask('2022年哪些单位政务公开培训超过3次');
    expect(answer.kind, answer.answer).toBe('figure');
    expect(values(answer)).toEqual([9, 5]);
    expect(answer.answer).not.toContain('水务局');
    // The same list without the bar, asked first, is no answer to it (a ranking read once is not the bar's).
    const fresh = makeTestApp({ now: () => new Date('2026-06-01T10:00:00+08:00') });
    try {
      await importTexts(fresh, Object.entries(REPORTS));
      await fresh.ask('2022年哪些单位开展了政务公开培训');
      expect(values(await fresh.ask('2022年哪些单位培训超过3次'))).toEqual([9, 5]);
      expect(values(await fresh.ask('2022年哪些单位培训在5次以下'))).toEqual([1, 5]);
    } finally {
      fresh.dispose();
    }
  });

  it('a prose figure only one report states ranks nothing: said so, never “最多的是” that report alone', async () => {
    const answer = await app.ask('2022年哪个单位政府开放日请的人最多');
    expect(answer.answer).toContain('只有');
    expect(answer.answer).toContain('无从比较');
    expect(answer.answer).not.toContain('最多的是');
    expect(values(answer)).toEqual([45]);
  });

  it('a yes/no asked of a negation gets the verdict of the negation: 不是，有 where the report states it, 对，没有 where it says none', async () => {
    const held = await app.ask('东坪县白沙镇2022年是不是没开过新闻发布会');
    expect(held.answer).toMatch(/^不是，有/);
    expect(held.answer).toContain('3场');
    const fee = await app.ask('东坪县白沙镇2022年是不是没收信息处理费');
    expect(fee.answer).toMatch(/^对，/);
    expect(fee.answer).toContain('未收取');
    const applied = await app.ask('东坪县白沙镇2022年没人申请信息公开吧');
    expect(applied.answer).toMatch(/^不是，有/);
    expect(applied.answer).toContain('6件');
    const none = await app.ask('东坪县红岭乡2022年是不是没人申请信息公开');
    expect(none.answer).toMatch(/^对，没有/);
    // Asked both ways (收没收, 有没有), the question is no negation: its own verdict stands.
    expect((await app.ask('东坪县白沙镇2022年收没收信息处理费')).answer).not.toMatch(/^对，|^不是，/);
  });

  it('a channel’s posts printed in 期 answer 发了多少条, and the next item’s count (a site’s 专栏) is never the channel’s', async () => {
    const answer = await app.ask('东坪县文化旅游局2025年视频号发了多少条');
    expect(values(answer)).not.toContain(60);
    expect(values(answer)).toEqual([25]);
    const [, next] = await converse(app, 'media', ['东坪县文化旅游局2025年抖音发了多少条视频', '那视频号呢']);
    expect(values(next)).toEqual([25]);
  });
});

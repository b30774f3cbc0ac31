/**
 * prose37's classes, on made-up pages cut before their tables: a crawled run-on sentence longer than the retrieval's cut
 * (half-width commas only) is cut at one of its commas, never inside a count's label or number; a ranking of a prose
 * figure across agencies with a bar (超过3次) lists only those past it; a yes/no asked negatively (是不是没开过, 没收费吧) gets
 * a verdict that answers the negated question (不是，开过 / 对，没有).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/text/segment.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

/** Half-width commas only, as crawled pages print them: 210 characters before the hotline's clause. */
const FILLER = '我镇认真贯彻落实政务公开工作要点,持续深化重点领域信息公开,不断提升政务公开质量,'.repeat(6).slice(0, 210);
const RUN_ON = `${FILLER}12345热线办理群众诉求567件,办结率百分之百。`;

const REPORTS: Record<string, string> = {
  'town.txt': cut('东坪县青石镇人民政府2025年政府信息公开工作年度报告', `(一)主动公开。${RUN_ON}\n(二)依申请公开。2025年未收到政府信息公开申请。`),
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
});

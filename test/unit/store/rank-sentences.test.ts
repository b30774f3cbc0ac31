import { describe, expect, it } from 'vitest';
import { rankSentences } from '../../../src/store/report-store.js';
import { searchWords } from '../../../src/text/segment.js';

const sentences = [
  '2024年，我局通过政府网站主动公开政府信息22条。',
  '选聘科技特派员11名，深入乡村开展技术服务。',
  '我局无微博、微信公众号等政务新媒体。',
  '全年组织政务公开培训2次。',
].map((sentence, index) => ({ rowid: 4096 + index, words: searchWords(sentence).join(' '), sentence, sectionKey: 'overview' }));

describe('rankSentences (BM25 within one report)', () => {
  it('puts the sentence holding the question words first, lower score better, like FTS5', () => {
    const hits = rankSentences(sentences, searchWords('选聘了几名科技特派员'));
    expect(hits[0].sentence).toContain('科技特派员11名');
    expect(hits.every((hit, index) => index === 0 || hits[index - 1].score <= hit.score)).toBe(true);
    expect(hits[0].score).toBeLessThan(0);
  });

  it('returns nothing when no word matches, and only sentences with a match', () => {
    expect(rankSentences(sentences, searchWords('行政诉讼败诉'))).toEqual([]);
    const hits = rankSentences(sentences, searchWords('微信公众号'));
    expect(hits.map((hit) => hit.sentence)).toEqual(['我局无微博、微信公众号等政务新媒体。']);
    expect(rankSentences([], ['政府'])).toEqual([]);
  });
});

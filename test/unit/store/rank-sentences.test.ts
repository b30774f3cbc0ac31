import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankSentenceSet, rankSentences, sentenceSet } from '../../../src/store/report-store.js';
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

/** BM25 as FTS5 writes it, term by term over split words: the plain reading the ranking must match. */
function plainBm25(rows: Array<{ rowid: number; words: string }>, terms: string[]): Array<{ rowid: number; score: number }> {
  const documents = rows.map((row) => row.words.split(/\s+/).filter((word) => word.length > 0));
  const averageLength = documents.reduce((sum, words) => sum + words.length, 0) / documents.length || 1;
  const hits: Array<{ rowid: number; score: number }> = [];
  const unique = [...new Set(terms)].filter((term) => documents.some((words) => words.includes(term)));
  documents.forEach((words, index) => {
    let score = 0;
    for (const term of unique) {
      const containing = documents.filter((other) => other.includes(term)).length;
      const idf = Math.max(1e-6, Math.log((documents.length - containing + 0.5) / (containing + 0.5)));
      const frequency = words.filter((word) => word === term).length;
      if (frequency > 0) score += (idf * frequency * 2.2) / (frequency + 1.2 * (0.25 + (0.75 * words.length) / averageLength));
    }
    if (score > 0) hits.push({ rowid: rows[index].rowid, score: -score });
  });
  return hits.sort((a, b) => a.score - b.score || a.rowid - b.rowid);
}

describe('rankSentenceSet (one indexOf scan per term over a report kept ready)', () => {
  const vocabulary = ['政府', '信息', '公开', '微博', '微信', '公众号', '特派员', '科技', '培训', '2024', 'a'];
  const words = fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 });

  it('scores and orders exactly as plain BM25 does, repeated words and terms included', () => {
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...vocabulary, '信', '不在'), { maxLength: 8 }),
        (documents, terms) => {
          const rows = documents.map((list, index) => ({
            rowid: 4096 + index,
            words: list.join(' '),
            sentence: `句${index}`,
            sectionKey: 'overview',
          }));
          const ranked = rankSentenceSet(sentenceSet(rows), terms).map(({ rowid, score }) => ({ rowid, score }));
          expect(ranked).toEqual(plainBm25(rows, terms));
        },
      ),
    );
  });

  it('reads words stored with stray spaces like words stored tidily', () => {
    const rows = [
      { rowid: 1, words: ' 政府  信息 ', sentence: '甲', sectionKey: 'overview' },
      { rowid: 2, words: '微博\t微信', sentence: '乙', sectionKey: 'overview' },
      { rowid: 3, words: '', sentence: '丙', sectionKey: 'overview' },
    ];
    expect(rankSentenceSet(sentenceSet(rows), ['信息', '微信']).map(({ rowid, score }) => ({ rowid, score }))).toEqual(
      plainBm25(rows, ['信息', '微信']),
    );
  });
});

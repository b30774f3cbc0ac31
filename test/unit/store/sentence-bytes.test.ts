import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
import { rankSentences, ReportStore } from '../../../src/store/report-store.js';

/**
 * searchSentences reads a report's sentences as bytes (sentence-bytes.ts) and falls back to rows
 * when the stored words are not tidy: either way its hits must be exactly rankSentences' over the
 * rows as stored (scores, order, sentence text and section), whatever the words hold.
 */
describe('searchSentences over bytes', () => {
  const vocabulary = ['政府', '信息', '公开', '微信', '公众号', '𠀀字', 'app', '2024', '信', 'é'];
  // Tidy words most of the time; now and then a stray space, a tab, an ideographic space, an empty list, a line break.
  const untidy = ['', ' ', '  ', '\t', '\u3000', '\u00a0', '\n', '\u2028', '\ufeff', '“'];
  const wordList = fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...vocabulary), { maxLength: 8 }).map((words) => words.join(' ')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.array(fc.constantFrom(...vocabulary), { maxLength: 5 }), fc.constantFrom(...untidy), fc.nat(5))
        .map(([words, odd, at]) => {
          const text = words.join(' ');
          const cut = Math.min(at, text.length);
          return `${text.slice(0, cut)}${odd}${text.slice(cut)}`;
        }),
    },
  );
  const sentence = fc.constantFrom('2024年主动公开政府信息22条。', '我局无微信公众号。', '第一行\n第二行', '', '繁體字𠀀');

  it('finds, scores and orders exactly as rankSentences over the stored rows', () => {
    const db = openDatabase(':memory:');
    const store = new ReportStore(db);
    const insert = db.prepare('INSERT INTO sentences (id, words, sentence, section_key) VALUES (?, ?, ?, ?)');
    let reportId = 1000;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(wordList, sentence, fc.constantFrom('overview', 'problems', 'other')), { maxLength: 10 }),
        fc.array(fc.constantFrom(...vocabulary, '不在', 'a b', '\ud800'), { maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        (rows, terms, limit) => {
          reportId += 1;
          const stored = rows.map(([words, text, sectionKey], index) => ({
            rowid: reportId * 4096 + index,
            words,
            sentence: text,
            sectionKey,
          }));
          for (const row of stored) insert.run(row.rowid, row.words, row.sentence, row.sectionKey);
          const expected = [...new Set(terms)].some((term) => term.length > 0)
            ? rankSentences(stored, [...new Set(terms)]).slice(0, limit)
            : [];
          expect(store.searchSentences(reportId, terms, limit)).toEqual(expected);
          // Asked again (the set is kept): the same.
          expect(store.searchSentences(reportId, terms, limit)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
    db.close();
  });

  it('reads bytes that are not UTF-8 as the rows read them, and finds U+FFFD where the rows hold it', () => {
    const db = openDatabase(':memory:');
    const store = new ReportStore(db);
    // 政府 信息 with a cut sequence (E4 B8) before a space, a stray continuation byte, and a real U+FFFD.
    const insert = db.prepare('INSERT INTO sentences (id, words, sentence, section_key) VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT), ?)');
    const words = [
      Buffer.concat([Buffer.from('政府 '), Buffer.from([0xe4, 0xb8]), Buffer.from(' 信息')]),
      Buffer.concat([Buffer.from('信息 '), Buffer.from([0x80]), Buffer.from(' 政府')]),
      Buffer.from('\ufffd 信息 公开'),
    ];
    const sentences = [Buffer.concat([Buffer.from('第一句'), Buffer.from([0xe4, 0xb8])]), Buffer.from([0xff, 0x41]), Buffer.from('第三句')];
    words.forEach((list, index) => insert.run(7 * 4096 + index, list, sentences[index], 'overview'));
    const rows = db
      .prepare('SELECT id AS rowid, words, sentence, section_key AS sectionKey FROM sentences WHERE id BETWEEN ? AND ?')
      .all(7 * 4096, 7 * 4096 + 4095) as Array<{ rowid: number; words: string; sentence: string; sectionKey: string }>;
    for (const terms of [['信息'], ['政府', '公开'], ['\ufffd'], ['\ufffd', '信息']])
      expect(store.searchSentences(7, terms, 10)).toEqual(rankSentences(rows, terms).slice(0, 10));
    // Each row holds one U+FFFD word once (two decoded from broken bytes): all three are found.
    expect(store.searchSentences(7, ['\ufffd'], 10).map((hit) => hit.rowid)).toEqual([7 * 4096, 7 * 4096 + 1, 7 * 4096 + 2]);
    db.close();
  });
});

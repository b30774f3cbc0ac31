import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgencyUnknownError, parseReport } from '../../../src/report/parse.js';
import { searchWords, searchWordsOfSentences, splitSentences } from '../../../src/text/segment.js';

const fixtures = join(import.meta.dirname, '../../fixtures');

let parsed: string[][] | undefined;

/** The sentences of the prose sections of every real report fixture, as the store indexes them (parsed once). */
function realSentences(): string[][] {
  if (parsed) return parsed;
  const reports: string[][] = [];
  for (const folder of ['reports-real', 'reports-more']) {
    for (const file of readdirSync(join(fixtures, folder)).filter((name) => name.endsWith('.txt'))) {
      let sections: Record<string, string>;
      try {
        sections = parseReport(readFileSync(join(fixtures, folder, file), 'utf8')).report.sections;
      } catch (error) {
        // Reports that name no agency still have their sections read.
        if (!(error instanceof AgencyUnknownError)) throw error;
        sections = error.preview.sections;
      }
      reports.push(
        Object.entries(sections)
          .filter(([key]) => !['proactive', 'applications', 'appeals'].includes(key))
          .flatMap(([, text]) => splitSentences(text)),
      );
    }
  }
  parsed = reports;
  return reports;
}

/** searchWords as it was written before its char-code fast path: regular expressions on every word. */
const jieba = Jieba.withDict(dict);
function referenceWords(text: string): string[] {
  const words: string[] = [];
  for (const word of jieba.cutForSearch(text, true)) {
    const clean = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (clean.length === 0) continue;
    words.push(clean);
    if (clean.length >= 3 && /^\p{Script=Han}+$/u.test(clean))
      for (let at = 0; at + 1 < clean.length; at += 1) words.push(clean.slice(at, at + 2));
  }
  return words;
}

describe('searchWords', () => {
  it('gives the words of the regular-expression cleaning on every sentence of the real reports', () => {
    for (const sentences of realSentences())
      for (const sentence of sentences) expect(searchWords(sentence)).toEqual(referenceWords(sentence));
  });

  it('gives them on mixed scripts too: full-width, upper case, Greek, ideographs outside the common block', () => {
    const piece = fc.constantFrom('公开', 'ＡＢＣ', 'Δelta', '㐀㐁㐂', '𠀀𠀁', '2024年', 'x_y', '①②', 'Ⅻ', '・', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        expect(searchWords(text)).toEqual(referenceWords(text));
      }),
    );
  });
});

describe('searchWordsOfSentences', () => {
  it('gives each sentence of the real reports exactly the words searchWords gives it alone', () => {
    const reports = realSentences();
    expect(reports.length).toBeGreaterThan(10);
    for (const sentences of reports) {
      expect(sentences.length).toBeGreaterThan(0);
      expect(searchWordsOfSentences(sentences)).toEqual(sentences.map(searchWords));
    }
  });

  it('keeps sentences apart whatever they hold: line breaks, spaces, Latin, digits, punctuation, empty ones', () => {
    const piece = fc.constantFrom(
      '政府',
      '信息公开',
      '申请',
      '中卫日报',
      ' ',
      '\n',
      '\r\n',
      '\t',
      'ABC',
      'e-mail',
      '2024',
      '，',
      '。',
      '%',
      '＠',
      '１２',
      '',
    );
    const sentence = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 8 }), (sentences) => {
        expect(searchWordsOfSentences(sentences)).toEqual(sentences.map(searchWords));
      }),
    );
  });

  it('lower-cases, drops punctuation and adds the character pairs of long Han words', () => {
    const [words] = searchWordsOfSentences(['中卫日报、E-mail：ABC2024，无微博']);
    expect(words).toEqual(searchWords('中卫日报、E-mail：ABC2024，无微博'));
    expect(words).toEqual(expect.arrayContaining(['中卫', '日报', 'e', 'mail', 'abc2024', '无微博', '无微', '微博']));
    expect(words.some((word) => /[A-Z：、-]/.test(word))).toBe(false);
  });
});

/**
 * Chinese word segmentation for sentence retrieval, with @node-rs/jieba (jieba's maintained
 * dictionary and HMM, native and fast: about 40 µs a sentence). The dictionary takes about a
 * third of a second to load, so it is loaded once, on first use, not at start-up.
 */
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { tightenSpaces } from '../report/normalize.js';

let jieba: Jieba | undefined;

function segmenter(): Jieba {
  // The dictionary file (and its idf table, read with it: ~12 MB) is read on first use too, not at import.
  jieba ??= Jieba.withDict((createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Buffer }).dict);
  return jieba;
}

/**
 * Words of a text for search, lower-cased, punctuation dropped. Long words also give their
 * shorter dictionary words (中卫日报 → 中卫, 日报) and their character pairs, because the
 * segmenter sometimes glues a word to its neighbour (无微博 → 无微博): the pair 微博 still matches.
 */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const word of segmenter().cutForSearch(text, true)) {
    const clean = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (clean.length === 0) continue;
    words.push(clean);
    if (clean.length >= 3 && /^\p{Script=Han}+$/u.test(clean))
      for (let at = 0; at + 1 < clean.length; at += 1) words.push(clean.slice(at, at + 2));
  }
  return words;
}

/** Words of a text in reading order, no overlap (for understanding a question), punctuation dropped. */
export function cutWords(text: string): string[] {
  return segmenter()
    .cut(text, true)
    .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}&]/gu, ''))
    .filter((word) => word.length > 0);
}

/** Sentences longer than this are cut at a comma-like mark, so a quote and its number stay close. */
const MAX_SENTENCE = 220;

/**
 * The sentences of a prose section: split at 。！？； and line ends, spaces between Chinese and
 * digits removed (2024 年 → 2024年). Very long sentences are cut at a comma.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of tightenSpaces(text).split(/\n+/)) {
    for (const piece of line.match(/[^。！？!?；;]+[。！？!?；;]?/g) ?? []) {
      let rest = piece.trim();
      while (rest.length > MAX_SENTENCE) {
        const cut = Math.max(rest.lastIndexOf('，', MAX_SENTENCE), rest.lastIndexOf('、', MAX_SENTENCE));
        const at = cut > 40 ? cut + 1 : MAX_SENTENCE;
        sentences.push(rest.slice(0, at));
        rest = rest.slice(at).trim();
      }
      if (rest.replace(/[\p{P}\s]/gu, '').length >= 4) sentences.push(rest);
    }
  }
  return sentences;
}

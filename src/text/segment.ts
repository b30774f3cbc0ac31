/**
 * Chinese word segmentation for sentence retrieval, with @node-rs/jieba (jieba's maintained
 * dictionary and HMM, native and fast: about 40 µs a sentence). The dictionary takes about a
 * third of a second to load, so it is loaded once, on first use, not at start-up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { tightenSpaces } from '../report/normalize.js';

let jieba: Jieba | undefined;

/**
 * The segmenter, made on first use. Its native module and dictionary load here, not at import
 * time, so commands that never segment do not pay for them. The dictionary file is read
 * directly: the package's dict.js also reads the 6 MB IDF table, which search words never use.
 */
function segmenter(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba: Segmenter } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    jieba = Segmenter.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  }
  return jieba;
}

/** Words with their part-of-speech tags (jieba's), from the same segmenter: one dictionary load per process. */
export function tagWords(text: string): Array<{ tag: string; word: string }> {
  return segmenter().tag(text, true);
}

/**
 * Words of a text for search, lower-cased, punctuation dropped. Long words also give their
 * shorter dictionary words (中卫日报 → 中卫, 日报) and their character pairs, because the
 * segmenter sometimes glues a word to its neighbour (无微博 → 无微博): the pair 微博 still matches.
 */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const word of segmenter().cutForSearch(text, true)) addSearchWord(word, words);
  return words;
}

/**
 * searchWords of each sentence, from one segmenter call for them all: at import a report's
 * 20–40 sentences cost one crossing into the native segmenter instead of one each. The
 * segmenter cuts at every line break anyway (it only joins runs of Han, letters and digits),
 * so the sentences are joined with line breaks (their own line breaks read as spaces, which
 * give no word either) and the words are split at them again: the same words as one call each.
 */
export function searchWordsOfSentences(sentences: string[]): string[][] {
  if (sentences.length === 0) return [];
  const joined = sentences.map((sentence) => sentence.replace(/[\r\n]/g, ' ')).join('\n');
  const result: string[][] = [[]];
  for (const word of segmenter().cutForSearch(joined, true)) {
    if (word === '\n') result.push([]);
    else addSearchWord(word, result[result.length - 1]);
  }
  // Should a segmenter version ever glue a line break to a neighbour, fall back to one call a sentence.
  return result.length === sentences.length ? result : sentences.map(searchWords);
}

const NOT_WORD_CHARACTER = /[^\p{L}\p{N}]/gu;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Add one segmenter word's search forms (see searchWords) to `words`. */
function addSearchWord(word: string, words: string[]): void {
  // Most words are common ideographs, lower-case ASCII letters or digits, which cleaning keeps
  // as they are: checked by char code, the regular expressions run only for the rest.
  let han = true;
  let plain = true;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code >= 0x4e00 && code <= 0x9fff) continue;
    han = false;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) continue;
    plain = false;
    break;
  }
  let clean = word;
  if (!plain) {
    clean = word.toLowerCase().replace(NOT_WORD_CHARACTER, '');
    han = HAN_ONLY.test(clean);
  }
  if (clean.length === 0) return;
  words.push(clean);
  if (clean.length >= 3 && han) for (let at = 0; at + 1 < clean.length; at += 1) words.push(clean.slice(at, at + 2));
}

/** Words of a text in reading order, no overlap (for understanding a question), punctuation dropped. */
export function cutWords(text: string): string[] {
  return segmenter()
    .cut(text, true)
    .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}&]/gu, ''))
    .filter((word) => word.length > 0);
}

/** How far a quotation may run on past the mark that ends a sentence inside it. */
const QUOTE_SPAN = 400;

/**
 * The pieces of a line with a quotation that a 。 inside it cut (根据第三十八条“向申请人提供的信息,应当是……。除依照……可以不予
 * 提供”之规定,决定不予提供。) joined again up to where it closes: the quoted rule's words are no sentence of their own, and
 * the decision after it is what the sentence says. A quotation not closed within QUOTE_SPAN characters leaves the pieces as they are.
 */
export function withQuotesWhole(pieces: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < pieces.length; index += 1) {
    let piece = pieces[index];
    if (openQuotes(piece) > 0) {
      let end = index;
      let whole = piece;
      while (openQuotes(whole) > 0 && end + 1 < pieces.length && whole.length < QUOTE_SPAN) whole += pieces[++end];
      if (openQuotes(whole) === 0) {
        piece = whole;
        index = end;
      }
    }
    joined.push(piece);
  }
  return joined;
}

/** How many “ 「 the text leaves open. */
function openQuotes(text: string): number {
  let open = 0;
  for (const char of text) {
    if (char === '“' || char === '「') open += 1;
    else if ((char === '”' || char === '」') && open > 0) open -= 1;
  }
  return open;
}

/** Sentences longer than this are cut at a comma-like mark, so a quote and its number stay close. */
const MAX_SENTENCE = 220;
/** The shortest piece a long sentence is cut into: a mark earlier than this is not used. */
const MIN_PIECE = 40;

/**
 * Where a sentence longer than MAX_SENTENCE is cut: after its last comma or colon within MAX_SENTENCE (full-width or, as crawled
 * pages print them, half-width: 发布信息1234条,通过…), else after its last 、, else at MAX_SENTENCE moved back to before the
 * label of the figure standing there. A comma between digits (1,234条) is a thousands mark, never a cut: a cut inside a figure or
 * between a label and its number (微信公众号发布信|息567条, 1|234条) loses the count, which then matches no question.
 */
function cutOfLongSentence(sentence: string): number {
  let comma = -1;
  let list = -1;
  for (let at = Math.min(MAX_SENTENCE, sentence.length) - 1; at >= MIN_PIECE && comma < 0; at -= 1) {
    const char = sentence[at];
    if (char === '，' || char === '：' || ((char === ',' || char === ':') && !/\d/.test(sentence[at - 1] + sentence[at + 1]))) comma = at;
    else if (char === '、' && list < 0) list = at;
  }
  if (comma >= MIN_PIECE) return comma + 1;
  if (list >= MIN_PIECE) return list + 1;
  // No mark: a cut inside a number moves to before it, and one inside a figure's label (the number follows within a few
  // words) to before the label's verb, so the label and its number stay together.
  let at = MAX_SENTENCE;
  const inLabel = LABEL_AHEAD.test(sentence.slice(at));
  while (at > MIN_PIECE && /[\d.]/.test(sentence[at - 1])) at -= 1;
  if (inLabel || at < MAX_SENTENCE) {
    const label = LABEL_BEFORE.exec(sentence.slice(Math.max(MIN_PIECE, at - 16), at));
    if (label) at -= label[0].length;
  }
  return at;
}

/** The words after a cut run into a number with no mark between: the cut is inside that number's label. */
const LABEL_AHEAD = /^\p{Script=Han}{0,16}?\d/u;
/** A figure's label back to its verb (发布信息, 通过微信公众号发布信), the words the cut must not part from the number. */
const LABEL_BEFORE = /(?:发布|公开|推送|受理|收到|办理|开展|召开|举办|接待|通过|累计|共计)\p{Script=Han}{0,14}$/u;

/**
 * The sentences of a prose section: split at 。！？； and line ends, spaces between Chinese and
 * digits removed (2024 年 → 2024年). Very long sentences are cut at a comma (cutOfLongSentence).
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of tightenSpaces(text).split(/\n+/)) {
    for (const piece of withQuotesWhole(line.match(/[^。！？!?；;]+[。！？!?；;]?/g) ?? [])) {
      let rest = piece.trim();
      while (rest.length > MAX_SENTENCE) {
        const at = cutOfLongSentence(rest);
        sentences.push(rest.slice(0, at));
        rest = rest.slice(at).trim();
      }
      if (rest.replace(/[\p{P}\s]/gu, '').length >= 4) sentences.push(rest);
    }
  }
  return sentences;
}

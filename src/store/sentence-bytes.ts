/**
 * One report's sentences ranked over their UTF-8 bytes, as SQLite holds them. Reading a report's
 * sentences as JavaScript strings cost more than all the rest of a sentence search: better-sqlite3
 * decodes every row's words and sentence (~14 KB of UTF-8 a report on the bench store, ~25 µs, and
 * a row object each). Here one statement returns the report's search words and sentences as two
 * blobs; the terms are found in the words' bytes (Buffer.indexOf, as rankSentenceSet's indexOf on
 * the string) and only the sentences an answer gets back are decoded. Scores, order and text are
 * exactly rankSentenceSet's: a report whose stored words are not in the tidy form sentenceSet
 * expects (stray or doubled spaces, other white space), or whose text holds a line break, is read
 * as rows instead (sentenceBytes returns undefined).
 *
 * Bytes that are not UTF-8 need no check: a sentence is decoded by the same V8 call
 * (String::NewFromUtf8) better-sqlite3 makes for a row, and a line break resets its decoding as a
 * row's end does; a term (“ term ”, starting and ending with a space, which no broken sequence
 * swallows) is found in the bytes exactly where the decoded text holds it, except a term holding
 * U+FFFD, which broken bytes decode to: searchSentences reads the rows for such a term.
 */
/** A report's sentences as read by SENTENCE_BYTES_SQL, kept ready for rankSentenceBytes. */
export interface SentenceBytes {
  /** Rowid of the first sentence; the others follow it one by one. */
  firstRowid: number;
  /** Every sentence's words as “ w1 w2 ” in UTF-8 (“ ” for none), one sentence per line: SentenceSet's text as bytes. */
  text: Buffer;
  /** Where each sentence starts in `text`, and text.length + 1 after the last. */
  starts: Int32Array;
  /** Words per sentence, counted when a sentence first matches (-1 before). */
  lengths: Int32Array;
  averageLength: number;
  /** The sentences as printed, one per line (UTF-8). */
  sentences: Buffer;
  /** Where each sentence starts in `sentences`, and sentences.length + 1 after the last. */
  sentenceStarts: Int32Array;
  /** Sentences decoded so far (an answer reads a few; a follow-up the same again). */
  decoded: Array<string | undefined>;
  sectionKeys: string[];
}

/**
 * A report's sentences in one row: how many, the first and last rowid, the words as SentenceSet
 * lines, the sentences and the section keys, each joined by line breaks in rowid order (the range
 * is read along the table's b-tree, so every group_concat sees the rows in that one order).
 */
export const SENTENCE_BYTES_SQL = `SELECT count(*), min(id), max(id),
    CAST(group_concat(CASE WHEN words = '' THEN ' ' ELSE ' ' || words || ' ' END, char(10)) AS BLOB),
    CAST(group_concat(sentence, char(10)) AS BLOB),
    group_concat(section_key, char(10))
  FROM sentences WHERE id BETWEEN ? * 4096 AND ? * 4096 + 4095`;

export type SentenceBytesRow = [number, number | null, number | null, Buffer | null, Buffer | null, string | null];

const NEWLINE = 10;
const SPACE = 32;

/**
 * Where each of `count` lines of a set's words starts (with text.length + 1 last) and how many
 * spaces they hold, in one pass; undefined when the words are not as sentenceSet keeps them
 * untouched: another number of lines, two spaces together (a line holds “ w1 w2 ”: a word list
 * with a space at either end, or doubled, or an empty one made “  ”), or white space other than
 * the space (JavaScript's \s, in UTF-8: control bytes, U+00A0, U+1680, U+2000–200A, U+2028,
 * U+2029, U+202F, U+205F, U+3000, U+FEFF; any control byte is refused, to be read as rows).
 */
function scanWords(text: Buffer, count: number): { starts: Int32Array; spaces: number } | undefined {
  const starts = new Int32Array(count + 1);
  const length = text.length;
  let spaces = 0;
  let line = 0;
  let previous = NEWLINE;
  for (let at = 0; at < length; at += 1) {
    const byte = text[at];
    if (byte === SPACE) {
      if (previous === SPACE) return undefined;
      spaces += 1;
    } else if (byte === NEWLINE) {
      line += 1;
      if (line >= count) return undefined;
      starts[line] = at + 1;
    } else if (byte < SPACE) {
      return undefined;
    } else if (byte >= 0xc2 && byte <= 0xe2) {
      // Lead bytes of the spaces above (C2 A0, E1 9A 80, E2 80 xx, E2 81 9F; E3 and EF below).
      const next = text[at + 1];
      if (byte === 0xc2 && next === 0xa0) return undefined;
      if (byte === 0xe1 && next === 0x9a && text[at + 2] === 0x80) return undefined;
      if (byte === 0xe2 && next === 0x80) {
        const last = text[at + 2];
        if (last <= 0x8a || last === 0xa8 || last === 0xa9 || last === 0xaf) return undefined;
      }
      if (byte === 0xe2 && next === 0x81 && text[at + 2] === 0x9f) return undefined;
    } else if (byte === 0xe3) {
      if (text[at + 1] === 0x80 && text[at + 2] === 0x80) return undefined;
    } else if (byte === 0xef) {
      if (text[at + 1] === 0xbb && text[at + 2] === 0xbf) return undefined;
    }
    previous = byte;
  }
  if (line !== count - 1) return undefined;
  starts[count] = length + 1;
  return { starts, spaces };
}

/** Where each of `count` lines of `bytes` starts, with bytes.length + 1 last; undefined when it has another number of lines. */
function lineStarts(bytes: Buffer, count: number): Int32Array | undefined {
  const starts = new Int32Array(count + 1);
  let line = 0;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) {
    line += 1;
    if (line >= count) return undefined;
    starts[line] = at + 1;
  }
  if (line !== count - 1) return undefined;
  starts[count] = bytes.length + 1;
  return starts;
}

function spacesIn(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at += 1) if (bytes[at] === SPACE) count += 1;
  return count;
}

/** A report's sentences ready for rankSentenceBytes; undefined when they must be read as rows (see the top). */
export function sentenceBytes(row: SentenceBytesRow): SentenceBytes | undefined {
  const [count, first, last, text, sentences, keys] = row;
  const empty = Buffer.alloc(0);
  if (count === 0)
    return {
      firstRowid: 0,
      text: empty,
      starts: new Int32Array(1),
      lengths: new Int32Array(0),
      averageLength: 1,
      sentences: empty,
      sentenceStarts: new Int32Array(1),
      decoded: [],
      sectionKeys: [],
    };
  if (first === null || last === null || text === null || sentences === null || keys === null) return undefined;
  if (last - first + 1 !== count) return undefined;
  const scanned = scanWords(text, count);
  const sentenceStarts = scanned && lineStarts(sentences, count);
  const sectionKeys = keys.split('\n');
  if (!scanned || !sentenceStarts || sectionKeys.length !== count) return undefined;
  // As sentenceSet: the lines' spaces less one a line are the words.
  const words = scanned.spaces - count;
  return {
    firstRowid: first,
    text,
    starts: scanned.starts,
    lengths: new Int32Array(count).fill(-1),
    averageLength: words / count || 1,
    sentences,
    sentenceStarts,
    decoded: new Array<string | undefined>(count),
    sectionKeys,
  };
}

/** Words of sentence `index` of a set. */
function lengthOf(set: SentenceBytes, index: number): number {
  if (set.lengths[index] < 0) set.lengths[index] = spacesIn(set.text, set.starts[index], set.starts[index + 1] - 1) - 1;
  return set.lengths[index];
}

/** The sentence holding byte `at` of a set's text. */
function sentenceAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

function sentenceOf(set: SentenceBytes, index: number): string {
  let sentence = set.decoded[index];
  if (sentence === undefined) {
    sentence = set.sentences.toString('utf8', set.sentenceStarts[index], set.sentenceStarts[index + 1] - 1);
    set.decoded[index] = sentence;
  }
  return sentence;
}

/** A term as the bytes rankSentenceSet looks for (“ term ”); kept for the terms asked again and again. */
const needles = new Map<string, Buffer>();
const NEEDLES_MAX = 4096;

function needleOf(term: string): Buffer {
  let needle = needles.get(term);
  if (!needle) {
    if (needles.size >= NEEDLES_MAX) needles.clear();
    needle = Buffer.from(` ${term} `);
    needles.set(term, needle);
  }
  return needle;
}

/** A surrogate without its pair: such a term is never in text decoded from UTF-8. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * rankSentenceSet(…).slice(0, limit) over a SentenceBytes: the same BM25 scores, summed in the
 * same order, and the same order of hits; only the hits returned are decoded.
 */
export function rankSentenceBytes(
  set: SentenceBytes,
  terms: string[],
  limit: number,
): Array<{ rowid: number; sentence: string; sectionKey: string; score: number }> {
  const count = set.lengths.length;
  if (count === 0) return [];
  const text = set.text;
  let scores: Float64Array | undefined;
  const frequencies = new Int32Array(count);
  const matched: number[] = [];
  for (const term of new Set(terms)) {
    if (term.length === 0 || /\s/.test(term) || LONE_SURROGATE.test(term)) continue;
    const needle = needleOf(term);
    matched.length = 0;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length - 1)) {
      const index = sentenceAt(set.starts, at);
      if (frequencies[index] === 0) matched.push(index);
      frequencies[index] += 1;
    }
    if (matched.length === 0) continue;
    scores ??= new Float64Array(count);
    const idf = Math.max(1e-6, Math.log((count - matched.length + 0.5) / (matched.length + 0.5)));
    for (const index of matched) {
      const frequency = frequencies[index];
      frequencies[index] = 0;
      scores[index] += (idf * frequency * 2.2) / (frequency + 1.2 * (0.25 + (0.75 * lengthOf(set, index)) / set.averageLength));
    }
  }
  if (!scores) return [];
  const ranked: number[] = [];
  for (let index = 0; index < count; index += 1) if (scores[index] > 0) ranked.push(index);
  // Lower (negated) score first, then rowid: sentence order, as the rowids follow it.
  const order = scores;
  ranked.sort((a, b) => -order[a] - -order[b] || a - b);
  return ranked.slice(0, limit).map((index) => ({
    rowid: set.firstRowid + index,
    sentence: sentenceOf(set, index),
    sectionKey: set.sectionKeys[index],
    score: -order[index],
  }));
}

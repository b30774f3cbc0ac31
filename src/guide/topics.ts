/**
 * The disclosure guide as data: topics from data/guide/topics.json, validated once at load time,
 * and keyword matching of a citizen's question to a topic. The articles cited are summarised in
 * docs/REGULATION.md.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { dataPath } from '../config/paths.js';
import { versionedCache } from '../core/cache.js';
import { GongkaiError } from '../core/errors.js';
import { normalizeText, squeeze } from '../report/normalize.js';

/** Longest answer a topic may carry: one WeChat message, before the source is appended. */
export const MAX_ANSWER_LENGTH = 400;
/** Default minimum score for `Guide.match`: one two-character keyword. */
export const DEFAULT_MINIMUM_SCORE = 2;
/** In a keyword, `*` joins parts that must appear in order with at most this many characters between. */
export const KEYWORD_GAP = 12;

/** Normalise text for matching: NFKC (full-width to half-width), lower case, no spaces or punctuation. */
export function normalizeQuestion(text: string): string {
  return squeeze(normalizeText(text)).toLowerCase();
}

// Validation (twice) and compilation all split every keyword: each is normalised once. The keys
// are the guide files' keywords, so the map stays as small as the data.
const keywordPartsCache = new Map<string, readonly string[]>();

function keywordParts(keyword: string): readonly string[] {
  let parts = keywordPartsCache.get(keyword);
  if (!parts) {
    parts = keyword.split('*').map(normalizeQuestion);
    keywordPartsCache.set(keyword, parts);
  }
  return parts;
}

const keywordSchema = z
  .string()
  .min(1)
  .refine((keyword) => keywordParts(keyword).every((part) => part.length > 0), {
    message: 'every part of a keyword (split on *) must keep some letters after normalisation',
  });

/** One topic of the guide. */
export const GuideTopicSchema = z.strictObject({
  /** Stable identifier, kebab-case: used in logs and by callers. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Chinese title; also matched as a phrase. */
  title: z.string().min(2),
  /** Words and phrases a citizen might use; `a*b` means a, then b within a few characters. */
  keywords: z.array(keywordSchema).min(3),
  /** Short Chinese answer, exact to the regulation, without the source. */
  answer: z.string().min(10).max(MAX_ANSWER_LENGTH),
  /** The article(s) it rests on, e.g. 《政府信息公开条例》第三十三条. */
  source: z.string().regex(/^《.+》/),
});
export type GuideTopic = z.infer<typeof GuideTopicSchema>;

/** The whole data file. */
export const GuideFileSchema = z
  .strictObject({ version: z.literal(1), topics: z.array(GuideTopicSchema).min(1) })
  .superRefine((file, context) => {
    const seenIds = new Set<string>();
    file.topics.forEach((topic, topicIndex) => {
      if (seenIds.has(topic.id)) {
        context.addIssue({ code: 'custom', message: `duplicate topic id ${topic.id}`, path: ['topics', topicIndex, 'id'] });
      }
      seenIds.add(topic.id);
      const seenKeywords = new Set<string>();
      topic.keywords.forEach((keyword, keywordIndex) => {
        const key = keywordParts(keyword).join('*');
        if (seenKeywords.has(key)) {
          context.addIssue({
            code: 'custom',
            message: `duplicate keyword ${keyword} in topic ${topic.id}`,
            path: ['topics', topicIndex, 'keywords', keywordIndex],
          });
        }
        seenKeywords.add(key);
      });
    });
  });
export type GuideFile = z.infer<typeof GuideFileSchema>;

/** A topic with how well a question matched it. */
export interface GuideMatch {
  topic: GuideTopic;
  /** Sum of the lengths of the matched keywords (title included); higher is better. */
  score: number;
  /** The keywords found, as written in the data file; for logs and tests. */
  matchedKeywords: string[];
}

/** The loaded guide. */
export interface Guide {
  readonly topics: readonly GuideTopic[];
  /** The topic with this id, if any. */
  topic(id: string): GuideTopic | undefined;
  /** Every topic with a positive score, best first (score, then longest keyword, then file order). */
  rank(question: string): GuideMatch[];
  /**
   * The best topic if its score reaches `minimumScore` (default 2) and the question is not one
   * about an agency's report figures; otherwise null. The score lets a router weigh it against
   * other handlers.
   */
  match(question: string, options?: { minimumScore?: number }): GuideMatch | null;
}

interface CompiledKeyword {
  keyword: string;
  parts: readonly string[];
  weight: number;
}

function matchesInOrder(text: string, parts: readonly string[]): boolean {
  // Most keywords of most topics are not in a question at all: their first part settles it.
  return text.includes(parts[0]) && partsFrom(text, parts, 0, 0, text.length);
}

/** Whether parts[partIndex…] stand in the text in order, the first starting between `earliest` and `latest`, each within KEYWORD_GAP of the one before. */
function partsFrom(text: string, parts: readonly string[], partIndex: number, earliest: number, latest: number): boolean {
  if (partIndex === parts.length) return true;
  const part = parts[partIndex];
  for (let found = text.indexOf(part, earliest); found !== -1 && found <= latest; found = text.indexOf(part, found + 1)) {
    if (partsFrom(text, parts, partIndex + 1, found + part.length, found + part.length + KEYWORD_GAP)) return true;
  }
  return false;
}

// A question that names a year or an agency and asks "how many" is about a report's figures,
// which the report QA answers; "多少钱" and fee words mark the fee calculator instead.
const COUNT_QUESTION = /(多少|几)(件|项|个|起|次|宗|条|份|人次|万元)|数量是|总数/;
// 行政事业性收费 is a report row (Art. 20 (八)), not a question about what applying costs.
const FEE_CONTEXT = /钱|(?<!行政事业性)收费|处理费|费用|交费|缴费|付费/;
/** The price of a utility (电费多少钱一度, 一方水几块钱, 暖气费): a company's tariff, not what applying for information costs. */
const UTILITY_PRICE =
  /(?:电|水|燃气|煤气|天然气|暖气|取暖|供暖|采暖)费|(?:多少钱|几块钱?|几毛钱?)[一每](?:度|方|吨|立方)|[一每](?:度|方|吨|立方米?)(?:电|水|气)?(?:多少钱|几块|几毛)/;
const YEAR_OR_AGENCY = /\d{4}年|去年|今年|前年|上年|上一年|本年|年度|局|委员会|厅|署/;

/**
 * True for questions about an agency's report figures ("西工区科技局2024年行政许可多少件"), which
 * the guide must leave to the report QA even when a keyword happens to match.
 */
export function looksLikeFigureQuestion(question: string): boolean {
  return normalizedLooksLikeFigureQuestion(normalizeQuestion(question));
}

/** looksLikeFigureQuestion of a question already normalised (normalizeQuestion). */
function normalizedLooksLikeFigureQuestion(text: string): boolean {
  return COUNT_QUESTION.test(text) && !FEE_CONTEXT.test(text) && YEAR_OR_AGENCY.test(text);
}

/** Questions whose guide match is kept (a few hundred bytes each). */
const GUIDE_MATCHES_KEPT = 2048;

/** Build a guide from already validated data (tests use this with small fixtures). */
export function createGuide(file: GuideFile): Guide {
  const compiled = file.topics.map((topic) => {
    const keywords: CompiledKeyword[] = topic.keywords.map((keyword) => {
      const parts = keywordParts(keyword);
      return { keyword, parts, weight: parts.reduce((sum, part) => sum + part.length, 0) };
    });
    // The title counts as one more phrase, unless a keyword already says the same thing.
    const title = normalizeQuestion(topic.title);
    if (!keywords.some((keyword) => keyword.parts.join('*') === title)) {
      keywords.push({ keyword: topic.title, parts: [title], weight: title.length });
    }
    return { topic, keywords };
  });

  const rank = (question: string): GuideMatch[] => rankNormalized(normalizeQuestion(question));
  const rankNormalized = (question: string): GuideMatch[] => {
    // 告诉 (能告诉我吗) is telling, never suing: no 告 keyword (能告, 告他们) is read in it.
    const text = question.replace(/告诉/g, '\u0000\u0000');
    if (text.length === 0) return [];
    const scored = compiled.map(({ topic, keywords }, order) => {
      const found = keywords.filter((keyword) => matchesInOrder(text, keyword.parts));
      return {
        topic,
        score: found.reduce((sum, keyword) => sum + keyword.weight, 0),
        longest: Math.max(0, ...found.map((keyword) => keyword.weight)),
        matchedKeywords: found.map((keyword) => keyword.keyword),
        order,
      };
    });
    return scored
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || b.longest - a.longest || a.order - b.order)
      .map(({ topic, score, matchedKeywords }) => ({ topic, score, matchedKeywords }));
  };

  const matches = versionedCache<string, { best: GuideMatch | null }>({ max: GUIDE_MATCHES_KEPT, version: () => file });

  return {
    topics: file.topics,
    topic: (id) => file.topics.find((topic) => topic.id === id),
    rank,
    match(question, options = {}) {
      const minimumScore = options.minimumScore ?? DEFAULT_MINIMUM_SCORE;
      // The same few questions (怎么申请, 要交钱吗, and every off-topic message the guide is tried on) come again and
      // again; a guide never changes once loaded, so their match is kept (GuideMatch is read-only to callers).
      return matches.get(`${minimumScore}\u0000${question}`, () => {
        // Normalised once for both checks (normalizing is most of a short question's cost here).
        const text = normalizeQuestion(question);
        if (normalizedLooksLikeFigureQuestion(text) || UTILITY_PRICE.test(text)) return { best: null };
        const best = rankNormalized(text)[0];
        return { best: best !== undefined && best.score >= minimumScore ? best : null };
      }).best;
    },
  };
}

/** Where the guide data lives by default. */
export function defaultGuidePath(): string {
  return dataPath('guide', 'topics.json');
}

const loadedGuides = new Map<string, Guide>();

/**
 * Load and validate the guide data once per path (later calls reuse it). Throws GongkaiError
 * CONFIG listing every problem, so a bad data file stops start-up rather than a conversation.
 */
export function loadGuide(path: string = defaultGuidePath()): Guide {
  const absolutePath = resolve(path);
  const cached = loadedGuides.get(absolutePath);
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(absolutePath, 'utf8'));
  } catch (error) {
    throw new GongkaiError('CONFIG', `cannot read guide data ${absolutePath}: ${(error as Error).message}`, undefined, { cause: error });
  }
  // Parsed once per process: zod's generated fast path would cost more to build than it saves.
  const parsed = GuideFileSchema.safeParse(raw, { jitless: true });
  if (!parsed.success) {
    throw new GongkaiError('CONFIG', `invalid guide data ${absolutePath}:\n${z.prettifyError(parsed.error)}`);
  }
  const guide = createGuide(parsed.data);
  loadedGuides.set(absolutePath, guide);
  return guide;
}

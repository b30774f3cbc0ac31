/**
 * Finding the six section headings where they stand, and cleaning crawled page text.
 *
 * Crawled pages put a whole report on one or a few lines (`…联系。一、总体情况2021年，我区…`),
 * wrap it in page chrome (breadcrumbs, share links, Word style sheets) and, on mirror sites,
 * glue pinyin into words (`港區(qū)`). This pass works on the raw text, so that the printed
 * text stays as printed: it deletes the chrome, and puts each real section heading on a line
 * of its own, with its body on the next line. Matching runs on a simplified, NFKC copy of each
 * line (繁体 headings match), with a map back to the raw characters.
 */
import { SECTIONS, type SectionKey } from './catalogue.js';
import { hasTraditional, toSimplified } from '../text/script.js';

/** The text with headings on lines of their own, and where each line came from. */
export interface LocatedText {
  /** The raw text, chrome removed, headings cut onto lines of their own (\n line ends). */
  text: string;
  /** For each line of `text`, its 1-based line number in the input. */
  origin: number[];
  /** The section headings found, in order: the line (0-based, in `text`) each stands on. */
  headings: Array<{ key: SectionKey; line: number }>;
  /** Whether the text is printed in 繁体 (matching then runs on a simplified copy). */
  traditional: boolean;
}

/**
 * Whether a text is printed in 繁体, judged on its opening (converting a whole report costs more
 * than reading it): a 繁体 report shows it in its title and first heading.
 */
export function isTraditionalText(text: string): boolean {
  return hasTraditional(text.slice(0, 1500));
}

/** A raw line and its matching copy: NFKC, simplified, with the raw index of every character. */
interface MatchLine {
  raw: string;
  match: string;
  /** rawIndex[k] is the index in `raw` of match[k], one extra entry for the end; absent when they are the same. */
  rawIndex?: number[];
}

/** The index in the raw line of a match-copy index. */
function rawAt(line: MatchLine, index: number): number {
  return line.rawIndex ? line.rawIndex[index] : index;
}

function matchCopy(raw: string, traditional: boolean): MatchLine {
  const whole = raw.normalize('NFKC').replace(/\u00A0|\u3000/g, ' ');
  // Nearly every line keeps its length under NFKC: then each character maps to itself.
  if (whole.length === raw.length) {
    const simplified = traditional ? toSimplified(whole) : whole;
    return { raw, match: simplified.length === whole.length ? simplified : whole };
  }
  let match = '';
  const rawIndex: number[] = [];
  for (let index = 0; index < raw.length; ) {
    const codePoint = raw.codePointAt(index)!;
    const char = String.fromCodePoint(codePoint);
    const normalized = char.normalize('NFKC').replace(/\u00A0|\u3000/g, ' ');
    for (const piece of normalized) {
      match += piece;
      for (let unit = 0; unit < piece.length; unit += 1) rawIndex.push(index);
    }
    index += char.length;
  }
  rawIndex.push(raw.length);
  if (!traditional) return { raw, match, rawIndex };
  const simplified = toSimplified(match);
  // OpenCC keeps the length for all but rare phrases; if not, convert character by character.
  if (simplified.length === match.length) match = simplified;
  else match = [...match].map((char) => (toSimplified(char).length === char.length ? toSimplified(char) : char)).join('');
  return { raw, match, rawIndex };
}

/** Pinyin a mirror site glued after a character: 港區(qū), 數(shù)據(jù), 委員會(huì ) (a space before the bracket closes). Only tone-marked syllables. */
const GLUED_PINYIN = /(?<=\p{Script=Han})\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,8} ?\)/gu;

/** The text without the pinyin a mirror site glued after characters (鎮(zhèn) → 鎮). */
export function dropGluedPinyin(text: string): string {
  return /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(text) ? text.replace(GLUED_PINYIN, '') : text;
}

/** Pieces of page chrome, matched on the NFKC copy. Each is deleted from the raw text. */
const CHROME: RegExp[] = [
  // Breadcrumbs: 当前位置：首页>政务公开>年报 (a glued crumb trail is one token).
  // With separators every crumb but the last goes (the last is often the report's title).
  /(?:当前位置|您的位置|您现在的位置|您当前的位置|您所在的位置|所在位置|当前页面)\s*[:：]\s*(?:[^>›»→，。；\n-]{1,30}?\s*[>›»→]\s*)+/g,
  /(?:当前位置|您的位置|您现在的位置|您当前的位置|您所在的位置|所在位置|当前页面)\s*[:：]\s*[^\s>›»→]+(?![^\n]*?(?<!-)[>›»→])/g,
  // A line that is nothing but a crumb trail: 首页 > 政务公开 > … > (the last crumb stays: it may be the title).
  /^\s*首页\s*(?:[>›»→]\s*[^>›»→]*?\s*)+[>›»→]\s*(?=\S)/g,
  // Source and date lines of the page, not of the report.
  /来源\s*[:：]\s*(?!\s*(?:时间|发布))[^\s]*/g,
  /(?:发布)?时间\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/g,
  /(?:浏览次数|点击数|访问量|阅读次数)\s*[:：]\s*\d*/g,
  /\[?\s*字[体号]\s*[:：]\s*(?:[大中小]\s*)*\]?(?:\s*打印)?/g,
  // Share links and page buttons, two or more in a row.
  /(?:(?:^|\s)(?:微信|微博|QQ空间|QQ|全真版|文字版|文件下载|相关链接[:：]?|分享到[:：]?|打印本页|打印|关闭窗口|关闭|收藏)(?=\s|$)){2,}/g,
  /(?:^|\s)(?:-->|附件下载|【打印本页】|【关闭窗口】)(?=\s|$)/g,
  // The site's footer (电话:0839-8622290 蜀ICP备12028058号-1, 川公网安备 51081202000001号, 网站标识码5108120013): the
  // record numbers, and a phone printed just before them, are the website's, not the report's.
  /(?:(?:联系)?电话\s*[:：]\s*[\d\-－—()（）]{7,18}\s*)?\p{Script=Han}{0,2}ICP备\s*\d+号(?:-\d+)?/gu,
  /\p{Script=Han}{0,2}公网安备\s*\d+号/gu,
  /网站标识码\s*[:：]?\s*[0-9A-Za-z]+/g,
  // Word's style sheet, left in the text of an exported page.
  /\bNormal(?:\s+(?:\d+(?:\.\d+)?(?:\s*磅)?|false|true|[A-Z]{2}-[A-Z]{2,4}|X-NONE|MicrosoftInternetExplorer4))+/g,
  /\/\*\s*Style Definitions\s*\*\//g,
  /[\w.#-]+\s*\{[^{}]*mso-[^{}]*\}/g,
  GLUED_PINYIN,
];

/** A quick test before the patterns: most lines hold none of these words. */
const CHROME_WORDS =
  /位置|当前页面|首页|来源|时间|浏览|点击|访问|阅读|字[体号]|ICP备|公网安备|网站标识码|微信|微博|QQ|全真版|文字版|文件下载|相关链接|分享|打印|关闭|收藏|-->|附件下载|Normal|Style|mso-|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/** Raw index ranges [start, end) of the chrome on one line. */
function chromeSpans(line: MatchLine): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!CHROME_WORDS.test(line.match)) return spans;
  for (const pattern of CHROME) {
    pattern.lastIndex = 0;
    for (const found of line.match.matchAll(pattern)) {
      if (found[0].trim().length === 0) continue;
      spans.push([rawAt(line, found.index!), rawAt(line, found.index! + found[0].length)]);
    }
  }
  return spans;
}

function deleteSpans(raw: string, spans: Array<[number, number]>): string {
  if (spans.length === 0) return raw;
  const keep: boolean[] = new Array(raw.length).fill(true);
  for (const [start, end] of spans) for (let index = start; index < end; index += 1) keep[index] = false;
  let result = '';
  for (let index = 0; index < raw.length; index += 1) if (keep[index]) result += raw[index];
  return result;
}

/**
 * A numbered heading: 一、 一. 一， 二,、 (mirror sites double the punctuation). 七 and 八 too: a report that gives
 * its problems and its improvements a heading each (五、…问题 六、下一步改进举措) numbers the last section 七.
 */
const NUMBERED = /([一二三四五六七八])[ \t]*[、.,，．]+[ \t]*/g;
/** Characters that make a 一、 part of something else: （一）, 十一、, 第一、, 《一、. */
const NOT_BEFORE_HEADING = /[十第(（[【〔<《〈"“']/;
/** How a heading title ends: 情况, 事项, 明年工作计划, 改进措施. */
const HEADING_END = /情况|事项|计划|措施/;
/** Sentence punctuation after a heading in a list (…总体情况、主动公开…) shows it is not a heading. */
const LIST_AFTER = /^\s*(?:[、;；,，]|等|和|及|与)/;

const PROACTIVE_INDEX = SECTIONS.findIndex((section) => section.key === 'proactive');
const APPEALS_INDEX = SECTIONS.findIndex((section) => section.key === 'appeals');
const OTHER_INDEX = SECTIONS.findIndex((section) => section.key === 'other');
const PROBLEMS_INDEX = SECTIONS.findIndex((section) => section.key === 'problems');
/** The problems' first sub-heading, squeezed ((一)主要问题, 一、存在的主要问题 are 一主要问题, 一存在的主要问题). */
const PROBLEMS_SUBHEADING = /^一?(?:存在的)?主要问题$/;
/** A heading of the information-processing fee (信息处理费收取情况, 政府信息公开信息处理费收取情况), squeezed. */
// (The old layout's 政府信息公开的收费及减免情况 is that heading too.)
const FEE_HEADING = /^(?:政府信息公开(?:的)?)?(?:信息处理费(?:的)?(?:收取|收费)?(?:情况)?|收费及减免(?:情况)?)/;

/** The text after a heading number, squeezed (no spaces or punctuation), with positions, up to the first digit. */
function squeezedFrom(text: string, from: number): { squeezed: string; at: number[] } {
  let squeezed = '';
  const at: number[] = [];
  for (let index = from; index < text.length; index += 1) {
    const char = text[index];
    if (/[0-9]/.test(char)) break;
    if (/[\s\p{P}\p{S}]/u.test(char)) continue;
    squeezed += char;
    at.push(index);
    if (squeezed.length >= 60) break;
  }
  return { squeezed, at };
}

const squeezeWord = (word: string) => word.replace(/[\s\p{P}\p{S}]/gu, '');
const BARE_TITLES = SECTIONS.map((section) => squeezeWord(section.title));
/** Each section's match words and number, squeezed once here rather than for every candidate heading. */
const SQUEEZED_MATCH = SECTIONS.map((section) => section.match.map(squeezeWord));
const SQUEEZED_NUMBERS = SECTIONS.map((section) => squeezeWord(section.number));
/**
 * The old (pre-2019) layout's titles a page may keep numbered one off (一、主动公开政府信息情况 / 二、依申请公开政府信息情况 /
 * 三、申请行政复议和提起行政诉讼情况): a misnumbered heading of the section expected next when the title is all its line holds
 * (四、依申请公开政府信息情况。我局全年未收到… opens a paragraph of the overview, no section).
 */
const OLD_LAYOUT_TITLES: Partial<Record<SectionKey, RegExp>> = {
  applications: /^依申请公开政府信息(?:的)?(?:工作)?情况$/,
  appeals: /^(?:因政府信息公开)?(?:被)?申请行政复议(?:和|或|及)?提起行政诉讼(?:的)?情况$/,
};
const OLD_LAYOUT_BY_INDEX = SECTIONS.map((section) => OLD_LAYOUT_TITLES[section.key]);
/** The titles without 的: a line's title is compared with 的 dropped on both sides. */
const PLAIN_TITLES = BARE_TITLES.map((title) => title.replace(/的/g, ''));
/** The last characters of the titles: a line holding none of them cannot be a bare title (squeezing only removes characters). */
const TITLE_LAST_CHARACTERS = [...new Set(BARE_TITLES.map((title) => title[title.length - 1]))];
/** A year at a heading title's start (2019年度, 2021年): the year the report is of, the title after it. */
const LEADING_HEADING_YEAR = /^[ \t]*(?:19|20)\d{2}[ \t]*年度?(?=[ \t]*\p{Script=Han})/u;
/** Markdown and table marks, or a space, before a heading number. */
const MARKUP_OR_SPACE = /[#>*_|\s]/;

interface Candidate {
  line: number;
  /** Index in the match copy where the number stands. */
  start: number;
  /** Index in the match copy where the heading title ends. */
  end: number;
  number: string;
  /** The title's squeezed text, and whether the number stands glued after a character. */
  squeezed: string;
  glued: boolean;
  atLineStart: boolean;
  wholeLine: boolean;
  words: { squeezed: string; at: number[] };
}

/** Whether a candidate heading carries section `index`'s words near its start. */
function carries(candidate: Candidate, index: number, strict: boolean): { end: number } | undefined {
  const { squeezed, at } = candidate.words;
  if (candidate.glued) {
    // Glued to the sentence before it (…报告一、总体情况): only the full catalogue title counts.
    const title = BARE_TITLES[index];
    return squeezed.startsWith(title) ? { end: at[title.length - 1] + 1 } : undefined;
  }
  // A misnumbered heading that prints the catalogue's whole title (三、政府信息公开行政复议、行政诉讼情况 where the
  // report numbers its tables apart from its text) is that section's, whatever its first words.
  if (strict && squeezed.startsWith(BARE_TITLES[index])) return { end: at[BARE_TITLES[index].length - 1] + 1 };
  if (strict && candidate.wholeLine && OLD_LAYOUT_BY_INDEX[index]?.test(squeezed)) return { end: at[squeezed.length - 1] + 1 };
  const words = strict ? SQUEEZED_MATCH[index].slice(0, 2) : SQUEEZED_MATCH[index];
  for (const target of words) {
    const position = squeezed.indexOf(target);
    if (position < 0 || position > (strict ? 0 : 16)) continue;
    const wordEnd = position + target.length;
    const tail = HEADING_END.exec(squeezed.slice(wordEnd, wordEnd + 14));
    if (tail) return { end: at[wordEnd + tail.index + tail[0].length - 1] + 1 };
    // No 情况 in sight: a short rest of the line is the heading's second half (…公开 / 申请情况).
    if (squeezed.length <= wordEnd + 20 && candidate.wholeLine) return { end: -1 };
    return { end: at[wordEnd - 1] + 1 };
  }
  return undefined;
}

/** Every place a numbered heading could stand, in document order. */
function candidates(lines: MatchLine[]): Candidate[] {
  const found: Candidate[] = [];
  lines.forEach((line, lineIndex) => {
    const text = line.match;
    NUMBERED.lastIndex = 0;
    for (const numbered of text.matchAll(NUMBERED)) {
      const start = numbered.index!;
      // Markdown and table marks before a heading (### 一、, **一、, | 一、) leave it at the line's start.
      // Scanned back from the number, not by a pattern over all the line before it.
      let beforeEnd = start;
      while (beforeEnd > 0 && MARKUP_OR_SPACE.test(text[beforeEnd - 1])) beforeEnd -= 1;
      const previous = beforeEnd > 0 ? text[beforeEnd - 1] : undefined;
      if (previous && NOT_BEFORE_HEADING.test(previous)) continue;
      // A year opening the heading's title (一、2019年度政府信息公开工作的基本情况) is read past: the words after it are the title.
      const yearLead = LEADING_HEADING_YEAR.exec(text.slice(start + numbered[0].length, start + numbered[0].length + 12))?.[0].length ?? 0;
      const words = squeezedFrom(text, start + numbered[0].length + yearLead);
      const digitStops = /[0-9]/.test(text.slice(start + numbered[0].length + yearLead));
      found.push({
        line: lineIndex,
        start,
        end: start + numbered[0].length,
        number: numbered[1],
        squeezed: words.squeezed,
        glued: previous !== undefined && /\p{Script=Han}/u.test(previous),
        atLineStart: beforeEnd === 0,
        wholeLine: beforeEnd === 0 && !digitStops && text.length - start <= 60,
        words,
      });
    }
  });
  return found;
}

/**
 * Find the six headings in order, cut them onto lines of their own and strip page chrome.
 * Only real section titles count: a table 三 row (一、本年新收…, 四、结转下年度…) carries no
 * section's words, a title in a list inside a sentence is followed by 、 or ，, and a later
 * section may be found only after the earlier ones (a missing one is skipped by its number).
 */
export function locateSections(rawText: string): LocatedText {
  const rawLines = rawText.replace(/\r\n?/g, '\n').split('\n');
  // Chrome first, so that a heading glued to a share link or style sheet is seen.
  const traditional = isTraditionalText(rawText);
  const cleaned = rawLines.map((raw) => {
    const line = matchCopy(raw, traditional);
    const spans = chromeSpans(line);
    return spans.length === 0 ? line : matchCopy(deleteSpans(raw, spans), traditional);
  });
  const cuts = new Map<number, Array<{ at: number; key: SectionKey; headingEnd: number }>>();
  let order = -1;
  let feeCut = false;
  let listedAt: { line: number; at: number } | undefined;
  for (const candidate of candidates(cleaned)) {
    const text = cleaned[candidate.line].match;
    // 五、信息处理费收取情况 after table 四 and before the problems (六、存在的主要问题…): the fee statement the other-matters
    // section holds, under a heading of its own. It stands for that section, and the sections after it are still looked for.
    if (order >= APPEALS_INDEX && order < OTHER_INDEX && !feeCut && !candidate.glued && FEE_HEADING.test(candidate.squeezed)) {
      const list = cuts.get(candidate.line) ?? [];
      const words = FEE_HEADING.exec(candidate.squeezed)![0];
      list.push({ at: candidate.start, key: 'other', headingEnd: candidate.words.at[words.length - 1] + 1 });
      cuts.set(candidate.line, list);
      feeCut = true;
      continue;
    }
    for (let index = order + 1; index < SECTIONS.length; index += 1) {
      const section = SECTIONS[index];
      // A report that opens at its tables with no overview (一、主动公开政府信息情况 / 二、收到和处理…, a 2019 town's page):
      // before any heading is found, a whole-line heading of section 二 counts as the one expected next.
      const next = index === order + 1 || (order === -1 && index === PROACTIVE_INDEX && candidate.wholeLine);
      let hit: { end: number } | undefined;
      if (candidate.number === section.number) hit = carries(candidate, index, false);
      // A misnumbered heading of the section expected next: its words must start the title.
      else if (next && !candidate.glued) hit = carries(candidate, index, true);
      // 五、其他需要报告的事项 on a line of its own right after table 四, where the problems' heading was lost with the page's
      // layout (a PDF's text keeps only its sub-headings): the section after next, numbered one short, by its whole title.
      else if (index === order + 2 && order >= APPEALS_INDEX && candidate.wholeLine && candidate.number === SECTIONS[index - 1].number) {
        const title = BARE_TITLES[index];
        if (candidate.words.squeezed.startsWith(title)) hit = { end: candidate.words.at[title.length - 1] + 1 };
      }
      if (!hit) continue;
      const headingEnd = hit.end < 0 ? text.length : hit.end;
      if (!candidate.atLineStart && LIST_AFTER.test(text.slice(headingEnd))) {
        listedAt = { line: candidate.line, at: candidate.start };
        break;
      }
      // Later items of the same list: no sentence end since a listed heading.
      if (listedAt && listedAt.line === candidate.line && !/[。!！?？]/.test(text.slice(listedAt.at, candidate.start))) break;
      const list = cuts.get(candidate.line) ?? [];
      list.push({ at: candidate.start, key: section.key, headingEnd });
      cuts.set(candidate.line, list);
      order = index;
      break;
    }
  }
  // Unnumbered headings standing alone on a line (总体情况), for the sections still missing between found ones.
  const unnumbered = new Map<number, SectionKey>();
  {
    let position = -1;
    const foundLines = [...cuts.entries()].flatMap(([line, list]) => list.map((cut) => ({ line, at: cut.at, key: cut.key })));
    cleaned.forEach((line, lineIndex) => {
      if (line.match.length > 60 || cuts.has(lineIndex)) return;
      const subheading = line.match.includes('主要问题');
      if (!subheading && !TITLE_LAST_CHARACTERS.some((character) => line.match.includes(character))) return;
      const squeezed = squeezeWord(line.match);
      if (squeezed.length === 0 || squeezed.length > 30) return;
      // A 的 more or less is the same title ((二)主动公开政府信息的情况, 存在主要问题及改进情况).
      const plain = squeezed.replace(/的/g, '');
      const titled = PLAIN_TITLES.findIndex((title, index) => plain === title || plain === SQUEEZED_NUMBERS[index] + title);
      // (一)主要问题 after table 四 where the problems' own heading was lost (a PDF's text): the problems section's first line.
      const sectionIndex = titled >= 0 ? titled : subheading && PROBLEMS_SUBHEADING.test(squeezed) ? PROBLEMS_INDEX : -1;
      if (sectionIndex < 0) return;
      const before = foundLines
        .filter((found) => found.line < lineIndex)
        .map((found) => SECTIONS.findIndex((section) => section.key === found.key));
      const after = foundLines
        .filter((found) => found.line > lineIndex)
        .map((found) => SECTIONS.findIndex((section) => section.key === found.key));
      const floor = Math.max(position, ...before);
      const ceiling = Math.min(SECTIONS.length, ...after);
      if (titled < 0 && floor < APPEALS_INDEX) return;
      if (sectionIndex > floor && sectionIndex < ceiling) {
        unnumbered.set(lineIndex, SECTIONS[sectionIndex].key);
        position = sectionIndex;
      }
    });
  }
  const lines: string[] = [];
  const origin: number[] = [];
  const headings: Array<{ key: SectionKey; line: number }> = [];
  cleaned.forEach((line, lineIndex) => {
    const push = (text: string, heading?: SectionKey) => {
      if (heading) headings.push({ key: heading, line: lines.length });
      lines.push(text);
      origin.push(lineIndex + 1);
    };
    const lineCuts = cuts.get(lineIndex);
    if (!lineCuts) {
      push(line.raw, unnumbered.get(lineIndex));
      return;
    }
    let from = 0;
    for (const cut of lineCuts) {
      const headingStart = rawAt(line, cut.at);
      const headingEnd = rawAt(line, cut.headingEnd);
      const before = line.raw.slice(from, headingStart);
      const markupOnly = /^[#>*_|\s]*$/;
      let headingFrom = headingStart;
      if (markupOnly.test(before)) headingFrom = from;
      else push(before.trimEnd());
      let end = headingEnd;
      // Closing marks (一、总体情况**) stay with the heading.
      const closing = /^[*_|\s]*/.exec(line.raw.slice(end))![0];
      if (markupOnly.test(line.raw.slice(end)) || closing.trim().length > 0) end += closing.length;
      push(line.raw.slice(headingFrom, end).trim(), cut.key);
      from = end;
    }
    const rest = line.raw.slice(from);
    if (rest.trim().length > 0) push(rest.trim());
  });
  // Headings in a later cut of the same line were pushed after text between them: already in order.
  return { text: lines.join('\n'), origin, headings, traditional };
}

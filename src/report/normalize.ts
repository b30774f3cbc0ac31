/** Text clean-up shared by the parser, question understanding and data entry. */

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Normalise one piece of text: full-width to half-width (NFKC), no zero-width characters,
 * non-breaking spaces as spaces, Windows line ends as \n.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFKC')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\u00A0|\u3000/g, ' ');
}

/** Taiwan wording of 信息 (資訊), which big5 gateways of mainland sites print: 政府資訊公開 marks such a copy. */
const TAIWAN_WORDING_MARK = /政府[資资][訊讯]公[開开]/;
const TAIWAN_INFORMATION = /[資资][訊讯]/g;

/**
 * A big5 gateway's copy of a mainland page with 信息 turned into 資訊 (政府資訊公開工作年度報告):
 * the mainland word back, so the report's title and headings read as printed at the source.
 */
export function mainlandWording(text: string): string {
  return TAIWAN_WORDING_MARK.test(text) ? text.replace(TAIWAN_INFORMATION, '信息') : text;
}

/** A toned pinyin vowel in brackets: the mark of a copy that glosses characters with their reading. */
const PINYIN_GLOSS_MARK = /[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/** A character's reading in brackets right after it (環(huán), 報(bào)): letters with at least one tone mark, no spaces. */
const PINYIN_GLOSS = /(?<=\p{Script=Han})[(（](?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}[)）]/gu;

/**
 * A mirror's copy that prints the pinyin of some characters after them (襄陽中環(huán)水務(wù)有限公司, 報(bào)告): the
 * readings taken out, so names, headings and figures read as the source printed them. Only a bracket holding one
 * syllable with its tone mark is a reading; (一), (以下簡稱…) and (a) are kept.
 */
export function withoutPinyinGlosses(text: string): string {
  return PINYIN_GLOSS_MARK.test(text) ? text.replace(PINYIN_GLOSS, '') : text;
}

/**
 * Clean text for display, keeping its Chinese punctuation (，。：（）) as printed: no BOM, no
 * zero-width characters, \n line ends, and full-width digits and Latin letters as ASCII so
 * figures, phone numbers and e-mail addresses read the same in every report.
 */
export function cleanDisplayText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      // Control characters (a NUL from a broken extraction) mean nothing and SQLite text stops at NUL.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/\u00A0/g, ' ')
      .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF06\uFF20]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
      .replace(/(?<=[0-9A-Za-z])[\uFF0E\uFF0D\uFF0F](?=[0-9A-Za-z])/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
  );
}

/** A Markdown table cell with nothing in it. */
const EMPTY_CELL = /^[ \t\u00a0\u3000]*$/;

/**
 * Remove Markdown decoration (headings, bold, quotes, table pipes) so all layouts read alike. With `blankCell`, a table
 * row's empty cells are written as it (the table reader's blank cell) instead of dropped with their pipes.
 */
export function stripMarkdown(text: string, blankCell?: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, index) => {
      let result = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/^\s{0,3}>\s?/, '');
      if (/^\s*\|?\s*:?-{3,}/.test(result) && /^[\s|:-]+$/.test(result)) return '';
      // A crawled table printed a cell a line, each closed by its pipe, an empty cell a lone pipe: a line after a lone
      // pipe that starts with one (| 0 | ||) closes one more empty cell first, and is no Markdown row to unwrap.
      if (index > 0 && lines[index - 1].trim() === '|' && /^\s*\|/.test(result)) return result;
      if (/^\s*\|.*\|\s*$/.test(result)) {
        const cells = result
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|');
        // A row's empty cells are blanks of its grid when asked for; a line of pipes alone (||||) holds no cell's place.
        const blank = blankCell !== undefined && cells.some((cell) => !EMPTY_CELL.test(cell));
        result = cells.map((cell) => (blank && EMPTY_CELL.test(cell) ? ` ${blankCell} ` : cell)).join('\t');
      }
      return result.replace(/\*\*|__/g, '');
    })
    .join('\n');
}

/** A page number PDF extraction leaves between lines: — 7 —, - 7 -, 第3页 共6页, 3/6. */
export function isPageNumberLine(line: string): boolean {
  const text = line.trim();
  return (
    /^[-—–－]+\s*\d{1,3}\s*[-—–－]+$/.test(text) ||
    /^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/.test(text) ||
    /^\d{1,3}\s*\/\s*\d{1,3}$/.test(text)
  );
}

/** Squeeze out everything but letters and digits: used to compare labels whatever their spacing. */
export function squeeze(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Convert a Chinese numeral (一百二十三, 二〇二四, 十五) or digits to a number; NaN if neither. */
export function parseChineseNumber(text: string): number {
  const cleaned = text.trim();
  if (/^\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  if (!/^[〇○零一二两三四五六七八九十百千万]+$/.test(cleaned)) return Number.NaN;
  if (!/[十百千万]/.test(cleaned)) {
    // Digit by digit: 二〇二四 → 2024.
    return Number([...cleaned].map((ch) => CHINESE_DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of cleaned) {
    if (ch in CHINESE_DIGITS) digit = CHINESE_DIGITS[ch];
    else if (ch === '十' || ch === '百' || ch === '千') {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      section += (digit || 1) * unit;
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/**
 * A sub-heading alone on its line ((二)依申请公开情况, (2)主动公开政府信息的主要类别, 1.主动公开政府信息的数量): numbered,
 * short, no punctuation or figure inside.
 */
const BARE_HEADING = /^(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.、．])[^，,。；;：:、\d]{2,18}$/;

/**
 * Join lines broken inside a sentence (PDF extraction breaks lines at the page width).
 * A line break stays where the line ends a sentence, the next line starts a list item, or the line is a sub-heading.
 */
export function joinBrokenLines(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const paragraphs: string[] = [];
  for (const line of lines) {
    const previous = paragraphs[paragraphs.length - 1];
    const startsItem = /^(\(|（)?[一二三四五六七八九十]+(\)|）|、)|^\d+[.、)]|^[（(]\d{1,2}[)）]|^[一二三四五六七八九十]是/.test(line);
    // A sub-heading on a line of its own ((二)依申请公开情况) is no sentence broken by the page width: the paragraph under it
    // stays apart, so the heading's words are not read as its first clause's.
    if (previous !== undefined && !/[。！？!?：:]$/.test(previous) && !startsItem && !BARE_HEADING.test(previous)) {
      const glue = /[A-Za-z0-9]$/.test(previous) && /^[A-Za-z0-9]/.test(line) ? ' ' : '';
      paragraphs[paragraphs.length - 1] = previous + glue + line;
    } else paragraphs.push(line);
  }
  return paragraphs.join('\n');
}

const SPACE_RUN = /[ \t]+/g;
/** The character before a removable run (the last code point of the two units before it). */
const TIGHT_BEFORE = /[\p{Script=Han}\d%“”"（）()、，。：；]$/u;
/** The character after a removable run. */
const TIGHT_AFTER = /^[\p{Script=Han}\d“”"（）()、，。：；]/u;

/** Remove spaces between Chinese characters and digits that PDF extraction puts in (2024 年 → 2024年). */
export function tightenSpaces(text: string): string {
  // Most prose has no space or tab at all: skip the scan then.
  if (!text.includes(' ') && !text.includes('\t')) return text;
  // Each run of spaces is looked at once, by its neighbours: a look-behind pattern tested its
  // Unicode classes at every position of the text (twice the time on report prose).
  return text.replace(SPACE_RUN, (run: string, offset: number) =>
    TIGHT_BEFORE.test(text.slice(Math.max(0, offset - 2), offset)) &&
    TIGHT_AFTER.test(text.slice(offset + run.length, offset + run.length + 2))
      ? ''
      : run,
  );
}

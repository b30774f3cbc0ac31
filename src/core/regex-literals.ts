/**
 * Literal triggers for regular expressions: from a pattern's source, sets of strings such that any text the pattern matches
 * holds at least one string of each set (its required literals). A text missing every string of one set cannot be matched,
 * and the pattern is not run: a scan for a few dozen literals costs far less than a union of many patterns run at every
 * position of the text, whose compiled code is cold by the time the next message comes.
 *
 * The reading is conservative: whatever the analysis cannot bound (., \s, \p{…}, a negated class, a back-reference, a part
 * that may be empty, a letter of a case-insensitive pattern outside ASCII) requires nothing, and a pattern requiring
 * nothing is always run.
 */

/** Strings one of which the text must hold. */
export type Clause = readonly string[];

interface Term {
  /** Every string the term matches, when few (a literal, a small class, an alternation of those); else undefined. */
  exact?: readonly string[];
  /** What the term requires of the text (every clause: its own literals, or a positive lookaround's). */
  needs: readonly Clause[];
  /** Zero-width (an anchor or a lookaround): no part of the match, so literals are not joined across it. */
  zeroWidth?: boolean;
}

/** The most strings a set of exact strings may grow to (cross products of classes and alternatives). */
const MAX_EXACT = 48;
/** The most clauses kept for one pattern (the least likely to be found). */
const MAX_CLAUSES = 4;

/** A rough likelihood that a text holds one of the strings: short strings (one character) are found almost everywhere. */
function cost(clause: Clause): number {
  let total = 0;
  for (const text of clause) total += text.length === 1 ? 1 : text.length === 2 ? 0.1 : text.length === 3 ? 0.02 : 0.005;
  return total;
}

/** The best single clause of some (to stand for a whole branch inside an alternation), or undefined. */
function bestClause(needs: readonly Clause[]): Clause | undefined {
  let best: Clause | undefined;
  for (const clause of needs) if (!best || cost(clause) < cost(best)) best = clause;
  return best;
}

/** The `MAX_CLAUSES` least likely clauses. */
function fewest(needs: readonly Clause[]): Clause[] {
  return [...needs].sort((a, b) => cost(a) - cost(b)).slice(0, MAX_CLAUSES);
}

class Parser {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  parse(): readonly Clause[] {
    const term = this.alternation();
    if (this.at !== this.source.length) return [];
    return term.needs;
  }

  private alternation(): Term {
    const branches: Term[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    // One clause: a string of each branch's best clause (a branch requiring nothing leaves the alternation requiring nothing).
    let exact: string[] | undefined = [];
    let union: string[] | undefined = [];
    for (const branch of branches) {
      if (exact && branch.exact && exact.length + branch.exact.length <= MAX_EXACT) exact.push(...branch.exact);
      else exact = undefined;
      const best = bestClause(branch.needs);
      if (union && best) union.push(...best);
      else union = undefined;
    }
    return { exact, needs: union ? [[...new Set(union)]] : [] };
  }

  private sequence(): Term {
    const terms: Term[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') terms.push(this.quantified());
    // Runs of exact terms are joined (申 请 → 申请), which requires more than each of their terms alone.
    const needs: Clause[] = [];
    let run: string[] | undefined;
    let runNeeds: Clause[] = [];
    let whole: string[] | undefined = [''];
    const closeRun = () => {
      if (run && !run.includes('')) needs.push(run);
      else needs.push(...runNeeds);
      run = undefined;
      runNeeds = [];
    };
    for (const term of terms) {
      if (term.zeroWidth) {
        closeRun();
        needs.push(...term.needs);
        whole = undefined;
        continue;
      }
      if (term.exact) {
        const longer = joined(run ?? [''], term.exact);
        if (!longer) closeRun();
        run = longer ?? [...term.exact];
        runNeeds.push(...term.needs);
        whole = whole ? joined(whole, term.exact) : undefined;
      } else {
        closeRun();
        needs.push(...term.needs);
        whole = undefined;
      }
    }
    closeRun();
    return { exact: whole, needs: fewest(needs) };
  }

  private quantified(): Term {
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    const [min, max] = quantifier;
    // (A quantified lookaround, allowed without the u flag: required only when it must be there.)
    if (atom.zeroWidth) return min === 0 ? { needs: [], zeroWidth: true } : atom;
    if (min === 0) {
      // Optional: the text need not hold it; its strings (or none) may still be joined with the run around it.
      const exact = max === 1 && atom.exact && atom.exact.length < MAX_EXACT ? ['', ...atom.exact] : undefined;
      return { exact, needs: [] };
    }
    if (min === max && atom.exact) {
      let exact: string[] | undefined = [''];
      for (let count = 0; count < min && exact; count += 1) exact = joined(exact, atom.exact);
      if (exact) return { exact, needs: exact.includes('') ? [] : [exact] };
    }
    return { needs: atom.needs };
  }

  /** [min, max] of a quantifier at the cursor (max Infinity), or undefined. */
  private quantifier(): [number, number] | undefined {
    const ch = this.source[this.at];
    let range: [number, number] | undefined;
    if (ch === '*') range = [0, Number.POSITIVE_INFINITY];
    else if (ch === '+') range = [1, Number.POSITIVE_INFINITY];
    else if (ch === '?') range = [0, 1];
    else if (ch === '{') {
      const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at, this.at + 24));
      if (!braces) return undefined;
      const min = Number(braces[1]);
      const max = braces[2] ? (braces[3] ? Number(braces[3]) : Number.POSITIVE_INFINITY) : min;
      this.at += braces[0].length;
      if (this.source[this.at] === '?') this.at += 1;
      return [min, max];
    }
    if (!range) return undefined;
    this.at += 1;
    if (this.source[this.at] === '?') this.at += 1;
    return range;
  }

  private atom(): Term {
    const ch = this.source[this.at];
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    if (ch === '^' || ch === '$') {
      this.at += 1;
      return { needs: [], zeroWidth: true };
    }
    if (ch === '.') {
      this.at += 1;
      return { needs: [] };
    }
    const character = this.character();
    return { exact: [character], needs: [[character]] };
  }

  /** The character at the cursor (a whole code point under the u flag). */
  private character(): string {
    const code = this.unicode ? (this.source.codePointAt(this.at) ?? 0) : this.source.charCodeAt(this.at);
    const character = this.unicode ? String.fromCodePoint(code) : String.fromCharCode(code);
    this.at += character.length;
    return character;
  }

  private group(): Term {
    const rest = this.source.slice(this.at, this.at + 4);
    let kind: 'plain' | 'ahead' | 'behind' | 'negative' = 'plain';
    if (rest.startsWith('(?:')) this.at += 3;
    else if (rest.startsWith('(?=')) {
      kind = 'ahead';
      this.at += 3;
    } else if (rest.startsWith('(?!')) {
      kind = 'negative';
      this.at += 3;
    } else if (rest.startsWith('(?<=')) {
      kind = 'behind';
      this.at += 4;
    } else if (rest.startsWith('(?<!')) {
      kind = 'negative';
      this.at += 4;
    } else if (rest.startsWith('(?<')) {
      const close = this.source.indexOf('>', this.at);
      if (close < 0) throw new SyntaxError('unclosed group name');
      this.at = close + 1;
    } else if (rest.startsWith('(?')) throw new SyntaxError('unknown group');
    else this.at += 1;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new SyntaxError('unclosed group');
    this.at += 1;
    if (kind === 'negative') return { needs: [], zeroWidth: true };
    // A positive lookaround's text is in the text too (it is no part of the match, so it joins nothing).
    if (kind === 'ahead' || kind === 'behind') return { needs: inner.needs, zeroWidth: true };
    return inner;
  }

  private escape(): Term {
    const next = this.source[this.at + 1];
    if (next === undefined) throw new SyntaxError('trailing backslash');
    if (next === 'd') {
      this.at += 2;
      const digits = [...'0123456789'];
      return { exact: digits, needs: [digits] };
    }
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return { needs: [], zeroWidth: true };
    }
    if (/[DsSwWpPk1-9]/.test(next)) {
      // A class without bounds, a property, a back-reference: nothing required.
      this.at += 2;
      if ((next === 'p' || next === 'P') && this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
      if (next === 'k' && this.source[this.at] === '<') this.at = this.source.indexOf('>', this.at) + 1;
      while (/[0-9]/.test(this.source[this.at] ?? '') && /[1-9]/.test(next)) this.at += 1;
      return { needs: [] };
    }
    const start = this.at;
    const character = this.escapedCharacter();
    if (character === undefined) {
      if (this.at === start) this.at += 2;
      return { needs: [] };
    }
    return { exact: [character], needs: [[character]] };
  }

  /** The character an escape at the cursor stands for (\n, \u4e00, \u{20000}, \x41, \.), or undefined. */
  private escapedCharacter(): string | undefined {
    const next = this.source[this.at + 1];
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (next in controls && !(next === '0' && /[0-9]/.test(this.source[this.at + 2] ?? ''))) {
      this.at += 2;
      return controls[next];
    }
    if (next === 'u') {
      const braced = this.unicode ? /^\\u\{([0-9a-fA-F]{1,6})\}/.exec(this.source.slice(this.at, this.at + 10)) : null;
      if (braced) {
        this.at += braced[0].length;
        return String.fromCodePoint(Number.parseInt(braced[1], 16));
      }
      const four = /^\\u([0-9a-fA-F]{4})/.exec(this.source.slice(this.at, this.at + 6));
      if (!four) return undefined;
      this.at += 6;
      return String.fromCharCode(Number.parseInt(four[1], 16));
    }
    if (next === 'x') {
      const two = /^\\x([0-9a-fA-F]{2})/.exec(this.source.slice(this.at, this.at + 4));
      if (!two) return undefined;
      this.at += 4;
      return String.fromCharCode(Number.parseInt(two[1], 16));
    }
    if (next === 'c') return undefined;
    if (/[A-Za-z0-9]/.test(next)) return undefined;
    this.at += 1;
    return this.character();
  }

  private characterClass(): Term {
    const end = classEnd(this.source, this.at);
    const body = this.source.slice(this.at + 1, end - 1);
    this.at = end;
    if (body.startsWith('^')) return { needs: [] };
    const members = classMembers(body, this.unicode);
    if (!members || members.length === 0) return { needs: [] };
    return { exact: members, needs: [members] };
  }
}

/** The characters of a class's body when few and plain; undefined when unbounded (\s, \p{…}, a wide range). */
function classMembers(body: string, unicode: boolean): string[] | undefined {
  const members = new Set<string>();
  const characters: string[] = [];
  // (An escape then a hyphen may open a range, \u4e00-\u9fa5: unbounded here.)
  const rangeFrom = (at: number) => body[at] === '-' && at + 1 < body.length;
  for (let at = 0; at < body.length; ) {
    if (body[at] === '\\') {
      const next = body[at + 1];
      if (next === 'd') {
        for (const digit of '0123456789') characters.push(digit);
        at += 2;
        if (rangeFrom(at)) return undefined;
        continue;
      }
      if (next === '-' || next === ']' || next === '\\' || next === '[' || next === '^' || /[^A-Za-z0-9]/.test(next ?? 'a')) {
        characters.push(next);
        at += 2;
        if (rangeFrom(at)) return undefined;
        continue;
      }
      const unicodeEscape = /^\\u([0-9a-fA-F]{4})/.exec(body.slice(at, at + 6));
      if (unicodeEscape) {
        characters.push(String.fromCharCode(Number.parseInt(unicodeEscape[1], 16)));
        at += 6;
        if (rangeFrom(at)) return undefined;
        continue;
      }
      return undefined;
    }
    const code = unicode ? (body.codePointAt(at) ?? 0) : body.charCodeAt(at);
    const character = unicode ? String.fromCodePoint(code) : String.fromCharCode(code);
    // A range (a-z, \u4e00-\u9fa5): its characters, when few.
    if (body[at + character.length] === '-' && at + character.length + 1 < body.length) {
      let endAt = at + character.length + 1;
      let last: string;
      const escapedEnd = /^\\u([0-9a-fA-F]{4})/.exec(body.slice(endAt, endAt + 6));
      if (escapedEnd) {
        last = String.fromCharCode(Number.parseInt(escapedEnd[1], 16));
        endAt += 6;
      } else if (body[endAt] === '\\') return undefined;
      else {
        const lastCode = unicode ? (body.codePointAt(endAt) ?? 0) : body.charCodeAt(endAt);
        last = unicode ? String.fromCodePoint(lastCode) : String.fromCharCode(lastCode);
        endAt += last.length;
      }
      const from = code;
      const to = last.codePointAt(0) ?? 0;
      if (to < from || to - from > 16) return undefined;
      for (let point = from; point <= to; point += 1) characters.push(String.fromCodePoint(point));
      at = endAt;
      continue;
    }
    characters.push(character);
    at += character.length;
  }
  for (const character of characters) members.add(character);
  return members.size <= MAX_EXACT ? [...members] : undefined;
}

/** Every string of `left` followed by every string of `right`, when the product stays small. */
function joined(left: readonly string[], right: readonly string[]): string[] | undefined {
  if (left.length * right.length > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const a of left) for (const b of right) out.add(a + b);
  return [...out];
}

/** Where the character class opening at `at` ends (after its ]). */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** The strings a case-insensitive pattern's literal matches (OK, oK … for ok), or undefined when too many or outside ASCII. */
function caseVariants(text: string): string[] | undefined {
  let variants = [''];
  for (const character of text) {
    if (character.toLowerCase() === character.toUpperCase()) {
      variants = variants.map((variant) => variant + character);
      continue;
    }
    if (!/[A-Za-z]/.test(character)) return undefined;
    const lower = character.toLowerCase();
    // (Under the u flag k also matches the Kelvin sign, s the long s.)
    const forms = [lower, lower.toUpperCase(), ...(lower === 'k' ? ['\u212a'] : lower === 's' ? ['\u017f'] : [])];
    variants = variants.flatMap((variant) => forms.map((form) => variant + form));
    if (variants.length > MAX_EXACT) return undefined;
  }
  return variants;
}

/**
 * Sets of strings such that every text `pattern` matches holds a string of each set; none when the pattern requires
 * nothing that can be read (it must then always be run).
 */
/** A pattern's key among literals read before: its flags and a 32-bit FNV-1a hash of its source, with the source's length. */
export function literalsKey(pattern: RegExp): string {
  let hash = 0x811c9dc5;
  const source = pattern.source;
  for (let index = 0; index < source.length; index += 1) {
    hash ^= source.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${pattern.flags}:${source.length}:${hash.toString(36)}`;
}

export function requiredLiterals(pattern: RegExp): readonly Clause[] {
  // (The v flag's class syntax — nested classes, set operations — is not read.)
  if (pattern.flags.includes('v')) return [];
  let needs: readonly Clause[];
  try {
    needs = new Parser(pattern.source, pattern.flags.includes('u')).parse();
  } catch {
    return [];
  }
  const out: Clause[] = [];
  for (const clause of needs) {
    if (clause.length === 0 || clause.includes('')) continue;
    if (!pattern.flags.includes('i')) {
      out.push(shortest(clause));
      continue;
    }
    const variants = clause.map(caseVariants);
    if (variants.every((variant) => variant !== undefined)) out.push(shortest(variants.flat() as string[]));
  }
  return out;
}

/** A clause without the strings that hold another of its strings (公开了 beside 公开: a text holding it holds 公开). */
function shortest(clause: readonly string[]): string[] {
  const unique = [...new Set(clause)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const text of unique) if (!kept.some((shorter) => text.includes(shorter))) kept.push(text);
  return kept;
}

/**
 * A set of patterns' literal triggers, found in a text by one scan: `triggered(text)` gives the indexes of the patterns
 * that may match it (every pattern requiring nothing, and each whose every clause the text satisfies), in order.
 */
/** A literal of some clauses, numbered so that a scan looks at it only until first found. */
interface LiteralEntry {
  id: number;
  literal: string;
  clauses: number[];
}

export class LiteralTriggers {
  /**
   * The literals by their first character (UTF-16 code unit): the one-character literal, and the longer literals by their
   * second character.
   */
  private readonly byFirst = new Map<number, { alone?: LiteralEntry; bySecond: Map<number, LiteralEntry[]> }>();
  /** The pattern of each clause (by number), and how many clauses each pattern has. */
  private readonly patternOf: number[] = [];
  private readonly clausesOf: Uint16Array;
  /** Patterns requiring nothing. */
  private readonly always: number[] = [];
  /** Scratch, reset after each scan: literals and clauses found, and clauses found per pattern. */
  private readonly literalFound: Uint8Array;
  private readonly clauseFound: Uint8Array;
  private readonly foundOf: Uint16Array;
  readonly count: number;

  /**
   * `known`: the literals of patterns read before (by literalsKey), e.g. generated at build time, so that a process does not
   * parse every pattern's source when it starts; a pattern missing from it (or changed since) is read here.
   */
  constructor(patterns: readonly RegExp[], known?: Readonly<Record<string, readonly Clause[]>>) {
    this.count = patterns.length;
    this.clausesOf = new Uint16Array(patterns.length);
    const byLiteral = new Map<string, number[]>();
    patterns.forEach((pattern, index) => {
      const key = known ? literalsKey(pattern) : undefined;
      const clauses = (known && key !== undefined && Object.hasOwn(known, key) ? known[key] : undefined) ?? requiredLiterals(pattern);
      if (clauses.length === 0) this.always.push(index);
      this.clausesOf[index] = clauses.length;
      for (const clause of clauses) {
        const number = this.patternOf.length;
        this.patternOf.push(index);
        for (const literal of clause) byLiteral.set(literal, [...(byLiteral.get(literal) ?? []), number]);
      }
    });
    this.clauseFound = new Uint8Array(this.patternOf.length);
    this.literalFound = new Uint8Array(byLiteral.size);
    this.foundOf = new Uint16Array(patterns.length);
    let id = 0;
    for (const [literal, clauses] of byLiteral) {
      const literalEntry = { id: id++, literal, clauses };
      const first = literal.charCodeAt(0);
      let entry = this.byFirst.get(first);
      if (!entry) this.byFirst.set(first, (entry = { bySecond: new Map() }));
      if (literal.length === 1) {
        entry.alone = literalEntry;
        continue;
      }
      const second = literal.charCodeAt(1);
      const list = entry.bySecond.get(second) ?? [];
      list.push(literalEntry);
      entry.bySecond.set(second, list);
    }
  }

  /** Marks a literal found: its clauses, and each pattern whose every clause is found then as triggered. */
  private find(entry: LiteralEntry, literalsFound: number[], clausesFound: number[], out: number[]): void {
    this.literalFound[entry.id] = 1;
    literalsFound.push(entry.id);
    for (const clause of entry.clauses) {
      if (this.clauseFound[clause] === 1) continue;
      this.clauseFound[clause] = 1;
      clausesFound.push(clause);
      const pattern = this.patternOf[clause];
      this.foundOf[pattern] += 1;
      if (this.foundOf[pattern] === this.clausesOf[pattern]) out.push(pattern);
    }
  }

  /** The indexes of the patterns that may match the text, in order. */
  triggered(text: string): number[] {
    const out = [...this.always];
    const literalsFound: number[] = [];
    const clausesFound: number[] = [];
    for (let at = 0; at < text.length; at += 1) {
      const entry = this.byFirst.get(text.charCodeAt(at));
      if (entry === undefined) continue;
      if (entry.alone && this.literalFound[entry.alone.id] === 0) this.find(entry.alone, literalsFound, clausesFound, out);
      if (at + 1 >= text.length) continue;
      const longer = entry.bySecond.get(text.charCodeAt(at + 1));
      if (longer === undefined) continue;
      for (const literal of longer)
        if (this.literalFound[literal.id] === 0 && (literal.literal.length === 2 || text.startsWith(literal.literal, at)))
          this.find(literal, literalsFound, clausesFound, out);
    }
    for (const id of literalsFound) this.literalFound[id] = 0;
    for (const clause of clausesFound) {
      this.clauseFound[clause] = 0;
      this.foundOf[this.patternOf[clause]] = 0;
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }
}

/**
 * `\p{Script=Han}` written out as the code point ranges it stands for, in the bundle's regular
 * expressions (literals, and the strings and templates given to `new RegExp`).
 *
 * Why: V8 builds the matcher of a Unicode property escape from ICU's data each time a pattern is
 * compiled, and the Han script has astral ranges (CJK extensions B to I), which a `u` pattern turns
 * into surrogate-pair alternatives. The question readers hold about 270 such escapes; compiling them
 * was about a quarter of a one-shot `gongkai ask` (node --cpu-prof). The same set written as ranges
 * compiles about three times faster (a test in test/unit/build measures nothing but checks the two
 * are the same set).
 *
 * The ranges are read off the running Node's own `\p{Script=Han}` (every code point tested), so on
 * the Node that builds the bundle, which `npm ci` does on the machine that runs it, the rewritten
 * patterns match exactly what the sources' patterns match. The sources keep `\p{Script=Han}`: it
 * is what a reader understands, and what the tests (which run the sources) use.
 *
 * Literals are found with TypeScript's parser (a JavaScript tokenizer cannot tell a regular
 * expression from a division), and inside each pattern the escape is replaced by the bare ranges
 * within a character class (`[\p{Script=Han}\d]`) and by a class of its own elsewhere.
 */
import ts from 'typescript';

const HAN = /\p{Script=Han}/u;

/** The Han script as `\uXXXX-\uXXXX…` ranges (astral ones as `\u{XXXXX}`), for inside a character class. */
export function hanRanges() {
  const hex = (code) =>
    code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const ranges = [];
  let start = -1;
  for (let code = 0; code <= 0x110000; code += 1) {
    const inSet = code < 0x110000 && (code < 0xd800 || code > 0xdfff) && HAN.test(String.fromCodePoint(code));
    if (inSet && start < 0) start = code;
    if (!inSet && start >= 0) {
      ranges.push(start === code - 1 ? hex(start) : `${hex(start)}-${hex(code - 1)}`);
      start = -1;
    }
  }
  return ranges.join('');
}

const ESCAPE = '\\p{Script=Han}';

/**
 * A regular expression's pattern text with each `\p{Script=Han}` replaced by `ranges`, bare inside
 * a character class and bracketed outside one. `state.inClass` carries the class state across the
 * pieces of one template (a `${…}` between them is taken to hold no bracket).
 */
export function expandPattern(pattern, ranges, state = { inClass: false }) {
  let out = '';
  for (let index = 0; index < pattern.length; index += 1) {
    if (pattern.startsWith(ESCAPE, index)) {
      out += state.inClass ? ranges : `[${ranges}]`;
      index += ESCAPE.length - 1;
      continue;
    }
    const char = pattern[index];
    if (char === '\\') {
      out += pattern.slice(index, index + 2);
      index += 1;
      continue;
    }
    if (char === '[' && !state.inClass) state.inClass = true;
    else if (char === ']' && state.inClass) state.inClass = false;
    out += char;
  }
  return out;
}

/** A cooked string as the raw text of a template piece. */
function templateRaw(text) {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** `code` (a JavaScript file) with every `\p{Script=Han}` of its literals written out; the number replaced too. */
export function expandHanClasses(code, ranges = hanRanges()) {
  if (!code.includes('Script=Han')) return { code, replaced: 0 };
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  let replaced = 0;
  const count = (text) => text.split(ESCAPE).length - 1;
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node) && node.text.includes(ESCAPE)) {
      const text = node.text;
      const end = text.lastIndexOf('/');
      replaced += count(text);
      edits.push([node.getStart(file), node.end, `/${expandPattern(text.slice(1, end), ranges)}${text.slice(end)}`]);
    } else if (ts.isStringLiteral(node) && node.text.includes(ESCAPE)) {
      replaced += count(node.text);
      edits.push([node.getStart(file), node.end, JSON.stringify(expandPattern(node.text, ranges))]);
    } else if (ts.isNoSubstitutionTemplateLiteral(node) && node.text.includes(ESCAPE)) {
      replaced += count(node.text);
      edits.push([node.getStart(file), node.end, `\`${templateRaw(expandPattern(node.text, ranges))}\``]);
    } else if (
      ts.isTemplateExpression(node) &&
      [node.head, ...node.templateSpans.map((span) => span.literal)].some((part) => part.text.includes(ESCAPE))
    ) {
      const state = { inClass: false };
      const parts = [node.head, ...node.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        const expanded = expandPattern(part.text, ranges, state);
        if (expanded === part.text) continue;
        replaced += count(part.text);
        // A piece's source runs from its opening ` or } to its closing ${ or `.
        const open = part.getStart(file) + 1;
        const close = part.end - (ts.isTemplateTail(part) ? 1 : 2);
        edits.push([open, close, templateRaw(expanded)]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  edits.sort((a, b) => b[0] - a[0]);
  let out = code;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  return { code: out, replaced };
}

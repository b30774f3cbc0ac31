/**
 * The bundle's last non-ASCII characters written as `\uXXXX` escapes, so that dist/bundle/cli.cjs is ASCII alone.
 *
 * Why: esbuild escapes the characters of strings and plain templates (its default `charset: 'ascii'`) but keeps those of
 * regular expression literals and tagged templates as written, and one Chinese character left anywhere makes the whole
 * 3 MB source a two-byte string for V8: Node decodes it as UTF-8 into 6 MB, and every start of `gongkai ask` read and
 * compiled it so (about 20 ms of its CPU time, against an ASCII source; node --cpu-prof).
 *
 * Literals are found with TypeScript's parser (as scripts/han-class.mjs does). In a regular expression literal an escape
 * means the character it stands for, with or without the `u` flag (a surrogate pair written as two escapes is one code
 * point under `u`); a character escaped by a backslash (`\省`, an identity escape, only possible without `u`) is the
 * character itself. A `String.raw` template without substitutions is the string of its raw text: it becomes that string
 * literal, escaped. String literals (those scripts/han-class.mjs wrote) and the pieces of untagged templates are escaped
 * alike (`\省` there is 省 too), and comments. Anything else keeps its characters (the source stays right, only not ASCII) and is counted.
 */
import ts from 'typescript';

/** Each UTF-16 unit of `text` above ASCII as `\uXXXX`; one escaped by a backslash loses the backslash. */
function escapeUnits(text) {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x5c && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      out += next < 0x80 ? text.slice(index, index + 2) : unit(next);
      index += 1;
    } else out += code < 0x80 ? text[index] : unit(code);
  }
  return out;
}

function unit(code) {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A string's value as an ASCII string literal. */
function asciiString(value) {
  return JSON.stringify(value).replace(/[^\x00-\x7f]/g, (char) => unit(char.charCodeAt(0)));
}

/** Whether a template piece belongs to a tagged template. */
function isTagged(piece) {
  const template = ts.isNoSubstitutionTemplateLiteral(piece)
    ? piece
    : piece.parent.kind === ts.SyntaxKind.TemplateSpan
      ? piece.parent.parent
      : piece.parent;
  return ts.isTaggedTemplateExpression(template.parent);
}

const NON_ASCII = /[^\x00-\x7f]/;

/** `code` (a JavaScript file) with its regular expression literals and String.raw templates written in ASCII; what is left above ASCII counted. */
export function asciiBundle(code) {
  if (!NON_ASCII.test(code)) return { code, left: 0 };
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const comments = new Map();
  const noteComments = (ranges) => {
    for (const range of ranges ?? []) comments.set(range.pos, range.end);
  };
  const visit = (node) => {
    // (A comment on the line of the token before a node, as after a block's {, is a trailing one of that token.)
    noteComments(ts.getLeadingCommentRanges(code, node.pos));
    noteComments(ts.getTrailingCommentRanges(code, node.pos));
    noteComments(ts.getTrailingCommentRanges(code, node.end));
    if (ts.isRegularExpressionLiteral(node) && NON_ASCII.test(node.text)) {
      edits.push([node.getStart(file), node.end, escapeUnits(node.text)]);
      return;
    }
    if (
      ts.isTaggedTemplateExpression(node) &&
      node.tag.getText(file) === 'String.raw' &&
      ts.isNoSubstitutionTemplateLiteral(node.template) &&
      node.template.rawText !== undefined &&
      NON_ASCII.test(node.template.rawText)
    ) {
      edits.push([node.getStart(file), node.end, asciiString(node.template.rawText)]);
      return;
    }
    if (ts.isStringLiteral(node) && NON_ASCII.test(node.text)) {
      edits.push([node.getStart(file), node.end, asciiString(node.text)]);
      return;
    }
    // A piece of a template that has no tag (a tagged one's function may read the raw text).
    if (
      (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) &&
      !isTagged(node)
    ) {
      const start = node.getStart(file);
      const text = code.slice(start, node.end);
      if (NON_ASCII.test(text)) edits.push([start, node.end, escapeUnits(text)]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // Comments: any text (esbuild keeps some beside the code).
  for (const [start, end] of comments) {
    const text = code.slice(start, end);
    if (NON_ASCII.test(text)) edits.push([start, end, text.replace(/[^\x00-\x7f]/g, (char) => unit(char.charCodeAt(0)))]);
  }
  // In order, as pieces: thousands of edits spliced one by one into a 3 MB string would copy it each time.
  edits.sort((a, b) => a[0] - b[0]);
  const pieces = [];
  let from = 0;
  for (const [start, end, text] of edits) {
    pieces.push(code.slice(from, start), text);
    from = end;
  }
  pieces.push(code.slice(from));
  const out = pieces.join('');
  let left = 0;
  for (let index = 0; index < out.length; index += 1) if (out.charCodeAt(index) >= 0x80) left += 1;
  return { code: out, left };
}

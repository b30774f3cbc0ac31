/**
 * A page saved as a content system's JSON answer instead of the page itself:
 * {"status":true,"msg":"…","data":{…,"title":"拉萨市政府信息公开指南",…,"content":"<p>…<\/font><\/span>…"}}. The article is its
 * title and its content's HTML; the answer may be cut anywhere (a crawler's copy ends mid-string), so the strings are read by
 * pattern, not by JSON.parse.
 */
import { htmlToText } from './html-to-text.js';

/** A JSON string's body: anything but an unescaped quote, to the closing quote or the end of a cut answer. */
const STRING_BODY = String.raw`((?:[^"\\]|\\[\s\S])*)(?:"|$)`;
const CONTENT = new RegExp(String.raw`"(?:content|contentHtml|htmlContent|articleContent|body)"\s*:\s*"${STRING_BODY}`);
const TITLE = new RegExp(String.raw`"(?:title|articleTitle|name)"\s*:\s*"${STRING_BODY}`);

function unescapeJsonString(body: string): string {
  return body.replace(/\\(?:u([0-9a-fA-F]{4})|([\s\S]))/g, (_, hex: string | undefined, char: string | undefined) => {
    if (hex) return String.fromCharCode(Number.parseInt(hex, 16));
    return { n: '\n', r: '\r', t: '\t', b: '', f: '' }[char as 'n'] ?? (char as string);
  });
}

/**
 * The article a content system's JSON answer holds (its title on the first line, then its content as text), or undefined when
 * the text is no such answer: it must open with { and carry a content string holding markup.
 */
export function cmsArticleText(text: string): string | undefined {
  if (!/^\s*\{\s*"/.test(text)) return undefined;
  const content = CONTENT.exec(text);
  if (!content || !/<\\?\/?[a-z][a-z0-9]*[\s>]/i.test(content[1])) return undefined;
  const title = TITLE.exec(text.slice(0, content.index));
  const html = unescapeJsonString(content[1]);
  const body = htmlToText(html).trim();
  const heading = title ? unescapeJsonString(title[1]).trim() : '';
  return heading && !body.startsWith(heading) ? `${heading}\n${body}\n` : `${body}\n`;
}

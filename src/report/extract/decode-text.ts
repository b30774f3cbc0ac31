/**
 * Turns the bytes of a text-like file into a string. Chinese government sites still publish
 * GBK and Big5 pages and Windows tools still save "Unicode" (UTF-16) text, so UTF-8 is only the
 * first guess. iconv-lite decodes the legacy encodings (GB18030 is a superset of GBK and GB2312;
 * Big5-HKSCS of Big5), chardet guesses between them when a page does not say.
 */
import * as chardet from 'chardet';
import iconv from 'iconv-lite';

/** The encodings we read. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** How the encoding was decided: byte-order mark, the page's own declaration, valid UTF-8, or a guess. */
export type EncodingEvidence = 'bom' | 'declared' | 'utf-8' | 'sniffed';

/** Decoded text with newlines normalised to `\n` and any byte-order mark removed. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  evidence: EncodingEvidence;
}

/**
 * Decodes text, or returns undefined when the bytes are not text at all (so the caller can
 * refuse them). Order: BOM, valid UTF-8, the page's `<meta charset>` (or XML declaration),
 * UTF-8 with a damaged byte or two, then chardet's best Chinese guess.
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  const withBom = decodeWithByteOrderMark(bytes);
  if (withBom) return looksLikeText(withBom.text) ? normalise(withBom) : undefined;

  // Text never contains NUL; binary formats nearly always do.
  if (bytes.includes(0)) return undefined;

  // Valid UTF-8 wins over a declaration: mirrored pages are often re-encoded to UTF-8 with the
  // old `charset=gb2312` left in place, while GBK text is practically never valid UTF-8.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return looksLikeText(utf8) ? normalise({ text: utf8, encoding: 'utf-8', evidence: 'utf-8' }) : undefined;

  const declared = declaredEncoding(bytes);
  if (declared && declared !== 'utf-8') {
    const text = decodeLegacy(bytes, declared);
    if (looksLikeText(text)) return normalise({ text, encoding: declared, evidence: 'declared' });
  }

  // A UTF-8 file cut short or with one damaged byte is still UTF-8; GBK read as UTF-8 instead
  // breaks on nearly every Chinese character.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const replacements = lenient.match(/\ufffd/g)?.length ?? 0;
  const fewReplacements = replacements <= Math.min(3, lenient.length * 0.001) || declared === 'utf-8';
  if (fewReplacements && looksLikeText(lenient.replace(/\ufffd/g, ''))) {
    return normalise({ text: lenient, encoding: 'utf-8', evidence: declared === 'utf-8' ? 'declared' : 'utf-8' });
  }

  const guessed = sniffChineseEncoding(bytes);
  const text = decodeLegacy(bytes, guessed);
  return looksLikeText(text) ? normalise({ text, encoding: guessed, evidence: 'sniffed' }) : undefined;
}

function decodeWithByteOrderMark(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', evidence: 'bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', evidence: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', evidence: 'bom' };
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Labels pages use for the encodings we read (WHATWG names and common aliases). */
const encodingLabels: Array<[RegExp, TextEncodingName]> = [
  [/^(?:gb2312|gbk|gb18030|x-gbk|cp936|windows-936|ms936|euc-cn|csgb2312|chinese|gb_2312-80|iso-ir-58)$/, 'gb18030'],
  [/^(?:big5|big5-hkscs|big5hkscs|x-x-big5|cn-big5|csbig5|cp950|ms950|windows-950)$/, 'big5'],
  [/^(?:utf-?8|unicode-1-1-utf-8)$/, 'utf-8'],
];

/**
 * The charset the document declares in its first bytes: `<meta charset="gbk">`,
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, or an XML declaration.
 * Only ASCII is needed to read it, so the bytes are scanned as Latin-1.
 */
export function declaredEncoding(bytes: Uint8Array): TextEncodingName | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const declaration =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (!declaration) return undefined;
  const label = declaration.toLowerCase();
  return encodingLabels.find(([pattern]) => pattern.test(label))?.[1];
}

/**
 * Big5 only when chardet is clearly surer of it than of GB18030: on a few characters of GBK it
 * often leans to Big5, while real Big5 pages (hundreds of characters) score far apart.
 */
function sniffChineseEncoding(bytes: Uint8Array): 'gb18030' | 'big5' {
  const matches = chardet.analyse(bytes);
  const confidence = (name: string) => matches.find((match) => match.name === name)?.confidence ?? 0;
  return confidence('Big5') - confidence('GB18030') >= big5Margin ? 'big5' : 'gb18030';
}

/** Confidence points by which Big5 must lead; tuned on real report text cut into short pieces. */
const big5Margin = 10;

function decodeLegacy(bytes: Uint8Array, encoding: TextEncodingName): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'big5') return iconv.decode(buffer, 'big5hkscs');
  return iconv.decode(buffer, encoding);
}

/**
 * GB18030 accepts most byte sequences, so random binary can "decode"; control characters give
 * it away. Tab, line feed, form feed and carriage return are ordinary in reports.
 */
function looksLikeText(text: string): boolean {
  const controlCharacters = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return controlCharacters <= Math.max(2, text.length * 0.01);
}

function normalise(decoded: DecodedText): DecodedText {
  const text = decoded.text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  return { ...decoded, text };
}

/**
 * Turns the bytes of a text-like file into a string. Chinese government sites still publish
 * GBK pages and Windows tools still save "Unicode" (UTF-16) text, so UTF-8 is only the first guess.
 */

/** The encodings we try, in the order we trust them. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text with newlines normalised to `\n` and any byte-order mark removed. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes text, or returns undefined when the bytes are not text at all (so the caller can
 * refuse them). GB18030 is a superset of GBK and GB2312, which covers every legacy page.
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  const withBom = decodeWithByteOrderMark(bytes);
  if (withBom) return looksLikeText(withBom.text) ? normalise(withBom) : undefined;

  // Text never contains NUL; binary formats nearly always do.
  if (bytes.includes(0)) return undefined;

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return looksLikeText(utf8) ? normalise({ text: utf8, encoding: 'utf-8' }) : undefined;

  // A UTF-8 file cut short or with one damaged byte is still UTF-8; GBK read as UTF-8 instead
  // breaks on nearly every Chinese character.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const replacements = lenient.match(/\ufffd/g)?.length ?? 0;
  if (replacements <= Math.min(3, lenient.length * 0.001) && looksLikeText(lenient.replace(/\ufffd/g, ''))) {
    return normalise({ text: lenient, encoding: 'utf-8' });
  }

  const gb18030 = tryDecode(bytes, 'gb18030');
  if (gb18030 !== undefined && looksLikeText(gb18030)) return normalise({ text: gb18030, encoding: 'gb18030' });
  return undefined;
}

function decodeWithByteOrderMark(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  return undefined;
}

function tryDecode(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030'): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
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
  return { text, encoding: decoded.encoding };
}

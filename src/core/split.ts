/** Splitting long replies for WeChat, which truncates text messages at about 2,048 bytes. */

/** UTF-8 length of a string in bytes (counted, not encoded: no buffer per call). */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Split text into chunks of at most `maxBytes` UTF-8 bytes, preferring line breaks,
 * then sentence ends, and never cutting a character in two.
 */
export function splitForWeChat(text: string, maxBytes = 2000): string[] {
  if (byteLength(text) <= maxBytes) return [text];
  const chunks: string[] = [];
  let rest = text;
  while (byteLength(rest) > maxBytes) {
    // The longest prefix that fits, counted by code points.
    let bytes = 0;
    let cut = 0;
    for (const ch of rest) {
      const size = byteLength(ch);
      if (bytes + size > maxBytes) break;
      bytes += size;
      cut += ch.length;
    }
    const head = rest.slice(0, cut);
    const breakAt = Math.max(head.lastIndexOf('\n'), -1);
    const sentenceAt = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('！'), head.lastIndexOf('？'));
    let end = cut;
    if (breakAt > cut * 0.5) end = breakAt + 1;
    else if (sentenceAt > cut * 0.5) end = sentenceAt + 1;
    chunks.push(rest.slice(0, end).replace(/\n+$/, ''));
    rest = rest.slice(end).replace(/^\n+/, '');
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

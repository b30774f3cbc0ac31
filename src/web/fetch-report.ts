/**
 * Fetching a report from a URL for the import page. One function, so the web-import module
 * (encodings, redirects, size limits of its own) can replace it without touching the pages.
 */

/** Fetch a URL's bytes and a file name for format detection. */
export type FetchReportUrl = (url: string) => Promise<{ name: string; bytes: Uint8Array }>;

const MAX_BYTES = 20 * 1024 * 1024;

/** A plain fetch: http(s) only, 20 s, 20 MB. */
export const fetchReportUrl: FetchReportUrl = async (url) => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('网址格式不对');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('只支持 http 或 https 网址');
  const response = await fetch(parsed, { signal: AbortSignal.timeout(20_000), redirect: 'follow' });
  if (!response.ok) throw new Error(`网站返回 ${response.status}`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_BYTES) throw new Error('文件太大（上限20MB）');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new Error('文件太大（上限20MB）');
  const last = decodeURIComponent(parsed.pathname.split('/').pop() || '');
  const type = response.headers.get('content-type') ?? '';
  const name = last.includes('.') ? last : `${last || 'report'}${type.includes('pdf') ? '.pdf' : type.includes('word') ? '.docx' : type.includes('html') ? '.html' : '.txt'}`;
  return { name, bytes };
};

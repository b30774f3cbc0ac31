/**
 * Fetching a report from a URL for the import page: the same fetcher as `gongkai import URL`
 * (time-out, size cap, checked redirects, retries, per-host limit), so the console and the
 * command line read the web alike. One function type, so tests can swap it.
 */
import { GongkaiError } from '../core/errors.js';
import { UrlFetcher } from '../report/fetch-url.js';

/** Fetch a URL's bytes and a file name for format detection. */
export type FetchReportUrl = (url: string) => Promise<{ name: string; bytes: Uint8Array }>;

const fetcher = new UrlFetcher();

/** The import fetcher's defaults (20 s, 20 MB, 5 redirects); errors carry its Chinese message. */
export const fetchReportUrl: FetchReportUrl = async (url) => {
  try {
    const document = await fetcher.fetch(url);
    return { name: document.name, bytes: document.bytes };
  } catch (error) {
    throw new Error(error instanceof GongkaiError ? error.message : `无法下载：${(error as Error).message}`);
  }
};

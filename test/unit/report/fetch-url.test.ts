/** The web fetcher against a real HTTP server on 127.0.0.1: encodings, redirects, errors, time-outs, size cap, retries, per-host limit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../src/report/extract.js';
import { documentName, looksLikeUrl, UrlFetcher } from '../../../src/report/fetch-url.js';
import { parseReport } from '../../../src/report/parse.js';
import { type ReportServer, startReportServer } from '../../fixtures/report-server.js';

let server: ReportServer;
beforeAll(async () => {
  server = await startReportServer();
});
afterAll(() => server.close());

const fetcher = (settings: ConstructorParameters<typeof UrlFetcher>[0] = {}) =>
  new UrlFetcher({ backoffMs: 20, timeoutMs: 2000, ...settings });

describe('UrlFetcher', () => {
  it('fetches a GBK page declared by <meta charset=gbk> and hands the same extraction as a file its bytes', async () => {
    const document = await fetcher().fetch(server.url('/gbk/article'));
    expect(document.name).toBe('article.html');
    const { text, format } = await extractText(document);
    expect(format).toBe('html');
    const { report } = parseReport(text);
    expect(report.agency).toBe('中卫市科学技术局');
    expect(report.year).toBe(2025);
    expect(report.applications.received).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(server.userAgents.at(-1)).toMatch(/gongkai-bot\/\d/);
  });

  it('follows redirects hop by hop, relative and absolute', async () => {
    const document = await fetcher().fetch(server.url('/moved'));
    expect(document.url).toBe(server.url('/moved'));
    expect(document.finalUrl).toBe(server.url('/gbk/report.html'));
    expect(document.bytes.length).toBeGreaterThan(1000);
  });

  it('stops a redirect loop at the limit, after exactly limit + 1 requests', async () => {
    const before = (server.hits.get('/loop-a') ?? 0) + (server.hits.get('/loop-b') ?? 0);
    await expect(fetcher({ maxRedirects: 5 }).fetch(server.url('/loop-a'))).rejects.toThrow(/重定向超过 5 次（重定向循环）/);
    expect((server.hits.get('/loop-a') ?? 0) + (server.hits.get('/loop-b') ?? 0) - before).toBe(6);
  });

  it('checks each hop: a redirect to ftp is refused', async () => {
    await expect(fetcher().fetch(server.url('/to-ftp'))).rejects.toThrow(/只支持 http\/https/);
  });

  it('refuses non-http URLs before any request', async () => {
    await expect(fetcher().fetch('file:///etc/passwd')).rejects.toThrow(/只支持 http\/https/);
    expect(looksLikeUrl('file:///etc/passwd')).toBe(true);
    expect(looksLikeUrl('data/reports/a.txt')).toBe(false);
  });

  it('does not retry a 404 and says what it means', async () => {
    await expect(fetcher().fetch(server.url('/no-such-report.html'))).rejects.toThrow(/HTTP 404（页面不存在）/);
    expect(server.hits.get('/no-such-report.html')).toBe(1);
  });

  it('times out a slow server after the time-out setting, without retrying', async () => {
    const started = Date.now();
    await expect(fetcher({ timeoutMs: 300 }).fetch(server.url('/slow'))).rejects.toThrow(/请求超时（0.3 秒内未完成）/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.hits.get('/slow')).toBe(1);
  });

  it('stops reading a body past the size cap and refuses it', async () => {
    await expect(fetcher({ maxBytes: 1024 * 1024 }).fetch(server.url('/huge'))).rejects.toThrow(/超过大小上限 1 MB/);
    // The client hung up long before the server's 256 MB; allow for socket buffers.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.endlessBytes()).toBeLessThan(32 * 1024 * 1024);
  });

  it('refuses a declared Content-Length over the cap without reading', async () => {
    await expect(fetcher({ maxBytes: 1024 * 1024 }).fetch(server.url('/huge-declared'))).rejects.toThrow(/超过大小上限 1 MB/);
  });

  it('retries a 503 and gets the page on the second attempt', async () => {
    const document = await fetcher().fetch(server.url('/flaky'));
    expect(server.hits.get('/flaky')).toBe(2);
    expect(parseReport((await extractText(document)).text).report.agency).toBe('西工区科学技术局');
  });

  it('retries a dropped connection', async () => {
    await fetcher().fetch(server.url('/dropped'));
    expect(server.hits.get('/dropped')).toBe(2);
  });

  it('gives up after the retries with back-off, saying how often it tried', async () => {
    const started = Date.now();
    await expect(fetcher({ retries: 2, backoffMs: 50 }).fetch(server.url('/always-503'))).rejects.toThrow(/HTTP 503，重试 2 次后仍失败/);
    expect(server.hits.get('/always-503')).toBe(3);
    // 50 ms then 100 ms of back-off.
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('keeps at most 2 requests in flight to one host', async () => {
    const own = await startReportServer();
    try {
      const shared = fetcher();
      const documents = await Promise.all(Array.from({ length: 7 }, (_, index) => shared.fetch(own.url(`/held/${index}`))));
      expect(documents).toHaveLength(7);
      expect(own.maxInFlight()).toBe(2);
      // A fetcher with a higher limit does overlap more: the server can see it.
      const wider = fetcher({ perHost: 4 });
      await Promise.all(Array.from({ length: 7 }, (_, index) => wider.fetch(own.url(`/held/wide-${index}`))));
      expect(own.maxInFlight()).toBe(4);
    } finally {
      await own.close();
    }
  });

  it('names a fetched document from its path and content type', () => {
    expect(documentName('http://x.gov.cn/a/b/report.pdf', 'application/octet-stream')).toBe('report.pdf');
    expect(documentName('http://x.gov.cn/a/t2024.htm', undefined)).toBe('t2024.htm');
    expect(documentName('http://x.gov.cn/art?id=1', 'application/pdf')).toBe('art.pdf');
    expect(documentName('http://x.gov.cn/', 'text/html; charset=gbk')).toBe('x.gov.cn.html');
    expect(documentName('http://x.gov.cn/%E5%B9%B4%E6%8A%A5.docx', undefined)).toBe('年报.docx');
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/core/log.js';
import { createWeChatApiClient } from '../../../../src/channels/wechat-oa/api-client.js';

type Route = (path: string, body: string) => { status?: number; json: unknown };

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function fakeApi(route: Route): Promise<{ baseUrl: string; paths: string[] }> {
  const paths: string[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      paths.push(path);
      const answer = route(path, body);
      response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.json));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths };
}

const credentials = { appId: 'wxtest', appSecret: 'secret', logger: silentLogger, retryDelayMs: 10 };

describe('WeChat API client', () => {
  it('shares one token request between concurrent senders and caches it', async () => {
    let tokens = 0;
    const api = await fakeApi((path) =>
      path === '/cgi-bin/token' ? { json: { access_token: `T${++tokens}`, expires_in: 7200 } } : { json: { errcode: 0, errmsg: 'ok' } },
    );
    const client = createWeChatApiClient({ ...credentials, apiBase: api.baseUrl });
    await Promise.all([client.sendText('u1', 'a'), client.sendText('u2', 'b'), client.sendText('u3', 'c')]);
    await client.sendText('u4', 'd');
    expect(api.paths.filter((path) => path === '/cgi-bin/token')).toHaveLength(1);
  });

  it('refreshes the token shortly before it expires', async () => {
    let now = 0;
    let tokens = 0;
    const api = await fakeApi(() => ({ json: { access_token: `T${++tokens}`, expires_in: 7200 } }));
    const client = createWeChatApiClient({ ...credentials, apiBase: api.baseUrl, now: () => now });
    expect(await client.getAccessToken()).toBe('T1');
    now = 6800_000;
    expect(await client.getAccessToken()).toBe('T1');
    now = 6950_000;
    expect(await client.getAccessToken()).toBe('T2');
  });

  it('retries errcode -1 and 5xx with backoff, then succeeds', async () => {
    const sendAnswers = [{ status: 502, json: {} }, { json: { errcode: -1, errmsg: 'system busy' } }, { json: { errcode: 0 } }];
    const api = await fakeApi((path) =>
      path === '/cgi-bin/token' ? { json: { access_token: 'T', expires_in: 7200 } } : sendAnswers.shift()!,
    );
    const client = createWeChatApiClient({ ...credentials, apiBase: api.baseUrl });
    await client.sendText('u', 'hello');
    expect(api.paths.filter((path) => path.endsWith('/custom/send'))).toHaveLength(3);
  });

  it('gives up after the bounded attempts on network errors', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const client = createWeChatApiClient({ ...credentials, apiBase: `http://127.0.0.1:${port}`, maxAttempts: 3 });
    const started = Date.now();
    await expect(client.sendText('u', 'x')).rejects.toMatchObject({ code: 'UPSTREAM' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('does not retry final errors such as 45015 (user silent for 48 hours)', async () => {
    const api = await fakeApi((path) =>
      path === '/cgi-bin/token'
        ? { json: { access_token: 'T', expires_in: 7200 } }
        : { json: { errcode: 45015, errmsg: 'response out of time limit' } },
    );
    const client = createWeChatApiClient({ ...credentials, apiBase: api.baseUrl });
    await expect(client.sendText('u', 'x')).rejects.toThrow(/45015/);
    expect(api.paths.filter((path) => path.endsWith('/custom/send'))).toHaveLength(1);
  });

  it('reports a refused token request without leaking the secret', async () => {
    const api = await fakeApi(() => ({ json: { errcode: 40125, errmsg: 'invalid appsecret' } }));
    const client = createWeChatApiClient({ ...credentials, apiBase: api.baseUrl });
    const error = await client.getAccessToken().catch((caught: Error) => caught);
    expect(String(error)).toMatch(/40125/);
    expect(String(error)).not.toContain('secret=');
  });
});

/**
 * The OpenAI-compatible endpoint misbehaving in ways test/integration/llm.test.ts does not
 * cover (that file has down, slow, invalid JSON and HTTP 500): well-formed JSON of the wrong
 * shape, a connection cut mid-reply, a model that only ever calls tools, and a hanging endpoint
 * behind the real webhook. The citizen always gets the offline answer within the budget.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import { startService } from '../../src/main.js';
import { makeTestApp, type TestApp } from '../helpers.js';
import { type FakeOpenAi, startFakeOpenAi, toolCalls } from '../fixtures/fake-openai.js';
import { field, post, signedQuery, TOKEN, textMessageXml } from './wechat-oa/helpers.js';

/** A question the offline engine cannot place, so the model is asked. */
const HARD = '西工区那个管科技的局2024年盖章同意了多少回？';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

function appWith(baseUrl: string, timeoutMs = 800): TestApp {
  const app = makeTestApp({
    env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseUrl, OPENAI_MODEL: 'fake-model', OPENAI_TIMEOUT_MS: String(timeoutMs) },
  });
  cleanups.push(() => app.dispose());
  return app;
}

async function fake(script: Parameters<typeof startFakeOpenAi>[0]): Promise<FakeOpenAi> {
  const server = await startFakeOpenAi(script);
  cleanups.push(() => server.close());
  return server;
}

/** The offline answer, within the time limit. */
async function expectOffline(app: TestApp, limitMs: number): Promise<void> {
  const started = Date.now();
  const answer = await app.ask(HARD);
  expect(Date.now() - started).toBeLessThan(limitMs);
  expect(answer).toEqual(app.engine.ask(HARD));
}

describe('the LLM endpoint misbehaving', () => {
  it('well-formed JSON of the wrong shape: no choices, choices not a list, an empty message', async () => {
    for (const body of [
      {},
      { choices: 'none' },
      { choices: [] },
      { choices: [{}] },
      { choices: [{ message: { role: 'assistant', content: null } }] },
      null,
      42,
    ]) {
      const server = await fake(() => ({ body }));
      await expectOffline(appWith(server.baseUrl), 2000);
    }
  });

  it('tool calls with arguments that are not JSON, or name tools that do not exist, then garbage', async () => {
    const server = await fake((_request, call) =>
      call === 0
        ? {
            body: {
              choices: [
                {
                  message: {
                    role: 'assistant',
                    content: null,
                    tool_calls: [
                      { id: 'a', type: 'function', function: { name: 'lookup', arguments: '{not json' } },
                      { id: 'b', type: 'function', function: { name: 'rm_rf', arguments: '{}' } },
                    ],
                  },
                },
              ],
            },
          }
        : 'garbage',
    );
    await expectOffline(appWith(server.baseUrl), 2000);
  });

  it('a model that only ever calls tools gives up after its rounds', async () => {
    const server = await fake(() => toolCalls([{ name: 'guide', arguments: { question: '多久答复' } }]));
    await expectOffline(appWith(server.baseUrl), 2000);
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  it('a connection cut in the middle of the reply', async () => {
    const server = http.createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
        response.write('{"choices": [{"message": {"role": "assistant", "con');
        setTimeout(() => response.socket?.destroy(), 20);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    await expectOffline(appWith(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`), 2000);
  });

  it('a hanging endpoint behind the real webhook: the passive reply is the offline answer, well within WeChat’s 5 s', async () => {
    const server = await fake(() => ({ delayMs: 60_000, body: {} }));
    const directory = mkdtempSync(join(tmpdir(), 'gongkai-faults-llm-'));
    const config = loadConfig(
      {
        PORT: '0',
        HOST: '127.0.0.1',
        WECHAT_OA_TOKEN: TOKEN,
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: server.baseUrl,
        OPENAI_TIMEOUT_MS: '700',
      },
      { db: join(directory, 'llm.db') },
    );
    const service = await startService(config, silentLogger);
    cleanups.push(async () => {
      await service.stop();
      rmSync(directory, { recursive: true, force: true });
    });
    const started = Date.now();
    const response = await post(
      `http://127.0.0.1:${service.address.port}`,
      signedQuery(),
      textMessageXml({ content: HARD, msgId: '9900000001' }),
    );
    expect(Date.now() - started).toBeLessThan(2500);
    expect(response.status).toBe(200);
    expect(field(response.text, 'Content')).toBe(service.app.engine.ask(HARD).answer);
    expect(server.requests.length).toBe(1);
  });
});

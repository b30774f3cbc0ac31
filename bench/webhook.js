/**
 * The webhook under load: `gongkai serve` on 127.0.0.1 (a child process, as in production,
 * logging at info to /dev/null) and a bare node:http echo server, both driven by autocannon
 * with signed text messages — every one a new MsgId from one of many users — and passive replies.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from './generate.js';

export const BENCH_TOKEN = 'gongkaiBench2024';

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024;
    return { rss_mb: field('VmRSS'), peak_rss_mb: field('VmHWM') };
  } catch {
    return { rss_mb: Number.NaN, peak_rss_mb: Number.NaN };
  }
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc). */
export function cpuTimeOf(pid) {
  const { user_ms, system_ms } = cpuTimesOf(pid);
  return user_ms + system_ms;
}

/** User and system CPU time a process has used so far, in ms (Linux /proc). */
export function cpuTimesOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return { user_ms: (Number(fields[11]) * 1000) / 100, system_ms: (Number(fields[12]) * 1000) / 100 };
  } catch {
    return { user_ms: Number.NaN, system_ms: Number.NaN };
  }
}

function wrapCdata(text) {
  return `<![CDATA[${text.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

/** A signed callback: query string and body, as WeChat sends them. */
export function signedMessage({ text, user, msgId, token = BENCH_TOKEN }) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(4).toString('hex');
  const signature = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
  const body =
    `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName>${wrapCdata(user)}</FromUserName>` +
    `<CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>${wrapCdata(text)}</Content><MsgId>${msgId}</MsgId></xml>`;
  return { path: `/wechat?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`, body };
}

/** Start `gongkai serve` on the database; resolves with its base URL and process. */
export function startServe(databasePath, environment = {}, nodeArguments = []) {
  const child = spawn(process.execPath, [...nodeArguments, join(projectRoot, 'bin', 'gongkai.js'), '--db', databasePath, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', WECHAT_OA_TOKEN: BENCH_TOKEN, ...environment },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gongkai serve did not start: ${stderr}`)), 120_000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const found = /webhook (http:\/\/[\d.:]+)\/wechat/.exec(stderr);
      if (found) {
        clearTimeout(timer);
        resolve({ baseUrl: found[1], child, stop: () => stopChild(child) });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gongkai serve exited (${code}): ${stderr}`));
    });
  });
}

/** Start the echo server; resolves with its base URL and process. */
export function startEcho() {
  const child = spawn(process.execPath, [join(projectRoot, 'bench', 'echo-server.js')], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) =>
      resolve({ baseUrl: `http://127.0.0.1:${String(chunk).trim()}`, child, stop: () => stopChild(child) }),
    );
    child.on('error', reject);
  });
}

function stopChild(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

/**
 * Drive `baseUrl` with signed messages from `questions` (cycled; every request a new MsgId)
 * for `durationSeconds` over `connections` connections.
 */
export function load(baseUrl, questions, { durationSeconds = 10, connections = 10, firstMessageId = 1 } = {}) {
  let sent = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: durationSeconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'text/xml' },
            setupRequest: (request) => {
              const question = questions[sent % questions.length];
              const message = signedMessage({ text: question.text, user: question.user, msgId: firstMessageId + sent });
              sent += 1;
              return { ...request, path: message.path, body: message.body };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('error', reject);
  });
}

/** The figures of one autocannon result. */
export function summarise(result) {
  return {
    req_per_s: result.requests.average,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    requests: result.requests.total,
    non_2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

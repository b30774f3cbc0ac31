/** The offline engine in one process: a realistic question mix over the benchmark database. */
import { performance } from 'node:perf_hooks';
import { createApp } from '../dist/app.js';
import { loadConfig } from '../dist/config/config.js';
import { silentLogger } from '../dist/core/log.js';
import { questionMix } from './questions.js';

/** A fixed clock, so 去年 and deadlines mean the same in every run. */
export const BENCH_NOW = new Date('2026-03-02T10:00:00+08:00');

export function percentile(sorted, fraction) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * fraction) - 1))];
}

/**
 * Ask `questions` questions (after `warmup` unmeasured ones) through QaEngine.ask, timing
 * each; each phase stops early after `maxSeconds`. Returns throughput, latency percentiles
 * overall and per kind, and the answer kinds.
 */
export function benchEngine(databasePath, { questions = 20000, warmup = 2000, maxSeconds = 60 } = {}) {
  const config = loadConfig({ LOG_LEVEL: 'silent' }, { db: databasePath });
  const openStarted = performance.now();
  const app = createApp(config, { logger: silentLogger, now: () => BENCH_NOW });
  const openMs = performance.now() - openStarted;
  try {
    const mix = questionMix(app.reports, warmup + questions);
    // The first question builds the agency index over every alias.
    const firstStarted = performance.now();
    app.engine.ask(mix[0].text, { user: mix[0].user });
    const firstAnswerMs = performance.now() - firstStarted;
    const warmStarted = performance.now();
    let warmed = 1;
    for (const question of mix.slice(1, warmup)) {
      app.engine.ask(question.text, { user: question.user });
      warmed += 1;
      if (performance.now() - warmStarted > maxSeconds * 1000) break;
    }
    const measured = mix.slice(warmup);
    const latencies = [];
    const byKind = new Map();
    const answerKinds = {};
    const started = performance.now();
    for (let index = 0; index < measured.length && performance.now() - started < maxSeconds * 1000; index += 1) {
      const question = measured[index];
      const before = performance.now();
      const answer = app.engine.ask(question.text, { user: question.user });
      const took = performance.now() - before;
      latencies.push(took);
      answerKinds[answer.kind] = (answerKinds[answer.kind] ?? 0) + 1;
      let list = byKind.get(question.kind);
      if (!list) byKind.set(question.kind, (list = []));
      list.push(took);
    }
    const elapsedMs = performance.now() - started;
    const sorted = Float64Array.from(latencies).sort();
    const kinds = {};
    for (const [kind, list] of byKind) {
      list.sort((a, b) => a - b);
      kinds[kind] = { count: list.length, p50_ms: percentile(list, 0.5), p99_ms: percentile(list, 0.99), max_ms: list[list.length - 1] };
    }
    return {
      answers_per_s: latencies.length / (elapsedMs / 1000),
      answer_p50_ms: percentile(sorted, 0.5),
      answer_p99_ms: percentile(sorted, 0.99),
      answer_max_ms: sorted[sorted.length - 1],
      questions: latencies.length,
      warmup_questions: warmed,
      open_ms: openMs,
      first_answer_ms: firstAnswerMs,
      by_question_kind: kinds,
      answer_kinds: answerKinds,
    };
  } finally {
    app.close();
  }
}

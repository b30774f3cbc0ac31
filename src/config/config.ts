/**
 * Configuration: the environment read once through one zod schema. Nothing else reads
 * process.env. Every problem is listed at once, and secrets are never printed.
 */
import { isAbsolute, join, resolve } from 'node:path';
import * as z from 'zod';
import { GongkaiError } from '../core/errors.js';
import { projectRoot } from './paths.js';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const EnvironmentSchema = z
  .object({
    GONGKAI_DB: optionalString,
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    // No default here: without a token the service only listens on 127.0.0.1 (see listenHost).
    HOST: optionalString,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WECHAT_OA_TOKEN: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9]{3,32}$/, 'must be 3–32 letters or digits (WeChat rule)')
        .optional(),
    ),
    WECHAT_OA_APP_ID: optionalString,
    WECHAT_OA_APP_SECRET: optionalString,
    WECHAT_OA_ENCODING_AES_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9]{43}$/, 'must be 43 letters or digits')
        .optional(),
    ),
    WECHAT_OA_ENCRYPT_MODE: z.enum(['plain', 'compat', 'safe']).default('plain'),
    WECHAT_OA_ALLOW_STAFF_PLAIN: z
      .enum(['0', '1', 'true', 'false', ''])
      .default('0')
      .transform((value) => value === '1' || value === 'true'),
    WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
    WECHATY_PUPPET: optionalString,
    WECHATY_PUPPET_TOKEN: optionalString,
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalString.pipe(z.string().url().optional()),
    OPENAI_MODEL: z.string().default('gpt-4o-mini'),
    OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(2500),
    ANSWER_BUDGET_MS: z.coerce.number().int().min(200).max(4800).default(4000),
    REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(9),
    REMINDER_NOTIFIERS: z.string().default('console'),
    WECOM_WEBHOOK_BASE: z.string().url().default('https://qyapi.weixin.qq.com'),
    WECOM_WEBHOOK_KEY: optionalString,
    // The WeCom self-built app (企业微信自建应用): the callback needs corp id, token and AES key; sending needs corp id, agent id and secret.
    WECOM_CORP_ID: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be the CorpID (letters and digits, 我的企业 → 企业信息)')
        .optional(),
    ),
    WECOM_AGENT_ID: optionalString.pipe(
      z
        .string()
        .regex(/^[1-9]\d{0,9}$/, 'must be the app’s AgentId, a whole number')
        .transform(Number)
        .optional(),
    ),
    WECOM_SECRET: optionalString,
    WECOM_TOKEN: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9]{1,32}$/, 'must be 1–32 letters or digits (WeCom rule)')
        .optional(),
    ),
    WECOM_ENCODING_AES_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9]{43}$/, 'must be 43 letters or digits')
        .optional(),
    ),
    WECOM_API_BASE: z.string().url().default('https://qyapi.weixin.qq.com'),
    IMPORT_TIMEOUT_S: z.coerce.number().positive().max(600).default(20),
    IMPORT_MAX_MB: z.coerce.number().positive().max(2048).default(20),
    /**
     * How far `serve` lets V8's heap grow past the live data between full collections, in percent
     * (V8's --heap-growing-percent); 0 leaves V8's own factor, which lets garbage grow the heap to 2–4
     * times the live data of a busy service.
     */
    HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(300).default(30),
    /** Where citizens and staff reach the web pages (https://…); figure answers link to it, sign-in links use it. */
    PUBLIC_BASE_URL: optionalString.pipe(
      z
        .string()
        .url()
        .transform((value) => value.replace(/\/+$/, ''))
        .optional(),
    ),
  })
  .superRefine((env, context) => {
    if (env.WECHAT_OA_ENCRYPT_MODE !== 'plain') {
      if (!env.WECHAT_OA_ENCODING_AES_KEY)
        context.addIssue({
          code: 'custom',
          path: ['WECHAT_OA_ENCODING_AES_KEY'],
          message: `required when WECHAT_OA_ENCRYPT_MODE=${env.WECHAT_OA_ENCRYPT_MODE}`,
        });
      if (!env.WECHAT_OA_APP_ID)
        context.addIssue({
          code: 'custom',
          path: ['WECHAT_OA_APP_ID'],
          message: `required when WECHAT_OA_ENCRYPT_MODE=${env.WECHAT_OA_ENCRYPT_MODE}`,
        });
      if (!env.WECHAT_OA_TOKEN)
        context.addIssue({
          code: 'custom',
          path: ['WECHAT_OA_TOKEN'],
          message: `required when WECHAT_OA_ENCRYPT_MODE=${env.WECHAT_OA_ENCRYPT_MODE}`,
        });
    }
    if (Boolean(env.WECHAT_OA_APP_ID) !== Boolean(env.WECHAT_OA_APP_SECRET) && env.WECHAT_OA_ENCRYPT_MODE === 'plain') {
      context.addIssue({
        code: 'custom',
        path: ['WECHAT_OA_APP_SECRET'],
        message: 'WECHAT_OA_APP_ID and WECHAT_OA_APP_SECRET go together',
      });
    }
    for (const [path, message] of weComProblems(env)) context.addIssue({ code: 'custom', path: [path], message });
  });

type WeComSettings = {
  WECOM_CORP_ID?: string;
  WECOM_AGENT_ID?: number;
  WECOM_SECRET?: string;
  WECOM_TOKEN?: string;
  WECOM_ENCODING_AES_KEY?: string;
};

/**
 * A partial WeCom app setup is refused rather than half-started: the callback without the secret
 * would take messages it cannot answer late nor notify through, and a secret without a corp id
 * would never be used.
 */
function weComProblems(env: WeComSettings): Array<[keyof WeComSettings, string]> {
  const problems: Array<[keyof WeComSettings, string]> = [];
  const callback = Boolean(env.WECOM_TOKEN || env.WECOM_ENCODING_AES_KEY);
  const sending = Boolean(env.WECOM_SECRET || env.WECOM_AGENT_ID !== undefined);
  if (!callback && !sending) {
    if (env.WECOM_CORP_ID)
      problems.push([
        'WECOM_TOKEN',
        'WECOM_CORP_ID is set: also set WECOM_TOKEN, WECOM_ENCODING_AES_KEY, WECOM_AGENT_ID and WECOM_SECRET (or unset it)',
      ]);
    return problems;
  }
  const needed = (name: keyof WeComSettings, why: string) => {
    if (env[name] === undefined) problems.push([name, `required ${why}`]);
  };
  needed('WECOM_CORP_ID', 'for the WeCom app');
  if (callback) {
    needed('WECOM_TOKEN', 'with WECOM_ENCODING_AES_KEY (the app’s 接收消息 settings)');
    needed('WECOM_ENCODING_AES_KEY', 'with WECOM_TOKEN (the app’s 接收消息 settings)');
  }
  // The callback needs to send too: answers that miss the 5-second window, and notifications.
  const why = callback
    ? 'with the WeCom callback (late answers and notifications are sent with message/send)'
    : 'with the other of WECOM_AGENT_ID and WECOM_SECRET';
  needed('WECOM_AGENT_ID', why);
  needed('WECOM_SECRET', why);
  return problems;
}

/** True when the WeCom app channel's callback is configured (corp id, token and AES key). */
export function weComAppEnabled(config: WeComSettings): boolean {
  return Boolean(config.WECOM_CORP_ID && config.WECOM_TOKEN && config.WECOM_ENCODING_AES_KEY);
}

export type Environment = z.infer<typeof EnvironmentSchema>;

export interface Config extends Environment {
  /** Absolute path of the SQLite database. */
  databasePath: string;
}

/** Parse the environment (process.env by default); throws one error listing every problem. */
export function loadConfig(environment: Record<string, string | undefined> = process.env, overrides: { db?: string } = {}): Config {
  // Parsed once per process: zod's generated fast path would cost more to build than it saves.
  const parsed = EnvironmentSchema.safeParse(environment, { jitless: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new GongkaiError('CONFIG', `invalid configuration:\n${problems.join('\n')}`);
  }
  // A path given by the user is relative to where they are; the default lives in the project.
  const dbSetting = overrides.db ?? parsed.data.GONGKAI_DB;
  const databasePath =
    dbSetting === undefined
      ? join(projectRoot(), 'data', 'gongkai.db')
      : dbSetting === ':memory:' || isAbsolute(dbSetting)
        ? dbSetting
        : resolve(process.cwd(), dbSetting);
  return { ...parsed.data, databasePath };
}

/**
 * Where the webhook listens: HOST when set; otherwise every interface with a real token, and
 * only 127.0.0.1 with the random development token, which is printed in the log.
 */
export function listenHost(config: Pick<Config, 'HOST' | 'WECHAT_OA_TOKEN'>): string {
  if (config.HOST) return config.HOST;
  return config.WECHAT_OA_TOKEN ? '0.0.0.0' : '127.0.0.1';
}

export { projectRoot };

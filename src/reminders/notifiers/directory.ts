/**
 * Which notifiers each agency uses: data/notifiers.json maps an agency's full name to a list of
 * notifier specs; every other agency uses REMINDER_NOTIFIERS (e.g. "console,wecom"). Everything is
 * checked when the directory is built, so a missing key or dependency fails at start-up.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as z from 'zod';
import type { Config } from '../../config/config.js';
import { dataPath } from '../../config/paths.js';
import { GongkaiError } from '../../core/errors.js';
import { createConsoleNotifier } from './console.js';
import { createOaTemplateNotifier } from './oa-template.js';
import type { Notifier, NotifierDirectory } from './port.js';
import { createRateLimiter, type LimiterClock, type RateLimiter } from './rate-limiter.js';
import { createWechatyContactNotifier, createWechatyRoomNotifier, type WechatySay } from './wechaty.js';
import { createWeComNotifier, WECOM_MESSAGES_PER_MINUTE } from './wecom.js';
import { createWeComAppNotifier, type WeComAppSender } from './wecom-app.js';

/** One notifier as configured. */
export const NotifierSpecSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('console') }),
  z.strictObject({ type: z.literal('wecom'), key: z.string().min(1).optional(), format: z.enum(['text', 'markdown']).default('text') }),
  z.strictObject({ type: z.literal('wechaty-room'), room: z.string().min(1) }),
  z.strictObject({ type: z.literal('wechaty') }),
  z.strictObject({ type: z.literal('oa-template'), template_id: z.string().min(1), url: z.string().url().optional() }),
  z.strictObject({ type: z.literal('wecom-app') }),
]);
export type NotifierSpec = z.infer<typeof NotifierSpecSchema>;

/** data/notifiers.json. */
export const NotifierRoutingSchema = z.strictObject({
  version: z.literal(1),
  comment: z.string().optional(),
  agencies: z.record(z.string().min(2), z.array(NotifierSpecSchema).min(1)),
});
export type NotifierRouting = z.infer<typeof NotifierRoutingSchema>;

function listProblems(error: z.ZodError, source: string): GongkaiError {
  const problems = error.issues.map((issue) => `  - ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  return new GongkaiError('CONFIG', `invalid ${source}:\n${problems.join('\n')}`);
}

/** Read and validate data/notifiers.json; a missing file means no per-agency routing. */
export function loadNotifierRouting(path = dataPath('notifiers.json')): NotifierRouting {
  if (!existsSync(path)) return { version: 1, agencies: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new GongkaiError('CONFIG', `${path} is not valid JSON: ${(error as Error).message}`, undefined, { cause: error });
  }
  const parsed = NotifierRoutingSchema.safeParse(raw);
  if (!parsed.success) throw listProblems(parsed.error, path);
  return parsed.data;
}

/**
 * Parse REMINDER_NOTIFIERS: comma-separated `console`, `wecom` (key from WECOM_WEBHOOK_KEY),
 * `wecom-markdown`, `wechaty` (each staff member's contact), `wechaty-room:ROOM_ID`,
 * `oa-template:TEMPLATE_ID`, `wecom-app` (each staff member's WeCom userid, through the app).
 */
export function parseNotifierList(list: string): NotifierSpec[] {
  const problems: string[] = [];
  const specs: NotifierSpec[] = [];
  for (const token of list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [type, ...rest] = token.split(':');
    const argument = rest.join(':');
    if (type === 'console' && !argument) specs.push({ type: 'console' });
    else if (type === 'wecom' && !argument) specs.push({ type: 'wecom', format: 'text' });
    else if (type === 'wecom-markdown' && !argument) specs.push({ type: 'wecom', format: 'markdown' });
    else if (type === 'wechaty' && !argument) specs.push({ type: 'wechaty' });
    else if (type === 'wechaty-room' && argument) specs.push({ type: 'wechaty-room', room: argument });
    else if (type === 'oa-template' && argument) specs.push({ type: 'oa-template', template_id: argument });
    else if (type === 'wecom-app' && !argument) specs.push({ type: 'wecom-app' });
    else
      problems.push(
        `  - REMINDER_NOTIFIERS: cannot use "${token}" (console, wecom, wecom-markdown, wechaty, wechaty-room:ROOM_ID, oa-template:TEMPLATE_ID, wecom-app)`,
      );
  }
  if (problems.length > 0) throw new GongkaiError('CONFIG', `invalid configuration:\n${problems.join('\n')}`);
  return specs;
}

/** What the directory is built from. */
export interface NotifierDirectoryOptions {
  config: Pick<Config, 'REMINDER_NOTIFIERS' | 'WECOM_WEBHOOK_BASE' | 'WECOM_WEBHOOK_KEY' | 'WECHAT_API_BASE'>;
  /** Per-agency routing; default data/notifiers.json. */
  routing?: NotifierRouting;
  /** Where the console notifier writes (stdout by default; the CLI uses stderr). */
  consoleStream?: NodeJS.WritableStream;
  /** For `oa-template`: e.g. `createWeChatApiClient(...).getAccessToken`. */
  getAccessToken?: () => Promise<string>;
  /** For `wechaty` and `wechaty-room`: supplied by the Wechaty adapter. */
  say?: WechatySay;
  /** For `wecom-app`: the WeCom app channel's sender (WECOM_CORP_ID, WECOM_AGENT_ID, WECOM_SECRET). */
  weComApp?: WeComAppSender;
  /** The WeCom limiters' clock, for tests. */
  clock?: LimiterClock;
}

/**
 * Build the notifier directory. Notifiers are made once per distinct spec, so agencies sharing a
 * robot share its rate limiter. Throws one CONFIG error listing every unusable spec.
 */
export function createNotifierDirectory(options: NotifierDirectoryOptions): NotifierDirectory {
  const routing = options.routing ?? loadNotifierRouting();
  const defaults = parseNotifierList(options.config.REMINDER_NOTIFIERS);
  const limiters = new Map<string, RateLimiter>();
  const built = new Map<string, Notifier>();
  const problems: string[] = [];

  function build(spec: NotifierSpec, where: string): Notifier | undefined {
    switch (spec.type) {
      case 'console':
        return createConsoleNotifier(options.consoleStream);
      case 'wecom': {
        const key = spec.key ?? options.config.WECOM_WEBHOOK_KEY;
        if (!key) {
          problems.push(`  - ${where}: a wecom notifier needs a key (in data/notifiers.json or WECOM_WEBHOOK_KEY)`);
          return undefined;
        }
        let limiter = limiters.get(key);
        if (!limiter) {
          limiter = createRateLimiter({ limit: WECOM_MESSAGES_PER_MINUTE, windowMs: 60_000, clock: options.clock });
          limiters.set(key, limiter);
        }
        return createWeComNotifier({ base: options.config.WECOM_WEBHOOK_BASE, key, format: spec.format, limiter });
      }
      case 'wechaty-room':
      case 'wechaty':
        if (!options.say) {
          problems.push(`  - ${where}: ${spec.type} needs Wechaty (set WECHATY_PUPPET so the bot runs)`);
          return undefined;
        }
        return spec.type === 'wechaty'
          ? createWechatyContactNotifier({ say: options.say })
          : createWechatyRoomNotifier({ room: spec.room, say: options.say });
      case 'oa-template':
        if (!options.getAccessToken) {
          problems.push(`  - ${where}: oa-template needs the official account (WECHAT_OA_APP_ID and WECHAT_OA_APP_SECRET)`);
          return undefined;
        }
        return createOaTemplateNotifier({
          base: options.config.WECHAT_API_BASE,
          templateId: spec.template_id,
          url: spec.url,
          getAccessToken: options.getAccessToken,
        });
      case 'wecom-app':
        if (!options.weComApp) {
          problems.push(`  - ${where}: wecom-app needs the WeCom app (WECOM_CORP_ID, WECOM_AGENT_ID and WECOM_SECRET)`);
          return undefined;
        }
        return createWeComAppNotifier(options.weComApp);
    }
  }

  function resolve(specs: NotifierSpec[], where: string): Notifier[] {
    const notifiers: Notifier[] = [];
    for (const spec of specs) {
      const signature = JSON.stringify(spec.type === 'wecom' ? { ...spec, key: spec.key ?? options.config.WECOM_WEBHOOK_KEY } : spec);
      let notifier = built.get(signature);
      if (!notifier) {
        notifier = build(spec, where);
        if (notifier) built.set(signature, notifier);
      }
      // Two specs reaching the same channel (same robot, text and markdown) would share an exactly-once key.
      if (notifier && !notifiers.some((existing) => existing.name === notifier!.name)) notifiers.push(notifier);
    }
    return notifiers;
  }

  const fallback = resolve(defaults, 'REMINDER_NOTIFIERS');
  const byAgency = new Map<string, Notifier[]>();
  for (const [agency, specs] of Object.entries(routing.agencies)) byAgency.set(agency, resolve(specs, `notifiers.json: ${agency}`));
  if (problems.length > 0) throw new GongkaiError('CONFIG', `invalid notifier configuration:\n${problems.join('\n')}`);
  return (agency) => byAgency.get(agency.name) ?? fallback;
}

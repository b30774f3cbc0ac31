/**
 * The only composition root: config → store → services → features (the message pipeline) →
 * channels. The server, the CLI commands and the tests all build the application here, so every
 * channel (official account, WeCom app, Wechaty, console) calls the same `app.handle`.
 */
import type { Channels } from './channels/index.js';
import { channelEvents, helpCommand, questions } from './citizen-features.js';
import type { Config } from './config/config.js';
import type { Logger } from './core/log.js';
import type { MessageHandler } from './core/message.js';
import { Composer, createPipeline, identify, lazy, lengthLimit, rateLimit } from './core/pipeline.js';
import type { StateStore } from './core/state.js';
import { AgencyGuideAnswerer } from './guide/agency-guide-answer.js';
import { answerGuide } from './guide/answer.js';
import { type Guide, loadGuide } from './guide/topics.js';
import { type Answer, QaEngine } from './qa/engine.js';
import type { LlmAnswerer } from './qa/llm.js';
import { openDatabase, type Db } from './store/db.js';
import { DraftStore } from './store/draft-store.js';
import { GuideStore } from './store/guide-store.js';
import { ReportStore } from './store/report-store.js';
import { seedSampleReports } from './report/seed.js';
import { SqliteStateStore } from './store/state-store.js';
import { StaffStore } from './store/staff-store.js';

export { helpText, welcomeText } from './citizen-features.js';

export interface App {
  config: Config;
  db: Db;
  reports: ReportStore;
  staff: StaffStore;
  drafts: DraftStore;
  state: StateStore;
  now: () => Date;
  guide: Guide;
  engine: QaEngine;
  logger: Logger;
  /** Answer a citizen's question (the offline engine). */
  ask(question: string, user?: string): Promise<Answer>;
  /** The channel-neutral pipeline every adapter calls. */
  handle: MessageHandler;
  /**
   * The channels of the channel registry (src/channels/index.ts), composed on the first call and
   * attached to `handle`; the service starts and stops them. Loaded then, so one-shot commands
   * (`gongkai ask`) never load HTTP or the platforms' protocols.
   */
  channels(): Promise<Channels>;
  close(): void;
}

/** What a feature is built from: the application without the pipeline and the channels it is part of. */
export type AppServices = Omit<App, 'handle' | 'channels'>;

export interface AppOptions {
  logger: Logger;
  now?: () => Date;
  /** Load the sample reports into an empty database (npm start, ask, chat). */
  seed?: boolean;
}

/** Build the application on an open configuration. */
export function createApp(config: Config, options: AppOptions): App {
  const now = options.now ?? (() => new Date());
  const db = openDatabase(config.databasePath);
  const reports = new ReportStore(db);
  if (options.seed) {
    const loaded = seedSampleReports(reports);
    if (loaded > 0) options.logger.info({ event: 'seeded', reports: loaded }, `loaded ${loaded} sample reports`);
  }
  const state = new SqliteStateStore(db, () => now().getTime(), options.logger);
  const staff = new StaffStore(db, reports);
  const drafts = new DraftStore(db, now);
  // Validated on first use: `gongkai ask` about a report never reads it, and validating costs a
  // one-shot command a tenth of its start-up. The service reads it at start (startService).
  let loadedGuide: Guide | undefined;
  const guide = (): Guide => (loadedGuide ??= loadGuide());
  const agencyGuide = new AgencyGuideAnswerer({
    guides: new GuideStore(db, reports),
    reports,
    get guide() {
      return guide();
    },
  });
  const engine = new QaEngine({
    reports,
    state,
    now,
    guide: { answer: (question, at) => answerGuide(question, at, guide()) },
    agencyGuide,
  });
  // The openai package is loaded only when a key is configured, and only when first needed.
  let llm: Promise<LlmAnswerer> | undefined;
  const loadLlm = () =>
    (llm ??= import('./qa/llm.js').then(
      ({ LlmAnswerer }) =>
        new LlmAnswerer(
          {
            apiKey: config.OPENAI_API_KEY!,
            baseUrl: config.OPENAI_BASE_URL,
            model: config.OPENAI_MODEL,
            timeoutMs: config.OPENAI_TIMEOUT_MS,
            logger: options.logger,
            guide: (question) => answerGuide(question, now(), guide()),
          },
          engine,
        ),
    ));
  /** Offline first; the model only gets the questions the offline engine could not place. */
  const ask = async (question: string, user?: string): Promise<Answer> => {
    const offline = engine.ask(question, { user });
    if (!config.OPENAI_API_KEY || (offline.kind !== 'clarify' && offline.kind !== 'refusal') || question.trim().length === 0)
      return offline;
    return (await (await loadLlm()).answer(question)) ?? offline;
  };
  const base = {
    config,
    db,
    reports,
    staff,
    drafts,
    state,
    now,
    get guide() {
      return guide();
    },
    engine,
    logger: options.logger,
    ask,
    close: () => {
      state.flush();
      if (db.open) db.close();
    },
  };
  // The order is the policy: limits before any work, identity before staff features, staff
  // commands before data entry (which then never sees their words), questions last.
  const features = new Composer().use(
    rateLimit(),
    lengthLimit(),
    identify(),
    channelEvents(engine),
    // Staff features are imported on the first message (see lazy): `gongkai ask` never needs them.
    lazy(async () => (await import('./reminders/chat-commands.js')).reminderCommands(base)),
    lazy(async () => (await import('./web/console-sign-in.js')).consoleSignIn(base)),
    lazy(async () => (await import('./data-entry/feature.js')).dataEntry(base)),
    helpCommand(engine),
    questions({ ask, publicBaseUrl: config.PUBLIC_BASE_URL, reports }),
  );
  const handle = createPipeline({
    middleware: features.compose(),
    registry: (channel, user) => staff.identify(channel, user),
    logger: options.logger,
  });
  let channels: Promise<Channels> | undefined;
  const composeChannels = () =>
    (channels ??= import('./channels/index.js').then((registry) => registry.composeChannels(config, { handle, logger: options.logger })));
  // Onto base itself: spreading it would read the guide now.
  return Object.assign(base, { handle, channels: composeChannels });
}

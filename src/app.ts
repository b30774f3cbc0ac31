/**
 * The composition root: config → store → services → router. The CLI commands and the
 * server both build the application here, so every channel gets the same pipeline.
 */
import type { Config } from './config/config.js';
import type { Logger } from './core/log.js';
import type { MessageHandler } from './core/message.js';
import { createRouter, type Route, UNSUPPORTED_REPLY } from './core/router.js';
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
import { StaffStore } from './store/staff-store.js';
import { seedSampleReports } from './store/seed.js';
import { SqliteStateStore } from './store/state-store.js';
import { withFigureLink } from './web/figure-link.js';

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
  close(): void;
}

export interface AppOptions {
  logger: Logger;
  now?: () => Date;
  /** Load the sample reports into an empty database (npm start, ask, chat). */
  seed?: boolean;
  /** Extra routes (staff commands, data entry) tried before the citizen routes. */
  routes?: (app: Omit<App, 'handle'>) => Route[];
}

export const WELCOME =
  '您好，欢迎关注！我是政府信息公开助手，可以回答：\n· 年度报告里的数字：如“西工区科技局2024年办理了几件行政许可？”\n· 怎么申请政府信息公开、多久答复、收不收费、怎么投诉复议\n· 各机关的联系方式\n发送“帮助”查看更多示例。';

export const HELP =
  '您可以这样问：\n1. 西工区科技局2024年办理了几件行政许可？\n2. 中卫市科技局2025年收到了多少件申请？都是谁提出的？\n3. 2024年哪个科技局主动公开的信息最多？\n4. 沙坡头区科学技术局的联系电话是多少？\n5. 怎么申请政府信息公开？多久能答复？要交钱吗？\n6. 我今天提交申请，最晚什么时候答复？\n接着问“那2023年呢？”“西工区呢？”也可以。';

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
  const guide = loadGuide();
  const agencyGuide = new AgencyGuideAnswerer({ guides: new GuideStore(db, reports), reports, guide });
  const engine = new QaEngine({ reports, state, now, guide: { answer: (question, at) => answerGuide(question, at, guide) }, agencyGuide });
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
            guide: (question) => answerGuide(question, now(), guide),
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
    guide,
    engine,
    logger: options.logger,
    ask,
    close: () => {
      state.flush();
      if (db.open) db.close();
    },
  };
  const citizenRoutes: Route[] = [
    { name: 'subscribe', matches: ({ message }) => message.kind === 'event' && message.event === 'subscribe', handle: () => WELCOME },
    { name: 'quiet-event', matches: ({ message }) => message.kind === 'event' && message.event !== 'click', handle: () => '' },
    {
      name: 'menu-click',
      matches: ({ message }) => message.kind === 'event' && message.event === 'click',
      handle: ({ message }) =>
        message.eventKey === 'HELP' || !message.eventKey
          ? HELP
          : engine.ask(message.eventKey, { user: `${message.channel}:${message.user}` }).answer,
    },
    { name: 'unsupported', matches: ({ message }) => message.kind === 'unsupported', handle: () => UNSUPPORTED_REPLY },
    { name: 'help', matches: ({ text }) => /^(帮助|菜单|help|\?|？|你好|您好|hi|hello)$/i.test(text), handle: () => HELP },
  ];
  const handle = createRouter({
    routes: [...(options.routes?.(base) ?? []), ...citizenRoutes],
    fallback: async ({ message, text }) =>
      withFigureLink(await base.ask(text, `${message.channel}:${message.user}`), config.PUBLIC_BASE_URL, reports),
    identify: (_channel, user) => staff.byId(user),
    logger: options.logger,
  });
  return { ...base, handle };
}

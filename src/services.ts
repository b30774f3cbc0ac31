/** Optional services started beside the webhook: the Wechaty adapter and the reminder scheduler. */
import type { App } from './app.js';
import type { Config } from './config/config.js';
import type { Logger } from './core/log.js';

export interface Extras {
  started: string[];
  stop(): Promise<void>;
}

/** Start what the configuration asks for; each returns its stop function. */
export async function startExtras(_app: App, _config: Config, _logger: Logger): Promise<Extras> {
  const stops: Array<() => Promise<void> | void> = [];
  const started: string[] = [];
  return {
    started,
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
}

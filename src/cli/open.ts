/** Opening the configured store for a CLI command. */
import { loadConfig, type Config } from '../config/config.js';
import { openDatabase, type Db } from '../store/db.js';
import { ReportStore } from '../store/report-store.js';

export interface OpenedStore {
  config: Config;
  db: Db;
  reports: ReportStore;
  close(): void;
}

/** Load the configuration (with the --db override) and open the database. */
export function openStore(dbOverride?: string): OpenedStore {
  const config = loadConfig(process.env, { db: dbOverride });
  const db = openDatabase(config.databasePath);
  return { config, db, reports: new ReportStore(db), close: () => db.close() };
}

/** `gongkai backup FILE`: an online, consistent copy of the database, safe while the service runs. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { GongkaiError } from '../core/errors.js';
import { backupDatabase } from '../store/db.js';
import type { CommandContext } from './commands.js';

export async function backupCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { db: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new GongkaiError('BAD_INPUT', '用法 (usage): gongkai backup FILE — FILE must not exist yet');
  const config = loadConfig(process.env, { db: values.db ?? db });
  const target = resolve(positionals[0]);
  const result = await backupDatabase(config.databasePath, target);
  const megabytes = (statSync(target).size / 2 ** 20).toFixed(1);
  io.out(
    `备份完成 (backup written): ${target} — ${result.reports} 份报告 (reports), ${megabytes} MB, 完整性检查 (integrity) ${result.integrity}\n`,
  );
  return 0;
}

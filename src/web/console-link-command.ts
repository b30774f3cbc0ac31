/** `gongkai console-link --id ID` (a one-time sign-in link) and `gongkai staff add --role office`. */
import { parseArgs } from 'node:util';
import * as z from 'zod';
import type { CommandContext } from '../cli/commands.js';
import { openStore } from '../cli/open.js';
import type { Config } from '../config/config.js';
import { GongkaiError } from '../core/errors.js';
import type { Db } from '../store/db.js';
import { ConsoleStore } from './console-store.js';

/** The base URL links point to: PUBLIC_BASE_URL, else the local server. */
export function webBaseUrl(config: Pick<Config, 'PUBLIC_BASE_URL' | 'PORT'>): string {
  return config.PUBLIC_BASE_URL ?? `http://127.0.0.1:${config.PORT}`;
}

/** A fresh one-time sign-in link for a registered staff member, or undefined when not registered. */
export function consoleLink(store: ConsoleStore, baseUrl: string, staffId: string): { url: string; expiresAt: number } | undefined {
  if (!store.user(staffId)) return undefined;
  const { token, expiresAt } = store.createLoginToken(staffId);
  return { url: `${baseUrl}/console/login?token=${token}`, expiresAt };
}

/** `gongkai console-link --id ID`: prints the link; exit 1 when the ID is not registered staff. */
export async function consoleLinkCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { id: { type: 'string' }, db: { type: 'string' } }, allowPositionals: false });
  if (!values.id) throw new GongkaiError('BAD_INPUT', '用法 (usage): gongkai console-link --id ID');
  const store = openStore(values.db ?? db);
  try {
    const link = consoleLink(new ConsoleStore(store.db), webBaseUrl(store.config), values.id);
    if (!link) {
      io.err(`没有 ID 为 ${values.id} 的工作人员 (not registered)：请先 gongkai staff add\n`);
      return 1;
    }
    io.out(`${link.url}\n`);
    io.err('10分钟内有效，只能使用一次 (valid 10 minutes, once)\n');
    return 0;
  } finally {
    store.close();
  }
}

const OfficeSchema = z.object({
  id: z.string().trim().min(1, '缺少 --id'),
  name: z.string().trim().min(1, '缺少 --name'),
  scope: z.string().trim().optional(),
  mobile: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, '--mobile 应为11位手机号')
    .optional(),
});

/** `gongkai staff add --role office [--scope REGION]`: an office member sees every agency in the region (all when no scope). */
export function addOfficeMember(db: Db, values: Record<string, unknown>, io: CommandContext['io']): number {
  const parsed = OfficeSchema.safeParse(values);
  if (!parsed.success) throw new GongkaiError('BAD_INPUT', parsed.error.issues.map((issue) => issue.message).join('；'));
  const member = new ConsoleStore(db).addOffice(parsed.data);
  io.out(`已登记 (added)：${member.name} office ${member.scope ? `范围 ${member.scope}` : '全部机关 (all agencies)'} ID ${member.id}\n`);
  return 0;
}

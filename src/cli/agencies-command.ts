/** `gongkai agencies list|rename|merge|remove|self-approval|log`: agencies, with the administration log. */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { GongkaiError } from '../core/errors.js';
import { AgencyAdmin } from '../store/agency-admin.js';
import { seedSampleReports } from '../report/seed.js';
import { COMMAND_HELP, type CommandContext } from './commands.js';
import { openStore } from './open.js';

/** Who the administration log names for a command-line change. */
function operator(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** `gongkai agencies …`; exit 0, 1 (not found) or 2 (bad arguments). */
export async function agenciesCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, db: { type: 'string' } },
    allowPositionals: true,
  });
  const [action, ...names] = positionals;
  const arity: Record<string, number> = { list: 0, log: 0, rename: 2, merge: 2, remove: 1, 'self-approval': 2 };
  if (!action || !(action in arity) || names.length !== arity[action])
    throw new GongkaiError('BAD_INPUT', COMMAND_HELP.agencies.replace(/\n/g, ' '));
  const store = openStore(values.db ?? db);
  try {
    // The same agencies ask and chat see.
    seedSampleReports(store.reports);
    const admin = new AgencyAdmin(store.db, store.reports);
    const actor = operator();
    switch (action) {
      case 'list': {
        const agencies = admin.list();
        if (values.json) io.out(`${JSON.stringify(agencies, null, 2)}\n`);
        else
          io.out(
            `${['id', 'name', 'reports', 'staff', 'drafts', 'self-approval'].join('\t')}\n${agencies.map((agency) => [agency.id, agency.name, agency.reports, agency.staff, agency.drafts, agency.selfApproval ? 'on' : 'off'].join('\t')).join('\n')}\n`,
          );
        return 0;
      }
      case 'log':
        for (const entry of admin.log())
          io.out(`${entry.at}\t${entry.actor}\t${entry.action}\t${entry.subject}${entry.detail ? `\t${entry.detail}` : ''}\n`);
        return 0;
      case 'rename':
        admin.rename(names[0], names[1], actor);
        io.out(`已改名 (renamed)：${names[0]} → ${names[1]}\n`);
        return 0;
      case 'merge': {
        const { moved } = admin.merge(names[0], names[1], actor);
        io.out(
          `已合并 (merged)：${names[0]} → ${names[1]}（${
            Object.entries(moved)
              .map(([table, count]) => `${table} ${count}`)
              .join('，') || '无数据'
          }）\n`,
        );
        return 0;
      }
      case 'remove':
        admin.remove(names[0], actor);
        io.out(`已删除 (removed)：${names[0]}\n`);
        return 0;
      default: {
        const setting = names[1];
        if (setting !== 'on' && setting !== 'off') throw new GongkaiError('BAD_INPUT', 'self-approval 的设置应为 on 或 off');
        admin.setSelfApproval(names[0], setting === 'on', actor);
        io.out(`${names[0]}：单人审核 (self-approval) ${setting}\n`);
        return 0;
      }
    }
  } finally {
    store.close();
  }
}

/** `gongkai staff add|list|remove`: the staff registry from the command line. */
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { GongkaiError } from '../core/errors.js';
import { CHAT_CHANNELS } from '../core/message.js';
import type { ReportStore } from '../store/report-store.js';
import { seedSampleReports } from '../report/seed.js';
import { closestAgencies } from '../store/agency-admin.js';
import { type StaffMember, StaffStore } from '../store/staff-store.js';
import type { CommandContext } from './commands.js';
import { openStore } from './open.js';
import { addOfficeMember } from '../web/console-link-command.js';

const USAGE = `用法 (usage):
  gongkai staff add --id ID --name NAME --agency AGENCY --role clerk|reviewer [--mobile M] [--create-agency] [--channel CHANNEL]
  gongkai staff add --id ID --name NAME --role office [--scope REGION] [--mobile M]
  gongkai staff list [--json]
  gongkai staff remove --id ID [--channel CHANNEL]
  --id is the person's user id on the channel; without --channel it counts on every channel (${CHAT_CHANNELS.join(', ')})`;

const ChannelSchema = z
  .enum(CHAT_CHANNELS, { message: `--channel 应为 ${CHAT_CHANNELS.join('、')} 之一（该用户ID所在的渠道）` })
  .optional();

const AddSchema = z.object({
  id: z.string().trim().min(1, '缺少 --id'),
  name: z.string().trim().min(1, '缺少 --name'),
  agency: z.string().trim().min(2, '缺少 --agency（机关全称）'),
  role: z.enum(['clerk', 'reviewer'], { message: '--role 应为 clerk 或 reviewer' }),
  mobile: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, '--mobile 应为11位手机号')
    .optional(),
});

/** An agency named by its full name or one unambiguous alias (西工区科技局); undefined when new. */
export function resolveAgency(reports: ReportStore, name: string): { id: number; name: string } | undefined {
  const exact = reports.agencyByName(name);
  if (exact) return exact;
  const ids = [
    ...new Set(
      reports
        .aliases()
        .filter((alias) => alias.alias === name)
        .map((alias) => alias.agencyId),
    ),
  ];
  if (ids.length > 1) {
    const names = reports
      .agencies()
      .filter((agency) => ids.includes(agency.id))
      .map((agency) => agency.name);
    throw new GongkaiError('BAD_INPUT', `“${name}”可以指多个机关 (ambiguous)：${names.join('、')}，请写全称`);
  }
  return ids.length === 1 ? reports.agencies().find((agency) => agency.id === ids[0]) : undefined;
}

/** Where a member is reached: `all` when by their id on every chat channel, else channel[=user id] each. */
function channelsOf(member: StaffMember): string {
  const addresses = Object.entries(member.addresses ?? {}).sort(([one], [other]) => one.localeCompare(other));
  const plain = addresses.filter(([, userId]) => userId === member.id).map(([channel]) => channel);
  if (addresses.length === CHAT_CHANNELS.length && CHAT_CHANNELS.every((channel) => plain.includes(channel))) return 'all';
  return addresses.map(([channel, userId]) => (userId === member.id ? channel : `${channel}=${userId}`)).join(',');
}

const line = (member: StaffMember) =>
  [member.id, member.name, member.role, member.agency, member.mobile ?? '', channelsOf(member)].join('\t');

/** `gongkai staff add|list|remove`; exit 0, 1 (not found) or 2 (bad arguments). */
export async function staffCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      agency: { type: 'string' },
      role: { type: 'string' },
      mobile: { type: 'string' },
      json: { type: 'boolean' },
      'create-agency': { type: 'boolean' },
      db: { type: 'string' },
      scope: { type: 'string' },
      channel: { type: 'string' },
    },
    allowPositionals: true,
  });
  const action = positionals[0];
  if (!action || !['add', 'list', 'remove'].includes(action)) throw new GongkaiError('BAD_INPUT', USAGE);
  const channelParsed = ChannelSchema.safeParse(values.channel);
  if (!channelParsed.success) throw new GongkaiError('BAD_INPUT', `${channelParsed.error.issues[0]?.message}\n${USAGE}`);
  const channel = channelParsed.data;
  const store = openStore(values.db ?? db);
  try {
    const staff = new StaffStore(store.db, store.reports);
    if (action === 'add') {
      // chat and ask load the sample reports into an empty database; do the same first, so an
      // agency named here by its short name is the sample report's agency, not a second one.
      seedSampleReports(store.reports);
      if (values.role === 'office') {
        if (channel) throw new GongkaiError('BAD_INPUT', `--channel 不适用于 office（政务公开办人员在每个渠道都用同一ID）\n${USAGE}`);
        return addOfficeMember(store.db, values, io);
      }
      const parsed = AddSchema.safeParse(values);
      if (!parsed.success) throw new GongkaiError('BAD_INPUT', `${parsed.error.issues.map((issue) => issue.message).join('；')}\n${USAGE}`);
      const known = resolveAgency(store.reports, parsed.data.agency);
      // A typo must not create an agency: a new one only on request, with the near names offered.
      if (!known && !values['create-agency']) {
        const close = closestAgencies(store.reports, parsed.data.agency);
        throw new GongkaiError(
          'BAD_INPUT',
          `没有机关“${parsed.data.agency}” (unknown agency)${close.length > 0 ? `；您是不是要找：${close.join('、')}` : ''}；确实是新机关请加 --create-agency`,
        );
      }
      // The same person twice would be two rows answering for one identity.
      const taken = (channel ? [channel] : CHAT_CHANNELS)
        .map((each) => ({ each, staffId: staff.staffIdOf(each, parsed.data.id) }))
        .find((found) => found.staffId !== undefined);
      const elsewhere = taken ? staff.byId(taken.staffId!) : channel ? undefined : staff.byId(parsed.data.id);
      if (taken || elsewhere) {
        const who = elsewhere ? `${elsewhere.name} ${elsewhere.role} ${elsewhere.agency}` : `${taken!.staffId}`;
        throw new GongkaiError(
          'BAD_INPUT',
          `ID ${parsed.data.id}${taken ? `（${taken.each}）` : ''} 已登记：${who} (already registered)；如需更改请先 gongkai staff remove --id ${parsed.data.id}${channel ? ` --channel ${channel}` : ''}`,
        );
      }
      const member = staff.add({ ...parsed.data, agency: known?.name ?? parsed.data.agency, channel });
      io.out(
        `已登记 (added)：${member.name} ${member.role} ${member.agency}${known ? '' : '（新建机关 new agency）'} ID ${member.id}${channel ? `（${channel} 用户 ${parsed.data.id}）` : ''}\n`,
      );
      return 0;
    }
    if (action === 'list') {
      const members = staff.list();
      if (values.json) io.out(`${JSON.stringify(members, null, 2)}\n`);
      else if (members.length === 0) io.out('还没有登记工作人员 (no staff registered)\n');
      else io.out(`${['id', 'name', 'role', 'agency', 'mobile', 'channels'].join('\t')}\n${members.map(line).join('\n')}\n`);
      return 0;
    }
    if (!values.id) throw new GongkaiError('BAD_INPUT', `缺少 --id\n${USAGE}`);
    // With a channel, --id is the user id there; without, the staff id (what `staff list` shows).
    const staffId = channel ? staff.staffIdOf(channel, values.id) : values.id;
    if (staffId === undefined || !staff.remove(staffId)) {
      io.err(`没有 ID 为 ${values.id}${channel ? `（${channel}）` : ''} 的工作人员 (not found)\n`);
      return 1;
    }
    io.out(`已删除 (removed)：${staffId}\n`);
    return 0;
  } finally {
    store.close();
  }
}

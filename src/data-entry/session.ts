/**
 * Where each staff member is in the entry conversation, kept in the state store (SQLite in
 * production), so a restart or a crash resumes at the same draft and step. Stored state
 * carries the form's version and is dropped when the form's definition changes.
 */
import * as z from 'zod';
import type { StateStore } from '../core/state.js';
import { FORM_VERSION, stepByKey } from './form.js';

const SessionSchema = z.object({
  version: z.string(),
  draftId: z.number().int().positive(),
  /** The guided step being asked (`row:licensing`, `section:overview`), or null outside the walk. */
  step: z.string().nullable(),
  /** In a section step: text already came in this step, so the next message is appended. */
  sectionStarted: z.boolean(),
  /** A question waiting for 确认 or 取消. */
  pending: z.enum(['confirm-fill']).nullable(),
});

/** One staff member's place in the entry conversation. */
export type EntrySession = z.infer<typeof SessionSchema>;

/** Half a year: a draft is entered in January, reviewed, maybe corrected in spring. */
const SESSION_TTL_MS = 180 * 24 * 60 * 60 * 1000;

/** Entry sessions behind the StateStore interface, keyed by staff identity. */
export class EntrySessions {
  constructor(
    private readonly state: StateStore,
    private readonly ttlMs = SESSION_TTL_MS,
  ) {}

  private key(staffId: string): string {
    return `data-entry:${staffId}`;
  }

  /** The session, or undefined when there is none, it is malformed or from an older form. */
  get(staffId: string): EntrySession | undefined {
    const stored = this.state.get<unknown>(this.key(staffId));
    if (stored === undefined) return undefined;
    const parsed = SessionSchema.safeParse(stored);
    if (!parsed.success || parsed.data.version !== FORM_VERSION || (parsed.data.step !== null && !stepByKey(parsed.data.step))) {
      this.state.delete(this.key(staffId));
      return undefined;
    }
    return parsed.data;
  }

  set(staffId: string, session: Omit<EntrySession, 'version'>): EntrySession {
    const value: EntrySession = { ...session, version: FORM_VERSION };
    this.state.set(this.key(staffId), value, this.ttlMs);
    return value;
  }

  delete(staffId: string): void {
    this.state.delete(this.key(staffId));
  }
}

/** One error type with a code; the top-level handler turns it into a polite Chinese reply. */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'NOT_A_REPORT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFIG'
  | 'STORE'
  | 'UPSTREAM'
  | 'INTERNAL';

export class GongkaiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What a chat user is told, in Chinese; defaults to a generic apology. */
    readonly userMessage?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GongkaiError';
  }
}

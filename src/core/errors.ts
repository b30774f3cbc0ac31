/** One error type with a code; the top-level handler turns it into a polite Chinese reply. */
export type ErrorCode = 'BAD_INPUT' | 'NOT_A_REPORT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFIG' | 'STORE' | 'UPSTREAM' | 'INTERNAL';

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

/**
 * The one mapping from "SQLite cannot write at all" (read-only file or mount, full disk, I/O
 * error, a lock held too long) to a STORE error whose user message says the input was not saved.
 * Undefined for anything else (a constraint, a bug). Every write path ends here: the stores,
 * the pipeline's error boundary and the CLI's.
 */
export function storeWriteFailure(error: unknown, context = 'cannot write to the database'): GongkaiError | undefined {
  if (error instanceof GongkaiError) return error.code === 'STORE' ? error : undefined;
  const code =
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_READONLY')) {
    return new GongkaiError(
      'STORE',
      `${context}: the database is read-only (${code}: ${detail})`,
      '数据库目前是只读的，刚才的内容没有保存；查询不受影响。请联系管理员。',
      { cause: error },
    );
  }
  if (code === 'SQLITE_FULL') {
    return new GongkaiError(
      'STORE',
      `${context}: the disk is full (${code}: ${detail})`,
      '服务器磁盘已满，刚才的内容没有保存；查询不受影响。请联系管理员。',
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_BUSY') || code === 'SQLITE_PROTOCOL') {
    return new GongkaiError('STORE', `${context}: ${code}: ${detail}`, '数据库暂时无法写入，刚才的内容没有保存，请稍后再试。', {
      cause: error,
    });
  }
  return undefined;
}

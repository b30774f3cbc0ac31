/** Writing operator files safely: never through a symbolic link, never over a file without --force. */
import { closeSync, constants, lstatSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { GongkaiError } from '../core/errors.js';

/**
 * A file name made from data (an agency name, a report title): path separators, control
 * characters, characters Windows refuses and leading dots are replaced, and the length bounded,
 * so the name cannot leave the folder it is written in.
 */
export function safeFileName(name: string, maxLength = 80): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .trim();
  const bounded = [...cleaned].slice(0, maxLength).join('');
  return bounded === '' ? 'report' : bounded;
}

/**
 * Write `data` to `path`: refused when the path is a symbolic link (dangling or not), and when
 * a file is already there unless `force` (and then only a regular file is replaced). O_NOFOLLOW
 * and O_EXCL make the check and the write one step, so nothing can swap a link in between.
 */
export function writeNewFile(path: string, data: string | Uint8Array, options: { force?: boolean } = {}): void {
  let existing: ReturnType<typeof lstatSync> | undefined;
  try {
    existing = lstatSync(path);
  } catch {
    existing = undefined;
  }
  if (existing?.isSymbolicLink())
    throw new GongkaiError('BAD_INPUT', `${path} is a symbolic link; refusing to write through it (是符号链接，拒绝写入)`);
  if (existing && !options.force)
    throw new GongkaiError('BAD_INPUT', `${path} already exists; add --force to overwrite it (文件已存在，覆盖请加 --force)`);
  if (existing && !existing.isFile())
    throw new GongkaiError('BAD_INPUT', `${path} is not a regular file; refusing to overwrite it (不是普通文件)`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (existing ? constants.O_TRUNC : constants.O_EXCL);
  let descriptor: number;
  try {
    descriptor = openSync(path, flags, 0o644);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT')
      throw new GongkaiError('BAD_INPUT', `folder ${dirname(path)} does not exist (目录不存在)`, undefined, { cause: error });
    if (code === 'ELOOP')
      throw new GongkaiError('BAD_INPUT', `${path} is a symbolic link; refusing to write through it (是符号链接，拒绝写入)`, undefined, {
        cause: error,
      });
    if (code === 'EEXIST')
      throw new GongkaiError('BAD_INPUT', `${path} already exists; add --force to overwrite it (文件已存在，覆盖请加 --force)`, undefined, {
        cause: error,
      });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new GongkaiError('BAD_INPUT', `cannot write ${path}: permission denied (没有写入权限)`, undefined, { cause: error });
    if (code === 'EISDIR') throw new GongkaiError('BAD_INPUT', `${path} is a folder (是目录)`, undefined, { cause: error });
    throw error;
  }
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(descriptor, bytes, offset, bytes.length - offset);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Reading a report file from disk with limits: only regular files (not devices, FIFOs or
 * sockets, nor symbolic links to them), at most a set number of bytes, and a text that holds
 * one report (no section heading repeated many times over).
 */
import { sectionTitle } from './labels.js';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { GongkaiError } from '../core/errors.js';
import { SECTIONS } from './catalogue.js';

/** Default largest report file (IMPORT_MAX_MB): published reports are well under 5 MB. */
export const DEFAULT_IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** How often one section heading may appear: a table of contents and the body make two. */
export const MAX_SECTION_REPEATS = 3;

/** The bytes of a regular file of at most `maxBytes`; GongkaiError NOT_A_REPORT otherwise. */
export function readReportBytes(path: string, maxBytes = DEFAULT_IMPORT_MAX_BYTES): Uint8Array {
  // O_NONBLOCK: opening a FIFO must not wait for a writer before fstat can refuse it.
  const descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) {
      throw new GongkaiError(
        'NOT_A_REPORT',
        `${path}：不是普通文件（设备、管道或目录） / not a regular file (device, FIFO, socket or folder)`,
      );
    }
    if (stats.size > maxBytes) {
      throw new GongkaiError(
        'NOT_A_REPORT',
        `${path}：文件太大（${(stats.size / 2 ** 20).toFixed(1)} MB，上限 ${(maxBytes / 2 ** 20).toFixed(1)} MB） / file larger than the limit (IMPORT_MAX_MB)`,
      );
    }
    // Read no more than the limit even if the file grows while it is read.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) throw new GongkaiError('NOT_A_REPORT', `${path}：文件太大 / file larger than the limit (IMPORT_MAX_MB)`);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(descriptor);
  }
}

const NUMERALS = SECTIONS.map((section) => section.number).join('');
const HEADING = new RegExp(`^\\s*#{0,6}\\s*([${NUMERALS}])\\s*[、.．]\\s*(.{0,30})$`);

/**
 * Refuse a text in which one section heading (一、总体情况 …) appears more than
 * MAX_SECTION_REPEATS times: one report copied over and over is not one report.
 */
export function checkSectionRepeats(name: string, text: string): void {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = HEADING.exec(line);
    if (!match) continue;
    const section = SECTIONS.find((candidate) => candidate.number === match[1]);
    if (!section?.match.some((word) => match[2].includes(word))) continue;
    const count = (counts.get(section.key) ?? 0) + 1;
    counts.set(section.key, count);
    if (count > MAX_SECTION_REPEATS) {
      throw new GongkaiError(
        'NOT_A_REPORT',
        `${name}：“${sectionTitle(section.key)}”出现了${count}次以上，一个文件只能有一份报告 / a section heading repeats more than ${MAX_SECTION_REPEATS} times; one report per file`,
      );
    }
  }
}

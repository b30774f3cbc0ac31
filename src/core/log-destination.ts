/**
 * Where the service's log lines go: gathered into blocks of about `blockChars` characters and
 * handed to pino's asynchronous destination (sonic-boom) one block at a time. sonic-boom
 * appends every line to one growing string and measures that string's UTF-8 length on each
 * write, which flattens and copies the whole buffered block per line: with an 8 KiB block that
 * was 5% of the webhook's CPU per message and most of its garbage. Here a line is pushed onto
 * an array; the block is joined once.
 */
import pino from 'pino';

/** A pino destination that writes in blocks; `flush` and `flushSync` empty it. */
export interface BlockDestination {
  /** pino calls this with one serialised line. */
  write(line: string): boolean;
  /** Hand the lines gathered so far to the file, asynchronously. */
  flush(): void;
  /** Write everything gathered, synchronously (at exit). */
  flushSync(): void;
}

/** Options of the block destination. */
export interface BlockDestinationOptions {
  /** File descriptor or path (default 1, standard output). */
  dest?: number | string;
  /** Block size in UTF-16 characters (a Chinese character is 3 bytes in the file); default 8192. */
  blockChars?: number;
}

/** Build the destination; lines reach the file in order. */
export function createBlockDestination(options: BlockDestinationOptions = {}): BlockDestination {
  const blockChars = options.blockChars ?? 8192;
  // minLength 0: sonic-boom writes each block as it comes (or right after the write in flight).
  const file = pino.destination({ dest: options.dest ?? 1, minLength: 0, sync: false });
  let lines: string[] = [];
  let size = 0;
  const handOver = () => {
    if (lines.length === 0) return;
    const block = lines.join('');
    lines = [];
    size = 0;
    file.write(block);
  };
  return {
    write(line) {
      lines.push(line);
      size += line.length;
      if (size >= blockChars) handOver();
      return true;
    },
    flush() {
      handOver();
    },
    flushSync() {
      handOver();
      file.flushSync();
    },
  };
}

/** The console channel: one line of standard input is one message; replies go to standard output. */
import { createInterface } from 'node:readline';
import type { IncomingMessage, MessageHandler } from '../core/message.js';

/** Read messages line by line until end of input, printing each reply. Resolves to the count. */
export async function runConsole(
  input: NodeJS.ReadableStream,
  write: (text: string) => void,
  handler: MessageHandler,
  user: string,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  let count = 0;
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    count += 1;
    const message: IncomingMessage = {
      channel: 'console',
      user,
      chat: user,
      text: line,
      kind: 'text',
      receivedAt: new Date(),
      id: `console-${count}`,
    };
    const reply = await handler(message);
    write(`${reply}\n\n`);
  }
  return count;
}

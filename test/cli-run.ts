/** Run the `gongkai` command line in-process, capturing its output (the tests' one copy of this). */
import { main } from '../src/cli/main.js';

export async function runCli(argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, out, err };
}

#!/usr/bin/env node
// The `gongkai` command: runs the bundled CLI (built into dist/bundle/ by `npm run build`, which `npm ci`
// runs through the prepare script). The bundle is what keeps one-shot commands such as `ask` quick to start.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/bundle/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('gongkai: dist/ is missing. Run `npm run build` (npm ci does it for you).');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));

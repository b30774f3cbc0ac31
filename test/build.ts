/** Tests that run bin/gongkai.js need dist/: build it only when src/ or the bundler script is newer (npm test's pretest already built it). */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Compile src/ into dist/ (and bundle the CLI into dist/bundle/) unless dist/ is already up to date. */
export function ensureBuilt(): void {
  const entry = join(root, 'dist', 'bundle', 'cli.cjs');
  const newest = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'scripts', 'bundle-cli.mjs')).mtimeMs);
  if (existsSync(entry) && statSync(entry).mtimeMs >= newest) return;
  execSync('npm run build', { cwd: root, stdio: 'pipe' });
}

/** Tests that run bin/gongkai.js need dist/: build it only when src/ is newer (npm test's pretest already built it). */
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

/** Compile src/ into dist/ unless dist/ is already up to date. */
export function ensureBuilt(): void {
  const entry = join(root, 'dist', 'cli', 'main.js');
  if (existsSync(entry) && statSync(entry).mtimeMs >= newestSource(join(root, 'src'))) return;
  execSync('npm run build', { cwd: root, stdio: 'pipe' });
}

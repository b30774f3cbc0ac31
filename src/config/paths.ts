/** Where the project's own files are, whether running from src/ (tests) or dist/ (built). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The directory holding package.json, found by walking up from this module. */
export function projectRoot(): string {
  if (root) return root;
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`package.json not found above ${fileURLToPath(import.meta.url)}`);
    directory = parent;
  }
  root = directory;
  return root;
}

/** A path inside the project's data/ folder. */
export function dataPath(...parts: string[]): string {
  return join(projectRoot(), 'data', ...parts);
}

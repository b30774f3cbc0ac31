#!/usr/bin/env node
/**
 * `npm run build`, second step: bundles the compiled CLI (dist/cli/main.js, from tsc) into
 * dist/bundle/ with esbuild, which bin/gongkai.js runs. A one-shot command such as `gongkai ask`
 * spends most of its time starting: Node's ESM loader resolves, reads and links every module
 * separately (about 160 for `ask`, 95 of them zod's). The bundle makes that a few chunks.
 *
 * - ES modules with code splitting: every dynamic import() (the commands, the features loaded on
 *   first use) stays a chunk of its own, loaded only when reached.
 * - Packages stay external (imported from node_modules at run time: native modules, the heavy
 *   ones loaded lazily, and those that read files next to themselves), except zod, which every
 *   command loads and whose ~95 files cost more to resolve than to parse once.
 * - The sources import zod as a namespace (`import * as z from 'zod'`, zod's documented form):
 *   esbuild then keeps only the parts used (about 200 kB). `import { z } from 'zod'` would bring
 *   zod's whole namespace object, every locale included (750 kB).
 * - dist/bundle/meta.json (esbuild's metafile) says which source module is in which chunk; the
 *   start-up test reads it to check what `gongkai ask` loads.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
/** Packages copied into the bundle; every other bare import stays an import of node_modules. */
const BUNDLED_PACKAGES = new Set(['zod']);

/** The package a bare specifier names ('@scope/name/sub' → '@scope/name'). */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || BUNDLED_PACKAGES.has(packageOf(args.path))) return undefined;
      return { external: true };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/cli/main.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [externalPackages],
});
writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));

#!/usr/bin/env node
/**
 * `npm run build`, second step: bundles the compiled CLI (dist/cli/main.js, from tsc) into one
 * CommonJS file, dist/bundle/cli.cjs, with esbuild; bin/gongkai.js runs it. A one-shot command
 * such as `gongkai ask` spends most of its time starting: Node's ES module loader resolves, reads,
 * compiles and links every module separately (about 160 for `ask`, 95 of them zod's).
 *
 * - One CommonJS file, because V8 can keep its compiled code only for a script (vm.Script's
 *   cachedData), not for an ES module, on Node 20 (module.enableCompileCache is Node 22).
 *   bin/gongkai.js keeps that code cache next to the bundle, so a second start deserialises the
 *   bytecode instead of parsing and compiling again.
 * - Modules reached only through a dynamic import() (the commands, the features loaded on first
 *   use) are still evaluated only when reached: esbuild wraps them in lazy initialisers.
 * - Packages stay external (required from node_modules at run time: native modules, the heavy
 *   ones loaded lazily, and those that read files next to themselves), except zod, which every
 *   command loads and whose ~95 files cost more to resolve than to parse once, and lru-cache (one
 *   file every command loads, whose package resolution cost more than its parse). Every external
 *   package the CLI uses ships a CommonJS build, so each is required, also where the source
 *   imports it dynamically (it is then required when reached, as before).
 * - `import.meta.url` (used to find package.json and to require packages) becomes the bundle's
 *   own URL, which lies in the same project.
 * - The sources import zod as a namespace (`import * as z from 'zod'`, zod's documented form):
 *   esbuild then keeps only the parts used (about 200 kB). `import { z } from 'zod'` would bring
 *   zod's whole namespace object, every locale included (750 kB).
 * - dist/bundle/meta.json is esbuild's metafile (which source modules the bundle holds).
 * - Every `\p{Script=Han}` of the bundle's patterns is written out as the code point ranges it
 *   stands for (scripts/han-class.mjs: V8 compiles those ranges about three times faster, and a
 *   one-shot command compiles each pattern it runs). The source map's columns after such a pattern
 *   are off on its line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { expandHanClasses } from './han-class.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
/** Packages copied into the bundle; every other bare import stays an import of node_modules. */
const BUNDLED_PACKAGES = new Set(['zod', 'lru-cache']);

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
  entryPoints: { cli: 'dist/cli/main.js' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/import-meta-url.js'],
  // import() of a package becomes require(): code loaded from V8's cache loses the host's dynamic
  // import callback (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING on Node 20), and require() needs none.
  supported: { 'dynamic-import': false },
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [externalPackages],
});
writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
const bundled = expandHanClasses(readFileSync(join(outdir, 'cli.cjs'), 'utf8')).code;
writeFileSync(join(outdir, 'cli.cjs'), bundled);
// bin/gongkai.js runs the bundle through vm.Script, which has no loader for import().
const dynamicImport = /\bimport\(\s*["'`]/.exec(bundled);
if (dynamicImport) throw new Error(`bundle-cli: dist/bundle/cli.cjs still holds an import() at offset ${dynamicImport.index}`);

// The code cache, made now from what `gongkai ask` compiles on a database already holding the
// sample reports. bin/gongkai.js writes it after the first run when there is none, but that run is
// often one that seeds a new database (it compiles the whole import path): its cache was a third
// larger and `ask` started slower with it (bench cold start about 310 ms against 270–280).
const scratch = mkdtempSync(join(tmpdir(), 'gongkai-bundle-'));
try {
  const ask = [join(root, 'bin', 'gongkai.js'), '--db', join(scratch, 'warm.db'), 'ask', '西工区科技局2024年办理了几件行政许可？'];
  const options = { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: 'ignore', timeout: 60_000 };
  execFileSync(process.execPath, ask, options);
  rmSync(join(outdir, 'cli.cjs.cache'), { force: true });
  execFileSync(process.execPath, ask, options);
} catch (error) {
  // Not fatal: the first run of the CLI writes a cache then.
  process.stderr.write(`bundle-cli: the code cache was not made ahead (${error.message.split('\n')[0]})\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

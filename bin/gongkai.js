#!/usr/bin/env node
// The `gongkai` command: runs the bundled CLI, dist/bundle/cli.cjs (built by `npm run build`, which
// `npm ci` runs through the prepare script). One-shot commands such as `ask` are mostly start-up, so
// the bundle is compiled through vm.Script with V8's code cache (cli.cjs.cache, next to the bundle:
// the build makes it from an `ask`, and a run that finds none writes it), so a start loads the
// compiled code instead of parsing and compiling again.
// V8 rejects a cache made by another Node version or with other flags; the bundle is then compiled
// as usual and the cache written anew. A cache that cannot be written (read-only install) is skipped.
// A CommonJS script (bin/package.json): Node starts one without its ES module loader, which cost a one-shot command
// about 20 ms of its start.
'use strict';
const { existsSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

// A regular expression is first run by V8's bytecode interpreter and compiled to machine code on
// its second run. For a pattern with \p{Script=Han} (200 uses in the question readers) that first
// step is the slow one: building the interpreter's code for the class took 10 ms a pattern, 150-280
// ms of an `ask` (node --cpu-prof). Compiled to machine code at once, the same pattern takes about
// 1 ms. A one-shot command runs most patterns once, so it skips the interpreter. Set before any
// pattern of the bundle is compiled, and the same in every run (V8's code cache checks the flags).
v8.setFlagsFromString('--no-regexp-tier-up');

const bundle = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
if (!existsSync(bundle)) {
  console.error('gongkai: dist/ is missing. Run `npm run build` (npm ci does it for you).');
  process.exit(1);
}
const cacheFile = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: this run writes it.
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`, {
  filename: bundle,
  cachedData,
});
const cjsModule = { exports: {} };
script.runInThisContext()(cjsModule.exports, createRequire(bundle), cjsModule, bundle, dirname(bundle));
// (A rejection is left unhandled, as the top-level await of an ES module left it: printed, exit code 1.)
cjsModule.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (cachedData === undefined || script.cachedDataRejected) writeCache();
});

// After the command ran, the cache holds the functions it compiled, not only the top level.
function writeCache() {
  const temporary = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true });
  }
}

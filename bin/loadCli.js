'use strict';
// Loads the CLI for the launcher. The build bundles it into one CommonJS file with a V8 code
// cache (dist/bestshore.bundle.js + .cache, made by scripts/bundle.js): compiled once at build time
// instead of ~220 ES modules resolved, read and compiled at every start. A cache made by
// another Node.js version is refused by V8 and the bundle is compiled as usual; without a
// bundle, or with BESTSHORE_MODULES=1 (readable stack traces), the compiled modules run.
// CommonJS on purpose (bin/package.json): an ES module launcher would start Node's ES module
// loader (~10 ms).
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'bestshore.bundle.js');
const CODE_CACHE = `${BUNDLE}.cache`;

/**
 * The CLI's main function, and how it was loaded: `codeCache` is 'accepted', 'rejected' or
 * 'none' for the bundle, 'modules' without it; `script` (the bundle's) makes a code cache.
 */
async function loadCli() {
  // esbuild writes ASCII only (non-ASCII characters escaped), so latin1 reads it exactly and
  // faster than UTF-8 decoding.
  const source = process.env.BESTSHORE_MODULES ? undefined : readOrUndefined(BUNDLE, 'latin1');
  if (source === undefined) return { ...(await import('../dist/cli/main.js')), codeCache: 'modules', script: undefined };
  const cachedData = readOrUndefined(CODE_CACHE);
  const script = new Script(source, {
    filename: BUNDLE,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, DIST);
  const codeCache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return { main: module.exports.main, codeCache, script };
}

function readOrUndefined(file, encoding) {
  try {
    return readFileSync(file, encoding);
  } catch {
    return undefined;
  }
}

module.exports = { BUNDLE, CODE_CACHE, loadCli };

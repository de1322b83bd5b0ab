'use strict';
// Loads the CLI for the launcher. The build bundles it into one CommonJS file with a V8 code
// cache (dist/bestshore.bundle.js + .cache, made by scripts/bundle.js): compiled once at build
// time instead of ~190 ES modules resolved, read and compiled at every start.
// - The bundle ends with its build id, the cache starts with the id it was made for: V8 checks a
//   cache against the length of the source only, so a rebuilt bundle of the same length would
//   otherwise run stale code. A cache of another build is not used ('stale'); one made by another
//   Node.js version is refused by V8 ('rejected'); either way the bundle compiles as usual.
// - The compiled modules (dist/cli/main.js) run instead when BESTSHORE_MODULES=1 (stack traces
//   with real file names), when there is no bundle, or when tsc has rebuilt them since the
//   bundle was made (a tsc-only build must not leave the launcher on older code).
// CommonJS on purpose (bin/package.json): an ES module launcher would start Node's ES module
// loader (~10 ms).
const { readFileSync, statSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'bestshore.bundle.js');
const CODE_CACHE = `${BUNDLE}.cache`;
const MODULES = join(DIST, 'cli', 'main.js');
/** The last line of the bundle: `//# build <16 hex digits>`. */
const BUILD_LINE = /\/\/# build ([0-9a-f]{16})\s*$/;
const ID_BYTES = 16;

/**
 * The CLI's main function, and how it was loaded: `codeCache` is 'accepted', 'rejected',
 * 'stale' or 'none' for the bundle, 'modules' for the compiled modules; `script` (the
 * bundle's) makes a code cache. `{ bundle: true }` (the build) loads the bundle whatever the
 * environment says.
 */
async function loadCli(options = {}) {
  const source = options.bundle || useBundle() ? readOrUndefined(BUNDLE, 'latin1') : undefined;
  if (source === undefined) return { ...(await import('../dist/cli/main.js')), codeCache: 'modules', script: undefined, buildId: undefined };
  const buildId = BUILD_LINE.exec(source.slice(-40))?.[1];
  const cache = readOrUndefined(CODE_CACHE);
  const ours = cache !== undefined && buildId !== undefined && cache.length > ID_BYTES && cache.toString('latin1', 0, ID_BYTES) === buildId;
  const script = new Script(source, { filename: BUNDLE, ...(ours ? { cachedData: cache.subarray(ID_BYTES) } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, DIST);
  const codeCache = cache === undefined ? 'none' : !ours ? 'stale' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return { main: module.exports.main, codeCache, script, buildId };
}

function useBundle() {
  if (process.env.BESTSHORE_MODULES === '1') return false;
  const bundle = modified(BUNDLE);
  const modules = modified(MODULES);
  return bundle !== undefined && (modules === undefined || bundle >= modules);
}

function modified(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function readOrUndefined(file, encoding) {
  try {
    return readFileSync(file, encoding);
  } catch {
    return undefined;
  }
}

module.exports = { BUNDLE, CODE_CACHE, ID_BYTES, loadCli };

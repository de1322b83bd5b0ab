#!/usr/bin/env node
'use strict';
// Launcher. `npm run build` compiles src/ to dist/ and bundles the CLI into one ES module,
// dist/bestshore.js (scripts/bundle.js); the published package ships both. CommonJS
// (bin/package.json) so that the compile cache and the compiler flags below are set before
// the first module of the CLI is read. docs/performance.md ("Start-up") has the measurements.
const { existsSync } = require('node:fs');
const { enableCompileCache } = require('node:module');
const { join } = require('node:path');

// Node ≥ 22.1 keeps the compiled code of the bundle in a cache folder (the system's temporary
// folder, or $NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off): from the second
// run on, a start skips most of the compilation. Node 20 has no such cache. A cache folder
// that cannot be written only costs time.
if (typeof enableCompileCache === 'function') {
  try {
    enableCompileCache();
  } catch {
    // start without the cache
  }
}

/**
 * Commands that solve many related models in one process keep V8's optimising tier for
 * HiGHS's WebAssembly (`explain` and `sweep` with a larger tiering budget, so that only what
 * their many short re-solves keep running is optimised), and so does `roadmap`, whose large
 * horizons are one long interior-point solve (60 × 40 × 10: 37 s of CPU in the baseline
 * compiler, 28 s optimised; a small roadmap pays about 0.5 s more). One-shot commands choose by
 * the size of the first model HiGHS solves, before its module is compiled (src/cli/compilerTier.ts):
 * the baseline compiler only (`--liftoff-only`) for a small model, where the background
 * optimisation of the 3.5 MB module costs a cold run more than it saves; the optimising tier
 * for a large one. `node --no-liftoff-only bin/bestshore.js …` (or `--liftoff-only`) overrides
 * the choice.
 */
const TIERED = new Set(['explain', 'sweep', 'roadmap']);
const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
const chosen = process.execArgv.some((a) => /^--((no-)?liftoff-only|wasm-tiering-budget=.*)$/.test(a));
const bySize = !chosen && !TIERED.has(command);
// explain and sweep tier up only what their re-solves keep running (src/cli/compilerTier.ts, tierForResolves).
const resolvesTier = !chosen && (command === 'sweep' || command === 'explain');

/** main() turns every error into a message and an exit code; this is for the launcher's own failures. */
function failed(error) {
  const built = existsSync(join(__dirname, '..', 'dist', 'bestshore.js'));
  const message = !built
    ? 'the CLI is not built: run npm run build (npm install does it)'
    : `internal error: ${process.env.BESTSHORE_DEBUG && error instanceof Error ? error.stack : error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`bestshore: ${message}\n`);
  process.exitCode = 3;
}

import('../dist/bestshore.js')
  .then(({ main, tierByModelSize, tierForResolves }) => {
    if (bySize) tierByModelSize();
    if (resolvesTier) tierForResolves();
    return main(process.argv.slice(2));
  })
  .then((code) => {
    process.exitCode = code;
  }, failed);

// @ts-check
// Build step after tsc: bundles the CLI (dist/cli/main.js and the modules it reaches, zod,
// yaml and commander included) into dist/bestshore.js, which bin/bestshore.js runs, and the
// chunks it loads on use (dist/chunks: each command, the annex's Word writer…). A plan loads
// about 15 files instead of ~190, which saves the ES module loader a resolution, a read and a
// compilation per module at every start (docs/performance.md, "Start-up"). Node's compile
// cache (≥ 22.1, switched on by the launcher) then keeps its compiled code between runs.
// highs (WebAssembly, finds its .wasm beside itself), docx (annex only) and the spreadsheet
// libraries (xlsx output, --data input) stay in node_modules. The library entry (dist/index.js) is not bundled: it is the compiled modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What both bundles share: Node ES modules, the packages loaded on use left in node_modules. */
const COMMON = /** @type {const} */ ({
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Loaded only by the commands that need them (the annex's Word file, workbooks, --data).
  external: ['highs', 'glpk.js', 'docx', 'write-excel-file', 'read-excel-file', 'csv-parse'],
  // commander is CommonJS: its require() of Node's own modules needs one.
  banner: {
    js: "import { createRequire as bestshoreRequire } from 'node:module'; const require = bestshoreRequire(import.meta.url);",
  },
  // Names stay (stack traces); whitespace and syntax go: a third less to read at every start.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

await build({
  ...COMMON,
  entryPoints: { bestshore: 'dist/cli/main.js' },
  outdir: 'dist',
  // What a command imports only when it needs it (the annex's Word writer and its docx
  // package, the workbook writer) goes to its own chunk, loaded then: without splitting,
  // esbuild inlines those modules and hoists their imports of docx and write-excel-file to
  // the top of the bundle, so every start loaded them (12 ms of a 160 ms plan on Node 22).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// The sweep's worker thread in one file, dist/workers/sweepWorker.js: a worker started by
// `sweep` reads it instead of the ~100 compiled modules under dist/explain (sweepPool.ts
// finds it; tsc's dist/sweep/sweepWorker.js stays for the tests).
await build({
  ...COMMON,
  entryPoints: { 'workers/sweepWorker': 'dist/sweep/sweepWorker.js' },
  outdir: 'dist',
});

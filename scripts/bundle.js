// @ts-check
// Build step after tsc: bundles dist/cli/main.js and its dependencies into one CommonJS file,
// dist/bestshore.bundle.js, ending with its build id (a hash of its content), then writes the V8
// code cache of that file after a training run of the commands people start most
// (dist/bestshore.bundle.js.cache, the build id first). Both are what bin/loadCli.js loads.
// highs (WebAssembly, finds its .wasm beside itself), docx (annex only) and the spreadsheet
// libraries (xlsx output, --data input) stay in node_modules.
// If the bundled CLI fails its training runs, the bundle is removed and the build fails; failing
// to write the cache only warns.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import loader from '../bin/loadCli.js';

const { BUNDLE, CODE_CACHE, loadCli } = loader;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const TRAINING = [
  ['plan', join(ROOT, 'scenarios/telecom.yaml')],
  ['plan', join(ROOT, 'scenarios/tourism.yaml'), '--format', 'json'],
  ['validate', join(ROOT, 'scenarios/energy.yaml')],
];

/** Write a file so that no reader sees half of it (and leave no temporary file behind). */
function writeWhole(file, data) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

// A cache left from an earlier build must not outlive a build that fails half-way.
rmSync(CODE_CACHE, { force: true });
const result = await build({
  entryPoints: [join(ROOT, 'dist/cli/main.js')],
  outfile: BUNDLE,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Loaded only by the commands that need them (the annex's Word file, workbooks, --data).
  external: ['highs', 'docx', 'write-excel-file', 'read-excel-file', 'csv-parse'],
  // import('highs') becomes a require: a script compiled by node:vm has no dynamic import.
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
  // The file is the body of a function the launcher compiles with its code cache: wrapping it
  // here spares a copy of 1 MB of source at every start.
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '})' },
  // Names stay (stack traces); whitespace and syntax go: a third less to read at every start.
  minifyWhitespace: true,
  minifySyntax: true,
});
const code = result.outputFiles[0]?.contents;
if (!code) throw new Error('bundle: esbuild wrote nothing');
const buildId = createHash('sha256').update(code).digest('hex').slice(0, 16);
writeWhole(BUNDLE, Buffer.concat([code, Buffer.from(`\n//# build ${buildId}\n`, 'latin1')]));

// The training runs are also the bundle's smoke test: a bundle that cannot plan the samples is
// removed (the launcher then runs the compiled modules) and the build fails.
let trained;
try {
  const { main, script, buildId: loaded } = await loadCli({ bundle: true });
  if (!script || loaded !== buildId) throw new Error(`${BUNDLE} was not loaded`);
  await train(main);
  trained = script;
} catch (e) {
  rmSync(BUNDLE, { force: true });
  console.error(`bundle: the bundled CLI fails, so it was removed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exit(1);
}
// The cache only saves start-up time: failing to write it is a warning.
try {
  writeWhole(CODE_CACHE, Buffer.concat([Buffer.from(buildId, 'latin1'), trained.createCachedData()]));
} catch (e) {
  console.warn(`bundle: no code cache (the CLI will start more slowly): ${e instanceof Error ? e.message : String(e)}`);
}

/** @param {(argv: string[]) => Promise<number>} main */
async function train(main) {
  const scratch = mkdtempSync(join(tmpdir(), 'bestshore-bundle-'));
  const write = process.stdout.write;
  process.stdout.write = () => true; // the training runs' reports are not the build's output
  try {
    for (const [i, args] of TRAINING.entries()) {
      const exit = await main([...args, ...(args[0] === 'plan' ? ['-o', join(scratch, `out${i}`)] : [])]);
      if (exit !== 0) throw new Error(`training run "${args.join(' ')}" exited with ${exit}`);
    }
  } finally {
    process.stdout.write = write;
    rmSync(scratch, { recursive: true, force: true });
  }
}

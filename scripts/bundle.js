// @ts-check
// Build step after tsc: bundles dist/cli/main.js and its dependencies into one CommonJS file,
// dist/bestshore.bundle.js, then writes the V8 code cache of that file after a training run of the
// commands people start most (dist/bestshore.bundle.js.cache). Both are what bin/loadCli.js loads.
// highs (WebAssembly, finds its .wasm beside itself) and docx (annex only) stay in node_modules.
import { build } from 'esbuild';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import loader from '../bin/loadCli.js';

const { BUNDLE, CODE_CACHE, loadCli } = loader;

const TRAINING = [
  ['plan', 'scenarios/telecom.yaml'],
  ['plan', 'scenarios/tourism.yaml', '--format', 'json'],
  ['validate', 'scenarios/energy.yaml'],
];

await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['highs', 'docx'],
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

const { main, script } = await loadCli();
if (!script) throw new Error(`bundle: ${BUNDLE} was not loaded`);
const scratch = mkdtempSync(join(tmpdir(), 'bestshore-bundle-'));
const write = process.stdout.write;
process.stdout.write = () => true; // the training runs' reports are not the build's output
try {
  for (const [i, args] of TRAINING.entries()) {
    const code = await main([...args, ...(args[0] === 'plan' ? ['-o', join(scratch, `out${i}`)] : [])]);
    if (code !== 0) throw new Error(`bundle: training run "${args.join(' ')}" exited with ${code}`);
  }
} finally {
  process.stdout.write = write;
  rmSync(scratch, { recursive: true, force: true });
}
const temp = `${CODE_CACHE}.${process.pid}.tmp`;
writeFileSync(temp, script.createCachedData());
renameSync(temp, CODE_CACHE);

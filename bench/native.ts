/**
 * bestshore's engine against native HiGHS on the same models: each model is built by bestshore,
 * written as MPS by `exportModel` (what `plan --export-model` writes), and solved by native
 * HiGHS through its Python package (highspy) when it is installed — BENCH_NATIVE_PYTHON names
 * the Python to use (default python3). Part of `npm run bench`; `node dist-bench/bench/native.js` alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel } from '../src/model/buildModel.js';
import { readScenarioText } from '../src/scenario/readScenario.js';
import { exportModel } from '../src/solver/exportModel.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { solveModel } from '../src/solver/solveModel.js';
import { generateCoverageScenarioYaml, generateScenarioYaml } from './generateScenario.js';

const SEED = 7;
const PYTHON = process.env['BENCH_NATIVE_PYTHON'] ?? 'python3';

/** Solves each MPS file given, prints one JSON line per file: native HiGHS's run time and objective. */
const NATIVE = `
import highspy, json, sys, time
for f in sys.argv[1:]:
    h = highspy.Highs()
    h.setOptionValue('output_flag', False)
    h.setOptionValue('mip_rel_gap', 0.0)
    h.setOptionValue('mip_abs_gap', 1e-6)
    h.readModel(f)
    t = time.perf_counter()
    h.run()
    ms = (time.perf_counter() - t) * 1000
    print(json.dumps({'ms': ms, 'objective': h.getInfo().objective_function_value, 'version': h.version()}))
`;

const QUICK = process.env['BENCH_QUICK'] === '1';

const CASES: readonly (readonly [string, string])[] = [
  ['v1 400×30', generateScenarioYaml(400, 30, SEED)],
  ['coverage 40×10×168', generateCoverageScenarioYaml(40, 10, SEED)],
  ['MILP sites 10×8×168', generateCoverageScenarioYaml(10, 8, SEED, { sites: true })],
  [
    'MILP sites 10×8×168 + min_countries',
    generateCoverageScenarioYaml(10, 8, SEED, { sites: true, minCountries: true }),
  ],
  // The large plans of issue 14 (end to end within 2× native plus start-up): skipped by BENCH_QUICK.
  ...(QUICK
    ? []
    : ([
        ['v1 2000×50', generateScenarioYaml(2000, 50, SEED)],
        ['coverage 200×12×168', generateCoverageScenarioYaml(200, 12, SEED)],
      ] as const)),
];

/** The cold CLI on `yamlFile` (`plan --format json --solver highs`, the launcher's compiler tier): wall seconds, NaN if it failed. */
function coldCliSeconds(yamlFile: string): number {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    ['bin/bestshore.js', 'plan', yamlFile, '--format', 'json', '--solver', 'highs'],
    { stdio: 'ignore' },
  );
  return r.status === 0 ? (performance.now() - t) / 1000 : NaN;
}

/** A cold process that only starts Node (the part of the start-up no engine can save). */
function nodeStartSeconds(): number {
  const t = performance.now();
  spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  return (performance.now() - t) / 1000;
}

export async function nativeTable(): Promise<string[]> {
  const probe = spawnSync(PYTHON, ['-c', 'import highspy; print(highspy.Highs().version())'], { encoding: 'utf8' });
  if (probe.status !== 0)
    return [
      `Native HiGHS is not available here (\`${PYTHON} -c "import highspy"\` fails): no comparison. Install highspy 1.15.1 (pip) and set BENCH_NATIVE_PYTHON to compare.`,
    ];
  const dir = mkdtempSync(join(tmpdir(), 'bestshore-native-'));
  try {
    const rows: {
      label: string;
      file: string;
      wasmMs: number;
      cliSeconds: number;
      objective: number;
      size: string;
    }[] = [];
    for (const [label, yaml] of CASES) {
      const read = readScenarioText('bench.yaml', yaml);
      if (!read.ok) throw new Error(`${label}: invalid scenario`);
      const model = buildModel(read.scenario);
      const file = join(dir, `${rows.length}.mps`);
      writeFileSync(file, await exportModel(model, 'mps'));
      const yamlFile = join(dir, `${rows.length}.yaml`);
      writeFileSync(yamlFile, yaml);
      const cliSeconds = coldCliSeconds(yamlFile);
      await solveModel(model, highsSolver, { timeLimitSeconds: 300 });
      const t = performance.now();
      const r = await solveModel(model, highsSolver, { timeLimitSeconds: 300 });
      const wasmMs = performance.now() - t;
      const binaries = model.vars.filter((v) => v.kind !== 'continuous').length;
      rows.push({
        label,
        file,
        wasmMs,
        cliSeconds,
        objective: r.status === 'optimal' || r.status === 'feasible' ? r.objective : NaN,
        size: `${model.vars.length.toLocaleString('en-US')} × ${model.rows.length.toLocaleString('en-US')}${binaries > 0 ? `, ${binaries} binaries` : ''}`,
      });
    }
    const native = spawnSync(PYTHON, ['-c', NATIVE, ...rows.map((r) => r.file)], { encoding: 'utf8' });
    if (native.status !== 0) return [`Native HiGHS failed: ${native.stderr.split('\n').slice(-2).join(' ')}`];
    const out = native.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { ms: number; objective: number; version: string });
    const start = nodeStartSeconds();
    const lines = [
      `| model (vars × rows) | HiGHS WebAssembly, warm process, second solve (ms) | native HiGHS ${out[0]?.version ?? ''} on the exported MPS (ms) | ratio | cold CLI end to end (s) | end to end ÷ native | (end to end − node start ${start.toFixed(2)} s) ÷ native | objectives agree |`,
      '|---|---:|---:|---:|---:|---:|---:|---|',
    ];
    rows.forEach((r, i) => {
      const n = out[i];
      if (!n) return;
      const agree = Math.abs(n.objective - r.objective) <= 1e-6 * Math.max(1, Math.abs(r.objective));
      lines.push(
        `| ${r.label} (${r.size}) | ${r.wasmMs.toFixed(0)} | ${n.ms.toFixed(0)} | ${(r.wasmMs / n.ms).toFixed(2)} | ${r.cliSeconds.toFixed(2)} | ${((1000 * r.cliSeconds) / n.ms).toFixed(2)} | ${((1000 * (r.cliSeconds - start)) / n.ms).toFixed(2)} | ${agree ? 'yes' : `NO (${r.objective} vs ${n.objective})`} |`,
      );
    });
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('native.js')) console.log((await nativeTable()).join('\n'));

/**
 * `explain` and `sweep` on generated scenarios, cold CLI (what a consultant waits for): wall
 * clock, CPU (all threads) and, for sweeps, points per second. Part of `npm run bench`;
 * `node dist-bench/bench/commands.js` alone. Targets of issue 14 are printed beside each figure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCoverageScenarioYaml, generateScenarioYaml } from './generateScenario.js';

const SEED = 7;
const CPU_REPORT =
  "data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\nbench-cpu-ms '+(u.user+u.system)/1000+'\\n')})";

type Run = {
  readonly ms: number;
  readonly cpuMs: number;
  readonly stdout: string;
  readonly status: number | null;
  readonly stderr: string;
};

function spawnCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', CPU_REPORT, 'bin/bestshore.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 256 * 2 ** 20,
  });
  const ms = performance.now() - t;
  const cpu = /bench-cpu-ms ([\d.]+)/.exec(r.stderr);
  return { ms, cpuMs: cpu ? Number(cpu[1]) : NaN, stdout: r.stdout, status: r.status, stderr: r.stderr };
}

const s1 = (ms: number): string => (ms / 1000).toFixed(1);

type ExplainCase = { readonly label: string; readonly yaml: string; readonly limitS: number };

export const EXPLAIN_CASES: readonly ExplainCase[] = [
  { label: 'v1 400×30', yaml: generateScenarioYaml(400, 30, SEED), limitS: 10 },
  { label: 'coverage 40×10×168', yaml: generateCoverageScenarioYaml(40, 10, SEED), limitS: 5 },
  { label: 'site MILP 10×8×168', yaml: generateCoverageScenarioYaml(10, 8, SEED, { sites: true }), limitS: 8 },
];

/** Cold `bestshore explain FILE --format json`, once per case and number of threads (they are long). */
export function explainTable(dir: string, workers?: readonly number[]): string[] {
  const lines = [
    '| explain (cold CLI, --format json) | workers | rules priced | wall s | CPU s | target | met? |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const c of EXPLAIN_CASES) {
    const file = join(dir, `explain-${c.label.replace(/[^0-9a-z]+/gi, '_')}.yaml`);
    writeFileSync(file, c.yaml);
    for (const w of workers ?? [undefined]) {
      const r = spawnCli(['explain', file, '--format', 'json', ...(w === undefined ? [] : ['--workers', String(w)])]);
      const label = `| ${c.label} | ${w ?? 'default'} |`;
      if (r.status !== 0) {
        lines.push(
          `${label} exit ${r.status}: ${r.stderr.split('\n')[0] ?? ''} | ${s1(r.ms)} | ${s1(r.cpuMs)} | < ${c.limitS} s | **not met** |`,
        );
        continue;
      }
      const rules = (JSON.parse(r.stdout) as { rules?: unknown[] }).rules?.length ?? 0;
      lines.push(
        `${label} ${rules} | ${s1(r.ms)} | ${s1(r.cpuMs)} | < ${c.limitS} s | ${r.ms < c.limitS * 1000 ? 'met' : '**not met**'} |`,
      );
    }
  }
  return lines;
}

/** Cold `bestshore sweep` at 40×10×168: a grid and a Monte Carlo sample of patched inputs. */
export function sweepCliTable(dir: string, workers?: readonly number[]): string[] {
  const file = join(dir, 'sweep-40x10.yaml');
  writeFileSync(file, generateCoverageScenarioYaml(40, 10, SEED));
  const cases: [string, string[]][] = [
    [
      'grid: MA rate × RO rate, 10 × 8',
      ['--vary', 'countries.MA.cost_per_hour=14..20:10', '--vary', 'countries.RO.cost_per_hour=19..24:8'],
    ],
    [
      'Monte Carlo: MA, RO, TN rates ±15 %, 160 draws',
      [
        '--spread',
        'countries.MA.cost_per_hour=±15%',
        '--spread',
        'countries.RO.cost_per_hour=±15%',
        '--spread',
        'countries.TN.cost_per_hour=±15%',
        '--samples',
        '160',
      ],
    ],
  ];
  const lines = [
    '| sweep 40×10×168 (cold CLI, --format json) | workers | points | wall s | CPU s | points/s | target ≥ 60/s |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [label, args] of cases) {
    for (const w of workers ?? [undefined]) {
      const r = spawnCli([
        'sweep',
        file,
        ...args,
        '--format',
        'json',
        ...(w === undefined ? [] : ['--workers', String(w)]),
      ]);
      if (r.status !== 0) {
        lines.push(`| ${label} | ${w ?? 'default'} | exit ${r.status}: ${r.stderr.split('\n')[0] ?? ''} | | | | |`);
        continue;
      }
      const points = (JSON.parse(r.stdout) as { points?: unknown[] }).points?.length ?? 0;
      const rate = points / (r.ms / 1000);
      lines.push(
        `| ${label} | ${w ?? 'default'} | ${points} | ${s1(r.ms)} | ${s1(r.cpuMs)} | ${rate.toFixed(1)} | ${rate >= 60 ? 'met' : '**not met**'} |`,
      );
    }
  }
  return lines;
}

export function commandTables(workers?: readonly number[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bestshore-bench-commands-'));
  try {
    return [...explainTable(dir, workers), '', ...sweepCliTable(dir, workers)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('commands.js')) {
  const only = process.env['BENCH_ONLY'];
  const dir = mkdtempSync(join(tmpdir(), 'bestshore-bench-commands-'));
  // BENCH_WORKERS=1,2: each command once per number of threads (default: the command's own choice).
  const workers = process.env['BENCH_WORKERS']?.split(',').map(Number);
  const out =
    only === 'explain'
      ? explainTable(dir, workers)
      : only === 'sweep'
        ? sweepCliTable(dir, workers)
        : commandTables(workers);
  rmSync(dir, { recursive: true, force: true });
  console.log(out.join('\n'));
}

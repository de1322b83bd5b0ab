/**
 * `alternatives` and `pareto` on the samples and on generated scenarios, cold CLI, with one
 * thread (--workers 1) and with the default (one per core when the base plan takes long enough):
 * wall clock, CPU (user + sys of the process and its worker threads), how many plans each made,
 * and whether both gave the same bytes. Part of `npm run bench`; `node dist-bench/bench/options.js`
 * alone prints the table. BENCH_OPTIONS_BIN=path/to/bestshore.js times another build (before/after).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCoverageScenarioYaml, generateScenarioYaml } from './generateScenario.js';

const SEED = 7;
const BIN = process.env['BENCH_OPTIONS_BIN'] ?? 'bin/bestshore.js';
const CPU_REPORT =
  "data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\nbench-cpu-ms '+(u.user+u.system)/1000+'\\n')})";

function run(args: readonly string[]): {
  ms: number;
  cpuMs: number;
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', CPU_REPORT, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 2 ** 20,
  });
  const cpu = /bench-cpu-ms ([\d.]+)/.exec(r.stderr);
  return {
    ms: performance.now() - t,
    cpuMs: cpu ? Number(cpu[1]) : NaN,
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

const s2 = (ms: number): string => (ms / 1000).toFixed(2);

export function optionsTable(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bestshore-bench-options-'));
  try {
    const v1 = join(dir, 'v1-100x12.yaml');
    writeFileSync(v1, generateScenarioYaml(100, 12, SEED));
    const cov = join(dir, 'coverage-10x6.yaml');
    writeFileSync(cov, generateCoverageScenarioYaml(10, 6, SEED));
    const v1big = join(dir, 'v1-400x30.yaml');
    writeFileSync(v1big, generateScenarioYaml(400, 30, SEED));
    const covBig = join(dir, 'coverage-40x10.yaml');
    writeFileSync(covBig, generateCoverageScenarioYaml(40, 10, SEED));
    const cases: [string, string[]][] = [
      ['alternatives telecom --slack 5% --count 5', ['alternatives', 'scenarios/telecom.yaml', '--slack', '5%']],
      [
        'alternatives energy (whole-agent queue) --slack 3%',
        ['alternatives', 'scenarios/energy.yaml', '--slack', '3%'],
      ],
      ['alternatives v1 100×12 --slack 2%', ['alternatives', v1]],
      ['alternatives coverage 10×6×168 --slack 2%', ['alternatives', cov]],
      [
        'pareto telecom cost,home-share (7 points)',
        ['pareto', 'scenarios/telecom.yaml', '--objectives', 'cost,home-share'],
      ],
      [
        'pareto energy cost,quality (whole-agent queue)',
        ['pareto', 'scenarios/energy.yaml', '--objectives', 'cost,quality'],
      ],
      ['pareto v1 100×12 cost,home-share', ['pareto', v1, '--objectives', 'cost,home-share']],
      ['pareto coverage 10×6×168 cost,countries', ['pareto', cov, '--objectives', 'cost,countries']],
      ['alternatives v1 400×30 --slack 2%', ['alternatives', v1big]],
      [
        'pareto v1 400×30 cost,home-share (13 points)',
        ['pareto', v1big, '--objectives', 'cost,home-share', '--points', '13'],
      ],
      [
        'pareto coverage 40×10×168 cost,home-share (13 points)',
        ['pareto', covBig, '--objectives', 'cost,home-share', '--points', '13'],
      ],
      [
        'pareto energy cost,quality, 13 points (whole-agent queue)',
        ['pareto', 'scenarios/energy.yaml', '--objectives', 'cost,quality', '--points', '13'],
      ],
    ];
    const lines = [
      `Load average at start: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')}; ${availableParallelism()} cores.`,
      '',
      '| options (cold CLI, --format json) | plans | 1 thread: wall s | CPU s | default threads: wall s | CPU s | same bytes |',
      '|---|---|---|---|---|---|---|',
    ];
    const plansOf = (stdout: string): string => {
      const doc = JSON.parse(stdout) as {
        alternatives?: unknown[];
        points?: unknown[];
        searches?: number;
        solves?: number;
      };
      return doc.alternatives
        ? `${doc.alternatives.length} alternatives, ${doc.searches ?? 0} searches`
        : `${doc.points?.length ?? 0} points, ${doc.solves ?? 0} plans`;
    };
    for (const [label, args] of cases) {
      const one = run([...args, '--format', 'json', ...(BIN === 'bin/bestshore.js' ? ['--workers', '1'] : [])]);
      // An older build without --workers: one run, as it is.
      const many = BIN === 'bin/bestshore.js' ? run([...args, '--format', 'json']) : undefined;
      if (one.status !== 0) {
        lines.push(
          `| ${label} | exit ${one.status}: ${one.stderr.split('\n')[0] ?? ''} | ${s2(one.ms)} | ${s2(one.cpuMs)} | | | |`,
        );
        continue;
      }
      lines.push(
        `| ${label} | ${plansOf(one.stdout)} | ${s2(one.ms)} | ${s2(one.cpuMs)} | ${many ? s2(many.ms) : '—'} | ${many ? s2(many.cpuMs) : '—'} | ${many ? (many.stdout === one.stdout ? 'yes' : '**no**') : '—'} |`,
      );
    }
    lines.push(
      '',
      `Load average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')}.`,
    );
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('options.js')) console.log(optionsTable().join('\n'));

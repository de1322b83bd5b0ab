/**
 * `alternatives` and `pareto` on the samples and on generated scenarios, cold CLI: wall clock,
 * CPU (user + sys of the process), and how many plans each made. Part of `npm run bench`;
 * `node dist-bench/bench/options.js` alone prints the table.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCoverageScenarioYaml, generateScenarioYaml } from './generateScenario.js';

const SEED = 7;
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
  const r = spawnSync(process.execPath, ['--import', CPU_REPORT, 'bin/bestshore.js', ...args], {
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
    ];
    const lines = ['| options (cold CLI, --format json) | plans | wall s | CPU s |', '|---|---|---|---|'];
    for (const [label, args] of cases) {
      const r = run([...args, '--format', 'json']);
      if (r.status !== 0) {
        lines.push(`| ${label} | exit ${r.status}: ${r.stderr.split('\n')[0] ?? ''} | ${s2(r.ms)} | ${s2(r.cpuMs)} |`);
        continue;
      }
      const doc = JSON.parse(r.stdout) as {
        alternatives?: unknown[];
        points?: unknown[];
        searches?: number;
        solves?: number;
      };
      const plans = doc.alternatives
        ? `${doc.alternatives.length} alternatives, ${doc.searches ?? 0} searches`
        : `${doc.points?.length ?? 0} points, ${doc.solves ?? 0} plans`;
      lines.push(`| ${label} | ${plans} | ${s2(r.ms)} | ${s2(r.cpuMs)} |`);
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('options.js')) console.log(optionsTable().join('\n'));

/**
 * `bestshore roadmap`, cold CLI (what a consultant waits for): the samples over 36 months, the
 * two roadmap samples as written, and a generated 60 months × 40 activities × 10 countries
 * (hour-based work). Wall clock, CPU (all threads), model size. Part of `npm run bench`;
 * `node dist-bench/bench/roadmap.js` alone. Targets of issue 18 beside each figure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateScenarioYaml } from './generateScenario.js';

const CPU_REPORT =
  "data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\nbench-cpu-ms '+(u.user+u.system)/1000+'\\n')})";
const s1 = (ms: number): string => (ms / 1000).toFixed(1);

/**
 * A horizon for the generated scenario: 40% of every activity in FR today (the rest is new
 * work), seasons on a third of the activities, 3% growth, hiring limits, ramp-up, attrition,
 * wage inflation and one-off costs in every country.
 */
export function generatedHorizon(
  activities: number,
  countries: readonly string[],
  months: number,
  fte: readonly number[],
): string {
  const lines = ['horizon:', '  start: "2027-01"', `  months: ${months}`, '  volumes:'];
  for (let i = 0; i < activities; i += 1) {
    lines.push(
      `    a${i}: ${i % 3 === 0 ? '{ seasonality: [1, 0.9, 1, 1, 1.05, 1, 0.85, 0.8, 1.1, 1.05, 1.1, 1.2], growth: 0.03 }' : '{ growth: 0.03 }'}`,
    );
  }
  lines.push('  current:');
  for (let i = 0; i < activities; i += 1) lines.push(`    a${i}: { FR: ${(fte[i] ?? 0) * 0.4} }`);
  lines.push('  countries:');
  countries.forEach((code, k) => {
    lines.push(
      `    ${code}: { ${code === 'FR' ? '' : 'hiring_per_month: 150, '}hire_cost: 2500, ramp: [${k % 2 === 0 ? '0.7' : '0.6, 0.9'}], attrition: 0.025, wage_inflation: 0.04, transfer_cost: 1000, release_cost: 2000 }`,
    );
  });
  return `${lines.join('\n')}\n`;
}

type Case = {
  readonly label: string;
  readonly file: string;
  readonly args: readonly string[];
  readonly limitS: number;
};

export function roadmapTable(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-roadmap-'));
  try {
    const codes = ['FR', 'RO', 'MA', 'PT', 'ES', 'PL', 'TN', 'MU', 'SN', 'BG'];
    const big = join(dir, 'roadmap-60x40x10.yaml');
    const base = generateScenarioYaml(40, 10, 7);
    const used = [...base.matchAll(/^ {2}([A-Z]{2}):$/gm)].map((m) => m[1] ?? '');
    // Today's FTE of each activity at FR's default 106 hours a month.
    const fte = [...base.matchAll(/^ {4}hours: (\d+)$/gm)].map((m) => Math.round(Number(m[1]) / 106));
    writeFileSync(big, base + generatedHorizon(40, used.length > 0 ? used : codes, 60, fte));
    const cases: Case[] = [
      ...['telecom', 'tourism', 'energy', 'public-agency'].map((s) => ({
        label: `${s} × 36 months`,
        file: `scenarios/${s}.yaml`,
        args: ['--set', 'horizon.months=36'],
        limitS: 5,
      })),
      {
        label: 'roadmap/telecom-66 (66 months, in-house, MA/RO ramp-up)',
        file: 'scenarios/roadmap/telecom-66.yaml',
        args: [],
        limitS: 5,
      },
      {
        label: 'roadmap/public-rampup (14 months, 50 → 300 FTE)',
        file: 'scenarios/roadmap/public-rampup.yaml',
        args: [],
        limitS: 5,
      },
      { label: 'generated 60 months × 40 activities × 10 countries', file: big, args: [], limitS: 30 },
    ];
    const lines = [
      '| roadmap (cold CLI, --format json) | variables | rows | integer | NPV | wall s | CPU s | target | met? |',
      '|---|---|---|---|---|---|---|---|---|',
    ];
    for (const c of cases) {
      const t = performance.now();
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          CPU_REPORT,
          'bin/bestshore.js',
          'roadmap',
          c.file,
          '--format',
          'json',
          '--time-limit',
          '600',
          ...c.args,
        ],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 512 * 2 ** 20 },
      );
      const ms = performance.now() - t;
      const cpu = Number(/bench-cpu-ms ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
      if (r.status !== 0) {
        lines.push(
          `| ${c.label} | exit ${r.status}: ${(r.stderr.split('\n').find((l) => l.trim() !== '') ?? '').slice(0, 80)} | | | | ${s1(ms)} | ${s1(cpu)} | < ${c.limitS} s | **not met** |`,
        );
        continue;
      }
      const doc = JSON.parse(r.stdout) as { npv: number; model: { vars: number; rows: number; integers: number } };
      lines.push(
        `| ${c.label} | ${doc.model.vars.toLocaleString('en-US')} | ${doc.model.rows.toLocaleString('en-US')} | ${doc.model.integers} | ${Math.round(doc.npv).toLocaleString('en-US')} | ${s1(ms)} | ${s1(cpu)} | < ${c.limitS} s | ${ms < c.limitS * 1000 ? 'met' : '**not met**'} |`,
      );
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('roadmap.js')) console.log(roadmapTable().join('\n'));

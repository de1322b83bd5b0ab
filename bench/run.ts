/**
 * `npm run bench`: speed of bestshore on seeded scenarios of growing size, per engine, and the
 * cold start of the CLI. Prints Markdown tables (docs/performance.md keeps the latest run).
 * Not a test: timings depend on the machine; targets are read, not asserted.
 */
import { spawnSync } from 'node:child_process';
import { buildModel } from '../src/model/buildModel.js';
import { planScenario } from '../src/plan/planScenario.js';
import { readScenarioText } from '../src/scenario/readScenario.js';
import { ENGINES } from '../src/solver/engines.js';
import { solveModel } from '../src/solver/solveModel.js';
import { generateScenarioYaml } from './generateScenario.js';

/** javascript-lp-solver's dense tableau: past this many variables a run takes minutes. */
const JS_MAX_VARS = 2500;
const SIZES: readonly (readonly [number, number])[] = [[10, 5], [50, 10], [100, 15], [200, 20], [400, 30]];

const ms = (t0: number): number => performance.now() - t0;
const f = (x: number): string => x.toFixed(x < 10 ? 1 : 0);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function v1Table(): Promise<string[]> {
  const lines = ['| size (A×C) | vars | rows | engine | parse ms | build ms | solve ms | plan+verify total ms | objective | agrees |', '|---|---|---|---|---|---|---|---|---|---|'];
  for (const [a, c] of SIZES) {
    const yaml = generateScenarioYaml(a, c, 7);
    let t = performance.now();
    const read = readScenarioText('bench.yaml', yaml);
    const parseMs = ms(t);
    if (!read.ok) throw new Error(`generator produced an invalid scenario: ${read.diagnostics[0]?.message}`);
    t = performance.now();
    const model = buildModel(read.scenario);
    const buildMs = ms(t);
    const objectives: number[] = [];
    for (const [name, engine] of Object.entries(ENGINES)) {
      if (name === 'javascript-lp-solver' && model.vars.length > JS_MAX_VARS) {
        lines.push(`| ${a}×${c} | ${model.vars.length} | ${model.rows.length} | ${name} | | | skipped (> ${JS_MAX_VARS} vars) | | | |`);
        continue;
      }
      t = performance.now();
      const solved = await solveModel(model, engine, { timeLimitSeconds: 300 });
      const solveMs = ms(t);
      t = performance.now();
      const outcome = await planScenario(read.scenario, engine, { timeLimitSeconds: 300 });
      const totalMs = ms(t) + parseMs;
      const obj = outcome.status === 'optimal' ? outcome.totalCost : NaN;
      objectives.push(obj);
      const agrees = objectives.every((o) => Math.abs(o - (objectives[0] ?? o)) <= 1e-6 * Math.max(1, Math.abs(o)));
      lines.push(`| ${a}×${c} | ${model.vars.length} | ${model.rows.length} | ${name} | ${f(parseMs)} | ${f(buildMs)} | ${f(solveMs)} (${solved.status}) | ${f(totalMs)} | ${obj.toFixed(2)} | ${agrees ? 'yes' : 'NO'} |`);
    }
  }
  return lines;
}

function coldStart(): string[] {
  const run = (args: string[]): number => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms(t);
  };
  const node = median(Array.from({ length: 11 }, () => run(['-e', '0'])));
  const rows = ['| command | median of 11 runs (ms) | × node -e 0 |', '|---|---|---|', `| node -e 0 | ${f(node)} | 1.0 |`];
  for (const s of ['telecom', 'tourism', 'energy', 'public-agency']) {
    const t = median(Array.from({ length: 11 }, () => run(['bin/bestshore.js', 'plan', `scenarios/${s}.yaml`, '--format', 'json'])));
    rows.push(`| bestshore plan scenarios/${s}.yaml | ${f(t)} | ${(t / node).toFixed(1)} |`);
  }
  return rows;
}

const out = ['## Cold start', '', ...coldStart(), '', '## v1 plans (activities × countries), per engine', '', ...(await v1Table()), '',
  `Peak RSS of the benchmark process: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB. Node ${process.version}.`];
console.log(out.join('\n'));

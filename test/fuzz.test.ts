import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/explain/random.js';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parse, parseDocument, type Node } from 'yaml';
import { ROOT } from './helpers.js';
import { runMain, scratch } from './support/inProcess.js';

/**
 * Seeded fuzzing of the sample scenarios through `bestshore plan -f json`, in process: numbers
 * set to extremes, keys deleted, junk keys and characters inserted, lines duplicated (duplicate
 * keys). Whatever the mutant, the CLI must answer with exit 0, 1 or 2 — a message on stderr for
 * 1 and 2, only the JSON error document on stdout for 2, no stack trace anywhere — and a printed plan must contain
 * every activity of the scenario with hours planned.
 *
 *   FUZZ_SEED=7 FUZZ_RUNS=500 npx vitest run test/fuzz.test.ts   # a longer run
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20270111);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 120);

/** The project's seeded generator (mulberry32): the same sequence on every machine. */
const generator = seededRandom;

const EXTREMES = [
  0,
  -1,
  1e-308,
  1e-9,
  0.0001,
  0.01,
  0.5,
  1,
  1.5,
  7,
  99,
  1000,
  86400,
  1e6,
  1e8,
  1e9,
  4e10,
  1e15,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
];
const JUNK = [
  '\u001b[2J',
  '\u0007',
  '\r',
  '\u0000',
  '\ufffe',
  '<script>',
  '|',
  '__proto__',
  'constructor',
  '💥',
  '"',
  '\n  ',
  ': x',
  '{',
  '&a',
  '*a',
  '0144',
  '1.200',
];

type Random = () => number;
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** Every node of a YAML document under `node`, with maps and sequences. */
function nodes(node: unknown, out: Node[] = []): Node[] {
  if (isMap(node))
    for (const p of node.items) {
      if (isScalar(p.key)) out.push(p.key);
      nodes(p.value, out);
    }
  if (isSeq(node)) for (const item of node.items) nodes(item, out);
  if (isScalar(node) || isMap(node) || isSeq(node)) out.push(node);
  return out;
}

/** One structural mutation on the parsed document (numbers, deletions, junk keys and values). */
function mutateDocument(text: string, r: Random): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return mutateText(text, r);
  const all = nodes(doc.contents);
  const maps = all.filter(isMap);
  const numbers = all.filter((n) => isScalar(n) && typeof n.value === 'number');
  const strings = all.filter((n) => isScalar(n) && typeof n.value === 'string');
  // Numbers most often: they keep the file valid and reach the solver.
  const roll = r();
  const kind = roll < 0.55 ? 0 : roll < 0.7 ? 1 : roll < 0.85 ? 2 : 3;
  if (kind === 0 && numbers.length > 0) {
    const n = pick(r, numbers);
    if (isScalar(n)) n.value = pick(r, EXTREMES);
  } else if (kind === 1 && maps.length > 0) {
    const m = pick(r, maps);
    if (isMap(m) && m.items.length > 0) m.items.splice(Math.floor(r() * m.items.length), 1);
  } else if (kind === 2 && maps.length > 0) {
    const m = pick(r, maps);
    if (isMap(m)) m.set(pick(r, JUNK), pick(r, [1, 'x', pick(r, EXTREMES), { language: 'fr', hours: 10 }]));
  } else if (strings.length > 0) {
    const n = pick(r, strings);
    if (isScalar(n)) n.value = `${String(n.value)}${pick(r, JUNK)}`;
  }
  return doc.toString();
}

/** One textual mutation: a line duplicated (duplicate keys), deleted, or junk inserted anywhere. */
function mutateText(text: string, r: Random): string {
  const lines = text.split('\n');
  const at = Math.floor(r() * lines.length);
  const kind = Math.floor(r() * 3);
  if (kind === 0) lines.splice(at, 0, lines[at] ?? '');
  else if (kind === 1) lines.splice(at, 1);
  else {
    const line = lines[at] ?? '';
    const col = Math.floor(r() * (line.length + 1));
    lines[at] = `${line.slice(0, col)}${pick(r, JUNK)}${line.slice(col)}`;
  }
  return lines.join('\n');
}

type PlanJson = { activities?: { activity: string; hours: number }[] };

describe(`fuzz: ${RUNS} mutants of the sample scenarios (seed ${SEED})`, () => {
  const samples = readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'scenarios', f), 'utf8'));
  const tmp = scratch('bestshore-fuzz-');

  it('exit 0, 1 or 2 only; messages for 1 and 2; no stack trace; every activity in a printed plan', async () => {
    const r = generator(SEED);
    const exits = new Map<number, number>();
    for (let run = 0; run < RUNS; run++) {
      let text = pick(r, samples);
      const rounds = 1 + Math.floor(r() * 2);
      for (let k = 0; k < rounds; k++) text = r() < 0.8 ? mutateDocument(text, r) : mutateText(text, r);
      const file = tmp.write(`mutant-${run}.yaml`, text);
      const label = `mutant ${run} (seed ${SEED}): ${file}`;
      const out = await runMain(['plan', file, '-f', 'json', '--time-limit', '10']);
      exits.set(out.code, (exits.get(out.code) ?? 0) + 1);
      expect([0, 1, 2], `${label}\n${out.stderr}`).toContain(out.code);
      expect(`${out.stdout}${out.stderr}`, label).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
      if (out.code !== 0) expect(out.stderr.trim(), label).not.toBe('');
      // Under -f json a rejected scenario is a JSON document on stdout (docs/output.md), never a plan.
      if (out.code === 2) expect(JSON.parse(out.stdout), label).toMatchObject({ status: 'invalid', exit_code: 2 });
      if (out.code === 0) {
        const written = parse(text) as { activities: Record<string, unknown> };
        const plan = JSON.parse(out.stdout) as PlanJson;
        const planned = new Map((plan.activities ?? []).map((a) => [a.activity, a.hours]));
        for (const id of Object.keys(written.activities)) {
          expect(planned.has(id), `${label}: activity ${id} missing from the plan`).toBe(true);
          expect(planned.get(id) ?? 0, `${label}: activity ${id} has no hours planned`).toBeGreaterThan(0);
        }
      }
    }
    if (process.env['FUZZ_VERBOSE']) console.log(`exit codes: ${JSON.stringify([...exits].sort())}`);
    // The mutants reach every outcome the CLI has for a user: plans, no plan, invalid files.
    expect([...exits.keys()].sort(), JSON.stringify([...exits])).toEqual(expect.arrayContaining([0, 2]));
  }, 120_000);
});

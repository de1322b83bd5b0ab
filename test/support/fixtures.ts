import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { planScenario } from '../../src/plan/planScenario.js';
import { readScenarioText } from '../../src/scenario/readScenario.js';
import { jsLpSolver } from '../../src/solver/jsLpSolver.js';
import { ROOT } from '../helpers.js';

/** What a fixture must produce; written next to it as `<name>.outcome.json`. */
export type InvalidExpected = {
  readonly exit: 2;
  /**
   * `{file}:line:col …` entries must equal a whole stderr line (or start one, when they end in
   * `...`: for lists that grow with the schema, such as the allowed keys); other entries are substrings.
   */
  readonly stderr: readonly string[];
  /** Number of problems the summary line announces (and of `{file}:` lines printed). */
  readonly problems: number;
  /** Files that cannot be committed are made by the test: a > 1 MiB file, a folder, no file. */
  readonly setup?: 'oversized' | 'directory' | 'missing';
};

export type InfeasibleExpected = {
  readonly exit: 1;
  /** Substrings of the table output. */
  readonly stdout: readonly string[];
  /** The diagnosis rules, sorted. */
  readonly rules: readonly string[];
  readonly diagnosis: readonly { rule: string; path: string; line: number; col: number }[];
  /** For a `combination` finding: the rules its message names, with their lines. */
  readonly named?: readonly { path: string; line: number }[];
  /** Scenario fields each of which, deleted alone, lets a plan exist. */
  readonly lift: readonly string[];
  /** The `lift` fields alone (every other rule deleted) still leave no plan. */
  readonly conflict?: boolean;
};

export type ValidExpected = {
  readonly exit: 0;
  /** The optimum, computed by hand (reasoning in the fixture's comments). */
  readonly total_cost: number;
  readonly allocation: readonly { activity: string; country: string; hours: number; basis: string }[];
};

export type Fixture<E> = { readonly name: string; readonly yaml: string; readonly expected: E };

/** Every `<name>.outcome.json` of test/fixtures/<kind>, with its scenario path (relative to ROOT). */
export function fixtures<E>(kind: 'invalid' | 'infeasible' | 'valid'): Fixture<E>[] {
  const dir = join('test', 'fixtures', kind);
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.outcome.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.outcome.json'.length);
      const expected = JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')) as E;
      return { name, yaml: join(dir, `${name}.yaml`), expected };
    });
}

/** Replace the `{file}` placeholder of expected lines with the path given to the CLI. */
export const withFile = (line: string, file: string): string => line.split('{file}').join(file);

/** Plan scenario text through the library (not the CLI) and say whether a plan exists. */
export async function planText(text: string): Promise<string> {
  const read = readScenarioText('relaxed.yaml', text);
  if (!read.ok) throw new Error(`relaxed scenario is invalid: ${read.diagnostics.map((d) => d.message).join('; ')}`);
  return (await planScenario(read.scenario, jsLpSolver, { timeLimitSeconds: 30 })).status;
}

/** The scenario text with the fields at `paths` (dotted, as in a diagnosis) deleted. */
export function deleteFields(text: string, paths: readonly string[]): string {
  const doc = parseDocument(text);
  for (const p of paths) {
    const segments = p.split('.');
    if (!doc.hasIn(segments)) throw new Error(`no field ${p} in the scenario`);
    doc.deleteIn(segments);
  }
  return doc.toString();
}

/** Every rule field a scenario sets: floors, shares, capacities (what a diagnosis can blame). */
export function ruleFields(text: string): string[] {
  const data = parseDocument(text).toJS() as {
    countries: Record<string, { capacity_hours?: number; languages: Record<string, unknown> }>;
    activities: Record<string, Record<string, unknown>>;
    rules?: Record<string, unknown>;
  };
  const out: string[] = [];
  for (const [code, c] of Object.entries(data.countries)) {
    if (c.capacity_hours !== undefined) out.push(`countries.${code}.capacity_hours`);
    for (const [lang, skill] of Object.entries(c.languages)) {
      if (typeof skill === 'object' && skill !== null && 'capacity_hours' in skill)
        out.push(`countries.${code}.languages.${lang}.capacity_hours`);
    }
  }
  for (const [id, a] of Object.entries(data.activities)) {
    for (const key of ['min_quality', 'max_share', 'min_home_share']) if (key in a) out.push(`activities.${id}.${key}`);
  }
  // A global rule is lifted whole (a rule without its share is not a rule).
  for (const name of Object.keys(data.rules ?? {})) out.push(`rules.${name}`);
  return out;
}

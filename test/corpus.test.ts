import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES } from '../src/scenario/parseYaml.js';
import { ROOT } from './helpers.js';
import { runMain } from './support/inProcess.js';
import {
  deleteFields,
  fixtures,
  planText,
  ruleFields,
  withFile,
  type InfeasibleExpected,
  type InvalidExpected,
  type ValidExpected,
} from './support/fixtures.js';

/**
 * The fixture corpus: every `test/fixtures/<kind>/<name>.outcome.json` is one test, run through
 * the built binary with a path relative to the repository root (so messages are stable).
 */
const tmp = mkdtempSync(join(tmpdir(), 'bestshore-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The path to give the CLI: the committed fixture, or one the test makes for cases that cannot be committed. */
function scenarioPath(yaml: string, setup: InvalidExpected['setup']): string {
  switch (setup) {
    case undefined:
      return yaml;
    case 'missing':
      return yaml; // no such file is committed
    case 'directory': {
      const dir = join(tmp, 'folder.yaml');
      mkdirSync(dir, { recursive: true });
      return dir;
    }
    case 'oversized': {
      // A valid scenario padded with comments to one byte over the limit.
      const head =
        'name: big\ncountries:\n  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }\nactivities:\n  a: { language: fr, hours: 1 }\n';
      const pad = MAX_SCENARIO_BYTES + 1 - Buffer.byteLength(head);
      const line = `#${'x'.repeat(98)}\n`;
      const body = head + line.repeat(Math.floor(pad / line.length)) + '#'.repeat(pad % line.length);
      const file = join(tmp, 'oversized.yaml');
      writeFileSync(file, body);
      expect(Buffer.byteLength(body)).toBe(MAX_SCENARIO_BYTES + 1);
      return file;
    }
  }
}

describe('invalid scenarios: exit 2, every problem as file:line:col path: message', () => {
  const all = fixtures<InvalidExpected>('invalid');
  it('has a corpus', async () => expect(all.length).toBeGreaterThanOrEqual(25));

  for (const { name, yaml, expected } of all) {
    it(name, async () => {
      const file = scenarioPath(yaml, expected.setup);
      const r = await runMain(['plan', file]);
      expect(r.code, r.stderr).toBe(expected.exit);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      for (const want of expected.stderr.map((l) => withFile(l, file))) {
        if (!want.startsWith(`${file}:`)) expect(r.stderr).toContain(want);
        else if (want.endsWith('...')) expect(lines.find((l) => l.startsWith(want.slice(0, -3)))).toBeDefined();
        else expect(lines).toContain(want);
      }
      // Exactly the announced problems, each on its own located line, then the summary.
      expect(lines.filter((l) => l.startsWith(`${file}:`))).toHaveLength(expected.problems);
      expect(lines.at(-1)).toBe(
        `bestshore: ${expected.problems} problem${expected.problems === 1 ? '' : 's'} found; nothing was planned`,
      );
    });
  }
});

describe('infeasible scenarios: exit 1 with a located diagnosis (table and JSON)', () => {
  const all = fixtures<InfeasibleExpected>('infeasible');
  it('has a corpus', async () => expect(all.length).toBeGreaterThanOrEqual(10));

  for (const { name, yaml, expected } of all) {
    it(name, async () => {
      const table = await runMain(['plan', yaml]);
      expect(table.code, table.stderr).toBe(1);
      expect(table.stderr).toContain(
        `bestshore: ${yaml}: no plan satisfies the constraints (${expected.diagnosis.length} finding`,
      );
      for (const s of expected.stdout) expect(table.stdout).toContain(s);
      for (const d of expected.diagnosis) expect(table.stdout).toContain(`  ${yaml}:${d.line}:${d.col} ${d.path}\n`);

      const json = await runMain(['plan', yaml, '--format', 'json']);
      expect(json.code, json.stderr).toBe(1);
      const doc = JSON.parse(json.stdout) as {
        status: string;
        total_cost: unknown;
        allocation: unknown[];
        diagnosis: { rule: string; message: string; path: string; line: number; col: number }[];
      };
      expect(doc.status).toBe('infeasible');
      expect(doc.total_cost).toBeNull();
      expect(doc.allocation).toEqual([]);
      expect(doc.diagnosis.map((d) => d.rule).sort()).toEqual(expected.rules);
      expect(doc.diagnosis.map(({ rule, path, line, col }) => ({ rule, path, line, col }))).toEqual(expected.diagnosis);
      for (const d of doc.diagnosis) expect(table.stdout).toContain(`- ${d.message}\n`);

      if (expected.named) {
        const message = doc.diagnosis[0]?.message ?? '';
        for (const n of expected.named) expect(message).toContain(`${n.path} (line ${n.line})`);
        expect(message.match(/ \(line \d+\)/g)).toHaveLength(expected.named.length);
      }

      // Each blamed rule really is at fault: without it, the library finds a plan.
      const text = readFileSync(join(ROOT, yaml), 'utf8');
      expect(await planText(text)).toBe('infeasible');
      for (const path of expected.lift) {
        expect({ path, status: await planText(deleteFields(text, [path])) }).toEqual({ path, status: 'optimal' });
      }
      if (expected.conflict) {
        // …and together they are enough: delete every other rule and there is still no plan.
        const others = ruleFields(text).filter((p) => !expected.lift.includes(p));
        expect(others.length).toBeGreaterThan(0);
        expect(await planText(deleteFields(text, others))).toBe('infeasible');
      }
    });
  }
});

describe('valid edge cases: exit 0 with the optimum computed by hand', () => {
  const all = fixtures<ValidExpected>('valid');
  it('has a corpus', async () => expect(all.length).toBeGreaterThanOrEqual(5));

  for (const { name, yaml, expected } of all) {
    it(name, async () => {
      const r = await runMain(['plan', yaml, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const doc = JSON.parse(r.stdout) as {
        status: string;
        total_cost: number;
        optimality: { proven: boolean };
        allocation: { activity: string; country: string; hours: number; basis: string }[];
      };
      expect(doc.status).toBe('optimal');
      expect(doc.total_cost).toBeCloseTo(expected.total_cost, 2);
      expect(doc.optimality.proven).toBe(true);
      const key = (r: { activity: string; country: string }): string => `${r.activity}@${r.country}`;
      const got = new Map(doc.allocation.map((row) => [key(row), row]));
      expect([...got.keys()].sort()).toEqual(expected.allocation.map(key).sort());
      for (const want of expected.allocation) {
        const row = got.get(key(want));
        expect(row?.hours).toBeCloseTo(want.hours, 6);
        expect(row?.basis).toBe(want.basis);
      }
    });
  }
});

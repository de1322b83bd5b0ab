import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT } from './helpers.js';
import { runMain } from './support/inProcess.js';

const tmp = mkdtempSync(join(tmpdir(), 'bestshore-cli-'));
const write = (name: string, text: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe('bestshore plan', () => {
  it('exit 0: prints the plan table on stdout, nothing on stderr, no colour', async () => {
    const r = await runMain(['plan', 'scenarios/telecom.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Telecom operator — bestshore 2027 — optimal plan');
    expect(r.stdout).toMatch(/│ back-office\s+│ RO\s+│\s+5,500 │/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('exit 0 with --format json: parseable, contract fields present', async () => {
    const r = await runMain(['plan', 'scenarios/telecom.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.status).toBe('optimal');
    expect(Object.keys(doc.allocation[0])).toEqual(['activity', 'country', 'hours', 'fte', 'cost', 'quality', 'basis']);
    const sum = doc.allocation.reduce((t: number, row: { cost: number }) => t + row.cost, 0);
    expect(sum).toBeCloseTo(doc.total_cost, 1);
  });

  it('exit 1: an infeasible scenario gets a diagnosis naming the activity and the rule', async () => {
    const f = 'test/fixtures/cli/health-capacity.yaml';
    const r = await runMain(['plan', f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'health-line needs 2,500 h in FR + RO (data: health, language fr); FR + RO capacity is 2,000 h',
    );
    expect(r.stderr).toMatch(/no plan satisfies the constraints/);
  });

  it('exit 2: an invalid scenario lists every problem as file:line:col path: message', async () => {
    const f = write(
      'invalid.yaml',
      'name: x\ncountries:\n  FR: { cost_per_hour: -1, languages: { fr: 2 } }\nactivities:\n  a: { language: fr, hours: 10, colour: red }\n',
    );
    const r = await runMain(['plan', f]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${f}:3:9 countries.FR.cost_per_hour: expected a positive cost per hour`);
    expect(r.stderr).toContain(`${f}:3:41 countries.FR.languages.fr: a quality score must be between 0 and 1`);
    expect(r.stderr).toContain(`${f}:5:33 activities.a.colour: unknown key "colour"`);
  });

  it('exit 2: a missing file and a bad option', async () => {
    expect((await runMain(['plan', join(tmp, 'nope.yaml')])).stderr).toContain('nope.yaml:1:1 file not found');
    const bad = await runMain(['plan', 'scenarios/telecom.yaml', '--format', 'xls']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/argument 'xls' is invalid/);
  });

  it('--output writes the file atomically and leaves no temporary file', async () => {
    const out = join(tmp, 'plan.csv');
    const r = await runMain(['plan', 'scenarios/telecom.yaml', '--format', 'csv', '--locale', 'fr', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const csv = readFileSync(out, 'utf8');
    // French Excel: French column names; the values stay the plan's own (ids, codes, legal basis).
    expect(csv.startsWith('\uFEFFactivité;pays;heures;etp;coût_EUR;qualité;base_légale\r\n')).toBe(true);
    expect(csv).toContain('back-office;RO;5500;45,33;115500;0,88;EU\r\n');
    expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('--output into a missing folder fails with exit 2 and writes nothing', async () => {
    const out = join(tmp, 'no-such-dir', 'plan.json');
    const r = await runMain(['plan', 'scenarios/telecom.yaml', '--output', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the folder does not exist');
    expect(existsSync(out)).toBe(false);
  });

  it('--locale fr writes a diagnosis in French, its figures like those of a plan', async () => {
    const fr = await runMain(['plan', 'test/fixtures/infeasible/capacity-overall.yaml', '--locale', 'fr']);
    expect(fr.code).toBe(1);
    expect(fr.stdout).toContain(
      'support, sales demandent 3\u202f000 h dans FR + RO\u00a0; la capacité de FR + RO est de 2\u202f500 h',
    );
    const json = JSON.parse(
      (await runMain(['plan', 'test/fixtures/infeasible/capacity-overall.yaml', '--locale', 'fr', '--format', 'json']))
        .stdout,
    );
    expect(json.diagnosis[0].message).toContain('need 3,000 h'); // JSON stays in English words and figures
  });
});

describe('bestshore plan (spawned: a real pipe closed early)', () => {
  it('exit 0 and nothing on stderr when the reader stops early (| head)', async () => {
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${BIN}" plan scenarios/tourism.yaml | head -c 0; echo "exit \${PIPESTATUS[0]}"`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('exit 0');
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read, readText } from '../api/read.js';
import { generateCoverageScenarioYaml } from '../../bench/generateScenario.js';
import { buildModel } from './buildModel.js';
import type { Row } from './lp.js';
import { fieldKey, fieldsOf, isRuleRow, namesField } from './ruleCatalogue.js';
import { leversOf } from '../explain/levers.js';

const FOLDERS = ['scenarios', 'test/fixtures/valid', 'test/fixtures/infeasible', 'test/fixtures/sites'];
const files = FOLDERS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(d, f)),
);

async function rowsOf(file: string): Promise<Row[]> {
  const r = await read(file);
  if (!r.ok) throw new Error(`${file}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return [...buildModel(r.scenario).rows, ...buildModel(r.scenario, { wholeFte: true }).rows];
}

describe('the rule catalogue', () => {
  it('names the scenario field of every row the model builder writes', async () => {
    const generated = [{ queues: 2, sites: true, minCountries: true }, { shifts: true }].flatMap((options) => {
      const r = readText(generateCoverageScenarioYaml(4, 3, 7, options));
      if (!r.ok) throw new Error('the generated scenario reads');
      return buildModel(r.scenario).rows;
    });
    const rows = [...(await Promise.all(files.map(rowsOf))).flat(), ...generated];
    const kinds = new Set(rows.map((r) => r.kind));
    // Enough variety for the check to mean something: rules and structure alike.
    expect(kinds.size).toBeGreaterThan(10);
    const strays = rows.filter((r) => {
      const fields = fieldsOf(r.kind);
      return fields.length === 0 ? r.source.length > 0 : !fields.some((f) => namesField(f, r.source));
    });
    expect(strays.map((r) => `${r.kind} ${r.source.join('.')}`)).toEqual([]);
  });

  it('names the scenario field of every rule explain can lift', async () => {
    const scenarios = await Promise.all(
      files.map(async (f) => {
        const r = await read(f);
        if (!r.ok) throw new Error(f);
        return r.scenario;
      }),
    );
    const rota = readText(generateCoverageScenarioYaml(4, 3, 7, { shifts: true }));
    if (!rota.ok) throw new Error('the generated scenario reads');
    const levers = [...scenarios, rota.scenario].flatMap((s) => leversOf(s, buildModel(s)));
    const kinds = new Set(levers.map((l) => l.kind));
    for (const k of ['residency', 'allow-list', 'open', 'coverage', 'working-hours', 'shift-lengths'] as const)
      expect(kinds).toContain(k);
    const strays = levers.filter((l) => !fieldsOf(l.kind).some((f) => namesField(f, l.path)));
    expect(strays.map((l) => `${l.kind} ${l.key}`)).toEqual([]);
  });

  it("gives the key of a kind's one field as the scenario writes it, for sentences to name", () => {
    expect(fieldKey('max-share')).toBe('max_share');
    expect(fieldKey('global-max-share')).toBe('max_share');
    expect(fieldKey('min-home-share')).toBe('min_home_share');
    expect(fieldKey('social-clause')).toBe('min_share');
    expect(fieldKey('quality')).toBe('min_quality');
    expect(fieldKey('min-countries')).toBe('min_countries');
    expect(fieldKey('working-hours')).toBe('working_hours');
    expect(fieldKey('language-capacity')).toBe('capacity_hours');
  });

  it('never lifts demand, links or equalities', () => {
    const row = (kind: Row['kind'], op: Row['op']): Row => ({ id: kind, kind, op, rhs: 0, terms: [], source: [] });
    expect(isRuleRow(row('demand', '='))).toBe(false);
    expect(isRuleRow(row('site-link', '<='))).toBe(false);
    expect(isRuleRow(row('staffing', '<='))).toBe(false);
    expect(isRuleRow(row('capacity', '<='))).toBe(true);
    expect(isRuleRow(row('quality', '>='))).toBe(true);
    expect(isRuleRow(row('capacity', '='))).toBe(false);
  });
});

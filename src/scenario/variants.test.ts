import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic.js';
import { parseYaml } from './parseYaml.js';
import { locate } from './sourceMap.js';
import { applySet, mergeLayers, parseSet, readLayer, valueAt, type Layer, type SetOption } from './variants.js';

const layerOf = (file: string, text: string): Layer => {
  const p = parseYaml(file, text);
  if (!p.ok) throw new Error(p.diagnostics.map((d) => d.message).join('; '));
  return { data: p.data, source: p.source };
};
const set = (text: string): SetOption => {
  const s = parseSet(text);
  if (typeof s === 'string') throw new Error(s);
  return s;
};

const BASE = `name: Base
countries:
  FR: { cost_per_hour: 34, languages: { fr: 0.95 }, capacity_hours: 12000 }
  RO:
    cost_per_hour: 21
    languages: { fr: 0.88 }
  MA: { cost_per_hour: 17, languages: { fr: 0.86 }, scc: true }
activities:
  sales: { language: fr, hours: 6000, min_quality: 0.9, countries: [FR, RO, MA] }
  care: { language: fr, hours: 3000 }
`;

describe('parseSet: path=value, the value read as YAML', () => {
  it('reads numbers, text, booleans, lists and null', () => {
    expect(set('countries.MA.cost_per_hour=18').value).toBe(18);
    expect(set('activities.l1.min_quality=0.9').value).toBe(0.9);
    expect(set('activities.l1.data=public').value).toBe('public');
    expect(set('countries.MA.scc=true').value).toBe(true);
    expect(set('activities.l1.countries=[FR, RO]').value).toEqual(['FR', 'RO']);
    expect(set('countries.MA.capacity_hours=null').value).toBeNull();
    expect(set('countries.MA.cost_per_hour=18').path).toEqual(['countries', 'MA', 'cost_per_hour']);
    expect(set('countries.MA.cost_per_hour=18').origin).toBe('--set countries.MA.cost_per_hour=18');
  });

  it('rejects a missing "=", an empty path segment or an empty value, naming the option', () => {
    expect(parseSet('countries.MA.cost_per_hour')).toBe(
      '--set countries.MA.cost_per_hour: expected path=value, e.g. countries.MA.cost_per_hour=18',
    );
    expect(parseSet('countries..cost=1')).toMatch(/^--set countries\.\.cost=1: expected a dotted path/);
    expect(parseSet('countries.MA.cost_per_hour=')).toMatch(/expected a value after "="/);
    expect(parseSet('a.b=[1, 2')).toMatch(/^--set a\.b=\[1, 2: the value is not valid YAML/);
  });
});

describe('applySet: one field changed, the rest shared', () => {
  const base = layerOf('s.yaml', BASE);

  it('changes a value and points its position at the option', () => {
    const r = applySet(base, set('countries.MA.cost_per_hour=18'));
    if (!r.ok) throw new Error('expected ok');
    expect(valueAt(r.layer.data, ['countries', 'MA', 'cost_per_hour'])).toBe(18);
    expect(valueAt(base.data, ['countries', 'MA', 'cost_per_hour'])).toBe(17);
    expect(locate(r.layer.source, ['countries', 'MA', 'cost_per_hour'])).toEqual({
      file: '--set countries.MA.cost_per_hour=18',
      line: 0,
      col: 0,
    });
    expect(locate(r.layer.source, ['countries', 'RO', 'cost_per_hour'])).toEqual({ file: 's.yaml', line: 5, col: 5 });
  });

  it('creates a missing field, deletes with null, indexes lists', () => {
    const added = applySet(base, set('countries.RO.capacity_hours=5000'));
    const deleted = applySet(base, set('countries.FR.capacity_hours=null'));
    const indexed = applySet(base, set('activities.sales.countries.1=PT'));
    if (!added.ok || !deleted.ok || !indexed.ok) throw new Error('expected ok');
    expect(valueAt(added.layer.data, ['countries', 'RO', 'capacity_hours'])).toBe(5000);
    expect(valueAt(deleted.layer.data, ['countries', 'FR'])).toEqual({ cost_per_hour: 34, languages: { fr: 0.95 } });
    expect(valueAt(indexed.layer.data, ['activities', 'sales', 'countries'])).toEqual(['FR', 'PT', 'MA']);
  });

  it('refuses to go through a scalar, past a list, or into an entry that does not exist', () => {
    const through = applySet(base, set('countries.MA.cost_per_hour.x=1'));
    const past = applySet(base, set('activities.sales.countries.7=PT'));
    const typo = applySet(base, set('activities.sale.min_quality=0.8'));
    expect(through.ok || formatDiagnostic(through.diagnostic)).toBe(
      '--set countries.MA.cost_per_hour.x=1: countries.MA.cost_per_hour is number 17, not a map: cannot set countries.MA.cost_per_hour.x',
    );
    expect(past.ok || past.diagnostic.message).toBe(
      'activities.sales.countries is a list of 3: expected an index from 0 to 2, not "7"',
    );
    expect(typo.ok || typo.diagnostic.message).toMatch(
      /^activities\.sale is not in the scenario \(did you mean "sales"\?\); its activities are sales, care/,
    );
  });

  it('validates the result like the file, errors naming the option', () => {
    const r = readLayer(base, [set('countries.MA.cost_per_hour=abc'), set('activities.sales.min_quality=1.5')]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      '--set activities.sales.min_quality=1.5: min_quality must be between 0 and 1',
      '--set countries.MA.cost_per_hour=abc: expected a positive cost per hour',
    ]);
  });

  it('a valid --set changes the scenario', () => {
    const r = readLayer(base, [set('countries.MA.cost_per_hour=18.7')]);
    expect(r.ok && r.scenario.countries.find((c) => c.code === 'MA')?.costPerHour).toBe(18.7);
  });
});

describe('mergeLayers (extends): maps merge key by key, lists and scalars replace, null deletes', () => {
  const base = layerOf('base.yaml', BASE);
  const child = layerOf(
    'child.yaml',
    `name: Child
countries:
  RO:
    cost_per_hour: 19
  MA: null
activities:
  sales:
    countries: [FR, RO]
`,
  );
  const merged = mergeLayers(base, child);

  it('merges the data', () => {
    expect(valueAt(merged.data, ['name'])).toBe('Child');
    expect(valueAt(merged.data, ['countries', 'RO'])).toEqual({ cost_per_hour: 19, languages: { fr: 0.88 } });
    expect(valueAt(merged.data, ['countries', 'MA'])).toBeUndefined();
    expect(valueAt(merged.data, ['activities', 'sales', 'countries'])).toEqual(['FR', 'RO']);
    expect(valueAt(merged.data, ['activities', 'sales', 'min_quality'])).toBe(0.9);
    expect(valueAt(merged.data, ['activities', 'care', 'hours'])).toBe(3000);
  });

  it('knows which file each field came from', () => {
    expect(locate(merged.source, ['countries', 'RO', 'cost_per_hour'])).toEqual({
      file: 'child.yaml',
      line: 4,
      col: 5,
    });
    expect(locate(merged.source, ['countries', 'RO', 'languages'])).toEqual({ file: 'base.yaml', line: 6, col: 5 });
    expect(locate(merged.source, ['activities', 'sales', 'countries'])).toEqual({
      file: 'child.yaml',
      line: 8,
      col: 5,
    });
    // A replaced list keeps no position from the base; a deleted key none at all.
    expect(merged.source.positions.has(JSON.stringify(['activities', 'sales', 'countries', 2]))).toBe(false);
    expect(merged.source.positions.has(JSON.stringify(['countries', 'MA']))).toBe(false);
  });

  it('reports an error in a field from the base at the base file', () => {
    const bad = mergeLayers(layerOf('base.yaml', BASE.replace('cost_per_hour: 21', 'cost_per_hour: -21')), child);
    const withOwn = mergeLayers(bad, layerOf('child.yaml', 'activities:\n  care:\n    hourz: 3\n'));
    const r = readLayer(withOwn, []);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'child.yaml:3:5 activities.care.hourz: unknown key "hourz" (did you mean "hours"?)',
    ]);
    const r2 = readLayer(
      mergeLayers(layerOf('base.yaml', BASE.replace('cost_per_hour: 34', 'cost_per_hour: -34')), child),
      [],
    );
    expect(r2.ok || r2.diagnostics.map(formatDiagnostic)).toEqual([
      'base.yaml:3:9 countries.FR.cost_per_hour: expected a positive cost per hour',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { emptyRowConflict } from '../solver/solveModel.js';
import { buildModel } from './buildModel.js';
import type { LpModel, Row } from './lp.js';

/*
 * p (fr, personal): FR, RO — not MA (no SCC), not US (no French).
 * n (en, data none): FR, US — RO has no English.
 * h (fr, health, allow-list [RO, MA]): RO only — MA is outside the EU.
 */
const s = scenarioOf(`name: model
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9, en: { quality: 0.7, capacity_hours: 50 } }, capacity_hours: 900 }
  RO: { cost_per_hour: 20, languages: { fr: 0.8 }, capacity_hours: 700 }
  MA: { cost_per_hour: 15, languages: { fr: 0.85 } }
  US: { cost_per_hour: 25, languages: { en: 0.95 } }
activities:
  p: { language: fr, hours: 500, min_quality: 0.85, max_share: 0.6, min_home_share: 0.3 }
  n: { language: en, hours: 200, data: none }
  h: { language: fr, hours: 100, data: health, countries: [RO, MA] }
`);
const model = buildModel(s);
/** Hours variables by id (the model may add others for other features). */
const hours = model.vars.filter((v) => v.id.startsWith('x['));
const ids = hours.map((v) => v.id);
const byId = (m: LpModel, id: string): Row => {
  const r = m.rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}; rows: ${m.rows.map((x) => x.id).join(', ')}`);
  return r;
};
/** A row's terms as { variable id: coefficient }. */
const terms = (r: Row): Record<string, number> =>
  Object.fromEntries(r.terms.map((t) => [model.vars[t.v]?.id ?? '?', t.coef]));

describe('buildModel', () => {
  it('makes a variable for each allowed (activity, country) pair only', () => {
    expect(ids.sort()).toEqual(['x[h,RO]', 'x[n,FR]', 'x[n,US]', 'x[p,FR]', 'x[p,RO]']);
    const v = hours.find((x) => x.id === 'x[n,US]');
    expect(v).toMatchObject({
      activity: 'n',
      country: 'US',
      cost: 25,
      quality: 0.95,
      basis: 'no personal data',
      impliedUpper: 200,
    });
    expect(hours.find((x) => x.id === 'x[h,RO]')).toMatchObject({ cost: 20, quality: 0.8, basis: 'EU' });
  });

  it('demand: one = row per activity over its variables', () => {
    const d = byId(model, 'demand[p]');
    expect(d).toMatchObject({ kind: 'demand', op: '=', rhs: 500, activity: 'p' });
    expect(terms(d)).toEqual({ 'x[p,FR]': 1, 'x[p,RO]': 1 });
    expect(terms(byId(model, 'demand[h]'))).toEqual({ 'x[h,RO]': 1 });
  });

  it('capacity: a ≤ row per country with a capacity, over every activity there', () => {
    expect(byId(model, 'capacity[RO]')).toMatchObject({
      kind: 'capacity',
      op: '<=',
      rhs: 700,
      source: ['countries', 'RO', 'capacity_hours'],
    });
    expect(terms(byId(model, 'capacity[RO]'))).toEqual({ 'x[p,RO]': 1, 'x[h,RO]': 1 });
    expect(terms(byId(model, 'capacity[FR]'))).toEqual({ 'x[p,FR]': 1, 'x[n,FR]': 1 });
    expect(model.rows.some((r) => r.id === 'capacity[MA]' || r.id === 'capacity[US]')).toBe(false);
  });

  it('language capacity: only the activities in that language', () => {
    const r = byId(model, 'language_capacity[FR,en]');
    expect(r).toMatchObject({
      kind: 'language-capacity',
      op: '<=',
      rhs: 50,
      source: ['countries', 'FR', 'languages', 'en', 'capacity_hours'],
    });
    expect(terms(r)).toEqual({ 'x[n,FR]': 1 });
  });

  it('quality: Σ q·x ≥ floor × hours', () => {
    const r = byId(model, 'quality[p]');
    expect(r).toMatchObject({ kind: 'quality', op: '>=', source: ['activities', 'p', 'min_quality'] });
    expect(r.rhs).toBeCloseTo(0.85 * 500, 9);
    expect(terms(r)).toEqual({ 'x[p,FR]': 0.9, 'x[p,RO]': 0.8 });
  });

  it('max_share: one ≤ row per allowed country; min_home_share: home only', () => {
    const shares = model.rows.filter((r) => r.kind === 'max-share');
    expect(shares.map((r) => r.id).sort()).toEqual(['max_share[p,FR]', 'max_share[p,RO]']);
    for (const r of shares) {
      expect(r.op).toBe('<=');
      expect(r.rhs).toBeCloseTo(300, 9);
      expect(r.terms).toHaveLength(1);
    }
    const home = byId(model, 'min_home_share[p]');
    expect(home).toMatchObject({ kind: 'min-home-share', op: '>=', country: 'FR' });
    expect(home.rhs).toBeCloseTo(150, 9);
    expect(terms(home)).toEqual({ 'x[p,FR]': 1 });
  });

  it('no rows for rules that cannot bind (max_share 1, floors of 0)', () => {
    const m = buildModel(
      scenarioOf(`name: loose
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
activities:
  a: { language: fr, hours: 10, max_share: 1, min_quality: 0, min_home_share: 0 }
`),
    );
    expect(m.rows.map((r) => r.kind)).toEqual(['demand']);
  });

  it('a home share where home may not deliver is an empty ≥ row, caught before solving', () => {
    const m = buildModel(
      scenarioOf(`name: away
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  RO: { cost_per_hour: 20, languages: { fr: 0.8 } }
activities:
  a: { language: fr, hours: 10, min_home_share: 0.5, countries: [RO] }
`),
    );
    const r = byId(m, 'min_home_share[a]');
    expect(r.terms).toEqual([]);
    expect(r.rhs).toBe(5);
    expect(emptyRowConflict(m)).toBe('min_home_share[a]');
    expect(emptyRowConflict(model)).toBeUndefined();
  });
});

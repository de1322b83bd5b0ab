import type { GenActivity, GenCountry, GenScenario } from './randomScenario.js';
import type { RefLp, RefRow } from './referenceSimplex.js';

/**
 * The LP of docs/model.md (residency, rows) built straight from a generated scenario, without
 * any of the program's code: the independent side of the property test.
 */
export function mayDeliver(g: GenScenario, a: GenActivity, c: GenCountry): boolean {
  if (c.languages[a.language] === undefined) return false;
  if (a.allow && !a.allow.includes(c.code)) return false;
  switch (a.data) {
    case 'none':
      return true;
    case 'personal':
      return c.eu || c.adequacy || c.scc;
    case 'health':
      return c.eu;
    case 'public':
      return c.code === g.home;
  }
}

export type ContractLp = RefLp & { readonly pairs: readonly { activity: string; country: string }[] };

export function contractLp(g: GenScenario): ContractLp {
  const pairs: { a: GenActivity; c: GenCountry }[] = [];
  for (const a of g.activities) for (const c of g.countries) if (mayDeliver(g, a, c)) pairs.push({ a, c });
  const row = (pick: (p: { a: GenActivity; c: GenCountry }) => number, op: RefRow['op'], rhs: number): RefRow => ({
    coefs: pairs.map(pick),
    op,
    rhs,
  });
  const rows: RefRow[] = [];
  for (const a of g.activities) {
    // Σ_c x[a,c] = hours[a]  (an activity with no allowed country gets an all-zero row: infeasible)
    rows.push(row((p) => (p.a === a ? 1 : 0), '=', a.hours));
    if (a.minQuality !== undefined) {
      rows.push(row((p) => (p.a === a ? (p.c.languages[a.language]?.quality ?? 0) : 0), '>=', a.minQuality * a.hours));
    }
    const maxShare = a.maxShare;
    if (maxShare !== undefined) {
      pairs.forEach((p, j) => {
        if (p.a === a) rows.push({ coefs: pairs.map((_, k) => (k === j ? 1 : 0)), op: '<=', rhs: maxShare * a.hours });
      });
    }
    if (a.minHomeShare !== undefined) {
      rows.push(row((p) => (p.a === a && p.c.code === g.home ? 1 : 0), '>=', a.minHomeShare * a.hours));
    }
  }
  for (const c of g.countries) {
    if (c.capacity !== undefined) rows.push(row((p) => (p.c === c ? 1 : 0), '<=', c.capacity));
    for (const [lang, skill] of Object.entries(c.languages)) {
      if (skill.capacity !== undefined)
        rows.push(row((p) => (p.c === c && p.a.language === lang ? 1 : 0), '<=', skill.capacity));
    }
  }
  return { cost: pairs.map((p) => p.c.cost), rows, pairs: pairs.map((p) => ({ activity: p.a.id, country: p.c.code })) };
}

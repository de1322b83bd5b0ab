import type { Plan } from '../plan/types.js';
import { pairKey } from './search.js';
import type { ActivityMove, Difference, ShareShift } from './types.js';

/** Share changes under this are not worth a word. */
const POINT = 0.01;
/** Hours under this count as none. */
const NONE = 1e-6;

export function countryShares(p: Plan): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of p.countries) if (c.hours > NONE) out.set(c.country, p.totalHours > 0 ? c.hours / p.totalHours : 0);
  return out;
}

function pairs(p: Plan): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of p.allocation)
    out.set(pairKey(r.activity, r.country), (out.get(pairKey(r.activity, r.country)) ?? 0) + r.hours);
  return out;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const shiftText = (s: ShareShift): string => `${s.country} ${pct(s.from)} → ${pct(s.to)}`;

/** Share of the hours that sit elsewhere in `b` than in `a`: ½ Σ |Δ hours| per activity and country / all hours. */
export function distance(a: Plan, b: Plan): number {
  const p0 = pairs(a);
  const p1 = pairs(b);
  let diff = 0;
  for (const k of new Set([...p0.keys(), ...p1.keys()])) diff += Math.abs((p1.get(k) ?? 0) - (p0.get(k) ?? 0));
  return diff / 2 / Math.max(NONE, Math.max(a.totalHours, b.totalHours));
}

/** Activities that leave or enter a country (a country dropped or added as a whole is said once). */
function activityMoves(optimum: Plan, alt: Plan): ActivityMove[] {
  const used = (p: Plan, a: string): Set<string> =>
    new Set(p.allocation.filter((r) => r.activity === a && r.hours > NONE).map((r) => r.country));
  const inPlan = (p: Plan): Set<string> => new Set(p.countries.filter((c) => c.hours > NONE).map((c) => c.country));
  const before = inPlan(optimum);
  const after = inPlan(alt);
  const out: ActivityMove[] = [];
  for (const a of optimum.activities) {
    const u0 = used(optimum, a.activity);
    const u1 = used(alt, a.activity);
    const left = [...u0].filter((c) => !u1.has(c) && after.has(c));
    const entered = [...u1].filter((c) => !u0.has(c) && before.has(c));
    if (left.length > 0 || entered.length > 0) out.push({ activity: a.activity, left, entered });
  }
  return out;
}

/** The moves in words, in full up to three; beyond, the first two and how many more (the JSON allocation has every one). */
function movesText(moves: readonly ActivityMove[]): string[] {
  const out = moves.flatMap((m) => [
    ...(m.left.length > 0 ? [`${m.activity} leaves ${m.left.join(', ')}`] : []),
    ...(m.entered.length > 0 ? [`${m.activity} in ${m.entered.join(', ')} too`] : []),
  ]);
  return out.length <= 3 ? out : [...out.slice(0, 2), `${out.length - 2} more activity moves`];
}

/** How `alt` differs from `optimum`, countries in the order of the optimum's plan. */
export function differenceOf(optimum: Plan, alt: Plan): Difference {
  const before = countryShares(optimum);
  const after = countryShares(alt);
  const order = [...new Set([...optimum.countries.map((c) => c.country), ...alt.countries.map((c) => c.country)])];
  const dropped = order.filter((c) => before.has(c) && !after.has(c));
  const added = order.filter((c) => !before.has(c) && after.has(c));
  const home: ShareShift = {
    country: optimum.home,
    from: before.get(optimum.home) ?? 0,
    to: after.get(optimum.home) ?? 0,
  };
  const shifts = order
    .filter((c) => c !== optimum.home && before.has(c) && after.has(c))
    .map((c) => ({ country: c, from: before.get(c) ?? 0, to: after.get(c) ?? 0 }))
    .filter((s) => Math.abs(s.to - s.from) >= POINT)
    .sort(
      (a, b) =>
        Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || order.indexOf(a.country) - order.indexOf(b.country),
    )
    .slice(0, 2);
  const moved = distance(optimum, alt);
  const moves = activityMoves(optimum, alt);
  const parts = [
    ...(dropped.length > 0 ? [`drops ${dropped.join(', ')}`] : []),
    ...movesText(moves),
    ...(added.length > 0 ? [`adds ${added.join(', ')}`] : []),
    ...(Math.abs(home.to - home.from) >= POINT ? [`home ${shiftText(home)}`] : []),
    ...shifts.map(shiftText),
    `${pct(moved)} of hours moved`,
  ];
  return { dropped, added, home, shifts, moves, moved, summary: parts.join('; ') };
}

import type { LpModel } from './lp.js';

/** A fraction in [0, 1) from a variable's id: the same on every engine, run and machine (FNV-1a, mixed). */
function idFraction(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // MurmurHash3's finaliser: FNV alone leaves the high bits of short, similar ids alike.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

/**
 * What the plan prefers among allocations of the same cost (solver/tieBreak.ts): hours in
 * home first, then in the other countries in the scenario's order, so that every hour of the
 * week leans the same way and the work stays in blocks; then a small, fixed, per-variable
 * amount taken from its id, so that no two allocations prefer alike and the choice is one.
 */
export function tieBreakPreference(model: LpModel, home: string): number[] {
  const rank = new Map<string, number>([[home, 0]]);
  for (const v of model.vars) if (v.role === 'hours' && !rank.has(v.country)) rank.set(v.country, rank.size);
  return model.vars.map((v) => (v.role === 'hours' ? (rank.get(v.country) ?? 0) : 0) + 0.1 * idFraction(v.id));
}

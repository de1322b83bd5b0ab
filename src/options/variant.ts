import type { Scenario } from '../scenario/types.js';
import type { SetOption } from '../scenario/variants.js';
import { pairKey } from './search.js';

/** Hours under this share of an activity's hours count as none (solver noise). */
export const NEGLIGIBLE_SHARE = 1e-6;

/** A change to the scenario that makes one alternative: `--set path=value` as a user would write it. */
export type VariantSet = { readonly path: readonly string[]; readonly value: unknown };

/** The path as `--set` takes it (segments joined by dots). */
export const pathText = (s: VariantSet): string => s.path.join('.');

/** A value as YAML flow text; a text that is not a plain word is quoted. */
const setText = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(setText).join(', ')}]`
    : typeof v === 'object' && v !== null
      ? `{ ${Object.entries(v)
          .map(([k, x]) => `${k}: ${setText(x)}`)
          .join(', ')} }`
      : typeof v === 'string' && !/^[A-Za-z0-9_.-]+$/.test(v)
        ? JSON.stringify(v)
        : String(v);

/** Quoted for a POSIX shell when it needs to be. */
const shellWord = (t: string): string => (/^[A-Za-z0-9_.,=:/+@%-]+$/.test(t) ? t : `'${t.replace(/'/g, "'\\''")}'`);

/** The option as the user would type it after `bestshore plan scenario.yaml` (quoted for the shell). */
export const setOption = (s: VariantSet): string => `--set ${shellWord(`${pathText(s)}=${setText(s.value)}`)}`;

export const asSetOption = (s: VariantSet): SetOption => ({
  origin: `--set ${pathText(s)}=${setText(s.value)}`,
  path: s.path,
  value: s.value,
});

function freshRuleName(s: Scenario, wanted: string): string {
  const taken = new Set(s.globalRules.map((r) => r.name));
  let name = wanted;
  for (let k = 2; taken.has(name); k++) name = `${wanted}_${k}`;
  return name;
}

/** Round a share down (a floor) or up (a cap) to whole percent, so that the search's plan still meets it. */
const floorPct = (x: number): number => Math.floor(x * 100 + 1e-9) / 100;
const ceilPct = (x: number): number => Math.ceil(x * 100 - 1e-9) / 100;

/**
 * The scenario variant a search's solution stands for, as `--set` changes: each activity's
 * allow-list without the countries the solution stopped using among those earlier plans use for
 * it (`weights`); a cap (global max_share) on each country whose share of all hours fell by a
 * point or more below the optimum's (`reference`), and a floor (global min_home_share) at home
 * when its share rose by a point or more — whole percent, rounded so that the solution meets
 * them. The solution meets every change, so the variant's optimum costs no more than it (for a
 * linear program); the planner then plans the variant like any scenario.
 */
export function variantOf(
  s: Scenario,
  hours: ReadonlyMap<string, number>,
  allowed: ReadonlyMap<string, readonly string[]>,
  reference: ReadonlyMap<string, number>,
  weights: ReadonlyMap<string, number>,
): VariantSet[] {
  const out: VariantSet[] = [];
  let total = 0;
  const byCountry = new Map<string, number>();
  const rules: VariantSet[] = [];
  for (const a of s.activities) {
    const mine = allowed.get(a.id) ?? [];
    const planned = mine.reduce((t, c) => t + (hours.get(pairKey(a.id, c)) ?? 0), 0);
    for (const c of mine) byCountry.set(c, (byCountry.get(c) ?? 0) + (hours.get(pairKey(a.id, c)) ?? 0));
    total += planned;
    const idle = (c: string): boolean => (hours.get(pairKey(a.id, c)) ?? 0) <= NEGLIGIBLE_SHARE * Math.max(1, planned);
    const keep = mine.filter((c) => !(idle(c) && (weights.get(pairKey(a.id, c)) ?? 0) > 0));
    if (keep.length > 0 && keep.length < mine.length)
      out.push({ path: ['activities', a.id, 'countries'], value: keep });
  }
  const share = (c: string): number => (total > 0 ? (byCountry.get(c) ?? 0) / total : 0);
  for (const c of s.countries.map((x) => x.code)) {
    const before = reference.get(c) ?? 0;
    if (c === s.home) {
      const k = floorPct(share(c));
      if (k >= before + 0.01)
        rules.push({ path: ['rules', freshRuleName(s, 'alternative_home')], value: { min_home_share: k } });
      continue;
    }
    const k = ceilPct(share(c));
    // A country no activity may use any more needs no cap: the allow-lists say it.
    const gone = s.activities.every(
      (a) =>
        !(allowed.get(a.id) ?? []).includes(c) ||
        out.some(
          (o) => o.path[0] === 'activities' && o.path[1] === a.id && Array.isArray(o.value) && !o.value.includes(c),
        ),
    );
    if (k > 0 && k <= before - 0.01 && !gone)
      rules.push({
        path: ['rules', freshRuleName(s, `alternative_cap_${c}`)],
        value: { max_share: k, countries: [c] },
      });
    else if (k === 0 && before > 0 && !gone)
      rules.push({
        path: ['rules', freshRuleName(s, `alternative_cap_${c}`)],
        value: { max_share: 0, countries: [c] },
      });
  }
  return [...out, ...rules];
}

import { POOL, rng, type GenCountry, type GenLanguage, type GenScenario } from './randomScenario.js';

/** Metamorphic transforms of a generated scenario, each with a known effect on the optimum. */

/** Every cost × k: the optimum scales by k and (for a power of two k) the allocation is unchanged. */
export function scaleCosts(g: GenScenario, k: number): GenScenario {
  return { ...g, countries: g.countries.map((c) => ({ ...c, cost: c.cost * k })) };
}

/** The same countries in another order: the optimum is unchanged. */
export function permuteCountries(g: GenScenario, seed: number): GenScenario {
  const r = rng(seed);
  let countries = r.shuffle(g.countries);
  // Make sure the order really changes when it can.
  if (countries.length > 1 && countries.every((c, i) => c === g.countries[i]))
    countries = [...countries.slice(1), countries[0] as GenCountry];
  return { ...g, countries };
}

/**
 * A new country dearer than every other, speaking only languages already offered, with a quality
 * no better than the worst existing speaker of each: it can only add dearer, worse options, so the
 * optimum of a feasible scenario cannot change. Undefined when the pool has no country left.
 */
export function addExpensiveCountry(g: GenScenario, seed: number): GenScenario | undefined {
  const r = rng(seed);
  const free = POOL.filter((p) => !g.countries.some((c) => c.code === p.code));
  if (free.length === 0) return undefined;
  const p = r.pick(free);
  const offered = [...new Set(g.countries.flatMap((c) => Object.keys(c.languages)))];
  const languages: Record<string, GenLanguage> = {};
  for (const lang of r.shuffle(offered).slice(0, r.int(1, offered.length))) {
    const worst = Math.min(...g.countries.flatMap((c) => (c.languages[lang] ? [c.languages[lang].quality] : [])));
    const quality = Number(Math.max(0, worst - r.int(0, 10) / 100).toFixed(2));
    languages[lang] = r.chance(0.3) ? { quality, capacity: r.int(1, 40) * 100 } : { quality };
  }
  const dearest = Math.max(...g.countries.map((c) => c.cost));
  const country: GenCountry = {
    code: p.code,
    cost: dearest + r.int(1, 1000) / 100,
    languages,
    ...(r.chance(0.5) ? { capacity: r.int(2, 80) * 100 } : {}),
    eu: p.eu,
    adequacy: p.adequacy,
    scc: r.chance(0.5),
    flags: p.code === 'XK' || r.chance(0.3),
  };
  const at = r.int(0, g.countries.length);
  return { ...g, countries: [...g.countries.slice(0, at), country, ...g.countries.slice(at)] };
}

function omit<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

/** The scenario without the rule at `path` (a diagnosis path: a floor, a share or a capacity). */
export function liftRule(g: GenScenario, path: string): GenScenario {
  const [root, id, field, lang, sub] = path.split('.');
  if (root === 'activities') {
    const key = (
      { min_quality: 'minQuality', max_share: 'maxShare', min_home_share: 'minHomeShare', countries: 'allow' } as const
    )[field as 'min_quality'];
    if (!key) throw new Error(`cannot lift ${path}`);
    return { ...g, activities: g.activities.map((a) => (a.id === id ? omit(a, key) : a)) };
  }
  if (root === 'countries' && field === 'capacity_hours') {
    return { ...g, countries: g.countries.map((c) => (c.code === id ? omit(c, 'capacity') : c)) };
  }
  if (root === 'countries' && field === 'languages' && lang && sub === 'capacity_hours') {
    return {
      ...g,
      countries: g.countries.map((c) =>
        c.code !== id
          ? c
          : { ...c, languages: { ...c.languages, [lang]: { quality: c.languages[lang]?.quality ?? 0 } } },
      ),
    };
  }
  throw new Error(`cannot lift ${path}`);
}

/** The scenario with only the given activities. */
export function onlyActivities(g: GenScenario, ids: readonly string[]): GenScenario {
  return { ...g, activities: g.activities.filter((a) => ids.includes(a.id)) };
}

/** Every rule of the scenario a diagnosis may name (floors, shares, capacities), as diagnosis paths. */
export function rulePaths(g: GenScenario): string[] {
  const out: string[] = [];
  for (const a of g.activities) {
    if (a.minQuality !== undefined && a.minQuality > 0) out.push(`activities.${a.id}.min_quality`);
    if (a.maxShare !== undefined && a.maxShare < 1) out.push(`activities.${a.id}.max_share`);
    if (a.minHomeShare !== undefined && a.minHomeShare > 0) out.push(`activities.${a.id}.min_home_share`);
  }
  for (const c of g.countries) {
    if (c.capacity !== undefined) out.push(`countries.${c.code}.capacity_hours`);
    for (const [lang, skill] of Object.entries(c.languages))
      if (skill.capacity !== undefined) out.push(`countries.${c.code}.languages.${lang}.capacity_hours`);
  }
  return out;
}

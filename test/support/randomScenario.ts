import { stringify } from 'yaml';
import { seededRandom } from '../../src/explain/random.js';

/** A tiny deterministic PRNG (the project's mulberry32), so every generated case can be replayed from its seed. */
export const prng = seededRandom;

export type Rng = {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
  /** A number in [lo, hi] rounded to `step`. */
  step(lo: number, hi: number, step: number): number;
  shuffle<T>(xs: readonly T[]): T[];
};

export function rng(seed: number): Rng {
  const next = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (xs) => xs[int(0, xs.length - 1)] as (typeof xs)[number],
    chance: (p) => next() < p,
    step: (lo, hi, s) => Number((Math.round((lo + next() * (hi - lo)) / s) * s).toFixed(6)),
    shuffle: (xs) => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
  };
}

/** The generator's own description of a scenario: the truth the reference LP is built from. */
export type GenLanguage = { readonly quality: number; readonly capacity?: number };
export type GenCountry = {
  readonly code: string;
  readonly cost: number;
  readonly languages: Readonly<Record<string, GenLanguage>>;
  readonly capacity?: number;
  /** Legal facts; `flags` says whether they are written in the file or left to the built-in table. */
  readonly eu: boolean;
  readonly adequacy: boolean;
  readonly scc: boolean;
  readonly flags: boolean;
};
export type GenData = 'none' | 'personal' | 'health' | 'public';
export type GenActivity = {
  readonly id: string;
  readonly language: string;
  readonly hours: number;
  readonly data: GenData;
  readonly minQuality?: number;
  readonly maxShare?: number;
  readonly minHomeShare?: number;
  readonly allow?: readonly string[];
};
export type GenScenario = {
  readonly home: string;
  readonly writeHome: boolean;
  readonly countries: readonly GenCountry[];
  readonly activities: readonly GenActivity[];
};

/** Real-world facts of candidate countries (EU/EEA member, EU adequacy decision); XK is not in the built-in table. */
export const POOL: readonly { code: string; eu: boolean; adequacy: boolean }[] = [
  { code: 'FR', eu: true, adequacy: false },
  { code: 'RO', eu: true, adequacy: false },
  { code: 'PT', eu: true, adequacy: false },
  { code: 'PL', eu: true, adequacy: false },
  { code: 'BE', eu: true, adequacy: false },
  { code: 'CH', eu: false, adequacy: true },
  { code: 'GB', eu: false, adequacy: true },
  { code: 'CA', eu: false, adequacy: true },
  { code: 'MA', eu: false, adequacy: false },
  { code: 'TN', eu: false, adequacy: false },
  { code: 'SN', eu: false, adequacy: false },
  { code: 'IN', eu: false, adequacy: false },
  { code: 'XK', eu: false, adequacy: false },
];
const LANGS = ['fr', 'en', 'es'] as const;
const DATA: readonly GenData[] = ['none', 'none', 'personal', 'personal', 'personal', 'personal', 'health', 'public'];

/** May country c hold data of this class, with `home` as the home country? (generator side) */
const residencyOk = (data: GenData, c: GenCountry, home: string): boolean =>
  data === 'none' ||
  (data === 'personal' && (c.eu || c.adequacy || c.scc)) ||
  (data === 'health' && c.eu) ||
  (data === 'public' && c.code === home);

/**
 * A random valid scenario (it passes validation; it may or may not have a plan). Sizes, rules
 * and capacities are drawn so that roughly half of the scenarios have a plan.
 */
export function randomScenario(seed: number): GenScenario {
  const r = rng(seed);
  const nc = r.int(1, 6);
  const na = r.int(1, 8);
  // Half the scenarios are tight (more rules, capacity per country around the mean load), half
  // loose (fewer rules, twice the capacity): both outcomes occur, and loose plans have binding rules.
  const tight = r.chance(0.5);
  const rule = (p: number): boolean => r.chance(tight ? p : p / 2);
  const typical = ((tight ? 2500 : 5000) * na) / nc;
  const picked = r.shuffle(POOL).slice(0, nc);
  const countries: GenCountry[] = picked.map((p) => {
    const langs = r.shuffle(LANGS).slice(0, r.int(1, 3));
    const languages: Record<string, GenLanguage> = {};
    for (const l of langs) {
      const quality = r.step(0.6, 1, 0.01);
      languages[l] = rule(0.2)
        ? { quality, capacity: Math.max(1, Math.round((r.step(0.4, 2, 0.05) * typical) / 100)) * 100 }
        : { quality };
    }
    return {
      code: p.code,
      cost: r.int(1000, 6000) / 100,
      languages,
      ...(rule(0.4) ? { capacity: Math.max(1, Math.round((r.step(0.6, 2.5, 0.05) * typical) / 100)) * 100 } : {}),
      eu: p.eu,
      adequacy: p.adequacy,
      scc: r.chance(0.3),
      flags: p.code === 'XK' || r.chance(0.3),
    };
  });
  const home = r.chance(0.7) || !countries.some((c) => c.code === 'FR') ? r.pick(countries).code : 'FR';
  const offered = [...new Set(countries.flatMap((c) => Object.keys(c.languages)))];
  const activities: GenActivity[] = Array.from({ length: na }, (_, i) => {
    const data = r.pick(DATA);
    // Mostly a language some country may deliver under this data class; sometimes any offered one.
    const legal = [
      ...new Set(countries.filter((c) => residencyOk(data, c, home)).flatMap((c) => Object.keys(c.languages))),
    ];
    const language = legal.length > 0 && !rule(0.05) ? r.pick(legal) : r.pick(offered);
    const maxShare = rule(0.12) ? r.step(0.5, 1, 0.05) : undefined;
    const minHomeShare = rule(0.08) ? r.step(0, Math.min(maxShare ?? 1, 0.6), 0.05) : undefined;
    const allow = rule(0.1) ? r.shuffle(countries.map((c) => c.code)).slice(0, r.int(1, countries.length)) : undefined;
    // A floor between the worst and the best quality on offer, so that it often binds.
    const qs = countries.flatMap((c) => (c.languages[language] ? [c.languages[language].quality] : []));
    const [worst, best] = [Math.min(...qs), Math.max(...qs)];
    return {
      id: `a${i + 1}`,
      language,
      hours: r.int(1, 100) * 50,
      data,
      ...(rule(0.3)
        ? { minQuality: Math.min(1, Number((worst + r.step(0.1, 1.05, 0.05) * (best - worst)).toFixed(3))) }
        : {}),
      ...(maxShare !== undefined ? { maxShare } : {}),
      ...(minHomeShare !== undefined ? { minHomeShare } : {}),
      ...(allow ? { allow } : {}),
    };
  });
  return { home, writeHome: home !== 'FR' || r.chance(0.5), countries, activities };
}

/** The scenario file for a generated scenario (countries in the given order). */
export function toYaml(g: GenScenario, name = 'random'): string {
  const countries: Record<string, unknown> = {};
  for (const c of g.countries) {
    const languages: Record<string, unknown> = {};
    for (const [l, s] of Object.entries(c.languages)) {
      languages[l] = s.capacity === undefined ? s.quality : { quality: s.quality, capacity_hours: s.capacity };
    }
    countries[c.code] = {
      cost_per_hour: c.cost,
      languages,
      ...(c.capacity !== undefined ? { capacity_hours: c.capacity } : {}),
      ...(c.flags ? { eu: c.eu, adequacy: c.adequacy } : {}),
      ...(c.scc ? { scc: true } : {}),
    };
  }
  const activities: Record<string, unknown> = {};
  for (const a of g.activities) {
    activities[a.id] = {
      language: a.language,
      hours: a.hours,
      data: a.data,
      ...(a.minQuality !== undefined ? { min_quality: a.minQuality } : {}),
      ...(a.maxShare !== undefined ? { max_share: a.maxShare } : {}),
      ...(a.minHomeShare !== undefined ? { min_home_share: a.minHomeShare } : {}),
      ...(a.allow ? { countries: a.allow } : {}),
    };
  }
  return stringify({ name, ...(g.writeHome ? { home: g.home } : {}), countries, activities });
}

/**
 * A scenario built to be infeasible only through a combination of rules: several French activities
 * whose quality floors each need part of one capacity-limited premium country (alone each fits,
 * together they often do not), plus unrelated rules a minimal diagnosis must leave out.
 */
export function randomConflict(seed: number): GenScenario {
  const r = rng(seed);
  const eu = r.shuffle(POOL.filter((p) => p.eu));
  const premiumCap = r.int(5, 20) * 100;
  const qHi = r.step(0.9, 1, 0.01);
  const premium: GenCountry = {
    code: eu[0]!.code,
    cost: r.int(3000, 4500) / 100,
    languages: { fr: { quality: qHi } },
    capacity: premiumCap,
    eu: true,
    adequacy: false,
    scc: false,
    flags: false,
  };
  const others: GenCountry[] = eu.slice(1, 1 + r.int(1, 3)).map((p) => ({
    code: p.code,
    cost: r.int(1500, 2900) / 100,
    languages: { fr: { quality: r.step(0.6, 0.85, 0.01) } },
    ...(r.chance(0.5) ? { capacity: r.int(50, 100) * 100 } : {}),
    eu: true,
    adequacy: false,
    scc: false,
    flags: false,
  }));
  const qLo = Math.max(...others.map((c) => c.languages['fr']?.quality ?? 0));
  const activities: GenActivity[] = Array.from({ length: r.int(2, 4) }, (_, i) => {
    const hours = r.int(5, 20) * 100;
    // The share of the premium capacity this floor needs, if the rest goes to the best other country.
    const need = Math.min(hours, r.step(0.3, 0.9, 0.05) * premiumCap);
    const floor = Number((qLo + (need / hours) * (qHi - qLo)).toFixed(3));
    return {
      id: `a${i + 1}`,
      language: 'fr',
      hours,
      data: 'personal',
      minQuality: floor,
      ...(r.chance(0.3) ? { maxShare: r.step(0.9, 0.95, 0.05) } : {}),
    };
  });
  return { home: premium.code, writeHome: true, countries: r.shuffle([premium, ...others]), activities };
}

import { seededRandom } from '../src/explain/random.js';
/**
 * Seeded scenario generators for the benchmark (documented in docs/performance.md).
 *
 * `generateScenarioYaml` — v1 plans (no coverage): shapes like real bestshore scenarios: a home
 * country (FR) plus A activities × C countries, 6 languages, ~25% of pairs forbidden by residency
 * (health/public data, non-EU countries without SCC), capacities at ~1.3× demand, quality floors
 * on a third of activities, max_share on a quarter, min_home_share on a tenth. Its output is
 * frozen: earlier benchmark figures stay comparable.
 *
 * `generateCoverageScenarioYaml` — hourly-coverage plans: A activities × C countries (C ≤ 12)
 * over the 168 hours of the reference week, with the variety that keeps hours from merging into
 * a few time classes: see the comment above that function.
 */
export type Rng = () => number;

/** The project's seeded PRNG (mulberry32): the same seed gives the same scenario everywhere. */
export const rng = (seed: number): Rng => seededRandom(seed);

const LANGS = ['fr', 'en', 'de', 'es', 'it', 'nl'];
const CODES = [
  'FR',
  'RO',
  'MA',
  'PT',
  'ES',
  'PL',
  'BG',
  'TN',
  'SN',
  'MU',
  'MG',
  'ZA',
  'SR',
  'PH',
  'IN',
  'EG',
  'TR',
  'GR',
  'IT',
  'DE',
  'IE',
  'NL',
  'BE',
  'CZ',
  'SK',
  'HU',
  'HR',
  'LT',
  'LV',
  'EE',
  'CO',
  'MX',
  'BR',
  'AR',
  'UY',
  'CA',
  'GB',
  'CH',
  'JP',
  'KE',
];

export function generateScenarioYaml(activities: number, countries: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const lines = [`name: bench ${activities}x${countries} seed ${seed}`, 'home: FR', 'countries:'];
  const codes = CODES.slice(0, countries);
  let totalHours = 0;
  const acts: string[] = [];
  for (let i = 0; i < activities; i++) {
    const hours = Math.round(200 + r() * 3000);
    totalHours += hours;
    const lang = i % 3 === 0 ? 'fr' : pick(LANGS);
    const data = pick(['none', 'personal', 'personal', 'personal', 'health']);
    acts.push(`  a${i}:`, `    language: ${lang}`, `    hours: ${hours}`, `    data: ${data}`);
    if (i % 3 === 0) acts.push(`    min_quality: ${(0.8 + r() * 0.08).toFixed(3)}`);
    if (i % 4 === 1 && (lang === 'fr' || lang === 'en') && data !== 'health') acts.push('    max_share: 0.6');
    if (i % 12 === 0) acts.push('    min_home_share: 0.1');
  }
  codes.forEach((code, k) => {
    const cost = code === 'FR' ? 34 : Math.round((12 + r() * 16) * 100) / 100;
    const langs = LANGS.filter((l, j) => (code === 'FR' ? l === 'fr' || l === 'en' : j < 2 || r() < 0.6));
    lines.push(`  ${code}:`, `    cost_per_hour: ${cost}`, '    languages:');
    for (const l of langs) lines.push(`      ${l}: ${(0.78 + r() * 0.2).toFixed(3)}`);
    lines.push(
      `    capacity_hours: ${Math.round(((1.3 * totalHours) / Math.max(1, countries - 1)) * (k === 0 ? 3 : 1))}`,
    );
    if (r() < 0.5) lines.push('    scc: true');
  });
  return [...lines, 'activities:', ...acts, ''].join('\n');
}

/**
 * The countries of coverage scenarios, in order (C takes the first C). Each has its own time
 * zone (from the built-in table: UTC+0 to UTC+4 and UTC−3 in January), its own local working
 * hours, some a seat limit (agents at once), night/Sunday premiums, languages and EU status.
 * FR (home) works round the clock and offers every language with no seat or capacity limit:
 * it is the dear fallback that keeps every generated scenario feasible.
 */
type CoverageCountry = {
  readonly code: string;
  readonly cost: readonly [number, number];
  readonly langs: Readonly<Record<string, number>>;
  readonly working: string;
  /** Seats as a share of the mean agents needed at once over the week (undefined: no limit). */
  readonly seats?: number;
  readonly premiums?: { readonly night?: number; readonly sunday?: number };
  readonly scc?: boolean;
  /** EU/EEA member (as in the built-in country table): may receive health data. */
  readonly eu?: boolean;
  /** Monthly capacity as a share of the total demand (undefined: no limit). */
  readonly capacity?: number;
};

const COVERAGE_COUNTRIES: readonly CoverageCountry[] = [
  {
    code: 'FR',
    eu: true,
    cost: [33, 36],
    langs: { fr: 0.95, en: 0.9, de: 0.85, es: 0.85, it: 0.84, nl: 0.82 },
    working: 'Mon-Sun 00:00-24:00',
    premiums: { night: 0.25, sunday: 0.5 },
  },
  {
    code: 'RO',
    eu: true,
    cost: [19, 24],
    langs: { fr: 0.9, en: 0.9, de: 0.88, es: 0.86, it: 0.88 },
    working: 'Mon-Sat 07:00-23:00, Sun 09:00-18:00',
    premiums: { night: 0.2, sunday: 0.75 },
    capacity: 0.35,
  },
  {
    code: 'MA',
    cost: [15, 19],
    langs: { fr: 0.88, es: 0.84, en: 0.8 },
    working: 'Mon-Sun 00:00-24:00',
    seats: 0.45,
    premiums: { night: 0.15, sunday: 0.3 },
    scc: true,
  },
  { code: 'SR', cost: [13, 17], langs: { nl: 0.9, en: 0.86 }, working: 'Mon-Sat 06:00-22:00', seats: 0.15, scc: true },
  {
    code: 'ZA',
    cost: [14, 19],
    langs: { en: 0.92, nl: 0.78, de: 0.8 },
    working: 'Mon-Fri 07:00-22:00, Sat 08:00-17:00',
    premiums: { night: 0.3 },
    scc: true,
  },
  {
    code: 'PT',
    eu: true,
    cost: [20, 25],
    langs: { fr: 0.89, en: 0.9, es: 0.9, it: 0.84 },
    working: 'Mon-Fri 08:00-20:00',
    capacity: 0.2,
  },
  {
    code: 'MU',
    cost: [14, 18],
    langs: { fr: 0.9, en: 0.88 },
    working: 'Mon-Sun 06:00-24:00',
    seats: 0.2,
    premiums: { night: 0.2, sunday: 0.4 },
    scc: true,
  },
  {
    code: 'PL',
    eu: true,
    cost: [20, 24],
    langs: { en: 0.89, de: 0.9, fr: 0.84 },
    working: 'Mon-Fri 07:00-21:00, Sat 08:00-16:00',
    premiums: { sunday: 1 },
  },
  {
    code: 'TN',
    cost: [13, 17],
    langs: { fr: 0.87, it: 0.83, de: 0.8 },
    working: 'Mon-Sat 07:00-23:00',
    seats: 0.25,
    premiums: { night: 0.25 },
    scc: true,
  },
  {
    code: 'BG',
    eu: true,
    cost: [17, 21],
    langs: { en: 0.88, de: 0.87, fr: 0.83, es: 0.82 },
    working: 'Mon-Sun 07:00-23:00',
    premiums: { night: 0.2, sunday: 0.5 },
    capacity: 0.25,
  },
  { code: 'MG', cost: [11, 14], langs: { fr: 0.86 }, working: 'Mon-Sat 06:00-22:00', seats: 0.15, scc: true },
  {
    code: 'SN',
    cost: [12, 15],
    langs: { fr: 0.85 },
    working: 'Mon-Sat 08:00-20:00',
    seats: 0.1,
    premiums: { night: 0.3 },
    scc: false,
  },
];

/** Opening hours of activities, in the scenario's time zone (Europe/Paris), with their odds. */
const COVERAGES: readonly (readonly [string, number])[] = [
  ['Mon-Sun 00:00-24:00', 0.25],
  ['Mon-Fri 08:00-20:00', 0.3],
  ['Mon-Sat 07:00-22:00', 0.2],
  ['Mon-Fri 09:00-18:00, Sat 09:00-13:00', 0.15],
  ['Mon-Sun 08:00-22:00', 0.1],
];
/** Day-of-week volume shapes (days not named weigh 1). */
const DAY_PROFILES: readonly Readonly<Record<string, number>>[] = [
  {},
  { Mon: 1.3, Fri: 0.9, Sat: 0.6, Sun: 0.4 },
  { Mon: 1.2, Tue: 1.1 },
  { Sat: 0.7, Sun: 0.5 },
];
/** Hour-of-day volume shapes ("09-12": hours 09:00 to 12:00, end excluded). */
const HOUR_PROFILES: readonly Readonly<Record<string, number>>[] = [
  {},
  { '09-12': 1.5, '14-17': 1.3, '00-06': 0.3 },
  { '08-10': 1.4, '18-20': 1.2 },
  { '12-14': 0.8 },
  { '00-07': 0.2, '22-24': 0.5 },
];

export type CoverageOptions = {
  /** MILP variant: fixed_cost and min_hours on every country but home. */
  readonly sites?: boolean;
  /** With `sites`: min_countries 2 on every fifth activity (business continuity). */
  readonly minCountries?: boolean;
  /**
   * Contact queues: the first `queues` activities are voice queues (80/20) instead of hours,
   * with a volume that needs about the hours they would have had (AHT 240–420 s).
   */
  readonly queues?: number;
  /** A rota: `shifts: {}` (every default shift rule) at the top level. */
  readonly shifts?: boolean;
};

/**
 * Hourly-coverage scenario: A activities × C countries (C ≤ 12) over the 168 hours of the week
 * of 2027-01-11, customers in Europe/Paris.
 *
 * - Countries (COVERAGE_COUNTRIES, first C): 7 time zones (Paris, Bucharest, Casablanca,
 *   Paramaribo, Johannesburg, Lisbon, Mauritius…), local working hours from round-the-clock to
 *   Mon-Fri 08-20, seats on MA/SR/MU/TN/MG/SN (a share of the mean agents needed at once),
 *   night and Sunday premiums on most, capacity_hours on RO/PT/BG, SCC on most non-EU ones.
 *   Rates are drawn in each country's band.
 * - Activities: language (fr 40%, en 25%, then de, es, it, nl), 1,500–12,000 h a month, data
 *   class (none / personal / health), a coverage drawn from COVERAGES (24/7, Mon-Fri 08-20,
 *   Mon-Sat 07-22…), a profile combining one of DAY_PROFILES and one of HOUR_PROFILES with
 *   jittered weights; quality floors on a third of fr/en activities, max_share 0.7 on a sixth
 *   (when two or more countries may deliver the activity).
 * - `sites`: every country but FR gets a fixed_cost (0.4–1.4 × the total monthly hours, in
 *   euros: 25k–90k at 10 activities) and min_hours (2–8% of the total hours), which makes the
 *   plan mixed-integer; `minCountries` adds min_countries: 2 on every fifth activity (when two
 *   or more countries may deliver it).
 *
 * Feasible by construction: FR offers every language, works 24/7 without limits, and is EU.
 */
export function generateCoverageScenarioYaml(
  activities: number,
  countries: number,
  seed = 1,
  options: CoverageOptions = {},
): string {
  if (countries < 1 || countries > COVERAGE_COUNTRIES.length)
    throw new Error(`coverage scenarios have 1 to ${COVERAGE_COUNTRIES.length} countries, not ${countries}`);
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const weighted = <T>(xs: readonly (readonly [T, number])[]): T => {
    let u = r();
    for (const [x, p] of xs) {
      u -= p;
      if (u < 0) return x;
    }
    return (xs.at(-1) as readonly [T, number])[0];
  };
  const round2 = (x: number): number => Math.round(x * 100) / 100;
  const chosen = COVERAGE_COUNTRIES.slice(0, countries);
  const offered = new Set(chosen.flatMap((c) => Object.keys(c.langs)));
  const langOdds = (
    [
      ['fr', 0.4],
      ['en', 0.25],
      ['de', 0.1],
      ['es', 0.1],
      ['it', 0.08],
      ['nl', 0.07],
    ] as const
  ).filter(([l]) => offered.has(l));

  const acts: string[] = [];
  let totalHours = 0;
  let agents = 0;
  for (let i = 0; i < activities; i++) {
    const lang = weighted(langOdds);
    const hours = Math.round(1500 + r() * 10500);
    totalHours += hours;
    const data = pick(['none', 'personal', 'personal', 'personal', 'health'] as const);
    const coverage = weighted(COVERAGES);
    const days = Object.entries(pick(DAY_PROFILES)).map(([d, w]) => `${d}: ${round2(w * (0.9 + r() * 0.2))}`);
    const hourly = Object.entries(pick(HOUR_PROFILES)).map(([h, w]) => `"${h}": ${round2(w * (0.9 + r() * 0.2))}`);
    // Drawn only for queues, so that scenarios without them stay as they were.
    const aht = i < (options.queues ?? 0) ? pick([240, 300, 360, 420]) : undefined;
    const volume = aht === undefined ? 0 : Math.round((hours * 3600 * 0.8) / aht);
    const work =
      aht === undefined
        ? `    hours: ${hours}`
        : `    contacts: { volume: ${volume}, aht: ${aht}, service_level: "80/20" }`;
    acts.push(`  a${i}:`, `    language: ${lang}`, work, `    data: ${data}`, `    coverage: "${coverage}"`);
    if (days.length > 0 || hourly.length > 0) {
      const parts = [
        ...(days.length > 0 ? [`days: { ${days.join(', ')} }`] : []),
        ...(hourly.length > 0 ? [`hours: { ${hourly.join(', ')} }`] : []),
      ];
      acts.push(`    profile: { ${parts.join(', ')} }`);
    }
    // Countries that may deliver it (language, then residency): sharing rules only where two or more can.
    const eligible = chosen.filter(
      (c) =>
        c.langs[lang] !== undefined && (data === 'none' || c.eu === true || (data === 'personal' && c.scc === true)),
    ).length;
    if ((lang === 'fr' || lang === 'en') && i % 3 === 0)
      acts.push(`    min_quality: ${(0.84 + r() * 0.05).toFixed(3)}`);
    if (i % 6 === 1 && eligible >= 2) acts.push('    max_share: 0.7');
    if (options.sites && options.minCountries && i % 5 === 2 && eligible >= 2) acts.push('    min_countries: 2');
    agents += hours;
  }
  // Mean agents at work at once over the week: monthly hours / (168 h × 52/12 weeks).
  const meanAgents = agents / (168 * (52 / 12));

  const lines = [
    `name: bench coverage ${activities}x${countries}x168 seed ${seed}${options.sites ? ' with site costs' : ''}`,
    'home: FR',
    'timezone: Europe/Paris',
    'week: 2027-01-11',
    ...(options.shifts ? ['shifts: {}'] : []),
    'countries:',
  ];
  for (const c of chosen) {
    const [lo, hi] = c.cost;
    lines.push(`  ${c.code}:`, `    cost_per_hour: ${round2(lo + r() * (hi - lo))}`, '    languages:');
    for (const [l, q] of Object.entries(c.langs))
      lines.push(`      ${l}: ${Math.min(1, q + (r() - 0.5) * 0.02).toFixed(3)}`);
    lines.push(`    working_hours: "${c.working}"`);
    if (c.seats !== undefined) lines.push(`    seats: ${Math.max(1, Math.round(c.seats * meanAgents))}`);
    if (c.premiums)
      lines.push(
        `    premiums: { ${Object.entries(c.premiums)
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ')} }`,
      );
    if (c.capacity !== undefined) lines.push(`    capacity_hours: ${Math.round(c.capacity * totalHours)}`);
    if (c.scc) lines.push('    scc: true');
    if (options.sites && c.code !== 'FR') {
      // Scaled to the volume (≈ 25k–90k a month and 1,300–5,400 h at 10 activities) so that small scenarios stay feasible.
      lines.push(
        `    fixed_cost: ${Math.round((0.4 + r()) * totalHours)}`,
        `    min_hours: ${Math.round((0.02 + r() * 0.06) * totalHours)}`,
      );
    }
  }
  return [...lines, 'activities:', ...acts, ''].join('\n');
}

/**
 * The public phone line of the queue issue: 150,000 calls a month, AHT 300 s, 90% answered in
 * 20 s, no personal data, FR / RO / MA round the clock over the 168 hours of the week with a
 * day and hour profile (about 50 hour classes), a max_share and a quality floor that split it,
 * and a capacity on RO. `countries` (1–3) keeps the first ones.
 */
export function publicLineYaml(countries = 3): string {
  const all = [
    '  FR: { cost_per_hour: 34, languages: { fr: 0.95 }, working_hours: "Mon-Sun 00:00-24:00" }',
    '  RO: { cost_per_hour: 21, languages: { fr: 0.89 }, working_hours: "Mon-Sun 00:00-24:00", capacity_hours: 6000 }',
    '  MA: { cost_per_hour: 17, languages: { fr: 0.86 }, working_hours: "Mon-Sun 00:00-24:00" }',
  ].slice(0, countries);
  const rules = countries > 1 ? ['    max_share: 0.6', '    min_quality: 0.88'] : [];
  return [
    'name: public phone line',
    'timezone: Europe/Paris',
    'week: 2027-01-11',
    'countries:',
    ...all,
    'activities:',
    '  line:',
    '    language: fr',
    '    data: none',
    '    contacts: { volume: 150000, aht: 300, service_level: "90/20" }',
    '    coverage: "Mon-Sun 00:00-24:00"',
    '    profile: { days: { Mon: 1.3, Tue: 1.1, Fri: 1.05, Sat: 0.6, Sun: 0.4 }, hours: { "00-07": 0.1, "07-08": 0.5, "08-09": 1.2, "09-12": 1.6, "12-14": 1.1, "14-17": 1.4, "19-21": 0.6, "21-24": 0.3 } }',
    ...rules,
    '',
  ].join('\n');
}

/**
 * Seeded scenario generator for the benchmark (documented in docs/performance.md).
 * Shapes like real bestshore scenarios: a home country (FR) plus A activities × C countries,
 * 6 languages, ~25% of pairs forbidden by residency (health/public data, non-EU countries
 * without SCC), capacities at ~1.3× demand, quality floors on a third of activities,
 * max_share on a quarter, min_home_share on a tenth.
 */
export type Rng = () => number;

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGS = ['fr', 'en', 'de', 'es', 'it', 'nl'];
const CODES = ['FR', 'RO', 'MA', 'PT', 'ES', 'PL', 'BG', 'TN', 'SN', 'MU', 'MG', 'ZA', 'SR', 'PH', 'IN', 'EG', 'TR', 'GR', 'IT', 'DE', 'IE', 'NL', 'BE', 'CZ', 'SK', 'HU', 'HR', 'LT', 'LV', 'EE', 'CO', 'MX', 'BR', 'AR', 'UY', 'CA', 'GB', 'CH', 'JP', 'KE'];

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
    const langs = LANGS.filter((l, j) => code === 'FR' ? l === 'fr' || l === 'en' : j < 2 || r() < 0.6);
    lines.push(`  ${code}:`, `    cost_per_hour: ${cost}`, '    languages:');
    for (const l of langs) lines.push(`      ${l}: ${(0.78 + r() * 0.2).toFixed(3)}`);
    lines.push(`    capacity_hours: ${Math.round((1.3 * totalHours) / Math.max(1, countries - 1) * (k === 0 ? 3 : 1))}`);
    if (r() < 0.5) lines.push('    scc: true');
  });
  return [...lines, 'activities:', ...acts, ''].join('\n');
}

import type { PreparedScenario } from '../model/prepare.js';
import type { Activity, Country } from '../scenario/types.js';
import { ratio, type Phrase } from './numberWords.js';
import { say, type DiagnosisWords } from './diagnosisWords.js';
import type { Finding } from './types.js';
import { DIAGNOSIS_SLACK } from '../tolerances.js';

/** A finding before it is located in the file. */
export type RawFinding = {
  readonly rule: Finding['rule'];
  readonly activities: readonly string[];
  readonly message: Phrase;
  readonly path: readonly string[];
};

const cap = (c: Country): number => c.capacityHours ?? Infinity;
const langCap = (c: Country, lang: string): number => Math.min(cap(c), c.languages[lang]?.capacityHours ?? Infinity);
/** Most hours country c can give activity a on its own. */
const limit = (a: Activity, c: Country): number =>
  Math.min(langCap(c, a.language), a.maxShare === undefined ? Infinity : a.maxShare * a.hours);

/** Activities that no country may deliver, with each candidate's reason. */
export function noCountry(p: PreparedScenario): RawFinding[] {
  const s = p.scenario;
  return s.activities.flatMap((a) => {
    if (p.pairs.allowed(a).length > 0) return [];
    const speakers = s.countries.filter((c) => c.languages[a.language] !== undefined);
    const byList = speakers.filter(
      (c) => p.pairs.status(a, c).allowed === false && a.allowList && !a.allowList.includes(c.code),
    );
    const byResidency = speakers.filter((c) => !byList.includes(c));
    const codes = (cs: readonly Country[]): string[] => cs.map((c) => c.code);
    const path = byResidency.length >= byList.length ? 'data' : 'countries';
    return [
      {
        rule: 'residency',
        activities: [a.id],
        message: say((w) =>
          w.noCountry(a.id, [
            w.onlyOffer(codes(speakers), a.language),
            ...(byList.length ? [w.allowListExcludes(a.allowList ?? [], codes(byList))] : []),
            ...(byResidency.length ? [w.residencyExcludes(w.residencyRule(a.data, s.home), codes(byResidency))] : []),
          ]),
        ),
        path: ['activities', a.id, path],
      },
    ];
  });
}

/** Groups of activities confined to a set of countries whose capacity is too small (Hall's condition). */
export function capacityShortfalls(p: PreparedScenario): RawFinding[] {
  const s = p.scenario;
  const out: RawFinding[] = [];
  const seen = new Set<string>();
  const allowed = new Map(s.activities.map((a) => [a.id, p.pairs.allowed(a)]));
  const sets = [...allowed.values()].filter((cs) => cs.length > 0);
  const check = (set: readonly Country[], lang: string | undefined): void => {
    // No language capacity below the country's own: the overall check of this set says it all.
    if (lang !== undefined && !set.some((c) => langCap(c, lang) < cap(c))) return check(set, undefined);
    const codes = set.map((c) => c.code);
    const key = `${lang ?? '*'}:${codes.join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const inside = s.activities.filter(
      (a) =>
        (lang === undefined || a.language === lang) &&
        (allowed.get(a.id) ?? []).length > 0 &&
        (allowed.get(a.id) ?? []).every((c) => codes.includes(c.code)),
    );
    if (inside.length === 0) return;
    const need = inside.reduce((t, a) => t + a.hours, 0);
    const have = set.reduce((t, c) => t + (lang === undefined ? cap(c) : langCap(c, lang)), 0);
    if (need <= have * (1 + DIAGNOSIS_SLACK)) return;
    const alone = inside.length === 1 ? inside[0] : undefined;
    const rule = lang === undefined ? 'capacity' : 'language-capacity';
    const tight =
      set.find(
        (c) =>
          (lang === undefined ? c.capacityHours : (c.languages[lang]?.capacityHours ?? c.capacityHours)) !== undefined,
      ) ?? set[0];
    const path =
      lang !== undefined && tight?.languages[lang]?.capacityHours !== undefined
        ? ['countries', tight.code, 'languages', lang, 'capacity_hours']
        : ['countries', tight?.code ?? '', 'capacity_hours'];
    out.push({
      rule,
      activities: inside.map((a) => a.id),
      message: say((w) =>
        w.capacity(
          inside.map((a) => a.id),
          need,
          codes,
          alone && w.confinedBy(alone.allowList !== undefined, alone.data, alone.language),
          lang,
          have,
        ),
      ),
      path,
    });
  };
  for (const set of sets) check(set, undefined);
  for (const lang of new Set(s.activities.map((a) => a.language))) {
    for (const a of s.activities.filter((x) => x.language === lang)) check(allowed.get(a.id) ?? [], lang);
    const union = s.countries.filter((c) =>
      s.activities.some((a) => a.language === lang && (allowed.get(a.id) ?? []).includes(c)),
    );
    if (union.length) check(union, lang);
  }
  const all = s.countries.filter((c) => sets.some((cs) => cs.includes(c)));
  if (all.length) check(all, undefined);
  return out;
}

/** An activity whose max_share cannot add up to 100% over its allowed countries. */
export function shareShortfalls(p: PreparedScenario): RawFinding[] {
  const s = p.scenario;
  return s.activities.flatMap((a) => {
    if (a.maxShare === undefined) return [];
    const cs = p.pairs.allowed(a);
    if (cs.length === 0) return [];
    const reach = cs.reduce((t, c) => t + limit(a, c), 0);
    if (reach >= a.hours * (1 - DIAGNOSIS_SLACK) || cs.length * a.maxShare >= 1) return [];
    return [
      {
        rule: 'max-share',
        activities: [a.id],
        message: say((w) =>
          w.maxShare(
            a.id,
            a.maxShare ?? 0,
            cs.map((c) => c.code),
            a.hours,
          ),
        ),
        path: ['activities', a.id, 'max_share'],
      },
    ];
  });
}

/** Quality floors above the best mix the allowed countries can give at the activity's volume. */
export function qualityShortfalls(p: PreparedScenario): RawFinding[] {
  const s = p.scenario;
  return s.activities.flatMap((a) => {
    if (a.minQuality === undefined) return [];
    const cs = [...p.pairs.allowed(a)].sort(
      (p, q) => (q.languages[a.language]?.quality ?? 0) - (p.languages[a.language]?.quality ?? 0),
    );
    let left = a.hours;
    let score = 0;
    const used: ((w: DiagnosisWords) => Phrase)[] = [];
    for (const c of cs) {
      if (left <= 0) break;
      const h = Math.min(left, limit(a, c));
      const q = c.languages[a.language]?.quality ?? 0;
      score += h * q;
      left -= h;
      // Decided now: `left` changes on the next turn, the words are written later.
      const upTo = Number.isFinite(limit(a, c)) && h < left + h;
      used.push((w) => (upTo ? w.qualityUpTo(c.code, q, h) : [`${c.code} ${q}`]));
    }
    if (left > DIAGNOSIS_SLACK * a.hours || score >= a.minQuality * a.hours * (1 - DIAGNOSIS_SLACK)) return [];
    const best = score / a.hours;
    return [
      {
        rule: 'quality',
        activities: [a.id],
        message: say((w) =>
          w.quality(
            a.id,
            a.minQuality ?? 0,
            ratio(best),
            a.hours,
            used.map((u) => u(w)),
          ),
        ),
        path: ['activities', a.id, 'min_quality'],
      },
    ];
  });
}

/** min_home_share that home cannot give: home not allowed, or home capacity too small. */
export function homeShareShortfalls(p: PreparedScenario): RawFinding[] {
  const s = p.scenario;
  const home = s.countries.find((c) => c.code === s.home);
  if (!home) return [];
  const out: RawFinding[] = [];
  const wanting = s.activities.filter((a) => (a.minHomeShare ?? 0) > 0);
  for (const a of wanting) {
    const st = p.pairs.status(a, home);
    if (!st.allowed)
      out.push({
        rule: 'min-home-share',
        activities: [a.id],
        message: say((w) =>
          w.homeNotAllowed(
            a.id,
            a.minHomeShare ?? 0,
            home.code,
            st.why === 'language' ? w.noLanguage(a.language) : (w.exclusion[st.why] ?? st.why),
          ),
        ),
        path: ['activities', a.id, 'min_home_share'],
      });
  }
  const feasible = wanting.filter((a) => p.pairs.status(a, home).allowed);
  const need = feasible.reduce((t, a) => t + (a.minHomeShare ?? 0) * a.hours, 0);
  if (need > cap(home) * (1 + DIAGNOSIS_SLACK)) {
    out.push({
      rule: 'min-home-share',
      activities: feasible.map((a) => a.id),
      message: say((w) =>
        w.homeCapacity(
          feasible.map((a) => a.id),
          need,
          home.code,
          cap(home),
        ),
      ),
      path: ['countries', home.code, 'capacity_hours'],
    });
  }
  return out;
}

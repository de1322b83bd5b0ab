import type { Country, Scenario } from '../scenario/types.js';
import { agentsAtOnce } from './agentsAtOnce.js';
import { isHours, isPattern, type DutyVar, type Row, type ShiftVar, type Term, type Var } from './lp.js';
import type { TimeClass, TimeModel } from './timeClasses.js';

/** The rota part of a model: shift and duty variables, their rows, and the paid hours they stand for. */
export type ShiftPart = {
  readonly vars: readonly (ShiftVar | DutyVar)[];
  readonly rows: readonly Row[];
  /** Country → terms of its paid shift hours per period (whole FTE counts people's hours). */
  readonly paid: ReadonlyMap<string, readonly Term[]>;
};

/** The skill group of an activity's agents in a country: the activity, or its language with multi-skilled agents. */
export const groupOf = (c: Country, activity: string, language: string): string =>
  c.shifts.multiSkill ? language : activity;

type Group = {
  readonly key: string;
  readonly language: string;
  readonly activities: string[];
  readonly byInterval: Map<number, number[]>;
};
const push = <K>(m: Map<K, Term[]>, key: K, t: Term): void => {
  const l = m.get(key);
  if (l) l.push(t);
  else m.set(key, [t]);
};

/**
 * Shift scheduling over the reference week (every interval its own time class). For each skill
 * group g and country c:
 * - whole agents on duty y_t in every interval with work: W · y_t ≥ Σ_{a ∈ g} x_{a,c,t};
 * - agents per shift n_s (a start interval × an allowed length, inside the country's working
 *   hours, the week wrapping around) covering them: Σ_{s ∋ t} n_s ≥ y_t.
 * A shift pays every one of its hours, idle or not, at the country's rate with night/Sunday
 * premiums; the hours variables then cost nothing. Part-time hours are capped per country;
 * seats hold agent by agent in every interval. The duty counts carry the integrality: for given
 * y the covering rows form an interval matrix, whose relaxation the solver rounds (solver/rota.ts).
 */
export function shiftPart(s: Scenario, tm: TimeModel, vars: readonly Var[], firstVar: number): ShiftPart {
  const weeks = tm.weeksPerPeriod;
  const T = tm.grid.length;
  // Every interval is its own class here: the class of interval t, and the interval of class k.
  const classAt = new Array<TimeClass | undefined>(T);
  const intervalOf = new Map<number, number>();
  for (const k of tm.classes)
    for (const t of k.members) {
      classAt[t] = k;
      intervalOf.set(k.id, t);
    }
  const languageOf = new Map(s.activities.map((a) => [a.id, a.language]));
  const out: (ShiftVar | DutyVar)[] = [];
  const rows: Row[] = [];
  // Activity → interval → the duty counts (any country) whose agents serve it then.
  const serving = new Map<string, Map<number, Term[]>>();
  const paid = new Map<string, Term[]>();
  const rank = new Map(
    [s.home, ...s.countries.map((c) => c.code).filter((code) => code !== s.home)].map((code, i) => [code, i]),
  );
  for (const c of s.countries) {
    const groups = groupsIn(c, vars, intervalOf, languageOf);
    if (groups.size === 0) continue;
    const works = (t: number): boolean => classAt[t]?.countries.get(c.code)?.works === true;
    const rate = (t: number): number => c.costPerHour * (classAt[t]?.countries.get(c.code)?.multiplier ?? 1);
    const lengths = [
      ...c.shifts.fullTime.map((h) => ({ h, part: false })),
      ...(c.shifts.maxPartTimeShare > 0 ? c.shifts.partTime.map((h) => ({ h, part: true })) : []),
    ];
    const onShift = new Map<number, Term[]>();
    const partTerms: Term[] = [];
    for (const g of groups.values()) {
      const covering = new Map<number, Term[]>();
      const duty = new Map<number, number>();
      let most = 1;
      for (const [t, xs] of [...g.byInterval].sort((p, q) => p[0] - q[0])) {
        const upper = Math.max(
          1,
          Math.ceil(xs.reduce((sum, j) => sum + (vars[j]?.impliedUpper ?? 0), 0) / weeks - 1e-9),
        );
        most = Math.max(most, upper);
        const y = firstVar + out.length;
        duty.set(t, y);
        out.push({
          role: 'duty',
          id: `y[${g.key},${c.code},i${t}]`,
          country: c.code,
          group: g.key,
          interval: t,
          cost: 0,
          kind: 'integer',
          lower: 0,
          upper: Infinity,
          impliedUpper: upper,
        });
        rows.push({
          id: `on_duty[${g.key},${c.code},i${t}]`,
          kind: 'shift-coverage',
          op: '>=',
          rhs: 0,
          terms: [{ v: y, coef: weeks }, ...xs.map((j) => ({ v: j, coef: -1 }))],
          source: ['countries', c.code, 'shifts'],
          country: c.code,
          language: g.language,
          timeClass: t,
        });
        for (const a of g.activities) {
          const byT = serving.get(a) ?? new Map<number, Term[]>();
          serving.set(a, byT);
          push(byT, t, { v: y, coef: 1 });
        }
      }
      for (let start = 0; start < T; start++) {
        for (const { h, part } of lengths) {
          if (h > T) continue;
          const intervals = Array.from({ length: h }, (_, i) => (start + i) % T);
          if (!intervals.every(works) || !intervals.some((t) => duty.has(t))) continue;
          const cost = weeks * intervals.reduce((sum, t) => sum + rate(t), 0);
          const v = firstVar + out.length;
          out.push({
            role: 'shift',
            id: `n[${g.key},${c.code},i${start},${h}h]`,
            country: c.code,
            group: g.key,
            language: g.language,
            activities: g.activities,
            start,
            length: h,
            partTime: part,
            intervals,
            premium: cost - weeks * h * c.costPerHour,
            cost,
            kind: 'integer',
            lower: 0,
            upper: Infinity,
            impliedUpper: most,
            preference: 1 + (part ? 0.5 : 0) + 0.01 * (rank.get(c.code) ?? 0) + 0.001 * (start / T),
          });
          for (const t of intervals) {
            push(covering, t, { v, coef: 1 });
            push(onShift, t, { v, coef: 1 });
          }
          push(paid, c.code, { v, coef: weeks * h });
          partTerms.push({ v, coef: weeks * h * ((part ? 1 : 0) - c.shifts.maxPartTimeShare) });
        }
      }
      for (const [t, y] of duty) {
        rows.push({
          id: `on_shift[${g.key},${c.code},i${t}]`,
          kind: 'shift-coverage',
          op: '>=',
          rhs: 0,
          terms: [...(covering.get(t) ?? []), { v: y, coef: -1 }],
          source: ['countries', c.code, 'shifts'],
          country: c.code,
          language: g.language,
          timeClass: t,
        });
      }
    }
    if (c.shifts.maxPartTimeShare < 1 && c.shifts.maxPartTimeShare > 0 && c.shifts.partTime.length > 0) {
      rows.push({
        id: `part_time[${c.code}]`,
        kind: 'part-time',
        op: '<=',
        rhs: 0,
        terms: partTerms,
        source: ['countries', c.code, 'shifts', 'max_part_time_share'],
        country: c.code,
        valueInTerms: true,
      });
    }
    if (c.time.seats !== undefined) {
      for (const [t, terms] of [...onShift].sort((p, q) => p[0] - q[0])) {
        rows.push({
          id: `seats[${c.code},i${t}]`,
          kind: 'seats',
          op: '<=',
          rhs: c.time.seats,
          terms,
          source: ['countries', c.code, 'seats'],
          country: c.code,
          timeClass: t,
        });
      }
    }
  }
  rows.push(...agentFloors(s, tm, vars, serving, classAt));
  return { vars: out, rows, paid };
}

/** The skill groups with work in a country, and their hours variables interval by interval. */
function groupsIn(
  c: Country,
  vars: readonly Var[],
  intervalOf: ReadonlyMap<number, number>,
  languageOf: ReadonlyMap<string, string>,
): Map<string, Group> {
  const groups = new Map<string, Group>();
  vars.forEach((v, j) => {
    if (!isHours(v) || v.country !== c.code || v.timeClass === undefined) return;
    const language = languageOf.get(v.activity) ?? '';
    const key = groupOf(c, v.activity, language);
    const g = groups.get(key) ?? { key, language, activities: [], byInterval: new Map<number, number[]>() };
    groups.set(key, g);
    if (!g.activities.includes(v.activity)) g.activities.push(v.activity);
    const t = intervalOf.get(v.timeClass) ?? -1;
    const list = g.byInterval.get(t);
    if (list) list.push(j);
    else g.byInterval.set(t, [j]);
  });
  return groups;
}

/**
 * Valid inequalities that close most of the gap between the relaxation and whole agents: in
 * every interval an activity needs, however it is split between countries, at least its pooled
 * need of agents on duty, rounded up (hours: the interval's hours / W; a queue: the fewest agents
 * any of its staffing patterns of that hour has). Every rota meets them; without them the
 * relaxation staffs fractions of agents.
 */
function agentFloors(
  s: Scenario,
  tm: TimeModel,
  vars: readonly Var[],
  serving: ReadonlyMap<string, ReadonlyMap<number, readonly Term[]>>,
  classAt: readonly (TimeClass | undefined)[],
): Row[] {
  const fewest = new Map<string, number>();
  for (const v of vars) {
    if (!isPattern(v)) continue;
    const key = `${v.activity}\u0000${v.timeClass}`;
    let n = 0;
    for (const a of v.agents.values()) n += a;
    fewest.set(key, Math.min(fewest.get(key) ?? Infinity, n));
  }
  const rows: Row[] = [];
  for (const a of s.activities) {
    const byT = serving.get(a.id);
    if (!a.coverage || !byT) continue;
    for (const [t, terms] of [...byT].sort((p, q) => p[0] - q[0])) {
      const k = classAt[t];
      if (!k) continue;
      const need = a.contacts?.queued ? (fewest.get(`${a.id}\u0000${k.id}`) ?? 0) : agentsAtOnce(tm, k, a);
      const floor = Math.ceil(need - 1e-9);
      if (floor <= 0) continue;
      rows.push({
        id: `agents_floor[${a.id},i${t}]`,
        kind: 'shift-coverage',
        op: '>=',
        rhs: floor,
        terms,
        source: ['activities', a.id, 'coverage'],
        activity: a.id,
        timeClass: t,
      });
    }
  }
  return rows;
}

import type { LegalBasis } from '../scenario/residency.js';
import type { Activity, Scenario } from '../scenario/types.js';
import { isHours, type HoursVar, type LpModel, type Row, type Term, type Var } from './lp.js';
import { globalRuleRows } from './globalRules.js';
import { queueClass } from './queueModel.js';
import { sharesOfPlannedHours } from './plannedShares.js';
import { siteEconomics } from './siteEconomics.js';
import { shiftPart, type ShiftPart } from './shiftModel.js';
import { hourDemand, type TimeClass } from './timeClasses.js';
import { HoursVarRecord, type HoursVarRecords } from './hoursVarRecord.js';
import { prepare, type PreparedScenario } from './prepare.js';
import { classTraffic } from './agentsAtOnce.js';
import { applyEsg } from './esg.js';

export type ModelOptions = {
  /** Staff whole FTEs per country (integer), priced as people rather than hours. */
  readonly wholeFte: boolean;
  /** Hours variables of models built before, to share (hoursVarRecord.ts): commands that build many related models. */
  readonly records?: HoursVarRecords;
};

export const DEFAULT_MODEL_OPTIONS: ModelOptions = { wholeFte: false };

type Index = {
  vars: Var[];
  links: Row[];
  byActivity: Map<string, number[]>;
  byCountry: Map<string, number[]>;
  byPair: Map<string, number[]>;
  demand: Row[];
};

const push = (m: Map<string, number[]>, key: string, j: number): void => {
  const list = m.get(key);
  if (list) list.push(j);
  else m.set(key, [j]);
};

/**
 * Variables x[a,c] (or x[a,c,k] per time class for activities with coverage) for the allowed
 * pairs only, and the demand rows: Σ_c x = hours, or per class the hours that fall in it.
 */
function hoursVars(p: PreparedScenario, records: HoursVarRecords | undefined): Index {
  const { scenario: s, time: tm } = p;
  // On a rota the shifts pay the agents (model/shiftModel.ts): the hours themselves cost nothing.
  const rota = s.staffing === 'rota';
  const ix: Index = { vars: [], links: [], byActivity: new Map(), byCountry: new Map(), byPair: new Map(), demand: [] };
  // The variables of the activity being built, all of them and per country (set in the index once per activity).
  let mine: number[] = [];
  let mineIn = new Map<string, number[]>();
  // One record per variable (hoursVarRecord.ts), no object in between, shared with the models
  // built before when `records` has them: this runs for every hour class of every allowed pair
  // (explain builds a model per scenario rule it lifts).
  const add = (
    a: Activity,
    code: string,
    cost: number,
    quality: number,
    basis: LegalBasis,
    timeClass: number | undefined,
    premium: number,
    upper = a.hours,
  ): number => {
    const j = ix.vars.length;
    ix.vars.push(
      records
        ? records.record(a.id, code, cost, upper, quality, basis, timeClass, premium)
        : new HoursVarRecord(a.id, code, cost, upper, quality, basis, timeClass, premium),
    );
    mine.push(j);
    push(mineIn, code, j);
    push(ix.byCountry, code, j);
    return j;
  };
  const done = (a: Activity): void => {
    if (mine.length > 0) ix.byActivity.set(a.id, mine);
    for (const [code, js] of mineIn) ix.byPair.set(`${a.id}\u0000${code}`, js);
    mine = [];
    mineIn = new Map();
  };
  for (const a of s.activities) {
    const allowed = p.pairs.allowed(a).flatMap((c) => {
      const st = p.pairs.status(a, c);
      return st.allowed ? [{ c, basis: st.basis, quality: c.languages[a.language]?.quality ?? 0 }] : [];
    });
    const path = ['activities', a.id, 'hours'];
    if (!a.coverage || !tm) {
      const terms = allowed.map(({ c, basis, quality }) => ({
        v: add(a, c.code, c.costPerHour, quality, basis, undefined, 0),
        coef: 1,
      }));
      ix.demand.push({
        id: `demand[${a.id}]`,
        kind: 'demand',
        op: '=',
        rhs: a.hours,
        terms,
        source: path,
        activity: a.id,
      });
      done(a);
      continue;
    }
    const queue = a.contacts?.queued ? a.contacts : undefined;
    const workingIn = (k: TimeClass): typeof allowed => allowed.filter(({ c }) => k.countries.get(c.code)?.works);
    const hoursVar = (k: TimeClass, { c, basis, quality }: (typeof allowed)[number], upper: number): number => {
      const premium = rota ? 0 : c.costPerHour * ((k.countries.get(c.code)?.multiplier ?? 1) - 1);
      const cost = rota ? 0 : c.costPerHour + premium;
      return add(a, c.code, cost, quality, basis, k.id, premium, upper);
    };
    for (const k of tm.classes) {
      if (queue) {
        // Queues: each hour of the class staffed by a pattern of whole agents (model/queueModel.ts).
        const traffic = classTraffic(tm, k, a.id, queue);
        if (traffic <= 0) continue;
        const xs = workingIn(k).map((w) => ({
          code: w.c.code,
          seats: w.c.time.seats,
          hoursVar: hoursVar(k, w, Infinity),
        }));
        const q = queueClass(a, queue, k, tm, traffic, xs, ix.vars.length);
        ix.vars.push(...q.vars);
        ix.links.push(...q.links);
        ix.demand.push(q.demand);
        xs.forEach((x, i) => {
          const v = ix.vars[x.hoursVar];
          if (v) ix.vars[x.hoursVar] = { ...v, impliedUpper: q.upper[i] ?? 0 };
        });
        continue;
      }
      const need = hourDemand(tm, k, a.id, a.hours) * k.members.length;
      if (need <= 0) continue;
      const terms = workingIn(k).map((w) => ({ v: hoursVar(k, w, need), coef: 1 }));
      ix.demand.push({
        id: `demand[${a.id},t${k.id}]`,
        kind: 'demand',
        op: '=',
        rhs: need,
        terms,
        source: ['activities', a.id, 'coverage'],
        activity: a.id,
        timeClass: k.id,
      });
    }
    done(a);
  }
  return ix;
}

/** Build the LP of docs/model.md, per hour of the week where there is coverage, plus the mixed-integer site rules. */
export function buildModel(s: Scenario, options: ModelOptions = DEFAULT_MODEL_OPTIONS): LpModel {
  return buildPreparedModel(prepare(s), options);
}

/** buildModel of a scenario already prepared (model/prepare.ts). */
export function buildPreparedModel(p: PreparedScenario, options: ModelOptions = DEFAULT_MODEL_OPTIONS): LpModel {
  const { scenario: s, time: tm } = p;
  const { vars, links, byActivity, byCountry, byPair, demand } = hoursVars(p, options.records);
  const rows: Row[] = [...demand, ...links];
  const hv = (j: number): HoursVar | undefined => {
    const v = vars[j];
    return isHours(v) ? v : undefined;
  };
  // One shared `{ v, coef: 1 }` per variable: rows are read-only, so every row counting a variable once uses the same term.
  const unit: Term[] = [];
  const one = (v: number): Term => (unit[v] ??= { v, coef: 1 });
  const ones = (js: readonly number[]): Term[] => js.map(one);
  const shifts: ShiftPart | undefined = tm && s.staffing === 'rota' ? shiftPart(s, tm, vars, vars.length) : undefined;
  if (shifts) {
    vars.push(...shifts.vars);
    rows.push(...shifts.rows);
  }
  // Hours a country is paid for (whole FTE): its hours without a clock, and its shift hours (on a
  // rota) or its hours with coverage (hour by hour planning). Capacities, sites and minimum
  // volumes count hours of work, as without a rota.
  const unrostered = (js: readonly number[]): number[] =>
    shifts ? js.filter((j) => hv(j)?.timeClass === undefined) : [...js];
  const paidIn = (code: string): Term[] => [
    ...ones(unrostered(byCountry.get(code) ?? [])),
    ...(shifts?.paid.get(code) ?? []),
  ];
  const languageOf = new Map(s.activities.map((a) => [a.id, a.language]));
  for (const a of s.activities) {
    const js = byActivity.get(a.id) ?? [];
    const path = ['activities', a.id];
    // Queues have no fixed hours (they depend on the split): their rules are written as shares of Σx.
    const flexible = sharesOfPlannedHours(a);
    const share = (mine: readonly number[], k: number): { terms: Term[]; rhs: number; valueInTerms?: true } =>
      flexible
        ? { terms: [...ones(mine), ...js.map((v) => ({ v, coef: -k }))], rhs: 0, valueInTerms: true }
        : { terms: ones(mine), rhs: k * a.hours };
    if (a.minQuality !== undefined && a.minQuality > 0) {
      const floor = a.minQuality;
      const terms = js.map((v) => ({ v, coef: (hv(v)?.quality ?? 0) - (flexible ? floor : 0) }));
      rows.push({
        id: `quality[${a.id}]`,
        kind: 'quality',
        op: '>=',
        rhs: flexible ? 0 : floor * a.hours,
        terms,
        source: [...path, 'min_quality'],
        activity: a.id,
        ...(flexible ? { valueInTerms: true as const } : {}),
      });
    }
    if (a.maxShare !== undefined && a.maxShare < 1) {
      for (const c of s.countries) {
        const pair = byPair.get(`${a.id}\u0000${c.code}`);
        if (!pair) continue;
        rows.push({
          id: `max_share[${a.id},${c.code}]`,
          kind: 'max-share',
          op: '<=',
          ...share(pair, a.maxShare),
          source: [...path, 'max_share'],
          activity: a.id,
          country: c.code,
        });
      }
    }
    if (a.minHomeShare !== undefined && a.minHomeShare > 0) {
      const mine = byPair.get(`${a.id}\u0000${s.home}`) ?? [];
      rows.push({
        id: `min_home_share[${a.id}]`,
        kind: 'min-home-share',
        op: '>=',
        ...share(mine, a.minHomeShare),
        source: [...path, 'min_home_share'],
        activity: a.id,
        country: s.home,
      });
    }
  }
  for (const c of s.countries) {
    const js = byCountry.get(c.code) ?? [];
    const path = ['countries', c.code];
    if (c.capacityHours !== undefined) {
      rows.push({
        id: `capacity[${c.code}]`,
        kind: 'capacity',
        op: '<=',
        rhs: c.capacityHours,
        terms: ones(js),
        source: [...path, 'capacity_hours'],
        country: c.code,
      });
    }
    for (const [lang, skill] of Object.entries(c.languages)) {
      if (skill.capacityHours === undefined) continue;
      const terms = ones(js.filter((v) => languageOf.get(hv(v)?.activity ?? '') === lang));
      rows.push({
        id: `language_capacity[${c.code},${lang}]`,
        kind: 'language-capacity',
        op: '<=',
        rhs: skill.capacityHours,
        terms,
        source: [...path, 'languages', lang, 'capacity_hours'],
        country: c.code,
        language: lang,
      });
    }
    if (c.time.seats !== undefined && tm && !shifts) {
      for (const k of tm.classes) {
        const inClass = js.filter((v) => hv(v)?.timeClass === k.id);
        if (inClass.length === 0) continue;
        // Seats × hours of the class per week × weeks per period.
        rows.push({
          id: `seats[${c.code},t${k.id}]`,
          kind: 'seats',
          op: '<=',
          rhs: c.time.seats * k.members.length * tm.weeksPerPeriod,
          terms: ones(inClass),
          source: [...path, 'seats'],
          country: c.code,
          timeClass: k.id,
        });
      }
    }
  }
  rows.push(...globalRuleRows(s, vars));
  const worked = (code: string): Term[] => ones(byCountry.get(code) ?? []);
  const model = siteEconomics(s, { vars, rows }, byActivity, { worked, paid: paidIn }, options.wholeFte);
  return applyEsg(s, { ...model, ...(tm ? { time: tm } : {}), ...(shifts ? { mipGap: s.rotaGap, home: s.home } : {}) });
}

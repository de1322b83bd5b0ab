import type { LpModel, RowKind } from '../model/lp.js';
import { isRuleRow, type ScenarioRuleKind } from '../model/ruleCatalogue.js';
import { pathKey } from '../scenario/path.js';
import { pairTable, type PairTable } from '../scenario/residency.js';
import type { Activity, Country, Scenario } from '../scenario/types.js';
import { ALWAYS } from '../time/weekMask.js';
import { whereOf, type Where } from './where.js';
import { compareText } from '../text/compareText.js';

/**
 * The rules of a scenario that `explain` can lift one at a time ("levers"). Rules that decide
 * which countries may serve an activity (data class, allow-list, forced site), its opening hours
 * (the same hours, delivered at any time a country works) and a country's working hours (round
 * the clock) are lifted on the scenario; every other rule is a group of model rows with the same `source` path, lifted by
 * dropping those rows — so rules added to the model later are covered without change here.
 */
export type LeverKind = ScenarioRuleKind | RowKind;

export type Lever = {
  /** The scenario field, e.g. `activities.acquisition.min_quality`. */
  readonly key: string;
  readonly path: readonly string[];
  readonly kind: LeverKind;
  readonly where: Where;
  /** Scenario levers: the scenario without the rule. Row levers: undefined (their rows are dropped). */
  readonly lift: ((s: Scenario) => Scenario) | undefined;
};

const mapActivity = (s: Scenario, id: string, f: (a: Activity) => Activity): Scenario => ({
  ...s,
  activities: s.activities.map((a) => (a.id === id ? f(a) : a)),
});
const mapCountry = (s: Scenario, code: string, f: (c: Country) => Country): Scenario => ({
  ...s,
  countries: s.countries.map((c) => (c.code === code ? f(c) : c)),
});

/** Every whole length from a country's shortest shift to its longest; undefined when its full-time lengths are all of them already. */
function everyLength(c: Country): readonly number[] | undefined {
  const all = [...c.shifts.fullTime, ...(c.shifts.maxPartTimeShare > 0 ? c.shifts.partTime : [])];
  if (all.length === 0) return undefined;
  const from = Math.min(...all);
  const to = Math.max(...all);
  const every = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return every.every((h) => c.shifts.fullTime.includes(h)) ? undefined : every;
}

function scenarioLevers(s: Scenario, pairs: PairTable): Lever[] {
  const out: Lever[] = [];
  const add = (path: string[], kind: ScenarioRuleKind, lift: (s: Scenario) => Scenario): void => {
    out.push({ key: pathKey(path), path, kind, where: whereOf(s, path), lift });
  };
  for (const a of s.activities) {
    if (a.data !== 'none')
      add(['activities', a.id, 'data'], 'residency', (x) => mapActivity(x, a.id, (b) => ({ ...b, data: 'none' })));
    if (a.allowList)
      add(['activities', a.id, 'countries'], 'allow-list', (x) =>
        mapActivity(x, a.id, (b) => ({ ...b, allowList: undefined })),
      );
    // A queue's opening hours are when its contacts arrive: they cannot be worked at another time.
    if (a.coverage && !a.contacts?.queued)
      add(['activities', a.id, 'coverage'], 'coverage', (x) =>
        mapActivity(x, a.id, (b) => ({ ...b, coverage: undefined })),
      );
  }
  // The carbon price is in the objective, not a row: lifted, the hours cost their money alone.
  if ((s.esg?.carbonPrice ?? 0) > 0)
    add(['esg', 'carbon_price'], 'carbon-price', (x) =>
      x.esg ? { ...x, esg: { ...x.esg, carbonPrice: undefined } } : x,
    );
  const covered = s.activities.filter((a) => a.coverage !== undefined);
  for (const c of s.countries) {
    if (c.open !== undefined)
      add(['countries', c.code, 'open'], 'open', (x) => mapCountry(x, c.code, (k) => ({ ...k, open: undefined })));
    // Working hours matter only to the activities with coverage the country may deliver; lifted,
    // the country works round the clock (its night and Sunday premiums still apply).
    if (covered.some((a) => pairs.status(a, c).allowed) && c.time.working.some((on) => !on)) {
      add(['countries', c.code, 'working_hours'], 'working-hours', (x) =>
        mapCountry(x, c.code, (k) => ({ ...k, time: { ...k.time, working: ALWAYS } })),
      );
    }
    // A rota's full-time lengths, lifted: every whole length from its shortest shift to its
    // longest (part-time ones included) may be worked full time.
    const lengths = s.staffing === 'rota' ? everyLength(c) : undefined;
    if (lengths && covered.some((a) => pairs.status(a, c).allowed)) {
      add(['countries', c.code, 'shifts', 'full_time'], 'shift-lengths', (x) =>
        mapCountry(x, c.code, (k) => ({ ...k, shifts: { ...k.shifts, fullTime: lengths } })),
      );
    }
  }
  return out;
}

function rowLevers(s: Scenario, model: LpModel): Lever[] {
  const seen = new Map<string, Lever>();
  for (const r of model.rows) {
    if (!isRuleRow(r)) continue;
    const key = pathKey(r.source);
    if (seen.has(key)) continue;
    const path = r.source.map(String);
    seen.set(key, { key, path, kind: r.kind, where: whereOf(s, path), lift: undefined });
  }
  return [...seen.values()];
}

/** Every lever of the scenario, in the order they are written (file, line, column). */
export function leversOf(s: Scenario, model: LpModel, pairs: PairTable = pairTable(s)): Lever[] {
  const all = [...scenarioLevers(s, pairs), ...rowLevers(s, model)];
  return all.sort(
    (a, b) => compareText(a.where.file, b.where.file) || a.where.line - b.where.line || a.where.col - b.where.col,
  );
}

/** A scenario's model; `weekOf`: the scenario it was derived from, whose hour classes it may be built on (model/timeClasses.ts, sharesWeek). */
export type ModelBuilder = (s: Scenario, weekOf?: Scenario) => LpModel;

/** The scenario with its scenario levers lifted (row levers apply to its model: withoutRows). */
export function liftScenario(s: Scenario, levers: readonly Lever[]): Scenario {
  return levers.reduce((x, l) => (l.lift ? l.lift(x) : x), s);
}

/** A model without the rows of the given row levers. */
export function withoutRows(model: LpModel, levers: readonly Lever[]): LpModel {
  const drop = new Set(levers.filter((l) => !l.lift).map((l) => l.key));
  return drop.size === 0 ? model : { ...model, rows: model.rows.filter((r) => !drop.has(pathKey(r.source))) };
}

/** The scenario and its model with the given levers lifted. */
export function liftLevers(
  s: Scenario,
  levers: readonly Lever[],
  build: ModelBuilder,
): { scenario: Scenario; model: LpModel } {
  const scenario = liftScenario(s, levers);
  return { scenario, model: withoutRows(build(scenario, s), levers) };
}

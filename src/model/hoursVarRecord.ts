import type { LegalBasis } from '../scenario/residency.js';
import type { HoursVar } from './lp.js';

/** The id of an hours variable: `x[a,c]`, or `x[a,c,t<class>]` for an activity with coverage. */
const hoursVarId = (activity: string, country: string, timeClass: number | undefined): string =>
  timeClass === undefined ? `x[${activity},${country}]` : `x[${activity},${country},t${timeClass}]`;

/**
 * An hours variable as built by buildModel: a class rather than an object literal only for
 * speed. V8 allocates a class instance from its constructor's initial map; the literal, cloned
 * from a boilerplate whose number fields change representation (whole and fractional costs,
 * Infinity bounds), took 28 ms against 21 ms for the 10,195 variables of the 40 × 10 × 168
 * benchmark model, and explain builds one model per scenario rule it lifts. The instance has
 * the fields of HoursVar, in its order, and nothing else (no methods, fields set once in the
 * constructor, its id derived from its activity, country and hour class: `declare` emits no
 * class field): it is plain data to every reader, to JSON and to a worker thread.
 */
export class HoursVarRecord implements HoursVar {
  declare readonly role: 'hours';
  declare readonly id: string;
  declare readonly activity: string;
  declare readonly country: string;
  declare readonly cost: number;
  declare readonly kind: 'continuous';
  declare readonly lower: number;
  declare readonly upper: number;
  declare readonly impliedUpper: number;
  declare readonly quality: number;
  declare readonly basis: LegalBasis;
  declare readonly timeClass: number | undefined;
  declare readonly premium: number;

  constructor(
    activity: string,
    country: string,
    cost: number,
    impliedUpper: number,
    quality: number,
    basis: LegalBasis,
    timeClass: number | undefined,
    premium: number,
  ) {
    this.role = 'hours';
    this.id = hoursVarId(activity, country, timeClass);
    this.activity = activity;
    this.country = country;
    this.cost = cost;
    this.kind = 'continuous';
    this.lower = 0;
    this.upper = Infinity;
    this.impliedUpper = impliedUpper;
    this.quality = quality;
    this.basis = basis;
    this.timeClass = timeClass;
    this.premium = premium;
  }
}

/**
 * The hours variables built so far, by activity, country and hour class, for a command that
 * builds many models of related scenarios (explain: one per rule it lifts): most of their
 * variables are the same, and a model then shares the record (and its id) instead of
 * allocating it again. A record is shared only when every field is equal; records are never
 * changed, so sharing is invisible to every reader.
 */
export class HoursVarRecords {
  private readonly known = new Map<string, Map<string, Map<number, HoursVarRecord>>>();

  record(
    activity: string,
    country: string,
    cost: number,
    impliedUpper: number,
    quality: number,
    basis: LegalBasis,
    timeClass: number | undefined,
    premium: number,
  ): HoursVarRecord {
    let byCountry = this.known.get(activity);
    if (!byCountry) this.known.set(activity, (byCountry = new Map()));
    let byClass = byCountry.get(country);
    if (!byClass) byCountry.set(country, (byClass = new Map()));
    const key = timeClass ?? -1;
    const r = byClass.get(key);
    if (
      r !== undefined &&
      r.cost === cost &&
      r.impliedUpper === impliedUpper &&
      r.quality === quality &&
      r.basis === basis &&
      r.premium === premium
    )
      return r;
    const made = new HoursVarRecord(activity, country, cost, impliedUpper, quality, basis, timeClass, premium);
    byClass.set(key, made);
    return made;
  }
}

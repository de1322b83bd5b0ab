import type { LegalBasis } from '../scenario/residency.js';
import type { HoursVar } from './lp.js';

/**
 * An hours variable as built by buildModel: a class rather than an object literal only for
 * speed. V8 allocates a class instance from its constructor's initial map; the literal, cloned
 * from a boilerplate whose number fields change representation (whole and fractional costs,
 * Infinity bounds), took 28 ms against 21 ms for the 10,195 variables of the 40 × 10 × 168
 * benchmark model, and explain builds one model per scenario rule it lifts. The instance has
 * the fields of HoursVar, in its order, and nothing else (no methods, fields set once in the
 * constructor: `declare` emits no class field): it is plain data to every reader, to JSON and
 * to a worker thread.
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
    id: string,
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
    this.id = id;
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

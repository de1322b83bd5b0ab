/** Traffic and headcount conversions around the queueing formulas. */

/** Relative slack for ratios that should land on whole numbers (14 / 0.7 = 20.000000000000004). */
const SLACK = 1e-9;

/**
 * Offered traffic in Erlangs: A = λ·AHT, with λ the arrival rate.
 * 100 contacts in 1,800 s handled in 180 s each keep 10 agents busy on average.
 */
export function offeredTraffic(volume: number, intervalSeconds: number, ahtSeconds: number): number {
  if (!(volume >= 0) || !(intervalSeconds > 0) || !(ahtSeconds > 0)) {
    throw new RangeError(
      `offeredTraffic: need volume ≥ 0, interval > 0, AHT > 0 (got ${volume}, ${intervalSeconds}, ${ahtSeconds})`,
    );
  }
  return (volume * ahtSeconds) / intervalSeconds;
}

/** Staff to schedule so that `agents` are on the phones after shrinkage: ⌈N / (1 − shrinkage)⌉. */
export function scheduledStaff(agents: number, shrinkage: number): number {
  if (!(shrinkage >= 0 && shrinkage < 1))
    throw new RangeError(`scheduledStaff: shrinkage must be in [0, 1) (got ${shrinkage})`);
  return ceilSlack(agents / (1 - shrinkage));
}

/** Fewest agents whose occupancy A/N stays within the cap: ⌈A / cap⌉. */
export function occupancyFloor(traffic: number, maxOccupancy: number): number {
  if (!(maxOccupancy > 0 && maxOccupancy <= 1))
    throw new RangeError(`occupancyFloor: cap must be in (0, 1] (got ${maxOccupancy})`);
  return ceilSlack(traffic / maxOccupancy);
}

/** ⌈x⌉, forgiving the last bits of floating-point noise above a whole number. */
export function ceilSlack(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= SLACK * Math.max(1, Math.abs(x)) ? r : Math.ceil(x);
}

/** a ≤ b, forgiving floating-point noise (used for caps such as occupancy). */
export function atMost(a: number, b: number): boolean {
  return a <= b + SLACK * Math.max(1, Math.abs(b));
}

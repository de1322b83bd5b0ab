import { UsageError } from '../errors.js';
import type { SetOption } from '../scenario/variants.js';

const FX = /^([A-Z]{3})=([+-]?\d+(?:\.\d+)?)%$/;

/**
 * `roadmap --fx MAD=+10%`: the currency 10% stronger against the scenario's from the first
 * month (its costs weigh 10% more), on top of its drift — the same as
 * `--set horizon.currencies.MAD.shock=0.1` (docs/roadmap.md, "Currencies").
 */
export function fxSets(flags: readonly string[] | undefined): SetOption[] {
  return (flags ?? []).map((text) => {
    const m = FX.exec(text.trim());
    const change = Number(m?.[2]) / 100;
    if (!m || !(change > -0.9) || change > 10)
      throw new UsageError(
        `--fx ${text}: expected a currency and a change above -90%, e.g. --fx MAD=+10% (the dirham 10% stronger against the scenario's currency)`,
      );
    return {
      origin: `--fx ${text}`,
      path: ['horizon', 'currencies', m[1] ?? '', 'shock'],
      value: change,
      raw: String(change),
    };
  });
}

import type { Roadmap } from '../../roadmap/types.js';
import { ONE_OFF_KINDS } from '../../roadmap/types.js';
import type { CountryRef, Ctx } from './model.js';

type OneOffKind = (typeof ONE_OFF_KINDS)[number];

/**
 * The transition section: the roadmap over the contract term (`horizon`), when the annex is
 * given one (the annex command plans it with `bestshore roadmap`'s planner). Headcounts per
 * pool at the first month, each anniversary and the last month; each activity's transfer
 * month; the one-off costs over the term. The internal edition adds the business case (NPV
 * against today's delivery, payback, peak one-off spend).
 */
export type TransitionData = {
  readonly kind: 'transition';
  readonly start: string;
  readonly months: number;
  readonly snapshots: readonly { readonly t: number; readonly label: string }[];
  /** Headcount per pool (a country's provider staff, or the in-house team) at each snapshot. */
  readonly pools: readonly {
    readonly country: CountryRef;
    readonly inHouse: boolean;
    readonly headcount: readonly number[];
    /** Headcount every month, for the chart. */
    readonly monthly: readonly number[];
  }[];
  /** Currencies pools are paid in, other than the scenario's: the rates used (empty: none). */
  readonly rates: readonly {
    readonly currency: string;
    readonly countries: readonly CountryRef[];
    readonly first: number;
    readonly last: number;
    readonly drift: number;
    readonly shock: number;
  }[];
  /** Every month's label, "YYYY-MM". */
  readonly monthLabels: readonly string[];
  readonly transfers: readonly {
    readonly month: string;
    readonly activity: string;
    readonly country: CountryRef;
    readonly inHouse: boolean;
    readonly kind: 'starts' | 'ends';
  }[];
  /** Undiscounted one-off costs over the term, by kind, and their total. */
  readonly oneOff: Readonly<Record<OneOffKind, number>> & { readonly total: number };
  readonly business:
    | {
        readonly npv: number;
        readonly asIsNpv: number | undefined;
        readonly saving: number | undefined;
        readonly payback: string | undefined;
        readonly peak: { readonly month: string; readonly amount: number };
        /** Cumulative cash saving against today's delivery, month by month (undefined: no comparison). */
        readonly cumulativeSaving: readonly number[] | undefined;
      }
    | undefined;
};

const IN_HOUSE = 'in-house';

/** Month 1, every twelfth month after it, and the last. */
function snapshotMonths(r: Roadmap): { t: number; label: string }[] {
  return r.path.months
    .filter((m) => m.t === 1 || (m.t - 1) % 12 === 0 || m.t === r.months)
    .map((m) => ({ t: m.t, label: m.label }));
}

export function transitionData(
  roadmap: Roadmap | undefined,
  { ref, edition, scenario }: Ctx,
): TransitionData | undefined {
  if (!roadmap) return undefined;
  const snapshots = snapshotMonths(roadmap);
  const poolKeys = [
    ...new Set(
      roadmap.path.months.flatMap((m) =>
        m.staff.filter((s) => s.headcount > 1e-6).map((s) => `${s.pool}\u0000${s.country}`),
      ),
    ),
  ];
  const pools = poolKeys.map((key) => {
    const [pool = '', country = ''] = key.split('\u0000');
    const monthly = roadmap.path.months.map((m) =>
      m.staff.filter((s) => s.pool === pool && s.country === country).reduce((n, s) => n + s.headcount, 0),
    );
    const headcount = snapshots.map(({ t }) => monthly[t - 1] ?? 0);
    return { country: ref(country), inHouse: pool === IN_HOUSE, headcount, monthly };
  });
  const label = (id: string): string => scenario.activities.find((a) => a.id === id)?.label ?? id;
  const transfers = roadmap.transfers.map((x) => ({
    month: x.month,
    activity: label(x.activity),
    country: ref(x.country),
    inHouse: x.pool === IN_HOUSE,
    kind: x.kind,
  }));
  const over = (k: OneOffKind): number => roadmap.path.months.reduce((t, m) => t + m.cost[k], 0);
  const oneOff = {
    hiring: over('hiring'),
    transfer: over('transfer'),
    opening: over('opening'),
    exit: over('exit'),
    release: over('release'),
  };
  const total = ONE_OFF_KINDS.reduce((t, k) => t + oneOff[k], 0);
  return {
    kind: 'transition',
    start: roadmap.start,
    months: roadmap.months,
    snapshots,
    pools,
    monthLabels: roadmap.path.months.map((m) => m.label),
    rates: roadmap.exchangeRates.map((x) => ({
      currency: x.currency,
      // The in-house team is paid in its country's currency too: named by its country.
      countries: [
        ...new Set(
          x.pools.map((p) =>
            p === IN_HOUSE ? (roadmap.path.months[0]?.staff.find((s) => s.pool === p)?.country ?? p) : p,
          ),
        ),
      ].map(ref),
      first: x.first,
      last: x.last,
      drift: x.drift,
      shock: x.shock,
    })),
    transfers,
    oneOff: { ...oneOff, total },
    business:
      edition === 'internal'
        ? {
            npv: roadmap.path.npv,
            asIsNpv: roadmap.asIs.available ? roadmap.asIs.path.npv : undefined,
            saving: roadmap.saving,
            payback: roadmap.payback?.month,
            peak: { month: roadmap.peakOneOff.month, amount: roadmap.peakOneOff.amount },
            cumulativeSaving: roadmap.asIs.available
              ? (() => {
                  const asIs = roadmap.asIs.path.cumulative;
                  return roadmap.path.cumulative.map((c, i) => (asIs[i] ?? 0) - c);
                })()
              : undefined,
          }
        : undefined,
  };
}

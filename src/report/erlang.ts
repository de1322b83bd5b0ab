import { Chalk } from 'chalk';
import type { QueueMetrics, ServiceLevelTarget, TargetName } from '../erlang/index.js';
import { num, percent, round, type Locale } from './format.js';
import { erlangWords, type ErlangWords } from './i18n/erlang.js';
import { plainTable } from './plainTable.js';
import { fitProse } from '../text/fitWidth.js';
import { jsonDocument } from './jsonDocument.js';

/** What `bestshore erlang` worked out, ready to render. */
export type ErlangReport = {
  readonly inputs: {
    readonly volume: number;
    readonly intervalMinutes: number;
    readonly ahtSeconds: number;
    readonly serviceLevel?: ServiceLevelTarget;
    readonly maxAsaSeconds?: number;
    readonly maxPWait?: number;
    readonly maxOccupancy: number;
    readonly shrinkage: number;
    readonly patienceSeconds?: number;
    readonly agents?: number;
  };
  /** 'needed': the smallest staffing meeting the targets; 'given': the staffing of --agents. */
  readonly mode: 'needed' | 'given';
  /** No --sl, --asa or --pwait: the 80/20 default applied. */
  readonly defaultTarget: boolean;
  /** Threshold of the reported service level, seconds. */
  readonly withinSeconds: number;
  readonly metrics: QueueMetrics;
  readonly scheduled: number;
  /** needed: targets missed with one agent fewer; given: targets missed by this staffing. */
  readonly targets: readonly TargetName[];
  /** needed: the staffing with one agent fewer. */
  readonly below?: QueueMetrics;
};

/** For a person: one row per measure, with what it is measured against, in the reader's language and number style. */
export function renderErlangTable(
  r: ErlangReport,
  opts: { readonly color: boolean; readonly width?: number; readonly locale?: Locale },
): string {
  const locale = opts.locale ?? 'en';
  const w = erlangWords(locale);
  const n = (x: number, d: number): string => num(x, d, locale);
  const seconds = (s: number): string => (s === Infinity ? '∞' : `${n(s, 1)} s`);
  const pct = (share: number): string => percent(share, locale, 1);
  /** An input share as typed: 80%, 85%, 2.5% (no trailing zeros); 80 %, 2,5 % in French. */
  const inputPct = (share: number): string =>
    locale === 'fr' ? `${String(round(share * 100, 4)).replace('.', ',')} %` : `${round(share * 100, 4)}%`;
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const { inputs: i, metrics: m } = r;
  const meets = (t: TargetName): string =>
    r.mode === 'given' ? (r.targets.includes(t) ? c.red(w.missed) : c.green(w.met)) : '';
  const rows: [string, string, string][] = [];
  if (r.mode === 'needed') rows.push([w.agentsNeeded, n(m.agents, 0), neededNote(r, w, n, seconds, pct)]);
  else rows.push([w.agents, n(m.agents, 0), w.given]);
  const slTarget =
    i.serviceLevel === undefined
      ? ''
      : `${w.slTarget(inputPct(i.serviceLevel.share), r.defaultTarget)}${meets('service_level')}`;
  rows.push([
    w.serviceLevel,
    pct(m.serviceLevel(r.withinSeconds)),
    `${w.answeredWithin(n(r.withinSeconds, 0))}${slTarget}`,
  ]);
  rows.push([
    w.pWait,
    pct(m.pWait),
    `${w.queue}${i.maxPWait === undefined ? '' : `${w.atMost(inputPct(i.maxPWait))}${meets('p_wait')}`}`,
  ]);
  if (m.model === 'erlang-a') rows.push([w.pAbandon, pct(m.pAbandon), w.hangUp(n(i.patienceSeconds ?? 0, 0))]);
  rows.push([
    w.asa,
    seconds(m.asa),
    `${w.meanWait}${i.maxAsaSeconds === undefined ? '' : `${w.atMost(`${locale === 'fr' ? String(round(i.maxAsaSeconds, 3)).replace('.', ',') : round(i.maxAsaSeconds, 3)} s`)}${meets('asa')}`}`,
  ]);
  rows.push([w.occupancy, pct(m.occupancy), `${w.cap(inputPct(i.maxOccupancy))}${meets('occupancy')}`]);
  rows.push([w.scheduled, n(r.scheduled, 0), w.shrinkage(inputPct(i.shrinkage))]);

  const table = plainTable(
    w.head.map((h) => c.bold(h)),
    rows,
    ['left', 'right', 'left'],
    opts.width === undefined ? undefined : { width: opts.width, keep: 2 },
  );
  const model = m.model === 'erlang-a' ? w.erlangA(n(i.patienceSeconds ?? 0, 0)) : w.erlangC;
  const traffic = w.traffic(n(i.volume, 0), n(i.intervalMinutes, 0), n(i.ahtSeconds, 0), n(m.traffic, 2));
  const lines = [
    c.bold(`${model} — ${r.mode === 'needed' ? w.titleNeeded : w.titleGiven(n(m.agents, 0))}`),
    traffic,
    '',
    table,
  ];
  if (!m.stable) lines.push('', c.red(w.unstable(m.agents, n(m.traffic, 2))));
  return fitProse(`${lines.join('\n')}\n`, opts.width);
}

function neededNote(
  r: ErlangReport,
  w: ErlangWords,
  n: (x: number, d: number) => string,
  seconds: (s: number) => string,
  pct: (share: number) => string,
): string {
  if (r.metrics.agents === 0) return w.noTraffic;
  const by = r.targets.map((t) => w.target[t]).join(w.and);
  if (by === '') return w.smallestStable;
  const below = r.below;
  if (below === undefined) return w.setBy(by);
  const fewer =
    r.targets.includes('service_level') && below.stable
      ? w.reach(n(below.agents, 0), pct(below.serviceLevel(r.withinSeconds)))
      : r.targets.includes('asa') && below.stable
        ? w.giveAsa(n(below.agents, 0), seconds(below.asa))
        : r.targets.includes('p_wait') && below.stable
          ? w.givePWait(n(below.agents, 0), pct(below.pWait))
          : '';
  return `${w.setBy(by)}${fewer}`;
}

/** For machines: stable field names, probabilities to 6 places, seconds to 3. */
export function erlangJson(r: ErlangReport): Record<string, unknown> {
  const { inputs: i, metrics: m } = r;
  const p = (x: number): number => round(x, 6);
  return {
    model: m.model,
    mode: r.mode,
    inputs: {
      volume: i.volume,
      interval_minutes: i.intervalMinutes,
      aht_seconds: i.ahtSeconds,
      service_level_target:
        i.serviceLevel === undefined
          ? null
          : { share: i.serviceLevel.share, within_seconds: i.serviceLevel.withinSeconds },
      asa_target_seconds: i.maxAsaSeconds ?? null,
      p_wait_target: i.maxPWait ?? null,
      occupancy_max: i.maxOccupancy,
      shrinkage: i.shrinkage,
      patience_seconds: i.patienceSeconds ?? null,
      agents: i.agents ?? null,
    },
    traffic_erlangs: p(m.traffic),
    agents: m.agents,
    service_level: p(m.serviceLevel(r.withinSeconds)),
    service_level_seconds: r.withinSeconds,
    p_wait: p(m.pWait),
    ...(m.model === 'erlang-a' ? { p_abandon: p(m.pAbandon) } : {}),
    asa: Number.isFinite(m.asa) ? round(m.asa, 3) : null,
    occupancy: p(m.occupancy),
    scheduled: r.scheduled,
    stable: m.stable,
    ...(r.mode === 'needed' ? { binding: r.targets } : { missed: r.targets }),
  };
}

export const renderErlangJson = (r: ErlangReport): string => jsonDocument(erlangJson(r));

import { Chalk } from 'chalk';
import type { QueueMetrics, ServiceLevelTarget, TargetName } from '../erlang/index.js';
import { num, percent, round } from './format.js';
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

const TARGET_WORDS: Record<TargetName, string> = {
  service_level: 'the service level',
  asa: 'the ASA target',
  p_wait: 'the P(wait) target',
  occupancy: 'the occupancy cap',
};

const seconds = (s: number): string => (s === Infinity ? '∞' : `${num(s, 1)} s`);
const pct = (share: number): string => percent(share, 'en', 1);
/** An input share as typed: 80%, 85%, 2.5% (no trailing zeros). */
const inputPct = (share: number): string => `${round(share * 100, 4)}%`;

/** For a person: one row per measure, with what it is measured against. */
export function renderErlangTable(r: ErlangReport, opts: { readonly color: boolean; readonly width?: number }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const { inputs: i, metrics: m } = r;
  const meets = (t: TargetName): string =>
    r.mode === 'given' ? (r.targets.includes(t) ? c.red(' — missed') : c.green(' — met')) : '';
  const rows: [string, string, string][] = [];
  if (r.mode === 'needed') rows.push(['Agents needed', num(m.agents, 0), neededNote(r)]);
  else rows.push(['Agents', num(m.agents, 0), 'given']);
  const slTarget =
    i.serviceLevel === undefined
      ? ''
      : `; target ${inputPct(i.serviceLevel.share)}${r.defaultTarget ? ' (default)' : ''}${meets('service_level')}`;
  rows.push([
    'Service level',
    pct(m.serviceLevel(r.withinSeconds)),
    `answered within ${num(r.withinSeconds, 0)} s${slTarget}`,
  ]);
  rows.push([
    'P(wait)',
    pct(m.pWait),
    `contacts that queue${i.maxPWait === undefined ? '' : `; target ≤ ${inputPct(i.maxPWait)}${meets('p_wait')}`}`,
  ]);
  if (m.model === 'erlang-a')
    rows.push(['P(abandon)', pct(m.pAbandon), `hang up after ${num(i.patienceSeconds ?? 0, 0)} s on average`]);
  rows.push([
    'ASA',
    seconds(m.asa),
    `mean wait of answered contacts${i.maxAsaSeconds === undefined ? '' : `; target ≤ ${round(i.maxAsaSeconds, 3)} s${meets('asa')}`}`,
  ]);
  rows.push(['Occupancy', pct(m.occupancy), `cap ${inputPct(i.maxOccupancy)}${meets('occupancy')}`]);
  rows.push(['Scheduled staff', num(r.scheduled, 0), `${inputPct(i.shrinkage)} shrinkage`]);

  const table = plainTable(
    ['Measure', 'Value', 'Note'].map((h) => c.bold(h)),
    rows,
    ['left', 'right', 'left'],
    opts.width === undefined ? undefined : { width: opts.width, keep: 2 },
  );
  const model =
    m.model === 'erlang-a'
      ? `Erlang A (callers hang up after ${num(i.patienceSeconds ?? 0, 0)} s on average)`
      : 'Erlang C (nobody hangs up)';
  const traffic = `${num(i.volume, 0)} contacts per ${num(i.intervalMinutes, 0)} min × AHT ${num(i.ahtSeconds, 0)} s = ${num(m.traffic, 2)} Erlangs`;
  const lines = [
    c.bold(`${model} — ${r.mode === 'needed' ? 'agents needed' : `${num(m.agents, 0)} agents`}`),
    traffic,
    '',
    table,
  ];
  if (!m.stable)
    lines.push(
      '',
      c.red(
        `Unstable: ${m.agents} agents for ${num(m.traffic, 2)} Erlangs — every contact waits and the queue grows without bound.`,
      ),
    );
  return fitProse(`${lines.join('\n')}\n`, opts.width);
}

function neededNote(r: ErlangReport): string {
  if (r.metrics.agents === 0) return 'no traffic';
  const by = r.targets.map((t) => TARGET_WORDS[t]).join(' and ');
  if (by === '') return 'the smallest stable staffing';
  const below = r.below;
  if (below === undefined) return `set by ${by}`;
  const fewer =
    r.targets.includes('service_level') && below.stable
      ? `: ${num(below.agents, 0)} reach ${pct(below.serviceLevel(r.withinSeconds))}`
      : r.targets.includes('asa') && below.stable
        ? `: ${num(below.agents, 0)} give ASA ${seconds(below.asa)}`
        : r.targets.includes('p_wait') && below.stable
          ? `: ${num(below.agents, 0)} give P(wait) ${pct(below.pWait)}`
          : '';
  return `set by ${by}${fewer}`;
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

import {
  agentsNeeded,
  MAX_AGENTS,
  MAX_SECONDS,
  MAX_TRAFFIC_ERLANGS,
  missedTargets,
  offeredTraffic,
  parseServiceLevel,
  queueMetrics,
  scheduledStaff,
  type Queue,
  type StaffingTargets,
} from '../../erlang/index.js';
import { EXIT, UsageError, type ExitCode } from '../../errors.js';
import { renderErlangJson, renderErlangTable, type ErlangReport } from '../../report/erlang.js';
import { localeOf } from '../locale.js';
import type { Io } from '../io.js';
import type { ErlangOptions } from '../options.js';
import { widthOf } from '../width.js';

const DEFAULT_SL = '80/20';
/** Contacts per interval and the interval's length (a day), bounded like every input (docs/cli.md#erlang). */
export const MAX_VOLUME = 10_000_000;
export const MAX_INTERVAL_MINUTES = 1440;
/** The upper bound of an option: its value and what it counts. */
type Max = readonly [value: number, unit: string];
const DAY: Max = [MAX_SECONDS, 'seconds (one day)'];

/**
 * `bestshore erlang`: agents needed for a contact volume (or, with --agents, what a given
 * staffing achieves), by Erlang C, or Erlang A when callers' patience is given.
 */
export async function erlangCommand(opts: ErlangOptions, io: Io): Promise<ExitCode> {
  const report = erlangReport(opts);
  io.out(
    opts.format === 'json'
      ? renderErlangJson(report)
      : renderErlangTable(report, { color: io.color, locale: localeOf(opts.locale, io), ...widthOf(io.width) }),
  );
  return EXIT.ok;
}

/** Reads and checks the options, then computes; every bad input is a UsageError naming its option. */
export function erlangReport(opts: ErlangOptions): ErlangReport {
  const volume = numberOption(
    '--volume',
    required('--volume', opts.volume, 'contacts offered per interval'),
    (v) => v >= 0,
    'a number of contacts ≥ 0',
    [MAX_VOLUME, 'contacts per interval'],
  );
  const intervalMinutes = numberOption('--interval', opts.interval, (v) => v > 0, 'a number of minutes above 0', [
    MAX_INTERVAL_MINUTES,
    'minutes (one day)',
  ]);
  const ahtSeconds = numberOption(
    '--aht',
    required('--aht', opts.aht, 'average handling time in seconds'),
    (v) => v > 0,
    'a number of seconds above 0',
    DAY,
  );
  const maxOccupancy = numberOption(
    '--occupancy-max',
    opts.occupancyMax,
    (v) => v > 0 && v <= 1,
    'a share above 0 and at most 1, e.g. 0.85',
  );
  const shrinkage = numberOption(
    '--shrinkage',
    opts.shrinkage,
    (v) => v >= 0 && v < 1,
    'a share from 0 up to (not including) 1, e.g. 0.3',
  );
  const patienceSeconds = optional('--patience', opts.patience, (v) => v > 0, 'a number of seconds above 0', DAY);
  const maxAsaSeconds = optional('--asa', opts.asa, (v) => v >= 0, 'a number of seconds ≥ 0', DAY);
  const maxPWait = optional('--pwait', opts.pwait, (v) => v >= 0 && v <= 1, 'a share from 0 to 1, e.g. 0.1');
  const agents = optional(
    '--agents',
    opts.agents,
    (v) => Number.isInteger(v) && v >= 1,
    'a whole number of agents ≥ 1',
    [MAX_AGENTS, 'agents'],
  );
  const defaultTarget = opts.sl === undefined && maxAsaSeconds === undefined && maxPWait === undefined;
  const slText = opts.sl ?? (defaultTarget ? DEFAULT_SL : undefined);
  const serviceLevel = slText === undefined ? undefined : serviceLevelOption(slText);

  const traffic = offeredTraffic(volume, intervalMinutes * 60, ahtSeconds);
  if (traffic > MAX_TRAFFIC_ERLANGS) {
    throw new UsageError(
      `--volume ${opts.volume ?? ''} per ${intervalMinutes} min × --aht ${ahtSeconds} s is ${Math.round(traffic)} Erlangs; the limit is ${MAX_TRAFFIC_ERLANGS} (a queue of more than ${MAX_TRAFFIC_ERLANGS} agents at once): split the volume over several queues or intervals`,
    );
  }
  const queue: Queue =
    patienceSeconds === undefined ? { traffic, ahtSeconds } : { traffic, ahtSeconds, patienceSeconds };
  const targets: StaffingTargets = {
    ...(serviceLevel === undefined ? {} : { serviceLevel }),
    ...(maxAsaSeconds === undefined ? {} : { maxAsaSeconds }),
    ...(maxPWait === undefined ? {} : { maxPWait }),
    maxOccupancy,
  };
  const inputs = {
    volume,
    intervalMinutes,
    ahtSeconds,
    maxOccupancy,
    shrinkage,
    ...targets,
    ...(patienceSeconds === undefined ? {} : { patienceSeconds }),
    ...(agents === undefined ? {} : { agents }),
  };
  const withinSeconds = serviceLevel?.withinSeconds ?? 20;
  const common = { inputs, defaultTarget, withinSeconds };

  if (agents !== undefined) {
    const metrics = queueMetrics(queue, agents);
    return {
      ...common,
      mode: 'given',
      metrics,
      scheduled: scheduledStaff(agents, shrinkage),
      targets: missedTargets(metrics, targets),
    };
  }
  const result = agentsNeeded(queue, targets);
  if (result.status === 'unreachable') {
    const option = {
      service_level: `--sl ${slText ?? ''}`,
      asa: `--asa ${opts.asa ?? ''}`,
      p_wait: `--pwait ${opts.pwait ?? ''}`,
      occupancy: `--occupancy-max ${opts.occupancyMax}`,
    }[result.target];
    throw new UsageError(`${option.trim()} is unreachable: ${result.reason}`);
  }
  return {
    ...common,
    mode: 'needed',
    metrics: result.metrics,
    scheduled: scheduledStaff(result.agents, shrinkage),
    targets: result.binding,
    ...(result.below === undefined ? {} : { below: result.below }),
  };
}

function required(flag: string, value: string | undefined, what: string): string {
  if (value === undefined) throw new UsageError(`${flag} is required (${what})`);
  return value;
}

function numberOption(flag: string, text: string, ok: (v: number) => boolean, expected: string, max?: Max): number {
  const v = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(v) || !ok(v)) throw new UsageError(`${flag}: expected ${expected}, got "${text}"`);
  if (max !== undefined && v > max[0])
    throw new UsageError(`${flag}: expected at most ${max[0]} ${max[1]}, got "${text}"`);
  return v;
}

function optional(
  flag: string,
  text: string | undefined,
  ok: (v: number) => boolean,
  expected: string,
  max?: Max,
): number | undefined {
  return text === undefined ? undefined : numberOption(flag, text, ok, expected, max);
}

function serviceLevelOption(text: string): NonNullable<StaffingTargets['serviceLevel']> {
  const parsed = parseServiceLevel(text);
  if (!parsed.ok) throw new UsageError(`--sl: ${parsed.reason}`);
  return parsed.value;
}

import { Chalk } from 'chalk';
import type { Roadmap, RoadmapOutcome, RuleCost } from '../../roadmap/types.js';
import { terminalText as t } from '../../text/escape.js';
import { money, num as numRaw, percent, type Locale } from '../format.js';

/** A figure without a "-0" for what rounds to nothing. */
const num = (v: number, decimals: number, locale: Locale): string =>
  numRaw(Math.abs(v) < 0.5 * 10 ** -decimals ? 0 : v, decimals, locale);
import { plainTable } from '../plainTable.js';
import type { RoadmapRenderOptions } from './registry.js';
import { cumulativeSaving, poolFte, poolsOf, sparkline, thin } from './series.js';

/** Months shown in full in the month table; a longer horizon shows every third month and each month with a transfer. */
const FULL_TABLE_MONTHS = 36;

function monthTable(r: Roadmap, locale: Locale, width: number | undefined): string {
  const pools = poolsOf(r);
  const saving = cumulativeSaving(r);
  const events = new Set(r.transfers.map((x) => x.t));
  const shown = r.path.months.filter(
    (m) => r.months <= FULL_TABLE_MONTHS || (m.t - 1) % 3 === 0 || events.has(m.t) || m.t === r.months,
  );
  const head = [
    'Month',
    ...pools.map((p) => `FTE ${p}`),
    'Hires',
    'One-off',
    'Cost',
    ...(saving ? ['Cum. saving'] : []),
  ];
  const rows = shown.map((m) =>
    [
      m.label,
      ...pools.map((p) => num(poolFte(m, p), 1, locale)),
      num(
        m.staff.reduce((s, x) => s + x.hires, 0),
        1,
        locale,
      ),
      num(m.oneOff, 0, locale),
      num(m.total, 0, locale),
      ...(saving ? [num(saving[m.t - 1] ?? 0, 0, locale)] : []),
    ].map(t),
  );
  const note =
    shown.length < r.path.months.length
      ? `\n(every third month and each month with a transfer; --format csv gives all ${r.months})`
      : '';
  return (
    plainTable(
      head.map(t),
      rows,
      head.map((_, i) => (i === 0 ? 'left' : 'right')),
      width === undefined ? undefined : { width },
    ) + note
  );
}

function headline(r: Roadmap, locale: Locale): string[] {
  const cur = t(r.currency);
  const lines = [
    `NPV of the roadmap: ${money(r.path.npv, cur, locale)} over ${r.months} months from ${r.start} (discount ${percent(r.discountRate, locale)} a year)`,
  ];
  if (r.asIs.available) {
    lines.push(
      `NPV of today's delivery continued: ${money(r.asIs.path.npv, cur, locale)}; ${(r.saving ?? 0) >= 0 ? 'saving' : 'extra cost'}: ${money(Math.abs(r.saving ?? 0), cur, locale)}`,
    );
    lines.push(
      r.payback
        ? `Payback: ${r.payback.month} (month ${r.payback.t}), from when the cumulative cash saving stays positive`
        : 'Payback: not within the horizon',
    );
  } else {
    lines.push(`No comparison with today's delivery: ${t(r.asIs.why)}`);
  }
  lines.push(
    `Peak one-off spend: ${money(r.peakOneOff.amount, cur, locale)} in ${r.peakOneOff.month}; one-off in all: ${money(
      r.path.months.reduce((s, m) => s + m.oneOff, 0),
      cur,
      locale,
    )}`,
  );
  return lines;
}

/** The rates each foreign-currency pool's costs were converted at (none: nothing said). */
function rateLines(r: Roadmap, locale: Locale): string[] {
  return r.exchangeRates.map((x) => {
    const moves = [
      x.shock === 0 ? '' : `shock ${x.shock > 0 ? '+' : ''}${percent(x.shock, locale)}`,
      x.drift === 0 ? '' : `drift ${x.drift > 0 ? '+' : ''}${percent(x.drift, locale)} a year`,
    ].filter((m) => m !== '');
    return `Exchange rate ${t(x.currency)} (${x.pools.map(t).join(', ')}): ${num(x.rate, 4, locale)} = 1 ${t(r.currency)} as written; used ${num(x.first, 4, locale)} in ${r.start} → ${num(x.last, 4, locale)} in the last month${moves.length > 0 ? ` (${moves.join(', ')})` : ''}; amounts in ${t(r.currency)}`;
  });
}

function trajectories(r: Roadmap, locale: Locale): string[] {
  const pools = poolsOf(r);
  const pad = Math.max(...pools.map((p) => p.length), 4);
  const lines = pools.map((p) => {
    const series = r.path.months.map((m) => poolFte(m, p));
    return `${t(p).padEnd(pad)}  ${sparkline(thin(series, 60))}  ${num(series[0] ?? 0, 1, locale)} → ${num(series.at(-1) ?? 0, 1, locale)} FTE`;
  });
  const saving = cumulativeSaving(r);
  if (saving)
    lines.push(
      `${'cash'.padEnd(pad)}  ${sparkline(thin(saving, 60))}  cumulative saving against as-is, ${num(saving.at(-1) ?? 0, 0, locale)} ${t(r.currency)} at the end`,
    );
  return lines;
}

/** "the hiring limit of 15 a month in MA", "no release in the in-house team". */
function ruleWords(c: RuleCost): string {
  const where = c.pool === 'in-house' ? 'the in-house team' : t(c.pool);
  switch (c.rule) {
    case 'hiring_per_month':
      return `the hiring limit of ${t(c.written)} in ${where}`;
    case 'lead_months':
      return `the lead time of ${t(c.written)} in ${where}`;
    case 'ramp':
      return `the ramp-up (${t(c.written)}) in ${where}`;
    case 'can_release':
      return `${t(c.written).replace('no release', `no release in ${where}`)}`;
  }
}

function ruleCostLines(r: Roadmap, locale: Locale): string[] {
  const costs = r.ruleCosts;
  if (costs === undefined) return [];
  const lines = costs.map((c) => {
    const delay =
      c.paybackDelay === undefined || c.paybackDelay === 0
        ? ''
        : c.paybackDelay > 0
          ? ` delays payback by ${c.paybackDelay} month${c.paybackDelay === 1 ? '' : 's'} and`
          : ` brings payback ${-c.paybackDelay} month${c.paybackDelay === -1 ? '' : 's'} forward and`;
    return `- ${ruleWords(c)}${delay} costs ${money(Math.max(0, c.npv), t(r.currency), locale)} NPV`;
  });
  return [
    '',
    'What the transition terms cost (each lifted in turn)',
    ...(lines.length > 0 ? lines : ['- no hiring limit, lead time, ramp-up or release ban in the horizon']),
  ];
}

function transferLines(r: Roadmap): string[] {
  if (r.transfers.length === 0) return ['No transfer: every activity stays where it is delivered today.'];
  return r.transfers.map(
    (x) => `${x.month}  ${t(x.activity)} ${x.kind === 'starts' ? 'starts in' : 'leaves'} ${t(x.pool)}`,
  );
}

/** The roadmap for a terminal: headline answers, FTE per pool and cash sparklines, the month table, transfers, approximations, proof. */
export function renderRoadmapTable(o: RoadmapOutcome, { color, locale, width }: RoadmapRenderOptions): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  if (o.status === 'infeasible') {
    return `${c.bold(`${t(o.name)} — no roadmap`)}\n\n${o.findings.map((f) => `- ${t(f)}`).join('\n')}\n`;
  }
  const proof =
    o.certificate.kind === 'none'
      ? 'not proven optimal'
      : `proven optimal (gap ${(o.certificate.gap * 100).toFixed(4)}%)`;
  return [
    c.bold(`${t(o.name)} — roadmap ${o.start}, ${o.months} months — ${o.status}`),
    '',
    ...headline(o, locale),
    ...rateLines(o, locale),
    '',
    c.bold('FTE per pool and cumulative cash'),
    ...trajectories(o, locale),
    '',
    c.bold(`Month by month (${t(o.currency)})`),
    monthTable(o, locale, width),
    '',
    c.bold('Transfers'),
    ...transferLines(o),
    ...ruleCostLines(o, locale).map((l, i) => (i === 1 ? c.bold(l) : l)),
    '',
    c.bold('Approximations'),
    ...o.approximations.map((a) => `- ${t(a)}`),
    '',
    `${o.status === 'optimal' ? 'Optimal' : 'Feasible'}: ${proof}, every month verified against every rule, staff flows and NPV recomputed (engine: ${t(o.engine)}; ${num(o.model.vars, 0, 'en')} variables, ${num(o.model.rows, 0, 'en')} rows, ${num(o.model.integers, 0, 'en')} integer).`,
    '',
  ].join('\n');
}

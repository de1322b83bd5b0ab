import { Chalk } from 'chalk';
import type { Roadmap, RoadmapOutcome, RuleCost } from '../../roadmap/types.js';
import { terminalText as t } from '../../text/escape.js';
import { money, num as numRaw, percent, type Locale } from '../format.js';
import { roadmapWords, type RoadmapWords } from '../i18n/roadmap.js';

/** A figure without a "-0" for what rounds to nothing. */
const num = (v: number, decimals: number, locale: Locale): string =>
  numRaw(Math.abs(v) < 0.5 * 10 ** -decimals ? 0 : v, decimals, locale);
import { plainTable } from '../plainTable.js';
import { displayWidth, fitProse } from '../../text/fitWidth.js';
import type { RoadmapRenderOptions } from './registry.js';
import { cumulativeSaving, poolFte, poolsOf, sparkline, thin } from './series.js';

/** Months shown in full in the month table; a longer horizon shows every third month and each month with a transfer. */
const FULL_TABLE_MONTHS = 36;

function monthTable(r: Roadmap, locale: Locale, width: number | undefined, w: RoadmapWords): string {
  const pools = poolsOf(r);
  const saving = cumulativeSaving(r);
  const events = new Set(r.transfers.map((x) => x.t));
  const shown = r.path.months.filter(
    (m) => r.months <= FULL_TABLE_MONTHS || (m.t - 1) % 3 === 0 || events.has(m.t) || m.t === r.months,
  );
  const head = [
    w.month,
    ...pools.map((p) => w.ftePool(p)),
    w.hires,
    w.oneOff,
    w.cost,
    ...(saving ? [w.cumSaving] : []),
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
  const note = shown.length < r.path.months.length ? `\n${w.everyThird(r.months)}` : '';
  return (
    plainTable(
      head.map(t),
      rows,
      head.map((_, i) => (i === 0 ? 'left' : 'right')),
      width === undefined ? undefined : { width },
    ) + note
  );
}

function headline(r: Roadmap, locale: Locale, w: RoadmapWords): string[] {
  const cur = t(r.currency);
  const lines = [w.npv(money(r.path.npv, cur, locale), r.months, r.start, percent(r.discountRate, locale))];
  if (r.asIs.available) {
    lines.push(
      w.asIs(money(r.asIs.path.npv, cur, locale), (r.saving ?? 0) >= 0, money(Math.abs(r.saving ?? 0), cur, locale)),
    );
    lines.push(r.payback ? w.payback(r.payback.month, r.payback.t) : w.noPayback);
  } else {
    lines.push(w.noAsIs(t(r.asIs.why)));
  }
  lines.push(
    w.peak(
      money(r.peakOneOff.amount, cur, locale),
      r.peakOneOff.month,
      money(
        r.path.months.reduce((s, m) => s + m.oneOff, 0),
        cur,
        locale,
      ),
    ),
  );
  return lines;
}

/** The rates each foreign-currency pool's costs were converted at (none: nothing said). */
function rateLines(r: Roadmap, locale: Locale, w: RoadmapWords): string[] {
  return r.exchangeRates.map((x) => {
    const moves = [
      x.shock === 0 ? '' : w.shock(`${x.shock > 0 ? '+' : ''}${percent(x.shock, locale)}`),
      x.drift === 0 ? '' : w.drift(`${x.drift > 0 ? '+' : ''}${percent(x.drift, locale)}`),
    ].filter((m) => m !== '');
    const rate = w.rate(
      t(x.currency),
      x.pools.map(t).join(', '),
      num(x.rate, 4, locale),
      t(r.currency),
      r.start,
      num(x.first, 4, locale),
      num(x.last, 4, locale),
    );
    return `${rate}${moves.length > 0 ? ` (${moves.join(', ')})` : ''}${locale === 'fr' ? '\u00a0' : ''}; ${w.amountsIn(t(r.currency))}`;
  });
}

/** Most bars a sparkline has; fewest it keeps before its figures go under it (a narrow terminal). */
const MOST_BARS = 60;
const FEWEST_BARS = 12;

function trajectories(r: Roadmap, locale: Locale, w: RoadmapWords, width: number | undefined): string[] {
  const pools = poolsOf(r);
  const pad = Math.max(...pools.map((p) => p.length), w.cash.length);
  // A sparkline thinned to the room left beside its name and figures, or the figures on the next line.
  const line = (name: string, series: readonly number[], figures: string): string[] => {
    const room = width === undefined ? MOST_BARS : width - pad - 4 - displayWidth(figures);
    const bars = (n: number) => sparkline(thin(series, Math.min(MOST_BARS, n)));
    if (room >= FEWEST_BARS) return [`${name.padEnd(pad)}  ${bars(room)}  ${figures}`];
    const alone = width === undefined ? MOST_BARS : width - pad - 2;
    return [`${name.padEnd(pad)}  ${bars(alone)}`, `${' '.repeat(pad + 2)}${figures}`];
  };
  const lines = pools.flatMap((p) => {
    const series = r.path.months.map((m) => poolFte(m, p));
    return line(t(p), series, `${num(series[0] ?? 0, 1, locale)} → ${num(series.at(-1) ?? 0, 1, locale)} ${w.fte}`);
  });
  const saving = cumulativeSaving(r);
  if (saving) lines.push(...line(w.cash, saving, w.cashLine(num(saving.at(-1) ?? 0, 0, locale), t(r.currency))));
  return lines;
}

/** "the hiring limit of 15 a month in MA", "no release in the in-house team". */
function ruleWords(c: RuleCost, w: RoadmapWords): string {
  const where = w.inPool(c.pool === 'in-house' ? undefined : t(c.pool));
  return w.rule[c.rule](w.written(t(c.written)), where);
}

function ruleCostLines(r: Roadmap, locale: Locale, w: RoadmapWords): string[] {
  const costs = r.ruleCosts;
  if (costs === undefined) return [];
  const lines = costs.map((c) => {
    const delay =
      c.paybackDelay === undefined || c.paybackDelay === 0
        ? ''
        : c.paybackDelay > 0
          ? w.delays(c.paybackDelay)
          : w.brings(-c.paybackDelay);
    return w.costs(ruleWords(c, w), delay, money(Math.max(0, c.npv), t(r.currency), locale));
  });
  return ['', w.termsTitle, ...(lines.length > 0 ? lines : [w.noTerms])];
}

function transferLines(r: Roadmap, w: RoadmapWords): string[] {
  if (r.transfers.length === 0) return [w.noTransfer];
  return r.transfers.map((x) => w.transfer(x.month, t(x.activity), x.kind === 'starts', t(x.pool)));
}

/** The roadmap for a terminal: headline answers, FTE per pool and cash sparklines, the month table, transfers, approximations, proof. */
export function renderRoadmapTable(o: RoadmapOutcome, { color, locale, width }: RoadmapRenderOptions): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = roadmapWords(locale);
  if (o.status === 'infeasible') {
    return fitProse(
      `${c.bold(w.noRoadmap(t(o.name)))}\n\n${o.findings.map((f) => `- ${t(w.finding(f))}`).join('\n')}\n`,
      width,
    );
  }
  const proof =
    o.certificate.kind === 'none'
      ? w.notProven
      : w.proven(locale === 'fr' ? num(o.certificate.gap * 100, 4, locale) : (o.certificate.gap * 100).toFixed(4));
  const text = [
    c.bold(w.title(t(o.name), o.start, o.months, w.status[o.status])),
    '',
    ...headline(o, locale, w),
    ...rateLines(o, locale, w),
    '',
    c.bold(w.ftePerPool),
    ...trajectories(o, locale, w, width),
    '',
    c.bold(w.monthByMonth(t(o.currency))),
    monthTable(o, locale, width, w),
    '',
    c.bold(w.transfers),
    ...transferLines(o, w),
    ...ruleCostLines(o, locale, w).map((l, i) => (i === 1 ? c.bold(l) : l)),
    '',
    c.bold(w.approximations),
    ...o.approximations.map((a) => `- ${t(w.approximation(a))}`),
    '',
    w.verified(
      o.status === 'optimal',
      proof,
      t(o.engine),
      num(o.model.vars, 0, locale),
      num(o.model.rows, 0, locale),
      num(o.model.integers, 0, locale),
    ),
    '',
  ].join('\n');
  // Prose wrapped to the terminal (the month table already fits it).
  return fitProse(text, width);
}

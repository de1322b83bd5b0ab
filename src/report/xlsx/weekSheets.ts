import type { Plan } from '../../plan/types.js';
import { DAYS } from '../../time/weekMask.js';
import { PLACES, round } from '../format.js';
import { FMT, bold, formula, header, number, sumOf, text, valueOf, type SheetSpec, type XRow } from './cells.js';
import { FIRST } from './planSheets.js';

/**
 * Hour by hour (plans with coverage): one row per activity, country and hour of the reference
 * week, in the customers' time zone — the long form a pivot table or a filter reads directly.
 */
export function scheduleSheet(p: Plan): SheetSpec | undefined {
  const week = p.week;
  if (!week || p.schedule.length === 0) return undefined;
  const queues = p.schedule.some((r) => r.agents !== undefined);
  const head = [
    'Activity',
    'Country',
    `Start (${week.timezone})`,
    'Day',
    'Hour',
    `Hours per ${p.period}`,
    'Hours per week',
    ...(queues ? ['Agents at once', 'Traffic (Erlangs)'] : []),
  ];
  const rows: XRow[] = p.schedule.map((r, i) => {
    const t = week.intervals[r.interval];
    const h = number(round(r.hours, 4), FMT.hours);
    return [
      text(r.activity),
      text(r.country),
      text(t?.iso ?? ''),
      text(t ? (DAYS[t.day] ?? '') : ''),
      text(t ? `${String(t.hour).padStart(2, '0')}:00` : ''),
      h,
      formula(`F${FIRST + i}/${week.weeksPerPeriod}`, valueOf(h) / week.weeksPerPeriod, FMT.hours),
      ...(queues
        ? [
            number(r.agents === undefined ? undefined : round(r.agents, 2), FMT.fte),
            number(r.traffic === undefined ? undefined : round(r.traffic, 3), FMT.fte),
          ]
        : []),
    ];
  });
  const total: XRow = [
    bold('Total'),
    null,
    null,
    null,
    null,
    sumOf(rows, 5, FIRST, FMT.hours),
    sumOf(rows, 6, FIRST, FMT.hours),
  ];
  return {
    name: 'Schedule',
    rows: [header(head), ...rows, total],
    widths: [22, 9, 26, 6, 7, 14, 14, ...(queues ? [14, 16] : [])],
  };
}

/** Contact queues: how each country answers its share, service reached and agents. */
export function queueSheet(p: Plan): SheetSpec | undefined {
  const q = p.pooling;
  if (!q || q.queues.length === 0) return undefined;
  const head = [
    'Activity',
    'Country',
    `Contacts per ${p.period}`,
    'AHT s',
    'Peak agents',
    'Agent hours',
    'Scheduled FTE',
    'Service level',
    'Worst-hour service level',
    'ASA s',
    'Worst-hour ASA s',
    'P(wait)',
    'Occupancy',
    'Staffing',
  ];
  const share = (v: number | undefined) => number(v === undefined ? undefined : round(v, 4), FMT.share);
  const rows: XRow[] = q.queues.map((r) => [
    text(r.activity),
    text(r.country),
    number(round(r.volume, 1), FMT.count),
    number(r.aht, FMT.count),
    number(round(r.peakAgents, 2), r.staffing === 'per_interval' ? FMT.count : FMT.fte),
    number(round(r.hours, PLACES.hours), FMT.hours),
    number(round(r.fte, PLACES.fte), FMT.fte),
    share(r.serviceLevel),
    share(r.worst.serviceLevel),
    number(round(r.asa, 2), FMT.hours),
    number(round(r.worst.asa, 2), FMT.hours),
    share(r.pWait),
    share(r.occupancy),
    text(r.staffing === 'per_interval' ? 'whole agents, every hour' : 'period average'),
  ]);
  const total: XRow = [
    bold('Total'),
    null,
    sumOf(rows, 2, FIRST, FMT.count),
    null,
    null,
    sumOf(rows, 5, FIRST, FMT.hours),
    sumOf(rows, 6, FIRST, FMT.fte),
  ];
  const pooling: XRow[] = [
    [],
    [bold('Pooling: extra agent hours'), null, null, null, null, number(round(q.extraHours, PLACES.hours), FMT.hours)],
    [bold(`Pooling: cost ${p.currency}`), null, null, null, null, number(round(q.cost, PLACES.cost), FMT.money)],
  ];
  return {
    name: 'Queues',
    rows: [header(head), ...rows, total, ...pooling],
    widths: [22, 9, 14, 8, 11, 12, 13, 13, 13, 9, 11, 9, 11, 24],
  };
}

/** A rota: one row per shift with agents (start in the customers' time zone), paid hours and premium, with totals. */
export function rotaSheet(p: Plan): SheetSpec | undefined {
  const week = p.week;
  if (!week || !p.rota || p.rota.shifts.length === 0) return undefined;
  const head = [
    'Country',
    'Skill group',
    'Activities',
    `Start (${week.timezone})`,
    'Day',
    'From',
    'Hours',
    'Part-time',
    'Agents',
    `Paid hours per ${p.period}`,
    `Premium ${p.currency}`,
  ];
  const rows: XRow[] = p.rota.shifts.map((sh, i) => {
    const t = week.intervals[sh.start];
    const agents = number(sh.agents, FMT.count);
    return [
      text(sh.country),
      text(sh.group),
      text(sh.activities.join(', ')),
      text(t?.iso ?? ''),
      text(t ? (DAYS[t.day] ?? '') : ''),
      text(t ? `${String(t.hour).padStart(2, '0')}:00` : ''),
      number(sh.length, FMT.count),
      text(sh.partTime ? 'yes' : 'no'),
      agents,
      formula(`I${FIRST + i}*G${FIRST + i}*${week.weeksPerPeriod}`, sh.paidHours, FMT.hours),
      number(round(sh.premium, PLACES.cost), FMT.money),
    ];
  });
  const total: XRow = [
    bold('Total'),
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    sumOf(rows, 8, FIRST, FMT.count),
    sumOf(rows, 9, FIRST, FMT.hours),
    sumOf(rows, 10, FIRST, FMT.money),
  ];
  return { name: 'Rota', rows: [header(head), ...rows, total], widths: [9, 16, 28, 26, 6, 7, 7, 10, 8, 16, 12] };
}

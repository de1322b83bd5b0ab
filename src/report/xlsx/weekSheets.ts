import type { Plan } from '../../plan/types.js';
import { PLACES, round } from '../format.js';
import { FMT, bold, formula, header, number, sumOf, text, valueOf, type SheetSpec, type XRow } from './cells.js';
import { FIRST } from './planSheets.js';
import type { XlsxWords } from '../i18n/xlsx.js';

/**
 * Hour by hour (plans with coverage): one row per activity, country and hour of the reference
 * week, in the customers' time zone — the long form a pivot table or a filter reads directly.
 */
export function scheduleSheet(p: Plan, w: XlsxWords): SheetSpec | undefined {
  const week = p.week;
  if (!week || p.schedule.length === 0) return undefined;
  const queues = p.schedule.some((r) => r.agents !== undefined);
  const head = [
    w.l('Activity'),
    w.l('Country'),
    `${w.l('Start')} (${week.timezone})`,
    w.l('Day'),
    w.l('Hour'),
    `${w.l('Hours')} ${w.per(p.period)}`,
    w.l('Hours per week'),
    ...(queues ? [w.l('Agents at once'), w.l('Traffic (Erlangs)')] : []),
  ];
  const rows: XRow[] = p.schedule.map((r, i) => {
    const t = week.intervals[r.interval];
    const h = number(round(r.hours, 4), FMT.hours);
    return [
      text(r.activity),
      text(r.country),
      text(t?.iso ?? ''),
      text(t ? w.day(t.day) : ''),
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
    bold(w.l('Total')),
    null,
    null,
    null,
    null,
    sumOf(rows, 5, FIRST, FMT.hours),
    sumOf(rows, 6, FIRST, FMT.hours),
  ];
  return {
    name: w.l('Schedule'),
    rows: [header(head), ...rows, total],
    widths: [22, 9, 26, 6, 7, 14, 14, ...(queues ? [14, 16] : [])],
  };
}

/** Contact queues: how each country answers its share, service reached and agents. */
export function queueSheet(p: Plan, w: XlsxWords): SheetSpec | undefined {
  const q = p.pooling;
  if (!q || q.queues.length === 0) return undefined;
  const head = [
    w.l('Activity'),
    w.l('Country'),
    `${w.l('Contacts')} ${w.per(p.period)}`,
    ...(
      [
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
      ] as const
    ).map(w.l),
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
    text(w.l(r.staffing === 'per_interval' ? 'whole agents, every hour' : 'period average')),
  ]);
  const total: XRow = [
    bold(w.l('Total')),
    null,
    sumOf(rows, 2, FIRST, FMT.count),
    null,
    null,
    sumOf(rows, 5, FIRST, FMT.hours),
    sumOf(rows, 6, FIRST, FMT.fte),
  ];
  const pooling: XRow[] = [
    [],
    [
      bold(w.l('Pooling: extra agent hours')),
      null,
      null,
      null,
      null,
      number(round(q.extraHours, PLACES.hours), FMT.hours),
    ],
    [
      bold(`${w.l('Pooling: cost')} ${p.currency}`),
      null,
      null,
      null,
      null,
      number(round(q.cost, PLACES.cost), FMT.money),
    ],
  ];
  return {
    name: w.l('Queues'),
    rows: [header(head), ...rows, total, ...pooling],
    widths: [22, 9, 14, 8, 11, 12, 13, 13, 13, 9, 11, 9, 11, 24],
  };
}

/** A rota: one row per shift with agents (start in the customers' time zone), paid hours and premium, with totals. */
export function rotaSheet(p: Plan, w: XlsxWords): SheetSpec | undefined {
  const week = p.week;
  if (!week || !p.rota || p.rota.shifts.length === 0) return undefined;
  const head = [
    w.l('Country'),
    w.l('Skill group'),
    w.l('Activities'),
    `${w.l('Start')} (${week.timezone})`,
    w.l('Day'),
    w.l('From'),
    w.l('Hours'),
    w.l('Part-time'),
    w.l('Agents'),
    `${w.l('Paid hours')} ${w.per(p.period)}`,
    `${w.l('Premium')} ${p.currency}`,
  ];
  const rows: XRow[] = p.rota.shifts.map((sh, i) => {
    const t = week.intervals[sh.start];
    const agents = number(sh.agents, FMT.count);
    return [
      text(sh.country),
      text(sh.group),
      text(sh.activities.join(', ')),
      text(t?.iso ?? ''),
      text(t ? w.day(t.day) : ''),
      text(t ? `${String(t.hour).padStart(2, '0')}:00` : ''),
      number(sh.length, FMT.count),
      text(w.l(sh.partTime ? 'yes' : 'no')),
      agents,
      formula(`I${FIRST + i}*G${FIRST + i}*${week.weeksPerPeriod}`, sh.paidHours, FMT.hours),
      number(round(sh.premium, PLACES.cost), FMT.money),
    ];
  });
  const total: XRow = [
    bold(w.l('Total')),
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
  return { name: w.l('Rota'), rows: [header(head), ...rows, total], widths: [9, 16, 28, 26, 6, 7, 7, 10, 8, 16, 12] };
}

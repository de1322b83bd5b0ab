import type { Scenario } from '../scenario/types.js';

/**
 * What a roadmap simplifies against the single-month plan (docs/roadmap.md), in words every
 * output states: months of queues, shifts and whole agents would make the model too large to
 * solve in seconds over five years.
 */
export function approximationsOf(s: Scenario): string[] {
  const out = [
    'FTE are continuous (a month can have 12.4 agents); attrition hits new agents at the same rate as the others',
  ];
  const queues = s.activities.filter((a) => a.contacts?.queued === true && a.coverage !== undefined).map((a) => a.id);
  if (queues.length > 0) {
    out.push(
      `queues (${queues.join(', ')}): each month needs the fully pooled Erlang hours of its volume, spread over the opening hours like hours of work; the extra agents of splitting a queue between countries are left out (bestshore plan prices them for one month)`,
    );
  }
  if (s.staffing === 'rota')
    out.push(
      'opening hours are planned hour by hour; the shift rota (whole agents on shifts, idle shift hours paid) is left to bestshore plan',
    );
  if (s.activities.some((a) => a.coverage !== undefined))
    out.push('each month is the reference week repeated over the weeks of a month');
  return out;
}

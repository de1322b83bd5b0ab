import type { HomeReason } from '../plan/homeReasons.js';
import { hoursText } from '../plan/numberWords.js';
import { formatNumber, type NumberStyle } from '../text/formatNumber.js';
import { describeHours } from '../time/weekMask.js';

/**
 * Why home-only is impossible, in English (the table and JSON; the annex has its own words),
 * figures in the table's number style (`--locale fr`: 12 000 h); scenario values as written.
 */
export function homeReasonText(r: HomeReason, style: NumberStyle = 'en'): string {
  switch (r.kind) {
    case 'missing-home':
      return `home country ${r.home} is not in the scenario`;
    case 'language':
      return `${r.activity} cannot be delivered in ${r.home}: ${r.home} does not offer "${r.language}"`;
    case 'allow-list':
      return `${r.activity} cannot be delivered in ${r.home}: ${r.home} is not in its allow-list`;
    case 'residency':
      return `${r.activity} cannot be delivered in ${r.home}: residency forbids it`;
    case 'quality':
      return `${r.activity}: ${r.home} quality ${r.quality} is below min_quality ${r.floor}`;
    case 'max-share':
      return `${r.activity}: max_share ${r.share} forbids putting all of it in one country`;
    case 'min-countries':
      return `${r.activity}: min_countries ${r.count} requires more than one country`;
    case 'capacity':
      return `${r.home} capacity is ${hoursText(r.capacity, style)} for ${hoursText(r.hours, style)} of work`;
    case 'language-capacity':
      return `${r.home} "${r.language}" capacity is ${hoursText(r.capacity, style)} for ${hoursText(r.hours, style)} of work`;
    case 'seats':
      return `${r.home} has ${formatNumber(r.seats, Number.isInteger(r.seats) ? 0 : 1, style)} seats; working alone it would need up to ${formatNumber(r.peak, 1, style)} agents at once (${describeHours(r.slots)} ${r.timezone})`;
    case 'hours':
      return `${r.activity}: ${r.home} does not work ${describeHours(r.slots)} ${r.timezone} (it works ${describeHours(r.working.flatMap((on, slot) => (on ? [slot] : [])))} local)`;
  }
}

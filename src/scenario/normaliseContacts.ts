import { parseServiceLevel, unreachableTarget } from '../erlang/targets.js';
import type { ServiceLevelTarget, StaffingTargets } from '../erlang/types.js';
import { DEFAULT_MAX_COUNTRIES_PER_HOUR, type Contacts } from '../staffing/contacts.js';
import type { Report } from './normaliseTime.js';
import type { ActivityInput } from './schema.js';

/** Contact-centre defaults (domain brief): occupancy cap 85%, voice and chat at 80/20. */
export const DEFAULT_OCCUPANCY_MAX = 0.85;
export const DEFAULT_SERVICE_LEVEL: ServiceLevelTarget = { share: 0.8, withinSeconds: 20 };
/** Opening hours assumed for a voice/chat activity without coverage. */
export const DEFAULT_CONTACT_COVERAGE = 'Mon-Fri 08:00-20:00';

export function contactsOf(id: string, input: ActivityInput, report: Report): Contacts | undefined {
  const path = ['activities', id];
  if (input.contacts === undefined) return undefined; // hours or contacts: checked by the schema
  const c = input.contacts;
  const channel = c.channel ?? 'voice';
  const queued = channel === 'voice' || channel === 'chat';
  let serviceLevel: ServiceLevelTarget | undefined;
  if (typeof c.service_level === 'string') {
    const sl = parseServiceLevel(c.service_level);
    if (sl.ok) serviceLevel = sl.value;
    else report([...path, 'contacts', 'service_level'], sl.reason);
  } else if (c.service_level !== undefined) {
    serviceLevel = { share: c.service_level.target, withinSeconds: c.service_level.seconds };
  } else if (queued && c.asa === undefined) {
    serviceLevel = DEFAULT_SERVICE_LEVEL;
  }
  const occupancyMax = c.occupancy_max ?? DEFAULT_OCCUPANCY_MAX;
  const targets: StaffingTargets = {
    ...(serviceLevel ? { serviceLevel } : {}),
    ...(c.asa !== undefined ? { maxAsaSeconds: c.asa } : {}),
    maxOccupancy: occupancyMax,
  };
  const blocked = unreachableTarget(targets);
  if (blocked) report([...path, 'contacts', blocked.target === 'asa' ? 'asa' : 'service_level'], blocked.reason);
  if (!queued && (c.service_level !== undefined || c.asa !== undefined || c.patience !== undefined)) {
    report(
      [...path, 'contacts', 'channel'],
      `${channel} has no queue: service_level, asa and patience apply to voice and chat only`,
    );
  }
  if (c.concurrency !== undefined && channel !== 'chat')
    report([...path, 'contacts', 'concurrency'], 'concurrency applies to chat only');
  if (!queued && (c.staffing !== undefined || c.max_countries_per_hour !== undefined)) {
    report(
      [...path, 'contacts', c.staffing !== undefined ? 'staffing' : 'max_countries_per_hour'],
      `${channel} has no queue: staffing and max_countries_per_hour apply to voice and chat only`,
    );
  }
  return {
    channel,
    volume: c.volume,
    aht: c.aht,
    concurrency: c.concurrency ?? 1,
    patience: c.patience,
    targets,
    occupancyMax,
    queued,
    staffing: c.staffing ?? 'per_interval',
    maxCountriesPerHour: c.max_countries_per_hour ?? DEFAULT_MAX_COUNTRIES_PER_HOUR,
  };
}

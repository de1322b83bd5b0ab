import type { Plan } from '../../plan/types.js';
import { esgSection } from './esgView.js';
import type { Locale } from '../format.js';
import { activitySection, allocationSection, contactSection, countrySection, type Section } from './planSections.js';
import { rotaSection } from './rotaView.js';

/** The tables of a plan's report, in reading order; the table and Markdown renderers draw the same list. */
export function planTables(p: Plan, locale: Locale): Section[] {
  return [
    allocationSection(p, locale),
    countrySection(p, locale),
    activitySection(p, locale),
    ...[contactSection(p, locale), rotaSection(p, locale), esgSection(p, locale)].flatMap((s) => (s ? [s] : [])),
  ];
}

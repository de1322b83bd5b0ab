import type { HomeReason } from '../../plan/homeReasons.js';
import { hoursText } from '../../plan/numberWords.js';
import { formatNumber, type NumberStyle } from '../../text/formatNumber.js';
import { describeHours } from '../../time/weekMask.js';
import { NB } from '../../text/french.js';
import { fieldKey } from '../../model/ruleCatalogue.js';

// The scenario fields the reasons name, from the rule catalogue.
const MIN_QUALITY = fieldKey('quality');
const MAX_SHARE = fieldKey('max-share');
const MIN_COUNTRIES = fieldKey('min-countries');

/**
 * Why home-only is impossible, in the reader's language (the table; JSON always English; the
 * annex has its own words), figures in its number style (`--locale fr`: 12 000 h); scenario
 * values as written.
 */
export function homeReasonText(r: HomeReason, style: NumberStyle = 'en'): string {
  return style === 'fr' ? homeReasonFr(r) : homeReasonEn(r);
}

function homeReasonFr(r: HomeReason): string {
  const h = (n: number): string => hoursText(n, 'fr');
  switch (r.kind) {
    case 'missing-home':
      return `le pays d'origine ${r.home} ne figure pas dans le scénario`;
    case 'language':
      return `${r.activity} ne peut pas être produite en ${r.home}${NB}: ${r.home} ne propose pas «${NB}${r.language}${NB}»`;
    case 'allow-list':
      return `${r.activity} ne peut pas être produite en ${r.home}${NB}: ${r.home} n'est pas dans sa liste de pays autorisés`;
    case 'residency':
      return `${r.activity} ne peut pas être produite en ${r.home}${NB}: la résidence des données l'interdit`;
    case 'quality':
      return `${r.activity}${NB}: la qualité ${r.quality} de ${r.home} est sous le seuil ${MIN_QUALITY} ${r.floor}`;
    case 'max-share':
      return `${r.activity}${NB}: ${MAX_SHARE} ${r.share} interdit de tout confier à un seul pays`;
    case 'min-countries':
      return `${r.activity}${NB}: ${MIN_COUNTRIES} ${r.count} impose plus d'un pays`;
    case 'capacity':
      return `la capacité de ${r.home} est de ${h(r.capacity)} pour ${h(r.hours)} de travail`;
    case 'language-capacity':
      return `la capacité «${NB}${r.language}${NB}» de ${r.home} est de ${h(r.capacity)} pour ${h(r.hours)} de travail`;
    case 'seats':
      return `${r.home} a ${formatNumber(r.seats, Number.isInteger(r.seats) ? 0 : 1, 'fr')} postes${NB}; seul, il lui faudrait jusqu'à ${formatNumber(r.peak, 1, 'fr')} agents à la fois (${describeHours(r.slots)} ${r.timezone})`;
    case 'hours':
      return `${r.activity}${NB}: ${r.home} ne travaille pas ${describeHours(r.slots)} ${r.timezone} (il travaille ${describeHours(r.working.flatMap((on, slot) => (on ? [slot] : [])))} heure locale)`;
  }
}

function homeReasonEn(r: HomeReason): string {
  const style = 'en';
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
      return `${r.activity}: ${r.home} quality ${r.quality} is below ${MIN_QUALITY} ${r.floor}`;
    case 'max-share':
      return `${r.activity}: ${MAX_SHARE} ${r.share} forbids putting all of it in one country`;
    case 'min-countries':
      return `${r.activity}: ${MIN_COUNTRIES} ${r.count} requires more than one country`;
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

import { frenchMessage } from '../../scenario/messagesFr.js';
import { NB } from '../../text/french.js';

/** An English figure as diagnose.ts writes it (1,234.5) in French (1 234,5). */
const fr = (figure: string): string => figure.replace(/,/g, NB).replace('.', ',');
const mois = (n: string): string => `${n}${NB}mois`;

/** One clause of a country's cause line ("12.0 FTE today", "… (hiring_per_month)"), in French. */
function cause(part: string): string {
  const today = /^([\d.,]+) FTE today$/.exec(part);
  if (today) return `${fr(today[1] ?? '')}${NB}ETP aujourd'hui`;
  const lead = /^first new agents in month (\d+) \(lead_months: (\d+)\)$/.exec(part);
  if (lead) return `premiers nouveaux agents au mois ${lead[1] ?? ''} (lead_months${NB}: ${lead[2] ?? ''})`;
  const hiring = /^at most ([\d.,]+) new agents a month \(hiring_per_month\)$/.exec(part);
  if (hiring) return `au plus ${fr(hiring[1] ?? '')} nouveaux agents par mois (hiring_per_month)`;
  const ramp = /^new agents (.+) productive in their first months \(ramp\)$/.exec(part);
  if (ramp) return `nouveaux agents productifs à ${(ramp[1] ?? '').replace(/%/g, `${NB}%`)} leurs premiers mois (ramp)`;
  const attrition = /^([\d.,]+)% leaving a month \(attrition\)$/.exec(part);
  if (attrition) return `${fr(attrition[1] ?? '')}${NB}% de départs par mois (attrition)`;
  return part;
}

const RULES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [
    /^no roadmap: the engine found none, yet none is short of trained agents \(an engine fault: try --solver highs\)$/,
    () =>
      `pas de feuille de route${NB}: le moteur n'en a trouvé aucune, sans qu'aucun mois ne manque d'agents formés (une erreur du moteur${NB}: essayez --solver highs)`,
  ],
  [
    /^no roadmap: every month can be planned alone, but the engine found no roadmap linking them$/,
    () =>
      `pas de feuille de route${NB}: chaque mois peut être planifié seul, mais le moteur n'a trouvé aucune feuille de route qui les relie`,
  ],
  [
    /^too few trained agents in (\d+) months? \((.*)\): work would go unserved$/,
    (n = '', months = '') =>
      `trop peu d'agents formés sur ${mois(n)} (${months})${NB}: du travail resterait sans agent`,
  ],
  [
    /^(\d{4}-\d{2}): (.+) is ([\d.,]+) h short in (\S+) \(([\d.,]+) FTE\)$/,
    (month = '', activity = '', hours = '', country = '', fte = '') =>
      `${month}${NB}: il manque ${fr(hours)}${NB}h pour ${activity} en ${country} (${fr(fte)}${NB}ETP)`,
  ],
  [
    /^(\d{4}-\d{2}): no allocation meets the rules at that month's volume$/,
    (month = '') => `${month}${NB}: aucune répartition ne respecte les règles au volume de ce mois`,
  ],
  [
    /^([A-Z]{2}|in-house): (.+): see (horizon\.countries\.\S+)$/,
    (code = '', parts = '', path = '') =>
      `${code}${NB}: ${parts.split('; ').map(cause).join(`${NB}; `)}${NB}: voir ${path}`,
  ],
];

/**
 * A finding of a roadmap with no solution (src/roadmap/diagnose.ts writes them in English) in
 * French; the problems of a month's own rules (`file:line:col path: message`) as `validate`
 * writes them in French. A finding of unknown shape stays English.
 */
export function roadmapFindingFr(finding: string): string {
  for (const [pattern, french] of RULES) {
    const m = pattern.exec(finding);
    if (m) return french(...m.slice(1).map((g) => g ?? ''));
  }
  return frenchMessage(finding);
}

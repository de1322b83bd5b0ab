import { NB } from '../text/french.js';
import { groupsFr as fig } from './messagesFrBid.js';

/**
 * More clauses of messagesFr.ts: the semantic checks of contacts and their targets (erlang/targets.ts,
 * normaliseContacts.ts, normalise.ts), of profiles and windows (normaliseTime.ts, weekMask.ts),
 * of countries (rules.ts) and of the file (parseYaml.ts, reservedKeys.ts), in French. Same
 * conventions: values, keys, codes and paths kept as written.
 */
const q = (s: string): string => `«${NB}${s}${NB}»`;

export const CHECKS_FRENCH_CLAUSES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  // Service-level targets (erlang/targets.ts)
  [
    /expected PERCENT\/SECONDS such as 80\/20 \(80% answered within 20 s\), got "([^"]*)"/g,
    (_, got = '') => `attendu${NB}: POURCENTAGE/SECONDES comme 80/20 (80${NB}% traités en 20${NB}s), reçu ${q(got)}`,
  ],
  [
    /the percentage must be at most 100, got (\S+)/g,
    (_, got = '') => `le pourcentage doit être au plus 100, reçu ${got}`,
  ],
  [
    /write the share as a percentage \(80\/20 is 80% within 20 s\), got (\S+)/g,
    (_, got = '') => `écrivez la part en pourcentage (80/20, c'est 80${NB}% en 20${NB}s), reçu ${got}`,
  ],
  [
    /the threshold must be at most ([\d,]+) s \(one day\), got (\S+)/g,
    (_, max = '', got = '') => `le seuil doit être au plus ${fig(max)}${NB}s (un jour), reçu ${got}`,
  ],
  [
    /(\S+)% of contacts answered within (\S+) s cannot be guaranteed: with random arrivals all agents are sometimes busy, so some contacts always wait, whatever the staffing/g,
    (_, pct = '', s = '') =>
      `${pct}${NB}% des contacts traités en ${s}${NB}s ne peuvent être garantis${NB}: avec des arrivées aléatoires, tous les agents sont parfois occupés, donc des contacts attendent toujours, quel que soit l'effectif`,
  ],

  // Contacts (normaliseContacts.ts, normalise.ts)
  [
    /(\S+) has no queue: (service_level, asa and patience|staffing and max_countries_per_hour) apply to voice and chat only/g,
    (_, channel = '', keys = '') =>
      `${channel} n'a pas de file d'attente${NB}: ${keys.replace(' and ', ' et ')} ne s'appliquent qu'à voice et chat`,
  ],
  [/concurrency applies to chat only/g, () => `concurrency ne s'applique qu'à chat`],
  [
    /the busiest hour carries (\S+) Erlangs of traffic; the limit is (\S+) \(a queue of more than (\S+) agents at once\): split the activity or spread its volume/g,
    (_, peak = '', max = '', n = '') =>
      `l'heure la plus chargée porte ${fig(peak)}${NB}Erlangs de trafic${NB}; la limite est ${fig(max)} (une file de plus de ${fig(n)}${NB}agents à la fois)${NB}: divisez l'activité ou étalez son volume`,
  ],
  [
    /no staffing meets these targets in some covered hour \(even hundreds of agents more than the traffic\)/g,
    () =>
      `aucun effectif n'atteint ces objectifs à certaines heures couvertes (même des centaines d'agents de plus que le trafic)`,
  ],

  [
    /these contacts need (\S+) hours per period, below the (\S+) an activity needs at least/g,
    (_, h = '', min = '') =>
      `ces contacts demandent ${h}${NB}heures par période, moins que les ${min} qu'il faut au moins à une activité`,
  ],
  // Profiles and windows (normaliseTime.ts, weekMask.ts)
  [
    /"([^"]*)" is not a Monday \(YYYY-MM-DD\): the reference week starts on a Monday/g,
    (_, v = '') => `${q(v)} n'est pas un lundi (YYYY-MM-DD)${NB}: la semaine de référence commence un lundi`,
  ],
  [/"([^"]*)" is not a day \(([^)]*)\)/g, (_, v = '', days = '') => `${q(v)} n'est pas un jour (${days})`],
  [
    /"([^"]*)" is not an hour or hour range like "09" or "09-12" \(end excluded\)/g,
    (_, v = '') => `${q(v)} n'est pas une heure ou une plage d'heures comme ${q('09')} ou ${q('09-12')} (fin exclue)`,
  ],
  [/a profile needs coverage \(the hours it shapes\)/g, () => `un profil demande coverage (les heures qu'il répartit)`],
  [
    /the profile gives every covered hour a weight of 0: no hour can carry the volume/g,
    () => `le profil donne un poids de 0 à chaque heure couverte${NB}: aucune heure ne peut porter le volume`,
  ],
  [
    /the busiest covered hour weighs (\S+) times the quietest; the limit is (\S+)/g,
    (_, r = '', max = '') =>
      `l'heure couverte la plus chargée pèse ${fig(r)} fois la plus calme${NB}; la limite est ${fig(max)}`,
  ],
  [
    /: give the quietest hours 0 to close them, or raise them/g,
    () => `${NB}: donnez 0 aux heures les plus calmes pour les fermer, ou relevez-les`,
  ],
  [/"([^"]*)" is not a range like (\S+)/g, (_, v = '', eg = '') => `${q(v)} n'est pas une plage comme ${eg}`],
  [
    /"([^"]*)" is not a time range like (\S+)/g,
    (_, v = '', eg = '') => `${q(v)} n'est pas une plage horaire comme ${eg}`,
  ],
  [/empty window: expected e\.g\. "([^"]*)"/g, (_, eg = '') => `plage vide${NB}: attendu par exemple ${q(eg)}`],
  // Countries (rules.ts)
  [
    /"([^"]*)" is not an ISO 3166-1 alpha-2 code \(two capital letters, e\.g\. (\S+)\)/g,
    (_, v = '', eg = '') => `${q(v)} n'est pas un code ISO 3166-1 alpha-2 (deux lettres capitales, par exemple ${eg})`,
  ],
  [
    /(\S+) is not in the built-in country table: treated as outside the EU\/EEA with no adequacy decision and a (\S+) h week; set eu\/adequacy\/hours_per_fte to be explicit/g,
    (_, code = '', h = '') =>
      `${code} n'est pas dans la table des pays intégrée${NB}: traité comme hors UE/EEE, sans décision d'adéquation, avec une semaine de ${h}${NB}h${NB}; donnez eu/adequacy/hours_per_fte pour être explicite`,
  ],
  // The file (parseYaml.ts, reservedKeys.ts)
  [
    /file is (\d+) bytes; the limit is (\d+) bytes \(1 MiB\)/g,
    (_, n = '', max = '') => `le fichier fait ${n}${NB}octets${NB}; la limite est ${max}${NB}octets (1${NB}Mio)`,
  ],
  [
    /too many alias expansions \(limit (\d+)\): the file looks like an alias bomb/g,
    (_, n = '') => `trop d'expansions d'alias (limite ${n})${NB}: le fichier ressemble à une bombe d'alias`,
  ],
  [
    /"([^"]*)" cannot be used as a name: every JavaScript object already has a property of that name \(Object\.prototype\); rename it/g,
    (_, key = '') =>
      `${q(key)} ne peut pas servir de nom${NB}: tout objet JavaScript a déjà une propriété de ce nom (Object.prototype)${NB}; renommez-le`,
  ],

  [
    /a "key: value" inside a value: check the indentation of the next line, or put the value in quotes/g,
    () =>
      `un ${q('clé: valeur')} dans une valeur${NB}: vérifiez l'indentation de la ligne suivante, ou mettez la valeur entre guillemets`,
  ],
];

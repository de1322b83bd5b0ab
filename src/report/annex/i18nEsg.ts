import type { Lang } from './i18n.js';

/** The words of the annex's ESG section, French and English. */
export type EsgMessages = {
  readonly heading: string;
  readonly intro: string;
  readonly country: string;
  readonly hours: (per: string) => string;
  readonly telework: string;
  readonly kgPerHour: string;
  readonly tonnes: (per: string) => string;
  readonly tonnesYear: string;
  readonly total: string;
  readonly residency: string;
  readonly cap: (tonnes: string, per: 'year' | 'month', planned: string) => string;
  readonly price: (price: string, carbon: string, without: string, withIt: string, per: string) => string;
  readonly social: (share: string, hours: string, per: string, home: string) => string;
  readonly method: string;
  readonly sourceTable: (country: string, g: string, year: string) => string;
  readonly sourceOwn: (country: string, g: string) => string;
  readonly sources: string;
};

const FR: EsgMessages = {
  heading: 'Engagements environnementaux et sociaux',
  intro: "Émissions de gaz à effet de serre des heures productives, télétravail et clause sociale d'insertion.",
  country: 'Pays',
  hours: (per) => `Heures ${per}`,
  telework: 'Télétravail',
  kgPerHour: 'kgCO₂e par heure',
  tonnes: (per) => `tCO₂e ${per}`,
  tonnesYear: 'tCO₂e par an',
  total: 'Total',
  residency:
    'Les heures télétravaillées sont réalisées dans le même pays que le site : la base juridique des transferts de données est inchangée.',
  cap: (tonnes, per, planned) =>
    `Plafond carbone : ${tonnes} tCO₂e ${per === 'year' ? 'par an' : 'par mois'} ; le plan émet ${planned} tCO₂e sur la même période.`,
  price: (price, carbon, without, withIt, per) =>
    `Prix interne du carbone : ${price} par tCO₂e, soit ${carbon} ${per} ; coût hors carbone ${without}, coût carbone compris ${withIt} (le plan minimise ce dernier).`,
  social: (share, hours, per, home) =>
    `Clause sociale d'insertion : ${share} des heures, soit ${hours} ${per}, réalisées par des personnes en parcours d'insertion, en ${home}.`,
  method:
    "Méthode : émissions d'une heure sur site = intensité carbone du réseau électrique × énergie d'un poste de travail par heure + trajets domicile-travail ; heure télétravaillée = intensité du réseau × énergie d'un poste à domicile, sans trajet.",
  sources: 'Intensité carbone du réseau électrique :',
  sourceTable: (country, g, year) => `${country} : ${g} gCO₂e/kWh (Ember, données annuelles ${year})`,
  sourceOwn: (country, g) => `${country} : ${g} gCO₂e/kWh (donnée du soumissionnaire)`,
};

const EN: EsgMessages = {
  heading: 'Environmental and social commitments',
  intro: 'Greenhouse-gas emissions of the productive hours, telework and the social (insertion) clause.',
  country: 'Country',
  hours: (per) => `Hours ${per}`,
  telework: 'Telework',
  kgPerHour: 'kgCO₂e per hour',
  tonnes: (per) => `tCO₂e ${per}`,
  tonnesYear: 'tCO₂e per year',
  total: 'Total',
  residency:
    'Telework hours are delivered in the same country as the site: the legal basis of data transfers is unchanged.',
  cap: (tonnes, per, planned) =>
    `Carbon cap: ${tonnes} tCO₂e per ${per}; the plan emits ${planned} tCO₂e over the same period.`,
  price: (price, carbon, without, withIt, per) =>
    `Internal carbon price: ${price} per tCO₂e, i.e. ${carbon} ${per}; cost without carbon ${without}, with carbon ${withIt} (the plan minimises the latter).`,
  social: (share, hours, per, home) =>
    `Social clause: ${share} of the hours, i.e. ${hours} ${per}, delivered by people in insertion programmes, in ${home}.`,
  method:
    "Method: an hour on site emits the grid's carbon intensity × a workstation's energy per hour + commuting; a telework hour, the grid's intensity × a home workstation's energy, with no commuting.",
  sources: 'Electricity grid carbon intensity:',
  sourceTable: (country, g, year) => `${country}: ${g} gCO₂e/kWh (Ember yearly data, ${year})`,
  sourceOwn: (country, g) => `${country}: ${g} gCO₂e/kWh (bidder's figure)`,
};

export const esgMessages = (lang: Lang): EsgMessages => (lang === 'fr' ? FR : EN);

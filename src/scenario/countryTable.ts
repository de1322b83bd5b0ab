/**
 * Built-in facts about countries, used to fill what a scenario leaves out.
 * - eu: EU or EEA member (GDPR applies directly, no transfer).
 * - adequacy: covered by an EU adequacy decision (list as of 2026). The US is left
 *   `false`: its decision covers Data Privacy Framework participants only, so a
 *   scenario must say `adequacy: true` for a certified provider.
 * - week: standard full-time week in hours (statutory where there is one).
 * - tz: IANA time zone of the usual delivery sites.
 */
export type CountryFacts = {
  readonly en: string;
  readonly fr: string;
  readonly eu: boolean;
  readonly adequacy: boolean;
  readonly week: number;
  readonly tz: string;
};

const f = (en: string, fr: string, eu: boolean, adequacy: boolean, week: number, tz: string): CountryFacts => ({
  en,
  fr,
  eu,
  adequacy,
  week,
  tz,
});

export const COUNTRY_TABLE: Readonly<Record<string, CountryFacts>> = {
  // EU member states
  AT: f('Austria', 'Autriche', true, false, 40, 'Europe/Vienna'),
  BE: f('Belgium', 'Belgique', true, false, 38, 'Europe/Brussels'),
  BG: f('Bulgaria', 'Bulgarie', true, false, 40, 'Europe/Sofia'),
  HR: f('Croatia', 'Croatie', true, false, 40, 'Europe/Zagreb'),
  CY: f('Cyprus', 'Chypre', true, false, 40, 'Asia/Nicosia'),
  CZ: f('Czechia', 'Tchéquie', true, false, 40, 'Europe/Prague'),
  DK: f('Denmark', 'Danemark', true, false, 37, 'Europe/Copenhagen'),
  EE: f('Estonia', 'Estonie', true, false, 40, 'Europe/Tallinn'),
  FI: f('Finland', 'Finlande', true, false, 40, 'Europe/Helsinki'),
  FR: f('France', 'France', true, false, 35, 'Europe/Paris'),
  DE: f('Germany', 'Allemagne', true, false, 40, 'Europe/Berlin'),
  GR: f('Greece', 'Grèce', true, false, 40, 'Europe/Athens'),
  HU: f('Hungary', 'Hongrie', true, false, 40, 'Europe/Budapest'),
  IE: f('Ireland', 'Irlande', true, false, 39, 'Europe/Dublin'),
  IT: f('Italy', 'Italie', true, false, 40, 'Europe/Rome'),
  LV: f('Latvia', 'Lettonie', true, false, 40, 'Europe/Riga'),
  LT: f('Lithuania', 'Lituanie', true, false, 40, 'Europe/Vilnius'),
  LU: f('Luxembourg', 'Luxembourg', true, false, 40, 'Europe/Luxembourg'),
  MT: f('Malta', 'Malte', true, false, 40, 'Europe/Malta'),
  NL: f('Netherlands', 'Pays-Bas', true, false, 38, 'Europe/Amsterdam'),
  PL: f('Poland', 'Pologne', true, false, 40, 'Europe/Warsaw'),
  PT: f('Portugal', 'Portugal', true, false, 40, 'Europe/Lisbon'),
  RO: f('Romania', 'Roumanie', true, false, 40, 'Europe/Bucharest'),
  SK: f('Slovakia', 'Slovaquie', true, false, 40, 'Europe/Bratislava'),
  SI: f('Slovenia', 'Slovénie', true, false, 40, 'Europe/Ljubljana'),
  ES: f('Spain', 'Espagne', true, false, 40, 'Europe/Madrid'),
  SE: f('Sweden', 'Suède', true, false, 40, 'Europe/Stockholm'),
  // EEA, outside the EU
  IS: f('Iceland', 'Islande', true, false, 40, 'Atlantic/Reykjavik'),
  LI: f('Liechtenstein', 'Liechtenstein', true, false, 42, 'Europe/Vaduz'),
  NO: f('Norway', 'Norvège', true, false, 40, 'Europe/Oslo'),
  // EU adequacy decisions
  AD: f('Andorra', 'Andorre', false, true, 40, 'Europe/Andorra'),
  AR: f('Argentina', 'Argentine', false, true, 48, 'America/Argentina/Buenos_Aires'),
  BR: f('Brazil', 'Brésil', false, true, 44, 'America/Sao_Paulo'),
  CA: f('Canada', 'Canada', false, true, 40, 'America/Toronto'),
  FO: f('Faroe Islands', 'Îles Féroé', false, true, 40, 'Atlantic/Faroe'),
  GG: f('Guernsey', 'Guernesey', false, true, 40, 'Europe/Guernsey'),
  IL: f('Israel', 'Israël', false, true, 42, 'Asia/Jerusalem'),
  IM: f('Isle of Man', 'Île de Man', false, true, 40, 'Europe/Isle_of_Man'),
  JP: f('Japan', 'Japon', false, true, 40, 'Asia/Tokyo'),
  JE: f('Jersey', 'Jersey', false, true, 40, 'Europe/Jersey'),
  NZ: f('New Zealand', 'Nouvelle-Zélande', false, true, 40, 'Pacific/Auckland'),
  KR: f('South Korea', 'Corée du Sud', false, true, 40, 'Asia/Seoul'),
  CH: f('Switzerland', 'Suisse', false, true, 42, 'Europe/Zurich'),
  GB: f('United Kingdom', 'Royaume-Uni', false, true, 37.5, 'Europe/London'),
  UY: f('Uruguay', 'Uruguay', false, true, 44, 'America/Montevideo'),
  // Frequent delivery countries without an adequacy decision
  US: f('United States', 'États-Unis', false, false, 40, 'America/New_York'),
  MA: f('Morocco', 'Maroc', false, false, 44, 'Africa/Casablanca'),
  TN: f('Tunisia', 'Tunisie', false, false, 48, 'Africa/Tunis'),
  DZ: f('Algeria', 'Algérie', false, false, 40, 'Africa/Algiers'),
  SN: f('Senegal', 'Sénégal', false, false, 40, 'Africa/Dakar'),
  CI: f("Côte d'Ivoire", "Côte d'Ivoire", false, false, 40, 'Africa/Abidjan'),
  CM: f('Cameroon', 'Cameroun', false, false, 40, 'Africa/Douala'),
  MG: f('Madagascar', 'Madagascar', false, false, 40, 'Indian/Antananarivo'),
  MU: f('Mauritius', 'Maurice', false, false, 45, 'Indian/Mauritius'),
  EG: f('Egypt', 'Égypte', false, false, 48, 'Africa/Cairo'),
  ZA: f('South Africa', 'Afrique du Sud', false, false, 45, 'Africa/Johannesburg'),
  KE: f('Kenya', 'Kenya', false, false, 45, 'Africa/Nairobi'),
  SR: f('Suriname', 'Suriname', false, false, 40, 'America/Paramaribo'),
  MX: f('Mexico', 'Mexique', false, false, 48, 'America/Mexico_City'),
  CO: f('Colombia', 'Colombie', false, false, 44, 'America/Bogota'),
  PH: f('Philippines', 'Philippines', false, false, 48, 'Asia/Manila'),
  IN: f('India', 'Inde', false, false, 48, 'Asia/Kolkata'),
  TR: f('Turkey', 'Turquie', false, false, 45, 'Europe/Istanbul'),
  RS: f('Serbia', 'Serbie', false, false, 40, 'Europe/Belgrade'),
  AL: f('Albania', 'Albanie', false, false, 40, 'Europe/Tirane'),
  GE: f('Georgia', 'Géorgie', false, false, 40, 'Asia/Tbilisi'),
  UA: f('Ukraine', 'Ukraine', false, false, 40, 'Europe/Kyiv'),
};

/** Full-time week used when a country is not in the table. */
export const DEFAULT_WEEK_HOURS = 40;

/** Share of paid time not spent on productive work (breaks, training, absence). */
export const DEFAULT_SHRINKAGE = 0.3;

/** Weeks in each period a scenario's `hours` can be expressed per. */
export const WEEKS_PER_PERIOD: Readonly<Record<string, number>> = {
  week: 1,
  month: 52 / 12,
  quarter: 13,
  year: 52,
};

/** Weeks in a period, or undefined for a period bestshore does not know (own keys only: no 'constructor'). */
export function weeksPerPeriod(period: string): number | undefined {
  return Object.hasOwn(WEEKS_PER_PERIOD, period) ? WEEKS_PER_PERIOD[period] : undefined;
}

/** Weeks in a period, a month's when the period is unknown (it is then reported by rules.ts). */
export const weeksOrMonth = (period: string): number => weeksPerPeriod(period) ?? 52 / 12;

export function countryFacts(code: string): CountryFacts | undefined {
  return Object.hasOwn(COUNTRY_TABLE, code) ? COUNTRY_TABLE[code] : undefined;
}

/**
 * The exact fix for a value written as people write it — French habits included — which the
 * schema refuses: said after the schema's own message, so the user reads what to type.
 */

/** French (and a few English) words for the enum values of the schema. */
const WORDS: Readonly<Record<string, string>> = {
  // data classes
  publique: 'public',
  publiques: 'public',
  public: 'public',
  personnelle: 'personal',
  personnelles: 'personal',
  personnel: 'personal',
  personnal: 'personal',
  'données personnelles': 'personal',
  santé: 'health',
  sante: 'health',
  médicale: 'health',
  medicale: 'health',
  médical: 'health',
  aucune: 'none',
  aucun: 'none',
  non: 'none',
  // channels
  voix: 'voice',
  téléphone: 'voice',
  telephone: 'voice',
  phone: 'voice',
  appel: 'voice',
  appels: 'voice',
  courriel: 'email',
  mail: 'email',
  'e-mail': 'email',
  mél: 'email',
  'back-office': 'backoffice',
  back_office: 'backoffice',
  tchat: 'chat',
};

/** `publique` → ` ("publique": write public)` when `public` is one of `allowed`. */
export function enumHint(v: unknown, allowed: readonly string[]): string {
  if (typeof v !== 'string') return '';
  const said = v.trim().toLowerCase();
  const meant = allowed.includes(said) ? said : WORDS[said];
  return meant !== undefined && allowed.includes(meant) ? ` (got "${v}": write ${meant})` : '';
}

const BOOLEANS: Readonly<Record<string, boolean>> = {
  oui: true,
  vrai: true,
  yes: true,
  y: true,
  on: true,
  non: false,
  faux: false,
  no: false,
  n: false,
  off: false,
};

/** `oui` → ` (got "oui": write true)`. */
export function booleanHint(v: unknown): string {
  if (typeof v !== 'string') return '';
  const b = BOOLEANS[v.trim().toLowerCase()];
  return b === undefined ? '' : ` (got "${v}": write ${b})`;
}

/** `fr` where a country code is expected → ` (got "fr": write FR, in capitals)`. */
export function countryCodeHint(v: unknown): string {
  if (typeof v !== 'string') return '';
  const t = v.trim();
  return /^[a-zA-Z]{2}$/.test(t) && t !== t.toUpperCase() ? ` (got "${v}": write ${t.toUpperCase()}, in capitals)` : '';
}

/** What a value is, in words: for "expected a map, got a number (3)". */
export function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'fields (a map)';
  if (typeof v === 'number') return `a number (${v})`;
  if (typeof v === 'boolean') return `${v}`;
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return typeof v;
}

const EXPECTED: Readonly<Record<string, string>> = {
  object: 'fields below it, one "name: value" per line (or { name: value })',
  record: 'fields below it, one "name: value" per line (or { name: value })',
  array: 'a list, such as [FR, RO]',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** zod's generic "Invalid input: expected object, received number", in plain words. */
export function plainTypeMessage(expected: string, v: unknown): string {
  return `expected ${EXPECTED[expected] ?? expected}, got ${kindOf(v)}`;
}

import { WEEKS_PER_PERIOD, weeksPerPeriod } from './countryTable.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import { pathKey, type FieldPath } from './path.js';
import { LANGUAGE_CODE } from './schema.js';
import { COUNTRY_CODE } from './schemaParts.js';
import { locate } from './sourceMap.js';
import { checkGlobalRules } from './globalRules.js';
import { checkBid } from './bid.js';
import { checkEsg } from './esg.js';
import { checkHorizon } from './horizon.js';
import { didYouMean } from './suggest.js';
import type { Scenario } from './types.js';

/** A semantic rule: looks at the normalised scenario and reports what is wrong, with locations. */
type Rule = (s: Scenario, report: Report) => void;
type Report = (path: FieldPath, message: string, severity?: Severity) => void;

const codes: Rule = (s, report) => {
  for (const c of s.countries) {
    const upper = c.code.toUpperCase();
    const hint = COUNTRY_CODE.test(upper) ? `: did you mean "${upper}"?` : ', e.g. FR';
    if (!COUNTRY_CODE.test(c.code))
      report(['countries', c.code], `"${c.code}" is not an ISO 3166-1 alpha-2 code (two capital letters${hint})`);
    for (const lang of Object.keys(c.languages)) {
      if (!LANGUAGE_CODE.test(lang))
        report(
          ['countries', c.code, 'languages', lang],
          `"${lang}" is not a language code (lower case, e.g. fr, en, pt-br)`,
        );
    }
  }
};

const home: Rule = (s, report) => {
  if (s.countries.some((c) => c.code === s.home)) return;
  const written = s.source.positions.has(JSON.stringify(['home']));
  const codes = s.countries.map((c) => c.code);
  report(
    written ? ['home'] : [],
    written
      ? `home country "${s.home}" is not in countries${didYouMean(s.home, codes)}`
      : `home defaults to FR, which is not in countries: add FR to countries or set home to one of ${codes.join(', ')}`,
  );
};

const shares: Rule = (s, report) => {
  for (const a of s.activities) {
    if (a.minHomeShare !== undefined && a.maxShare !== undefined && a.minHomeShare > a.maxShare) {
      report(
        ['activities', a.id, 'min_home_share'],
        `min_home_share ${a.minHomeShare} is above max_share ${a.maxShare}: no country may carry more than max_share, home included`,
      );
    }
  }
};

const continuity: Rule = (s, report) => {
  for (const a of s.activities) {
    const written = s.source.positions.has(JSON.stringify(['activities', a.id, 'min_country_share']));
    if (written && a.minCountries === undefined) {
      report(
        ['activities', a.id, 'min_country_share'],
        'min_country_share needs min_countries (how many countries must each carry that share)',
      );
    }
    if (a.minCountries !== undefined && a.minCountries * a.minCountryShare > 1 + 1e-12) {
      report(
        ['activities', a.id, 'min_countries'],
        `${a.minCountries} countries × min_country_share ${a.minCountryShare} is more than 100% of the activity`,
      );
    }
  }
};

const allowLists: Rule = (s, report) => {
  const known = s.countries.map((c) => c.code);
  for (const a of s.activities) {
    (a.allowList ?? []).forEach((code, i) => {
      if (!known.includes(code))
        report(['activities', a.id, 'countries', i], `country "${code}" is not in countries${didYouMean(code, known)}`);
    });
  }
};

const languages: Rule = (s, report) => {
  const offered = [...new Set(s.countries.flatMap((c) => Object.keys(c.languages)))];
  for (const a of s.activities) {
    if (!offered.includes(a.language)) {
      report(
        ['activities', a.id, 'language'],
        `no country offers language "${a.language}"${didYouMean(a.language, offered)}; offered: ${offered.join(', ')}`,
      );
    }
  }
};

const period: Rule = (s, report) => {
  if (weeksPerPeriod(s.period) !== undefined) return;
  const missing = s.countries.filter((c) => c.hoursPerFteFrom === 'default');
  if (missing.length === 0) return;
  report(
    ['period'],
    `period "${s.period}" is not one of ${Object.keys(WEEKS_PER_PERIOD).join(', ')}, so hours_per_fte cannot be derived: set it for ${missing.map((c) => c.code).join(', ')}`,
  );
};

const tableFacts: Rule = (s, report) => {
  for (const c of s.countries) {
    if (c.inTable || !COUNTRY_CODE.test(c.code)) continue; // a malformed code is already an error
    if (!s.source.positions.has(JSON.stringify(['countries', c.code, 'eu']))) {
      report(
        ['countries', c.code],
        `${c.code} is not in the built-in country table: treated as outside the EU/EEA with no adequacy decision and a ${c.weekHours} h week; set eu/adequacy/hours_per_fte to be explicit`,
        'warning',
      );
    }
  }
};

const RULES: readonly Rule[] = [
  codes,
  home,
  shares,
  continuity,
  allowLists,
  languages,
  period,
  tableFacts,
  checkGlobalRules,
  checkBid,
  checkEsg,
  checkHorizon,
];

/** Run every semantic rule; each problem comes back located in the scenario file. */
export function checkRules(s: Scenario): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report: Report = (path, message, severity = 'error') => {
    const pos = locate(s.source, path);
    out.push({ file: pos.file ?? s.source.file, line: pos.line, col: pos.col, path: pathKey(path), message, severity });
  };
  for (const rule of RULES) rule(s, report);
  return out;
}

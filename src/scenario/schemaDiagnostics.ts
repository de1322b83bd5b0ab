import type { z } from 'zod';
import type { Diagnostic } from './diagnostic.js';
import { pathKey, type FieldPath } from './path.js';
import { RESERVED_KEYS } from './reservedKeys.js';
import { KNOWN_KEYS } from './schema.js';
import { locate, type SourceMap } from './sourceMap.js';
import { didYouMean } from './suggest.js';
import { booleanHint, countryCodeHint, enumHint, plainTypeMessage } from './valueHints.js';

/** Keys allowed in the map at `path`, for suggestions on unknown keys. */
function knownKeysAt(path: FieldPath): readonly string[] {
  if (path.length === 0) return KNOWN_KEYS.scenario;
  if (path[0] === 'countries' && path.length === 2) return KNOWN_KEYS.country;
  if (path[0] === 'countries' && path.length === 4 && path[2] === 'languages') return KNOWN_KEYS.language;
  if (path[0] === 'activities' && path.length === 2) return KNOWN_KEYS.activity;
  if (path[0] === 'rules' && path.length === 2) return KNOWN_KEYS.rule;
  if (path[0] === 'esg' && path.length === 1) return KNOWN_KEYS.esg;
  return [];
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Reflect.get(v, p);
  }
  return v;
}

/** Fields holding a share of 1 (0.8 for 80%): written as "80%", they are told to write 0.8. */
const SHARES: ReadonlySet<string> = new Set([
  'max_share',
  'min_home_share',
  'min_country_share',
  'min_quality',
  'quality',
  'shrinkage',
  'occupancy_max',
  'night',
  'sunday',
  'target',
  'max_p_wait',
]);
const isShare = (path: FieldPath): boolean => SHARES.has(String(path.at(-1) ?? '')) || path.at(-3) === 'languages';

/**
 * A number written the way people write them, which YAML reads as text: `1 200`, `1.200.000`,
 * `1'200` (thousands separators), `0,9` (a decimal comma).
 */
export function numberTextHint(v: unknown, path: FieldPath = []): string {
  if (typeof v !== 'string') return '';
  const t = v.trim();
  if (/^\d{1,3}([ .'\u00a0\u202f]\d{3})+$/.test(t))
    return ` (got "${v}": write ${t.replace(/\D/g, '')}, without thousands separators)`;
  if (/^\d{1,3}(,\d{3})+$/.test(t))
    return ` (got "${v}": write ${t.replace(/,/g, '')} for thousands, or ${Number(t.replace(',', '.'))} if the comma is a decimal one)`;
  if (/^\d+,\d+$/.test(t)) return ` (got "${v}": write ${t.replace(',', '.')}, with a decimal point)`;
  const percent = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(t);
  if (percent) {
    const n = Number((percent[1] ?? '').replace(',', '.'));
    return isShare(path)
      ? ` (got "${v}": write ${Number((n / 100).toPrecision(12))}, a share between 0 and 1)`
      : ` (got "${v}": write ${n}, without "%")`;
  }
  return '';
}

/** The schema's own message, or — where zod's generic wording would show — plain words. */
function plain(issue: z.core.$ZodIssueInvalidType, data: unknown, path: FieldPath): string {
  return issue.message.startsWith('Invalid input')
    ? plainTypeMessage(issue.expected, valueAt(data, path))
    : issue.message;
}

/** Turn zod's issues into located diagnostics, one per problem. */
export function schemaDiagnostics(issues: readonly z.core.$ZodIssue[], data: unknown, source: SourceMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (path: FieldPath, message: string): void => {
    const pos = locate(source, path);
    out.push({
      file: pos.file ?? source.file,
      line: pos.line,
      col: pos.col,
      path: pathKey(path),
      message,
      severity: 'error',
    });
  };
  const visit = (issue: z.core.$ZodIssue, prefix: FieldPath): void => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(path);
      for (const key of issue.keys.filter((k) => !RESERVED_KEYS.includes(k))) {
        // Reserved keys are reported by reservedKeys.ts. A close match is the likely fix; otherwise list what is allowed there.
        const hint = didYouMean(key, known) || (known.length ? `; allowed: ${known.join(', ')}` : '');
        push([...path, key], `unknown key "${key}"${hint}`);
      }
    } else if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) {
      push(path, `missing required field "${String(path.at(-1) ?? '')}"`);
    } else if (issue.code === 'invalid_type' && issue.expected === 'number') {
      push(path, `${plain(issue, data, path)}${numberTextHint(valueAt(data, path), path)}`);
    } else if (issue.code === 'invalid_type' && issue.expected === 'boolean') {
      push(path, `${plain(issue, data, path)}${booleanHint(valueAt(data, path))}`);
    } else if (issue.code === 'invalid_value') {
      push(path, `${issue.message}${enumHint(valueAt(data, path), issue.values.map(String))}`);
    } else if (issue.code === 'invalid_format') {
      push(path, `${issue.message}${countryCodeHint(valueAt(data, path))}`);
    } else if (issue.code === 'invalid_union') {
      // Report the branch that matched the value's shape (e.g. the object form), else the union's message.
      const branch = issue.errors.find((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (branch) branch.forEach((i) => visit(i, path));
      else push(path, issue.message);
    } else if (issue.code === 'invalid_type') {
      push(path, plain(issue, data, path));
    } else {
      push(path, issue.message);
    }
  };
  issues.forEach((i) => visit(i, []));
  return out;
}

import { describe, expect, it } from 'vitest';
import { CLI_WORDS } from '../../cli/words.js';
import { DIAGNOSIS_WORDS } from '../../plan/diagnosisWords.js';
import { EXPLAIN_EN } from './explain.en.js';
import { EXPLAIN_FR } from './explain.fr.js';
import { PLAN_EN } from './plan.en.js';
import { PLAN_FR } from './plan.fr.js';
import { WHAT_IF_EN } from './whatIf.en.js';
import { WHAT_IF_FR } from './whatIf.fr.js';
import { ERLANG_EN } from './erlang.en.js';
import { ERLANG_FR } from './erlang.fr.js';
import { ROADMAP_EN } from './roadmap.en.js';
import { ROADMAP_FR } from './roadmap.fr.js';
import { OPTIONS_EN } from './options.en.js';
import { OPTIONS_FR } from './options.fr.js';

/** Every key path of a word table, with its value's kind (nested maps such as `basis` walked). */
function shape(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]: [string, unknown]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? shape(value, `${prefix}${key}.`)
      : [`${prefix}${key}: ${Array.isArray(value) ? `list of ${value.length}` : typeof value}`],
  );
}

/** The plain strings of a table, by key path. */
function strings(table: object, prefix = ''): [string, string][] {
  return Object.entries(table).flatMap(([key, value]: [string, unknown]): [string, string][] =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value]]
      : value !== null && typeof value === 'object' && !Array.isArray(value)
        ? strings(value, `${prefix}${key}.`)
        : [],
  );
}

const TABLES: readonly [string, object, object][] = [
  ['plan', PLAN_EN, PLAN_FR],
  ['explain', EXPLAIN_EN, EXPLAIN_FR],
  ['diagnosis', DIAGNOSIS_WORDS.en, DIAGNOSIS_WORDS.fr],
  ['cli', CLI_WORDS.en, CLI_WORDS.fr],
  ['whatIf', WHAT_IF_EN, WHAT_IF_FR],
  ['erlang', ERLANG_EN, ERLANG_FR],
  ['roadmap', ROADMAP_EN, ROADMAP_FR],
  ['options', OPTIONS_EN, OPTIONS_FR],
];

/** French words that are the English ones too. */
const SAME = new Set([
  'plan:total',
  'plan:contacts',
  'plan:mipOptimal',
  'whatIf:plan',
  'whatIf:csvHead.point',
  'erlang:agents',
  'erlang:pAbandon',
  'roadmap:approximations',
]);

describe('word tables: French and English', () => {
  it.each(TABLES)('%s: the same keys, each of the same kind', (_name, en, fr) => {
    expect(shape(fr)).toEqual(shape(en));
  });

  it.each(TABLES)('%s: every French text is translated (not the English left in place)', (name, en, fr) => {
    const english = new Map(strings(en));
    const untranslated = strings(fr).filter(([key, text]) => english.get(key) === text && !SAME.has(`${name}:${key}`));
    expect(untranslated).toEqual([]);
  });
});

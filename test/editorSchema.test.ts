/**
 * The scenario's JSON Schema as an editor uses it (yaml-language-server, VS Code): every file
 * the CLI accepts must pass it, what it can express must fail it, and every field has hover
 * text. Checked with Ajv (draft 2020-12), the validator such editors are built on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../src/model/ruleCatalogue.js';
import { scenarioJsonSchema } from '../src/model/ruleSchema.js';
import { ROOT } from './helpers.js';
import { runMain, scratch } from './support/inProcess.js';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(scenarioJsonSchema());
const errorsOf = (data: unknown): string[] =>
  validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
const yamlFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => join(ROOT, dir, n));

/**
 * A walk over every field of a JSON Schema node, its dotted path (`*` for a map's values), through
 * nested objects, maps and the alternatives of unions; `visit` sees each field once per place.
 */
const fieldWalker = (visit: (path: string, field: Record<string, unknown>) => void) => {
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    for (const [key, child] of Object.entries((n['properties'] ?? {}) as Record<string, Record<string, unknown>>)) {
      const p = path === '' ? key : `${path}.${key}`;
      visit(p, child);
      walk(child, p);
      for (const alt of (child['anyOf'] ?? []) as unknown[]) walk(alt, p);
    }
    if (typeof n['additionalProperties'] === 'object') walk(n['additionalProperties'], `${path}.*`);
    for (const alt of (n['anyOf'] ?? []) as unknown[]) walk(alt, path);
  };
  return walk;
};

describe('the scenario JSON Schema in an editor', () => {
  it('accepts every file the CLI accepts: the samples, the valid corpus, the starter', async () => {
    const files = [
      ...yamlFiles('scenarios'),
      ...yamlFiles('test/fixtures/valid'),
      join(ROOT, 'templates/starter.yaml'),
    ];
    const valid = (await runMain(['validate', ...files])).code;
    expect(valid).toBe(0);
    for (const f of files) expect(errorsOf(parse(readFileSync(f, 'utf8'))), f).toEqual([]);
  });

  it('accepts extends and key: null (which deletes a key of the base)', async () => {
    const { write } = scratch('bestshore-editor-schema-');
    write('base.yaml', readFileSync(join(ROOT, 'scenarios/telecom.yaml'), 'utf8'));
    const child = write(
      'child.yaml',
      'extends: base.yaml\nname: variant\ncountries:\n  MA: { capacity_hours: null }\nactivities:\n  acquisition: { min_quality: null }\n',
    );
    expect((await runMain(['validate', child])).code).toBe(0);
    expect(errorsOf(parse(readFileSync(child, 'utf8')))).toEqual([]);
  });

  it('rejects what it can express: lower-case or long country codes, empty maps, malformed offsets and service levels', () => {
    const base = parse(readFileSync(join(ROOT, 'scenarios/telecom.yaml'), 'utf8')) as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const withCountry = (code: string) => ({
      ...base,
      countries: { ...base['countries'], [code]: { cost_per_hour: 20, languages: { fr: 0.9 } } },
    });
    expect(errorsOf(withCountry('ro')).length).toBeGreaterThan(0);
    expect(errorsOf(withCountry('ROU')).length).toBeGreaterThan(0);
    expect(errorsOf({ ...base, countries: {} }).length).toBeGreaterThan(0);
    expect(errorsOf({ ...base, activities: {} }).length).toBeGreaterThan(0);
    const fr = base['countries']?.['FR'] ?? {};
    expect(
      errorsOf({ ...base, countries: { ...base['countries'], FR: { ...fr, utc_offset: 'UTC+1' } } }).length,
    ).toBeGreaterThan(0);
    expect(errorsOf({ ...base, countries: { ...base['countries'], FR: { ...fr, utc_offset: '+01:00' } } })).toEqual([]);
    const sl = (service_level: string) => ({
      ...base,
      activities: { x: { language: 'fr', contacts: { volume: 100, aht: 200, service_level } } },
    });
    expect(errorsOf(sl('80%/20s'))).toEqual([]);
    expect(errorsOf(sl('80 percent in 20')).length).toBeGreaterThan(0);
  });

  it('describes every field, for hover', () => {
    const missing: string[] = [];
    const walk = fieldWalker((p, child) => {
      if (typeof child['description'] !== 'string') missing.push(p);
    });
    const defs = scenarioJsonSchema()['$defs'] as Record<string, unknown>;
    walk(defs['scenario'], '');
    walk(defs['variant'], '');
    expect(missing).toEqual([]);
    expect(Object.keys((defs['scenario'] as { properties: object }).properties).length).toBeGreaterThan(10);
  });

  it('names the rule of every rule field of the catalogue, at its path, and of no other field', () => {
    // A field under a union (anyOf) is annotated in each of its alternatives: a set.
    const named = new Set<string>();
    const walk = fieldWalker((p, child) => {
      const rule = child['x-bestshore-rule'] as { kind: string; name: string; relax: string } | undefined;
      if (rule) named.add(`${p} ${rule.kind} ${rule.relax} ${rule.name}`);
    });
    const defs = scenarioJsonSchema()['$defs'] as Record<string, unknown>;
    walk(defs['scenario'], '');
    const expected = RULES.flatMap((r) => r.fields.map((f) => `${f} ${r.kind} ${r.relax} ${r.name.en}`));
    // One rule per field: the annotation names one kind.
    expect(new Set(RULES.flatMap((r) => r.fields)).size).toBe(expected.length);
    expect([...named].sort()).toEqual(expected.sort());
    expect(named).toContain('activities.*.max_share max-share share maximum share of a country');
    const scenario = [...named];
    named.clear();
    walk(defs['variant'], '');
    expect([...named]).toEqual(scenario);
  });
});

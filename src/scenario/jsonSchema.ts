import { z } from 'zod';
import { LANGUAGE_CODE, ScenarioSchema } from './schema.js';
import { COUNTRY_CODE } from './schemaParts.js';
import { FIELD_DESCRIPTIONS } from './schemaDescriptions.js';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What the editor needs beyond the zod schema's shape, by field path (`*`: any key of a map):
 * formats the validator checks after the shape (normalise.ts, rules.ts), written as patterns,
 * and the code and non-empty rules of the maps.
 */
const EXTRA: Readonly<Record<string, Node>> = {
  countries: { propertyNames: { pattern: COUNTRY_CODE.source }, minProperties: 1 },
  'countries.*.languages': { propertyNames: { pattern: LANGUAGE_CODE.source }, minProperties: 1 },
  'countries.*.utc_offset': { pattern: '^\\s*[+-](0\\d|1[0-4]):[0-5]\\d\\s*$' },
  activities: { minProperties: 1 },
  'activities.*.contacts.service_level': { pattern: '^\\s*\\d+(\\.\\d+)?\\s*%?\\s*/\\s*\\d+(\\.\\d+)?\\s*s?\\s*$' },
};

/** Keys an outer layer adds to the field at a path (`*`: any key of a map), once, beside its description. */
export type Annotate = (path: string) => Node | undefined;

/**
 * Walk the generated schema: descriptions (for hover) and patterns by field path, and `null`
 * allowed for every optional field — in a file that `extends` a base, `key: null` deletes the
 * base's key (variants.ts), so the editor must not flag it.
 */
function edit(node: Node, path: string, annotate: Annotate): Node {
  const out: Node = { ...node, ...EXTRA[path] };
  const description = FIELD_DESCRIPTIONS[path];
  if (description !== undefined && out['description'] === undefined) out['description'] = description;
  if (Array.isArray(out['anyOf']))
    out['anyOf'] = out['anyOf'].map((n: unknown) => (isNode(n) ? edit(n, path, annotate) : n));
  if (isNode(out['additionalProperties']))
    out['additionalProperties'] = edit(out['additionalProperties'], path === '' ? '*' : `${path}.*`, annotate);
  if (isNode(out['properties'])) {
    const required = new Set(Array.isArray(out['required']) ? out['required'] : []);
    const properties: Node = {};
    for (const [key, child] of Object.entries(out['properties'])) {
      if (!isNode(child)) continue;
      const at = path === '' ? key : `${path}.${key}`;
      const edited = edit(child, at, annotate);
      properties[key] = { ...(required.has(key) ? edited : orNull(edited)), ...annotate(at) };
    }
    out['properties'] = properties;
  }
  return out;
}

/** `{ anyOf: [field, null] }`, the description kept on the outside (where editors read it). */
function orNull(field: Node): Node {
  const { description, ...rest } = field;
  return { ...(description === undefined ? {} : { description }), anyOf: [rest, { type: 'null' }] };
}

/** The same schema with no required field: a file that `extends` a base may leave any of them to it. */
function withoutRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutRequired);
  if (!isNode(node)) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => k !== 'required')
      .map(([k, v]) => [k, withoutRequired(v)]),
  );
}

/**
 * JSON Schema of the scenario format, generated from the zod schema (never written twice):
 * a file without `extends` must be a whole scenario (`$defs.scenario`); one with `extends`
 * only overrides its base, so no field is required of it (`$defs.variant`). `annotate`: what
 * the layers above know of a field (model/ruleSchema.ts: the rule it is).
 */
export function scenarioJsonSchemaWith(annotate: Annotate): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' });
  const edited = edit(generated, '', annotate);
  const properties = isNode(edited['properties']) ? edited['properties'] : {};
  const scenario = {
    ...edited,
    properties: {
      extends: { description: FIELD_DESCRIPTIONS['extends'], type: 'string', minLength: 1 },
      ...properties,
    },
  };
  return {
    $schema,
    $id: 'https://bestshore.dev/scenario.schema.json',
    title: 'bestshore scenario',
    description:
      'A bestshore scenario: activities, candidate countries and the rules of the plan. See docs/scenario.md.',
    if: { type: 'object', required: ['extends'] },
    then: { $ref: '#/$defs/variant' },
    else: { $ref: '#/$defs/scenario' },
    $defs: { scenario, variant: withoutRequired(scenario) },
  };
}

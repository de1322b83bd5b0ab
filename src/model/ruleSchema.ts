import { scenarioJsonSchemaWith } from '../scenario/jsonSchema.js';
import { RULES } from './ruleCatalogue.js';

/**
 * The JSON Schema of the scenario format for editors and linters (`bestshore schema`, `init`):
 * scenario/jsonSchema.ts's, each field of a rule annotated from the rule catalogue with
 * `x-bestshore-rule`: its kind (as explain's JSON and the model's rows name it), its short name
 * and how explain changes it (`share`, `hours`, `count`: relaxed by steps; `lift`: only whole).
 * Editors ignore keywords they do not know; the shape and the descriptions are unchanged.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return scenarioJsonSchemaWith((path) => {
    const r = RULES.find((x) => x.fields.includes(path));
    return r && { 'x-bestshore-rule': { kind: r.kind, name: r.name.en, relax: r.relax } };
  });
}

import { z } from 'zod';
import { ScenarioSchema } from './schema.js';

/** JSON Schema of the scenario format, generated from the zod schema (never written twice). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://bestshore.dev/scenario.schema.json',
    title: 'bestshore scenario',
    description: 'A bestshore scenario: activities, candidate countries and the rules of the plan. See docs/scenario.md.',
  };
}

/**
 * Version of the shape of every JSON document bestshore writes (plan, explain, compare, sweep,
 * erlang, validate, errors): raised when a field changes meaning or is removed; new fields are
 * added without raising it. docs/output.md describes the documents; docs/plan.schema.json is
 * the JSON Schema of the plan.
 */
export const FORMAT_VERSION = 1;

/** A JSON document as the CLI writes it: `format_version` first, two-space indent, one final newline. */
export const jsonDocument = (body: object): string =>
  `${JSON.stringify({ format_version: FORMAT_VERSION, ...body }, null, 2)}\n`;

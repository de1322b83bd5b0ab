import type { Explanation } from '../explain/types.js';
import type { Outcome } from '../plan/types.js';
import { EXPLAIN_RENDERERS } from '../report/explain/explainFormats.js';
import type { Locale } from '../report/format.js';
import { byName, EXPLAIN_FORMATS, PLAN_FORMATS, type Names } from '../report/formatNames.js';
import { RENDERERS } from '../report/plan/registry.js';

export type PlanFormat = Names<typeof PLAN_FORMATS>;
export type ExplainFormat = Names<typeof EXPLAIN_FORMATS>;

/** How to render: number style (`en` 1,234.5 or `fr` 1 234,5; for csv, `fr` means ";" separators) and ANSI colour (default none). */
export type RenderOptions = {
  readonly locale?: Locale;
  readonly color?: boolean;
  /** Columns the `table` format fits (it wraps or stacks to stay within them); absent: no limit. */
  readonly width?: number;
};

/** Is this a format `render`/`renderFile` knows? */
export const isPlanFormat = (name: string): name is PlanFormat => PLAN_FORMATS.some((known) => known === name);
/** Is this a format `renderExplanation`/`renderExplanationFile` knows? */
export const isExplainFormat = (name: string): name is ExplainFormat => EXPLAIN_FORMATS.some((known) => known === name);

const rendering = (options: RenderOptions) => ({
  color: options.color === true,
  locale: options.locale ?? 'en',
  ...(options.width === undefined ? {} : { width: options.width }),
});

/** A plan (the outcome of `plan`) as text: `table` (terminal), `json`, `csv` or `md` — what `bestshore plan --format` prints. */
export function render(outcome: Outcome, format: PlanFormat, options: RenderOptions = {}): string {
  const renderer = byName(RENDERERS, format);
  if (!renderer) throw new RangeError(`unknown format "${format}": expected one of ${PLAN_FORMATS.join(', ')}`);
  if (renderer.kind !== 'text') throw new RangeError(`format "${format}" is a binary file: use renderFile`);
  return renderer.render(outcome, rendering(options));
}

/** A plan in any format, a workbook (`xlsx`) included: text, or the file's bytes. */
export async function renderFile(
  outcome: Outcome,
  format: PlanFormat,
  options: RenderOptions = {},
): Promise<string | Uint8Array> {
  const renderer = byName(RENDERERS, format);
  if (!renderer) throw new RangeError(`unknown format "${format}": expected one of ${PLAN_FORMATS.join(', ')}`);
  return renderer.kind === 'text'
    ? renderer.render(outcome, rendering(options))
    : renderer.render(outcome, rendering(options));
}

/** An explanation (the result of `explain`) as text: `table`, `json` or `md` — what `bestshore explain --format` prints. */
export function renderExplanation(
  explanation: Explanation,
  format: ExplainFormat,
  options: RenderOptions = {},
): string {
  const renderer = byName(EXPLAIN_RENDERERS, format);
  if (!renderer) throw new RangeError(`unknown format "${format}": expected one of ${EXPLAIN_FORMATS.join(', ')}`);
  if (renderer.kind !== 'text') throw new RangeError(`format "${format}" is a binary file: not rendered as text`);
  return renderer.render(explanation, rendering(options));
}

/** An explanation in any format, a workbook (`xlsx`) included: text, or the file's bytes. */
export async function renderExplanationFile(
  explanation: Explanation,
  format: ExplainFormat,
  options: RenderOptions = {},
): Promise<string | Uint8Array> {
  const renderer = byName(EXPLAIN_RENDERERS, format);
  if (!renderer) throw new RangeError(`unknown format "${format}": expected one of ${EXPLAIN_FORMATS.join(', ')}`);
  return renderer.kind === 'text'
    ? renderer.render(explanation, rendering(options))
    : renderer.render(explanation, rendering(options));
}

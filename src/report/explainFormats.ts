import type { Explanation } from '../explain/types.js';
import { renderExplainJson } from './explainJson.js';
import { renderExplainMarkdown, renderExplainTable, type ExplainRenderOptions } from './explainRender.js';

/** `bestshore explain --format`: renderers by name. */
export const EXPLAIN_RENDERERS: Readonly<Record<string, (e: Explanation, o: ExplainRenderOptions) => string>> = {
  table: renderExplainTable,
  json: (e) => renderExplainJson(e),
  md: renderExplainMarkdown,
};

export const EXPLAIN_FORMATS = Object.keys(EXPLAIN_RENDERERS);

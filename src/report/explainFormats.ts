import { EXPLAIN_FORMATS, type Names } from './formatNames.js';
import type { Explanation } from '../explain/types.js';
import { renderExplainJson } from './explainJson.js';
import { renderExplainMarkdown, renderExplainTable, type ExplainRenderOptions } from './explainRender.js';

/** `bestshore explain --format`: renderers by name. */
export const EXPLAIN_RENDERERS: Readonly<Record<Names<typeof EXPLAIN_FORMATS>, (e: Explanation, o: ExplainRenderOptions) => string>> = {
  table: renderExplainTable,
  json: (e) => renderExplainJson(e),
  md: renderExplainMarkdown,
};

export { EXPLAIN_FORMATS };

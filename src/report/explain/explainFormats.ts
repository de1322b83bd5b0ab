import { EXPLAIN_FORMATS, type Names } from '../formatNames.js';
import type { Explanation } from '../../explain/types.js';
import { renderExplainJson } from './explainJson.js';
import { renderExplainMarkdown, renderExplainTable, type ExplainRenderOptions } from './explainRender.js';
import { textFormat, xlsxFormat, type Registered } from '../renderer.js';
import { renderExplainXlsx } from '../xlsx/index.js';

/** `bestshore explain --format`: renderers by name. */
export const EXPLAIN_RENDERERS: Readonly<
  Record<Names<typeof EXPLAIN_FORMATS>, Registered<Explanation, ExplainRenderOptions>>
> = {
  table: textFormat(renderExplainTable),
  json: textFormat((e) => renderExplainJson(e)),
  md: textFormat(renderExplainMarkdown),
  xlsx: xlsxFormat(renderExplainXlsx),
};

export { EXPLAIN_FORMATS };

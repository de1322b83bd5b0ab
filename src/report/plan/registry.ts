import type { Names, PLAN_FORMATS } from '../formatNames.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { textFormat, xlsxFormat, type RegisteredRenderer } from '../renderer.js';
import { renderTable } from './table.js';
import { renderXlsx } from '../xlsx/index.js';

/** Output formats by name: add a renderer here and it becomes a `--format` choice. */
export const RENDERERS: Readonly<Record<Names<typeof PLAN_FORMATS>, RegisteredRenderer>> = {
  table: textFormat(renderTable),
  json: textFormat(renderJson),
  csv: textFormat(renderCsv),
  md: textFormat(renderMarkdown),
  xlsx: xlsxFormat(renderXlsx),
};

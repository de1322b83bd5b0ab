import { PLAN_FORMATS, type Names } from './formatNames.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Renderer } from './renderer.js';
import { renderTable } from './table.js';

/** Output formats by name: add a renderer here and it becomes a `--format` choice. */
export const RENDERERS: Readonly<Record<Names<typeof PLAN_FORMATS>, Renderer>> = {
  table: renderTable,
  json: renderJson,
  csv: renderCsv,
  md: renderMarkdown,
};

export const FORMAT_NAMES: readonly string[] = PLAN_FORMATS;

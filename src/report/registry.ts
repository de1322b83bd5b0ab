import { PLAN_FORMATS, type Names } from './formatNames.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { RegisteredRenderer } from './renderer.js';
import { renderTable } from './table.js';
import { renderXlsx } from './xlsx/index.js';

/** Output formats by name: add a renderer here and it becomes a `--format` choice. */
export const RENDERERS: Readonly<Record<Names<typeof PLAN_FORMATS>, RegisteredRenderer>> = {
  table: { kind: 'text', render: renderTable },
  json: { kind: 'text', render: renderJson },
  csv: { kind: 'text', render: renderCsv },
  md: { kind: 'text', render: renderMarkdown },
  xlsx: { kind: 'binary', render: renderXlsx, extension: 'xlsx', what: 'an Excel workbook' },
};

export const FORMAT_NAMES: readonly string[] = PLAN_FORMATS;

import type { RoadmapOutcome } from '../../roadmap/types.js';
import type { Locale } from '../format.js';
import { textFormat, xlsxFormat, type Registered } from '../renderer.js';
import { renderRoadmapXlsx } from '../xlsx/index.js';
import { renderRoadmapCsv } from './roadmapCsv.js';
import { renderRoadmapJson } from './roadmapJson.js';
import { renderRoadmapTable } from './roadmapTable.js';
import { renderRoadmapSvg } from './roadmapSvg.js';

export type RoadmapRenderOptions = { readonly color: boolean; readonly locale: Locale; readonly width?: number };

export const ROADMAP_FORMATS = ['table', 'json', 'csv', 'svg', 'xlsx'] as const;

/** `bestshore roadmap --format`: pure renderers by name. */
export const ROADMAP_RENDERERS: Readonly<
  Record<(typeof ROADMAP_FORMATS)[number], Registered<RoadmapOutcome, RoadmapRenderOptions>>
> = {
  table: textFormat(renderRoadmapTable),
  json: textFormat((o: RoadmapOutcome) => renderRoadmapJson(o)),
  csv: textFormat(renderRoadmapCsv),
  svg: textFormat(renderRoadmapSvg),
  xlsx: xlsxFormat(renderRoadmapXlsx),
};

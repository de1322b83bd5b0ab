import { ANNEX_FORMATS } from '../formatNames.js';
import type { Plan } from '../../plan/types.js';
import type { Scenario } from '../../scenario/types.js';
import { annexHtml } from './html.js';
import type { Lang } from './i18n.js';
import { layoutAnnex } from './layout.js';
import { annexMarkdown } from './md.js';
import { buildAnnexModel } from './model.js';
import type { Roadmap } from '../../roadmap/types.js';
import type { Edition, SectionId } from './sections.js';
import type { AnnexOptionsInput } from './modelOptions.js';

export { EDITIONS, isEdition, parseSections, type Edition, type SectionId } from './sections.js';

export type { Lang } from './i18n.js';

/**
 * The tender annex: plan + scenario → model (language-neutral) → document (words, layout.ts)
 * → HTML, Markdown or DOCX. Every renderer is pure: same input, same bytes.
 */
export type AnnexOptions = {
  readonly lang: Lang;
  /** YYYY-MM-DD printed under the title (and stamped in DOCX metadata); no date when absent. */
  readonly date?: string | undefined;
  /** client (default: what goes to the buyer) or internal (adds the saving, the method, quality scores). */
  readonly edition?: Edition | undefined;
  /** The sections in the order wanted; default the edition's. */
  readonly sections?: readonly SectionId[] | undefined;
  /** The roadmap over the contract term (`bestshore roadmap`'s), for the transition section. */
  readonly roadmap?: Roadmap | undefined;
  /** The trade-off front and the near-optimal alternatives, for the internal edition's options section. */
  readonly options?: AnnexOptionsInput | undefined;
};

export { ANNEX_FORMATS };
export type AnnexFormat = (typeof ANNEX_FORMATS)[number];

const doc = (plan: Plan, scenario: Scenario, o: AnnexOptions) =>
  layoutAnnex(
    buildAnnexModel(plan, scenario, {
      date: o.date,
      edition: o.edition ?? 'client',
      sections: o.sections,
      roadmap: o.roadmap,
      options: o.options,
    }),
    o.lang,
  );

export function renderAnnexHtml(plan: Plan, scenario: Scenario, options: AnnexOptions): string {
  return annexHtml(doc(plan, scenario, options));
}

export function renderAnnexMarkdown(plan: Plan, scenario: Scenario, options: AnnexOptions): string {
  return annexMarkdown(doc(plan, scenario, options));
}

export async function renderAnnexDocx(plan: Plan, scenario: Scenario, options: AnnexOptions): Promise<Uint8Array> {
  // Loaded on demand: the docx package costs every other command ~40 ms of start-up.
  const { annexDocx } = await import('./docx.js');
  return annexDocx(doc(plan, scenario, options), options.date);
}

/** True for a real calendar day written YYYY-MM-DD (2027-02-30 is not). */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

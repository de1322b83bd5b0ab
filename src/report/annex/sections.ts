import { ANNEX_EDITIONS, ANNEX_SECTIONS } from '../formatNames.js';

/**
 * Which sections an annex has, in which order, by edition. The client edition is what goes to
 * the buyer: no internal figures (the saving against delivering everything at home, the
 * optimisation method, the scenario's internal quality scores). The internal edition is for the
 * bid team and adds them.
 */
export const EDITIONS = ANNEX_EDITIONS;
export type Edition = (typeof EDITIONS)[number];

/** Every section an annex can have, by the id `--sections` takes. */
export const SECTION_IDS = ANNEX_SECTIONS;
export type SectionId = (typeof SECTION_IDS)[number];

/** Sections that only the internal edition may carry: the scenario's quality scores are not commitments, the options are not offered. */
export const INTERNAL_ONLY: ReadonlySet<SectionId> = new Set<SectionId>(['quality', 'options']);

/**
 * Sections of a bid-grade annex: in the default list only when the scenario has a `bid`
 * (offer, price schedule, signature need it; commitments and staffing are asked for with
 * --sections otherwise), so an annex without a bid is as it was.
 */
export const BID_SECTIONS: ReadonlySet<SectionId> = new Set<SectionId>([
  'offer',
  'price-schedule',
  'commitments',
  'staffing',
  'cost-breakdown',
  'signature',
]);

/**
 * The sections of an edition, in reading order, with or without the bid sections. A rota's
 * shift assumptions (the staffing section) are stated even without a bid: the price depends on them.
 */
export function defaultSections(edition: Edition, bid: boolean, rota = false): readonly SectionId[] {
  return SECTION_IDS.filter(
    (id) =>
      (edition === 'internal' || !INTERNAL_ONLY.has(id)) &&
      (bid || !BID_SECTIONS.has(id) || (rota && id === 'staffing')),
  );
}

export const isSectionId = (s: string): s is SectionId => SECTION_IDS.some((id) => id === s);
export const isEdition = (s: string): s is Edition => EDITIONS.some((e) => e === s);

/**
 * `--sections summary,allocation`: the ids in the order given, or a message saying what is
 * wrong (an unknown id, one given twice, an internal section in the client edition).
 */
export function parseSections(
  text: string,
  edition: Edition,
): { readonly ok: true; readonly ids: readonly SectionId[] } | { readonly ok: false; readonly message: string } {
  const ids = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0)
    return { ok: false, message: `expected a comma-separated list of sections among ${SECTION_IDS.join(', ')}` };
  const seen = new Set<string>();
  for (const id of ids) {
    if (!isSectionId(id))
      return { ok: false, message: `unknown section "${id}": expected some of ${SECTION_IDS.join(', ')}` };
    if (seen.has(id)) return { ok: false, message: `section "${id}" is given twice` };
    if (edition === 'client' && INTERNAL_ONLY.has(id))
      return {
        ok: false,
        message:
          id === 'options'
            ? 'section "options" shows the plans the bid team weighs against the one offered: it is only in --edition internal'
            : `section "${id}" shows the scenario's internal quality scores: it is only in --edition internal`,
      };
    seen.add(id);
  }
  return { ok: true, ids: ids.filter(isSectionId) };
}

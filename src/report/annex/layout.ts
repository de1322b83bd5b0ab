import type { AnnexDoc, Block, DocSection } from './blocks.js';
import { formatters, joinList, messages, type Formatters, type Lang, type Messages } from './i18n.js';
import { composeCoverage } from './layoutCoverage.js';
import { composeAllocation, composeCountries, composeSummary } from './layoutPlan.js';
import { composeAssumptions, composeDataProtection, composeQuality } from './layoutRules.js';
import {
  composeCommitments,
  composeCostBreakdown,
  composeOffer,
  composePriceSchedule,
  composeSignature,
  composeStaffing,
} from './layoutBid.js';
import { bidMessages, type BidMessages } from './i18nBid.js';
import { composeEsg } from './layoutEsg.js';
import { composeTransition } from './layoutTransition.js';
import { composeOptions } from './layoutOptions.js';
import type { AnnexModel, CountryRef, SectionData } from './model.js';

/** What every section composer gets: the words and number style of one language. */
export type LayoutCtx = {
  readonly m: Messages;
  /** The words of the bid sections. */
  readonly b: BidMessages;
  readonly f: Formatters;
  readonly model: AnnexModel;
  /** "par mois" / "per month". */
  readonly per: string;
  readonly name: (c: CountryRef) => string;
  readonly names: (cs: readonly CountryRef[]) => string;
};

export type Composed = { readonly heading: string; readonly blocks: readonly Block[] };
type Composers = {
  readonly [K in SectionData['kind']]: (data: Extract<SectionData, { kind: K }>, ctx: LayoutCtx) => Composed;
};

/** One composer per section kind: the compiler refuses a new kind of section without one. */
const COMPOSERS: Composers = {
  summary: composeSummary,
  allocation: composeAllocation,
  countries: composeCountries,
  coverage: composeCoverage,
  'data-protection': composeDataProtection,
  quality: composeQuality,
  assumptions: composeAssumptions,
  offer: composeOffer,
  'price-schedule': composePriceSchedule,
  commitments: composeCommitments,
  staffing: composeStaffing,
  'cost-breakdown': composeCostBreakdown,
  signature: composeSignature,
  esg: composeEsg,
  transition: composeTransition,
  options: composeOptions,
};

function compose(data: SectionData, ctx: LayoutCtx): Composed {
  // TypeScript cannot correlate the kind of `data` with its composer through the mapped type.
  return (COMPOSERS[data.kind] as (d: SectionData, c: LayoutCtx) => Composed)(data, ctx);
}

/** The language-neutral model in words: numbered sections of blocks. */
export function layoutAnnex(model: AnnexModel, lang: Lang): AnnexDoc {
  const m = messages(lang);
  const f = formatters(lang, model.currency);
  const name = (c: CountryRef): string => m.countryName(c);
  const ctx: LayoutCtx = {
    m,
    b: bidMessages(lang),
    f,
    model,
    per: m.perPeriod(model.period),
    name,
    names: (cs) => joinList(cs.map(name), m.and),
  };
  const sections: DocSection[] = model.sections.map((data, i) => {
    const { heading, blocks } = compose(data, ctx);
    return { id: data.kind, heading: `${i + 1}. ${heading}`, title: heading, blocks };
  });
  return {
    lang: m.tag,
    title: m.title,
    subtitle: model.name,
    meta: model.date === undefined ? [] : [m.dateLine(f.date(model.date))],
    sections,
  };
}

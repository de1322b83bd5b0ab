import { para, type Block, type HeatCell, type HeatMap, type TableRow } from './blocks.js';
import { joinList } from './i18n.js';
import type { Composed, LayoutCtx } from './layout.js';
import type { AssumptionsData, CountryRef, CoverageActivity, CoverageData, CoverageKey } from './model.js';
import { daysText, rangeText, weekText } from './week.js';

/** Composer of the opening-hours coverage section, and the timing part of the assumptions. */

/**
 * Country colours of the heat-maps, in legend order: the annex's blue first, then hues that
 * stay apart for colour-blind readers and in greyscale print (after Okabe & Ito).
 */
export const PALETTE = ['1F4E79', 'E69F00', '009E73', 'CC79A7', '56B4E9', 'D55E00', 'F0E442', '7F7F7F'] as const;

/**
 * The colour of the i-th country of the legend: the palette, then (from the 9th country on)
 * its hues again, lighter at each round, so that no two countries of a plan share a colour.
 */
export function countryColour(i: number): string {
  const base = PALETTE[i % PALETTE.length] ?? PALETTE[0];
  const round = Math.floor(i / PALETTE.length);
  if (round === 0) return base;
  const white = 1 - 0.5 ** round; // 1/2, 3/4, 7/8… of the way to white
  return [0, 2, 4]
    .map((at) => {
      const c = parseInt(base.slice(at, at + 2), 16);
      return Math.round(c + (255 - c) * white)
        .toString(16)
        .padStart(2, '0')
        .toUpperCase();
    })
    .join('');
}

const HOURS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

export function composeCoverage(d: CoverageData, { m, f, per, name, names }: LayoutCtx): Composed {
  const index = new Map(d.countries.map((c, i) => [c.code, i]));
  const color = (code: string): string => countryColour(index.get(code) ?? 0);
  const ref = (code: string): CountryRef =>
    d.countries.find((c) => c.code === code) ?? { code, nameEn: code, nameFr: code };
  const thinText = m.thin(f.num(d.thinAgents, 0));
  const who = (k: CoverageKey): string =>
    k.countries.length === 0 ? m.nobody : `${names(k.countries)}${k.thin ? ` (${thinText})` : ''}`;
  const openText = (a: CoverageActivity): string => weekText(a.open, m.days, m.allWeek, m.listSep);
  // One entry per answer, its hours in order: "00:00–06:00, 22:00–24:00 : Suriname ; 06:00–22:00 : Roumanie".
  const whoText = (g: CoverageActivity['who'][number]): string => {
    const byKey = new Map<string, { key: CoverageKey; ranges: string[] }>();
    for (const r of g.runs) {
      const id = `${r.key.countries.map((c) => c.code).join('+')}|${r.key.thin}`;
      const entry = byKey.get(id) ?? { key: r.key, ranges: [] };
      entry.ranges.push(rangeText(r));
      byKey.set(id, entry);
    }
    return [...byKey.values()].map((e) => m.runText(e.ranges.join(', '), who(e.key))).join(m.listSep);
  };

  const rows: TableRow[] = d.activities.flatMap((a) =>
    a.who.map((g, i): TableRow => ({
      kind: 'body',
      cells: [i === 0 ? a.activity : '', i === 0 ? openText(a) : '', daysText(g, m.days), whoText(g)],
    })),
  );

  const maps: HeatMap[] = d.activities.map((a) => {
    const cells = a.grid.map((row, h) =>
      row.map((c, day): HeatCell => {
        const thin = c.answers.length > 0 && c.agents < d.thinAgents;
        const answers = c.answers.map((x) => `${name(ref(x.country))} ${m.agents(x.agents, f)}`);
        return {
          open: c.covered,
          colors: c.answers.map((x) => color(x.country)),
          shares: c.answers.map((x) => (c.agents > 0 ? x.agents / c.agents : 0)),
          thin,
          short: !c.covered
            ? ''
            : c.answers.length === 0
              ? '!'
              : `${c.answers.map((x) => x.country).join('+')}${thin ? '*' : ''}`,
          title: m.cellTitle(
            m.days[day] ?? '',
            rangeText({ from: h, to: h + 1 }),
            !c.covered
              ? m.legendClosed
              : answers.length === 0
                ? m.nobody
                : `${joinList(answers, m.and)}${thin ? ` (${thinText})` : ''}`,
          ),
        };
      }),
    );
    return {
      title: a.activity,
      detail: openText(a),
      summary: `${m.heatCaption(a.activity, openText(a))}. ${a.who.map((g) => `${daysText(g, m.days)} ${whoText(g)}`).join('. ')}.`,
      cells,
    };
  });
  const all = d.activities.flatMap((a) => a.grid.flat());

  const premium =
    d.premium.total >= 0.005
      ? m.premiumsPaid(
          f.money(d.premium.total),
          per,
          f.percent(d.premium.share),
          joinList(
            d.premium.rows.map((r) => `${name(r.country)} ${f.money(r.cost)}`),
            m.and,
          ),
        )
      : m.noPremiums;

  const blocks: Block[] = [
    para(m.coverageIntro(d.timezone, f.date(d.week))),
    {
      kind: 'heatmaps',
      days: m.days,
      hours: HOURS,
      maps,
      legend: {
        countries: d.countries.map((c) => ({ color: color(c.code), code: c.code, label: name(c) })),
        shared: all.some((c) => c.answers.length > 1) ? m.legendShared : undefined,
        thin: all.some((c) => c.answers.length > 0 && c.agents < d.thinAgents)
          ? thinText.charAt(0).toUpperCase() + thinText.slice(1)
          : undefined,
        closed: m.legendClosed,
        codes: m.legendCodes(
          d.countries
            .slice(0, 2)
            .map((c) => c.code)
            .join('+'),
        ),
        closedGrey: m.legendClosedGrey,
        nobody: all.some((c) => c.covered && c.answers.length === 0) ? m.legendNobody : undefined,
      },
    },
    {
      kind: 'table',
      head: [m.activity, m.openLabel, m.daysLabel, m.answeringLabel],
      rows,
      numeric: [],
      nowrap: [0, 2],
    },
    para(premium),
  ];
  return { heading: m.headings.coverage, blocks };
}

/** The timing part of the assumptions: working and night hours, premium rates (local time). */
export function timingBlocks(t: NonNullable<AssumptionsData['timing']>, { m, f, name }: LayoutCtx): Block[] {
  const rate = (x: number): string =>
    x > 0 ? `+${f.percent(x, Number.isInteger(Math.round(x * 1e6) / 1e4) ? 0 : 1)}` : '—';
  const offset = (min: number): string => {
    const a = Math.abs(min);
    return `UTC${min < 0 ? '−' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
  };
  const rows: TableRow[] = t.countries.map((c) => ({
    kind: 'body',
    cells: [
      c.used ? name(c.country) : `${name(c.country)} (${m.notUsed})`,
      c.timezone ?? offset(c.utcOffsetMinutes ?? 0),
      weekText(c.working, m.days, m.allWeek, m.listSep),
      c.nightPremium > 0 ? c.night.map(rangeText).join(', ') : '—',
      rate(c.nightPremium),
      rate(c.sundayPremium),
    ],
  }));
  return [
    { kind: 'subheading', text: m.timingTitle },
    para(m.timingIntro),
    {
      kind: 'table',
      head: [m.country, m.timezoneLabel, m.workingLabel, m.nightLabel, m.nightPremiumLabel, m.sundayPremiumLabel],
      rows,
      numeric: [4, 5],
    },
  ];
}

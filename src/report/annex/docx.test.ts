import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NIGHT_YAML, planOf, telecomYaml } from '../../../test/annexFixtures.js';
import { formatters } from './i18n.js';
import { renderAnnexDocx } from './index.js';

/** The parts of a .docx a reader cares about, read back the way Word would. */
function readDocx(bytes: Uint8Array): {
  files: string[];
  core: string;
  xml: string;
  paragraphs: { style: string; text: string }[];
  tables: string[][][];
} {
  const zip = unzipSync(bytes);
  const xml = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
  const decode = (s: string): string =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const textOf = (frag: string): string =>
    decode([...frag.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    return { style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? '', text: textOf(inner) };
  });
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1] ?? '')),
    ),
  );
  return {
    files: Object.keys(zip),
    core: strFromU8(zip['docProps/core.xml'] ?? new Uint8Array()),
    xml,
    paragraphs,
    tables,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DOCX annex', () => {
  it('opens as a Word document: headings are Heading styles, figures sit in real table cells', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const doc = readDocx(await renderAnnexDocx(plan, scenario, { lang: 'fr', edition: 'internal' }));
    expect(doc.files).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']),
    );
    expect(doc.paragraphs.find((p) => p.style === 'Title')?.text).toBe('Annexe financière et organisationnelle');
    // Word numbers the sections (a list on Heading 1), so the text holds no typed number.
    expect(doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Synthèse',
      'Répartition par activité et par pays',
      'Sites et effectifs par pays',
      'Protection des données',
      'Engagements de qualité',
      'Hypothèses',
    ]);
    const headings = [
      ...doc.xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g),
    ].map((m) => m[0]);
    expect(headings).toHaveLength(6);
    for (const h of headings) expect(h).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(doc.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'Bases juridiques',
      'Règles de localisation appliquées',
    ]);

    const f = formatters('fr', plan.currency);
    const rows = doc.tables.flat();
    // Key figures: the total price in its own cell.
    expect(rows.some((r) => r.some((c) => c.startsWith(`Prix total${f.money(plan.totalCost)}`)))).toBe(true);
    // Allocation: a header row, every plan row with its figures, the total line.
    const alloc = doc.tables.find((t) => t[0]?.join('|') === 'Activité|Pays|Heures|ETP|Prix|Part');
    expect(alloc).toBeDefined();
    const countryName = (code: string): string => scenario.countries.find((c) => c.code === code)?.nameFr ?? code;
    for (const r of plan.allocation) {
      expect(
        alloc?.some(
          (cells) =>
            cells[1] === countryName(r.country) && cells[2] === f.num(r.hours, 0) && cells[4] === f.money(r.cost),
        ),
      ).toBe(true);
    }
    expect(alloc?.at(-1)).toEqual([
      'Total',
      '',
      f.num(plan.totalHours, 0),
      f.num(plan.totalFte, 1),
      f.money(plan.totalCost),
      '',
    ]);
    // Data protection: every (activity, country) with its legal basis.
    const dp = doc.tables.find((t) => t[0]?.join('|') === 'Activité|Données|Pays|Base juridique');
    expect(dp?.slice(1).map((r) => r[3])).toEqual(
      plan.allocation.map((r) =>
        r.basis === 'SCC'
          ? 'Clauses contractuelles types (décision 2021/914)'
          : r.basis === 'EU'
            ? 'UE / EEE'
            : r.basis,
      ),
    );
  });

  it('same scenario, same bytes: no clock in the zip entries nor in docProps/core.xml', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-14T09:26:53Z'));
    const a = await renderAnnexDocx(plan, scenario, { lang: 'fr', edition: 'internal' });
    vi.setSystemTime(new Date('2033-11-02T17:41:09Z'));
    const b = await renderAnnexDocx(plan, scenario, { lang: 'fr', edition: 'internal' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = readDocx(a).core;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:modified>');
    expect(core).not.toMatch(/203[13]/);
  });

  it('--date stamps the document metadata and the page, the same way every time', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const a = await renderAnnexDocx(plan, scenario, { lang: 'en', edition: 'internal', date: '2027-03-01' });
    const doc = readDocx(a);
    expect(doc.core).toContain('>2027-03-01T00:00:00Z</dcterms:created>');
    expect(doc.paragraphs.some((p) => p.text === 'Date: 1 March 2027')).toBe(true);
    expect(doc.paragraphs.filter((p) => p.style === 'Heading1')[0]?.text).toBe('Executive summary');
    expect(
      Buffer.from(a).equals(
        Buffer.from(await renderAnnexDocx(plan, scenario, { lang: 'en', edition: 'internal', date: '2027-03-01' })),
      ),
    ).toBe(true);
  });
});

describe('DOCX annex: bar charts', () => {
  it('a chart is kept on one page: every row but the last keeps with the next', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const doc = readDocx(await renderAnnexDocx(plan, scenario, { lang: 'fr' }));
    const charts = [...doc.xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)]
      .map((t) => t[1] ?? '')
      .filter((t) => t.includes('w:gridSpan'));
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const t of charts) {
      const rows = [...t.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1] ?? '');
      expect(rows.length).toBe(plan.countries.length);
      rows
        .slice(0, -1)
        .forEach((r) => expect((r.match(/<w:p>|<w:p /g) ?? []).length).toBe((r.match(/<w:keepNext\/>/g) ?? []).length));
      expect(rows.at(-1)).not.toContain('<w:keepNext/>');
    }
  });
});

describe('DOCX annex: opening-hours coverage', () => {
  const NB = '\u00a0';
  const DAYS = ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'];

  it('a heat-map per activity as a real table (hours that are alike share a row), the text form, the premiums', async () => {
    const { plan, scenario } = await planOf(NIGHT_YAML);
    const doc = readDocx(await renderAnnexDocx(plan, scenario, { lang: 'fr', edition: 'internal' }));
    expect(doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toContain('Couverture horaire');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(
      expect.arrayContaining([
        `desk — Lun–Ven${NB}08:00–20:00${NB}; Sam${NB}09:00–13:00`,
        `hotline — Lun–Dim${NB}20:00–08:00`,
        `split — Lun–Ven${NB}09:00–17:00`,
      ]),
    );
    const grids = doc.tables.filter((t) => t[0]?.join('|') === ['', ...DAYS].join('|'));
    expect(grids).toHaveLength(3);
    const [desk, hotline, split] = grids;
    const row = (label: string, ...cells: string[]): string[] => [label, ...cells];
    const fr5 = ['FR', 'FR', 'FR', 'FR', 'FR'];
    expect(desk?.slice(1)).toEqual([
      row('00:00–08:00', '', '', '', '', '', '', ''),
      row('08:00–09:00', ...fr5, '', ''),
      row('09:00–13:00', ...fr5, 'FR', ''),
      row('13:00–20:00', ...fr5, '', ''),
      row('20:00–24:00', '', '', '', '', '', '', ''),
    ]);
    const sn7 = Array.from({ length: 7 }, () => 'SN*');
    expect(hotline?.slice(1)).toEqual([
      row('00:00–08:00', ...sn7),
      row('08:00–20:00', '', '', '', '', '', '', ''),
      row('20:00–24:00', ...sn7),
    ]);
    expect(split?.slice(1)[1]).toEqual(row('09:00–17:00', 'SN+FR', 'SN+FR', 'SN+FR', 'SN+FR', 'SN+FR', '', ''));
    // Cells are shaded in the country's colour: France blue, Senegal orange, closed hours grey.
    expect(doc.xml).toMatch(/w:fill="1F4E79"[\s\S]*?<w:t[^>]*>FR<\/w:t>/);
    expect(doc.xml).toMatch(/w:fill="E69F00"[\s\S]*?<w:t[^>]*>SN\*<\/w:t>/);
    expect(doc.xml).toContain('w:fill="EEF1F4"');
    expect(
      doc.paragraphs.some(
        (p) =>
          p.text.startsWith(`FR = France${NB}; SN = Sénégal${NB}; FR+SN${NB}: pays qui répondent`) &&
          p.text.includes("* moins d'un agent à la fois"),
      ),
    ).toBe(true);
    // The text form and the premiums, as in HTML and Markdown.
    const text = doc.tables.find((t) => t[0]?.join('|') === "Activité|Heures d'ouverture|Jours|Pays qui répondent");
    expect(text?.slice(1)).toEqual([
      ['desk', `Lun–Ven${NB}08:00–20:00${NB}; Sam${NB}09:00–13:00`, 'Lun–Ven', `08:00–20:00${NB}: France`],
      ['', '', 'Sam', `09:00–13:00${NB}: France`],
      ['hotline', `Lun–Dim${NB}20:00–08:00`, 'Lun–Dim', `20:00–08:00${NB}: Sénégal (moins d'un agent à la fois)`],
      ['split', `Lun–Ven${NB}09:00–17:00`, 'Lun–Ven', `09:00–17:00${NB}: Sénégal et France`],
    ]);
    const f = formatters('fr', 'EUR');
    expect(
      doc.paragraphs.some((p) =>
        p.text.startsWith(`Majorations de nuit et du dimanche payées${NB}: ${f.money(plan.premiumCost)} par mois`),
      ),
    ).toBe(true);
    const rates = doc.tables.find((t) => t[0]?.[0] === 'Pays' && t[0]?.includes('Majoration de nuit'));
    expect(rates?.slice(1)).toEqual([
      ['France', 'Europe/Paris', `Lun–Dim${NB}07:00–23:00`, '—', '—', '—'],
      ['Sénégal', 'Africa/Dakar', `24${NB}h/24, 7${NB}j/7`, '21:00–06:00', `+20${NB}%`, `+50${NB}%`],
    ]);
  });

  it('same opening hours, same bytes', async () => {
    const { plan, scenario } = await planOf(NIGHT_YAML);
    const a = await renderAnnexDocx(plan, scenario, { lang: 'en', edition: 'internal' });
    expect(
      Buffer.from(a).equals(Buffer.from(await renderAnnexDocx(plan, scenario, { lang: 'en', edition: 'internal' }))),
    ).toBe(true);
  });
});

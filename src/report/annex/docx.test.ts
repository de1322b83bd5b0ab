import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planOf, telecomYaml } from '../../../test/annexFixtures.js';
import { formatters } from './i18n.js';
import { renderAnnexDocx } from './index.js';

/** The parts of a .docx a reader cares about, read back the way Word would. */
function readDocx(bytes: Uint8Array): { files: string[]; core: string; paragraphs: { style: string; text: string }[]; tables: string[][][] } {
  const zip = unzipSync(bytes);
  const xml = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
  const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const textOf = (frag: string): string => decode([...frag.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    return { style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? '', text: textOf(inner) };
  });
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1] ?? ''))));
  return { files: Object.keys(zip), core: strFromU8(zip['docProps/core.xml'] ?? new Uint8Array()), paragraphs, tables };
}

afterEach(() => { vi.useRealTimers(); });

describe('DOCX annex', () => {
  it('opens as a Word document: headings are Heading styles, figures sit in real table cells', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const doc = readDocx(await renderAnnexDocx(plan, scenario, { lang: 'fr' }));
    expect(doc.files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
    expect(doc.paragraphs.find((p) => p.style === 'Title')?.text).toBe('Annexe financière et organisationnelle');
    expect(doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      '1. Synthèse', '2. Répartition par activité et par pays', '3. Sites et effectifs par pays',
      '4. Protection des données', '5. Engagements de qualité', '6. Hypothèses',
    ]);
    expect(doc.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['Bases juridiques', 'Règles de localisation appliquées']);

    const f = formatters('fr', plan.currency);
    const rows = doc.tables.flat();
    // Key figures: the total price in its own cell.
    expect(rows.some((r) => r.some((c) => c.startsWith(`Prix total${f.money(plan.totalCost)}`)))).toBe(true);
    // Allocation: a header row, every plan row with its figures, the total line.
    const alloc = doc.tables.find((t) => t[0]?.join('|') === 'Activité|Pays|Heures|ETP|Prix|Part');
    expect(alloc).toBeDefined();
    const countryName = (code: string): string => scenario.countries.find((c) => c.code === code)?.nameFr ?? code;
    for (const r of plan.allocation) {
      expect(alloc?.some((cells) => cells[1] === countryName(r.country) && cells[2] === f.num(r.hours, 0) && cells[4] === f.money(r.cost))).toBe(true);
    }
    expect(alloc?.at(-1)).toEqual(['Total', '', f.num(plan.totalHours, 0), f.num(plan.totalFte, 1), f.money(plan.totalCost), '']);
    // Data protection: every (activity, country) with its legal basis.
    const dp = doc.tables.find((t) => t[0]?.join('|') === 'Activité|Données|Pays|Base juridique');
    expect(dp?.slice(1).map((r) => r[3])).toEqual(plan.allocation.map((r) => (r.basis === 'SCC' ? 'Clauses contractuelles types (décision 2021/914)' : r.basis === 'EU' ? 'UE / EEE' : r.basis)));
  });

  it('same scenario, same bytes: no clock in the zip entries nor in docProps/core.xml', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-14T09:26:53Z'));
    const a = await renderAnnexDocx(plan, scenario, { lang: 'fr' });
    vi.setSystemTime(new Date('2033-11-02T17:41:09Z'));
    const b = await renderAnnexDocx(plan, scenario, { lang: 'fr' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = readDocx(a).core;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:modified>');
    expect(core).not.toMatch(/203[13]/);
  });

  it('--date stamps the document metadata and the page, the same way every time', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const a = await renderAnnexDocx(plan, scenario, { lang: 'en', date: '2027-03-01' });
    const doc = readDocx(a);
    expect(doc.core).toContain('>2027-03-01T00:00:00Z</dcterms:created>');
    expect(doc.paragraphs.some((p) => p.text === 'Date: 1 March 2027')).toBe(true);
    expect(doc.paragraphs.filter((p) => p.style === 'Heading1')[0]?.text).toBe('1. Executive summary');
    expect(Buffer.from(a).equals(Buffer.from(await renderAnnexDocx(plan, scenario, { lang: 'en', date: '2027-03-01' })))).toBe(true);
  });
});

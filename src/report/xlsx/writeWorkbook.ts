import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { fixDocxTimes } from '../annex/docxZip.js';
import { column, type SheetSpec, type XCell } from './cells.js';

function libraryCell(c: XCell): Cell {
  if (c === null) return null;
  const weight = c.kind !== 'number' && c.bold ? { fontWeight: 'bold' as const } : {};
  switch (c.kind) {
    case 'text':
      return { value: c.value, type: String, ...weight };
    case 'number':
      return { value: c.value, type: Number, format: c.format };
    case 'formula':
      return { value: c.expression, type: 'Formula', format: c.format, ...weight };
  }
}

/** Sheet `i`'s cached formula results, by cell address (A1). */
function cachedValues(sheet: SheetSpec): Map<string, number> {
  const values = new Map<string, number>();
  sheet.rows.forEach((row, r) =>
    row.forEach((c, k) => {
      if (c?.kind === 'formula') values.set(`${column(k)}${r + 1}`, c.value);
    }),
  );
  return values;
}

/**
 * write-excel-file writes a formula without its result: add each result as the cell's cached
 * value (<v>), and ask Excel to recalculate on opening all the same (fullCalcOnLoad).
 */
function addCachedValues(packed: Uint8Array, sheets: readonly SheetSpec[]): Uint8Array {
  const entries = unzipSync(packed);
  sheets.forEach((sheet, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = entries[name];
    if (!xml) return;
    const values = cachedValues(sheet);
    entries[name] = strToU8(
      strFromU8(xml).replace(
        /<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)<\/f><\/c>/g,
        (all, at: string, attrs: string, f: string) => {
          const v = values.get(at);
          return v === undefined ? all : `<c r="${at}"${attrs}><f>${f}</f><v>${String(v)}</v></c>`;
        },
      ),
    );
  });
  const book = entries['xl/workbook.xml'];
  if (book) entries['xl/workbook.xml'] = strToU8(strFromU8(book).replace('<calcPr/>', '<calcPr fullCalcOnLoad="1"/>'));
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) files[name] = data;
  return zipSync(files);
}

/**
 * The workbook's bytes: one sheet per spec, header row frozen. The zip entries are re-stamped
 * with one fixed time (as the Word annex is), so the same plan gives the same bytes.
 */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const packed = await writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      data: s.rows.map((r) => r.map(libraryCell)),
      columns: s.widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    })),
  ).toBuffer();
  return fixDocxTimes(addCachedValues(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), sheets));
}

import { extname } from 'node:path';
import { unzipSync } from 'fflate';
import { readInput, type FileId } from './readInput.js';

/** One cell of a sheet as read: its text, number or boolean, or null when empty. */
export type SheetCell = string | number | boolean | null;
/** One sheet (a CSV file: its only one) of a client's file: the rows as read, from the first. */
export type SheetTable = {
  readonly file: string;
  readonly sheet: string | undefined;
  readonly rows: readonly (readonly SheetCell[])[];
};

/** Largest sheet read: a client's rate card or volume forecast is a few KiB. */
export const MAX_SHEET_BYTES = 8 * 1024 * 1024;
/** Largest a workbook may unpack to: a small zip can inflate to gigabytes (a zip bomb). */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** What the workbook's parts unpack to, from the zip's own directory (nothing is inflated). */
function unpackedSize(bytes: Uint8Array): number {
  let total = 0;
  unzipSync(bytes, {
    filter: (f) => {
      total += f.originalSize;
      return false;
    },
  });
  return total;
}

export type SheetRead =
  | { readonly ok: true; readonly tables: readonly SheetTable[]; readonly id: FileId }
  | { readonly ok: false; readonly reason: string };

const cellOf = (v: unknown): SheetCell =>
  v === null || v === undefined
    ? null
    : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
      ? v
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : String(v);

/**
 * The tables of an .xlsx workbook (every sheet, cells from A1) or of a .csv file (one table;
 * `;` or `,` separated, as French or English Excel saves it; UTF-8, a byte-order mark dropped).
 * The parsers load only when a sheet is read.
 */
export async function readSheet(path: string): Promise<SheetRead> {
  const kind = extname(path).toLowerCase();
  if (kind !== '.xlsx' && kind !== '.csv') return { ok: false, reason: 'expected an .xlsx or .csv file' };
  const read = await readInput(path, MAX_SHEET_BYTES, 'sheet');
  if (!read.ok) return { ok: false, reason: read.reason };
  try {
    if (kind === '.csv') {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes).replace(/^\uFEFF/, '');
      const first = text.split(/\r?\n/, 1)[0] ?? '';
      const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
      const { parse } = await import('csv-parse/sync');
      const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
      return {
        ok: true,
        id: read.id,
        tables: [{ file: path, sheet: undefined, rows: rows.map((r) => r.map((c) => (c === '' ? null : c))) }],
      };
    }
    const unpacked = unpackedSize(read.bytes);
    if (unpacked > MAX_UNPACKED_BYTES)
      return {
        ok: false,
        reason: `the workbook unpacks to ${unpacked} bytes; the limit is ${MAX_UNPACKED_BYTES} bytes (64 MiB)`,
      };
    const { default: readXlsxFile } = await import('read-excel-file/node');
    const sheets = await readXlsxFile(Buffer.from(read.bytes));
    return {
      ok: true,
      id: read.id,
      tables: sheets.map((s) => ({ file: path, sheet: s.sheet, rows: s.data.map((r) => r.map(cellOf)) })),
    };
  } catch (e) {
    return {
      ok: false,
      reason:
        kind === '.csv'
          ? `cannot read the CSV: ${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)}`
          : 'cannot read it as an Excel workbook (.xlsx)',
    };
  }
}

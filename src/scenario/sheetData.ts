import type { SheetCell, SheetTable } from '../files/readSheet.js';
import type { Diagnostic } from './diagnostic.js';
import type { SetOption } from './variants.js';

/**
 * Country rates and activity volumes read from the client's sheet (XLSX or CSV), as `--set`s:
 * each cell becomes one change of the scenario, located by its cell (`rates.xlsx Rates!C4`), so
 * every error the scenario's checks find in it names the cell. A table starts at a header row
 * whose first named column is `country` (or `pays`) or `activity` (or `activité`); the columns
 * to its right name fields; rows follow until an empty one.
 */
export type SheetImport = { readonly sets: readonly SetOption[]; readonly problems: readonly Diagnostic[] };

type Entity = 'countries' | 'activities';

const KEYS: Readonly<Record<string, Entity>> = {
  country: 'countries',
  pays: 'countries',
  'country code': 'countries',
  'code pays': 'countries',
  activity: 'activities',
  activité: 'activities',
  activite: 'activities',
  'activity id': 'activities',
};

/** Field columns by entity, with the names a French or English sheet gives them. */
const FIELDS: Readonly<Record<Entity, Readonly<Record<string, readonly string[]>>>> = {
  countries: {
    cost_per_hour: ['cost_per_hour'],
    'cost per hour': ['cost_per_hour'],
    rate: ['cost_per_hour'],
    'hourly rate': ['cost_per_hour'],
    'coût horaire': ['cost_per_hour'],
    'cout horaire': ['cost_per_hour'],
    'taux horaire': ['cost_per_hour'],
    taux: ['cost_per_hour'],
    capacity_hours: ['capacity_hours'],
    capacity: ['capacity_hours'],
    capacité: ['capacity_hours'],
    capacite: ['capacity_hours'],
    fixed_cost: ['fixed_cost'],
    'coût fixe': ['fixed_cost'],
    seats: ['seats'],
    postes: ['seats'],
    hours_per_fte: ['hours_per_fte'],
  },
  activities: {
    hours: ['hours'],
    heures: ['hours'],
    volume: ['contacts', 'volume'],
    contacts: ['contacts', 'volume'],
    aht: ['contacts', 'aht'],
    dmt: ['contacts', 'aht'],
  },
};

const norm = (c: SheetCell): string => (typeof c === 'string' ? c.trim().toLowerCase().replace(/\s+/g, ' ') : '');

/** Column letters of a zero-based index: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * A number as a sheet holds it, or as a French sheet writes it in text: "33,5", "1 200",
 * "12 000,50", "0,125". A comma followed by exactly three digits after 1 to 999 (1,200:
 * thousands or a decimal?) is left as text, for the schema to answer with both readings.
 */
export function sheetNumber(c: SheetCell): SheetCell {
  if (typeof c !== 'string') return c;
  const t = c.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^-?\d{1,3}( \d{3})+(,\d+)?$/.test(t) || /^-?\d+,(\d{1,2}|\d{4,})$/.test(t) || /^-?0,\d+$/.test(t))
    return Number(t.replace(/ /g, '').replace(',', '.'));
  return c.trim();
}

export function sheetData(tables: readonly SheetTable[]): SheetImport {
  const sets: SetOption[] = [];
  const problems: Diagnostic[] = [];
  for (const table of tables) {
    const at = (r: number, c: number): string =>
      `${table.file} ${table.sheet === undefined ? '' : `${table.sheet}!`}${columnName(c)}${r + 1}`;
    const problem = (r: number, c: number, message: string): void => {
      problems.push({ file: at(r, c), line: 0, col: 0, path: '', message, severity: 'error' });
    };
    let entity: Entity | undefined;
    let keyCol = 0;
    let fields: (readonly string[] | undefined)[] = [];
    table.rows.forEach((row, r) => {
      const empty = row.every((c) => c === null || (norm(c) === '' && typeof c === 'string'));
      if (empty) {
        entity = undefined;
        return;
      }
      const k = row.findIndex((c) => KEYS[norm(c)] !== undefined);
      if (entity === undefined) {
        if (k < 0) return;
        const e = KEYS[norm(row[k] ?? null)];
        if (e === undefined) return;
        entity = e;
        keyCol = k;
        fields = row.map((c, i) => {
          if (i <= k || norm(c) === '') return undefined;
          const f = FIELDS[e][norm(c)];
          if (f === undefined)
            problem(
              r,
              i,
              `unknown column "${String(c)}": expected one of ${[...new Set(Object.values(FIELDS[e]).map((p) => p.join('.')))].join(', ')}`,
            );
          return f;
        });
        return;
      }
      const key = row[keyCol];
      const id = typeof key === 'string' ? key.trim() : typeof key === 'number' ? String(key) : '';
      if (id === '') {
        problem(
          r,
          keyCol,
          `expected ${entity === 'countries' ? 'a country code such as FR' : 'an activity id'} in this cell`,
        );
        return;
      }
      const name = entity === 'countries' && /^[a-z]{2}$/i.test(id) ? id.toUpperCase() : id;
      fields.forEach((field, i) => {
        const cell = row[i] ?? null;
        if (field === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')) return;
        const value = sheetNumber(cell);
        sets.push({
          origin: at(r, i),
          path: [entity ?? 'countries', name, ...field],
          value,
          ...(typeof value === 'number' ? { raw: String(value) } : {}),
        });
      });
    });
  }
  return { sets, problems };
}

import type { LpModel } from '../model/lp.js';
import { loadHighs, toModelData } from './highsSolver.js';

export type ModelFormat = 'mps' | 'lp';

/** The format a file name asks for (`.mps`, `.lp`, any case), if one of them. */
export function modelFormatOf(file: string): ModelFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return ext === 'mps' || ext === 'lp' ? ext : undefined;
}

/**
 * A name every MPS and LP reader takes: bestshore's ids (`x[a1,MA,t12]`) with brackets, which
 * LP files reserve, as parentheses, and blanks as underscores.
 */
export const portableName = (id: string): string => id.replace(/\]$/, '').replace(/[[,]/g, '.').replace(/\s/g, '_');

/**
 * The model exactly as bestshore gives it to an engine, written by HiGHS as free MPS or as an LP
 * file, with the variables and rows named after their ids — to solve it with another solver
 * (native HiGHS, CPLEX, Gurobi) or to look at it.
 */
export async function exportModel(model: LpModel, format: ModelFormat): Promise<string | Uint8Array> {
  const h = await loadHighs(model);
  return h.withModel((m) => {
    m.passModel({
      ...toModelData(h, model),
      colNames: model.vars.map((v) => portableName(v.id)),
      rowNames: model.rows.map((r) => portableName(r.id)),
      modelName: 'bestshore',
    });
    return format === 'lp' ? m.exportModel('lp') : m.exportModel('mps');
  });
}

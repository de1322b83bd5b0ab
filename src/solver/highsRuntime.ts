import type { Highs } from 'highs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';

/** The highs package's default export: loads and starts the WebAssembly runtime. */
export type HighsFactory = () => Promise<Highs>;

/**
 * highs 1.15.3 checks every entry of the arrays a model is passed with, and builds the entry's
 * label for the error message (`colCost[1234]`) before it knows whether there is an error: a
 * string per column, row and non-zero of every model. explain at 40 × 10 × 168 passes about 70
 * models and allocated 520 MB of such labels, 37 % of all it allocated (V8's sampling heap
 * profiler). Each rewrite below builds the label only for an entry that fails the same test,
 * and then throws the package's own error: what is accepted or refused, and the messages, are
 * unchanged. A version of the package without these exact texts is loaded as it is.
 */
const LAZY_LABELS: readonly (readonly [slow: string, fast: string])[] = [
  [
    'for(let index=0;index<value.length;index++)validateFiniteOrInfinity(value[index],label+"["+index+"]");',
    'for(let index=0;index<value.length;index++){const item=value[index];if(typeof item!=="number"||Number.isNaN(item))validateFiniteOrInfinity(item,label+"["+index+"]")}',
  ],
  [
    'const item=value[index];requireInteger(item,label+"["+index+"]",0);',
    'const item=value[index];if(!Number.isSafeInteger(item)||item<0||item>2147483647)requireInteger(item,label+"["+index+"]",0);',
  ],
];

/** The package's CommonJS build with the label rewrites, or undefined when one of them does not apply. */
export function lazyLabelSource(source: string): string | undefined {
  let out = source;
  for (const [slow, fast] of LAZY_LABELS) {
    if (out.split(slow).length !== 2) return undefined;
    out = out.replace(slow, fast);
  }
  return out;
}

const isFactory = (f: unknown): f is HighsFactory => typeof f === 'function';

/**
 * The highs factory: the package's CommonJS build, rewritten by lazyLabelSource and compiled
 * as Node compiles a CommonJS module (its own `require` and folder: it finds highs.wasm beside
 * itself); the package as published when the rewrite does not apply or anything fails.
 */
export async function highsFactory(): Promise<{ readonly factory: HighsFactory; readonly rewritten: boolean }> {
  try {
    const file = createRequire(import.meta.url).resolve('highs');
    const source = lazyLabelSource(readFileSync(file, 'utf8'));
    if (source !== undefined) {
      const module: { exports: unknown } = { exports: {} };
      const run = compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], {
        filename: file,
      });
      run(module.exports, createRequire(file), module, file, dirname(file));
      if (isFactory(module.exports)) return { factory: module.exports, rewritten: true };
    }
  } catch {
    // The package as published.
  }
  const published: unknown = (await import('highs')).default;
  if (!isFactory(published)) throw new Error('the highs package has no default export');
  return { factory: published, rewritten: false };
}

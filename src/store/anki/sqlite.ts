/**
 * sql.js (SQLite compiled to WebAssembly) loaded on demand: no native module,
 * nothing to compile on install. Loaded through a runtime `require` so the
 * bundler leaves the package (and its .wasm beside it) where npm put it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

export function sqlite(): Promise<SqlJsStatic> {
  if (!loading) {
    const load = createRequire(import.meta.url);
    const init = load('sql.js') as (config: { wasmBinary: ArrayBuffer }) => Promise<SqlJsStatic>;
    const wasm = readFileSync(load.resolve('sql.js/dist/sql-wasm.wasm'));
    loading = init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
  }
  return loading;
}

/**
 * Loads libxml2-wasm. The package is ESM-only with top-level await, so CommonJS code cannot require() it:
 * we use a real dynamic import(). Plain Node (the compiled CLI, the server) takes the native import;
 * under jest (whose module sandbox refuses import() without --experimental-vm-modules) we fall back
 * to a script compiled with Node's main-context loader (so every jest test file in a worker shares one
 * libxml2 instance). XSD sets go through integration/xml/xsd.ts, which registers each under its own URL base.
 */
import vm from 'node:vm';

export type Libxml2 = typeof import('libxml2-wasm', { with: { 'resolution-mode': 'import' } });

let loading: Promise<Libxml2> | undefined;

export function loadLibxml2(): Promise<Libxml2> {
  loading ??= importLibxml2().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

async function importLibxml2(): Promise<Libxml2> {
  const nativeImport = new Function('s', 'return import(s)') as (s: string) => Promise<Libxml2>;
  try {
    return await nativeImport('libxml2-wasm');
  } catch (e) {
    const constants = (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants;
    if (!constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER) throw e;
    const script = new vm.Script('(s) => import(s)', {
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER as never,
    });
    const mainImport = script.runInThisContext() as (s: string) => Promise<Libxml2>;
    return mainImport('libxml2-wasm');
  }
}

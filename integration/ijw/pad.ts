/**
 * Paths into typed iJw objects, as findings report them: property names (= XSD element names) from the
 * message root, dotted, with 0-based array indexes: `Client.Prestaties.Prestatie[2].ProductTarief`.
 * The root element (Bericht) itself is ''.
 */

/**
 * Joins a base path with further segments; a number segment becomes an index of the previous name.
 * pad('', 'Client', 'Prestaties', 'Prestatie', 2, 'ProductTarief') === 'Client.Prestaties.Prestatie[2].ProductTarief'
 */
export function pad(base: string, ...segments: (string | number)[]): string {
  let out = base;
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out = out === '' ? s : `${out}.${s}`;
  }
  return out;
}

/** Splits a path into segments: 'A.B[2].C' -> ['A', 'B', 2, 'C']. */
export function splitPad(path: string): (string | number)[] {
  if (path === '') return [];
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`Ongeldig pad: ${path}`);
    out.push(m[1]!);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/** The value at a path in a typed object, or undefined. */
export function getAtPad(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const s of splitPad(path)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[s];
  }
  return cur;
}

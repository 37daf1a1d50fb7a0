/**
 * The shared, memoised traversals of one message while the rules run on it.
 *
 * Many rules walk the same classes: on a JW323 of 100,000 prestaties some fifteen rules each need every
 * Prestatie with its Client, and building that list per rule cost more than the checks themselves. The
 * runner opens an index for the message (`openIndex`) for the duration of one run; inside it `gedeeld`
 * builds each named traversal once, on first use, and hands every later rule the same (read-only) result.
 * Outside a run (a rule's check called directly) `gedeeld` builds afresh each time, so a message that is
 * changed between two runs is never read from a stale index.
 *
 * Rules never change the message they check, which is what makes sharing within one run correct.
 */

interface Index {
  /** Open runs on this message (two runs of the same object may overlap when rules are async). */
  open: number;
  readonly memo: Map<string, unknown>;
}

const indexen = new WeakMap<object, Index>();

/** Opens the index for `bericht`; call the returned function when the run ends (in a finally). */
export function openIndex(bericht: unknown): () => void {
  if (typeof bericht !== 'object' || bericht === null) return () => {};
  let index = indexen.get(bericht);
  if (!index) indexen.set(bericht, (index = { open: 0, memo: new Map() }));
  index.open++;
  let gesloten = false;
  return () => {
    if (gesloten) return;
    gesloten = true;
    if (--index.open === 0) indexen.delete(bericht);
  };
}

/**
 * The traversal `naam` of `bericht`: built by `bouw` once per run and shared by every rule of that run;
 * built on each call when no run is open. `bouw` must depend on `bericht` only.
 */
export function gedeeld<T>(bericht: object, naam: string, bouw: () => T): T {
  const index = indexen.get(bericht);
  if (!index) return bouw();
  if (index.memo.has(naam)) return index.memo.get(naam) as T;
  const waarde = bouw();
  index.memo.set(naam, waarde);
  return waarde;
}

/**
 * The default ExterneBronnen: the CBS municipality list copied into integration/ijw/codelijsten/, the
 * Europe/Amsterdam calendar for 'vandaag', and product code lists per municipality when given.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { vandaagInNederland } from './helpers.js';
import type { ExterneBronnen } from './Regel.js';

export interface Productcode {
  categorie: string;
  code: string;
}

export interface BronnenOpties {
  /** Fixed or computed 'today' (ISO date); default: the current date in Europe/Amsterdam. */
  vandaag?: string | (() => string);
  /** Municipality codes; default: parsed from CBS_Gemeentecodes.md. */
  gemeentecodes?: Iterable<string>;
  /** Product code lists per municipality code (TR381). Municipalities without a list are not checked. */
  productcodelijsten?: Readonly<Record<string, readonly Productcode[]>>;
}

/** integration/ijw/codelijsten: next to the source, or (from dist/) back in the source tree. */
export function codelijstenDir(): string {
  const hier = path.resolve(__dirname, '../ijw/codelijsten');
  if (existsSync(path.join(hier, 'CBS_Gemeentecodes.md'))) return hier;
  return path.resolve(__dirname, '../../../integration/ijw/codelijsten');
}

/** The four-digit codes in the "Codes" table of CBS_Gemeentecodes.md. */
export function parseGemeentecodes(markdown: string): Set<string> {
  const codes = new Set<string>();
  for (const regel of markdown.split('\n')) {
    const m = /^\|\s*(\d{4})\s*\|/.exec(regel);
    if (m) codes.add(m[1]!);
  }
  return codes;
}

let cbs: Set<string> | undefined;

/** The CBS list, read once per process. */
export function cbsGemeentecodes(): ReadonlySet<string> {
  cbs ??= parseGemeentecodes(readFileSync(path.join(codelijstenDir(), 'CBS_Gemeentecodes.md'), 'utf8'));
  return cbs;
}

export function maakBronnen(opties: BronnenOpties = {}): ExterneBronnen {
  const gemeenten = opties.gemeentecodes ? new Set(opties.gemeentecodes) : cbsGemeentecodes();
  const vandaag = opties.vandaag;
  const lijsten = new Map(
    Object.entries(opties.productcodelijsten ?? {}).map(([g, codes]) => [g, new Set(codes.map((c) => `${c.categorie}/${c.code}`))]),
  );
  return {
    vandaag: typeof vandaag === 'function' ? vandaag : typeof vandaag === 'string' ? () => vandaag : () => vandaagInNederland(),
    // One list (peildatum 01-01-2026); older codes valid before a merger are not yet known here.
    isGemeentecode: (code) => gemeenten.has(code),
    isProductcode: (gemeente, categorie, code) => lijsten.get(gemeente)?.has(`${categorie}/${code}`),
  };
}

/** The process-wide default sources. */
export const standaardBronnen: ExterneBronnen = maakBronnen();

/**
 * What the simulated provider knows: the requests it sent, the allocations it holds (from the JW301s it received),
 * its starts and stops, the messages it sent with the return codes that came back, and the messages it answered.
 * Plain JSON, so the CLI can keep it in a small state file between runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile, rename, mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface SimProduct {
  categorie: string;
  code?: string;
}

export interface SimClient {
  bsn: string;
  geboortedatum: string;
  geslacht: '1' | '2';
  achternaam: string;
  voornamen: string;
}

export interface SimOmvang {
  volume: number;
  eenheid: string;
  frequentie: string;
}

export type VerzoekStatus = 'verzonden' | 'ontvangen' | 'afgekeurd' | 'onderzoek' | 'afgewezen' | 'toegewezen';

export interface SimVerzoek {
  referentie: string;
  soort: 'JW315' | 'JW317';
  gemeente: string;
  bsn: string;
  product?: SimProduct;
  status: VerzoekStatus;
  /** RedenAfwijzingVerzoek of a JW319 VerzoekAntwoord 1. */
  redenAfwijzing?: string;
  identificatie: string;
}

export interface SimStart {
  begindatum: string;
  /** 'verwijderd' after a StatusAanlevering 3. */
  status: 'actueel' | 'verwijderd';
}

export interface SimStop {
  begindatum: string;
  redenBeeindiging: string;
  einddatum: string;
  status: 'actueel' | 'verwijderd';
}

export interface SimToewijzing {
  gemeente: string;
  nummer: number;
  bsn: string;
  geboortedatum: string;
  product: SimProduct;
  ingangsdatum: string;
  einddatum?: string;
  redenWijziging?: string;
  omvang?: SimOmvang;
  budget?: number;
  referentie?: string;
  /** Identificatie of the last JW301 that carried it. */
  jw301: string;
  /** Codes of our JW302 for it. */
  jw302Codes: string[];
  starts: SimStart[];
  stops: SimStop[];
}

export interface SimVerzonden {
  type: string;
  gemeente: string;
  referentienummer: string;
  /** Return codes of the retourbericht (all RetourCode values in it), once it arrived. */
  retourcodes?: string[];
  /** How many retourberichten arrived for it (exactly one, when all is well). */
  retouren: number;
}

export interface SimBeantwoord {
  type: string;
  gemeente: string;
  antwoordType: string | null;
  antwoordIdentificatie: string | null;
  codes: string[];
}

export interface AanbiederStaat {
  versie: 1;
  agb: string;
  /** Counter for BerichtIdentificatie, ReferentieAanbieder and envelope ids. */
  teller: number;
  verzoeken: Record<string, SimVerzoek>;
  /** Key `${gemeente}:${ToewijzingNummer}`. */
  toewijzingen: Record<string, SimToewijzing>;
  /** Key: our BerichtIdentificatie. */
  verzonden: Record<string, SimVerzonden>;
  /** Key `${afzender}:${type}:${identificatie}` of a heenbericht we received and answered. */
  beantwoord: Record<string, SimBeantwoord>;
  clienten: Record<string, SimClient>;
}

export function nieuweStaat(agb: string): AanbiederStaat {
  return { versie: 1, agb, teller: 0, verzoeken: {}, toewijzingen: {}, verzonden: {}, beantwoord: {}, clienten: {} };
}

export function toewijzingSleutel(gemeente: string, nummer: number | string): string {
  return `${gemeente}:${nummer}`;
}

export function laadStaat(bestand: string, agb: string): AanbiederStaat {
  if (!existsSync(bestand)) return nieuweStaat(agb);
  const s = JSON.parse(readFileSync(bestand, 'utf8')) as AanbiederStaat;
  if (s.versie !== 1) throw new Error(`${bestand}: onbekende versie van de simulatorstaat`);
  if (s.agb !== agb) throw new Error(`${bestand} hoort bij aanbieder ${s.agb}, niet bij ${agb}`);
  return s;
}

export async function bewaarStaat(bestand: string, staat: AanbiederStaat): Promise<void> {
  await mkdir(path.dirname(path.resolve(bestand)), { recursive: true });
  const tmp = `${bestand}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(staat, null, 2));
  await rename(tmp, bestand);
}

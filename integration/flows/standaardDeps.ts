/**
 * The pipeline wired to the real modules: H2's decode (XSD + typed object), H3's in-message rules and
 * retour builder, H7's cross-message rules and handlers. Parts can be overridden (tests, benchmark).
 */
import { buildBericht } from '../ijw/codec.js';
import { decode } from '../ijw/decode.js';
import type { BerichtType } from '../ijw/berichttypen.js';
import { berichtoverstijgendeRegels } from '../rules/berichtoverstijgend/index.js';
import { standaardBronnen } from '../rules/bronnen.js';
import { bouwKopRetour, type HeenKop } from './kopRetour.js';
import { retourcodesVan } from './pipeline.js';
import type { PipelineDeps, RetourInput, Validatie } from './PipelineDeps.js';

export async function valideerXsd(xml: string, _type: BerichtType): Promise<Validatie> {
  const d = await decode(xml);
  return { bericht: d.bericht, header: d.header, bevindingen: d.bevindingen, schemaGeldig: d.bericht !== undefined };
}

/** Header-only retour: every code on the Header. */
export function bouwRetourKop(input: RetourInput) {
  const kop = ((input.heenBericht as { Header?: HeenKop } | undefined)?.Header ?? input.heenHeader) as HeenKop | undefined;
  if (!kop?.Afzender || !kop.Ontvanger || !kop.BerichtIdentificatie?.Identificatie || !kop.BerichtIdentificatie.Dagtekening) return null;
  try {
    return bouwKopRetour(input.heenType, kop, retourcodesVan(input.bevindingen), input.identificatieRetour, input.dagtekeningRetour);
  } catch {
    return null; // a header too broken to echo back (e.g. an Afzender of the wrong shape)
  }
}

export function standaardDeps(over: Partial<PipelineDeps> = {}): PipelineDeps {
  return {
    valideer: valideerXsd,
    regels: berichtoverstijgendeRegels,
    handlers: {},
    bouwRetour: bouwRetourKop,
    buildBericht: (type, bericht) => buildBericht(type, bericht as never),
    bronnen: standaardBronnen,
    ...over,
  };
}

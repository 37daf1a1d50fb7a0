/**
 * The pipeline wired to the real modules: the codec's decode (integration/ijw/decode.ts: XSD + typed object), the rule
 * registry (integration/rules: in-message, external and — in the same runner, IV028 order — cross-message rules),
 * the retour builder (integration/retour) and the care handlers (integration/flows/handlers).
 * Parts can be overridden (tests, benchmark).
 */
import { buildBericht, type BerichtVan } from '../ijw/codec.js';
import { decode } from '../ijw/decode.js';
import type { BerichtType, Heenbericht } from '../ijw/berichttypen.js';
import { buildRetour } from '../retour/index.js';
import { alleRegels } from '../rules/specifiedRegels.js';
import { standaardBronnen } from '../rules/bronnen.js';
import { berichtHandlers } from './handlers/index.js';
import type { GebouwdRetour, PipelineDeps, RetourInput, Validatie } from './PipelineDeps.js';

/** Level 1 (XSD) via decode(); the rules run in the pipeline's transaction (runRegels). */
export async function valideerXsd(xml: string, _type: BerichtType): Promise<Validatie> {
  const d = await decode(xml);
  return { bericht: d.bericht, header: d.header, bevindingen: d.bevindingen, schemaGeldig: d.bericht !== undefined };
}

/**
 * The retour builder's IV028/IV087 answer (integration/retour). The pipeline answers every message it can read a Header from, also an
 * XSD-invalid one (bijXsdAfkeur 'header0001': Header with 0001), so the sender always gets one retour.
 */
export function bouwRetour(input: RetourInput): GebouwdRetour | null {
  const heen = (input.heenBericht ?? (input.heenHeader ? { Header: input.heenHeader } : undefined)) as BerichtVan<Heenbericht> | undefined;
  const h = (heen as { Header?: { Afzender?: unknown; Ontvanger?: unknown; BerichtIdentificatie?: { Identificatie?: unknown; Dagtekening?: unknown } } } | undefined)?.Header;
  if (!h?.Afzender || !h.Ontvanger || !h.BerichtIdentificatie?.Identificatie || !h.BerichtIdentificatie.Dagtekening) return null;
  try {
    const r = buildRetour(input.heenType, heen!, input.bevindingen, {
      identificatie: input.identificatieRetour,
      dagtekening: input.dagtekeningRetour,
      bijXsdAfkeur: 'header0001',
    });
    if (!r.bericht) return null;
    return { xml: buildBericht(r.type, r.bericht as never), bericht: r.bericht };
  } catch {
    return null; // a header too broken to echo back (e.g. an Afzender of the wrong shape)
  }
}

export function standaardDeps(over: Partial<PipelineDeps> = {}): PipelineDeps {
  return {
    valideer: valideerXsd,
    regels: alleRegels,
    handlers: berichtHandlers,
    bouwRetour,
    buildBericht: (type, bericht) => buildBericht(type, bericht as never),
    bronnen: standaardBronnen,
    ...over,
  };
}

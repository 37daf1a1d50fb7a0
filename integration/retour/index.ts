/**
 * integration/retour: heenbericht + findings → retourbericht (IV028; JW325: IV087), typed and as XML.
 */
import { RETOUR_VAN, type Heenbericht, type Retourbericht } from '../ijw/berichttypen.js';
import { buildBericht, type BerichtVan } from '../ijw/codec.js';
import type { Bevinding } from '../rules/Regel.js';
import { buildJW325 } from './buildJW325.js';
import { buildRetourbericht, type HeenZonder325, type RetourResultaat } from './buildRetourbericht.js';
import type { RetourOpties } from './retourOpties.js';

export { buildJW325, VOLLEDIG_TOEGEWEZEN } from './buildJW325.js';
export { buildRetourbericht, RETOUR_BERICHTCODE, type RetourResultaat } from './buildRetourbericht.js';
export { STANDAARD_XSD_VERSIE, type RetourOpties, type XsdVersie } from './retourOpties.js';

export type RetourVan<H extends Heenbericht> = (typeof RETOUR_VAN)[H];

/** The typed retourbericht for any heenbericht; `bericht` is undefined when none is to be sent. */
export function buildRetour<H extends Heenbericht>(
  type: H,
  heen: BerichtVan<H>,
  bevindingen: readonly Bevinding[],
  opts: RetourOpties = {},
): RetourResultaat<RetourVan<H>> {
  if (type === 'JW323') return buildJW325(heen as BerichtVan<'JW323'>, bevindingen, opts) as RetourResultaat<RetourVan<H>>;
  return buildRetourbericht(type as HeenZonder325, heen as BerichtVan<HeenZonder325>, bevindingen, opts) as RetourResultaat<RetourVan<H>>;
}

/** The retourbericht as XML (the codec's buildBericht, integration/ijw/codec.ts), or undefined when none is to be sent. */
export function buildRetourXml<H extends Heenbericht>(
  type: H,
  heen: BerichtVan<H>,
  bevindingen: readonly Bevinding[],
  opts: RetourOpties = {},
): { type: RetourVan<H>; xml?: string } {
  const r = buildRetour(type, heen, bevindingen, opts);
  if (!r.bericht) return { type: r.type };
  return { type: r.type, xml: buildBericht(r.type as Retourbericht, r.bericht as BerichtVan<Retourbericht>) };
}

/**
 * Full in-message validation of one iJw XML message: decode() (input gate, XSD, typed object; integration/ijw),
 * then the rules of this folder on the schema-valid typed object.
 */
import type { BerichtType } from '../ijw/berichttypen.js';
import type { BerichtVan } from '../ijw/codec.js';
import { decode } from '../ijw/decode.js';
import type { InputOptions } from '../ijw/xmlInput.js';
import { runRegels, type RegelOpties } from './runRegels.js';
import type { Bevinding } from './Regel.js';

export type ValideerOpties = Omit<RegelOpties, 'xsd'> & InputOptions;

export interface ValidatieResultaat<T extends BerichtType = BerichtType> {
  /** Undefined when the message could not even be recognised (not UTF-8, DTD, unknown namespace ...). */
  type?: T;
  /** The typed message, when it is schema-valid. */
  bericht?: BerichtVan<T>;
  bevindingen: Bevinding[];
  geldig: boolean;
}

/** XSD, then (on a schema-valid message) the rules. Never throws for a bad message: that is data. */
export async function valideer(xml: string | Uint8Array, opts: ValideerOpties = {}): Promise<ValidatieResultaat> {
  // No Header read of an invalid message (no retourbericht here); an error that is not about the message is thrown.
  const d = await decode(xml, { maxBytes: opts.maxBytes, header: false, onverwacht: 'gooi' });
  if (d.type === undefined) return { bevindingen: d.bevindingen, geldig: false };
  if (!d.bericht) return { type: d.type, bevindingen: d.bevindingen, geldig: false };
  const bevindingen = await runRegels(d.type, d.bericht, opts);
  return { type: d.type, bericht: d.bericht, bevindingen, geldig: bevindingen.length === 0 };
}

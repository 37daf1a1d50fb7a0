/**
 * Full in-message validation of one iJw XML message: the input gate and XSD (integration/ijw), then the
 * rules of this folder on the schema-valid typed object.
 */
import type { BerichtType } from '../ijw/berichttypen.js';
import { parseText, type BerichtVan } from '../ijw/codec.js';
import { CodecError, detectRoot, readXmlInput, type InputOptions } from '../ijw/xmlInput.js';
import { validateXsd, xsdBevinding } from '../ijw/xsdValidator.js';
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
  let text: string;
  let type: BerichtType;
  try {
    text = readXmlInput(xml, opts);
    type = detectRoot(text).type;
  } catch (e) {
    if (e instanceof CodecError) return { bevindingen: [xsdBevinding(e.message, e.regelnummer, e.pad)], geldig: false };
    throw e;
  }
  // libxml2 reads the bytes we were given (no re-encode of the decoded text); a string goes in as the checked text.
  const xsd = await validateXsd(type, typeof xml === 'string' ? text : xml);
  if (xsd.length > 0) return { type, bevindingen: xsd, geldig: false };
  let bericht: BerichtVan<BerichtType>;
  try {
    bericht = parseText(type, text);
  } catch (e) {
    if (e instanceof CodecError) return { type, bevindingen: [xsdBevinding(e.message, e.regelnummer, e.pad)], geldig: false };
    throw e;
  }
  const bevindingen = await runRegels(type, bericht, opts);
  return { type, bericht, bevindingen, geldig: bevindingen.length === 0 };
}

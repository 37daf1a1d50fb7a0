/**
 * decode(): the one entry point for an inbound message. Safety gate -> type from the root namespace ->
 * XSD (libxml2) -> typed object. A rejected message is data: findings with retourcode 0001, never an
 * exception, whatever the bytes.
 */
import type { Bevinding } from '../rules/Regel.js';
import type { BerichtType } from './berichttypen.js';
import { parseText } from './codec.js';
import type { BerichtVan } from './generated/index.generated.js';
import { CodecError, detectRoot, readXmlInput, type InputOptions } from './xmlInput.js';
import { getXsdValidator, xsdBevinding, type IjwXsdValidator } from './xsdValidator.js';

export interface DecodeOptions extends InputOptions {
  /** Defaults to the process-wide validator. */
  validator?: IjwXsdValidator;
  /** Read the Header of a schema-invalid message (for the retourbericht). Default true. */
  header?: boolean;
  /**
   * What an error that is not about the message (no CodecError: a bug, libxml2 failing) becomes: a 0001
   * finding ('bevinding', the default: decode never throws, whatever the bytes) or the exception ('gooi').
   */
  onverwacht?: 'bevinding' | 'gooi';
}

/**
 * The outcome. `type` is known once the root namespace is recognised; `bericht` only when the message
 * is schema-valid (the in-message rules run on it). `header` is a best-effort read of the Header of a
 * schema-invalid message, for the retourbericht; never trust other fields of it.
 */
export type DecodeResult =
  | { [T in BerichtType]: { type: T; bericht?: BerichtVan<T>; header?: BerichtVan<T>['Header']; bevindingen: Bevinding[] } }[BerichtType]
  | { type?: undefined; bericht?: undefined; header?: undefined; bevindingen: Bevinding[] };

export async function decode(xml: string | Uint8Array, opts: DecodeOptions = {}): Promise<DecodeResult> {
  let text: string;
  let type: BerichtType;
  try {
    text = readXmlInput(xml, opts);
    type = detectRoot(text).type;
  } catch (e) {
    return { bevindingen: [fout(e, opts)] };
  }
  let bevindingen: Bevinding[];
  try {
    const validator = opts.validator ?? (await getXsdValidator());
    // libxml2 reads the bytes we were given; a string is passed on as the checked text.
    bevindingen = validator.validate(type, typeof xml === 'string' ? text : xml);
  } catch (e) {
    return { type, bevindingen: [fout(e, opts)] } as DecodeResult;
  }
  if (bevindingen.length > 0) {
    if (opts.header === false) return { type, bevindingen } as DecodeResult;
    let header: unknown;
    try {
      header = (parseText(type, text) as { Header?: unknown }).Header;
    } catch {
      header = undefined;
    }
    return { type, header, bevindingen } as DecodeResult;
  }
  try {
    return { type, bericht: parseText(type, text), bevindingen: [] } as DecodeResult;
  } catch (e) {
    return { type, bevindingen: [fout(e, opts)] } as DecodeResult;
  }
}

function fout(e: unknown, opts: DecodeOptions): Bevinding {
  if (e instanceof CodecError) return xsdBevinding(e.message, e.regelnummer, e.pad);
  if (opts.onverwacht === 'gooi') throw e;
  return xsdBevinding(`Bericht onleesbaar: ${e instanceof Error ? e.message : String(e)}`, undefined);
}

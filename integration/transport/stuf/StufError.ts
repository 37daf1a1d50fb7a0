/** Typed errors for the StUF-GGk envelope layer; callers branch on `code`, never on the message text. */
export type StufErrorCode =
  | 'STUF_TOO_LARGE' // envelope over the size limit (spec: 25 MB incl. base64; IB007 / CC03 in the chain)
  | 'STUF_DOCTYPE' // DOCTYPE or ENTITY declaration present: refused before parsing
  | 'STUF_NOT_WELLFORMED' // not parseable XML
  | 'STUF_WRONG_ROOT' // root element is not the expected envelope (name or namespace)
  | 'STUF_MISSING_ELEMENT' // a required element is absent or empty
  | 'STUF_INVALID_VALUE' // a value breaks the spec (UUID, Versienr, Tijdstip, length, bestandsnaam)
  | 'STUF_BAD_BASE64' // parameters.bericht is not strict base64
  | 'STUF_XSD_INVALID' // envelope does not validate against ggk0310_msg.xsd
  | 'STUF_LIBXML2_UNAVAILABLE'; // libxml2-wasm could not be loaded or failed (see integration/xml/libxml2.ts)

export interface StufErrorDetail {
  message: string;
  line?: number;
}

export class StufError extends Error {
  override readonly name = 'StufError';
  constructor(
    readonly code: StufErrorCode,
    message: string,
    /** Dotted path of the offending element, e.g. 'stuurgegevens.referentienummer'. */
    readonly path?: string,
    readonly details: readonly StufErrorDetail[] = [],
  ) {
    super(message);
  }
}

export function isStufError(e: unknown, code?: StufErrorCode): e is StufError {
  return e instanceof StufError && (code === undefined || e.code === code);
}

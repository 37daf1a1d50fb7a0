import { openXsdSet, type XsdSet } from '../../xml/xsd';
import { guardXml, type GuardOptions } from './guardXml';
import { StufError, type StufErrorDetail } from './StufError';
import { readStufXsds, STUF_XSD_ENTRY, STUF_XSD_URL_BASE } from './xsdFiles';

export type StufValidation = { valid: true } | { valid: false; errors: StufErrorDetail[] };

/**
 * Validates envelopes (Di01, Du01 and StUF Fo01) against ggk0310_msg.xsd with libxml2-wasm, on the main
 * thread through the shared XSD mechanism (integration/xml/xsd.ts; the iJw validator uses the same).
 * The schema set is registered under `stuf-xsd:///` and compiled once; each check guards size and
 * DOCTYPE, then parses, validates and disposes its own document. Use `getStufValidator()` for the shared
 * instance. `checkSync` / `validateSync` are the core; `check` / `validate` are the same, as promises.
 */
export class StufValidator {
  private constructor(private readonly set: XsdSet) {}

  static async create(): Promise<StufValidator> {
    let set: XsdSet;
    try {
      set = await openXsdSet(STUF_XSD_URL_BASE, readStufXsds());
      set.schema(STUF_XSD_ENTRY);
    } catch (e) {
      throw new StufError('STUF_LIBXML2_UNAVAILABLE', `cannot compile ggk0310_msg.xsd with libxml2-wasm: ${e instanceof Error ? e.message : String(e)}`);
    }
    return new StufValidator(set);
  }

  /** Returns schema errors as data; throws for input-guard failures (size, DOCTYPE) and for XML that is not well-formed. */
  checkSync(xml: string | Uint8Array, options?: GuardOptions): StufValidation {
    const text = guardXml(xml, options);
    const result = this.set.schema(STUF_XSD_ENTRY).validate(text);
    if (result.valid) return { valid: true };
    const errors: StufErrorDetail[] = result.details.map((d) => ({ message: d.message, line: d.line }));
    if (result.phase === 'parse') throw new StufError('STUF_NOT_WELLFORMED', 'envelope is not well-formed XML', undefined, errors);
    if (result.phase === 'error') throw new StufError('STUF_LIBXML2_UNAVAILABLE', errors[0]?.message ?? 'validator failed', undefined, errors);
    return { valid: false, errors };
  }

  /** Throws STUF_XSD_INVALID (with libxml2's messages and lines) when the envelope is not schema-valid. */
  validateSync(xml: string | Uint8Array, options?: GuardOptions): void {
    const result = this.checkSync(xml, options);
    if (!result.valid) {
      const first = result.errors[0]?.message ?? 'unknown error';
      throw new StufError('STUF_XSD_INVALID', `envelope does not validate against ggk0310_msg.xsd: ${first}`, undefined, result.errors);
    }
  }

  async check(xml: string | Uint8Array, options?: GuardOptions): Promise<StufValidation> {
    return this.checkSync(xml, options);
  }

  async validate(xml: string | Uint8Array, options?: GuardOptions): Promise<void> {
    this.validateSync(xml, options);
  }

  /** Frees the compiled schema; the next getStufValidator() compiles it again. */
  async close(): Promise<void> {
    this.set.disposeSchemas();
    if (sharedInstance === this) {
      shared = undefined;
      sharedInstance = undefined;
    }
  }
}

let shared: Promise<StufValidator> | undefined;
let sharedInstance: StufValidator | undefined;

/** The process-wide validator, compiled on first use. */
export function getStufValidator(): Promise<StufValidator> {
  shared ??= StufValidator.create().then(
    (v) => (sharedInstance = v),
    (e: unknown) => {
      shared = undefined;
      throw e;
    },
  );
  return shared;
}

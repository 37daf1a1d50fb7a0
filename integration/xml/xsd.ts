/**
 * The one XSD mechanism for every schema set we validate against (iJw messages in integration/ijw, the
 * StUF-GGk envelope in integration/transport/stuf), on the main thread with libxml2-wasm:
 *
 * - A schema set is a directory of XSDs registered in memory under its own URL base (`ijw-xsd:///`,
 *   `stuf-xsd:///` ...) with XmlBufferInputProvider + xmlRegisterInputProvider. Relative schemaLocations
 *   resolve against the importing schema's URL, so they stay inside their set: two sets may both hold a
 *   `common.xsd` without colliding, and nothing is read from disk or network while compiling.
 * - Each entry schema is compiled once, on first use, and cached on the set.
 * - A document is parsed (no network, no external entities, big line numbers), validated and disposed;
 *   libxml2's errors come back as data with their line numbers.
 *
 * libxml2 keeps input providers process-wide (the libxml2-wasm module is shared even between jest test
 * files, see libxml2.ts), so URL bases must be distinct per set; `openXsdSet` refuses to reuse a base for
 * other files within one module instance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibxml2, type Libxml2 } from './libxml2.js';

export type { Libxml2 } from './libxml2.js';

type XsdValidatorHandle = InstanceType<Libxml2['XsdValidator']>;
type XmlDocumentHandle = InstanceType<Libxml2['XmlDocument']>;

export interface XsdErrorDetail {
  message: string;
  /** 1-based line in the validated document; 0 when libxml2 gave none. */
  line: number;
  col: number;
}

/**
 * - `parse`: the document is not well-formed XML (or was refused by the parser);
 * - `invalid`: it parsed but breaks the schema;
 * - `error`: anything else (libxml2 itself failed); `details` holds the message.
 */
export type XsdResult = { valid: true } | { valid: false; phase: 'parse' | 'invalid' | 'error'; details: XsdErrorDetail[] };

/** No network, no external entities, line numbers above 65535 (a big JW323 has millions of lines). */
export function safeParseOption(lib: Libxml2): number {
  const P = lib.ParseOption;
  return P.XML_PARSE_NONET | P.XML_PARSE_NO_XXE | P.XML_PARSE_BIG_LINES;
}

/** One compiled schema: validates documents; dispose() frees the compiled schema. */
export class CompiledXsd {
  private readonly parseOption: number;

  constructor(
    private readonly lib: Libxml2,
    private readonly validator: XsdValidatorHandle,
  ) {
    this.parseOption = safeParseOption(lib);
  }

  /** Parses, validates and disposes one document. Never throws. */
  validate(xml: string | Uint8Array): XsdResult {
    const { lib } = this;
    let doc: XmlDocumentHandle | undefined;
    try {
      // Strings go in as UTF-8 bytes: libxml2-wasm's fromString encodes in JS (~2x slower for an 11 KB
      // envelope) and reads the same bytes the same way (no forced encoding in either case).
      const bytes = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
      doc = lib.XmlDocument.fromBuffer(bytes, { option: this.parseOption });
    } catch (e) {
      return failure(lib, 'parse', e);
    }
    try {
      this.validator.validate(doc);
      return { valid: true };
    } catch (e) {
      return failure(lib, 'invalid', e);
    } finally {
      doc.dispose();
    }
  }

  dispose(): void {
    this.validator.dispose();
  }
}

/** An XmlLibError keeps its phase and libxml2's details; any other exception is an 'error'. */
function failure(lib: Libxml2, phase: 'parse' | 'invalid', e: unknown): XsdResult {
  if (!(e instanceof lib.XmlLibError)) return { valid: false, phase: 'error', details: [{ message: e instanceof Error ? e.message : String(e), line: 0, col: 0 }] };
  const details = e.details.length ? e.details : [{ message: e.message, line: 0, col: 0 }];
  return { valid: false, phase, details: details.map((d) => ({ message: d.message.trim(), line: d.line, col: d.col })) };
}

/** A set of XSD files registered under one URL base; entry schemas compiled once and cached. */
export class XsdSet {
  private readonly compiled = new Map<string, CompiledXsd>();

  private constructor(
    readonly lib: Libxml2,
    readonly urlBase: string,
    private readonly files: ReadonlyMap<string, Uint8Array>,
  ) {}

  /** The URL a file of this set is registered under (what libxml2 sees and reports). */
  url(file: string): string {
    return this.urlBase + file;
  }

  /** The compiled schema of `entry` (a path relative to the set), compiled on first use. */
  schema(entry: string): CompiledXsd {
    let schema = this.compiled.get(entry);
    if (!schema) {
      const xsd = this.files.get(entry);
      if (!xsd) throw new Error(`${entry} is not part of the XSD set ${this.urlBase}`);
      const doc = this.lib.XmlDocument.fromBuffer(xsd, { url: this.url(entry) });
      try {
        schema = new CompiledXsd(this.lib, this.lib.XsdValidator.fromDoc(doc));
      } finally {
        doc.dispose();
      }
      this.compiled.set(entry, schema);
    }
    return schema;
  }

  /** Frees the compiled schemas; they are compiled again on next use. The registered files stay. */
  disposeSchemas(): void {
    for (const s of this.compiled.values()) s.dispose();
    this.compiled.clear();
  }

  /** @internal use openXsdSet / readXsdSet */
  static register(lib: Libxml2, urlBase: string, files: Record<string, Uint8Array>): XsdSet {
    if (!/^[a-z][a-z0-9+.-]*:\/\/\/$/.test(urlBase)) throw new Error(`XSD URL base must look like 'name-xsd:///', got '${urlBase}'`);
    const known = registered.get(urlBase);
    if (known) {
      if (known.lib !== lib || !sameFiles(known.files, files)) throw new Error(`XSD URL base ${urlBase} is already registered with other files`);
      return known;
    }
    const provider = inputProvider(lib);
    for (const [file, bytes] of Object.entries(files)) provider.addBuffer(urlBase + file, bytes);
    const set = new XsdSet(lib, urlBase, new Map(Object.entries(files)));
    registered.set(urlBase, set);
    return set;
  }
}

const registered = new Map<string, XsdSet>();

/**
 * One input provider per libxml2 instance, for every set. libxml2 keeps at most 15 input callbacks and the
 * instance outlives jest's per-file module registry, so registering a provider per set (per test file)
 * filled the table and later sets silently failed to resolve their imports. The provider hangs off the
 * library's own class object, which is shared wherever the instance is.
 */
const PROVIDER = Symbol.for('jeugdregie.xsd.inputProvider');
type BufferProvider = InstanceType<Libxml2['XmlBufferInputProvider']>;

function inputProvider(lib: Libxml2): BufferProvider {
  const holder = lib.XmlBufferInputProvider as unknown as { [PROVIDER]?: BufferProvider };
  let provider = holder[PROVIDER];
  if (!provider) {
    provider = new lib.XmlBufferInputProvider({});
    if (lib.xmlRegisterInputProvider(provider) === false) throw new Error('libxml2 refused another input provider');
    holder[PROVIDER] = provider;
  }
  return provider;
}

function sameFiles(a: ReadonlyMap<string, Uint8Array>, b: Record<string, Uint8Array>): boolean {
  const keys = Object.keys(b);
  return keys.length === a.size && keys.every((k) => a.has(k) && Buffer.compare(a.get(k)!, b[k]!) === 0);
}

/** Registers `files` (relative path → bytes) under `urlBase` (e.g. 'stuf-xsd:///'); once per base. */
export async function openXsdSet(urlBase: string, files: Record<string, Uint8Array>): Promise<XsdSet> {
  return XsdSet.register(await loadLibxml2(), urlBase, files);
}

/** Reads `files` (paths relative to `dir`, with '/') from disk, keyed by those relative paths. */
export function readXsdFiles(dir: string, files: readonly string[]): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const f of files) out[f] = readFileSync(join(dir, f));
  return out;
}

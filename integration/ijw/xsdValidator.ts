/**
 * XSD validation of iJw 3.2 messages with libxml2 (libxml2-wasm). All XSDs are registered in memory
 * (XmlBufferInputProvider) so `<xs:import schemaLocation="basisschema.xsd">` resolves without file or
 * network access; each message schema is compiled once, on first use, and reused.
 * Every failure becomes a Bevinding with regel 'XSD' and retourcode 0001 on the Header: VECOZO rejects
 * the whole message.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Bevinding } from '../rules/Regel.js';
import type { BerichtType } from './berichttypen.js';
import { BASIS_NAMESPACE, BASIS_PREFIX, BERICHT_SCHEMAS } from './generated/index.generated.js';
import { loadLibxml2, type Libxml2 } from './libxml2.js';
import { padsOpRegels } from './padOpRegel.js';

/** At most this many XSD findings per message (libxml2 can report one per element of a broken list). */
export const MAX_XSD_BEVINDINGEN = 100;

const URL_BASE = 'ijw-xsd:///';

export function xsdDir(): string {
  // integration/ijw/xsd next to the source; from a compiled copy (dist/...) walk up to the source tree.
  if (existsSync(join(__dirname, 'xsd', 'basisschema.xsd'))) return join(__dirname, 'xsd');
  for (let dir = __dirname, up = dirname(dir); up !== dir; dir = up, up = dirname(dir)) {
    const candidate = join(up, 'integration', 'ijw', 'xsd');
    if (existsSync(join(candidate, 'basisschema.xsd'))) return candidate;
  }
  throw new Error('integration/ijw/xsd niet gevonden');
}

export function xsdBevinding(melding: string, regelnummer: number | undefined, pad = ''): Bevinding {
  return {
    regel: 'XSD',
    retourcode: '0001',
    klasse: 'Header',
    klassePad: 'Header',
    pad,
    melding,
    ...(regelnummer !== undefined && regelnummer > 0 ? { regelnummer } : {}),
    controleniveau: 'xsd',
  };
}

const NS_PREFIX: ReadonlyArray<[string, string]> = [
  [`{${BASIS_NAMESPACE}}`, `${BASIS_PREFIX}:`],
  ...Object.values(BERICHT_SCHEMAS).map((s) => [`{${s.namespace}}`, `${s.prefix}:`] as [string, string]),
];

/** libxml2's message, with namespace URIs in Clark notation shortened to the usual prefixes. */
function leesbaar(message: string): string {
  let m = message.trim();
  for (const [clark, prefix] of NS_PREFIX) if (m.includes(clark)) m = m.split(clark).join(prefix);
  return m;
}

export class IjwXsdValidator {
  private readonly validators = new Map<BerichtType, InstanceType<Libxml2['XsdValidator']>>();
  private readonly parseOption: number;

  private constructor(private readonly lib: Libxml2) {
    const P = lib.ParseOption;
    // No network, no external entities, line numbers above 65535 (a big JW323 has millions of lines).
    this.parseOption = P.XML_PARSE_NONET | P.XML_PARSE_NO_XXE | P.XML_PARSE_BIG_LINES;
  }

  static async create(dir = xsdDir()): Promise<IjwXsdValidator> {
    const lib = await loadLibxml2();
    registerXsds(lib, dir);
    return new IjwXsdValidator(lib);
  }

  /** The compiled schema of one message type (compiled on first use, ~25 ms, then cached). */
  private validatorFor(type: BerichtType): InstanceType<Libxml2['XsdValidator']> {
    let v = this.validators.get(type);
    if (!v) {
      const file = BERICHT_SCHEMAS[type].xsd;
      const doc = this.lib.XmlDocument.fromBuffer(readFileSync(join(xsdDir(), file)), { url: URL_BASE + file });
      try {
        v = this.lib.XsdValidator.fromDoc(doc);
      } finally {
        doc.dispose();
      }
      this.validators.set(type, v);
    }
    return v;
  }

  /** Compiles all 14 schemas now (for servers that prefer paying at start-up). */
  compileAll(): void {
    for (const t of Object.keys(BERICHT_SCHEMAS) as BerichtType[]) this.validatorFor(t);
  }

  /**
   * Validates one message (text that passed readXmlInput, or its UTF-8 bytes) against the schema of `type`.
   * Returns the findings; [] when valid. Never throws for bad input.
   */
  validate(type: BerichtType, xml: string | Uint8Array): Bevinding[] {
    const validator = this.validatorFor(type);
    let doc: InstanceType<Libxml2['XmlDocument']> | undefined;
    try {
      const opts = { option: this.parseOption };
      doc = typeof xml === 'string' ? this.lib.XmlDocument.fromString(xml, opts) : this.lib.XmlDocument.fromBuffer(xml, opts);
      validator.validate(doc);
      return [];
    } catch (e) {
      if (e instanceof this.lib.XmlLibError) {
        const details = e.details.length ? e.details : [{ message: e.message, line: 0, col: 0, level: 2 }];
        const shown = details.slice(0, MAX_XSD_BEVINDINGEN);
        let pads: string[] = [];
        try {
          const text = typeof xml === 'string' ? xml : Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString('utf8');
          const plekken = shown.map((d) => ({ line: d.line, naam: /^Element '(?:\{[^}]*\}|[\w.-]+:)?([\w.-]+)'/.exec(d.message)?.[1] }));
          pads = padsOpRegels(type, text, plekken);
        } catch {
          /* a path is a nicety; the line and message are what count */
        }
        return shown.map((d, i) => xsdBevinding(leesbaar(d.message), d.line, d.line > 0 ? (pads[i] ?? '') : ''));
      }
      return [xsdBevinding(`XSD-validatie mislukt: ${e instanceof Error ? e.message : String(e)}`, undefined)];
    } finally {
      doc?.dispose();
    }
  }

  dispose(): void {
    for (const v of this.validators.values()) v.dispose();
    this.validators.clear();
  }
}

let registered = false;

function registerXsds(lib: Libxml2, dir: string): void {
  if (registered) return;
  const buffers: Record<string, Uint8Array> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.xsd'))) buffers[URL_BASE + f] = readFileSync(join(dir, f));
  lib.xmlRegisterInputProvider(new lib.XmlBufferInputProvider(buffers));
  registered = true;
}

let shared: Promise<IjwXsdValidator> | undefined;

/** The process-wide validator (schemas compiled once, lazily). */
export function getXsdValidator(): Promise<IjwXsdValidator> {
  shared ??= IjwXsdValidator.create().catch((e: unknown) => {
    shared = undefined;
    throw e;
  });
  return shared;
}

/** Validates a message of a known type against its XSD. */
export async function validateXsd(type: BerichtType, xml: string | Uint8Array): Promise<Bevinding[]> {
  return (await getXsdValidator()).validate(type, xml);
}

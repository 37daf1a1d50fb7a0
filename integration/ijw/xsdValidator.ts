/**
 * XSD validation of iJw 3.2 messages with libxml2 (libxml2-wasm), on the shared mechanism of
 * integration/xml/xsd.ts: all XSDs are registered in memory under `ijw-xsd:///` so
 * `<xs:import schemaLocation="basisschema.xsd">` resolves without file or network access; each message
 * schema is compiled once, on first use, and reused.
 * Every failure becomes a Bevinding with regel 'XSD' and retourcode 0001 on the Header: VECOZO rejects
 * the whole message.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Bevinding } from '../rules/Regel.js';
import type { BerichtType } from './berichttypen.js';
import { BASIS_NAMESPACE, BASIS_PREFIX, BERICHT_SCHEMAS } from './generated/index.generated.js';
import { openXsdSet, readXsdFiles, type XsdSet } from '../xml/xsd.js';
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
  private constructor(private readonly set: XsdSet) {}

  static async create(dir = xsdDir()): Promise<IjwXsdValidator> {
    const files = readXsdFiles(dir, readdirSync(dir).filter((n) => n.endsWith('.xsd')));
    return new IjwXsdValidator(await openXsdSet(URL_BASE, files));
  }

  /** Compiles all 14 schemas now (for servers that prefer paying at start-up; each ~25 ms, then cached). */
  compileAll(): void {
    for (const t of Object.keys(BERICHT_SCHEMAS) as BerichtType[]) this.set.schema(BERICHT_SCHEMAS[t].xsd);
  }

  /**
   * Validates one message (text that passed readXmlInput, or its UTF-8 bytes) against the schema of `type`.
   * Returns the findings; [] when valid. Never throws for bad input.
   */
  validate(type: BerichtType, xml: string | Uint8Array): Bevinding[] {
    const result = this.set.schema(BERICHT_SCHEMAS[type].xsd).validate(xml);
    if (result.valid) return [];
    if (result.phase === 'error') return [xsdBevinding(`XSD-validatie mislukt: ${result.details[0]?.message ?? ''}`, undefined)];
    const shown = result.details.slice(0, MAX_XSD_BEVINDINGEN);
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

  dispose(): void {
    this.set.disposeSchemas();
  }
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

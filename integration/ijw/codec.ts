/**
 * The iJw 3.2 message codec: XML <-> typed objects, driven by the tables generated from the XSDs
 * (integration/ijw/generated). One implementation for all 14 message types.
 *
 * Typed objects use the XSD element names; codes stay strings ('0384', '04'), amounts are integer
 * euro cents, dates ISO 'YYYY-MM-DD' strings, xs:integer values numbers. Repeating elements are arrays.
 */
import { XMLParser } from 'fast-xml-parser';
import type { BerichtType } from './berichttypen.js';
import { BASIS_NAMESPACE, BASIS_PREFIX, BERICHT_SCHEMAS, type BerichtVan } from './generated/index.generated.js';
import type { ElementDef } from './schemaDef.js';
import { pad } from './pad.js';
import { scanBericht } from './scan.js';
import { CodecError, detectRoot, readXmlInput, type InputOptions } from './xmlInput.js';

export type { BerichtVan, AnyBericht, BerichtTypeMap } from './generated/index.generated.js';
export { CodecError, DEFAULT_MAX_BYTES, type InputOptions } from './xmlInput.js';

/** A parsed message: the type discriminates the typed object. */
export type ParsedBericht = { [T in BerichtType]: { type: T; bericht: BerichtVan<T> } }[BerichtType];

export type ParseOptions = InputOptions;

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
});

/** Detects the message type from the root namespace and returns the typed object. Throws CodecError. */
export function parseBericht(xml: string | Uint8Array, opts?: ParseOptions): ParsedBericht {
  const text = readXmlInput(xml, opts);
  const { type } = detectRoot(text);
  return { type, bericht: parseText(type, text) } as ParsedBericht;
}

/** Parses a message of a known type; throws CodecError when the root namespace is another type's. */
export function parse<T extends BerichtType>(type: T, xml: string | Uint8Array, opts?: ParseOptions): BerichtVan<T> {
  const text = readXmlInput(xml, opts);
  const root = detectRoot(text);
  if (root.type !== type) throw new CodecError(`Verwacht een ${type}-bericht, gevonden ${root.type}`, 'namespace');
  return parseText(type, text);
}

/**
 * Parses text that already passed readXmlInput/detectRoot (and, in decode(), the XSD) with the
 * table-driven scanner (scan.ts). It assumes well-formed input; run the XSD validation for untrusted input.
 */
export function parseText<T extends BerichtType>(type: T, text: string): BerichtVan<T> {
  const schema = BERICHT_SCHEMAS[type];
  return scanBericht(text, schema.root.name, schema.root.children!, convert) as unknown as BerichtVan<T>;
}

/**
 * The same mapping on fast-xml-parser's generic tree: the reference the scanner is tested against,
 * and the parse-only floor of bench/codec.ts.
 */
export function parseTextFxp<T extends BerichtType>(type: T, text: string): BerichtVan<T> {
  const schema = BERICHT_SCHEMAS[type];
  const raw = parser.parse(text) as Record<string, unknown>;
  const root = raw[schema.root.name];
  if (root === undefined) throw new CodecError(`Root-element ${schema.root.name} ontbreekt`, 'structuur');
  return fromRaw(schema.root.children!, root) as unknown as BerichtVan<T>;
}

// ---------------------------------------------------------------------------------------------------
// raw (fast-xml-parser output) -> typed. Errors carry the path, built only when an error occurs.

class PathedError extends CodecError {}

function fromRaw(defs: readonly ElementDef[], raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (raw === '' || raw === undefined) return out; // <X/> or <X></X>
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CodecError('Verwacht onderliggende elementen, gevonden tekst', 'structuur');
  }
  const obj = raw as Record<string, unknown>;
  for (let d = 0; d < defs.length; d++) {
    const def = defs[d]!;
    const v = obj[def.name];
    if (v === undefined) continue; // missing required elements are the XSD's to report
    if (def.max !== 1) {
      const list = Array.isArray(v) ? v : [v];
      const arr = new Array(list.length);
      for (let i = 0; i < list.length; i++) {
        try {
          arr[i] = convert(def, list[i]);
        } catch (e) {
          throw prefixed(e, def.name, i);
        }
      }
      out[def.name] = arr;
    } else {
      try {
        if (Array.isArray(v)) throw new CodecError(`${def.name} komt meer dan één keer voor`, 'structuur');
        out[def.name] = convert(def, v);
      } catch (e) {
        throw prefixed(e, def.name);
      }
    }
  }
  return out;
}

function prefixed(e: unknown, name: string, index?: number): unknown {
  if (!(e instanceof CodecError)) return e;
  const head = index === undefined ? name : `${name}[${index}]`;
  return new PathedError(e.message, e.fout, e.pad ? `${head}.${e.pad}` : head, e.regelnummer);
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

function convert(def: ElementDef, v: unknown): unknown {
  if (def.children) return fromRaw(def.children, v);
  if (typeof v !== 'string') {
    throw new CodecError(`${def.name} moet een enkelvoudige waarde zijn`, 'structuur');
  }
  switch (def.kind) {
    case 'integer':
      return toInteger(def, v);
    case 'bedrag':
      return def.fractionDigits ? decimalToCents(v, def.fractionDigits) : toInteger(def, v);
    case 'boolean':
      if (v === 'true' || v === '1') return true;
      if (v === 'false' || v === '0') return false;
      throw new CodecError(`${def.name}: geen boolean: '${v}'`, 'waarde');
    default:
      return v; // string, code, date, time, datetime, decimal: the lexical value as is
  }
}

function toInteger(def: ElementDef, v: string): number {
  if (!INTEGER.test(v)) throw new CodecError(`${def.name}: geen geheel getal: '${v}'`, 'waarde');
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new CodecError(`${def.name}: getal te groot: '${v}'`, 'waarde');
  return n;
}

/**
 * Exact decimal -> integer of 1/10^fractionDigits units (cents for 2) by string arithmetic, no float
 * rounding. More fraction digits than allowed is an error, not a rounding. (iJw 3.2 amounts are already
 * integer cents in the XML, fractionDigits 0; this exists for decimal amount types.)
 */
export function decimalToCents(v: string, fractionDigits: number): number {
  const m = DECIMAL.exec(v.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new CodecError(`Geen bedrag: '${v}'`, 'waarde');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > fractionDigits) throw new CodecError(`Bedrag '${v}' heeft meer dan ${fractionDigits} decimalen`, 'waarde');
  const digits = (m[2] || '0') + frac.padEnd(fractionDigits, '0');
  const n = Number(digits);
  if (!Number.isSafeInteger(n)) throw new CodecError(`Bedrag te groot: '${v}'`, 'waarde');
  return m[1] === '-' && n !== 0 ? -n : n;
}

/** Integer cents -> decimal string with exactly fractionDigits digits (exact, no float). */
export function centsToDecimal(cents: number, fractionDigits: number): string {
  if (!Number.isSafeInteger(cents)) throw new CodecError(`Bedrag moet een geheel aantal centen zijn: ${cents}`, 'waarde');
  if (fractionDigits === 0) return String(cents);
  const neg = cents < 0;
  const s = String(Math.abs(cents)).padStart(fractionDigits + 1, '0');
  return `${neg ? '-' : ''}${s.slice(0, -fractionDigits)}.${s.slice(-fractionDigits)}`;
}

// ---------------------------------------------------------------------------------------------------
// typed -> XML

export interface BuildOptions {
  /** Indentation per level; '' gives no newlines at all. Default two spaces. */
  indent?: string;
}

/**
 * Serialises a typed message: XML declaration, UTF-8, the message prefix (jw323:) and the basisschema
 * prefix (ijw:) with their namespace declarations on the root, elements in XSD order whatever the
 * property order. Throws CodecError (with the path) for unknown properties, missing required elements,
 * non-arrays where the XSD repeats, and values of the wrong type.
 */
export function buildBericht<T extends BerichtType>(type: T, bericht: BerichtVan<T>, opts: BuildOptions = {}): string {
  const schema = BERICHT_SCHEMAS[type];
  if (!schema) throw new CodecError(`Onbekend berichttype ${String(type)}`, 'namespace');
  const indent = opts.indent ?? '  ';
  const nl = indent === '' ? '' : '\n';
  const out: string[] = [];
  const rootTag = `${schema.prefix}:${schema.root.name}`;
  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>\n<${rootTag} xmlns:${schema.prefix}="${schema.namespace}" xmlns:${BASIS_PREFIX}="${BASIS_NAMESPACE}">${nl}`,
  );
  const prefixes = { bericht: `${schema.prefix}:`, basis: `${BASIS_PREFIX}:` };
  const w = new Writer(out, prefixes, indent, nl);
  w.complex(schema.root.children!, bericht as unknown, 1, '');
  out.push(`</${rootTag}>\n`);
  return out.join('');
}

class Writer {
  constructor(
    private readonly out: string[],
    private readonly prefixes: { bericht: string; basis: string },
    private readonly indent: string,
    private readonly nl: string,
  ) {}

  complex(defs: readonly ElementDef[], value: unknown, depth: number, path: string): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new CodecError(`Verwacht een object`, 'structuur', path);
    }
    const obj = value as Record<string, unknown>;
    let known = 0;
    const ind = this.indent.repeat(depth);
    for (let d = 0; d < defs.length; d++) {
      const def = defs[d]!;
      const v = obj[def.name];
      if (v === undefined || v === null) {
        if (v === null) known++;
        if (def.min > 0) throw new CodecError(`Verplicht element ${def.name} ontbreekt`, 'structuur', pad(path, def.name));
        continue;
      }
      known++;
      const tag = this.prefixes[def.ns] + def.name;
      if (def.max !== 1) {
        if (!Array.isArray(v)) throw new CodecError(`${def.name} moet een array zijn`, 'structuur', pad(path, def.name));
        if (v.length < def.min) {
          throw new CodecError(`${def.name} moet minstens ${def.min} keer voorkomen`, 'structuur', pad(path, def.name));
        }
        if (def.max > 0 && v.length > def.max) {
          throw new CodecError(`${def.name} mag hoogstens ${def.max} keer voorkomen`, 'structuur', pad(path, def.name));
        }
        for (let i = 0; i < v.length; i++) this.element(def, tag, v[i], ind, depth, path, i);
      } else {
        if (Array.isArray(v)) throw new CodecError(`${def.name} is geen array`, 'structuur', pad(path, def.name));
        this.element(def, tag, v, ind, depth, path, undefined);
      }
    }
    // Count own properties only when the fast check says something extra may be present.
    const keys = Object.keys(obj);
    if (keys.length !== known) {
      const names = new Set(defs.map((d) => d.name));
      const extra = keys.filter((k) => !names.has(k) && obj[k] !== undefined);
      if (extra.length) {
        throw new CodecError(`Onbekend element ${extra.join(', ')} (niet in de XSD)`, 'structuur', pad(path, extra[0]!));
      }
    }
  }

  private element(def: ElementDef, tag: string, v: unknown, ind: string, depth: number, path: string, i: number | undefined): void {
    if (def.children) {
      this.out.push(`${ind}<${tag}>${this.nl}`);
      this.complex(def.children, v, depth + 1, i === undefined ? pad(path, def.name) : pad(path, def.name, i));
      this.out.push(`${ind}</${tag}>${this.nl}`);
    } else {
      let text: string;
      try {
        text = formatLeaf(def, v);
      } catch (e) {
        if (e instanceof CodecError) {
          throw new CodecError(e.message, e.fout, i === undefined ? pad(path, def.name) : pad(path, def.name, i));
        }
        throw e;
      }
      this.out.push(`${ind}<${tag}>${text}</${tag}>${this.nl}`);
    }
  }
}

const ESCAPE = /[&<>\r]/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

function escapeText(s: string): string {
  return ESCAPE.test(s) ? s.replace(/[&<>\r]/g, (c) => ESCAPES[c]!) : s;
}

function formatLeaf(def: ElementDef, v: unknown): string {
  switch (def.kind) {
    case 'integer':
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
        throw new CodecError(`${def.name} moet een geheel getal zijn, niet ${JSON.stringify(v)}`, 'waarde');
      }
      return String(v);
    case 'bedrag':
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
        throw new CodecError(`${def.name} moet een bedrag in hele centen zijn, niet ${JSON.stringify(v)}`, 'waarde');
      }
      return centsToDecimal(v, def.fractionDigits ?? 0);
    case 'boolean':
      if (typeof v !== 'boolean') throw new CodecError(`${def.name} moet een boolean zijn`, 'waarde');
      return v ? 'true' : 'false';
    default:
      if (typeof v !== 'string') {
        throw new CodecError(`${def.name} moet een string zijn, niet ${JSON.stringify(v)}`, 'waarde');
      }
      return escapeText(v);
  }
}

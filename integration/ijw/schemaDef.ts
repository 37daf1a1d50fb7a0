/**
 * The shape of the codec tables that scripts/generate-codec.ts derives from the iJw 3.2 XSDs
 * (integration/ijw/generated/*.generated.ts). The codec walks these tables; it never hard-codes a message.
 */
import type { BerichtType } from './berichttypen.js';

/**
 * How a simple XSD type is represented in a typed object.
 * - string: codes and text stay strings ('0384', '04' keep their leading zeros)
 * - integer: xs:integer (Volume, Nummer, Huisnummer ...) as a JS number
 * - bedrag: an amount as integer euro cents (the iJw types say "in 1/100 van gehanteerde valuta")
 * - date: ISO 'YYYY-MM-DD' string; time: 'hh:mm:ss' string
 * - decimal, boolean, datetime: not used by iJw 3.2, kept for completeness
 */
export type CodecKind = 'string' | 'integer' | 'bedrag' | 'date' | 'time' | 'datetime' | 'boolean' | 'decimal';

/** The namespace an element lives in: the message's own (jw323:Header) or the basisschema's (ijw:Identificatie). */
export type ElementNs = 'bericht' | 'basis';

export interface ElementDef {
  readonly name: string;
  readonly ns: ElementNs;
  readonly min: number;
  /** maxOccurs; -1 = unbounded. Arrays in the typed object where max !== 1. */
  readonly max: number;
  /** The XSD type as written in the schema ('ijw:LDT_Bedrag', 'jw323:Prestatie'), or '' for an anonymous type. */
  readonly type: string;
  /** For simple content. */
  readonly kind?: CodecKind;
  /** For 'bedrag' / 'decimal': the number of fraction digits in the XML lexical form (iJw 3.2: 0, already cents). */
  readonly fractionDigits?: number;
  /** For complex content: the child elements in XSD sequence order. */
  readonly children?: readonly ElementDef[];
}

export interface BerichtSchema {
  readonly type: BerichtType;
  /** The message namespace, e.g. http://www.istandaarden.nl/ijw/3_2/jw323/schema */
  readonly namespace: string;
  /** The prefix used when building ('jw323'). */
  readonly prefix: string;
  /** XSD file name under integration/ijw/xsd. */
  readonly xsd: string;
  readonly root: ElementDef;
}

export const isRepeated = (def: ElementDef): boolean => def.max !== 1;

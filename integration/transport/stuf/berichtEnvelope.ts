/**
 * What Di01 and Du01 share (spec 3.2 and 3.3): stuurgegevens, the version parameters and the payload,
 * carried base64-encoded in parameters.bericht with a required xmime:contentType.
 */
import { decodeBase64Strict } from './base64';
import { attribute, child, expectBerichtcode, optionalText, readEnvelope, readSysteem, requiredText, type XmlNode } from './readEnvelope';
import type { GuardOptions } from './guardXml';
import { StufError } from './StufError';
import {
  assertLength, assertSysteem, assertUuidV4, assertVersienr, BESTANDSNAAM, formatTijdstip, newReferentienummer,
  NS_GGK, NS_STUF, NS_XMIME, type Systeem,
} from './stuurgegevens';
import { CRLF, el, escapeXml, systeemLines } from './xmlText';

/** Spec: "stuurgegevens.ontvanger.applicatie: vaste waarde 'GGk'". */
export const GGK_APPLICATIE = 'GGk';
/** iJw 3.2 payloads: BerichtVersie 3, BerichtSubversie 2 in the iJw header. */
export const IJW32_FUNCTIE_VERSIE = '0003';
export const IJW32_FUNCTIE_SUBVERSIE = '0002';
export const CONTENT_TYPE_XML = 'application/xml';

export type Ontvanger = Omit<Systeem, 'applicatie'> & { applicatie?: string };

/** Input shared by wrapDi01 and buildDu01. */
export interface EnvelopeInput {
  /** The message carried, e.g. the iJw XML; it is base64-encoded byte for byte. */
  payload: string | Uint8Array;
  /** stuurgegevens.functie: the message type, e.g. 'JW301' (spec 2.6: no version in it). */
  functie: string;
  zender: Systeem;
  /** applicatie defaults to 'GGk'. */
  ontvanger: Ontvanger;
  /** UUID v4; generated when absent. */
  referentienummer?: string;
  /** stuurgegevens.tijdstipBericht; now when absent. */
  tijdstip?: Date;
  /** Version of zender.applicatie (spec 2.5), four digits, e.g. '0001'. */
  applicatieVersie: string;
  applicatieSubversie: string;
  /** Version of the functie (spec 2.6); default iJw 3.2: '0003' / '0002'. */
  functieVersie?: string;
  functieSubversie?: string;
  /** Default 'application/xml' (iJw); 'text/plain', 'text/csv' … for a tekstBestand. */
  contentType?: string;
  /** Only for non-XML payloads (spec 2.7): [0-9a-zA-Z._-], max 255. */
  bestandsnaam?: string;
}

export interface EnvelopeParameters {
  applicatieVersie: string;
  applicatieSubversie: string;
  functieVersie: string;
  functieSubversie: string;
  /** Present in older (pre-2.1.04) envelopes such as the official examples; never written by us. */
  referentienummerBericht?: string;
  crossRefnummerBericht?: string;
}

/** A read Di01 or Du01. */
export interface BerichtEnvelope<S> {
  stuurgegevens: S;
  parameters: EnvelopeParameters;
  /** The decoded payload bytes (the iJw XML for iJw traffic). */
  payload: Buffer;
  contentType: string;
  bestandsnaam?: string;
}

export interface StuurgegevensBase {
  zender: Systeem;
  ontvanger: Systeem;
  referentienummer: string;
  tijdstipBericht: string;
  functie: string;
}

type Kind = 'Di01' | 'Du01';
const ROOT: Record<Kind, string> = { Di01: 'envelopHeenbericht-ggk_Di01', Du01: 'envelopRetourbericht-ggk_Du01' };

/** Prints a Di01 or Du01; every value is checked first so what we send validates against ggk0310_msg.xsd. */
export function printBerichtEnvelope(kind: Kind, input: EnvelopeInput, crossRefnummer?: string): string {
  const ontvanger: Systeem = { ...input.ontvanger, applicatie: input.ontvanger.applicatie ?? GGK_APPLICATIE };
  const referentienummer = input.referentienummer ?? newReferentienummer();
  const functieVersie = input.functieVersie ?? IJW32_FUNCTIE_VERSIE;
  const functieSubversie = input.functieSubversie ?? IJW32_FUNCTIE_SUBVERSIE;
  const contentType = input.contentType ?? CONTENT_TYPE_XML;
  assertSysteem(input.zender, 'stuurgegevens.zender');
  assertSysteem(ontvanger, 'stuurgegevens.ontvanger');
  assertUuidV4(referentienummer, 'stuurgegevens.referentienummer');
  if (crossRefnummer !== undefined) assertUuidV4(crossRefnummer, 'stuurgegevens.crossRefnummer');
  assertLength(input.functie, 1, 30, 'stuurgegevens.functie');
  assertVersienr(input.applicatieVersie, 'parameters.applicatieVersie');
  assertVersienr(input.applicatieSubversie, 'parameters.applicatieSubversie');
  assertVersienr(functieVersie, 'parameters.functieVersie');
  assertVersienr(functieSubversie, 'parameters.functieSubversie');
  assertLength(contentType, 3, 255, 'parameters.bericht@contentType');
  if (input.bestandsnaam !== undefined && !BESTANDSNAAM.test(input.bestandsnaam)) {
    throw new StufError('STUF_INVALID_VALUE', 'parameters.bericht@bestandsnaam may only hold [0-9a-zA-Z._-], max 255 (spec 2.7)', 'parameters.bericht@bestandsnaam');
  }
  const payload = typeof input.payload === 'string' ? Buffer.from(input.payload, 'utf8') : Buffer.from(input.payload);
  if (payload.length === 0) throw new StufError('STUF_MISSING_ELEMENT', 'payload is empty', 'parameters.bericht');

  const root = `GGK:${ROOT[kind]}`;
  const bestandsnaam = input.bestandsnaam === undefined ? '' : ` StUF:bestandsnaam="${escapeXml(input.bestandsnaam)}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${root} xmlns:StUF="${NS_STUF}" xmlns:GGK="${NS_GGK}" xmlns:xmime="${NS_XMIME}">`,
    '\t<GGK:stuurgegevens>',
    ...el(2, 'StUF:berichtcode', kind),
    ...systeemLines('zender', input.zender),
    ...systeemLines('ontvanger', ontvanger),
    ...el(2, 'StUF:referentienummer', referentienummer),
    ...el(2, 'StUF:tijdstipBericht', formatTijdstip(input.tijdstip ?? new Date())),
    ...el(2, 'StUF:crossRefnummer', crossRefnummer),
    ...el(2, 'StUF:functie', input.functie),
    '\t</GGK:stuurgegevens>',
    '\t<GGK:parameters>',
    ...el(2, 'GGK:applicatieVersie', input.applicatieVersie),
    ...el(2, 'GGK:applicatieSubversie', input.applicatieSubversie),
    ...el(2, 'GGK:functieVersie', functieVersie),
    ...el(2, 'GGK:functieSubversie', functieSubversie),
    `\t\t<GGK:bericht${bestandsnaam} xmime:contentType="${escapeXml(contentType)}">${payload.toString('base64')}</GGK:bericht>`,
    '\t</GGK:parameters>',
    `</${root}>`,
  ];
  return lines.join(CRLF) + CRLF;
}

/** Reads a Di01 or Du01 into its parts; the stuurgegevens node is handed back for kind-specific fields. */
export function readBerichtEnvelope(
  kind: Kind,
  xml: string | Uint8Array,
  options?: GuardOptions,
): BerichtEnvelope<StuurgegevensBase> & { stuurgegevensNode: XmlNode } {
  const { root } = readEnvelope(xml, kind, options);
  const sgNode = child(root, 'stuurgegevens', ROOT[kind]);
  const sg = 'stuurgegevens';
  expectBerichtcode(sgNode, kind, sg);
  const stuurgegevens: StuurgegevensBase = {
    zender: readSysteem(child(sgNode, 'zender', sg), `${sg}.zender`),
    ontvanger: readSysteem(child(sgNode, 'ontvanger', sg), `${sg}.ontvanger`),
    referentienummer: requiredText(sgNode, 'referentienummer', sg),
    tijdstipBericht: requiredText(sgNode, 'tijdstipBericht', sg),
    functie: requiredText(sgNode, 'functie', sg),
  };
  const p = child(root, 'parameters', ROOT[kind]);
  const parameters: EnvelopeParameters = {
    applicatieVersie: requiredText(p, 'applicatieVersie', 'parameters'),
    applicatieSubversie: requiredText(p, 'applicatieSubversie', 'parameters'),
    functieVersie: requiredText(p, 'functieVersie', 'parameters'),
    functieSubversie: requiredText(p, 'functieSubversie', 'parameters'),
  };
  const referentienummerBericht = optionalText(p, 'referentienummerBericht', 'parameters');
  const crossRefnummerBericht = optionalText(p, 'crossRefnummerBericht', 'parameters');
  if (referentienummerBericht !== undefined) parameters.referentienummerBericht = referentienummerBericht;
  if (crossRefnummerBericht !== undefined) parameters.crossRefnummerBericht = crossRefnummerBericht;

  // With attributes fast-xml-parser gives { '#text', '@contentType', ... }; a bare string means no attributes.
  const bericht = p['bericht'];
  if (bericht === undefined) throw new StufError('STUF_MISSING_ELEMENT', 'parameters.bericht is missing', 'parameters.bericht');
  const berichtNode: XmlNode = typeof bericht === 'string' ? { '#text': bericht } : (bericht as XmlNode);
  const base64 = berichtNode['#text'];
  if (typeof base64 !== 'string' || base64 === '') throw new StufError('STUF_MISSING_ELEMENT', 'parameters.bericht is empty', 'parameters.bericht');
  const contentType = attribute(berichtNode, 'contentType');
  if (contentType === undefined) throw new StufError('STUF_MISSING_ELEMENT', 'parameters.bericht@contentType is missing', 'parameters.bericht@contentType');
  const result: BerichtEnvelope<StuurgegevensBase> & { stuurgegevensNode: XmlNode } = {
    stuurgegevens,
    parameters,
    payload: decodeBase64Strict(base64, 'parameters.bericht'),
    contentType,
    stuurgegevensNode: sgNode,
  };
  const bestandsnaam = attribute(berichtNode, 'bestandsnaam');
  if (bestandsnaam !== undefined) result.bestandsnaam = bestandsnaam;
  return result;
}

/**
 * StUF Fo01 (spec 3.1, schema stuf0301.xsd Fo01Bericht): the asynchronous error answer to a Di01/Du01.
 * A gemeente sends one only when the iJw payload fails its XSD (foutcode StUF055, spec 2.3); from the
 * chain it receives the IB/RINIS/VECOZO codes in foutcodes.ts.
 */
import type { GuardOptions } from './guardXml';
import { findFoutcode, type Foutcode } from './foutcodes';
import { child, expectBerichtcode, optionalText, readEnvelope, readSysteem, requiredText } from './readEnvelope';
import { StufError } from './StufError';
import { GGK_APPLICATIE, type Ontvanger } from './berichtEnvelope';
import { assertLength, assertSysteem, assertUuidV4, formatTijdstip, newReferentienummer, NS_STUF, type Systeem } from './stuurgegevens';
import { CRLF, el, systeemLines } from './xmlText';

export type Foutplek = 'client' | 'server';

export interface Fo01Input {
  zender: Systeem;
  ontvanger: Ontvanger;
  referentienummer?: string;
  tijdstip?: Date;
  /** referentienummer of the envelope that failed. */
  crossRefnummer: string;
  /** e.g. 'StUF055' (max 7 characters). */
  code: string;
  /** 'client' when the fault lies in the message received (StUF055), 'server' for our own failure. */
  plek: Foutplek;
  /** Default: the official description of `code`; max 200 characters. */
  omschrijving?: string;
  /** Spec: functie + '-' + applicatieVersie + applicatieSubversie of the failed envelope; see foutDetails(). */
  details?: string;
  /** The original envelope, embedded as XML (no base64, no CDATA); omitted when not well-formed or too big. */
  origineel?: string;
}

export interface Fo01 {
  stuurgegevens: {
    berichtcode: 'Fo01';
    zender: Systeem;
    ontvanger: Systeem;
    referentienummer: string;
    tijdstipBericht: string;
    crossRefnummer: string;
  };
  body: { code: string; plek: string; omschrijving: string; details?: string; detailsXML?: string };
  /** The official entry for body.code, when it is one of ours. */
  foutcode?: Foutcode;
}

/**
 * body.details per spec 3.1: "stuurgegevens.functie + '-' + parameters.applicatieVersie +
 * parameters.applicatieSubversie". (Its example 'JW315-00020010' looks like functie versions; we follow the text.)
 */
export function foutDetails(failed: { stuurgegevens: { functie: string }; parameters: { applicatieVersie: string; applicatieSubversie: string } }): string {
  return `${failed.stuurgegevens.functie}-${failed.parameters.applicatieVersie}${failed.parameters.applicatieSubversie}`;
}

export function buildFo01(input: Fo01Input): string {
  const ontvanger: Systeem = { ...input.ontvanger, applicatie: input.ontvanger.applicatie ?? GGK_APPLICATIE };
  const referentienummer = input.referentienummer ?? newReferentienummer();
  const omschrijving = input.omschrijving ?? findFoutcode(input.code)?.omschrijving;
  assertSysteem(input.zender, 'stuurgegevens.zender');
  assertSysteem(ontvanger, 'stuurgegevens.ontvanger');
  assertUuidV4(referentienummer, 'stuurgegevens.referentienummer');
  // The crossRefnummer echoes someone else's envelope, which may predate the UUID v4 rule.
  assertLength(input.crossRefnummer, 1, 40, 'stuurgegevens.crossRefnummer');
  assertLength(input.code, 1, 7, 'body.code');
  if (omschrijving === undefined) throw new StufError('STUF_MISSING_ELEMENT', `body.omschrijving is required for unknown code ${input.code}`, 'body.omschrijving');
  assertLength(omschrijving, 1, 200, 'body.omschrijving');
  if (input.details !== undefined) assertLength(input.details, 0, 1000, 'body.details');
  const origineel = input.origineel === undefined ? undefined : embeddable(input.origineel);

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<StUF:Fo01Bericht xmlns:StUF="${NS_STUF}">`,
    '\t<StUF:stuurgegevens>',
    ...el(2, 'StUF:berichtcode', 'Fo01'),
    ...systeemLines('zender', input.zender),
    ...systeemLines('ontvanger', ontvanger),
    ...el(2, 'StUF:referentienummer', referentienummer),
    ...el(2, 'StUF:tijdstipBericht', formatTijdstip(input.tijdstip ?? new Date())),
    ...el(2, 'StUF:crossRefnummer', input.crossRefnummer),
    '\t</StUF:stuurgegevens>',
    '\t<StUF:body>',
    ...el(2, 'StUF:code', input.code),
    ...el(2, 'StUF:plek', input.plek),
    ...el(2, 'StUF:omschrijving', omschrijving),
    ...el(2, 'StUF:details', input.details),
    ...(origineel === undefined ? [] : [`\t\t<StUF:detailsXML>${origineel}</StUF:detailsXML>`]),
    '\t</StUF:body>',
    '</StUF:Fo01Bericht>',
  ];
  return lines.join(CRLF) + CRLF;
}

/** The original envelope without XML declaration, if it is safe, well-formed XML; else undefined. */
function embeddable(xml: string): string | undefined {
  try {
    return readEnvelope(xml).text.replace(/^\s*<\?xml[\s\S]*?\?>\s*/, '').trim();
  } catch {
    return undefined;
  }
}

export function parseFo01(xml: string | Uint8Array, options?: GuardOptions): Fo01 {
  const { root } = readEnvelope(xml, 'Fo01', options);
  const sg = child(root, 'stuurgegevens', 'Fo01Bericht');
  expectBerichtcode(sg, 'Fo01', 'stuurgegevens');
  const b = child(root, 'body', 'Fo01Bericht');
  const body: Fo01['body'] = {
    code: requiredText(b, 'code', 'body'),
    plek: requiredText(b, 'plek', 'body'),
    omschrijving: requiredText(b, 'omschrijving', 'body'),
  };
  const details = optionalText(b, 'details', 'body');
  const detailsXML = optionalText(b, 'detailsXML', 'body');
  if (details !== undefined) body.details = details;
  if (detailsXML !== undefined) body.detailsXML = detailsXML;
  const fo01: Fo01 = {
    stuurgegevens: {
      berichtcode: 'Fo01',
      zender: readSysteem(child(sg, 'zender', 'stuurgegevens'), 'stuurgegevens.zender'),
      ontvanger: readSysteem(child(sg, 'ontvanger', 'stuurgegevens'), 'stuurgegevens.ontvanger'),
      referentienummer: requiredText(sg, 'referentienummer', 'stuurgegevens'),
      tijdstipBericht: requiredText(sg, 'tijdstipBericht', 'stuurgegevens'),
      crossRefnummer: requiredText(sg, 'crossRefnummer', 'stuurgegevens'),
    },
    body,
  };
  const foutcode = findFoutcode(body.code);
  if (foutcode !== undefined) fo01.foutcode = foutcode;
  return fo01;
}

/**
 * ggk0210-Du01 (spec 3.3): the envelope for a return message (JW302, JW306 …) answering a Di01.
 * It is not an error message: a Du01 carries the retourbericht as payload, with crossRefnummer =
 * the referentienummer of the Di01 it answers. Envelope-level errors travel as StUF Fo01 (Fo01.ts).
 */
import { printBerichtEnvelope, readBerichtEnvelope, type BerichtEnvelope, type EnvelopeInput, type StuurgegevensBase } from './berichtEnvelope';
import type { GuardOptions } from './guardXml';
import { requiredText } from './readEnvelope';

export interface StuurgegevensDu01 extends StuurgegevensBase {
  berichtcode: 'Du01';
  /** referentienummer of the Di01 this answers. */
  crossRefnummer: string;
}

export interface Du01Input extends EnvelopeInput {
  /** referentienummer of the Di01 being answered (a UUID v4). */
  crossRefnummer: string;
}

export type Du01 = BerichtEnvelope<StuurgegevensDu01>;

export function buildDu01(input: Du01Input): string {
  return printBerichtEnvelope('Du01', input, input.crossRefnummer);
}

export function parseDu01(xml: string | Uint8Array, options?: GuardOptions): Du01 {
  const { stuurgegevensNode, ...read } = readBerichtEnvelope('Du01', xml, options);
  const crossRefnummer = requiredText(stuurgegevensNode, 'crossRefnummer', 'stuurgegevens');
  return { ...read, stuurgegevens: { berichtcode: 'Du01', ...read.stuurgegevens, crossRefnummer } };
}

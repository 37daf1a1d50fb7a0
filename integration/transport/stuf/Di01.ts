/** ggk0210-Di01 (spec 3.2): the envelope for an initiating message such as JW301, JW305 or JW315. */
import { printBerichtEnvelope, readBerichtEnvelope, type BerichtEnvelope, type EnvelopeInput, type StuurgegevensBase } from './berichtEnvelope';
import type { GuardOptions } from './guardXml';

export interface StuurgegevensDi01 extends StuurgegevensBase {
  berichtcode: 'Di01';
}

export type Di01Input = EnvelopeInput;
export type Di01 = BerichtEnvelope<StuurgegevensDi01>;

export function wrapDi01(input: Di01Input): string {
  return printBerichtEnvelope('Di01', input);
}

export function unwrapDi01(xml: string | Uint8Array, options?: GuardOptions): Di01 {
  const { stuurgegevensNode: _, ...read } = readBerichtEnvelope('Di01', xml, options);
  return { ...read, stuurgegevens: { berichtcode: 'Di01', ...read.stuurgegevens } };
}

/**
 * Shared pieces of the StUF-GGk envelope (spec "Specificatie StUF-envelop 2.1.04", ch. 2 and 3):
 * namespaces, the zender/ontvanger shape and the value rules checked when we build an envelope.
 */
import { randomUUID } from 'node:crypto';
import { StufError } from './StufError';

export const NS_STUF = 'http://www.egem.nl/StUF/StUF0301';
export const NS_GGK = 'http://www.stufstandaarden.nl/sectormodel/ggk/0210';
export const NS_XMIME = 'http://www.w3.org/2005/05/xmlmime';

/** stuurgegevens.zender / .ontvanger (StUF:Systeem_ggkberichten). */
export interface Systeem {
  /** CBS gemeentecode (e.g. '0363'), AGB code of the provider, or 'SVB' / 'CAK' / 'CBS' / 'UWV' / 'VECOZO' / 'IB' / 'RINIS'. */
  organisatie: string;
  /** Sender: name of the application without version (spec 2.5). Receiver: always 'GGk'. 3..50 chars. */
  applicatie: string;
  /** Sender: name of the samenwerkingsverband or gemeente; receiver: preferably empty. */
  administratie?: string;
  /** "Element heeft in dit bericht geen betekenis. Bij voorkeur leeg laten." */
  gebruiker?: string;
}

/** Spec 2.4: referentienummer and crossRefnummer are UUIDs, version 4 (format from foutcode CC04). */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Spec 2.7: bestandsnaam max 255 characters from [0-9a-zA-Z._-]. */
export const BESTANDSNAAM = /^[0-9A-Za-z._-]{1,255}$/;

/** StUF:Versienr: exactly four digits. */
const VERSIENR = /^[0-9]{4}$/;

export function newReferentienummer(): string {
  return randomUUID();
}

/**
 * StUF:Tijdstip (pattern [0-9]{8,17}): JJJJMMDDUUMMSSmmm in Dutch local time, as StUF timestamps are
 * local. Formatted with Intl so daylight saving time follows Europe/Amsterdam, not the host's zone.
 */
export function formatTijdstip(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)!.value;
  const ms = String(date.getUTCMilliseconds()).padStart(3, '0');
  return `${get('year')}${get('month')}${get('day')}${get('hour')}${get('minute')}${get('second')}${ms}`;
}

export function assertUuidV4(value: string, path: string): void {
  if (!UUID_V4.test(value)) throw new StufError('STUF_INVALID_VALUE', `${path} must be a lowercase UUID v4 (spec 2.4), got '${value}'`, path);
}

export function assertVersienr(value: string, path: string): void {
  if (!VERSIENR.test(value)) throw new StufError('STUF_INVALID_VALUE', `${path} must be four digits, got '${value}'`, path);
}

export function assertLength(value: string, min: number, max: number, path: string): void {
  if (value.length < min || value.length > max) {
    throw new StufError('STUF_INVALID_VALUE', `${path} must be ${min}..${max} characters, got ${value.length}`, path);
  }
}

export function assertSysteem(s: Systeem, path: string): void {
  assertLength(s.organisatie, 1, 200, `${path}.organisatie`); // "Organisatie is altijd verplicht"
  assertLength(s.applicatie, 3, 50, `${path}.applicatie`);
  if (s.administratie !== undefined) assertLength(s.administratie, 0, 50, `${path}.administratie`);
  if (s.gebruiker !== undefined) assertLength(s.gebruiker, 0, 100, `${path}.gebruiker`);
}

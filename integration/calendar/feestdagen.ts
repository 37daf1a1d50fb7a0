/**
 * Dutch public holidays that are not working days, as defined by the Algemene termijnenwet, art. 3(1):
 * "Algemeen erkende feestdagen in de zin van deze wet zijn: de Nieuwjaarsdag, de Christelijke tweede
 * Paasdag en tweede Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag
 * van de Koning wordt gevierd en de vijfde mei."
 *
 * Why this law: the iStandaarden (OP090, OP271, OP272 and the process description) count "werkdagen"
 * without defining holidays; their Begrippenlijst says only "maandag tot en met vrijdag, met
 * uitzondering van erkende feestdagen", which is the Termijnenwet's term. Consequences:
 * - Bevrijdingsdag (5 May) counts every year (the lustrum rule is a CAO matter, not the law's);
 * - Goede Vrijdag is a working day (it is not in the law; some CAOs give it off);
 * - eerste Paasdag and eerste Pinksterdag are Sundays anyway; they are listed for completeness.
 * Koningsdag: 27 April, or 26 April when the 27th is a Sunday (since 2014); before that
 * Koninginnedag, 30 April, or 29 April when the 30th is a Sunday (since 1980).
 */
import { CalendarError } from './CalendarError';
import { addDays, isoDate, toDayNumber, weekday } from './isoDate';
import { eerstePaasdag } from './pasen';

export type FeestdagNaam =
  | 'Nieuwjaarsdag'
  | 'Eerste Paasdag'
  | 'Tweede Paasdag'
  | 'Koningsdag'
  | 'Koninginnedag'
  | 'Bevrijdingsdag'
  | 'Hemelvaartsdag'
  | 'Eerste Pinksterdag'
  | 'Tweede Pinksterdag'
  | 'Eerste Kerstdag'
  | 'Tweede Kerstdag';

export interface Feestdag {
  datum: string;
  naam: FeestdagNaam;
}

/** Koninginnedag moved off Sunday only from 1980; we do not model earlier years. */
export const EERSTE_JAAR = 1980;
export const LAATSTE_JAAR = 2199;

const cache = new Map<number, readonly Feestdag[]>();

/** The holidays of one year, in date order. */
export function feestdagen(jaar: number): readonly Feestdag[] {
  if (!Number.isInteger(jaar) || jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
    throw new CalendarError('YEAR_OUT_OF_RANGE', `holidays are defined for ${EERSTE_JAAR}..${LAATSTE_JAAR}, not ${jaar}`);
  }
  const cached = cache.get(jaar);
  if (cached) return cached;
  const pasen = eerstePaasdag(jaar);
  const lijst: Feestdag[] = [
    { datum: isoDate(jaar, 1, 1), naam: 'Nieuwjaarsdag' },
    { datum: pasen, naam: 'Eerste Paasdag' },
    { datum: addDays(pasen, 1), naam: 'Tweede Paasdag' },
    koningsdag(jaar),
    { datum: isoDate(jaar, 5, 5), naam: 'Bevrijdingsdag' },
    { datum: addDays(pasen, 39), naam: 'Hemelvaartsdag' },
    { datum: addDays(pasen, 49), naam: 'Eerste Pinksterdag' },
    { datum: addDays(pasen, 50), naam: 'Tweede Pinksterdag' },
    { datum: isoDate(jaar, 12, 25), naam: 'Eerste Kerstdag' },
    { datum: isoDate(jaar, 12, 26), naam: 'Tweede Kerstdag' },
  ];
  // Hemelvaart can fall on 5 May (e.g. 2016): both stay listed; sorting keeps date order.
  const frozen = Object.freeze(lijst.sort((x, y) => x.datum.localeCompare(y.datum)).map((f) => Object.freeze(f)));
  cache.set(jaar, frozen);
  return frozen;
}

function koningsdag(jaar: number): Feestdag {
  const [dag, naam]: [number, FeestdagNaam] = jaar >= 2014 ? [27, 'Koningsdag'] : [30, 'Koninginnedag'];
  const datum = isoDate(jaar, 4, dag);
  return { datum: weekday(toDayNumber(datum)) === 0 ? addDays(datum, -1) : datum, naam };
}

/** The holiday on this date, if any. */
export function feestdagOp(datum: string): Feestdag | undefined {
  toDayNumber(datum); // validates
  return feestdagen(Number(datum.slice(0, 4))).find((f) => f.datum === datum);
}

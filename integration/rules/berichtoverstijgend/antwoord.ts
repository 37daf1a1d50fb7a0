/** Shared by the JW319 rules: the requests the answer's ReferentieAanbieder refers to (sender = municipality, receiver = provider). */
import { run } from '../../store/SqlQuery.js';
import { findVerzoekenByReferentie, type VerzoekRij } from '../../zorg/verzoek.sql.js';
import type { Queryable } from '../Regel.js';
import type { JW319 } from '../vorm.js';

export const KLASSE = { klasse: 'Antwoord', klassePad: 'Antwoord' } as const;
export const IN_ONDERZOEK = '2';

export async function verzoekenVanAntwoord(db: Queryable, b: JW319): Promise<VerzoekRij[] | null> {
  const agb = b.Header?.Ontvanger;
  const gemeente = b.Header?.Afzender;
  const ref = b.Antwoord?.ReferentieAanbieder;
  if (!agb || !gemeente || !ref) return null;
  return (await run<VerzoekRij & Record<string, unknown>>(db, findVerzoekenByReferentie(agb, ref))).filter((v) => v.gemeente_code === gemeente);
}

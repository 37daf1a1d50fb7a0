/**
 * Shared by the cross-message rules on JW305/JW307: the logical key of a StartProduct/StopProduct as the
 * store knows it, and the keys a message removes itself (StatusAanlevering 3), so a correction that removes
 * and re-delivers in one message (IV008) is judged against the state after the removal.
 */
import { one, run } from '../../store/SqlQuery.js';
import { findToewijzingVoorLevering } from '../../zorg/toewijzing.sql.js';
import type { StartSleutel, StopSleutel } from '../../zorg/levering.sql.js';
import type { Queryable } from '../Regel.js';
import type { JW305, JW307, StartProduct, StopProduct } from '../vorm.js';

export const EERSTE_AANLEVERING = '1';
export const GEWIJZIGDE_AANLEVERING = '2';
export const VERWIJDEREN = '3';
export const TIJDELIJK_BEEINDIGD = '20';

/** '0384' → gemeente of the receiving municipality; the provider is the sender. */
export function startSleutel(b: JW305 | JW307, s: StartProduct): StartSleutel | null {
  const gemeenteCode = b.Header?.Ontvanger;
  const aanbiederAgb = b.Header?.Afzender;
  const bsn = b.Client?.Bsn;
  if (!gemeenteCode || !aanbiederAgb || !bsn || !s.Begindatum) return null;
  const nummer = s.ToewijzingNummer === undefined || s.ToewijzingNummer === null || s.ToewijzingNummer === '' ? null : Number(s.ToewijzingNummer);
  return {
    gemeenteCode,
    aanbiederAgb,
    bsn,
    toewijzingNummer: nummer,
    categorie: s.Product?.Categorie ?? null,
    code: s.Product?.Code ?? null,
    begindatum: s.Begindatum,
  };
}

export function stopSleutel(b: JW307, s: StopProduct): StopSleutel | null {
  const k = startSleutel(b, s);
  if (!k || !s.RedenBeeindiging || !s.Einddatum) return null;
  return { ...k, redenBeeindiging: s.RedenBeeindiging, einddatum: s.Einddatum };
}

const startKey = (k: StartSleutel) => [k.toewijzingNummer ?? '', k.categorie ?? '', k.code ?? '', k.begindatum].join('|');

export const zelfdeStart = (a: StartSleutel, b: StartSleutel): boolean => startKey(a) === startKey(b);

/** The keys this message removes (StatusAanlevering 3). */
export function verwijderdeSleutels<T extends StartProduct>(b: JW305 | JW307, items: readonly { waarde: T }[]): StartSleutel[] {
  return items
    .filter((i) => i.waarde.StatusAanlevering === VERWIJDEREN)
    .map((i) => startSleutel(b, i.waarde))
    .filter((k): k is StartSleutel => k !== null);
}

export function verwijderdeStopSleutels(b: JW307, items: readonly { waarde: StopProduct }[]): StopSleutel[] {
  return items
    .filter((i) => i.waarde.StatusAanlevering === VERWIJDEREN)
    .map((i) => stopSleutel(b, i.waarde))
    .filter((k): k is StopSleutel => k !== null);
}

/** TR019: the allocation a delivery refers to by ToewijzingNummer (same municipality, provider and client; not removed). */
export async function toewijzingVoorLevering(db: Queryable, k: StartSleutel): Promise<{ id: string } | undefined> {
  if (k.toewijzingNummer === null) return undefined;
  return one<{ id: string }>(db, findToewijzingVoorLevering(k.gemeenteCode, k.toewijzingNummer, k.aanbiederAgb, k.bsn));
}

export { one, run };

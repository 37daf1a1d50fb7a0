/**
 * SQL on table `signalering`: overdue answers and deliveries (OP090, OP090x4, OP271, OP272), each
 * flagged once (signalering_bericht_uniq / signalering_toewijzing_uniq + ON CONFLICT DO NOTHING).
 * $1 is the cut-off date: N working days before today, computed by the caller (Dutch working days).
 */
import type { SqlQuery } from './SqlQuery.js';

/** Inbound heenberichten we answer within 3 working days (OP090, our side). */
export const OP090_TYPEN = ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW319'] as const;
/** Inbound declarations we answer (JW325) within 10 working days (OP090x4). */
export const OP090X4_TYPEN = ['JW323'] as const;

/** OP090 (our side): an inbound heenbericht that has not been answered with a SENT retour by the cut-off. */
export function signaleerOnbeantwoord(grens: string, typen: readonly string[], regel: string): SqlQuery {
  return {
    text: `INSERT INTO signalering (regel, bericht_id, gemeente_code, omschrijving, uiterlijk)
           SELECT $3, h.id, h.gemeente_code, 'Nog geen retourbericht verzonden op ' || h.type || ' ' || coalesce(h.identificatie, ''), $1::date
           FROM bericht h LEFT JOIN bericht r ON r.id = h.retourbericht_id
           WHERE h.richting = 'in' AND h.type = ANY($2) AND h.ontvangen_op::date < $1::date
             AND (r.id IS NULL OR r.verzonden_op IS NULL)
           ON CONFLICT DO NOTHING
           RETURNING id::text`,
    values: [grens, typen, regel],
  };
}

/** OP090 (their side): our heenbericht, sent by the cut-off, still without its retourbericht (bericht_open_uit_idx). */
export function signaleerZonderRetour(grens: string): SqlQuery {
  return {
    text: `INSERT INTO signalering (regel, bericht_id, gemeente_code, omschrijving, uiterlijk)
           SELECT 'OP090', b.id, b.gemeente_code, 'Geen retourbericht ontvangen op ' || b.type || ' ' || b.identificatie || ' aan ' || b.ontvanger, $1::date
           FROM bericht b
           WHERE b.status = 'sent' AND b.heenbericht_id IS NULL AND b.verzonden_op::date < $1::date
           ON CONFLICT DO NOTHING
           RETURNING id::text`,
    values: [grens],
  };
}

/**
 * OP271: no start (JW305) for an allocation 5 working days after the later of its ingangsdatum and the
 * date it was allocated (retroactive allocations count from the allocation).
 */
export function signaleerGeenStart(grens: string): SqlQuery {
  return {
    text: `INSERT INTO signalering (regel, toewijzing_id, gemeente_code, omschrijving, uiterlijk)
           SELECT 'OP271', t.id, t.gemeente_code, 'Geen startbericht voor toewijzing ' || t.toewijzing_nummer || ' van ' || t.aanbieder_agb, $1::date
           FROM toewijzing t
           WHERE t.status = 'actueel' AND greatest(t.ingangsdatum, t.toewijzingsdatum) < $1::date
             AND NOT EXISTS (SELECT 1 FROM start_product s WHERE s.gemeente_code = t.gemeente_code AND s.toewijzing_id = t.id AND s.status = 'actueel')
           ON CONFLICT DO NOTHING
           RETURNING id::text`,
    values: [grens],
  };
}

/** OP272: a started allocation whose einddatum passed 5 working days ago without a stop (JW307). */
export function signaleerGeenStop(grens: string): SqlQuery {
  return {
    text: `INSERT INTO signalering (regel, toewijzing_id, gemeente_code, omschrijving, uiterlijk)
           SELECT 'OP272', t.id, t.gemeente_code, 'Geen stopbericht voor beëindigde toewijzing ' || t.toewijzing_nummer || ' van ' || t.aanbieder_agb, $1::date
           FROM toewijzing t
           WHERE t.status = 'actueel' AND t.einddatum IS NOT NULL AND t.einddatum < $1::date
             AND EXISTS (SELECT 1 FROM start_product s WHERE s.gemeente_code = t.gemeente_code AND s.toewijzing_id = t.id AND s.status = 'actueel')
             AND NOT EXISTS (SELECT 1 FROM stop_product p WHERE p.gemeente_code = t.gemeente_code AND p.toewijzing_id = t.id AND p.status = 'actueel')
           ON CONFLICT DO NOTHING
           RETURNING id::text`,
    values: [grens],
  };
}

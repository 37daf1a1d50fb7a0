/**
 * The care facts the monitoring projections share, as SQL fragments over the base tables. Every fragment takes a
 * `beperking`: for a refresh the touched clients ($1 gemeente codes, $2 client ids, in parallel), for a rebuild none.
 * The same text serves both, so a refresh writes exactly the rows a rebuild would for those clients.
 *
 * Decisions (issue 6), in one place:
 * - An allocation counts unless it was removed (status 'verwijderd', JZ002 13: counts as never sent, OP087).
 * - Its origin request is the verzoek of its first history row ('toegewezen'); toewijzing.verzoek_id moves to the JW317
 *   that changed it. A bulk load without history falls back to toewijzing.verzoek_id.
 * - Decided on: toegewezen_op (first decision; migration 1795500000000), else toewijzingsdatum.
 * - Ended for the trajectory (start → stop): the first current JW307 with any RedenBeeindiging but 20 (a temporary stop).
 * - Outflow from care ("definitive stop", for recidive): the first current JW307 with JZ588 02, 31–35 or 39 — the care
 *   ended. Not 36 (the municipality ends it, e.g. for another reason of allocation), 37 (stop after a change request)
 *   or 38 (switch to another provider): care goes on under another allocation.
 * - Active until: the earlier of its Einddatum and its end by JW307; open-ended without a stop: 12 months from its
 *   Ingangsdatum (allocations are reviewed at least yearly). A fixed rule, so a rebuild at any moment gives the same rows.
 */

export const UITSTROOM_REDENEN = ['02', '31', '32', '33', '34', '35', '39'] as const;
export const TIJDELIJK_GESTOPT = '20';

/** The clients restriction as a condition on `alias` (uses $1, $2), or '' for a rebuild. */
export type Beperking = (alias: string) => string;

/** The touched clients of a refresh; null = all (a rebuild). */
export type Clienten = readonly { gemeenteCode: string; clientId: string }[] | null;

const geenBeperking: Beperking = () => '';
const clientBeperking: Beperking = (a) =>
  `AND (${a}.gemeente_code, ${a}.client_id) IN (SELECT k.g, k.c FROM unnest($1::char(4)[], $2::bigint[]) AS k(g, c))`;

/** The restriction and its values ($1 gemeente codes, $2 client ids, in parallel) for `clienten`. */
export function beperking(clienten: Clienten): { b: Beperking; values: unknown[] } {
  if (clienten === null) return { b: geenBeperking, values: [] };
  return { b: clientBeperking, values: [clienten.map((c) => c.gemeenteCode), clienten.map((c) => c.clientId)] };
}

/**
 * CTE `feit`: one row per counting allocation with its client's pseudonym, segment (the contract's), origin request
 * (soort, referrer type, date received), decision date, first start, end of trajectory, outflow and active-until date.
 * Starts and stops are aggregated per allocation set-based (their client indexes serve the restricted form).
 */
export function feitCte(b: Beperking): string {
  return `
  feit_t AS (
    SELECT t.gemeente_code, t.id, t.client_id, t.aanbieder_agb, t.product_id, t.product_categorie, t.product_code, k.segment_id,
           t.ingangsdatum, t.einddatum, t.verzoek_id, coalesce(t.toegewezen_op, t.toewijzingsdatum) AS toegewezen_op
    FROM toewijzing t JOIN contract k ON k.id = t.contract_id
    WHERE t.status = 'actueel' ${b('t')}),
  feit_h AS (
    SELECT DISTINCT ON (h.gemeente_code, h.toewijzing_id) h.gemeente_code, h.toewijzing_id, h.verzoek_id
    FROM toewijzing_historie h JOIN feit_t t ON t.gemeente_code = h.gemeente_code AND t.id = h.toewijzing_id
    ORDER BY h.gemeente_code, h.toewijzing_id, h.id),
  feit_start AS (
    SELECT s.gemeente_code, s.toewijzing_id, min(s.begindatum) AS eerste_start
    FROM start_product s WHERE s.status = 'actueel' AND s.toewijzing_id IS NOT NULL ${b('s')}
    GROUP BY 1, 2),
  feit_stop AS (
    SELECT s.gemeente_code, s.toewijzing_id,
           min(s.einddatum) FILTER (WHERE s.reden_beeindiging <> '${TIJDELIJK_GESTOPT}') AS gestopt,
           min(s.einddatum) FILTER (WHERE s.reden_beeindiging IN (${UITSTROOM_REDENEN.map((r) => `'${r}'`).join(', ')})) AS uitstroom
    FROM stop_product s WHERE s.status = 'actueel' AND s.toewijzing_id IS NOT NULL ${b('s')}
    GROUP BY 1, 2),
  feit AS (
    SELECT t.*, c.pseudoniem, v.soort AS oorsprong_soort, v.ontvangen_op AS verzoek_ontvangen_op,
           CASE v.soort WHEN 'JW315' THEN coalesce(v.gevraagd->'Verwijzer'->>'Type', 'onbekend') WHEN 'JW317' THEN 'JW317' ELSE '01' END AS verwijzer_type,
           st.eerste_start, sp.gestopt, sp.uitstroom,
           greatest(t.ingangsdatum, coalesce(least(t.einddatum, sp.gestopt), (t.ingangsdatum + interval '12 months' - interval '1 day')::date)) AS actief_tot
    FROM feit_t t
    JOIN client c ON c.gemeente_code = t.gemeente_code AND c.id = t.client_id
    LEFT JOIN feit_h h ON h.gemeente_code = t.gemeente_code AND h.toewijzing_id = t.id
    LEFT JOIN verzoek v ON v.gemeente_code = t.gemeente_code AND v.id = CASE WHEN h.toewijzing_id IS NULL THEN t.verzoek_id ELSE h.verzoek_id END
    LEFT JOIN feit_start st ON st.gemeente_code = t.gemeente_code AND st.toewijzing_id = t.id
    LEFT JOIN feit_stop sp ON sp.gemeente_code = t.gemeente_code AND sp.toewijzing_id = t.id)`;
}

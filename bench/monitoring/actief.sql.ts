/**
 * The allocations of municipalities `gemeenten` (segment `segment` or all; SQL placeholders) with their active period, from the base tables — the rule
 * the projections state (integration/monitoring/zorgFeiten.sql.ts): until the earlier of the Einddatum and the first
 * current JW307 other than a temporary stop (20); open-ended without a stop: 12 months from the Ingangsdatum.
 */
export function actieveToewijzingen(gemeenten = '$1', segment = '$4'): string {
  return `
  actief AS (
    SELECT t.gemeente_code, t.id, t.aanbieder_agb, k.segment_id, c.pseudoniem, t.ingangsdatum,
           greatest(t.ingangsdatum, coalesce(least(t.einddatum, st.gestopt), (t.ingangsdatum + interval '12 months' - interval '1 day')::date)) AS tot
    FROM toewijzing t JOIN contract k ON k.id = t.contract_id
    JOIN client c ON c.gemeente_code = t.gemeente_code AND c.id = t.client_id
    LEFT JOIN LATERAL (SELECT min(s.einddatum) AS gestopt FROM stop_product s
                       WHERE s.gemeente_code = t.gemeente_code AND s.client_id = t.client_id AND s.toewijzing_id = t.id
                         AND s.status = 'actueel' AND s.reden_beeindiging <> '20') st ON true
    WHERE t.status = 'actueel' AND t.gemeente_code = ANY(${gemeenten}::char(4)[]) AND (${segment}::uuid IS NULL OR k.segment_id = ${segment}::uuid))`;
}

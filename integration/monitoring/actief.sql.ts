/**
 * Until when an allocation counts as active, for the B projections (geld, landschap, solidariteit); the same rule as
 * the care projections (integration/monitoring/zorgFeiten.sql.ts): the earlier of its Einddatum and its end by JW307
 * (any RedenBeeindiging but 20, a temporary stop); open-ended without a stop: 12 months from its Ingangsdatum
 * (allocations are reviewed at least yearly). A fixed rule, so a rebuild at any moment gives the same rows.
 */

/** LATERAL subquery `alias(gestopt)` for toewijzing `t`: its first definitive stop (stop_product_client_idx). */
export function gestoptLateral(t: string, alias: string): string {
  return `CROSS JOIN LATERAL (SELECT min(s.einddatum) AS gestopt FROM stop_product s
                               WHERE s.gemeente_code = ${t}.gemeente_code AND s.client_id = ${t}.client_id AND s.toewijzing_id = ${t}.id
                                 AND s.status = 'actueel' AND s.reden_beeindiging <> '20') ${alias}`;
}

/** The last active day of toewijzing `t` given `gestoptLateral(t, sp)`. */
export function actiefTot(t: string, sp: string): string {
  return `greatest(${t}.ingangsdatum, coalesce(least(${t}.einddatum, ${sp}.gestopt), (${t}.ingangsdatum + interval '12 months' - interval '1 day')::date))`;
}

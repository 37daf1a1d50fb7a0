/**
 * §1 from the base tables: requests (verzoek, month of its Dagtekening) and allocations (toewijzing, month of the first
 * decision) per COD327 referrer type, with unique youths, for municipalities $1, months [$2, $3], segment $4 (or all).
 * The referrer of an allocation is that of the request of its first history row (JW317 → 'JW317', none → '01').
 */
import type { SqlQuery } from '../../integration/store/SqlQuery.js';

export function verwijzingenBasis(gemeenten: string[], van: string, tot: string, segmentId: string | null): SqlQuery {
  return {
    text: `
      WITH verzoeken AS (
        SELECT c.pseudoniem, CASE v.soort WHEN 'JW315' THEN coalesce(v.gevraagd->'Verwijzer'->>'Type', 'onbekend') ELSE 'JW317' END AS type,
               1 AS verzoeken, 0 AS toewijzingen
        FROM verzoek v JOIN client c ON c.gemeente_code = v.gemeente_code AND c.id = v.client_id
        JOIN municipality m ON m.cbs_code = v.gemeente_code
        LEFT JOIN product p ON v.soort = 'JW315' AND p.region_id = m.region_id
                           AND p.category = v.gevraagd->'Product'->>'Categorie' AND p.code = v.gevraagd->'Product'->>'Code'
        WHERE v.gemeente_code = ANY($1::char(4)[]) AND v.ontvangen_op >= $2::date AND v.ontvangen_op < ($3::date + interval '1 month')
          AND ($4::uuid IS NULL OR p.segment_id = $4::uuid)),
      toewijzingen AS (
        SELECT c.pseudoniem, CASE v.soort WHEN 'JW315' THEN coalesce(v.gevraagd->'Verwijzer'->>'Type', 'onbekend') WHEN 'JW317' THEN 'JW317'
                                          ELSE '01' END AS type, 0, 1
        FROM toewijzing t JOIN contract k ON k.id = t.contract_id
        JOIN client c ON c.gemeente_code = t.gemeente_code AND c.id = t.client_id
        LEFT JOIN LATERAL (SELECT h.verzoek_id FROM toewijzing_historie h WHERE h.gemeente_code = t.gemeente_code AND h.toewijzing_id = t.id
                           ORDER BY h.id LIMIT 1) h ON true
        LEFT JOIN verzoek v ON v.gemeente_code = t.gemeente_code AND v.id = coalesce(h.verzoek_id, t.verzoek_id)
        WHERE t.status = 'actueel' AND t.gemeente_code = ANY($1::char(4)[])
          AND coalesce(t.toegewezen_op, t.toewijzingsdatum) >= $2::date AND coalesce(t.toegewezen_op, t.toewijzingsdatum) < ($3::date + interval '1 month')
          AND ($4::uuid IS NULL OR k.segment_id = $4::uuid))
      SELECT type AS sleutel, sum(verzoeken)::int AS verzoeken, sum(toewijzingen)::int AS toewijzingen,
             count(DISTINCT pseudoniem)::int AS "uniekeJeugdigen"
      FROM (SELECT * FROM verzoeken UNION ALL SELECT * FROM toewijzingen) x GROUP BY type`,
    values: [gemeenten, van, tot, segmentId],
  };
}

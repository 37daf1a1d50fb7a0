/**
 * §1 Referral behaviour (mon_verwijzing): per client × month × referrer type × segment × product category × provider,
 * the requests received and allocations decided (the provider: who asked / to whom it was allocated).
 * - Referrer type: COD327 Verwijzer.Type of the JW315 AangevraagdProduct (a JW315 carries it per requested product;
 *   iJw 3.2 has no Verwijzer in a JW301). An allocation takes the type of its origin request; an allocation without one
 *   was decided by the municipality's own access team: 01 (Gemeente). A JW317 (the provider's change request) has no
 *   referrer: type 'JW317', for its requests and the allocations it led to.
 * - Month: of the request's Dagtekening (ontvangen_op), of the allocation's first decision (toegewezen_op).
 * - Segment: the allocation's contract's; for a request, the segment of the product asked for in the municipality's
 *   region (none when it asks a category only, or for a JW317).
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import type { CelSql } from './cellen.js';
import { beperking, feitCte, type Clienten } from './zorgFeiten.sql.js';

export const TABEL_VERWIJZING = 'mon_verwijzing';

/** INSERT … SELECT of the rows of `clienten` (null: all). */
export function vulVerwijzingen(clienten: Clienten): SqlQuery {
  const { b, values } = beperking(clienten);
  return {
    text: `
  WITH ${feitCte(b)},
  gebeurtenis AS (
    SELECT v.gemeente_code, v.client_id, date_trunc('month', v.ontvangen_op)::date AS maand,
           CASE v.soort WHEN 'JW315' THEN coalesce(v.gevraagd->'Verwijzer'->>'Type', 'onbekend') ELSE 'JW317' END AS verwijzer_type,
           p.segment_id, CASE WHEN v.soort = 'JW315' THEN v.gevraagd->'Product'->>'Categorie' END AS product_categorie,
           v.aanbieder_agb, 1 AS verzoeken, 0 AS toewijzingen
    FROM verzoek v
    JOIN municipality m ON m.cbs_code = v.gemeente_code
    LEFT JOIN product p ON v.soort = 'JW315' AND p.region_id = m.region_id
                       AND p.category = v.gevraagd->'Product'->>'Categorie' AND p.code = v.gevraagd->'Product'->>'Code'
    WHERE true ${b('v')}
    UNION ALL
    SELECT f.gemeente_code, f.client_id, date_trunc('month', f.toegewezen_op)::date, f.verwijzer_type, f.segment_id, f.product_categorie, f.aanbieder_agb, 0, 1
    FROM feit f)
  INSERT INTO mon_verwijzing (gemeente_code, client_id, maand, verwijzer_type, segment_id, product_categorie, aanbieder_agb, pseudoniem,
                              verzoeken, toewijzingen)
  SELECT g.gemeente_code, g.client_id, g.maand, g.verwijzer_type, g.segment_id, g.product_categorie, g.aanbieder_agb, c.pseudoniem,
         sum(g.verzoeken), sum(g.toewijzingen)
  FROM gebeurtenis g JOIN client c ON c.gemeente_code = g.gemeente_code AND c.id = g.client_id
  GROUP BY g.gemeente_code, g.client_id, g.maand, g.verwijzer_type, g.segment_id, g.product_categorie, g.aanbieder_agb, c.pseudoniem`,
    values,
  };
}

/** mon_verwijzing_cel (migration 1795500003000): the finest cells, their counts exact within the cell (cellen.ts). */
export const VERWIJZING_CEL: CelSql = {
  tabel: 'mon_verwijzing_cel',
  sleutel: [{ kolom: 'gemeente_code', type: 'char(4)' }, { kolom: 'maand', type: 'date' }, { kolom: 'verwijzer_type', type: 'text' },
    { kolom: 'segment_id', type: 'uuid' }, { kolom: 'product_categorie', type: 'char(2)' }, { kolom: 'aanbieder_agb', type: 'char(8)' }],
  maten: [
    { kolom: 'verzoeken', sql: 'sum(p.verzoeken)' },
    { kolom: 'toewijzingen', sql: 'sum(p.toewijzingen)' },
    { kolom: 'jeugdigen', sql: 'count(DISTINCT p.pseudoniem)' },
  ],
};

/** SQL of geraakt.ts: the clients of named allocations / requests (primary keys (gemeente_code, id)). */
import type { SqlQuery } from '../store/SqlQuery.js';

export function clientenVanToewijzingen(toewijzingen: readonly { gemeenteCode: string; toewijzingId: string }[],
  verzoeken: readonly { gemeenteCode: string; verzoekId: string }[]): SqlQuery {
  return {
    text: `SELECT t.gemeente_code, t.client_id::text
             FROM unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, id)
             JOIN toewijzing t ON t.gemeente_code = k.gemeente_code AND t.id = k.id
           UNION
           SELECT v.gemeente_code, v.client_id::text
             FROM unnest($3::char(4)[], $4::bigint[]) AS k(gemeente_code, id)
             JOIN verzoek v ON v.gemeente_code = k.gemeente_code AND v.id = k.id`,
    values: [toewijzingen.map((t) => t.gemeenteCode), toewijzingen.map((t) => t.toewijzingId),
      verzoeken.map((v) => v.gemeenteCode), verzoeken.map((v) => v.verzoekId)],
  };
}

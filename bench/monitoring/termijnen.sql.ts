/**
 * §6 from the base tables: per rule, the allocations and messages whose deadline fell in months [$2, $3] and how many
 * were flagged late in `signalering` (OP271/OP272 per allocation, OP090 per message of ours or theirs).
 * Timed only: the projection's exact definition of "a deadline" (which messages, which month) is B's.
 */
import type { SqlQuery } from '../../integration/store/SqlQuery.js';

export function termijnenBasis(gemeenten: string[], van: string, tot: string): SqlQuery {
  return {
    text: `
      SELECT r.regel AS sleutel, count(*)::int AS aantal, count(s.id)::int AS "teLaat"
      FROM (VALUES ('OP271'), ('OP272')) r(regel)
      JOIN toewijzing t ON t.gemeente_code = ANY($1::char(4)[]) AND t.status = 'actueel'
       AND t.ingangsdatum >= $2::date AND t.ingangsdatum < ($3::date + interval '1 month')
      LEFT JOIN signalering s ON s.regel = r.regel AND s.toewijzing_id = t.id AND s.gemeente_code = t.gemeente_code
      GROUP BY 1
      UNION ALL
      SELECT 'OP090', count(*)::int, count(s.id)::int
      FROM bericht b LEFT JOIN signalering s ON s.regel = 'OP090' AND s.bericht_id = b.id
      WHERE b.gemeente_code = ANY($1::char(4)[]) AND b.heenbericht_id IS NULL AND b.type IN ('JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW319')
        AND b.ontvangen_op >= $2::date AND b.ontvangen_op < ($3::date + interval '1 month')`,
    values: [gemeenten, van, tot],
  };
}

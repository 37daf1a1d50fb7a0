/**
 * §4 Times (mon_doorlooptijd): one row per allocation (trajectory), in the month of its first decision, with days
 * - aanvraag: request received (Dagtekening of the JW315/JW317) → first decision; null without an origin request;
 * - wachttijd: first decision → first current start (JW305); 0 when care began before the decision (e.g. crisis care
 *   allocated afterwards); null while not started;
 * - duur: first start → end of the trajectory (first JW307 other than a temporary stop, zorgFeiten.sql.ts); null while
 *   running;
 * and the product's norm (product.norm_duration_days, copied: a changed norm needs `herbouw`).
 * Medians and p90 are taken at query time over the filtered rows (percentile_cont), so every grouping is exact.
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import { beperking, feitCte, type Clienten } from './zorgFeiten.sql.js';

export const TABEL_DOORLOOPTIJD = 'mon_doorlooptijd';

/** INSERT … SELECT of the rows of `clienten` (null: all). */
export function vulDoorlooptijden(clienten: Clienten): SqlQuery {
  const { b, values } = beperking(clienten);
  return {
    text: `
  WITH ${feitCte(b)}
  INSERT INTO mon_doorlooptijd (gemeente_code, toewijzing_id, client_id, maand, pseudoniem, aanbieder_agb, segment_id, product_categorie,
                                product_code, dagen_aanvraag, dagen_wachttijd, dagen_duur, norm_dagen)
  SELECT f.gemeente_code, f.id, f.client_id, date_trunc('month', f.toegewezen_op)::date, f.pseudoniem, f.aanbieder_agb, f.segment_id,
         f.product_categorie, f.product_code,
         f.toegewezen_op - f.verzoek_ontvangen_op,
         CASE WHEN f.eerste_start IS NOT NULL THEN greatest(f.eerste_start - f.toegewezen_op, 0) END, -- greatest() skips nulls
         CASE WHEN f.gestopt >= f.eerste_start THEN f.gestopt - f.eerste_start END,
         p.norm_duration_days
  FROM feit f LEFT JOIN product p ON p.id = f.product_id`,
    values,
  };
}

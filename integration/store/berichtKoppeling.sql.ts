/**
 * SQL on table `bericht_koppeling`: which clients, toewijzingen and declaraties a message concerns.
 * Ids are the care tables' bigint ids as strings; no FK yet (the care tables come in later migrations).
 */
import type { SqlQuery } from './SqlQuery.js';

export interface Koppelingen {
  clientIds?: readonly string[];
  toewijzingIds?: readonly string[];
  declaratieIds?: readonly string[];
}

/** Insert all links of one message in one statement; repeated links are ignored (bericht_koppeling_uniq). */
export function insertKoppelingen(berichtId: string, k: Koppelingen): SqlQuery | null {
  const c = [...new Set(k.clientIds ?? [])];
  const t = [...new Set(k.toewijzingIds ?? [])];
  const d = [...new Set(k.declaratieIds ?? [])];
  if (c.length + t.length + d.length === 0) return null;
  return {
    text: `INSERT INTO bericht_koppeling (bericht_id, client_id, toewijzing_id, declaratie_id)
           SELECT $1::bigint, x, NULL::bigint, NULL::bigint FROM unnest($2::bigint[]) AS x
           UNION ALL SELECT $1::bigint, NULL::bigint, x, NULL::bigint FROM unnest($3::bigint[]) AS x
           UNION ALL SELECT $1::bigint, NULL::bigint, NULL::bigint, x FROM unnest($4::bigint[]) AS x
           ON CONFLICT DO NOTHING`,
    values: [berichtId, c, t, d],
  };
}

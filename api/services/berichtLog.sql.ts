/**
 * The message log for GraphQL: `bericht` filtered within the caller's municipalities, newest first, keyset-paginated
 * on (ontvangen_op, id). Indexes: migration 1795460000000-BerichtLogIndexes (each filter names its index in
 * api/types/BerichtLogType.ts). Never selects raw/parsed (they carry the BSN).
 */
import type { SqlQuery } from '../../integration/store/SqlQuery';

export interface BerichtLogFilter {
  gemeenten: readonly string[];
  type?: string | null;
  aanbiederAgb?: string | null;
  status?: string | null;
  ontvangenVanaf?: Date | null;
  ontvangenTot?: Date | null;
  retourcode?: string | null;
}

export const BERICHT_LOG_KOLOMMEN = `b.id::text, b.richting, b.type, b.afzender, b.ontvanger, b.identificatie,
  to_char(b.dagtekening, 'YYYY-MM-DD') AS dagtekening, b.gemeente_code, b.status, b.retourcodes, b.bevindingen,
  b.heenbericht_id::text, b.retourbericht_id::text, b.ontvangen_op, b.verwerkt_op, b.verzonden_op, b.ontvangen_op::text AS sort_key`;

function where(f: BerichtLogFilter, values: unknown[]): string[] {
  const w: string[] = [];
  const p = (v: unknown) => `$${values.push(v)}`;
  w.push(`b.gemeente_code = ANY(${p(f.gemeenten)}::char(4)[])`); // char(4)[]: a text[] cast would bypass every index on gemeente_code
  if (f.type) w.push(`b.type = ${p(f.type)}`);
  if (f.aanbiederAgb) {
    const agb = p(f.aanbiederAgb);
    w.push(`(b.afzender = ${agb} OR b.ontvanger = ${agb})`);
  }
  if (f.status) w.push(`b.status = ${p(f.status)}`);
  if (f.ontvangenVanaf) w.push(`b.ontvangen_op >= ${p(f.ontvangenVanaf)}`);
  if (f.ontvangenTot) w.push(`b.ontvangen_op < ${p(f.ontvangenTot)}`);
  if (f.retourcode) w.push(`b.retourcodes @> ARRAY[${p(f.retourcode)}]::text[]`);
  return w;
}

/**
 * One page: `forward` = newest first after the cursor; backward = the rows before the cursor (ascending, the caller
 * reverses). limit + 1 rows tell whether there is more.
 */
export function findBerichtenPage(f: BerichtLogFilter, cursor: [string, string] | null, forward: boolean, limit: number): SqlQuery {
  const values: unknown[] = [];
  const w = where(f, values);
  if (cursor) {
    const k = `$${values.push(cursor[0])}::timestamptz`;
    const id = `$${values.push(cursor[1])}::bigint`;
    w.push(`(b.ontvangen_op, b.id) ${forward ? '<' : '>'} (${k}, ${id})`);
  }
  const dir = forward ? 'DESC' : 'ASC';
  return {
    text: `SELECT ${BERICHT_LOG_KOLOMMEN} FROM bericht b WHERE ${w.join(' AND ')} ORDER BY b.ontvangen_op ${dir}, b.id ${dir} LIMIT ${limit + 1}`,
    values,
  };
}

export function countBerichten(f: BerichtLogFilter): SqlQuery {
  const values: unknown[] = [];
  return { text: `SELECT count(*)::int AS n FROM bericht b WHERE ${where(f, values).join(' AND ')}`, values };
}

/** A client's messages (bericht_koppeling_client_idx), newest first, with their return codes. */
export function findBerichtenVanClient(clientId: string, gemeenteCode: string): SqlQuery {
  return {
    text: `SELECT ${BERICHT_LOG_KOLOMMEN} FROM bericht b
           WHERE b.id IN (SELECT k.bericht_id FROM bericht_koppeling k WHERE k.client_id = $1) AND b.gemeente_code = $2
           ORDER BY b.ontvangen_op DESC, b.id DESC`,
    values: [clientId, gemeenteCode],
  };
}

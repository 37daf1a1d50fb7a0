/**
 * COPY FROM STDIN for generated rows (pg-copy-streams): the fastest way into PostgreSQL that still runs every
 * constraint and trigger. Rows are encoded in COPY's text format and written in ~256 KB chunks.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyWaarde = string | number | bigint | boolean | null | undefined;

const SPECIAAL = /[\\\t\n\r]/g;
const ESCAPE: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function veld(v: CopyWaarde): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return v.replace(SPECIAAL, (c) => ESCAPE[c]!);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return String(v);
}

function* inStukken(rijen: Iterable<readonly CopyWaarde[]>): Generator<string> {
  let stuk = '';
  for (const rij of rijen) {
    stuk += rij.map(veld).join('\t') + '\n';
    if (stuk.length > 262_144) {
      yield stuk;
      stuk = '';
    }
  }
  if (stuk) yield stuk;
}

/** COPY the rows into `tabel (kolommen)`; returns the number of rows PostgreSQL accepted. */
export async function kopieer(
  client: pg.PoolClient,
  tabel: string,
  kolommen: readonly string[],
  rijen: Iterable<readonly CopyWaarde[]>,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${tabel} (${kolommen.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(inStukken(rijen)), stream);
  return stream.rowCount;
}

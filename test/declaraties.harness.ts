/**
 * Runs a small JW323 through the declaration path without the rest of the pipeline: parse (codec), the
 * registry's JW323 rules (Regel.check, ctx.db = the transaction), the JW323 handler, the JW325 writer,
 * in one transaction on the test database. Used by test/declaraties.*.test.ts.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { parse } from '../integration/ijw/codec';
import type { Bevinding, Melding, RegelContext } from '../integration/rules/Regel';
import { JW323_REGELS } from '../integration/declaraties/regels';
import { JW323Handler } from '../integration/flows/handlers/JW323';
import { schrijfJW325 } from '../integration/declaraties/JW325Writer';
import { jw323Xml, type GenClient, type GenDeclaratie, type GenPrestatie } from '../integration/declaraties/generateJW323';
import { AANBIEDER, GEMEENTE } from './declaraties.fixture';

export const bronnen = {
  vandaag: () => '2026-04-10',
  isGemeentecode: () => true,
  isProductcode: () => undefined,
};

let teller = 0;
/** TR318: each provider's declarations follow month after month; the next period per provider. */
const volgendePeriode = new Map<string, string>();

function maandNa(d: string): string {
  const [j, m] = d.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(j, m, 1)).toISOString().slice(0, 10);
}

export function declaratie(clienten: GenClient[], o: Partial<GenDeclaratie> = {}): GenDeclaratie {
  teller++;
  const afzender = o.afzender ?? AANBIEDER;
  const begin = o.periodeBegin ?? volgendePeriode.get(afzender) ?? '2026-03-01';
  volgendePeriode.set(afzender, maandNa(begin));
  const eind = new Date(Date.parse(`${maandNa(begin)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return {
    afzender: AANBIEDER,
    ontvanger: GEMEENTE,
    identificatie: `T${process.pid}x${teller}`,
    dagtekening: new Date(Date.parse(`${eind}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10),
    nummer: `DN${process.pid}x${teller}`,
    periodeBegin: begin,
    periodeEind: eind,
    clienten: () => clienten,
    ...o,
  };
}

let refTeller = 0;
/** A valid March 2026 debet on 45A01 (hourly, contract tariff 9000), 8 hours. */
export function prestatie(toewijzingNummer: number, o: Partial<GenPrestatie> = {}): GenPrestatie {
  const p: GenPrestatie = {
    referentieNummer: `R${process.pid % 100000}-${++refTeller}`,
    toewijzingNummer,
    productCategorie: '45',
    productCode: '45A01',
    begin: '2026-03-01',
    eind: '2026-03-31',
    volume: 8,
    eenheid: '04',
    tarief: 9000,
    bedrag: 72000,
    dc: 'D',
    ...o,
  };
  if (o.bedrag === undefined && p.tarief !== undefined && o.eenheid !== '01') p.bedrag = p.volume * p.tarief;
  return p;
}

export async function runRegels(tx: pg.PoolClient, bericht: unknown): Promise<Bevinding[]> {
  const out: Bevinding[] = [];
  for (const regel of JW323_REGELS) {
    const ctx: RegelContext = {
      db: tx,
      bronnen,
      report: (m: Melding) => out.push({ ...m, regel: regel.code, retourcode: m.retourcode ?? regel.retourcode, controleniveau: regel.controleniveau }),
    };
    await regel.check(bericht as never, ctx);
  }
  return out;
}

export interface Verwerkt {
  bevindingen: Bevinding[];
  declaratieId: string;
  jw325: string;
  /** codes per ReferentieNummer (only rejected prestaties have codes) */
  codes: Map<string, string[]>;
  /** codes per prestatie in message order */
  opVolgorde: string[][];
}

/** Judge and book in one committed transaction (commit: false → rolled back, for judgement only). */
export async function verwerk(pool: pg.Pool, d: GenDeclaratie, commit = true): Promise<Verwerkt> {
  const xml = jw323Xml(d);
  const bericht = parse('JW323', xml);
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    const raw = Buffer.from(xml);
    const berichtId = (
      await tx.query(
        `INSERT INTO bericht (richting, type, afzender, ontvanger, identificatie, dagtekening, gemeente_code, inhoud_hash, raw, status, kanaal)
         VALUES ('in', 'JW323', $1, $2, $3, $4, $7, $5, $6, 'received', 'test') RETURNING id::text`,
        [d.afzender, d.ontvanger, d.identificatie, d.dagtekening, createHash('sha256').update(raw).digest(), raw, d.ontvanger],
      )
    ).rows[0].id as string;
    const bevindingen = await runRegels(tx, bericht);
    const r = await JW323Handler.handle(bericht, {
      db: tx,
      bericht: { id: berichtId, type: 'JW323', afzender: d.afzender, ontvanger: d.ontvanger, identificatie: d.identificatie, dagtekening: d.dagtekening },
      bronnen,
      bevindingen,
    });
    bevindingen.push(...(r.bevindingen ?? []));
    const declaratieId = r.declaratieIds![0]!;
    const jw325 = (
      await schrijfJW325(
        tx,
        { afzender: d.ontvanger, ontvanger: d.afzender, identificatie: `A${d.identificatie}`, dagtekening: '2026-04-10', heenIdentificatie: d.identificatie, heenDagtekening: d.dagtekening },
        { gemeente: d.ontvanger, id: declaratieId },
      )
    ).toString('utf8');
    const codes = new Map<string, string[]>();
    const rows = (await tx.query(`SELECT referentie_nummer, retourcodes FROM prestatie WHERE gemeente_code = $1 AND declaratie_id = $2 ORDER BY volgnummer`, [d.ontvanger, declaratieId])).rows;
    for (const row of rows) codes.set(row.referentie_nummer, row.retourcodes);
    const opVolgorde = rows.map((row) => row.retourcodes as string[]);
    await tx.query(commit ? 'COMMIT' : 'ROLLBACK');
    return { bevindingen, declaratieId, jw325, codes, opVolgorde };
  } catch (e) {
    await tx.query('ROLLBACK');
    throw e;
  } finally {
    tx.release();
  }
}

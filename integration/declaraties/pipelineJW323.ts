/**
 * The pipeline's branch for JW323 (integration/flows/pipeline.ts calls this for every JW323, also a TR056
 * duplicate or a forced technical rejection): the message is processed with the streaming path
 * (verwerkJW323Stream) from the stored bytes, and answered with a JW325 written from the booked rows, stored as
 * outbound bericht + outbox row, in the pipeline's transaction. The claim does not load the raw bytes of a JW323;
 * they are read from the row in slices (uitDatabase); the message is never turned into one string or one object
 * tree, and its parsed form is not stored (bericht.parsed stays NULL: the prestatie rows are the parsed form).
 */
import type { PoolClient } from 'pg';
import type { Bevinding, Queryable } from '../rules/Regel.js';
import { RETOUR_VAN } from '../ijw/berichttypen.js';
import { ADRESSERING } from '../rules/berichtoverstijgend/ADRESSERING.js';
import type { MetHeader } from '../rules/vorm.js';
import { geraaktVan } from '../monitoring/geraakt.js';
import { werkMonitoringBij } from '../monitoring/projecties.js';
import { sluitHeenberichtAf, type BerichtRij, type NieuwBericht } from '../store/bericht.sql.js';
import { one } from '../store/SqlQuery.js';
import type { PipelineDeps } from '../flows/PipelineDeps.js';
import { inhoudHash } from '../flows/receive.js';
import { jw325Stukken } from './JW325Writer.js';
import { verwerkJW323Stream, type StreamResultaat } from './verwerkJW323.js';

export interface JW323Verwerkt {
  id: string;
  type: string;
  status: 'processed' | 'rejected';
  retourcodes: string[];
  retourberichtId: string | null;
}

/**
 * The stored bytes in slices of `grootte` (a slice at a time in memory, also as hex text). bericht.raw is stored
 * uncompressed (migration 1795430000000), so each slice reads only its own TOAST chunks.
 */
export async function* uitDatabase(db: Queryable, berichtId: string, grootte = 4 << 20): AsyncGenerator<Buffer> {
  const n = Number((await db.query<{ n: string }>(`SELECT octet_length(raw)::text AS n FROM bericht WHERE id = $1`, [berichtId])).rows[0]?.n ?? 0);
  for (let van = 1; van <= n; van += grootte) {
    // Text results (hex, parsed to a Buffer by pg): node-postgres decodes binary-format fields as UTF-8 text.
    const r = await db.query<{ s: Buffer }>(`SELECT substring(raw FROM $2::int FOR $3::int) AS s FROM bericht WHERE id = $1::bigint`, [berichtId, van, grootte]);
    yield r.rows[0]!.s;
  }
}

/**
 * ADRESSERING on the stored Header (afzender/ontvanger as receive read them), before anything is streamed or booked;
 * run only when the claim's adres_bekend says no, to report what is wrong (as in integration/flows/pipeline.ts).
 */
async function adressering(tx: PoolClient, rij: BerichtRij, deps: PipelineDeps): Promise<Bevinding[]> {
  if (!rij.afzender || !rij.ontvanger) return [];
  const uit: Bevinding[] = [];
  await ADRESSERING.check({ Header: { Afzender: rij.afzender, Ontvanger: rij.ontvanger } } as MetHeader, {
    db: tx, bronnen: deps.bronnen,
    report: (m) => uit.push({ ...m, regel: ADRESSERING.code, retourcode: m.retourcode ?? ADRESSERING.retourcode, controleniveau: ADRESSERING.controleniveau }),
  });
  return uit;
}

export async function verwerkJW323InPipeline(
  tx: PoolClient,
  /** The claimed row (integration/store/bericht.sql.ts claimTeVerwerken / claimBericht; raw is not loaded for a JW323). */
  rij: BerichtRij & { retour_identificatie: string; adres_bekend: boolean },
  deps: PipelineDeps,
  /** A technical rejection forced by the pipeline after repeated failures. */
  forceer?: Bevinding,
): Promise<JW323Verwerkt> {
  const tijden: Record<string, number> | undefined = process.env.JR_DECLARATIE_TIJDEN ? {} : undefined;
  let r: StreamResultaat;
  let adres: Bevinding[] = [];
  if (forceer || rij.duplicaat_van !== null) {
    // Not processed: a forced technical rejection, or TR056 (the identification was used before: 9056).
    const b: Bevinding = forceer ?? {
      regel: 'TR056', retourcode: '9056', klasse: 'Header', klassePad: 'Header', pad: 'Header.BerichtIdentificatie.Identificatie',
      melding: `Identificatie ${rij.identificatie} is al gebruikt in bericht ${rij.duplicaat_van}`, controleniveau: 'berichtoverstijgend',
    };
    r = { status: 'rejected', bevindingen: [b], aantalBevindingen: 1, aantalPrestaties: 0, chunks: 0, clientIds: [] };
  } else if (!rij.adres_bekend && (adres = await adressering(tx, rij, deps)).length) {
    // Not addressed to one of our municipalities, or from an unknown provider: 0001 on the Header, nothing booked.
    r = { status: 'rejected', bevindingen: adres, aantalBevindingen: adres.length, aantalPrestaties: 0, chunks: 0, clientIds: [] };
  } else {
    r = await verwerkJW323Stream(tx, uitDatabase(tx, rij.id), { ...(tijden ? { tijden } : {}), berichtId: rij.id, bronnen: deps.bronnen, maxBevindingen: deps.maxBevindingen ?? 500 });
  }
  // Monitoring: a declaration changes no care fact, so only the declaration is named (not its clients; integration/monitoring),
  // and the message (its JW325 is a deadline, OP090x4), also when it was refused as a whole.
  await werkMonitoringBij(tx, geraaktVan(r.declaratie?.gemeente_code ?? rij.gemeente_code, r.declaratie ? { declaratieIds: [r.declaratie.id] } : {}, rij.id));
  const codes = [...new Set(r.bevindingen.map((b) => b.retourcode))].sort();
  const retourcodes = r.status === 'rejected' ? codes : r.declaratie ? (r.declaratie as { retourcodes?: string[] }).retourcodes ?? codes : codes;
  let retour: NieuwBericht | null = null;
  const h = r.header;
  const afzender = h?.Afzender ?? rij.afzender;
  const ontvanger = h?.Ontvanger ?? rij.ontvanger;
  const identificatie = h?.BerichtIdentificatie.Identificatie ?? rij.identificatie;
  const heenDag = h?.BerichtIdentificatie.Dagtekening ?? rij.dagtekening;
  if (afzender && ontvanger && identificatie && heenDag) {
    const idRetour = rij.retour_identificatie; // drawn with the claim
    const dagtekening = deps.bronnen.vandaag();
    const parts: Buffer[] = [];
    for await (const b of jw325Stukken(
      tx,
      {
        afzender: String(ontvanger),
        ontvanger: String(afzender),
        identificatie: idRetour,
        dagtekening,
        heenIdentificatie: String(identificatie),
        heenDagtekening: String(heenDag),
        heenXsdVersie: h ? { basis: String(h.XsdVersie.BasisschemaXsdVersie), bericht: String(h.XsdVersie.BerichtXsdVersie) } : undefined,
        headerRetourcodes: r.status === 'rejected' ? (codes.length ? codes : ['0001']) : ['0200'],
      },
      r.status === 'rejected' || !r.declaratie ? undefined : { gemeente: r.declaratie.gemeente_code, id: r.declaratie.id },
    )) {
      parts.push(b);
    }
    const raw = Buffer.concat(parts);
    retour = {
      richting: 'uit',
      type: RETOUR_VAN.JW323,
      afzender: String(ontvanger),
      ontvanger: String(afzender),
      identificatie: idRetour,
      dagtekening,
      gemeenteCode: rij.gemeente_code,
      inhoudHash: inhoudHash(raw),
      raw,
      parsed: null,
      status: 'validated',
      retourcodes,
      heenberichtId: rij.id,
      kanaal: rij.kanaal,
    };
  }
  const samenvatting = r.aantalBevindingen > r.bevindingen.length ? [...r.bevindingen, { melding: `${r.aantalBevindingen - r.bevindingen.length} bevindingen meer, zie prestatie` }] : r.bevindingen;
  // One statement, as for every other message: retour + outbox + links + status (bericht.sql.ts sluitHeenberichtAf).
  const af = (await one<{ retour_id: string | null; klaar: string | null }>(tx, sluitHeenberichtAf(rij.id, {
    status: r.status, retourcodes, bevindingen: samenvatting, retour,
    koppelingen: { declaratieIds: r.declaratie ? [r.declaratie.id] : [], clientIds: r.clientIds },
  })))!;
  if (tijden) process.stderr.write(`JW323 ${r.aantalPrestaties} prestaties, fasen (ms): ${JSON.stringify(Object.fromEntries(Object.entries(tijden).map(([k, v]) => [k, Math.round(v)])))}\n`);
  if (retour && !af.retour_id) throw new Error(`bericht ${rij.id} heeft al een retourbericht`); // bericht_retour_uniq
  if (!af.klaar) throw new Error(`bericht ${rij.id} was niet meer 'received'`);
  return { id: rij.id, type: 'JW323', status: r.status, retourcodes, retourberichtId: af.retour_id };
}

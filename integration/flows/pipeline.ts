/**
 * The message pipeline, one inbound message per transaction:
 *
 *   claim (SELECT … FOR UPDATE SKIP LOCKED, bericht_te_verwerken_idx)
 *   → valideer (XSD, decode)
 *   → receiving gate: ADRESSERING (our municipality, a known provider), else 0001 on the Header  [schema-valid only]
 *   → runRegels: in-message, then external + cross-message rules (ctx.db = this transaction)  [schema-valid only]
 *   → the type's handler (care tables)                          [unless rejected as a whole]
 *   → retourbericht (the retour builder, integration/retour; its identificatie drawn with the claim) stored as `uit` + outbox row
 *     + links + status processed / rejected with the codes: one statement (sluitHeenberichtAf)
 *   COMMIT
 *
 * A crash anywhere before COMMIT leaves the message `received` with nothing else written, so
 * reprocessing does the same thing once; bericht_retour_uniq makes a second answer impossible.
 * Inbound retourberichten (JW302/JW320 from a provider) are recorded on our outbound original
 * (status acknowledged, its codes), and not answered.
 */
import type { Pool, PoolClient } from 'pg';
import { isHeenbericht, RETOUR_VAN, type BerichtType, type Heenbericht } from '../ijw/berichttypen.js';
import type { Bevinding } from '../rules/Regel.js';
import { ONTVANGST_REGELS } from '../rules/berichtoverstijgend/ADRESSERING.js';
import { runRegels } from '../rules/runRegels.js';
import {
  claimBericht,
  claimTeVerwerken,
  findOrigineel,
  markBevestigd,
  markPogingMislukt,
  markVerwerkt,
  setHeenbericht,
  sluitHeenberichtAf,
  type BerichtRij,
  type NieuwBericht,
} from '../store/bericht.sql.js';
import { insertKoppelingen } from '../store/berichtKoppeling.sql.js';
import { one } from '../store/SqlQuery.js';
import type { HandlerResultaat, OpgeslagenBericht } from './Handler.js';
import { inhoudHash } from './receive.js';
import type { PipelineDeps } from './PipelineDeps.js';
import { withTransaction } from './transaction.js';
import { verwerkJW323InPipeline } from '../declaraties/pipelineJW323.js';
import { geraaktVan } from '../monitoring/geraakt.js';
import { werkMonitoringBij } from '../monitoring/projecties.js';

/** After this many exceptions a message is no longer claimed automatically; it is rejected with 0001. */
export const MAX_POGINGEN = 3;

export interface VerwerkResultaat {
  id: string;
  type: string;
  status: 'processed' | 'rejected';
  retourcodes: string[];
  retourberichtId: string | null;
}

type Geclaimd = BerichtRij & { raw: Buffer; retour_identificatie: string; adres_bekend: boolean };

/** Process the oldest waiting message; null when there is none (or all are held by other workers). */
export async function verwerkVolgende(pool: Pool, deps: PipelineDeps): Promise<VerwerkResultaat | null> {
  return verwerkMet(pool, deps, claimTeVerwerken(MAX_POGINGEN));
}

/** Process one given message now (null if it is already done or another worker holds it). */
export async function verwerkBericht(pool: Pool, id: string, deps: PipelineDeps): Promise<VerwerkResultaat | null> {
  return verwerkMet(pool, deps, claimBericht(id));
}

async function verwerkMet(pool: Pool, deps: PipelineDeps, claim: ReturnType<typeof claimTeVerwerken>): Promise<VerwerkResultaat | null> {
  let geclaimd: string | undefined;
  try {
    return await withTransaction(pool, async (tx) => {
      const rij = await one<Geclaimd>(tx, claim);
      if (!rij) return null;
      geclaimd = rij.id;
      return verwerkGeclaimd(tx, rij, deps);
    });
  } catch (e) {
    // The transaction rolled back: the message is `received` again. Count the attempt outside it,
    // so a message that always throws stops blocking the queue (it is then rejected with 0001).
    if (geclaimd !== undefined) {
      const r = await one<{ verwerk_pogingen: number }>(pool, markPogingMislukt(geclaimd, String((e as Error)?.stack ?? e)));
      if (r && r.verwerk_pogingen >= MAX_POGINGEN) {
        return withTransaction(pool, async (tx) => {
          const rij = await one<Geclaimd>(tx, claimBericht(geclaimd!));
          if (!rij) return null;
          return verwerkGeclaimd(tx, rij, deps, technischeFout(String((e as Error)?.message ?? e)));
        });
      }
    }
    throw e;
  }
}

function technischeFout(melding: string): Bevinding {
  return { regel: 'VERWERKING', retourcode: '0001', klasse: 'Header', klassePad: 'Header', pad: 'Header', melding, controleniveau: 'bericht' };
}

/**
 * Whole message rejected (IV028: the retour is the Header only): an XSD error, an in-message (xslt)
 * rule, a finding on the Header, or a technical rejection.
 */
export function afgekeurdAlsGeheel(bevindingen: readonly Bevinding[]): boolean {
  return bevindingen.some(
    (b) => b.controleniveau === 'xsd' || b.controleniveau === 'bericht' || b.regel === 'XSD' || b.klasse === 'Header' || b.klassePad === 'Header',
  );
}

export function retourcodesVan(bevindingen: readonly Bevinding[]): string[] {
  const codes = [...new Set(bevindingen.map((b) => b.retourcode))].sort();
  return codes.length ? codes : ['0200'];
}

async function verwerkGeclaimd(tx: PoolClient, rij: Geclaimd, deps: PipelineDeps, forceer?: Bevinding): Promise<VerwerkResultaat> {
  // JW323 of any size: streamed in chunks from the raw bytes, booked, answered with a JW325 from the booked rows (integration/declaraties).
  // (Every JW323, also a TR056 duplicate or a forced technical rejection: its raw bytes are not loaded by the claim.)
  if (rij.type === 'JW323') return verwerkJW323InPipeline(tx, rij, deps, forceer);
  const xml = rij.raw.toString('utf8');
  const type = rij.type;
  if (!isHeenbericht(type)) {
    if (type !== 'onbekend' && Object.values(RETOUR_VAN).includes(type as never)) return verwerkInkomendRetour(tx, rij, xml, deps);
    // Undecodable: no header to answer to. Stored and rejected; the transport tells the sender where it can.
    const b: Bevinding = forceer ?? {
      regel: 'ONTVANGST', retourcode: '0001', klasse: 'Header', klassePad: 'Header', pad: '', melding: 'Geen iJw 3.2-bericht herkend', controleniveau: 'xsd',
    };
    await one(tx, markVerwerkt(rij.id, 'rejected', [b.retourcode], [b], null));
    return { id: rij.id, type, status: 'rejected', retourcodes: [b.retourcode], retourberichtId: null };
  }

  const max = deps.maxBevindingen ?? 500;
  let bevindingen: Bevinding[] = [];
  let bericht: unknown;
  let header: unknown;
  let koppelingen: HandlerResultaat = {};
  if (forceer || rij.duplicaat_van !== null) {
    // Decoded only to echo its header in the retour; no rules, no handler.
    const v = await deps.valideer(xml, type);
    header = v.bericht ? (v.bericht as { Header?: unknown }).Header : v.header;
  }
  if (forceer) {
    bevindingen = [forceer];
  } else if (rij.duplicaat_van !== null) {
    // TR056: identificatie must be unique per message type for the sender. The original keeps its answer.
    bevindingen = [{
      regel: 'TR056', retourcode: '9056', klasse: 'Header', klassePad: 'Header', pad: 'Header.BerichtIdentificatie.Identificatie',
      melding: `Identificatie ${rij.identificatie} is al gebruikt in bericht ${rij.duplicaat_van}`, controleniveau: 'berichtoverstijgend',
    }];
  } else {
    const v = await deps.valideer(xml, type);
    bericht = v.bericht;
    header = v.header;
    bevindingen = v.bevindingen.slice(0, max);
    // The receiving gate first (ADRESSERING: one of our municipalities, a known provider); a message that is not
    // ours gets 0001 on the Header and nothing else runs. The claim already answered the question (adres_bekend):
    // the rule runs, to say what is wrong, only when the answer is no.
    const ontvangst = v.schemaGeldig && bericht !== undefined && !rij.adres_bekend ? await runRegels(type, bericht, { db: tx, bronnen: deps.bronnen, regels: ONTVANGST_REGELS }) : [];
    bevindingen.push(...ontvangst);
    if (v.schemaGeldig && bericht !== undefined && ontvangst.length === 0) {
      // The rule runner (integration/rules/runRegels.ts), IV028 order: in-message rules, then (only when those found nothing) external and
      // cross-message rules, the latter reading this transaction.
      bevindingen.push(...(await runRegels(type, bericht, { db: tx, bronnen: deps.bronnen, regels: deps.regels, maxBevindingen: Math.max(1, max - bevindingen.length) })));
      const handler = deps.handlers[type];
      if (handler && !afgekeurdAlsGeheel(bevindingen)) {
        const opgeslagen: OpgeslagenBericht = {
          id: rij.id, type, afzender: rij.afzender ?? '', ontvanger: rij.ontvanger ?? '', identificatie: rij.identificatie ?? '', dagtekening: rij.dagtekening ?? '',
        };
        koppelingen = await handler.handle(bericht, { db: tx, bericht: opgeslagen, bronnen: deps.bronnen, bevindingen });
        if (koppelingen.bevindingen?.length) bevindingen.push(...koppelingen.bevindingen);
      }
    }
  }
  // Monitoring queue (integration/monitoring/wachtrij.ts): every heenbericht, also one refused as a whole (its answer is a deadline too).
  await werkMonitoringBij(tx, geraaktVan(rij.gemeente_code, koppelingen, rij.id));

  const status = afgekeurdAlsGeheel(bevindingen) ? 'rejected' : 'processed';
  const retourcodes = retourcodesVan(bevindingen);
  const retour = maakRetour(rij, type, xml, bericht, header, bevindingen, deps);
  // One statement: retour + outbox + links + status (integration/store/bericht.sql.ts sluitHeenberichtAf).
  const af = (await one<{ retour_id: string | null; klaar: string | null }>(tx, sluitHeenberichtAf(rij.id, {
    status, retourcodes, bevindingen, parsed: bericht, retour, koppelingen,
  })))!;
  if (retour && !af.retour_id) throw new Error(`bericht ${rij.id} heeft al een retourbericht`); // bericht_retour_uniq
  if (!af.klaar) throw new Error(`bericht ${rij.id} was niet meer 'received'`); // cannot happen under the row lock
  return { id: rij.id, type, status, retourcodes, retourberichtId: af.retour_id };
}

/** Our retourbericht as a row to insert (identificatie drawn with the claim); null when there is no one to answer. */
function maakRetour(
  heen: Geclaimd, type: Heenbericht, xml: string, bericht: unknown, header: unknown, bevindingen: Bevinding[], deps: PipelineDeps,
): NieuwBericht | null {
  if (!heen.afzender) return null; // no one to answer
  const identificatie = heen.retour_identificatie;
  const dagtekening = deps.bronnen.vandaag();
  const retour = deps.bouwRetour({
    heenType: type, heenXml: xml, heenBericht: bericht, heenHeader: header, bevindingen, identificatieRetour: identificatie, dagtekeningRetour: dagtekening,
  });
  if (!retour) return null;
  const raw = Buffer.from(retour.xml, 'utf8');
  return {
    richting: 'uit',
    type: RETOUR_VAN[type],
    afzender: heen.ontvanger,
    ontvanger: heen.afzender,
    identificatie,
    dagtekening,
    gemeenteCode: heen.gemeente_code,
    inhoudHash: inhoudHash(raw),
    raw,
    parsed: retour.bericht ?? null,
    status: 'validated',
    retourcodes: retourcodesVan(bevindingen),
    heenberichtId: heen.id,
    kanaal: heen.kanaal,
  };
}

/** A provider's answer (JW302/JW320 ...) to a heenbericht of ours: record its codes there. */
async function verwerkInkomendRetour(tx: PoolClient, rij: Geclaimd, xml: string, deps: PipelineDeps): Promise<VerwerkResultaat> {
  const v = await deps.valideer(xml, rij.type as BerichtType);
  const bevindingen = [...v.bevindingen];
  const parsed = v.bericht as { Header?: { Afzender?: string; BerichtIdentificatie?: { Identificatie?: string }; RetourCodes?: { RetourCode?: string[] | string } } } | undefined;
  const h = parsed?.Header;
  const heenType = (Object.entries(RETOUR_VAN).find(([, r]) => r === rij.type)?.[0] ?? null) as Heenbericht | null;
  const codesRaw = h?.RetourCodes?.RetourCode;
  const codes = Array.isArray(codesRaw) ? codesRaw : codesRaw ? [codesRaw] : [];
  let origineel: BerichtRij | undefined;
  if (heenType && h?.Afzender && h.BerichtIdentificatie?.Identificatie) {
    origineel = await one<BerichtRij>(tx, findOrigineel('uit', h.Afzender, heenType, h.BerichtIdentificatie.Identificatie));
  }
  if (origineel && !origineel.retourbericht_id) {
    await one(tx, markBevestigd(origineel.id, rij.id, codes));
    await one(tx, setHeenbericht(rij.id, origineel.id));
  } else {
    bevindingen.push({
      regel: 'RETOUR', retourcode: '0001', klasse: 'Header', klassePad: 'Header', pad: 'Header.BerichtIdentificatie',
      melding: origineel ? `Heenbericht ${origineel.id} had al een retourbericht` : 'Geen heenbericht van ons gevonden bij dit retourbericht',
      controleniveau: 'berichtoverstijgend',
    });
  }
  const handler = deps.handlers[rij.type as BerichtType];
  if (handler && origineel && parsed && v.schemaGeldig) {
    const opgeslagen: OpgeslagenBericht = {
      id: rij.id, type: rij.type as BerichtType, afzender: rij.afzender ?? '', ontvanger: rij.ontvanger ?? '', identificatie: rij.identificatie ?? '', dagtekening: rij.dagtekening ?? '',
    };
    const res = await handler.handle(parsed, { db: tx, bericht: opgeslagen, bronnen: deps.bronnen, bevindingen });
    const k = insertKoppelingen(rij.id, res);
    if (k) await one(tx, k);
    await werkMonitoringBij(tx, geraaktVan(rij.gemeente_code, res)); // monitoring queue (integration/monitoring/wachtrij.ts)
  }
  const status = afgekeurdAlsGeheel(bevindingen) ? 'rejected' : 'processed';
  await one(tx, markVerwerkt(rij.id, status, codes, bevindingen, null, parsed));
  return { id: rij.id, type: rij.type, status, retourcodes: codes, retourberichtId: null };
}

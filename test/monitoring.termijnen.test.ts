/**
 * Projection "termijnen" (integration/monitoring/termijnnaleving.ts): deadlines per municipality × month × rule ×
 * provider × party, late = flagged by the deadline job (integration/jobs/termijnen.ts, which refreshes the projection
 * in its own transaction); the incremental result equals `herbouw`.
 */
import type pg from 'pg';
import { createServer, type RunningServer } from '../api/server';
import { monitoringScope } from '../api/monitoring/scope';
import { termijnenQuery, TermijnDimensie } from '../api/monitoring/termijnen.sql';
import type { Context } from '../api/context';
import { gqlAls } from './support/rol';
import { signaleerTermijnen } from '../integration/jobs/termijnen';
import { withTransaction } from '../integration/flows/transaction';
import { ververs, werkMonitoringBij } from '../integration/monitoring/projecties';
import { leegMonitoringWachtrij } from '../integration/monitoring/wachtrij';
import { termijnnaleving } from '../integration/monitoring/termijnnaleving';
import { leegGeraakt } from '../integration/monitoring/Projectie';
import { useTestDatabase } from './support/db';
import { maakRegio, maakToewijzing, maakClient, AANBIEDER, GEMEENTE, type Regio } from './declaraties.fixture';
import { prestatie } from './declaraties.harness';
import { inBericht } from './zorg.fixtures';
import { declareer, meldToewijzingen } from './monitoring.scenario';

const db = useTestDatabase();
let regio: Regio;
let dezeMaand: string;
let server: RunningServer;

async function tabellen(pool: pg.Pool): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of ['mon_termijn_toewijzing', 'mon_termijn_bericht', 'mon_termijn']) out[t] = (await pool.query(`SELECT x::text AS r FROM ${t} x ORDER BY 1`)).rows.map((r) => r.r as string);
  return out;
}

async function rijen() {
  return (await db.pool.query(`SELECT to_char(maand, 'YYYY-MM') AS maand, regel, aanbieder_agb AS aanbieder, partij, aantal, te_laat
                               FROM mon_termijn WHERE gemeente_code = $1 ORDER BY maand, regel, partij, aanbieder_agb`, [GEMEENTE])).rows;
}

/** Our outbound JW301 to the provider, sent now; acknowledged = the provider's JW302 came back. */
async function onzeJW301(acknowledged: boolean): Promise<void> {
  await withTransaction(db.pool, async (tx) => {
    const { rows: [b] } = await tx.query(`INSERT INTO bericht (richting, type, afzender, ontvanger, identificatie, gemeente_code, inhoud_hash, raw, status, kanaal, verzonden_op)
                    VALUES ('uit', 'JW301', $1::text, $2, md5(random()::text), $1::char(4), '\\x00', '\\x00', $3, 'test', now()) RETURNING id::text`,
                   [GEMEENTE, AANBIEDER, acknowledged ? 'acknowledged' : 'sent']);
    await werkMonitoringBij(tx, { ...leegGeraakt(), berichten: [b.id] }); // as enqueueUitgaand does
  });
}

beforeAll(async () => {
  regio = await maakRegio(db.pool);
  dezeMaand = (await db.pool.query(`SELECT to_char(now(), 'YYYY-MM') AS m`)).rows[0].m;
  // A: never started (OP271 late once flagged); B: started on time, never stopped after its Einddatum (OP272 late).
  const a = await maakToewijzing(db.pool, { nummer: 9001, bsn: '999900006', contractId: regio.contractId });
  const b = await maakToewijzing(db.pool, { nummer: 9002, bsn: '999900018', contractId: regio.contractId });
  const jw305 = await inBericht(db.pool, 'JW305', AANBIEDER, GEMEENTE);
  await db.pool.query(`UPDATE bericht SET status = 'processed' WHERE id = $1`, [jw305]); // not for the pipeline's queue
  await withTransaction(db.pool, (tx) => werkMonitoringBij(tx, { ...leegGeraakt(), berichten: [jw305] })); // as the pipeline does
  const clientB = await maakClient(db.pool, '999900018');
  await db.pool.query(`INSERT INTO start_product (gemeente_code, client_id, aanbieder_agb, toewijzing_nummer, toewijzing_id, product_categorie, product_code, begindatum, bericht_id)
                       VALUES ($1, $2, $3, 9002, $4, '45', '45A01', '2026-01-05', $5)`, [GEMEENTE, clientB, AANBIEDER, b, jw305]);
  await meldToewijzingen(db.pool, [a, b]);
  // Two JW323s through the pipeline (OP090x4): the first one's JW325 is sent, the second's still waits in the outbox.
  expect(await declareer(db.pool, AANBIEDER, [{ bsn: '999900006', prestaties: [prestatie(9001, { begin: '2026-02-01', eind: '2026-02-28' })] }], '2026-02-01')).toBe('processed');
  expect(await declareer(db.pool, AANBIEDER, [{ bsn: '999900006', prestaties: [prestatie(9001)] }], '2026-03-01')).toBe('processed');
  await db.pool.query(`UPDATE bericht SET verzonden_op = now() WHERE id = (SELECT min(id) FROM bericht WHERE type = 'JW325')`);
  await onzeJW301(false);
  await onzeJW301(true);
  await leegMonitoringWachtrij(db.pool);
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: () => undefined });
});
afterAll(async () => {
  await server?.stop();
});

test('before the deadline job: every deadline counted in the month it starts to run, none late', async () => {
  expect(await rijen()).toEqual([
    { maand: '2026-01', regel: 'OP271', aanbieder: AANBIEDER, partij: 'aanbieder', aantal: 2, te_laat: 0 },
    { maand: dezeMaand, regel: 'OP090', aanbieder: AANBIEDER, partij: 'aanbieder', aantal: 2, te_laat: 0 },
    // the JW305 behind B's start
    { maand: dezeMaand, regel: 'OP090', aanbieder: AANBIEDER, partij: 'gemeente', aantal: 1, te_laat: 0 },
    { maand: dezeMaand, regel: 'OP090x4', aanbieder: AANBIEDER, partij: 'gemeente', aantal: 2, te_laat: 0 },
    { maand: '2026-12', regel: 'OP272', aanbieder: AANBIEDER, partij: 'aanbieder', aantal: 1, te_laat: 0 },
  ]);
});

test('the deadline job flags and queues its flags in one transaction; the projector counts them late per rule and party', async () => {
  const gevlagd = await signaleerTermijnen(db.pool, '2027-06-01');
  expect(gevlagd).toEqual({ OP090_in: 1, OP090_uit: 1, OP090x4: 1, OP271: 1, OP272: 1 });
  expect(await leegMonitoringWachtrij(db.pool)).toBe(1);
  expect(await rijen()).toEqual([
    { maand: '2026-01', regel: 'OP271', aanbieder: AANBIEDER, partij: 'aanbieder', aantal: 2, te_laat: 1 },
    { maand: dezeMaand, regel: 'OP090', aanbieder: AANBIEDER, partij: 'aanbieder', aantal: 2, te_laat: 1 },
    { maand: dezeMaand, regel: 'OP090', aanbieder: AANBIEDER, partij: 'gemeente', aantal: 1, te_laat: 1 },
    { maand: dezeMaand, regel: 'OP090x4', aanbieder: AANBIEDER, partij: 'gemeente', aantal: 2, te_laat: 1 },
    { maand: '2026-12', regel: 'OP272', aanbieder: AANBIEDER, partij: 'aanbieder', aantal: 1, te_laat: 1 },
  ]);
  expect(await signaleerTermijnen(db.pool, '2027-06-02')).toEqual({ OP090_in: 0, OP090_uit: 0, OP090x4: 0, OP271: 0, OP272: 0 });
});

test('GraphQL: compliance per party and rule, and per provider; filter on rules', async () => {
  const q = `query ($groep: [TermijnDimensie!], $regels: [TermijnRegel!]) { monitoringTermijnen(groepeerOp: $groep, regels: $regels) {
    rijen { gemeenteCode aanbiederAgb regel partij aantal teLaat opTijd nalevingPercentage onderdrukt } csv } }`;
  const body = await gqlAls(server.url, `regio:ZHZ${GEMEENTE}`, q, { groep: ['PARTIJ', 'REGEL'] });
  expect(body.errors).toBeUndefined();
  expect(body.data.monitoringTermijnen.rijen.map((r: any) => [r.partij, r.regel, r.aantal, r.teLaat, r.opTijd, r.nalevingPercentage])).toEqual([
    ['aanbieder', 'OP090', 2, 1, 1, 50], ['aanbieder', 'OP271', 2, 1, 1, 50], ['aanbieder', 'OP272', 1, 1, 0, 0],
    ['gemeente', 'OP090', 1, 1, 0, 0], ['gemeente', 'OP090x4', 2, 1, 1, 50],
  ]);
  const perAanbieder = await gqlAls(server.url, 'gemeente:0505', q, { groep: ['AANBIEDER'], regels: ['OP271', 'OP272'] });
  expect(perAanbieder.data.monitoringTermijnen.rijen).toEqual([{ gemeenteCode: null, aanbiederAgb: AANBIEDER, regel: null, partij: null,
    aantal: 3, teLaat: 2, opTijd: 1, nalevingPercentage: 33.3, onderdrukt: false }]);
  expect(perAanbieder.data.monitoringTermijnen.csv).toBe(`aanbiederAgb,aantal,teLaat,opTijd,nalevingPercentage,onderdrukt\r\n${AANBIEDER},3,2,1,33.3,false\r\n`);
});

test('the query reads mon_termijn through its primary key (EXPLAIN, seqscan off)', async () => {
  const ctx = { auth: { rol: { soort: 'gemeente', gemeenten: [GEMEENTE] } } } as unknown as Context;
  const scope = await monitoringScope(ctx, { van: '2026-01', tot: '2026-12', aanbiederAgb: AANBIEDER });
  const q = termijnenQuery(scope, Object.values(TermijnDimensie), null);
  const c = await db.pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SET LOCAL enable_seqscan = off');
    const plan = JSON.stringify((await c.query(`EXPLAIN (FORMAT JSON) ${q.text}`, q.values)).rows[0]);
    expect(plan).toMatch(/"Index Name":"mon_termijn_pkey"/);
    expect([...plan.matchAll(/"Relation Name":"([a-z_]+)"/g)].map((m) => m[1])).toEqual(['mon_termijn']);
  } finally {
    await c.query('ROLLBACK');
    c.release();
  }
});

test('two projector batches refreshing messages of one municipality × month × provider at once: the second counts the first (no lost update)', async () => {
  const voor = (await rijen()).find((r) => r.maand === dezeMaand && r.regel === 'OP090' && r.partij === 'aanbieder')!.aantal;
  const opslaan = async (tx: pg.PoolClient) => {
    const { rows: [b] } = await tx.query(`INSERT INTO bericht (richting, type, afzender, ontvanger, identificatie, gemeente_code, inhoud_hash, raw, status, kanaal)
      VALUES ('uit', 'JW301', $1::text, $2, md5(random()::text), $1::char(4), '\\x00', '\\x00', 'sent', 'test') RETURNING id::text`, [GEMEENTE, AANBIEDER]);
    await ververs(tx, { ...leegGeraakt(), berichten: [b.id] });
  };
  const [een, twee] = [await db.pool.connect(), await db.pool.connect()];
  try {
    await een.query('BEGIN');
    await twee.query('BEGIN');
    await opslaan(een);
    const tweede = opslaan(twee); // waits for the first to commit
    for (let i = 0; i < 200; i++) {
      const { rows } = await db.pool.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'`, [(twee as unknown as { processID: number }).processID]);
      if (rows.length) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await een.query('COMMIT');
    await tweede;
    await twee.query('COMMIT');
  } finally {
    een.release();
    twee.release();
  }
  const na = (await rijen()).find((r) => r.maand === dezeMaand && r.regel === 'OP090' && r.partij === 'aanbieder')!.aantal;
  expect(na).toBe(voor + 2);
});

test('the incremental refresh equals herbouw', async () => {
  const incrementeel = await tabellen(db.pool);
  await termijnnaleving.herbouw(db.pool);
  expect(await tabellen(db.pool)).toEqual(incrementeel);
});

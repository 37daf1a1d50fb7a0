/**
 * The demo traffic (integration/simulator/demoVerkeer.ts) on the demo region: a small year, all answered; the
 * care messages are refused nothing; the monthly declarations come back as XSD-valid JW325s, with the injected
 * faults (demoDeclaraties.ts) refused under their codes in GraphQL and the approved spend booked on the budgets.
 */
import { createServer, type RunningServer } from '../api/server';
import { loadDemoData } from '../api/boot/demoData';
import { validateXsd } from '../integration/ijw/xsdValidator';
import { laadDemoVerkeer, type DemoVerkeerVerslag } from '../integration/simulator/demoVerkeer';
import { useTestDatabase } from './support/db';
import { gqlAls } from './support/rol';

const db = useTestDatabase();
let v: DemoVerkeerVerslag;
let server: RunningServer;

beforeAll(async () => {
  await loadDemoData(db.dataSource);
  v = await laadDemoVerkeer(db.pool, { clienten: 60, seed: 7 });
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: () => undefined });
}, 240_000); // a demo year through the pipeline: ~45 s on an idle machine
afterAll(async () => {
  await server?.stop();
});

async function gql(query: string): Promise<any> {
  const body = await gqlAls(server.url, 'regio:ZHZ', query);
  expect(body.errors).toBeUndefined();
  return body.data;
}

test('a year of traffic for 60 clients: every heenbericht answered once, providers approve every JW301, Jeugdregie refuses no care message', async () => {
  // One request per client, and the follow-on requests (a second provider, a return after a planned end: monitoring).
  expect(v.vervolgVerzoeken).toBeGreaterThan(0);
  expect(v.berichten.JW315).toBe(60 + v.vervolgVerzoeken);
  expect(v.berichten.JW316).toBe(60 + v.vervolgVerzoeken);
  expect(v.berichten.JW317).toBeGreaterThan(0);
  expect(v.toewijzingen).toBeGreaterThan(25);
  expect(v.starts).toBeGreaterThan(20);
  expect(v.stops).toBeGreaterThan(5);
  const { rows: open } = await db.pool.query(`
    SELECT h.type, h.richting, h.status, h.retourcodes FROM bericht h
    WHERE h.type IN ('JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW319')
      AND NOT EXISTS (SELECT 1 FROM bericht r WHERE r.heenbericht_id = h.id AND r.richting <> h.richting)`);
  expect(open).toEqual([]);
  const { rows: codes } = await db.pool.query(`SELECT type, retourcodes, count(*)::int AS n FROM bericht
    WHERE type NOT IN ('JW323', 'JW325') AND cardinality(retourcodes) > 0 AND NOT (retourcodes <@ ARRAY['0200']::text[]) GROUP BY 1, 2`);
  expect(codes).toEqual([]);
});

test('monthly declarations: every JW323 answered by exactly one XSD-valid JW325', async () => {
  expect(v.berichten.JW323).toBeGreaterThan(100);
  expect(v.berichten.JW325).toBe(v.berichten.JW323);
  const { rows: zonder } = await db.pool.query(`
    SELECT h.id, count(r.id)::int AS n FROM bericht h LEFT JOIN bericht r ON r.heenbericht_id = h.id AND r.type = 'JW325'
    WHERE h.type = 'JW323' GROUP BY h.id HAVING count(r.id) <> 1`);
  expect(zonder).toEqual([]);
  const { rows: jw325 } = await db.pool.query<{ raw: Buffer | string }>(`SELECT raw FROM bericht WHERE type = 'JW325'`);
  const ongeldig: unknown[] = [];
  for (const r of jw325) {
    const b = await validateXsd('JW325', typeof r.raw === 'string' ? r.raw : new Uint8Array(r.raw));
    if (b.length) ongeldig.push(b);
  }
  expect(ongeldig).toEqual([]);
});

test('each injected fault is refused under its code in GraphQL; credits approved; approved spend booked on budgets', async () => {
  const f = v.declaraties!.fouten;
  for (const k of ['tarief', 'periodeVoor', 'periodeNa', 'volume', 'dubbelNummer', 'credits'] as const) expect([k, f[k]]).toEqual([k, expect.any(Number)]);
  expect(Math.min(f.tarief, f.periodeVoor, f.periodeNa, f.volume, f.dubbelNummer, f.credits)).toBeGreaterThan(0);

  const { afgewezenPrestaties: groepen } = await gql(`{ afgewezenPrestaties { retourcode aanbiederAgb productCode maand aantal bedragCents } }`);
  const perCode = new Map<string, number>();
  for (const g of groepen) perCode.set(g.retourcode, (perCode.get(g.retourcode) ?? 0) + g.aantal);
  // TR418 wrong tariff, TR307/TR387 before the allocation, TR308/TR388 after it, TR321 (and TR322) above the Omvang.
  for (const code of ['0611', '9307', '9387', '9308', '9388', '9321']) expect([code, perCode.get(code) ?? 0]).toEqual([code, expect.any(Number)]);
  expect(Math.min(...['0611', '9307', '9308', '9321'].map((c) => perCode.get(c) ?? 0))).toBeGreaterThan(0);
  expect([...perCode.keys()].filter((c) => !['0611', '9307', '9387', '9308', '9388', '9321', '9322'].includes(c))).toEqual([]);
  // A line carries one injected fault, and is refused only when injected: never more refusals than faults.
  expect(perCode.get('0611')!).toBeLessThanOrEqual(f.tarief);
  expect(perCode.get('9307')!).toBeLessThanOrEqual(f.periodeVoor);
  expect(perCode.get('9308')!).toBeLessThanOrEqual(f.periodeNa);
  expect(perCode.get('9321')!).toBeLessThanOrEqual(f.volume);

  // TR333: the reused DeclaratieNummer refuses the whole declaration (no prestaties judged): in declaraties.
  const { declaraties: d } = await gql(`{ declaraties(first: 500, filter: { status: "niet_verwerkt" }) { totalCount edges { node { retourcodes redenen } } } }`);
  const dubbel = d.edges.filter((e: any) => e.node.retourcodes.includes('9333'));
  expect(dubbel).toHaveLength(f.dubbelNummer);
  // No other whole refusal: a month in which only an already-declared trajectory runs is not a month to declare (TR318).
  expect(d.edges.filter((x: any) => !x.node.retourcodes.includes('9333'))).toEqual([]);

  const { rows: [c] } = await db.pool.query(`SELECT count(*) FILTER (WHERE debet_credit = 'C' AND toegekend)::int AS credits,
    count(*) FILTER (WHERE debet_credit = 'C' AND NOT toegekend)::int AS credits_afgewezen FROM prestatie`);
  expect(c.credits).toBeGreaterThan(0);
  expect(c.credits_afgewezen).toBe(0);
  expect(v.declaraties!.credits).toBe(c.credits);

  const { budgetGebruik: b } = await gql(`{ budgetGebruik(jaar: 2026) { gemeenteCode segmentNaam toegekendCents } }`);
  const geboekt = b.reduce((s: number, r: any) => s + r.toegekendCents, 0);
  expect(geboekt).toBeGreaterThan(0);
  expect(v.declaraties!.toegekendCents).toBeGreaterThan(0);
});

/**
 * A year of realistic traffic for the demo region: providers (one AanbiederSimulator each) and the municipalities
 * (the care services of integration/zorg) play a year of requests, decisions, allocations, starts and stops through
 * the real pipeline over the directory transport, on a simulated calendar. Bounded (`clienten`, default 300) and
 * deterministic (seed). Per client, seeded: JW315 → JW316; the municipality allocates (most), investigates first
 * (some) or rejects; JW301 → JW302; start JW305 → JW306 a few days after the ingangsdatum; then a planned or early
 * stop JW307 → JW308 (some with a temporary stop and a restart first, some with a JW317 extension first).
 * Allocations still running at the end of the year stay running.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Pool } from 'pg';
import { standaardDeps } from '../flows/standaardDeps.js';
import { withTransaction } from '../flows/transaction.js';
import { maakBronnen } from '../rules/bronnen.js';
import { allocateVerzoek, investigateVerzoek, rejectVerzoek } from '../zorg/verzoeken.js';
import { eersteVanMaand, volgendeMaand } from '../declaraties/datums.js';
import { AanbiederSimulator } from './aanbieder.js';
import type { SimClient } from './staat.js';
import { DemoDeclaraties, type DemoDeclaratieVerslag } from './demoDeclaraties.js';
import { mulberry32 } from './mulberry32.js';
import { registreerBrpAdres } from './gemeente.js';
import { jeugdregieOpPostbus } from './inProcess.js';
import { leegMonitoringWachtrij } from '../monitoring/wachtrij.js';
import { directoryTransport } from './transport.js';

export interface DemoVerkeerOpties {
  clienten?: number;
  seed?: number;
  /** First and last simulated day. */
  van?: string;
  tot?: string;
  log?: (m: string) => void;
  /** Monthly declarations (demoDeclaraties.ts); default true. */
  declaraties?: boolean;
}

export interface DemoVerkeerVerslag {
  clienten: number;
  berichten: Record<string, number>;
  toewijzingen: number;
  afgewezen: number;
  starts: number;
  stops: number;
  lopend: number;
  /** Requests beyond each client's first (monitoring, issue 6): a return after a planned end, a second provider at once. */
  vervolgVerzoeken: number;
  /** The monthly declarations (JW323 → JW325), when played. */
  declaraties?: DemoDeclaratieVerslag;
  ms: number;
}

interface Aanbod {
  agb: string;
  categorie: string;
  code: string;
  eenheid: string;
  frequentie: string;
  duur: number;
  contractEinde: string;
}

const dagNr = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
const datum = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
const plus = (d: string, n: number) => datum(dagNr(d) + n);
/**
 * The referrers (COD327) of the demo requests in turn, roughly as in CBS Beleidsinformatie Jeugd (huisarts most,
 * then the municipality's access team, jeugdarts, GI, medisch specialist); by turn, not by the seeded random
 * sequence, so the rest of the demo stays as it was.
 */
const DEMO_VERWIJZERS = [
  { Type: '02', ZorgverlenerCode: '01012345' }, { Type: '01', Naam: 'Sociaal wijkteam' }, { Type: '02', ZorgverlenerCode: '01067890' },
  { Type: '03', Naam: 'CJG jeugdarts' }, { Type: '02', ZorgverlenerCode: '01012345' }, { Type: '04', Naam: 'Jeugdbescherming west' },
  { Type: '01', Naam: 'Sociaal wijkteam' }, { Type: '05', ZorgverlenerCode: '03011111' }, { Type: '02', ZorgverlenerCode: '01067890' },
  { Type: '06', Naam: 'Zelfverwijzer' },
] as const;

export async function laadDemoVerkeer(pool: Pool, opts: DemoVerkeerOpties = {}): Promise<DemoVerkeerVerslag> {
  const t0 = performance.now();
  const n = opts.clienten ?? 300;
  const van = opts.van ?? '2025-12-01';
  const tot = opts.tot ?? '2026-11-20';
  const rnd = mulberry32(opts.seed ?? 2026);
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

  const gemeenten = (await pool.query<{ cbs_code: string; youth_population: number }>(
    `SELECT m.cbs_code, m.youth_population FROM municipality m JOIN region r ON r.id = m.region_id WHERE r.code = 'ZHZ' ORDER BY m.cbs_code`)).rows;
  // Region-wide active contracts covering the simulated year, with their products (frequency per week or per period).
  const aanbod = (await pool.query<Aanbod>(`
    SELECT pr.agb_code AS agb, p.category AS categorie, p.code, p.unit AS eenheid, p.frequency AS frequentie,
           coalesce(p.norm_duration_days, 180) AS duur, to_char(c.end_date, 'YYYY-MM-DD') AS "contractEinde"
    FROM contract c JOIN provider pr ON pr.id = c.provider_id JOIN region r ON r.id = c.region_id AND r.code = 'ZHZ'
    JOIN product p ON p.segment_id = c.segment_id
    WHERE c.status = 'active' AND c.municipality_id IS NULL AND c.start_date <= $1 AND c.end_date >= $2 AND p.unit <> '83'
    ORDER BY pr.agb_code, p.code`, [van, tot])).rows;
  if (!gemeenten.length || !aanbod.length) throw new Error('demo traffic: no demo region with contracts covering the year');
  const gewicht = gemeenten.flatMap((g) => Array(Math.max(1, Math.round(g.youth_population / 2000))).fill(g.cbs_code) as string[]);

  let dag = van;
  const bronnen = maakBronnen({ vandaag: () => dag });
  const deps = standaardDeps({ bronnen });
  const zorgOpts = { uitgaand: deps, nu: () => new Date(`${dag}T09:00:00Z`) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jr-demo-verkeer-'));
  const jr = jeugdregieOpPostbus(pool, dir, deps, 1, { projector: false });
  const sims = new Map<string, AanbiederSimulator>();
  const sim = (agb: string) => {
    let s = sims.get(agb);
    if (!s) {
      s = new AanbiederSimulator({ agb, transport: directoryTransport(dir, agb), seed: (opts.seed ?? 2026) + sims.size, vandaag: () => dag, bronnen });
      sims.set(agb, s);
    }
    return s;
  };

  const agenda = new Map<number, (() => Promise<void>)[]>();
  const plan = (d: string, f: () => Promise<void>) => {
    const k = dagNr(d);
    if (k > dagNr(tot)) return;
    const l = agenda.get(k) ?? [];
    l.push(f);
    agenda.set(k, l);
  };
  const verslag: DemoVerkeerVerslag = { clienten: n, berichten: {}, toewijzingen: 0, afgewezen: 0, starts: 0, stops: 0, lopend: 0, vervolgVerzoeken: 0, ms: 0 };
  const verzoekId = async (ref: string) =>
    (await pool.query<{ id: string; gemeente_code: string }>(`SELECT id::text, gemeente_code FROM verzoek WHERE referentie_aanbieder = $1`, [ref])).rows[0];

  /**
   * A further request for a client who already had one (monitoring: stacking, recidive, re-indication), chosen by turn
   * (client index), not by the seeded random sequence: allocated two working days later and started on its
   * Ingangsdatum, so it is declared like every other allocation.
   */
  const vervolg = (b: Aanbod, g: string, client: SimClient, aanvraag: string, ingang: string, dagen: number, i: number) => {
    const eind = [plus(ingang, dagen), b.contractEinde].sort()[0]!;
    if (dagNr(eind) - dagNr(ingang) < 28) return;
    plan(aanvraag, async () => {
      const v = await sim(b.agb).vraagToewijzing({ gemeente: g, client, product: { categorie: b.categorie, code: b.code }, ingangsdatum: ingang, einddatum: eind,
        omvang: { volume: 1, eenheid: b.eenheid, frequentie: b.frequentie }, verwijzer: DEMO_VERWIJZERS[(i + 3) % DEMO_VERWIJZERS.length] });
      verslag.vervolgVerzoeken++;
      plan(plus(aanvraag, 2), async () => {
        const r = await verzoekId(v.referentie);
        if (!r) return;
        const res = await withTransaction(pool, (tx) => allocateVerzoek(tx, { gemeenteCode: g, verzoekId: r.id }, zorgOpts));
        verslag.toewijzingen++;
        const nr = res.toewijzingen[0]!.toewijzing_nummer;
        plan(ingang, async () => {
          if (!sim(b.agb).staat.toewijzingen[`${g}:${nr}`]) return;
          await sim(b.agb).start({ gemeente: g, toewijzingNummer: nr, begindatum: ingang });
          verslag.starts++;
        });
      });
    });
  };

  for (let i = 0; i < n; i++) {
    const a = kies(aanbod);
    const g = kies(gewicht);
    const s = sim(a.agb);
    const aanvraag = plus(van, Math.floor((i / n) * (dagNr(tot) - dagNr(van) - 20)));
    const lot = rnd();
    const ingang = plus(aanvraag, 7 + Math.floor(rnd() * 14));
    const eind = [plus(ingang, Math.max(28, Math.round(a.duur * (0.6 + rnd() * 0.6)))), a.contractEinde].sort()[0]!;
    const volume = a.frequentie === '6' ? 1 : 1 + Math.floor(rnd() * 4);
    const lopen = { early: rnd() < 0.3, pauze: rnd() < 0.1, vow: rnd() < 0.1, startNa: 1 + Math.floor(rnd() * 5), reden: kies(['32', '33', '34', '35']) };
    plan(aanvraag, async () => {
      const v = await s.vraagToewijzing({ gemeente: g, product: { categorie: a.categorie, code: a.code }, ingangsdatum: ingang, einddatum: eind,
        omvang: { volume, eenheid: a.eenheid, frequentie: a.frequentie }, verwijzer: DEMO_VERWIJZERS[i % DEMO_VERWIJZERS.length] });
      // The municipality decides two working days later.
      plan(plus(aanvraag, 2), async () => {
        const r = await verzoekId(v.referentie);
        if (!r) return; // refused by the JW316
        const besluit = async () => {
          if (lot < 0.08) {
            await withTransaction(pool, (tx) => rejectVerzoek(tx, { gemeenteCode: g, verzoekId: r.id, redenAfwijzing: kies(['1', '2', '3']) }, zorgOpts));
            verslag.afgewezen++;
            return;
          }
          await registreerBrpAdres(pool, g, v.client.bsn);
          const res = await withTransaction(pool, (tx) => allocateVerzoek(tx, { gemeenteCode: g, verzoekId: r.id }, zorgOpts));
          verslag.toewijzingen++;
          const nr = res.toewijzingen[0]!.toewijzing_nummer;
          // Stacking: every 7th client also gets care from a second provider, from two weeks in.
          const ander = aanbod.find((x, k) => x.agb !== a.agb && k >= i % aanbod.length) ?? aanbod.find((x) => x.agb !== a.agb);
          if (i % 7 === 4 && ander) vervolg(ander, g, v.client, plus(aanvraag, 4), plus(ingang, 14), 90, i);
          const start = plus(ingang, lopen.startNa);
          plan(start, async () => {
            if (!s.staat.toewijzingen[`${g}:${nr}`]) return;
            await s.start({ gemeente: g, toewijzingNummer: nr, begindatum: start });
            verslag.starts++;
            let begin = start;
            if (lopen.pauze) {
              const p = plus(start, 20);
              plan(p, () => s.stop({ gemeente: g, toewijzingNummer: nr, begindatum: start, redenBeeindiging: '20', einddatum: p }).then(() => undefined));
              begin = plus(p, 14);
              plan(begin, () => s.start({ gemeente: g, toewijzingNummer: nr, begindatum: begin }).then(() => undefined));
            }
            let einde = eind;
            let vervolgAllocatie = false;
            const nieuwEind = [plus(eind, 90), a.contractEinde].sort()[0]!;
            if (i % 6 === 1 && !lopen.early && dagNr(eind) - dagNr(start) > 60 && dagNr(nieuwEind) - dagNr(eind) > 28) {
              // Every 6th client's provider asks (JW317) for a follow-on allocation of the same product (a re-indication),
              // the current one unchanged; it starts the day after the current one ends. By turn, not by the random sequence.
              vervolgAllocatie = true;
              const w = plus(start, 40);
              plan(w, async () => {
                const t = s.toewijzing(g, nr);
                const vw = await s.vraagWijziging({ gemeente: g, bsn: t.bsn, redenVerzoek: '1', ongewijzigd: [nr],
                  nieuw: [{ product: { categorie: a.categorie, code: a.code }, ingangsdatum: plus(eind, 1), einddatum: nieuwEind, omvang: t.omvang }] });
                plan(plus(w, 2), async () => {
                  const rw = await verzoekId(vw.referentie);
                  if (!rw) return;
                  const res = await withTransaction(pool, (tx) => allocateVerzoek(tx, { gemeenteCode: g, verzoekId: rw.id }, zorgOpts));
                  const nr2 = res.toewijzingen.find((x) => x.toewijzing_nummer !== nr)?.toewijzing_nummer;
                  if (nr2 === undefined) return;
                  verslag.toewijzingen++;
                  plan(plus(eind, 1), async () => {
                    if (!s.staat.toewijzingen[`${g}:${nr2}`]) return;
                    await s.start({ gemeente: g, toewijzingNummer: nr2, begindatum: plus(eind, 1) });
                    verslag.starts++;
                  });
                });
              });
            } else if (lopen.vow && !lopen.early && dagNr(eind) - dagNr(start) > 60) {
              const w = plus(start, 40);
              plan(w, async () => {
                const t = s.toewijzing(g, nr);
                const vw = await s.vraagWijziging({ gemeente: g, bsn: t.bsn, redenVerzoek: '1',
                  teWijzigen: [{ toewijzingNummer: nr, gewensteIngangsdatum: t.ingangsdatum, einddatum: nieuwEind, omvang: t.omvang }] });
                plan(plus(w, 2), async () => {
                  const rw = await verzoekId(vw.referentie);
                  if (rw) await withTransaction(pool, (tx) => allocateVerzoek(tx, { gemeenteCode: g, verzoekId: rw.id }, zorgOpts));
                });
              });
              einde = nieuwEind;
            }
            if (lopen.early) einde = plus(begin, Math.max(21, Math.floor((dagNr(eind) - dagNr(begin)) * 0.5)));
            const reden = lopen.early ? lopen.reden : '31';
            plan(plus(einde, 1), async () => {
              await s.stop({ gemeente: g, toewijzingNummer: nr, begindatum: begin, redenBeeindiging: reden, einddatum: einde });
              verslag.stops++;
            });
            // Recidive and re-indication: every 5th client whose care ended by plan is back a month later for the same product.
            if (i % 5 === 2 && !lopen.early && !vervolgAllocatie) vervolg(a, g, v.client, plus(einde, 30), plus(einde, 37), 120, i);
          });
        };
        if (lot > 0.9) {
          await withTransaction(pool, (tx) => investigateVerzoek(tx, { gemeenteCode: g, verzoekId: r.id }, zorgOpts));
          plan(plus(aanvraag, 9), besluit);
        } else await besluit();
      });
    });
  }

  // Monthly declarations: on the 3rd, every provider declares the month before at every municipality it served.
  const declaraties = opts.declaraties === false ? undefined
    : new DemoDeclaraties(pool, opts.seed ?? 2026, gemeenten.map((g) => g.cbs_code), plan, () => dag);
  if (declaraties) {
    for (let m = eersteVanMaand(van); plus(volgendeMaand(m), 2) <= tot; m = volgendeMaand(m)) {
      const maand = m;
      plan(plus(volgendeMaand(m), 2), () => declaraties.declareerMaand([...sims.values()], maand));
    }
  }

  try {
    for (let k = dagNr(van); k <= dagNr(tot); k++) {
      const taken = agenda.get(k);
      if (!taken) continue;
      dag = datum(k);
      agenda.delete(k);
      for (const t of taken) await t();
      // Jeugdregie works through the uploads, the providers answer, Jeugdregie takes the answers in.
      await jr.pomp();
      for (const s of sims.values()) await s.verwerkPost();
      await jr.pomp();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // The projector's turn, once for the whole year (batches of the queue): the demo answers every monitoring question.
  await leegMonitoringWachtrij(pool);
  const { rows } = await pool.query<{ type: string; n: number }>(`SELECT type, count(*)::int AS n FROM bericht GROUP BY type ORDER BY type`);
  for (const r of rows) verslag.berichten[r.type] = r.n;
  verslag.lopend = verslag.starts - verslag.stops;
  if (declaraties) verslag.declaraties = await declaraties.verslag();
  verslag.ms = Math.round(performance.now() - t0);
  return verslag;
}

export function beschrijfDemoVerkeer(v: DemoVerkeerVerslag): string {
  const totaal = Object.values(v.berichten).reduce((a, b) => a + b, 0);
  return `demo traffic: a year for ${v.clienten} clients in ${(v.ms / 1000).toFixed(1)} s — ${totaal} messages ` +
    `(${Object.entries(v.berichten).map(([t, c]) => `${t} ${c}`).join(', ')}), ${v.toewijzingen} allocations (${v.vervolgVerzoeken} follow-on requests), ${v.afgewezen} rejected requests, ` +
    `${v.starts} starts, ${v.stops} stops` + (v.declaraties ? `\n${beschrijfDeclaraties(v)}` : '');
}

const euro = (cents: number) => `€${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The declarations line of the demo-traffic summary. */
export function beschrijfDeclaraties(v: DemoVerkeerVerslag): string {
  const d = v.declaraties!;
  const codes = Object.entries(d.perCode).map(([c, n]) => `${c} ${n}`).join(', ');
  return `demo declarations: ${v.berichten.JW323 ?? 0} JW323 → ${v.berichten.JW325 ?? 0} JW325 (${d.nietVerwerkt} refused whole), ` +
    `${d.prestatiesToegekend} prestaties approved (${euro(d.toegekendCents)}, ${d.credits} credits), ${d.prestatiesAfgewezen} rejected ` +
    `(${euro(d.afgewezenCents)}) of ${euro(d.ingediendCents)} declared; ${euro(d.geboektCents)} booked on budgets; refusals by code: ${codes || 'none'}`;
}

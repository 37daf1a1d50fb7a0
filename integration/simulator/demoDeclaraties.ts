/**
 * The monthly declarations of the demo traffic (demoVerkeer.ts): on the 3rd of every month each simulated provider
 * sends one JW323 per municipality for the month before (AanbiederSimulator.declareer: what it allocated and
 * started, at the contract price it knows), through the same directory transport and pipeline; the JW325s come
 * back to it the same day.
 *
 * A seeded minority of the lines is wrong in the ways regions complain about most, so the demo's GraphQL shows
 * refusals per code next to the approved spend on the budgets:
 * - `tarief`: last year's price in a new year (the indexation missed), or next year's in December → TR418 (0611);
 * - `periodeVoor`: a ProductPeriode from the 1st for an allocation that began later in the month → TR307 (9307,
 *   with TR387 9387); `periodeNa`: up to the month's end for one that ended earlier → TR308 (9308, with TR388 9388);
 * - `volume`: a quarter more than the Omvang allows in the period → TR321 (9321, sometimes TR322 9322);
 * - `dubbelNummer`: a declaration sent with last month's DeclaratieNummer → TR333 (9333, the whole declaration is
 *   refused, IV087); the provider sends it again with a new number the next day;
 * - `credits`: a line of an earlier, fully approved declaration credited (DebetCredit C, VorigReferentieNummer),
 *   with a corrected debet of three quarters of the volume for the same period when the volume allows → approved.
 * Every kind not seen yet is forced at its first opportunity from March on, so a small demo shows each of them.
 * `fouten` counts what was injected: the refusals in the database must be exactly these.
 */
import type { Pool } from 'pg';
import { eersteVanMaand, laatsteVanMaand } from '../declaraties/datums.js';
import { omvangInPeriode } from '../declaraties/omvang.js';
import type { AanbiederSimulator } from './aanbieder.js';
import { mulberry32 } from './mulberry32.js';
import type { JW323Prestatie } from '../ijw/generated/JW323.generated.js';

export interface DemoDeclaratieFouten {
  tarief: number;
  periodeVoor: number;
  periodeNa: number;
  volume: number;
  dubbelNummer: number;
  credits: number;
  /** Corrected debets sent with a credit. */
  correcties: number;
}

export interface DemoDeclaratieVerslag {
  /** Declarations stored (one per JW323), of which refused as a whole (TR333/TR318). */
  declaraties: number;
  nietVerwerkt: number;
  prestatiesToegekend: number;
  prestatiesAfgewezen: number;
  ingediendCents: number;
  toegekendCents: number;
  afgewezenCents: number;
  /** Approved credit prestaties. */
  credits: number;
  /** Booked on budgets (budget_boeking, approved, signed). */
  geboektCents: number;
  /** Rejected prestaties per return code, and refused declarations per Declaratie code. */
  perCode: Record<string, number>;
  fouten: DemoDeclaratieFouten;
}

type Prestatie = JW323Prestatie;
interface Client {
  Bsn: string;
  Prestaties: { Prestatie: Prestatie[] };
}

/** An approved-looking debet line we sent, to credit later once its JW325 approved everything. */
interface Verzonden {
  identificatie: string;
  bsn: string;
  p: Prestatie;
}

type Soort = Exclude<keyof DemoDeclaratieFouten, 'correcties'>;

/** Contract prices per `${agb}:${gemeente}:${categorie}${code}` for one day. */
const PRIJZEN_SQL = `
  SELECT DISTINCT ON (c.provider_id, m.cbs_code, p.id) pr.agb_code AS agb, m.cbs_code AS gemeente, p.category AS categorie, p.code,
         t.price_cents::float8 AS prijs
  FROM municipality m
  JOIN region r ON r.id = m.region_id AND r.code = 'ZHZ'
  JOIN product p ON p.region_id = m.region_id AND p.code IS NOT NULL
  JOIN contract c ON c.region_id = m.region_id AND c.segment_id = p.segment_id AND (c.municipality_id IS NULL OR c.municipality_id = m.id)
                 AND c.status = 'active' AND c.start_date <= $1::date AND (c.end_date IS NULL OR c.end_date >= $1::date)
  JOIN provider pr ON pr.id = c.provider_id
  JOIN LATERAL (
    SELECT tt.price_cents FROM tariff tt
    WHERE tt.product_id = p.id AND (tt.contract_id = c.id OR tt.region_id = m.region_id)
      AND tt.valid_from <= $1::date AND (tt.valid_to IS NULL OR tt.valid_to >= $1::date)
    ORDER BY (tt.contract_id IS NOT NULL) DESC LIMIT 1) t ON true
  ORDER BY c.provider_id, m.cbs_code, p.id, (c.municipality_id IS NOT NULL) DESC, c.start_date DESC, c.id`;

const plusJaar = (d: string, n: number) => `${Number(d.slice(0, 4)) + n}${d.slice(4)}`;
const dagPlus = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export class DemoDeclaraties {
  readonly fouten: DemoDeclaratieFouten = { tarief: 0, periodeVoor: 0, periodeNa: 0, volume: 0, dubbelNummer: 0, credits: 0, correcties: 0 };
  private readonly rnd: () => number;
  private readonly prijzen = new Map<string, Promise<Map<string, number>>>();
  /** Per provider: the DeclaratieNummers it used (accepted ones), newest last. */
  private readonly nummers = new Map<string, string[]>();
  /** Per `${agb}:${gemeente}`: debet lines sent, candidates for a later credit. */
  private readonly creditbaar = new Map<string, Verzonden[]>();

  constructor(
    private readonly pool: Pool,
    seed: number,
    private readonly gemeenten: readonly string[],
    /** Schedule a task on a later simulated day (the demo's agenda). */
    private readonly plan: (dag: string, taak: () => Promise<void>) => void,
    private readonly vandaag: () => string,
  ) {
    this.rnd = mulberry32(seed * 31 + 0x5eed);
  }

  private prijslijst(dag: string): Promise<Map<string, number>> {
    let p = this.prijzen.get(dag);
    if (!p) {
      p = this.pool.query<{ agb: string; gemeente: string; categorie: string; code: string; prijs: number }>(PRIJZEN_SQL, [dag])
        .then(({ rows }) => new Map(rows.map((r) => [`${r.agb}:${r.gemeente}:${r.categorie}${r.code}`, r.prijs])));
      this.prijzen.set(dag, p);
    }
    return p;
  }

  private moet(soort: Soort, maand: string): boolean {
    return this.fouten[soort] === 0 && maand >= '2026-03-01';
  }

  /** Every provider declares `maand` (any date in it) at every municipality where it delivered. */
  async declareerMaand(sims: readonly AanbiederSimulator[], maand: string): Promise<void> {
    const mBegin = eersteVanMaand(maand);
    const nu = await this.prijslijst(mBegin);
    const vorigJaar = await this.prijslijst(plusJaar(mBegin, -1));
    const volgendJaar = await this.prijslijst(plusJaar(mBegin, 1));
    for (const s of sims) {
      const metToewijzing = new Set(s.actueleToewijzingen().map((t) => t.gemeente));
      for (const g of this.gemeenten) {
        if (!metToewijzing.has(g)) continue;
        const tarief = (c: string, code: string) => nu.get(`${s.agb}:${g}:${c}${code}`);
        const eerdere = this.nummers.get(s.agb) ?? [];
        if (eerdere.length && (this.rnd() < 0.02 || this.moet('dubbelNummer', mBegin))) {
          // Last month's DeclaratieNummer again: refused whole (9333); sent again properly the next day.
          const r = await s.declareer(g, mBegin, tarief, { declaratieNummer: eerdere[eerdere.length - 1]! });
          if (r) {
            this.fouten.dubbelNummer++;
            this.plan(dagPlus(this.vandaag(), 1), () => this.stuur(s, g, mBegin, tarief, vorigJaar, volgendJaar));
            continue;
          }
        }
        await this.stuur(s, g, mBegin, tarief, vorigJaar, volgendJaar);
      }
    }
  }

  private async stuur(s: AanbiederSimulator, g: string, mBegin: string, tarief: (c: string, code: string) => number | undefined,
    vorigJaar: Map<string, number>, volgendJaar: Map<string, number>): Promise<void> {
    const mEind = laatsteVanMaand(mBegin);
    const sleutel = `${s.agb}:${g}`;
    const verzonden: Verzonden[] = [];
    const r = await s.declareer(g, mBegin, tarief, {
      bewerk: (d, identificatie) => {
        const clienten = (d.Clienten as { Client: Client[] }).Client;
        for (const c of clienten) {
          for (const p of c.Prestaties.Prestatie) {
            if (p.ProductTarief === undefined) continue;
            const x = this.rnd();
            const sleutelProduct = `${sleutel}:${p.ProductCategorie}${p.ProductCode}`;
            const t = s.toewijzing(g, p.ToewijzingNummer);
            if (x < 0.04 || this.moet('tarief', mBegin)) {
              // New year, old price (or December's line already at next year's price).
              const fout = (mBegin.endsWith('-12-01') ? volgendJaar : vorigJaar).get(sleutelProduct);
              p.ProductTarief = fout !== undefined && fout !== p.ProductTarief ? fout : Math.round(p.ProductTarief * 1.0385);
              p.IngediendBedrag.Bedrag = p.GeleverdVolume * p.ProductTarief;
              this.fouten.tarief++;
            } else if ((x < 0.06 || this.moet('volume', mBegin)) && t.omvang) {
              const max = omvangInPeriode(t.omvang.volume, t.omvang.frequentie, p.ProductPeriode.Begindatum, p.ProductPeriode.Einddatum) ?? p.GeleverdVolume;
              p.GeleverdVolume = max + Math.max(1, Math.ceil(max / 4));
              p.IngediendBedrag.Bedrag = p.GeleverdVolume * p.ProductTarief;
              this.fouten.volume++;
            } else if (p.ProductPeriode.Begindatum > mBegin && (x > 0.85 || this.moet('periodeVoor', mBegin))) {
              p.ProductPeriode.Begindatum = mBegin; // the whole month, though the allocation began later
              this.fouten.periodeVoor++;
            } else if (p.ProductPeriode.Einddatum < mEind && (x > 0.85 || this.moet('periodeNa', mBegin))) {
              p.ProductPeriode.Einddatum = mEind; // the whole month, though the allocation ended earlier
              this.fouten.periodeNa++;
            } else verzonden.push({ identificatie, bsn: c.Bsn, p: structuredClone(p) });
          }
        }
        // Now and then a line of an earlier, fully approved declaration turns out wrong: credit it (and correct it).
        const kandidaten = (this.creditbaar.get(sleutel) ?? []).filter((v) => s.staat.verzonden[v.identificatie]?.retourcodes?.includes('8001'));
        if (kandidaten.length && (this.rnd() < 0.05 || this.moet('credits', mBegin))) {
          // (ReferentieNummers: the simulator numbers lines `${identificatie}${n in base 36}`; 'zz…' is far beyond them.)
          const v = kandidaten[Math.floor(this.rnd() * kandidaten.length)]!;
          this.creditbaar.set(sleutel, this.creditbaar.get(sleutel)!.filter((w) => w !== v));
          const nieuw: Prestatie[] = [{
            ...structuredClone(v.p), ProductReferentie: { ReferentieNummer: `${identificatie}zzc`, VorigReferentieNummer: v.p.ProductReferentie.ReferentieNummer },
            IngediendBedrag: { Bedrag: v.p.IngediendBedrag.Bedrag, DebetCredit: 'C' },
          }];
          this.fouten.credits++;
          if (v.p.GeleverdVolume >= 2 && v.p.ProductTarief !== undefined) {
            const volume = Math.ceil((v.p.GeleverdVolume * 3) / 4);
            nieuw.push({ ...structuredClone(v.p), ProductReferentie: { ReferentieNummer: `${identificatie}zzd` }, GeleverdVolume: volume,
              IngediendBedrag: { Bedrag: volume * v.p.ProductTarief, DebetCredit: 'D' } });
            this.fouten.correcties++;
          }
          const c = clienten.find((x) => x.Bsn === v.bsn);
          if (c) c.Prestaties.Prestatie.push(...nieuw);
          else clienten.push({ Bsn: v.bsn, Prestaties: { Prestatie: nieuw } });
        }
      },
    });
    if (!r) return;
    const l = this.nummers.get(s.agb) ?? [];
    l.push(r.identificatie);
    this.nummers.set(s.agb, l);
    const c = this.creditbaar.get(sleutel) ?? [];
    c.push(...verzonden);
    this.creditbaar.set(sleutel, c);
  }

  /** What the declarations loaded, from the database. */
  async verslag(): Promise<DemoDeclaratieVerslag> {
    const d = (await this.pool.query<Record<string, string | number>>(`
      SELECT count(*)::int AS declaraties, count(*) FILTER (WHERE status = 'niet_verwerkt')::int AS niet_verwerkt,
             coalesce(sum(aantal_toegekend), 0)::int AS toegekend, coalesce(sum(aantal_afgewezen), 0)::int AS afgewezen,
             coalesce(sum(ingediend_cents), 0)::float8 AS ingediend_cents, coalesce(sum(toegekend_cents), 0)::float8 AS toegekend_cents,
             coalesce(sum(afgewezen_cents), 0)::float8 AS afgewezen_cents,
             (SELECT count(*)::int FROM prestatie WHERE debet_credit = 'C' AND toegekend) AS credits,
             (SELECT coalesce(sum(toegekend_cents), 0)::float8 FROM budget_boeking) AS geboekt_cents
      FROM declaratie`)).rows[0]!;
    const codes = (await this.pool.query<{ code: string; n: number }>(`
      SELECT code, sum(n)::int AS n FROM (
        SELECT rc AS code, count(*) AS n FROM prestatie CROSS JOIN LATERAL unnest(retourcodes) rc WHERE NOT toegekend GROUP BY 1
        UNION ALL
        SELECT rc, count(*) FROM declaratie CROSS JOIN LATERAL unnest(retourcodes) rc WHERE status = 'niet_verwerkt' GROUP BY 1) x
      GROUP BY code ORDER BY code`)).rows;
    return {
      declaraties: Number(d.declaraties), nietVerwerkt: Number(d.niet_verwerkt), prestatiesToegekend: Number(d.toegekend),
      prestatiesAfgewezen: Number(d.afgewezen), ingediendCents: Number(d.ingediend_cents), toegekendCents: Number(d.toegekend_cents),
      afgewezenCents: Number(d.afgewezen_cents), credits: Number(d.credits), geboektCents: Number(d.geboekt_cents),
      perCode: Object.fromEntries(codes.map((r) => [r.code, r.n])), fouten: { ...this.fouten },
    };
  }
}

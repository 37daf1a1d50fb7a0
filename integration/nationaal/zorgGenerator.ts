/**
 * Generates the care rows of one batch of municipalities in memory, shaped as the real path writes them
 * (integration/zorg, integration/declaraties, integration/jobs/termijnen): clients, requests (JW315/JW317), allocations
 * with their first history row, starts and stops, declarations with their prestaties, deadline signals, and one
 * `bericht` row per message. zorg.ts loads a batch; the assumptions are in zorgModel.ts.
 *
 * Where the bulk rows differ from the real path's (and why it does not change a projection):
 * - bericht rows are minimal: kanaal 'bulk', empty raw, no parsed JSON; no retourberichten (JW302/306/308/316/325)
 *   and no bericht_koppeling links. The projections read the care and declaration tables, not the message bodies.
 * - no credits, and rejections only for a wrong tariff (0611); every other prestatie is approved.
 */
import { addWerkdagen } from '../calendar/index.js';
import { pseudoniem } from '../zorg/pseudoniem.js';
import type { CopyWaarde } from './copy.js';
import { dag, iso, maandBegin, volgendeMaand, weekdag } from './datum.js';
import {
  AFWIJZING, EIND, FOUT_TARIEF, GEEN_JW302, HERINDICATIE_JW317, MELDVERTRAGING_DAGEN, NOOIT_GESTART, RECIDIVE, SEGMENT_ZORG, STAPELING,
  TOEWIJZING_MAX_DAGEN, VERWIJZERS,
} from './zorgModel.js';
import { contractenVan, contractInForce, productenVan, tariefOp } from './zorgInkoop.js';
import type { ContractInfo, GemeenteInfo, ProductInfo, ZorgInkoop } from './zorgInkoop.js';
import { Toeval, cumulatief, kiesGewogen } from './toeval.js';

/** Next id per table (identity columns get explicit values: OVERRIDING SYSTEM VALUE). */
export interface Tellers {
  bericht: bigint;
  client: bigint;
  verzoek: bigint;
  toewijzing: bigint;
  toewijzing_historie: bigint;
  start_product: bigint;
  stop_product: bigint;
  declaratie: bigint;
  prestatie: bigint;
  signalering: bigint;
  toewijzing_nummer: bigint;
}

export interface Batch {
  bericht: CopyWaarde[][];
  client: CopyWaarde[][];
  verzoek: CopyWaarde[][];
  toewijzing: CopyWaarde[][];
  toewijzing_historie: CopyWaarde[][];
  start_product: CopyWaarde[][];
  stop_product: CopyWaarde[][];
  declaratie: CopyWaarde[][];
  prestatie: CopyWaarde[][];
  signalering: CopyWaarde[][];
}

export const KOLOMMEN: { readonly [T in keyof Batch]: readonly string[] } = {
  bericht: ['id', 'richting', 'type', 'afzender', 'ontvanger', 'identificatie', 'dagtekening', 'gemeente_code', 'inhoud_hash', 'raw', 'status',
    'kanaal', 'ontvangen_op', 'verwerkt_op', 'verzonden_op', 'bevestigd_op', 'gewijzigd_op'],
  client: ['gemeente_code', 'id', 'bsn', 'pseudoniem', 'geboortedatum', 'created_at', 'updated_at'],
  verzoek: ['gemeente_code', 'id', 'soort', 'aanbieder_agb', 'client_id', 'referentie_aanbieder', 'gevraagd', 'reden_verzoek', 'status',
    'reden_afwijzing', 'bericht_id', 'ontvangen_op', 'besluit_bericht_id', 'besloten_op', 'created_at', 'updated_at'],
  toewijzing: ['gemeente_code', 'id', 'toewijzing_nummer', 'aanbieder_agb', 'client_id', 'product_id', 'product_categorie', 'product_code',
    'contract_id', 'tariff_id', 'ingangsdatum', 'einddatum', 'volume', 'eenheid', 'frequentie', 'status', 'toewijzingsdatum', 'toewijzingstijd',
    'referentie_aanbieder', 'verzoek_id', 'jw302_status', 'jw302_retourcodes', 'laatste_bericht_id', 'created_at', 'updated_at'],
  toewijzing_historie: ['gemeente_code', 'id', 'toewijzing_id', 'actie', 'ingangsdatum', 'einddatum', 'volume', 'eenheid', 'frequentie',
    'contract_id', 'tariff_id', 'verzoek_id', 'bericht_id', 'gewijzigd_op'],
  start_product: ['gemeente_code', 'id', 'client_id', 'aanbieder_agb', 'toewijzing_nummer', 'toewijzing_id', 'product_categorie', 'product_code',
    'toewijzing_ingangsdatum', 'begindatum', 'bericht_id', 'created_at'],
  stop_product: ['gemeente_code', 'id', 'client_id', 'aanbieder_agb', 'toewijzing_nummer', 'toewijzing_id', 'start_product_id', 'product_categorie',
    'product_code', 'toewijzing_ingangsdatum', 'begindatum', 'reden_beeindiging', 'einddatum', 'bericht_id', 'created_at'],
  declaratie: ['gemeente_code', 'id', 'aanbieder_agb', 'declaratie_nummer', 'periode_begin', 'periode_eind', 'dagtekening', 'ingediend_cents',
    'status', 'bericht_id', 'ontvangen_op'],
  prestatie: ['gemeente_code', 'id', 'declaratie_id', 'aanbieder_agb', 'volgnummer', 'client_volgnummer', 'prestatie_index', 'bsn', 'client_id',
    'toewijzing_id', 'toewijzing_nummer', 'referentie_nummer', 'product_categorie', 'product_code', 'product_id', 'segment_id', 'contract_id',
    'periode_begin', 'periode_eind', 'geleverd_volume', 'eenheid', 'product_tarief_cents', 'ingediend_cents', 'debet_credit', 'volume_toewijzing',
    'verwacht_tarief_cents', 'toegekend', 'retourcodes', 'redenen'],
  signalering: ['id', 'regel', 'bericht_id', 'toewijzing_id', 'gemeente_code', 'omschrijving', 'uiterlijk', 'gesignaleerd_op'],
};

export function legeBatch(): Batch {
  return { bericht: [], client: [], verzoek: [], toewijzing: [], toewijzing_historie: [], start_product: [], stop_product: [], declaratie: [],
    prestatie: [], signalering: [] };
}

/** sha256 of the empty raw every bulk bericht carries (bytea hex input; copy.ts escapes the backslash for COPY). */
const LEGE_HASH = '\\xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const EIND_DAG = dag(EIND);
const UITSTROOM: readonly { code: string; aandeel: number }[] = [
  { code: '31', aandeel: 0.6 }, { code: '32', aandeel: 0.12 }, { code: '33', aandeel: 0.05 }, { code: '34', aandeel: 0.12 },
  { code: '35', aandeel: 0.03 }, { code: '38', aandeel: 0.03 }, { code: '39', aandeel: 0.05 },
];
const UITSTROOM_CUM = cumulatief(UITSTROOM.map((u) => u.aandeel));
const VERWIJZER_CUM = cumulatief(VERWIJZERS.map((v) => v.aandeel));
const SEGMENT_NRS = Object.keys(SEGMENT_ZORG).map(Number);
const SEGMENT_CUM = cumulatief(SEGMENT_NRS.map((s) => SEGMENT_ZORG[s]!.aandeel));

const tijd = (d: number, uur: string) => `${iso(d)} ${uur}+00`;

interface ClientRij {
  id: bigint;
  bsn: string;
  gemeente: GemeenteInfo;
}

/** A declarable stretch of one allocation (what its prestaties cover). */
interface Levering {
  toewijzingId: bigint;
  nummer: bigint;
  client: ClientRij;
  contract: ContractInfo;
  product: ProductInfo;
  volume: number;
  begin: number;
  /** Last day delivered so far (stop, allocation end or EIND). */
  eind: number;
}

interface Oorsprong {
  soort: 'JW315' | 'JW317' | 'direct';
  verwijzer: string | null;
}

interface Uitkomst {
  /** Day the care ended for good (outflow) if it did. */
  uitstroom: number | null;
}

export class ZorgGenerator {
  readonly batch = legeBatch();
  private readonly leveringen: Levering[] = [];

  constructor(private readonly inkoop: ZorgInkoop, private readonly t: Tellers, private readonly toeval: Toeval,
    private readonly secret: string) {}

  private volgende(tabel: keyof Tellers): bigint {
    const id = this.t[tabel];
    this.t[tabel] = id + 1n;
    return id;
  }

  private bericht(richting: 'in' | 'uit', type: string, afzender: string, ontvanger: string, gemeente: string, d: number,
    opties: { status?: string; bevestigd?: number | null } = {}): bigint {
    const id = this.volgende('bericht');
    const moment = tijd(d, '09:00:00');
    const status = opties.status ?? (richting === 'in' ? 'processed' : 'acknowledged');
    this.batch.bericht.push([id, richting, type, afzender, ontvanger, id.toString(36).toUpperCase(), iso(d), gemeente, LEGE_HASH, '', status,
      'bulk', moment, richting === 'in' ? moment : null, richting === 'uit' ? moment : null,
      opties.bevestigd != null ? tijd(opties.bevestigd, '10:00:00') : null, moment]);
    return id;
  }

  /** One client and its episodes. `bsn` comes from bsnReeks (valid, unique). */
  client(gemeente: GemeenteInfo, bsn: string): void {
    const t = this.toeval;
    const client: ClientRij = { id: this.volgende('client'), bsn, gemeente };
    const begin = dag('2024-07-01');
    const eerste = begin + t.int(EIND_DAG - 14 - begin);
    const geboren = eerste - 365 * (t.int(17) + 1) + t.int(365);
    this.batch.client.push([gemeente.cbsCode, client.id, bsn, pseudoniem(bsn, this.secret), iso(geboren), tijd(eerste, '08:00:00'),
      tijd(eerste, '08:00:00')]);
    const segment = SEGMENT_NRS[kiesGewogen(t, SEGMENT_CUM)]!;
    const uitkomst = this.episode(client, segment, eerste, true);
    if (uitkomst.uitstroom !== null && t.kans(RECIDIVE)) {
      const opnieuw = uitkomst.uitstroom + 30 + t.int(300);
      if (opnieuw < EIND_DAG - 14) this.episode(client, SEGMENT_NRS[kiesGewogen(t, SEGMENT_CUM)]!, opnieuw, false);
    }
  }

  /** A care need: a request (or a direct decision), an allocation and its follow-ons, maybe a concurrent one. */
  private episode(client: ClientRij, segment: number, dag0: number, stapelbaar: boolean): Uitkomst {
    const t = this.toeval;
    const verwijzer = segment === 6 ? '08' : VERWIJZERS[kiesGewogen(t, VERWIJZER_CUM)]!.code;
    const oorsprong: Oorsprong = verwijzer === '01' && t.kans(0.5) ? { soort: 'direct', verwijzer: null } : { soort: 'JW315', verwijzer };
    const uitkomst = this.traject(client, segment, dag0, oorsprong, null, null);
    if (stapelbaar && t.kans(STAPELING)) {
      const ander = [3, 4, 7].filter((s) => s !== segment)[t.int(2)]!;
      const d = dag0 + t.int(60);
      if (d < EIND_DAG - 14) this.traject(client, ander, d, { soort: 'JW315', verwijzer: VERWIJZERS[kiesGewogen(t, VERWIJZER_CUM)]!.code }, null, null);
    }
    return uitkomst;
  }

  /**
   * One allocation from request to stop; when the care outlasts the allocation, a follow-on of the same product at the
   * same provider (re-indication), begun by the provider's JW317 or by the municipality.
   * `vervolg`: the product and provider of the allocation this one follows, and the care's planned last day.
   */
  private traject(client: ClientRij, segment: number, dag0: number, oorsprong: Oorsprong,
    vervolg: { product: ProductInfo; agb: string; zorgTot: number } | null, vorigeNummer: bigint | null): Uitkomst {
    const t = this.toeval;
    const g = client.gemeente;
    const model = SEGMENT_ZORG[segment]!;
    const ingang = vervolg ? dag0 : dag0 + Math.round(t.lognormaal(model.besluitDagen, 0.6));
    const besluit = vervolg ? Math.max(dag0 - 14, dag0 - 1 - Math.round(t.lognormaal(7, 0.5))) : ingang;
    if (ingang > EIND_DAG) {
      if (oorsprong.soort === 'JW315') this.openVerzoek(client, segment, dag0, oorsprong.verwijzer!);
      return { uitstroom: null };
    }
    const producten = productenVan(this.inkoop, g.regionId, segment);
    const kandidaten = contractenVan(this.inkoop, g, segment, ingang).filter((c) => !vervolg || c.agb === vervolg.agb);
    if (!producten.length || !kandidaten.length) return { uitstroom: null };
    const product = vervolg?.product ?? producten[t.int(producten.length)]!;
    const gekozen = kandidaten[t.int(kandidaten.length)]!;
    const einde = Math.min(ingang + TOEWIJZING_MAX_DAGEN - 1, gekozen.eind ?? Infinity);
    const contract = contractInForce(this.inkoop, g, segment, gekozen.agb, ingang, einde);
    if (!contract) return { uitstroom: null };
    const agb = contract.agb;
    const tarief = tariefOp(this.inkoop, contract, product, ingang);
    const volume = product.eenheid === '82' ? 1 : product.eenheid === '83' ? 1_000 + t.int(4_000)
      : Math.max(1, Math.round((product.normIntensiteit ?? 1) * (0.6 + 0.8 * t.getal())));

    // The request (JW315 from the provider, or its JW317 for a follow-on) and the municipality's answer.
    let verzoekId: bigint | null = null;
    let referentie: string | null = null;
    let verzoekRij: CopyWaarde[] | null = null; // pushed once the JW301 that answers it has an id
    if (oorsprong.soort !== 'direct') {
      const ontvangen = oorsprong.soort === 'JW317' ? besluit - 1 - t.int(10) : dag0;
      verzoekId = this.volgende('verzoek');
      referentie = `R${verzoekId.toString(36).toUpperCase()}`;
      const berichtId = this.bericht('in', oorsprong.soort, agb, g.cbsCode, g.cbsCode, ontvangen);
      const omvang = { Volume: volume, Eenheid: product.eenheid, Frequentie: product.frequentie };
      const gevraagd = oorsprong.soort === 'JW315'
        ? { ReferentieAanbieder: referentie, Product: { Categorie: product.categorie, Code: product.code }, ToewijzingIngangsdatum: iso(ingang),
          ToewijzingEinddatum: iso(einde), Omvang: omvang, Verwijzer: { Type: oorsprong.verwijzer } }
        : { ReferentieAanbieder: referentie, RedenVerzoek: '1',
          OngewijzigdeProducten: vorigeNummer === null ? undefined : { OngewijzigdProduct: [{ ToewijzingNummer: Number(vorigeNummer) }] },
          NieuweProducten: { NieuwProduct: [{ Product: { Categorie: product.categorie, Code: product.code }, GewensteIngangsdatum: iso(ingang),
            Einddatum: iso(einde), Omvang: omvang }] } };
      if (oorsprong.soort === 'JW315' && t.kans(AFWIJZING)) {
        const jw319 = this.bericht('uit', 'JW319', g.cbsCode, agb, g.cbsCode, ingang);
        this.batch.verzoek.push([g.cbsCode, verzoekId, 'JW315', agb, client.id, referentie, JSON.stringify(gevraagd), null, 'afgewezen',
          String(1 + t.int(4)), berichtId, iso(ontvangen), jw319, tijd(ingang, '09:00:00'), tijd(ontvangen, '09:00:00'), tijd(ingang, '09:00:00')]);
        return { uitstroom: null };
      }
      verzoekRij = [g.cbsCode, verzoekId, oorsprong.soort, agb, client.id, referentie, JSON.stringify(gevraagd),
        oorsprong.soort === 'JW317' ? '1' : null, 'toegewezen', null, berichtId, iso(ontvangen), null, tijd(besluit, '09:00:00'),
        tijd(ontvangen, '09:00:00'), tijd(besluit, '09:00:00')];
    }

    // The allocation (JW301), its first history row, and the provider's JW302 (or not: OP090).
    const id = this.volgende('toewijzing');
    const nummer = this.volgende('toewijzing_nummer');
    const geenJw302 = t.kans(GEEN_JW302);
    const jw301 = this.bericht('uit', 'JW301', g.cbsCode, agb, g.cbsCode, besluit,
      geenJw302 ? { status: 'sent' } : { bevestigd: besluit + 1 + t.int(2) });
    if (verzoekRij) {
      verzoekRij[12] = jw301;
      this.batch.verzoek.push(verzoekRij);
    }
    this.batch.toewijzing.push([g.cbsCode, id, nummer, agb, client.id, product.id, product.categorie, product.code, contract.id, tarief?.id ?? null,
      iso(ingang), iso(einde), volume, product.eenheid, product.frequentie, 'actueel', iso(besluit), '09:00:00', referentie, verzoekId,
      geenJw302 ? 'verzonden' : 'ontvangen', geenJw302 ? '{}' : '{0200}', jw301, tijd(besluit, '09:00:00'), tijd(besluit, '09:00:00')]);
    this.batch.toewijzing_historie.push([g.cbsCode, this.volgende('toewijzing_historie'), id, 'toegewezen', iso(ingang), iso(einde), volume,
      product.eenheid, product.frequentie, contract.id, tarief?.id ?? null, verzoekId, jw301, tijd(besluit, '09:00:00')]);
    if (geenJw302) this.signaal('OP090', jw301, null, g.cbsCode, `Geen retourbericht ontvangen op JW301 ${jw301.toString(36).toUpperCase()} aan ${agb}`, besluit);

    // Start (JW305): after the waiting time, reported a few days later; some allocations never start.
    const begin = vervolg ? ingang : ingang + Math.round(t.lognormaal(model.wachtDagen, 0.7));
    const startGemeld = begin + Math.round(t.lognormaal(MELDVERTRAGING_DAGEN, 0.6));
    const gestart = !t.kans(NOOIT_GESTART) && begin <= einde && startGemeld <= EIND_DAG;
    this.deadline('OP271', id, g.cbsCode, `Geen startbericht voor toewijzing ${nummer} van ${agb}`, Math.max(ingang, besluit),
      gestart ? startGemeld : null);
    if (!gestart) return { uitstroom: null };
    const startId = this.volgende('start_product');
    this.batch.start_product.push([g.cbsCode, startId, client.id, agb, nummer, id, product.categorie, product.code, iso(ingang), iso(begin),
      this.bericht('in', 'JW305', agb, g.cbsCode, g.cbsCode, startGemeld), tijd(startGemeld, '09:00:00')]);

    // Stop (JW307): at the end of care, or at the end of the allocation when care goes on under a follow-on.
    const zorgTot = vervolg?.zorgTot ?? begin + Math.max(1, Math.round(t.lognormaal(model.duurDagen, 0.6)));
    const doorlopend = zorgTot > einde;
    const stopDag = doorlopend ? einde : zorgTot;
    const jw317 = doorlopend && t.kans(HERINDICATIE_JW317);
    const reden = doorlopend ? (jw317 ? '37' : '36') : UITSTROOM[kiesGewogen(t, UITSTROOM_CUM)]!.code;
    const stopGemeld = stopDag + Math.round(t.lognormaal(MELDVERTRAGING_DAGEN, 0.6));
    const gestopt = stopDag <= EIND_DAG && stopGemeld <= EIND_DAG;
    if (einde < EIND_DAG) {
      this.deadline('OP272', id, g.cbsCode, `Geen stopbericht voor beëindigde toewijzing ${nummer} van ${agb}`, einde, gestopt ? stopGemeld : null);
    }
    if (gestopt) {
      this.batch.stop_product.push([g.cbsCode, this.volgende('stop_product'), client.id, agb, nummer, id, startId, product.categorie, product.code,
        iso(ingang), iso(begin), reden, iso(stopDag), this.bericht('in', 'JW307', agb, g.cbsCode, g.cbsCode, stopGemeld), tijd(stopGemeld, '09:00:00')]);
    }
    if (tarief && !product.taakgericht) {
      this.leveringen.push({ toewijzingId: id, nummer, client, contract, product, volume, begin, eind: Math.min(gestopt ? stopDag : EIND_DAG, einde) });
    }
    if (!doorlopend) return { uitstroom: gestopt ? stopDag : null };
    if (einde + 1 > EIND_DAG) return { uitstroom: null };
    return this.traject(client, segment, einde + 1, jw317 ? { soort: 'JW317', verwijzer: null } : { soort: 'direct', verwijzer: null },
      { product, agb, zorgTot }, nummer);
  }

  /** A JW315 received but not decided by EIND (status ontvangen). */
  private openVerzoek(client: ClientRij, segment: number, ontvangen: number, verwijzer: string): void {
    const t = this.toeval;
    const g = client.gemeente;
    const producten = productenVan(this.inkoop, g.regionId, segment);
    const kandidaten = contractenVan(this.inkoop, g, segment, ontvangen);
    if (!producten.length || !kandidaten.length) return;
    const product = producten[t.int(producten.length)]!;
    const agb = kandidaten[t.int(kandidaten.length)]!.agb;
    const id = this.volgende('verzoek');
    const referentie = `R${id.toString(36).toUpperCase()}`;
    const gevraagd = { ReferentieAanbieder: referentie, Product: { Categorie: product.categorie, Code: product.code },
      ToewijzingIngangsdatum: iso(ontvangen + 14), Verwijzer: { Type: verwijzer } };
    this.batch.verzoek.push([g.cbsCode, id, 'JW315', agb, client.id, referentie, JSON.stringify(gevraagd), null, 'ontvangen', null,
      this.bericht('in', 'JW315', agb, g.cbsCode, g.cbsCode, ontvangen), iso(ontvangen), null, null, tijd(ontvangen, '09:00:00'),
      tijd(ontvangen, '09:00:00')]);
  }

  /**
   * OP271 / OP272 as the deadline job (every 15 minutes) would have flagged them: the job flags on the first day `vandaag`
   * with werkdagenTerug(vandaag, 5) > `vanaf`, i.e. uiterlijk = the first working day after `vanaf`, flagged 5 working
   * days later — unless the message had arrived by then.
   */
  private deadline(regel: 'OP271' | 'OP272', toewijzingId: bigint, gemeente: string, omschrijving: string, vanaf: number, gemeld: number | null): void {
    const uiterlijk = addWerkdagen(iso(vanaf), 1);
    const vandaag = dag(addWerkdagen(uiterlijk, 5));
    if (vandaag > EIND_DAG || (gemeld !== null && gemeld <= vandaag)) return;
    this.batch.signalering.push([this.volgende('signalering'), regel, null, toewijzingId, gemeente, omschrijving, uiterlijk, tijd(vandaag, '00:15:00')]);
  }

  /** OP090 on our JW301: 3 working days after it was sent. */
  private signaal(regel: 'OP090', berichtId: bigint, toewijzingId: bigint | null, gemeente: string, omschrijving: string, verzonden: number): void {
    const uiterlijk = addWerkdagen(iso(verzonden), 1);
    const vandaag = dag(addWerkdagen(uiterlijk, 3));
    if (vandaag > EIND_DAG) return;
    this.batch.signalering.push([this.volgende('signalering'), regel, berichtId, toewijzingId, gemeente, omschrijving, uiterlijk,
      tijd(vandaag, '00:15:00')]);
  }

  /**
   * Declarations: per municipality × provider × month one JW323, sent on the 10th of the next month (those after EIND are
   * not sent yet). Effort products are declared per month, weekly products per week within the month; trajectories
   * (82) and budgets (83) once, in the month they start. A seeded few carry last year's tariff and are rejected (0611).
   */
  declareer(): void {
    const t = this.toeval;
    const perDeclaratie = new Map<string, { gemeente: string; agb: string; maand: number; regels: CopyWaarde[][]; clientVan: bigint[] }>();
    const voegToe = (l: Levering, van: number, tot: number, volume: number) => {
      const maand = maandBegin(van);
      const verstuurd = volgendeMaand(maand) + 9;
      if (verstuurd > EIND_DAG) return;
      const goed = tariefOp(this.inkoop, l.contract, l.product, van);
      if (!goed) return;
      const fout = t.kans(FOUT_TARIEF);
      const tarief = fout ? (tariefOp(this.inkoop, l.contract, l.product, van - 366)?.prijs ?? Math.round(goed.prijs * 0.96)) : goed.prijs;
      const key = `${l.client.gemeente.cbsCode}|${l.contract.agb}|${maand}`;
      let d = perDeclaratie.get(key);
      if (!d) perDeclaratie.set(key, d = { gemeente: l.client.gemeente.cbsCode, agb: l.contract.agb, maand, regels: [], clientVan: [] });
      d.clientVan.push(l.client.id);
      d.regels.push([l.client.gemeente.cbsCode, null, null, l.contract.agb, null, null, null, l.client.bsn, l.client.id, l.toewijzingId, l.nummer,
        null, l.product.categorie, l.product.code, l.product.id, l.product.segmentId, l.contract.id, iso(van), iso(tot), volume, l.product.eenheid,
        tarief, volume * tarief, 'D', volume, goed.prijs, !fout, fout ? '{0611}' : '{}',
        fout ? '{"TR418: ProductTarief wijkt af van het contractuele tarief"}' : '{}']);
    };
    for (const l of this.leveringen) {
      if (l.product.outputgericht) {
        voegToe(l, l.begin, Math.min(volgendeMaand(l.begin) - 1, l.eind), l.volume);
        continue;
      }
      for (let m = maandBegin(l.begin); m <= l.eind; m = volgendeMaand(m)) {
        const van = Math.max(m, l.begin);
        const tot = Math.min(volgendeMaand(m) - 1, l.eind);
        if (l.product.frequentie === '2') {
          for (let w = van; w <= tot; ) {
            const weekEind = Math.min(tot, w + 6 - weekdag(w));
            voegToe(l, w, weekEind, Math.max(1, Math.round((l.volume * (weekEind - w + 1)) / 7)));
            w = weekEind + 1;
          }
        } else {
          const dagen = tot - van + 1;
          voegToe(l, van, tot, Math.max(1, Math.min(dagen, Math.round((l.volume * dagen) / 30))));
        }
      }
    }
    const sleutels = [...perDeclaratie.keys()].sort();
    for (const key of sleutels) {
      const d = perDeclaratie.get(key)!;
      const id = this.volgende('declaratie');
      const volgorde = d.regels.map((_, i) => i).sort((a, b) => {
        const ra = d.regels[a]!;
        const rb = d.regels[b]!;
        return Number((ra[8] as bigint) - (rb[8] as bigint)) || Number((ra[9] as bigint) - (rb[9] as bigint))
          || (ra[17] as string).localeCompare(rb[17] as string);
      });
      const verstuurd = volgendeMaand(d.maand) + 9;
      const berichtId = this.bericht('in', 'JW323', d.agb, d.gemeente, d.gemeente, verstuurd);
      let som = 0;
      let clientNr = -1;
      let vorigeClient: bigint | null = null;
      let index = 0;
      volgorde.forEach((i, volgnummer) => {
        const r = d.regels[i]!;
        if (r[8] !== vorigeClient) {
          clientNr += 1;
          index = 0;
          vorigeClient = r[8] as bigint;
        }
        const prestatieId = this.volgende('prestatie');
        r[1] = prestatieId;
        r[2] = id;
        r[4] = volgnummer;
        r[5] = clientNr;
        r[6] = index++;
        r[11] = prestatieId.toString(36).toUpperCase();
        som += r[22] as number;
        this.batch.prestatie.push(r);
      });
      this.batch.declaratie.push([d.gemeente, id, d.agb, `N${id.toString(36).toUpperCase()}`, iso(d.maand), iso(volgendeMaand(d.maand) - 1),
        iso(verstuurd), som, 'in_verwerking', berichtId, tijd(verstuurd, '09:00:00')]);
    }
  }
}

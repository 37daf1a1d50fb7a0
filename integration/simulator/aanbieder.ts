/**
 * The provider simulator: a peer that plays one provider (AGB code) against Jeugdregie over the StUF-GGk envelope
 * transport. It sends JW315, JW317, JW305 and JW307 in Di01 envelopes, reads what Jeugdregie makes available in its
 * downloads (Du01 retourberichten JW316/JW318/JW306/JW308, Di01 heenberichten JW301/JW319), and answers each JW301
 * with a JW302 and each JW319 with a JW320 in a Du01 (crossRefnummer = the Di01's referentienummer), with the codes
 * its own validation finds (XSD + the in-message rules, integration/rules valideer(); IV028 shape by the retour
 * builder). Its state (requests, allocations held, starts, stops) comes from the messages it really exchanged.
 *
 * Deterministic: identifications, ReferentieAanbieder, BSNs and envelope referentienummers come from a counter and a
 * seeded PRNG; dates from the injected clock (`vandaag`).
 */
import { BERICHTCODE, isHeenbericht, type BerichtType } from '../ijw/berichttypen.js';
import { buildBericht, parseBericht } from '../ijw/codec.js';
import { buildRetourXml } from '../retour/index.js';
import { valideer } from '../rules/valideer.js';
import { lijst } from '../rules/helpers.js';
import type { Bevinding, ExterneBronnen } from '../rules/Regel.js';
import { buildDu01, unwrapEnvelope, wrapDi01 } from '../transport/stuf/index.js';
import { mulberry32 } from './mulberry32.js';
import {
  nieuweStaat, toewijzingSleutel, type AanbiederStaat, type SimClient, type SimOmvang, type SimProduct, type SimToewijzing,
} from './staat.js';
import type { SimTransport } from './transport.js';
import { sjabloon as typedSjabloon } from './sjablonen.js';
import { declaratieUitStaat, herberekenTotaal } from '../declaraties/simulatorJW323.js';

export const SIMULATOR_APPLICATIE = 'JeugdregieSim';
const APPLICATIE_VERSIE = { applicatieVersie: '0001', applicatieSubversie: '0001' };
const XSD_VERSIE = { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' };

type Obj = Record<string, any>;

export interface SimulatorOpties {
  agb: string;
  transport: SimTransport;
  seed?: number;
  staat?: AanbiederStaat;
  /** The simulated calendar day (Dagtekening); default: today. */
  vandaag?: () => string;
  /** External sources for the simulator's own validation (TR135 'vandaag', code lists). */
  bronnen?: ExterneBronnen;
}

export interface VerstuurdBericht {
  type: BerichtType;
  identificatie: string;
  referentienummer: string;
  xml: string;
}

/** One download the simulator read, and what it did with it. */
export interface Ontvangst {
  bestand: string;
  envelop: 'Di01' | 'Du01' | 'Fo01' | 'onleesbaar';
  type: string | null;
  xml: string | null;
  /** All RetourCode values in a retourbericht; for a heenbericht the codes of our answer. */
  codes: string[];
  /** Retourbericht: the identificatie of our heenbericht it answers. */
  antwoordOp?: string;
  /** Heenbericht: our answer (null: not answered, e.g. XSD-invalid per IV028, or a redelivery). */
  antwoord?: { type: string; identificatie: string; xml: string } | null;
  herlevering?: boolean;
  fout?: string;
}

/** How a scenario driver deviates from the clean monthly declaration (AanbiederSimulator.declareer). */
export interface DeclareerOpties {
  /** Another DeclaratieNummer than the message's identificatie (e.g. one used before: TR333). */
  declaratieNummer?: string;
  /** Change the Declaratie class (prestaties, credits) before sending; the total is recomputed after. */
  bewerk?: (declaratie: Record<string, unknown>, identificatie: string) => void;
}

export interface StartInput {
  gemeente: string;
  toewijzingNummer: number;
  begindatum: string;
  status?: '1' | '3';
}

export interface StopInput extends StartInput {
  redenBeeindiging: string;
  einddatum: string;
}

export interface VerzoekInput {
  gemeente: string;
  client?: SimClient;
  product: SimProduct;
  ingangsdatum: string;
  einddatum?: string;
  omvang?: SimOmvang;
  budget?: number;
  commentaar?: string;
  /** COD327 Verwijzer (default: the official example's, Type 01). */
  verwijzer?: { Type: string; Naam?: string; ZorgverlenerCode?: string };
}

export interface WijzigingInput {
  gemeente: string;
  bsn: string;
  redenVerzoek: string;
  ongewijzigd?: number[];
  teWijzigen?: { toewijzingNummer: number; gewensteIngangsdatum: string; einddatum?: string; omvang?: SimOmvang; budget?: number }[];
  nieuw?: { product: SimProduct; ingangsdatum: string; einddatum?: string; omvang?: SimOmvang; budget?: number }[];
}

function sjabloon(type: 'JW315' | 'JW317' | 'JW305' | 'JW307'): Obj {
  return typedSjabloon(type) as Obj;
}

/** Every RetourCode value anywhere in a (retour)bericht, sorted and unique. */
export function alleRetourcodes(bericht: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, w] of Object.entries(v)) {
        if (k === 'RetourCodes') lijst((w as Obj)?.RetourCode as string | string[]).forEach((c) => out.add(String(c)));
        else walk(w);
      }
    }
  };
  walk(bericht);
  return [...out].sort();
}

/** A test BSN (999900006..999999990 range) that passes the elfproef. */
export function testBsn(rnd: () => number): string {
  for (;;) {
    const d = `9999${String(Math.floor(rnd() * 10_000)).padStart(4, '0')}`;
    const som = [...d].reduce((s, c, i) => s + Number(c) * (9 - i), 0);
    const laatste = som % 11; // sum - d9 ≡ 0 (mod 11)
    if (laatste > 9) continue;
    const bsn = `${d}${laatste}`;
    if (bsn >= '999900006' && bsn <= '999999990') return bsn;
  }
}

const ACHTERNAMEN = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Dekker'];
const VOORNAMEN = ['Sem', 'Noah', 'Liam', 'Lucas', 'Finn', 'Daan', 'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Nora', 'Saar', 'Levi', 'Yara'];

export class AanbiederSimulator {
  readonly agb: string;
  readonly staat: AanbiederStaat;
  private readonly transport: SimTransport;
  private readonly rnd: () => number;
  private readonly vandaag: () => string;
  private readonly bronnen?: ExterneBronnen;

  constructor(opts: SimulatorOpties) {
    this.agb = opts.agb;
    this.transport = opts.transport;
    this.staat = opts.staat ?? nieuweStaat(opts.agb);
    // The counter is part of the seed, so a simulator resumed from a state file does not repeat itself.
    this.rnd = mulberry32((opts.seed ?? 1) + this.staat.teller * 7919);
    this.vandaag = opts.vandaag ?? (() => new Date().toISOString().slice(0, 10));
    this.bronnen = opts.bronnen;
  }

  // --- identities ---------------------------------------------------------------------------------

  private volgende(): number {
    return ++this.staat.teller;
  }

  /** BerichtIdentificatie: max 12 characters, unique per provider (TR056). */
  private identificatie(): string {
    return `S${this.agb.slice(-4)}${this.volgende().toString(36).padStart(7, '0')}`.slice(0, 12);
  }

  private referentienummer(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.rnd() * 16).toString(16)).join('');
    const v = '89ab'[Math.floor(this.rnd() * 4)]!;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${v}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  private tijdstip(): Date {
    return new Date(`${this.vandaag()}T10:00:00Z`);
  }

  /** A new fictional client (deterministic from the seed). */
  nieuweClient(geboortejaarVan = 2008, geboortejaarTot = 2022): SimClient {
    let bsn = testBsn(this.rnd);
    while (this.staat.clienten[bsn]) bsn = testBsn(this.rnd);
    const jaar = geboortejaarVan + Math.floor(this.rnd() * (geboortejaarTot - geboortejaarVan + 1));
    const maand = 1 + Math.floor(this.rnd() * 12);
    const dag = 1 + Math.floor(this.rnd() * 28);
    const c: SimClient = {
      bsn,
      geboortedatum: `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`,
      geslacht: this.rnd() < 0.5 ? '1' : '2',
      achternaam: ACHTERNAMEN[Math.floor(this.rnd() * ACHTERNAMEN.length)]!,
      voornamen: VOORNAMEN[Math.floor(this.rnd() * VOORNAMEN.length)]!,
    };
    this.staat.clienten[bsn] = c;
    return c;
  }

  /** The seeded PRNG, for scenario drivers that want the same choices for the same seed. */
  random(): number {
    return this.rnd();
  }

  // --- sending ------------------------------------------------------------------------------------

  private header(type: BerichtType, gemeente: string, identificatie: string): Obj {
    return {
      BerichtCode: BERICHTCODE[type], BerichtVersie: 3, BerichtSubversie: 2, Afzender: this.agb, Ontvanger: gemeente,
      BerichtIdentificatie: { Identificatie: identificatie, Dagtekening: this.vandaag() }, XsdVersie: { ...XSD_VERSIE },
    };
  }

  private async verstuurHeen(type: BerichtType, gemeente: string, bericht: Obj): Promise<VerstuurdBericht> {
    const identificatie = bericht.Header.BerichtIdentificatie.Identificatie as string;
    const xml = buildBericht(type, bericht as never);
    const referentienummer = this.referentienummer();
    const env = wrapDi01({
      payload: xml, functie: type, zender: { organisatie: this.agb, applicatie: SIMULATOR_APPLICATIE }, ontvanger: { organisatie: gemeente },
      referentienummer, tijdstip: this.tijdstip(), ...APPLICATIE_VERSIE,
    });
    this.staat.verzonden[identificatie] = { type, gemeente, referentienummer, retouren: 0 };
    await this.transport.verstuur(`${type}_${this.agb}_${identificatie}.xml`, env);
    return { type, identificatie, referentienummer, xml };
  }

  private clientVan(bsn: string): SimClient {
    return this.staat.clienten[bsn] ?? { bsn, geboortedatum: '2012-01-01', geslacht: '1', achternaam: 'Onbekend', voornamen: 'X' };
  }

  private clientKop(c: SimClient): Obj {
    return {
      Bsn: c.bsn,
      Geboortedatum: { Datum: c.geboortedatum },
      Geslacht: c.geslacht,
      Naam: { Geslachtsnaam: { Achternaam: c.achternaam }, Voornamen: c.voornamen, Voorletters: c.voornamen[0] },
    };
  }

  private static omvang(o: SimOmvang | undefined): Obj | undefined {
    return o ? { Volume: o.volume, Eenheid: o.eenheid, Frequentie: o.frequentie } : undefined;
  }

  private static product(p: SimProduct): Obj {
    return p.code ? { Categorie: p.categorie, Code: p.code } : { Categorie: p.categorie };
  }

  /** JW315 Verzoek om toewijzing for one product; returns the message and the ReferentieAanbieder. */
  async vraagToewijzing(v: VerzoekInput): Promise<VerstuurdBericht & { referentie: string; client: SimClient }> {
    const client = v.client ?? this.nieuweClient();
    this.staat.clienten[client.bsn] ??= client;
    const identificatie = this.identificatie();
    const referentie = `V${this.agb.slice(-4)}-${this.staat.teller}`;
    const b = sjabloon('JW315');
    b.Header = this.header('JW315', v.gemeente, identificatie);
    const verwijzer = v.verwijzer ?? b.Client.AangevraagdeProducten.AangevraagdProduct[0].Verwijzer;
    b.Client = {
      ...this.clientKop(client),
      GezagsdragerBekend: '2',
      AangevraagdeProducten: {
        AangevraagdProduct: [{
          ReferentieAanbieder: referentie,
          Product: AanbiederSimulator.product(v.product),
          ToewijzingIngangsdatum: v.ingangsdatum,
          ...(v.einddatum ? { ToewijzingEinddatum: v.einddatum } : {}),
          ...(v.omvang ? { Omvang: AanbiederSimulator.omvang(v.omvang) } : {}),
          ...(v.budget !== undefined ? { Budget: v.budget } : {}),
          Verwijzer: verwijzer,
          ...(v.commentaar ? { Commentaar: v.commentaar.slice(0, 200) } : {}),
        }],
      },
    };
    const r = await this.verstuurHeen('JW315', v.gemeente, b);
    this.staat.verzoeken[referentie] = {
      referentie, soort: 'JW315', gemeente: v.gemeente, bsn: client.bsn, product: v.product, status: 'verzonden', identificatie,
    };
    return { ...r, referentie, client };
  }

  /** JW317 Verzoek om wijziging: the whole desired situation of the client at this provider. */
  async vraagWijziging(v: WijzigingInput): Promise<VerstuurdBericht & { referentie: string }> {
    const identificatie = this.identificatie();
    const referentie = `W${this.agb.slice(-4)}-${this.staat.teller}`;
    const verzoek: Obj = { ReferentieAanbieder: referentie, RedenVerzoek: v.redenVerzoek };
    if (v.ongewijzigd?.length) verzoek.OngewijzigdeProducten = { OngewijzigdProduct: v.ongewijzigd.map((n) => ({ ToewijzingNummer: n })) };
    if (v.teWijzigen?.length) {
      verzoek.TeWijzigenProducten = {
        TeWijzigenProduct: v.teWijzigen.map((t) => ({
          ToewijzingNummer: t.toewijzingNummer,
          GewensteIngangsdatum: t.gewensteIngangsdatum,
          ...(t.einddatum ? { Einddatum: t.einddatum } : {}),
          ...(t.omvang ? { Omvang: AanbiederSimulator.omvang(t.omvang) } : {}),
          ...(t.budget !== undefined ? { Budget: t.budget } : {}),
        })),
      };
    }
    if (v.nieuw?.length) {
      verzoek.NieuweProducten = {
        NieuwProduct: v.nieuw.map((n) => ({
          Product: AanbiederSimulator.product(n.product),
          GewensteIngangsdatum: n.ingangsdatum,
          ...(n.einddatum ? { Einddatum: n.einddatum } : {}),
          ...(n.omvang ? { Omvang: AanbiederSimulator.omvang(n.omvang) } : {}),
          ...(n.budget !== undefined ? { Budget: n.budget } : {}),
        })),
      };
    }
    const b = sjabloon('JW317');
    b.Header = this.header('JW317', v.gemeente, identificatie);
    b.Client = { Bsn: v.bsn, Verzoek: verzoek };
    const r = await this.verstuurHeen('JW317', v.gemeente, b);
    this.staat.verzoeken[referentie] = { referentie, soort: 'JW317', gemeente: v.gemeente, bsn: v.bsn, status: 'verzonden', identificatie };
    return { ...r, referentie };
  }

  /** The allocation as this provider holds it (from a JW301), or an error when it holds none. */
  toewijzing(gemeente: string, nummer: number): SimToewijzing {
    const t = this.staat.toewijzingen[toewijzingSleutel(gemeente, nummer)];
    if (!t) throw new Error(`aanbieder ${this.agb} heeft geen toewijzing ${nummer} van gemeente ${gemeente}`);
    return t;
  }

  /** JW305 Startbericht for one allocation held (StatusAanlevering 1 = deliver, 3 = remove an earlier start). */
  async start(s: StartInput): Promise<VerstuurdBericht> {
    const t = this.toewijzing(s.gemeente, s.toewijzingNummer);
    const status = s.status ?? '1';
    const b = sjabloon('JW305');
    b.Header = this.header('JW305', s.gemeente, this.identificatie());
    b.Client = {
      ...this.clientKop(this.clientVan(t.bsn)),
      StartProducten: {
        StartProduct: [{
          ToewijzingNummer: t.nummer, Product: AanbiederSimulator.product(t.product), ToewijzingIngangsdatum: t.ingangsdatum,
          Begindatum: s.begindatum, StatusAanlevering: status,
        }],
      },
    };
    b.Client.Geboortedatum = { Datum: t.geboortedatum };
    const r = await this.verstuurHeen('JW305', s.gemeente, b);
    if (status === '3') {
      for (const x of t.starts) if (x.begindatum === s.begindatum && x.status === 'actueel') x.status = 'verwijderd';
    } else t.starts.push({ begindatum: s.begindatum, status: 'actueel' });
    return r;
  }

  /** JW307 Stopbericht for one allocation held (RedenBeeindiging 20 = temporary; StatusAanlevering 3 removes a stop). */
  async stop(s: StopInput): Promise<VerstuurdBericht> {
    const t = this.toewijzing(s.gemeente, s.toewijzingNummer);
    const status = s.status ?? '1';
    const b = sjabloon('JW307');
    b.Header = this.header('JW307', s.gemeente, this.identificatie());
    b.Client = {
      ...this.clientKop(this.clientVan(t.bsn)),
      StopProducten: {
        StopProduct: [{
          ToewijzingNummer: t.nummer, Product: AanbiederSimulator.product(t.product), ToewijzingIngangsdatum: t.ingangsdatum,
          Begindatum: s.begindatum, RedenBeeindiging: s.redenBeeindiging, Einddatum: s.einddatum, StatusAanlevering: status,
        }],
      },
    };
    b.Client.Geboortedatum = { Datum: t.geboortedatum };
    const r = await this.verstuurHeen('JW307', s.gemeente, b);
    if (status === '3') {
      for (const x of t.stops) {
        if (x.begindatum === s.begindatum && x.redenBeeindiging === s.redenBeeindiging && x.einddatum === s.einddatum && x.status === 'actueel') x.status = 'verwijderd';
      }
    } else t.stops.push({ begindatum: s.begindatum, redenBeeindiging: s.redenBeeindiging, einddatum: s.einddatum, status: 'actueel' });
    return r;
  }

  // --- receiving ----------------------------------------------------------------------------------

  /** Read all new downloads: record retourberichten, answer JW301 (JW302) and JW319 (JW320). */
  async verwerkPost(): Promise<Ontvangst[]> {
    const out: Ontvangst[] = [];
    for (const d of await this.transport.haalOp()) out.push(await this.ontvang(d.naam, d.body));
    return out;
  }

  /** One envelope (or bare message) from Jeugdregie. */
  async ontvang(bestand: string, body: Buffer): Promise<Ontvangst> {
    let env;
    try {
      env = unwrapEnvelope(body);
    } catch (e) {
      return { bestand, envelop: 'onleesbaar', type: null, xml: null, codes: [], fout: (e as Error).message };
    }
    if (env.kind === 'Fo01') return { bestand, envelop: 'Fo01', type: null, xml: null, codes: [], fout: JSON.stringify(env.stuurgegevens) };
    const xml = Buffer.from(env.payload).toString('utf8');
    let parsed;
    try {
      parsed = parseBericht(xml);
    } catch (e) {
      return { bestand, envelop: env.kind, type: null, xml, codes: [], fout: (e as Error).message };
    }
    const type = parsed.type;
    const bericht = parsed.bericht as Obj;
    if (!isHeenbericht(type)) {
      const codes = alleRetourcodes(bericht);
      // A retourbericht carries our heenbericht's identificatie; a JW325 (its own message) in DeclaratieIdentificatie.
      const id = (type === 'JW325' ? bericht.Header?.DeclaratieIdentificatie?.Identificatie : bericht.Header?.BerichtIdentificatie?.Identificatie) as string | undefined;
      const v = id ? this.staat.verzonden[id] : undefined;
      if (v) {
        v.retouren += 1;
        v.retourcodes = codes;
        this.verwerkRetour(v.type, id!, codes);
      }
      return { bestand, envelop: env.kind, type, xml, codes, antwoordOp: id, ...(v ? {} : { fout: `geen heenbericht ${id ?? '?'} van ons` }) };
    }
    const kop = bericht.Header as Obj;
    const sleutel = `${kop.Afzender}:${type}:${kop.BerichtIdentificatie?.Identificatie}`;
    if (this.staat.beantwoord[sleutel]) {
      return { bestand, envelop: env.kind, type, xml, codes: this.staat.beantwoord[sleutel]!.codes, antwoord: null, herlevering: true };
    }
    const v = await valideer(xml, this.bronnen ? { bronnen: this.bronnen } : {});
    const bevindingen: Bevinding[] = v.bevindingen;
    if (v.bericht && !bevindingen.some((b) => b.controleniveau === 'xsd')) {
      if (type === 'JW301') this.neemToewijzingenOver(bericht, bevindingen);
      else if (type === 'JW319') this.neemAntwoordOver(bericht);
    }
    const antwoordId = this.identificatie();
    const retour = buildRetourXml(type, bericht as never, bevindingen, { identificatie: antwoordId, dagtekening: this.vandaag() });
    let antwoord: Ontvangst['antwoord'] = null;
    const codes = retour.xml ? alleRetourcodes(parseBericht(retour.xml).bericht) : [];
    if (retour.xml) {
      const cross = env.kind === 'Di01' ? env.stuurgegevens.referentienummer : undefined;
      const common = {
        payload: retour.xml, functie: retour.type, zender: { organisatie: this.agb, applicatie: SIMULATOR_APPLICATIE },
        ontvanger: { organisatie: String(kop.Afzender) }, referentienummer: this.referentienummer(), tijdstip: this.tijdstip(), ...APPLICATIE_VERSIE,
      };
      const envelop = cross ? buildDu01({ ...common, crossRefnummer: cross }) : wrapDi01(common);
      await this.transport.verstuur(`${retour.type}_${this.agb}_${antwoordId}.xml`, envelop);
      antwoord = { type: retour.type, identificatie: antwoordId, xml: retour.xml };
    }
    this.staat.beantwoord[sleutel] = { type, gemeente: String(kop.Afzender), antwoordType: antwoord?.type ?? null, antwoordIdentificatie: antwoord?.identificatie ?? null, codes };
    return { bestand, envelop: env.kind, type, xml, codes, antwoord };
  }

  /**
   * JW316/JW318: was the request accepted? A retour with only a Header approves the whole message (IV028); codes
   * other than 0200/0233 (on the Header or on the request's class) mean it was rejected.
   */
  private verwerkRetour(heenType: string, identificatie: string, codes: string[]): void {
    if (heenType !== 'JW315' && heenType !== 'JW317') return;
    const ok = codes.every((c) => c === '0200' || c === '0233');
    for (const v of Object.values(this.staat.verzoeken)) {
      if (v.identificatie === identificatie && v.status === 'verzonden') v.status = ok ? 'ontvangen' : 'afgekeurd';
    }
  }

  /** A JW301 carries every current allocation of the client at this provider (OP087): take them over. */
  private neemToewijzingenOver(b: Obj, bevindingen: readonly Bevinding[]): void {
    const gemeente = String(b.Header.Afzender);
    const client = b.Client as Obj;
    const bsn = String(client.Bsn);
    if (!this.staat.clienten[bsn]) {
      this.staat.clienten[bsn] = {
        bsn, geboortedatum: client.Geboortedatum?.Datum ?? '2012-01-01', geslacht: client.Geslacht === '2' ? '2' : '1',
        achternaam: client.Naam?.Geslachtsnaam?.Achternaam ?? 'Onbekend', voornamen: client.Naam?.Voornamen ?? 'X',
      };
    }
    const producten = lijst(client.ToegewezenProducten?.ToegewezenProduct as Obj[]);
    producten.forEach((tp, i) => {
      const pad = `Client.ToegewezenProducten.ToegewezenProduct[${i}]`;
      const eigen = bevindingen.filter((x) => x.klassePad === pad || x.klassePad.startsWith(`${pad}.`)).map((x) => x.retourcode);
      const sleutel = toewijzingSleutel(gemeente, tp.ToewijzingNummer);
      const oud = this.staat.toewijzingen[sleutel];
      const t: SimToewijzing = {
        gemeente, nummer: Number(tp.ToewijzingNummer), bsn, geboortedatum: client.Geboortedatum?.Datum ?? '2012-01-01',
        product: { categorie: tp.Product?.Categorie, ...(tp.Product?.Code ? { code: tp.Product.Code } : {}) },
        ingangsdatum: tp.Ingangsdatum, ...(tp.Einddatum ? { einddatum: tp.Einddatum } : {}),
        ...(tp.RedenWijziging ? { redenWijziging: tp.RedenWijziging } : {}),
        ...(tp.Omvang ? { omvang: { volume: Number(tp.Omvang.Volume), eenheid: tp.Omvang.Eenheid, frequentie: tp.Omvang.Frequentie } } : {}),
        ...(tp.Budget !== undefined ? { budget: Number(tp.Budget) } : {}),
        ...(tp.ReferentieAanbieder ? { referentie: tp.ReferentieAanbieder } : oud?.referentie ? { referentie: oud.referentie } : {}),
        jw301: String(b.Header.BerichtIdentificatie.Identificatie),
        jw302Codes: eigen.length ? [...new Set(eigen)].sort() : ['0200'],
        starts: oud?.starts ?? [],
        stops: oud?.stops ?? [],
      };
      this.staat.toewijzingen[sleutel] = t;
      const v = tp.ReferentieAanbieder ? this.staat.verzoeken[tp.ReferentieAanbieder] : undefined;
      if (v) v.status = 'toegewezen';
    });
  }

  private neemAntwoordOver(b: Obj): void {
    const a = b.Antwoord as Obj | undefined;
    const v = a?.ReferentieAanbieder ? this.staat.verzoeken[a.ReferentieAanbieder] : undefined;
    if (!v) return;
    if (a!.VerzoekAntwoord === '2') v.status = 'onderzoek';
    else if (a!.VerzoekAntwoord === '1') {
      v.status = 'afgewezen';
      if (a!.RedenAfwijzingVerzoek) v.redenAfwijzing = String(a!.RedenAfwijzingVerzoek);
    }
  }

  /**
   * JW323 for one municipality and month: the allocations held with a current start in that month
   * (integration/declaraties/simulatorJW323.ts fills the prestaties); null when nothing was delivered.
   * `tarief`: the contract price (cents per unit) the provider charges for a product.
   */
  async declareer(gemeente: string, maand: string, tarief: (categorie: string, code: string) => number | undefined,
    opties: DeclareerOpties = {}): Promise<VerstuurdBericht | null> {
    const identificatie = this.identificatie();
    const declaratie = declaratieUitStaat(this.staat, { gemeente, maand, identificatie, tarief });
    if (!declaratie) return null;
    declaratie.DeclaratieDagtekening = this.vandaag();
    if (opties.declaratieNummer) declaratie.DeclaratieNummer = opties.declaratieNummer;
    if (opties.bewerk) {
      opties.bewerk(declaratie, identificatie);
      herberekenTotaal(declaratie);
    }
    return this.verstuurHeen('JW323', gemeente, { Header: this.header('JW323', gemeente, identificatie), Declaratie: declaratie });
  }

  // --- queries for drivers and tests ----------------------------------------------------------------

  /** Our heenberichten without a retourbericht yet. */
  openstaand(): string[] {
    return Object.entries(this.staat.verzonden).filter(([, v]) => v.retouren === 0).map(([id]) => id);
  }

  /** Allocations held that are current (not removed with RedenWijziging 13). */
  actueleToewijzingen(): SimToewijzing[] {
    return Object.values(this.staat.toewijzingen).filter((t) => t.redenWijziging !== '13');
  }
}

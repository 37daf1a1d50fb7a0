/**
 * Writes JW323 declarations as XML text, streaming: `jw323Stukken` yields the message in pieces, so a
 * provider simulator or a benchmark can produce 100,000 prestaties without holding them. The output
 * validates against JW323.xsd (test: declaraties.split).
 */
export interface GenPrestatie {
  referentieNummer: string;
  vorigReferentieNummer?: string;
  toewijzingNummer: number;
  productCategorie: string;
  productCode: string;
  begin: string;
  eind: string;
  volume: number;
  eenheid: string;
  tarief?: number;
  bedrag: number;
  dc: 'D' | 'C';
}

export interface GenClient {
  bsn: string;
  prestaties: GenPrestatie[];
}

export interface GenDeclaratie {
  afzender: string; // AGB
  ontvanger: string; // gemeente
  identificatie: string;
  dagtekening: string;
  nummer: string;
  periodeBegin: string;
  periodeEind: string;
  /** Called twice when `totaalCents` is not given (once to sum, once to write): must give the same clients. */
  clienten: () => Iterable<GenClient>;
  totaalCents?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function totaalVan(clienten: Iterable<GenClient>): number {
  let t = 0;
  for (const c of clienten) for (const p of c.prestaties) t += p.dc === 'C' ? -p.bedrag : p.bedrag;
  return t;
}

function prestatieXml(p: GenPrestatie): string {
  return (
    `<jw323:Prestatie><jw323:ProductReferentie><ijw:ReferentieNummer>${esc(p.referentieNummer)}</ijw:ReferentieNummer>` +
    (p.vorigReferentieNummer !== undefined ? `<ijw:VorigReferentieNummer>${esc(p.vorigReferentieNummer)}</ijw:VorigReferentieNummer>` : '') +
    `</jw323:ProductReferentie><jw323:ToewijzingNummer>${p.toewijzingNummer}</jw323:ToewijzingNummer>` +
    `<jw323:ProductCategorie>${p.productCategorie}</jw323:ProductCategorie><jw323:ProductCode>${p.productCode}</jw323:ProductCode>` +
    `<jw323:ProductPeriode><ijw:Begindatum>${p.begin}</ijw:Begindatum><ijw:Einddatum>${p.eind}</ijw:Einddatum></jw323:ProductPeriode>` +
    `<jw323:GeleverdVolume>${p.volume}</jw323:GeleverdVolume><jw323:Eenheid>${p.eenheid}</jw323:Eenheid>` +
    (p.tarief !== undefined ? `<jw323:ProductTarief>${p.tarief}</jw323:ProductTarief>` : '') +
    `<jw323:IngediendBedrag><ijw:Bedrag>${p.bedrag}</ijw:Bedrag><ijw:DebetCredit>${p.dc}</ijw:DebetCredit></jw323:IngediendBedrag></jw323:Prestatie>\n`
  );
}

/** The message in pieces (header, one piece per Client, footer). */
export function* jw323Stukken(d: GenDeclaratie): Generator<string> {
  const totaal = d.totaalCents ?? totaalVan(d.clienten());
  yield (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<jw323:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema">\n` +
    `<jw323:Header><jw323:BerichtCode>490</jw323:BerichtCode><jw323:BerichtVersie>3</jw323:BerichtVersie><jw323:BerichtSubversie>2</jw323:BerichtSubversie>` +
    `<jw323:Afzender>${d.afzender}</jw323:Afzender><jw323:Ontvanger>${d.ontvanger}</jw323:Ontvanger>` +
    `<jw323:BerichtIdentificatie><ijw:Identificatie>${esc(d.identificatie)}</ijw:Identificatie><ijw:Dagtekening>${d.dagtekening}</ijw:Dagtekening></jw323:BerichtIdentificatie>` +
    `<jw323:XsdVersie><ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></jw323:XsdVersie></jw323:Header>\n` +
    `<jw323:Declaratie><jw323:DeclaratieNummer>${esc(d.nummer)}</jw323:DeclaratieNummer>` +
    `<jw323:DeclaratiePeriode><ijw:Begindatum>${d.periodeBegin}</ijw:Begindatum><ijw:Einddatum>${d.periodeEind}</ijw:Einddatum></jw323:DeclaratiePeriode>` +
    `<jw323:DeclaratieDagtekening>${d.dagtekening}</jw323:DeclaratieDagtekening>` +
    `<jw323:TotaalIngediendBedrag><ijw:TotaalBedrag>${Math.abs(totaal)}</ijw:TotaalBedrag><ijw:DebetCredit>${totaal < 0 ? 'C' : 'D'}</ijw:DebetCredit></jw323:TotaalIngediendBedrag>\n` +
    `<jw323:Clienten>\n`
  );
  for (const c of d.clienten()) {
    let s = `<jw323:Client><jw323:Bsn>${c.bsn}</jw323:Bsn><jw323:Prestaties>\n`;
    for (const p of c.prestaties) s += prestatieXml(p);
    yield s + `</jw323:Prestaties></jw323:Client>\n`;
  }
  yield `</jw323:Clienten></jw323:Declaratie>\n</jw323:Bericht>\n`;
}

export function jw323Xml(d: GenDeclaratie): string {
  return [...jw323Stukken(d)].join('');
}

/** The same pieces as UTF-8 buffers, batched to about `bytes` each (for streams and benchmarks). */
export function* jw323Buffers(d: GenDeclaratie, bytes = 1 << 20): Generator<Buffer> {
  let parts: string[] = [];
  let n = 0;
  for (const s of jw323Stukken(d)) {
    parts.push(s);
    n += s.length;
    if (n >= bytes) {
      yield Buffer.from(parts.join(''), 'utf8');
      parts = [];
      n = 0;
    }
  }
  if (parts.length) yield Buffer.from(parts.join(''), 'utf8');
}

/** `n` distinct valid BSNs from `start` on (deterministic). */
export function bsnReeks(start: number, n: number): string[] {
  const out: string[] = [];
  for (let k = 100000000 + start; out.length < n; k++) {
    const s = String(k);
    let som = 0;
    for (let i = 0; i < 8; i++) som += Number(s[i]) * (9 - i);
    if ((som - Number(s[8])) % 11 === 0) out.push(s);
  }
  return out;
}

export interface MaandOpties {
  afzender: string;
  ontvanger: string;
  identificatie: string;
  nummer: string;
  /** First day of the declared month, e.g. '2026-04-01'; prestaties cover `maanden` months up to it. */
  maand: string;
  toewijzingen: readonly { nummer: number; bsn: string }[];
  /** Prestaties per allocation: the last `maanden` months (default 4). */
  maanden?: number;
  /** Every `foutElke`-th prestatie carries a wrong tariff (0611), 0 = none. */
  foutElke?: number;
  productCode?: string;
  tarief?: number;
  prefix?: string;
}

function maandTerug(maand: string, n: number): { begin: string; eind: string } {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  const b = new Date(Date.UTC(j, m - 1 - n, 1));
  const e = new Date(Date.UTC(j, m - n, 0));
  return { begin: b.toISOString().slice(0, 10), eind: e.toISOString().slice(0, 10) };
}

/**
 * A monthly declaration over a list of allocations (hourly product, 8 hours a month at the contract tariff):
 * what the provider simulator sends each month, and the load of the benchmark and the 100,000 test.
 */
export function maandDeclaratie(o: MaandOpties): GenDeclaratie {
  const maanden = o.maanden ?? 4;
  const tarief = o.tarief ?? 9000;
  const eind = maandTerug(o.maand, 0).eind;
  const dag = new Date(Date.parse(`${eind}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10);
  const prefix = o.prefix ?? o.nummer;
  function* clienten(): Generator<GenClient> {
    let i = 0;
    for (const t of o.toewijzingen) {
      const prestaties: GenPrestatie[] = [];
      for (let k = maanden - 1; k >= 0; k--) {
        const p = maandTerug(o.maand, k);
        const fout = o.foutElke ? i % o.foutElke === o.foutElke - 1 : false;
        const tf = fout ? tarief - 300 : tarief;
        prestaties.push({
          referentieNummer: `${prefix}${(i++).toString(36)}`.slice(-20),
          toewijzingNummer: t.nummer,
          productCategorie: '45',
          productCode: o.productCode ?? '45A01',
          begin: p.begin,
          eind: p.eind,
          volume: 8,
          eenheid: '04',
          tarief: tf,
          bedrag: 8 * tf,
          dc: 'D',
        });
      }
      yield { bsn: t.bsn, prestaties };
    }
  }
  return {
    afzender: o.afzender,
    ontvanger: o.ontvanger,
    identificatie: o.identificatie,
    dagtekening: dag,
    nummer: o.nummer,
    periodeBegin: maandTerug(o.maand, 0).begin,
    periodeEind: eind,
    clienten,
  };
}

/**
 * Writes the JW325 (declaratie-antwoordbericht) from what was booked, streaming: the rejected prestaties
 * are read from the database a page at a time and appended as XML, so the answer to a 100,000-prestatie
 * declaration never exists as an object tree. Being built from the stored rows, the JW325 shows exactly
 * what was booked.
 *
 * Filling (IV087, TR342, FAQ "Als alle ingediende prestaties zijn goedgekeurd"):
 * - Header RetourCodes: 0200, or the whole message's codes when it is refused as a whole (then nothing else);
 * - DeclaratieAntwoord: DeclaratieNummer, TotaalIngediendBedrag as declared, TotaalToegekendBedrag = sum of
 *   the approved prestaties (0 when the Declaratie class is refused), RetourCodes 8001 (everything approved)
 *   / 0200 / the Declaratie class's codes (9333, 8214);
 * - Clienten: only Clients with a rejected prestatie, each with only its rejected prestaties and their codes;
 *   the Client's own RetourCodes are 0200 unless the Client itself was refused. So
 *   SUM(rejected IngediendBedrag, signed) = TotaalIngediendBedrag − TotaalToegekendBedrag (TR342).
 */
import type { Queryable } from '../rules/Regel.js';
import { one, run } from '../store/SqlQuery.js';
import { selectDeclaratie, type DeclaratieRij } from './declaratie.sql.js';
import { selectAfgewezenPagina, type AfgewezenPrestatieRij } from './prestatie.sql.js';

export interface JW325Kop {
  afzender: string; // the municipality
  ontvanger: string; // the provider
  identificatie: string;
  dagtekening: string;
  heenIdentificatie: string;
  heenDagtekening: string;
  heenXsdVersie?: { basis: string; bericht: string };
  /** Header codes; default ['0200']. */
  headerRetourcodes?: string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const codes = (c: readonly string[]) => `<jw325:RetourCodes>${c.map((x) => `<jw325:RetourCode>${x}</jw325:RetourCode>`).join('')}</jw325:RetourCodes>`;
const bedrag = (cents: number, el: string) =>
  `<jw325:${el}><ijw:TotaalBedrag>${Math.abs(cents)}</ijw:TotaalBedrag><ijw:DebetCredit>${cents < 0 ? 'C' : 'D'}</ijw:DebetCredit></jw325:${el}>`;

function header(k: JW325Kop): string {
  const x = k.heenXsdVersie ?? { basis: '1.0.0', bericht: '1.0.0' };
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<jw325:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw325="http://www.istandaarden.nl/ijw/3_2/jw325/schema">\n` +
    `<jw325:Header><jw325:BerichtCode>491</jw325:BerichtCode><jw325:BerichtVersie>3</jw325:BerichtVersie><jw325:BerichtSubversie>2</jw325:BerichtSubversie>` +
    `<jw325:Afzender>${k.afzender}</jw325:Afzender><jw325:Ontvanger>${k.ontvanger}</jw325:Ontvanger>` +
    `<jw325:BerichtIdentificatie><ijw:Identificatie>${esc(k.identificatie)}</ijw:Identificatie><ijw:Dagtekening>${k.dagtekening}</ijw:Dagtekening></jw325:BerichtIdentificatie>` +
    `<jw325:XsdVersie><ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></jw325:XsdVersie>` +
    `<jw325:DeclaratieIdentificatie><ijw:Identificatie>${esc(k.heenIdentificatie)}</ijw:Identificatie><ijw:Dagtekening>${k.heenDagtekening}</ijw:Dagtekening></jw325:DeclaratieIdentificatie>` +
    `<jw325:XsdVersieDeclaratie><ijw:BasisschemaXsdVersie>${esc(x.basis)}</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>${esc(x.bericht)}</ijw:BerichtXsdVersie></jw325:XsdVersieDeclaratie>` +
    codes(k.headerRetourcodes ?? ['0200']) +
    `</jw325:Header>\n`
  );
}

function prestatie(r: AfgewezenPrestatieRij): string {
  return (
    `<jw325:Prestatie><jw325:ProductReferentie><ijw:ReferentieNummer>${esc(r.referentie_nummer)}</ijw:ReferentieNummer>` +
    (r.vorig_referentie_nummer !== null ? `<ijw:VorigReferentieNummer>${esc(r.vorig_referentie_nummer)}</ijw:VorigReferentieNummer>` : '') +
    `</jw325:ProductReferentie><jw325:ToewijzingNummer>${r.toewijzing_nummer}</jw325:ToewijzingNummer>` +
    `<jw325:ProductCategorie>${r.product_categorie}</jw325:ProductCategorie><jw325:ProductCode>${r.product_code}</jw325:ProductCode>` +
    `<jw325:ProductPeriode><ijw:Begindatum>${r.periode_begin}</ijw:Begindatum><ijw:Einddatum>${r.periode_eind}</ijw:Einddatum></jw325:ProductPeriode>` +
    `<jw325:GeleverdVolume>${r.geleverd_volume}</jw325:GeleverdVolume><jw325:Eenheid>${r.eenheid}</jw325:Eenheid>` +
    (r.product_tarief_cents !== null ? `<jw325:ProductTarief>${r.product_tarief_cents}</jw325:ProductTarief>` : '') +
    `<jw325:IngediendBedrag><ijw:Bedrag>${r.ingediend_cents}</ijw:Bedrag><ijw:DebetCredit>${r.debet_credit}</ijw:DebetCredit></jw325:IngediendBedrag>` +
    codes(r.retourcodes) +
    `</jw325:Prestatie>\n`
  );
}

/**
 * The JW325 as UTF-8 pieces. Without `declaratie` only the Header (the whole message was refused).
 * `pagina`: rejected prestaties per query.
 */
export async function* jw325Stukken(db: Queryable, k: JW325Kop, declaratie?: { gemeente: string; id: string }, pagina = 5000): AsyncGenerator<Buffer> {
  if (!declaratie) {
    yield Buffer.from(header(k) + `</jw325:Bericht>\n`, 'utf8');
    return;
  }
  const d = (await one<DeclaratieRij>(db, selectDeclaratie(declaratie.gemeente, declaratie.id)))!;
  const nietVerwerkt = d.status === 'niet_verwerkt';
  let s =
    header(k) +
    `<jw325:DeclaratieAntwoord><jw325:DeclaratieNummer>${esc(d.declaratie_nummer)}</jw325:DeclaratieNummer>` +
    bedrag(Number(d.ingediend_cents), 'TotaalIngediendBedrag') +
    bedrag(nietVerwerkt ? 0 : Number(d.toegekend_cents), 'TotaalToegekendBedrag');
  let na = -1;
  let client = -1;
  let clientCodes: string[] = [];
  let begonnen = false;
  for (;;) {
    if (nietVerwerkt || d.aantal_afgewezen === 0) break;
    const rows = await run<AfgewezenPrestatieRij>(db, selectAfgewezenPagina(declaratie.gemeente, declaratie.id, na, pagina));
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.client_volgnummer !== client) {
        if (client >= 0) s += `</jw325:Prestaties>${codes(clientCodes)}</jw325:Client>\n`;
        if (!begonnen) {
          s += `<jw325:Clienten>\n`;
          begonnen = true;
        }
        client = r.client_volgnummer;
        clientCodes = r.client_retourcodes.length ? r.client_retourcodes : ['0200'];
        s += `<jw325:Client><jw325:Bsn>${r.bsn}</jw325:Bsn><jw325:Prestaties>\n`;
      }
      s += prestatie(r);
    }
    na = rows[rows.length - 1]!.volgnummer;
    yield Buffer.from(s, 'utf8');
    s = '';
  }
  if (client >= 0) s += `</jw325:Prestaties>${codes(clientCodes)}</jw325:Client>\n</jw325:Clienten>\n`;
  s += codes(d.retourcodes.length ? d.retourcodes : ['0200']) + `</jw325:DeclaratieAntwoord>\n</jw325:Bericht>\n`;
  yield Buffer.from(s, 'utf8');
}

export async function schrijfJW325(db: Queryable, k: JW325Kop, declaratie?: { gemeente: string; id: string }): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const b of jw325Stukken(db, k, declaratie)) parts.push(b);
  return Buffer.concat(parts);
}

/**
 * The declaration data the rules and the bookings work on, flattened from the typed JW323
 * (integration/ijw codec): one PrestatieInvoer per Prestatie, with its place in the message.
 */
import type { JW323Bericht } from '../ijw/generated/JW323.generated.js';

export interface DeclaratieKop {
  gemeente: string; // Header.Ontvanger
  aanbieder: string; // Header.Afzender
  identificatie: string;
  dagtekeningBericht: string;
  nummer: string; // DeclaratieNummer
  periodeBegin: string;
  periodeEind: string;
  dagtekening: string;
  /** TotaalIngediendBedrag, signed cents (credit −). */
  totaalCents: number;
}

export interface PrestatieInvoer {
  /** 'Declaratie.Clienten.Client[i].Prestaties.Prestatie[j]' with message-wide i. */
  klassePad: string;
  clientIndex: number;
  prestatieIndex: number;
  /** Position of the Prestatie in the whole message (document order). */
  volgnummer: number;
  bsn: string;
  referentieNummer: string;
  vorigReferentieNummer: string | undefined;
  toewijzingNummer: number;
  productCategorie: string;
  productCode: string;
  begin: string;
  eind: string;
  volume: number;
  eenheid: string;
  tarief: number | undefined;
  bedrag: number; // >= 0
  dc: 'D' | 'C';
}

export const clientPad = (i: number) => `Declaratie.Clienten.Client[${i}]`;
export const prestatiePad = (i: number, j: number) => `${clientPad(i)}.Prestaties.Prestatie[${j}]`;

export const getekend = (p: { bedrag: number; dc: 'D' | 'C' }) => (p.dc === 'C' ? -p.bedrag : p.bedrag);

export function leesKop(b: JW323Bericht): DeclaratieKop {
  const d = b.Declaratie;
  const t = d.TotaalIngediendBedrag;
  return {
    gemeente: String(b.Header.Ontvanger),
    aanbieder: String(b.Header.Afzender),
    identificatie: String(b.Header.BerichtIdentificatie.Identificatie),
    dagtekeningBericht: String(b.Header.BerichtIdentificatie.Dagtekening),
    nummer: String(d.DeclaratieNummer),
    periodeBegin: String(d.DeclaratiePeriode.Begindatum),
    periodeEind: String(d.DeclaratiePeriode.Einddatum),
    dagtekening: String(d.DeclaratieDagtekening),
    totaalCents: t.DebetCredit === 'C' ? -Number(t.TotaalBedrag) : Number(t.TotaalBedrag),
  };
}

/**
 * The prestaties of a (chunk of a) JW323. `clientOffset` / `volgnummerOffset`: where the chunk starts
 * in the whole message, so paths and order are message-wide.
 */
export function leesPrestaties(b: JW323Bericht, clientOffset = 0, volgnummerOffset = 0): PrestatieInvoer[] {
  const out: PrestatieInvoer[] = [];
  const clienten = b.Declaratie?.Clienten?.Client ?? [];
  let volgnummer = volgnummerOffset;
  for (let c = 0; c < clienten.length; c++) {
    const client = clienten[c]!;
    const ps = client.Prestaties?.Prestatie ?? [];
    const i = clientOffset + c;
    for (let j = 0; j < ps.length; j++) {
      const p = ps[j]!;
      out.push({
        klassePad: prestatiePad(i, j),
        clientIndex: i,
        prestatieIndex: j,
        volgnummer: volgnummer++,
        bsn: String(client.Bsn),
        referentieNummer: String(p.ProductReferentie.ReferentieNummer),
        vorigReferentieNummer: p.ProductReferentie.VorigReferentieNummer === undefined ? undefined : String(p.ProductReferentie.VorigReferentieNummer),
        toewijzingNummer: Number(p.ToewijzingNummer),
        productCategorie: String(p.ProductCategorie),
        productCode: String(p.ProductCode),
        begin: String(p.ProductPeriode.Begindatum),
        eind: String(p.ProductPeriode.Einddatum),
        volume: Number(p.GeleverdVolume),
        eenheid: String(p.Eenheid),
        tarief: p.ProductTarief === undefined ? undefined : Number(p.ProductTarief),
        bedrag: Number(p.IngediendBedrag.Bedrag),
        dc: p.IngediendBedrag.DebetCredit === 'C' ? 'C' : 'D',
      });
    }
  }
  return out;
}

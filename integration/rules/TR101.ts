import { sleutel } from './helpers.js';
import {
  declaratieClienten,
  dubbelenPerGroep,
  ongewijzigdeProducten,
  prestatiesPerBsn,
  relaties,
  startProducten,
  stopProducten,
  teWijzigenProducten,
  toegewezenProducten,
  type Klasse,
} from './klassen.js';
import type { Regel, RegelContext } from './Regel.js';
import type { JW301, JW305, JW307, JW315, JW317, JW323, JW325, StartProduct } from './vorm.js';

/**
 * TR101: "Binnen een bericht zijn dubbele regels niet toegestaan." Toelichting: "Dat betekent dat voor
 * iedere berichtklasse de logische sleutel in combinatie met de logische sleutels van de bovenliggende
 * berichtklassen uniek moet zijn."
 *
 * Source: regels/technische-regels/xslt/TR101.md (lists WMO301/305/307/315/317/323/325; the same JW
 * messages apply). Logical keys used (the classes that have one; every message has one Client):
 * - JW301 Relatie: Nummer; ToegewezenProduct: ToewijzingNummer.
 * - JW305 StartProduct, JW307 StopProduct: ToewijzingNummer + Product + Begindatum (IV008: "ToewijzingNummer,
 *   Product, Begindatum" are the key; ToewijzingIngangsdatum and StatusAanlevering are not).
 * - JW317 OngewijzigdProduct, TeWijzigenProduct: ToewijzingNummer.
 * - JW323/JW325 Client: Bsn; Prestatie: ReferentieNummer within its Client.
 * - JW315 AangevraagdProduct: ReferentieAanbieder, whose uniqueness TR383 checks; not repeated here.
 * The second and later occurrences of a key are reported.
 */
export const TR101: Regel<JW301 | JW305 | JW307 | JW315 | JW317 | JW323 | JW325> = {
  code: 'TR101',
  titel: 'Geen dubbele regels binnen een bericht',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW323', 'JW325'],
  check(bericht, ctx) {
    // Each walker yields nothing for a message without that class, so one pass covers every type.
    const b = bericht as JW301 & JW305 & JW307 & JW317 & JW323 & JW325;
    const product = ({ waarde: s }: Klasse<StartProduct>) =>
      sleutel(s.ToewijzingNummer, s.Product?.Categorie, s.Product?.Code, s.Begindatum);
    uniek(relaties(b), (r) => sleutel(r.waarde.Nummer), 'Nummer', ctx);
    uniek(toegewezenProducten(b), (t) => sleutel(t.waarde.ToewijzingNummer), 'ToewijzingNummer', ctx);
    uniek(startProducten(b), product, 'ToewijzingNummer, Product, Begindatum', ctx);
    uniek(stopProducten(b), product, 'ToewijzingNummer, Product, Begindatum', ctx);
    uniek(ongewijzigdeProducten(b), (o) => sleutel(o.waarde.ToewijzingNummer), 'ToewijzingNummer', ctx);
    uniek(teWijzigenProducten(b), (t) => sleutel(t.waarde.ToewijzingNummer), 'ToewijzingNummer', ctx);
    uniek(declaratieClienten(b), (c) => sleutel(c.waarde.Bsn), 'Bsn', ctx);
    // Prestaties: compared per Bsn (the key's first part), reported in message order as uniek() does.
    for (const { k, eerder } of dubbelenPerGroep(prestatiesPerBsn(b), (p) => sleutel(p.waarde.ProductReferentie?.ReferentieNummer))) {
      meld(k, eerder, 'Bsn, ReferentieNummer', ctx);
    }
  },
};

function uniek<K extends Klasse<unknown>>(klassen: readonly K[], sleutelVan: (k: K) => string, naam: string, ctx: RegelContext) {
  const gezien = new Map<string, K>();
  for (const k of klassen) {
    const s = sleutelVan(k);
    const eerder = gezien.get(s);
    if (eerder === undefined) {
      gezien.set(s, k);
      continue;
    }
    meld(k, eerder, naam, ctx);
  }
}

function meld(k: Klasse<unknown>, eerder: Klasse<unknown>, naam: string, ctx: RegelContext) {
  ctx.report({
    klasse: k.klasse,
    klassePad: k.klassePad,
    pad: k.klassePad,
    melding: `${k.klasse} heeft dezelfde logische sleutel (${naam}) als ${eerder.klassePad}`,
  });
}

import { nieuweProducten, ongewijzigdeProducten, teWijzigenProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW317 } from '../vorm.js';
import { actueleToewijzingen, nummer } from './verzoeken.js';

interface Periode {
  klasse: string;
  klassePad: string;
  categorie: string | null;
  code: string | null;
  begin: string;
  eind: string | null; // null = open
}

/** Same product at the level the rule names: code when both have one, else category; no category overlaps everything. */
function zelfdeProduct(a: Periode, b: Periode): boolean {
  if (!a.categorie || !b.categorie) return true;
  if (a.categorie !== b.categorie) return false;
  return !a.code || !b.code || a.code === b.code;
}

const overlap = (a: Periode, b: Periode) => (a.eind === null || b.begin <= a.eind) && (b.eind === null || a.begin <= b.eind);

/**
 * TR361 (9361): "Een Product mag alleen vaker in verzoek om wijziging voorkomen als de zorgperiodes elkaar niet overlappen."
 * Source: regels/technische-regels/berichtoverstijgend/TR361.md. TeWijzigenProduct and OngewijzigdProduct take their
 * product and period from the allocation with that ToewijzingNummer (a TeWijzigenProduct with its new Einddatum);
 * a NieuwProduct from the message. Without a code the category counts; without a category, any overlap counts.
 */
export const TR361: Regel<JW317> = {
  code: 'TR361',
  titel: 'Geen overlappende zorgperiodes van hetzelfde product in een verzoek om wijziging',
  retourcode: '9361',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW317'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    const actueel = await actueleToewijzingen(ctx.db, bericht);
    if (!actueel) return;
    const perNummer = new Map(actueel.map((t) => [t.toewijzing_nummer, t]));
    const perioden: Periode[] = [];
    for (const k of ongewijzigdeProducten(bericht)) {
      const t = perNummer.get(nummer(k.waarde.ToewijzingNummer) ?? -1);
      if (t) perioden.push({ klasse: k.klasse, klassePad: k.klassePad, categorie: t.product_categorie, code: t.product_code, begin: t.ingangsdatum, eind: t.einddatum });
    }
    for (const k of teWijzigenProducten(bericht)) {
      const t = perNummer.get(nummer(k.waarde.ToewijzingNummer) ?? -1);
      if (t) perioden.push({ klasse: k.klasse, klassePad: k.klassePad, categorie: t.product_categorie, code: t.product_code, begin: t.ingangsdatum,
        eind: k.waarde.Einddatum ?? t.einddatum });
    }
    for (const k of nieuweProducten(bericht)) {
      const p = k.waarde;
      if (!p.GewensteIngangsdatum) continue;
      perioden.push({ klasse: k.klasse, klassePad: k.klassePad, categorie: p.Product?.Categorie ?? null, code: p.Product?.Code ?? null,
        begin: p.GewensteIngangsdatum, eind: p.Einddatum ?? null });
    }
    for (let i = 1; i < perioden.length; i++) {
      const b = perioden[i]!;
      const a = perioden.slice(0, i).find((x) => zelfdeProduct(x, b) && overlap(x, b));
      if (a) {
        ctx.report({ klasse: b.klasse, klassePad: b.klassePad, pad: b.klassePad,
          melding: `product ${b.categorie ?? '-'}/${b.code ?? '-'} overlapt met ${a.klassePad} (${a.begin} t/m ${a.eind ?? 'open'})` });
      }
    }
  },
};

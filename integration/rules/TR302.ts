import { toegewezenProducten } from './klassen.js';
import { meldOverlap } from './overlap.js';
import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

/**
 * TR302: "Een Product mag alleen vaker in een toewijzingsbericht voorkomen indien de zorgperiodes elkaar
 * niet overlappen." Toelichting: "Indien de productcode niet is meegegeven dan geldt deze technische regel
 * op niveau van productcategorie. Indien productcategorie leeg is, dan mag de toewijzing met geen enkel
 * ander toegewezen product overlappen. Verwijderde toewijzingen (waarvan de einddatum gelijk is aan de
 * ingangsdatum en de reden wijziging is gevuld met 13 (Verwijderd)) maken geen onderdeel uit van de bepaling
 * of er sprake is van stapeling. Hetzelfde geldt voor toewijzingen met reden wijziging 01 (Administratieve
 * correctie (vervallen)) en einddatum gelijk aan ingangsdatum."
 *
 * Source: regels/technische-regels/xslt/TR302.md (lists WMO301). iJw: JW301 ToegewezenProduct
 * (Ingangsdatum–Einddatum).
 */
export const TR302: Regel<JW301> = {
  code: 'TR302',
  titel: 'Geen overlappende zorgperiodes voor hetzelfde product in een toewijzing',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    const perioden = toegewezenProducten(bericht)
      .filter(({ waarde: t }) => !(t.Einddatum === t.Ingangsdatum && (t.RedenWijziging === '13' || t.RedenWijziging === '01')))
      .map(({ waarde: t, klasse, klassePad }) => ({ klasse, klassePad, product: t.Product, begin: t.Ingangsdatum, eind: t.Einddatum }));
    meldOverlap(perioden, ctx, 'Ingangsdatum');
  },
};

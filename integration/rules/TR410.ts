import { nieuweProducten } from './klassen.js';
import { meldOverlap } from './overlap.js';
import type { Regel } from './Regel.js';
import type { JW317 } from './vorm.js';

/**
 * TR410: "Een Product mag alleen vaker in de berichtklassen NieuwProduct voorkomen als de zorgperiodes
 * elkaar niet overlappen." Toelichting: "Indien de productcode niet is meegegeven dan geldt deze technische
 * regel op niveau van productcategorie. Indien productcategorie leeg is, dan mag dit met geen enkel ander
 * aangevraagd product overlappen."
 *
 * Source: regels/technische-regels/xslt/TR410.md (lists WMO317). iJw: JW317 NieuwProduct
 * (GewensteIngangsdatum–Einddatum).
 */
export const TR410: Regel<JW317> = {
  code: 'TR410',
  titel: 'Geen overlappende zorgperiodes voor hetzelfde NieuwProduct',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW317'],
  check(bericht, ctx) {
    const perioden = nieuweProducten(bericht).map(({ waarde: n, klasse, klassePad }) => ({
      klasse,
      klassePad,
      product: n.Product,
      begin: n.GewensteIngangsdatum,
      eind: n.Einddatum,
    }));
    meldOverlap(perioden, ctx, 'GewensteIngangsdatum');
  },
};

import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR338 (9338): "De Prestatie is gerelateerd aan een ToegewezenProduct op basis van het Toewijzingnummer."
 * The allocation with this ToewijzingNummer at the receiving municipality, issued to the sending provider.
 * Rules that compare with the allocation are skipped when this one fails.
 * Source: regels/technische-regels/berichtoverstijgend/TR338.md.
 */
export const TR338 = prestatieRegel({
  code: 'TR338',
  titel: 'Prestatie hoort bij een toegewezen product',
  retourcode: '9338',
  voor: 'beide',
  metToewijzing: false,
  beoordeel: ({ p, t }) => (t ? undefined : `Geen toewijzing ${p.toewijzingNummer} van deze gemeente aan deze aanbieder`),
});

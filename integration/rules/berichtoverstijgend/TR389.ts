import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR389 (9389): "Prestatie met DebetCredit in IngediendBedrag waarde Debet mag alleen ingezonden worden voor
 * dezelfde ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als er niet al eerder
 * een debetprestatie is verzonden." Toelichting: allowed again once that debet has a credit
 * (VorigReferentieNummer = its ReferentieNummer). "Verzonden" counts approved debets: a rejected one was not
 * paid and is corrected by sending it again. Source: regels/technische-regels/berichtoverstijgend/TR389.md.
 */
export const TR389 = prestatieRegel({
  code: 'TR389',
  titel: 'Eén debetprestatie per ProductPeriode, product en toewijzing (berichtoverstijgend)',
  retourcode: '9389',
  voor: 'debet',
  metToewijzing: false,
  beoordeel: ({ p, c }) => {
    const eerder = c.openDebet(p);
    return eerder === undefined ? undefined : `Er is al een debetprestatie (${eerder}) voor deze ProductPeriode, dit product en toewijzing ${p.toewijzingNummer}`;
  },
});

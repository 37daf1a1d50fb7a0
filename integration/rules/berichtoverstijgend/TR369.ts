import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR369 (9369): "Indien in het ToegewezenProduct een Budget is meegegeven, moet de som van GeleverdVolume in
 * alle ingediende Prestaties die betrekking hebben op dat ToegewezenProduct passen binnen het toegewezen
 * Budget." A budget is in euro cents; so is GeleverdVolume in Eenheid 83 (FAQ "Hoe declareer ik een
 * toewijzing met de eenheid Euro's"). We sum the IngediendBedrag of the approved prestaties (equal to
 * GeleverdVolume for Eenheid 83, and the money the budget bounds for any other unit).
 * Source: regels/technische-regels/berichtoverstijgend/TR369.md.
 */
export const TR369 = prestatieRegel({
  code: 'TR369',
  titel: 'Som van de prestaties past binnen het toegewezen Budget',
  retourcode: '9369',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, c, t }) => {
    if (t!.budget_cents === null) return undefined;
    const totaal = c.verbruiktCents(t!) + p.bedrag;
    return totaal <= t!.budget_cents ? undefined : `Totaal gedeclareerd ${totaal} cent is meer dan het toegewezen budget van ${t!.budget_cents} cent`;
  },
});

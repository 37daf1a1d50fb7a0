import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR323 (8017): "Een credit Prestatie moet gerelateerd zijn aan een eerder verzonden (goedgekeurde) debet
 * Prestatie op basis van sleutelvelden." Toelichting: "VorigReferentieNummer van de credit Prestatie moet
 * worden gevuld met ReferentieNummer van de oorspronkelijke debet Prestatie."
 * IV091: the credit is identical to the debet except ReferentieNummer, VorigReferentieNummer and
 * DebetCredit, and crediting is only possible after the JW325 that approved the debet: so the debet is an
 * approved one of an earlier message at this municipality, with equal ToewijzingNummer, product,
 * ProductPeriode, GeleverdVolume, Eenheid, ProductTarief and Bedrag.
 * Source: regels/technische-regels/berichtoverstijgend/TR323.md, invulinstructies/IV091.
 */
export const TR323 = prestatieRegel({
  code: 'TR323',
  titel: 'Creditprestatie verwijst naar een goedgekeurde debetprestatie',
  retourcode: '8017',
  voor: 'credit',
  metToewijzing: false,
  beoordeel: ({ p, debet }) =>
    debet
      ? undefined
      : p.vorigReferentieNummer === undefined
        ? 'Creditprestatie zonder VorigReferentieNummer'
        : `Geen goedgekeurde debetprestatie ${p.vorigReferentieNummer} met dezelfde gegevens`,
});

import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR314 (8021): "ReferentieNummer van de Prestatie moet uniek zijn voor de aanbieder binnen het wettelijk
 * domein waarop de Prestatie betrekking heeft, zowel binnen één bericht als berichtoverstijgend."
 * Checked over every stored prestatie of the provider (all municipalities: the domain is the Jeugdwet) and
 * the prestaties judged before it in this message. Prestaties of a declaration rejected as a whole
 * (TR333/TR318) are not stored: that declaration counts as not sent (IV087).
 * Source: regels/technische-regels/berichtoverstijgend/TR314.md.
 */
export const TR314 = prestatieRegel({
  code: 'TR314',
  titel: 'ReferentieNummer is uniek voor de aanbieder',
  retourcode: '8021',
  voor: 'beide',
  metToewijzing: false,
  beoordeel: ({ p, c }) => (c.referentieBekend(p.referentieNummer) ? `ReferentieNummer ${p.referentieNummer} is al eerder aangeleverd` : undefined),
});

import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR304 (8187): "Bsn moet overeenkomen met Bsn van een Client."
 * In a JW323: the Bsn of the Client must be the BSN of the allocation's client ("De prestatie hoort niet
 * bij deze cliënt"). Source: regels/technische-regels/berichtoverstijgend/TR304.md.
 */
export const TR304 = prestatieRegel({
  code: 'TR304',
  titel: 'Bsn hoort bij de cliënt van de toewijzing',
  retourcode: '8187',
  voor: 'beide',
  metToewijzing: true,
  beoordeel: ({ p, t }) => (t!.bsn === p.bsn ? undefined : `Toewijzing ${p.toewijzingNummer} hoort niet bij deze cliënt`),
});

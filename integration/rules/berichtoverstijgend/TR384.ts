import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR384 (9384): "Het is niet toegestaan te declareren op een toewijzing met RedenWijziging waarde "13"
 * (Verwijderd)." A credit that reverses an approved debet stays allowed (it only undoes).
 * Source: regels/technische-regels/berichtoverstijgend/TR384.md.
 */
export const TR384 = prestatieRegel({
  code: 'TR384',
  titel: 'Niet declareren op een verwijderde toewijzing',
  retourcode: '9384',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, t }) =>
    t!.reden_wijziging === '13' || t!.status === 'verwijderd' ? `Toewijzing ${p.toewijzingNummer} is verwijderd (RedenWijziging 13)` : undefined,
});

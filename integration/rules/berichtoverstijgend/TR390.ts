import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR390 (9390): "DebetCredit mag alleen waarde Credit hebben indien voor Prestatie met gelijk
 * ProductReferentie niet een Prestatie met Credit bestaat." A debet can be credited once.
 * Source: regels/technische-regels/berichtoverstijgend/TR390.md.
 */
export const TR390 = prestatieRegel({
  code: 'TR390',
  titel: 'Een debetprestatie wordt maar één keer gecrediteerd',
  retourcode: '9390',
  voor: 'credit',
  metToewijzing: false,
  beoordeel: ({ p, c, debet }) =>
    debet && c.alGecrediteerd(debet) ? `Debetprestatie ${p.vorigReferentieNummer} is al gecrediteerd` : undefined,
});

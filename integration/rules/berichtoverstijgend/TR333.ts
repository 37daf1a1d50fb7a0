import { declaratieRegel } from '../../declaraties/PrestatieRegel.js';
import { selectDeclaratieNummerBezet } from '../../declaraties/context.sql.js';
import { one } from '../../store/SqlQuery.js';

/**
 * TR333 (9333): "DeclaratieNummer van de Declaratie moet uniek zijn voor de aanbieder binnen het wettelijk
 * domein waarop de Declaratie betrekking heeft." On the Declaratie class: the whole declaration is refused,
 * TotaalToegekendBedrag 0, and it counts as not sent (IV087), so it does not take the number.
 * The unique index declaratie_nummer_uniq also settles a race between two workers (23505 → 9333).
 * Source: regels/technische-regels/berichtoverstijgend/TR333.md.
 */
export const TR333 = declaratieRegel({
  code: 'TR333',
  titel: 'DeclaratieNummer is uniek voor de aanbieder',
  retourcode: '9333',
  async beoordeelDeclaratie(kop, db) {
    const bezet = await one<{ id: string; gemeente_code: string }>(db, selectDeclaratieNummerBezet(kop.aanbieder, kop.nummer));
    return bezet ? `DeclaratieNummer ${kop.nummer} is al gebruikt (declaratie ${bezet.gemeente_code}/${bezet.id})` : undefined;
  },
});

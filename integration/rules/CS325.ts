import { prestaties } from './klassen.js';
import type { Regel, RegelContext } from './Regel.js';
import type { JW323, JW325 } from './vorm.js';

/**
 * CS325: "Indien (Totaal)Bedrag de waarde 0 heeft, dan DebetCredit vullen met D (Debet)."
 * (JW323 TotaalIngediendBedrag and Prestatie.IngediendBedrag; JW325 TotaalIngediendBedrag,
 * TotaalToegekendBedrag and Prestatie.IngediendBedrag)
 *
 * Source: Condities_constraints_per_data-element.md (CS325). Retourcode 0001.
 */
export const CS325: Regel<JW323 | JW325> = {
  code: 'CS325',
  titel: 'Bedrag 0 is debet',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323', 'JW325'],
  check(bericht, ctx) {
    const b = bericht as JW323 & JW325;
    if (b.Declaratie) toets(b.Declaratie.TotaalIngediendBedrag, 'Declaratie', 'Declaratie', 'Declaratie.TotaalIngediendBedrag', ctx);
    if (b.DeclaratieAntwoord) {
      for (const veld of ['TotaalIngediendBedrag', 'TotaalToegekendBedrag'] as const) {
        toets(b.DeclaratieAntwoord[veld], 'DeclaratieAntwoord', 'DeclaratieAntwoord', `DeclaratieAntwoord.${veld}`, ctx);
      }
    }
    for (const p of prestaties(b)) {
      const i = p.waarde.IngediendBedrag;
      toets(i && { TotaalBedrag: i.Bedrag, DebetCredit: i.DebetCredit }, p.klasse, p.klassePad, `${p.klassePad}.IngediendBedrag`, ctx);
    }
  },
};

function toets(
  bedrag: { TotaalBedrag?: number; DebetCredit?: string } | undefined,
  klasse: string,
  klassePad: string,
  pad: string,
  ctx: RegelContext,
) {
  if (bedrag && Number(bedrag.TotaalBedrag) === 0 && bedrag.DebetCredit !== 'D') {
    ctx.report({ klasse, klassePad, pad: `${pad}.DebetCredit`, melding: 'Bedrag 0 met DebetCredit C' });
  }
}

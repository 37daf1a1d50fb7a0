import { prestaties, type Plek } from './klassen.js';
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
    if (b.Declaratie) {
      const t = b.Declaratie.TotaalIngediendBedrag;
      toets(t?.TotaalBedrag, t?.DebetCredit, { klasse: 'Declaratie', klassePad: 'Declaratie' }, 'TotaalIngediendBedrag', ctx);
    }
    if (b.DeclaratieAntwoord) {
      for (const veld of ['TotaalIngediendBedrag', 'TotaalToegekendBedrag'] as const) {
        const t = b.DeclaratieAntwoord[veld];
        toets(t?.TotaalBedrag, t?.DebetCredit, { klasse: 'DeclaratieAntwoord', klassePad: 'DeclaratieAntwoord' }, veld, ctx);
      }
    }
    for (const p of prestaties(b)) {
      const i = p.waarde.IngediendBedrag;
      toets(i?.Bedrag, i?.DebetCredit, p, 'IngediendBedrag', ctx);
    }
  },
};

/** The amount `veld` of class `k` (absent: nothing to check); the paths are spelled out only for a finding. */
function toets(bedrag: number | undefined, debetCredit: string | undefined, k: Plek, veld: string, ctx: RegelContext) {
  if (bedrag !== undefined && Number(bedrag) === 0 && debetCredit !== 'D') {
    ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.${veld}.DebetCredit`, melding: 'Bedrag 0 met DebetCredit C' });
  }
}

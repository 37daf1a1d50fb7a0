import { dagtekeningVan, plusJaren } from './helpers.js';
import { relaties } from './klassen.js';
import type { Regel, RegelContext } from './Regel.js';
import type { Geboortedatum, JW301, JW305, JW307, JW315 } from './vorm.js';

/**
 * TR002: "Geboortedatum mag niet meer dan 120 jaar voor de Dagtekening liggen, tenzij Geboortedatum
 * onbekend is." Toelichting: "Geboortedatum is onbekend als DatumGebruik de waarde 3 (dag, maand en jaar
 * onbekend; onbekende datum) heeft en Datum de waarde 01-01-1900 heeft."
 *
 * Source: regels/technische-regels/xslt/TR002.md (lists WMO301/305/307/315). iJw: the same messages
 * JW301, JW305, JW307 and JW315 carry CDT_Geboortedatum on Client (and JW301 on Relatie).
 */
export const TR002: Regel<JW301 | JW305 | JW307 | JW315> = {
  code: 'TR002',
  titel: 'Geboortedatum niet meer dan 120 jaar voor de Dagtekening',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW305', 'JW307', 'JW315'],
  check(bericht, ctx) {
    const dagtekening = dagtekeningVan(bericht);
    if (!dagtekening) return;
    const grens = plusJaren(dagtekening, -120);
    toets(bericht.Client?.Geboortedatum, 'Client', 'Client', grens, ctx);
    if ('Relaties' in (bericht.Client ?? {})) {
      for (const r of relaties(bericht as JW301)) toets(r.waarde.Geboortedatum, r.klasse, r.klassePad, grens, ctx);
    }
  },
};

function toets(g: Geboortedatum | undefined, klasse: string, klassePad: string, grens: string, ctx: RegelContext) {
  if (!g?.Datum) return;
  if (g.DatumGebruik === '3' && g.Datum === '1900-01-01') return;
  if (g.Datum < grens) {
    ctx.report({
      klasse,
      klassePad,
      pad: `${klassePad}.Geboortedatum.Datum`,
      melding: `Geboortedatum ${g.Datum} ligt meer dan 120 jaar voor de Dagtekening (grens ${grens})`,
    });
  }
}

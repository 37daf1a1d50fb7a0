import type { Regel, RegelContext } from './Regel.js';
import type { JW301, JW315, JW319, MetHeader } from './vorm.js';
import { lijst } from './helpers.js';

/** Messages a municipality sends (the Afzender is LDT_Gemeente); for the others it is the Ontvanger. */
const VAN_GEMEENTE = new Set(['436', '488', '491']); // JW301, JW319, JW325

/**
 * TR378: "Vullen met een bestaande gemeentecode uit het overzicht van CBS dat actueel is op Ingangsdatum
 * of ToewijzingIngangsdatum." Toelichting: "De gemeentecode moet voorkomen in de Gemeentelijke indeling
 * (zie https://www.cbs.nl/). Indien er sprake is van een gemeentelijke herindeling is het toegestaan om een
 * oudere CBS lijst met gemeentecodes te gebruiken [...]"
 *
 * Source: regels/technische-regels/externe-bon/TR378.md (JW301 ... JW325, retourcode S300). Checked on every
 * LDT_Gemeente element: Header.Afzender (JW301, JW319, JW325) or Header.Ontvanger (the others), and
 * Antwoord.Woonplaatsbeginsel.Gemeente (JW319), via ctx.bronnen.isGemeentecode with the earliest
 * Ingangsdatum / ToewijzingIngangsdatum in the message as peildatum.
 */
export const TR378: Regel<MetHeader> = {
  code: 'TR378',
  titel: 'Bestaande CBS-gemeentecode',
  retourcode: 'S300',
  controleniveau: 'extern',
  berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW319', 'JW323', 'JW325'],
  check(bericht, ctx) {
    const header = bericht.Header;
    if (!header) return;
    const peildatum = peildatumVan(bericht);
    const veld = VAN_GEMEENTE.has(String(header.BerichtCode)) ? 'Afzender' : 'Ontvanger';
    toets(header[veld], 'Header', 'Header', `Header.${veld}`, peildatum, ctx);
    const wpb = (bericht as JW319).Antwoord?.Woonplaatsbeginsel;
    if (wpb) {
      toets(wpb.Gemeente, 'Woonplaatsbeginsel', 'Antwoord.Woonplaatsbeginsel', 'Antwoord.Woonplaatsbeginsel.Gemeente', peildatum, ctx);
    }
  },
};

function toets(code: string | undefined, klasse: string, klassePad: string, pad: string, peildatum: string | undefined, ctx: RegelContext) {
  if (code === undefined || ctx.bronnen.isGemeentecode(code, peildatum)) return;
  ctx.report({ klasse, klassePad, pad, melding: `Gemeentecode ${code} komt niet voor in de CBS-gemeentelijke indeling` });
}

function peildatumVan(bericht: MetHeader): string | undefined {
  const datums = [
    ...lijst((bericht as JW301).Client?.ToegewezenProducten?.ToegewezenProduct).map((t) => t.Ingangsdatum),
    ...lijst((bericht as JW315).Client?.AangevraagdeProducten?.AangevraagdProduct).map((a) => a.ToewijzingIngangsdatum),
  ].filter((d): d is string => !!d);
  return datums.sort()[0];
}

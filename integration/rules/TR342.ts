import { getekend, lijst } from './helpers.js';
import { prestaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW325 } from './vorm.js';

/** DeclaratieAntwoord codes that do not reject the declaration as a whole. */
const GEEN_AFKEUR = ['0200', '8001'];

/**
 * TR342: "Alleen afgewezen Prestaties dienen meegestuurd te worden in het declaratie-antwoordbericht op een
 * declaratie." Toelichting (abridged): "Indien afkeur op berichtklasse DeclaratieAntwoord plaatsvindt, dan
 * vindt er geen beoordeling plaats van de prestaties. [...] In deze situatie dient het TotaalToegekendbedrag
 * gevuld te worden met 0. [...] De volgende controle dwingt dit af: SOM (Prestatie.IngediendBedrag) =
 * DeclaratieAntwoord.TotaalIngediendBedrag -/- TotaalToegekendBedrag"
 *
 * Source: regels/technische-regels/xslt/TR342.md (lists WMO325). iJw: JW325 DeclaratieAntwoord. All sums are
 * taken with DebetCredit (debet +, credit −).
 */
export const TR342: Regel<JW325> = {
  code: 'TR342',
  titel: 'Alleen afgewezen prestaties in het declaratie-antwoord',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW325'],
  check(bericht, ctx) {
    const antwoord = bericht.DeclaratieAntwoord;
    if (!antwoord) return;
    const ingediend = getekend(antwoord.TotaalIngediendBedrag?.TotaalBedrag, antwoord.TotaalIngediendBedrag?.DebetCredit);
    const toegekend = getekend(antwoord.TotaalToegekendBedrag?.TotaalBedrag, antwoord.TotaalToegekendBedrag?.DebetCredit);
    const codes = lijst(antwoord.RetourCodes?.RetourCode);
    const afgekeurd = codes.some((c) => !GEEN_AFKEUR.includes(c));
    const melden = (pad: string, melding: string) =>
      ctx.report({ klasse: 'DeclaratieAntwoord', klassePad: 'DeclaratieAntwoord', pad, melding });
    if (afgekeurd) {
      if (toegekend !== 0) melden('DeclaratieAntwoord.TotaalToegekendBedrag', 'DeclaratieAntwoord is afgekeurd maar TotaalToegekendBedrag is niet 0');
      return;
    }
    const som = prestaties(bericht).reduce(
      (s, p) => s + getekend(p.waarde.IngediendBedrag?.Bedrag, p.waarde.IngediendBedrag?.DebetCredit),
      0,
    );
    if (som !== ingediend - toegekend) {
      melden(
        'DeclaratieAntwoord.Clienten',
        `Som van de meegestuurde prestaties (${som}) is niet TotaalIngediendBedrag − TotaalToegekendBedrag (${ingediend - toegekend})`,
      );
    }
  },
};

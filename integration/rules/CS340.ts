import { laatsteDagVanMaand } from './helpers.js';
import type { Regel } from './Regel.js';
import type { JW323 } from './vorm.js';

/**
 * CS340: "De periode is exact gelijk aan 1 hele kalendermaand" (JW323 Declaratie.DeclaratiePeriode)
 *
 * Source: Condities_constraints_per_data-element.md (CS340). Retourcode 0001.
 */
export const CS340: Regel<JW323> = {
  code: 'CS340',
  titel: 'DeclaratiePeriode is één hele kalendermaand',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323'],
  check(bericht, ctx) {
    const { Begindatum, Einddatum } = bericht.Declaratie?.DeclaratiePeriode ?? {};
    if (!Begindatum || !Einddatum) return;
    if (Begindatum.endsWith('-01') && Einddatum === laatsteDagVanMaand(Begindatum)) return;
    ctx.report({
      klasse: 'Declaratie',
      klassePad: 'Declaratie',
      pad: 'Declaratie.DeclaratiePeriode',
      melding: `DeclaratiePeriode ${Begindatum} – ${Einddatum} is niet één hele kalendermaand`,
    });
  },
};

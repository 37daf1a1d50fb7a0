import type { Regel } from './Regel.js';
import type { MetHeader } from './vorm.js';

/**
 * TR135: "Vullen met een bestaande datum die niet in de toekomst ligt." WJ001 8848: "Dagtekening moet gelijk
 * zijn aan of voor de systeemdatum liggen."
 *
 * Source: regels/technische-regels/externe-bon/TR135.md (JW301, 305, 307, 315, 317, 319, 323, 325), on
 * Header.BerichtIdentificatie.Dagtekening against ctx.bronnen.vandaag() (the receiver's system date).
 */
export const TR135: Regel<MetHeader> = {
  code: 'TR135',
  titel: 'Dagtekening niet in de toekomst',
  retourcode: '8848',
  controleniveau: 'extern',
  berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW319', 'JW323', 'JW325'],
  check(bericht, ctx) {
    const dagtekening = bericht.Header?.BerichtIdentificatie?.Dagtekening;
    const vandaag = ctx.bronnen.vandaag();
    if (dagtekening && dagtekening > vandaag) {
      ctx.report({
        klasse: 'Header',
        klassePad: 'Header',
        pad: 'Header.BerichtIdentificatie.Dagtekening',
        melding: `Dagtekening ${dagtekening} ligt na de systeemdatum ${vandaag}`,
      });
    }
  },
};

import { dagtekeningVan, isBestaandeDatum } from './helpers.js';
import { relaties, startProducten, stopProducten, toegewezenProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301, JW305, JW307, JW315, JW323, JW325 } from './vorm.js';

/**
 * TR134: "Vullen met een bestaande datum die niet groter is dan de Dagtekening van het bericht."
 *
 * Source: regels/technische-regels/xslt/TR134.md (lists WMO301/305/307/315/323/325; the same JW messages).
 * The rule text names no element; applied to the dates in those messages that record something that has
 * already happened when the message is dated:
 * - Geboortedatum of Client (JW301, 305, 307, 315) and Relatie (JW301);
 * - Toewijzingsdatum (JW301): the allocation was determined on or before the Dagtekening;
 * - Begindatum of StartProduct (JW305) and Begindatum/Einddatum of StopProduct (JW307): a start or stop is
 *   reported once it happened (procesbeschrijving 4.3/4.4);
 * - DeclaratieDagtekening (JW323) and DeclaratieIdentificatie.Dagtekening (JW325).
 * The official examples satisfy all of these.
 */
export const TR134: Regel<JW301 | JW305 | JW307 | JW315 | JW323 | JW325> = {
  code: 'TR134',
  titel: 'Datum niet groter dan de Dagtekening',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW323', 'JW325'],
  check(bericht, ctx) {
    const dagtekening = dagtekeningVan(bericht);
    if (!dagtekening) return;
    const toets = (datum: string | undefined, klasse: string, klassePad: string, pad: string) => {
      if (datum === undefined) return;
      if (!isBestaandeDatum(datum) || datum > dagtekening) {
        ctx.report({ klasse, klassePad, pad, melding: `${pad} ${datum} ligt na de Dagtekening ${dagtekening}` });
      }
    };
    const b = bericht as JW301 & JW305 & JW307 & JW323 & JW325;
    toets(b.Client?.Geboortedatum?.Datum, 'Client', 'Client', 'Client.Geboortedatum.Datum');
    for (const r of relaties(b)) toets(r.waarde.Geboortedatum?.Datum, r.klasse, r.klassePad, `${r.klassePad}.Geboortedatum.Datum`);
    for (const t of toegewezenProducten(b)) toets(t.waarde.Toewijzingsdatum, t.klasse, t.klassePad, `${t.klassePad}.Toewijzingsdatum`);
    for (const s of startProducten(b)) toets(s.waarde.Begindatum, s.klasse, s.klassePad, `${s.klassePad}.Begindatum`);
    for (const s of stopProducten(b)) {
      toets(s.waarde.Begindatum, s.klasse, s.klassePad, `${s.klassePad}.Begindatum`);
      toets(s.waarde.Einddatum, s.klasse, s.klassePad, `${s.klassePad}.Einddatum`);
    }
    toets(b.Declaratie?.DeclaratieDagtekening, 'Declaratie', 'Declaratie', 'Declaratie.DeclaratieDagtekening');
    toets(b.Header?.DeclaratieIdentificatie?.Dagtekening, 'Header', 'Header', 'Header.DeclaratieIdentificatie.Dagtekening');
  },
};


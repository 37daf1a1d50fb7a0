import { declaratieClienten, type Plek } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301, JW323, JW325 } from './vorm.js';

/** The 11-proef for a BSN: 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is divisible by 11 (and not all zeros). */
export function elfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(bsn[i]) * (9 - i);
  som -= Number(bsn[8]);
  return som % 11 === 0;
}

/**
 * CS002: "De waarde moet voldoen aan de 11-proef." (Client.Bsn in JW301, 305, 307, 315, 317, 323, 325)
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CS002); elfproef.md.
 * The XSD only checks 9 digits. Retourcode 0001 (an in-message constraint, IV028 level 2).
 */
export const CS002: Regel<JW301 | JW323 | JW325> = {
  code: 'CS002',
  titel: 'Bsn voldoet aan de 11-proef',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW323', 'JW325'],
  check(bericht, ctx) {
    const toets = (bsn: string | undefined, c: Plek) => {
      if (bsn !== undefined && !elfproef(String(bsn))) {
        ctx.report({ klasse: c.klasse, klassePad: c.klassePad, pad: `${c.klassePad}.Bsn`, melding: `Bsn ${bsn} voldoet niet aan de 11-proef` });
      }
    };
    if ('Client' in bericht && bericht.Client) toets(bericht.Client.Bsn, { klasse: 'Client', klassePad: 'Client' });
    for (const c of declaratieClienten(bericht as JW323)) toets(c.waarde.Bsn, c);
  },
};

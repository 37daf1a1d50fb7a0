/**
 * Issue 7, item 6: a message enters only from an authenticated sender that speaks for its Afzender. Each channel
 * authenticates in its own way — POST /ijw by bearer token (aanbieder:<AGB>, gemeente:<CBS>), the GGk directory by
 * upload folder (the portal lets an organisation write only into its own) — and passes the identities it
 * established; this file compares them with the envelope's zender and the message header's Afzender.
 * A refused message is not stored: it never entered (only what an authenticated sender sent can be lost).
 */
import type { BerichtKop } from '../flows/leesHeader.js';

export interface GeauthenticeerdeAfzender {
  /** The AGB / CBS codes this sender may send as. */
  identiteiten: readonly string[];
  /** How it was established, for the refusal: e.g. "token aanbieder:12345678", "uploadmap uploads/12345678". */
  bron: string;
}

/**
 * Why the message may not enter from this sender, or null. `zender`: the envelope's stuurgegevens zender
 * organisatie (null for a bare message). An Afzender the header does not reveal (not an iJw message) is let through:
 * the sender is authenticated, and receive stores the bytes as `onbekend` to be answered like any garbage.
 */
export function afzenderFout(afzender: GeauthenticeerdeAfzender, zender: string | null, kop: BerichtKop | null): string | null {
  const mag = (id: string) => afzender.identiteiten.includes(id);
  if (zender !== null && !mag(zender)) return `de StUF-zender ${zender || '(leeg)'} is niet de geauthenticeerde afzender (${afzender.bron})`;
  if (kop?.afzender && !mag(kop.afzender)) return `Afzender ${kop.afzender} in de Header is niet de geauthenticeerde afzender (${afzender.bron})`;
  return null;
}

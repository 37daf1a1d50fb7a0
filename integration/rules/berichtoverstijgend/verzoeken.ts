/** Shared by the cross-message rules on JW315/JW317/JW319/JW301: the parties and the current allocations. */
import { run } from '../../store/SqlQuery.js';
import { findActueleToewijzingen, type ToewijzingRij } from '../../zorg/toewijzing.sql.js';
import type { Queryable } from '../Regel.js';
import type { JW317 } from '../vorm.js';

/** TR349/TR350/TR351: allocations of the client at the sender, current on the Dagtekening (removed ones excluded). */
export async function actueleToewijzingen(db: Queryable, b: JW317): Promise<ToewijzingRij[] | null> {
  const gemeente = b.Header?.Ontvanger;
  const agb = b.Header?.Afzender;
  const bsn = b.Client?.Bsn;
  const peildatum = b.Header?.BerichtIdentificatie?.Dagtekening;
  if (!gemeente || !agb || !bsn || !peildatum) return null;
  return run<ToewijzingRij & Record<string, unknown>>(db, findActueleToewijzingen(gemeente, bsn, agb, peildatum));
}

export const nummer = (v: number | string | undefined): number | null => (v === undefined || v === null || v === '' ? null : Number(v));

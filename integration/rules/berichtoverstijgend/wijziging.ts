/** Shared by TR357, TR361, TR373, TR375, TR411, TR412: each TeWijzigenProduct of a JW317 with the allocation it names. */
import type { ToewijzingRij } from '../../zorg/toewijzing.sql.js';
import { teWijzigenProducten, type Klasse } from '../klassen.js';
import type { Queryable } from '../Regel.js';
import type { JW317, TeWijzigenProduct } from '../vorm.js';
import { actueleToewijzingen, nummer } from './verzoeken.js';

/** Pairs whose ToewijzingNummer is a current allocation of the client at the sender (others are TR351's finding). */
export async function teWijzigenMetToewijzing(db: Queryable, b: JW317): Promise<{ k: Klasse<TeWijzigenProduct>; t: ToewijzingRij }[]> {
  const producten = teWijzigenProducten(b);
  if (!producten.length) return [];
  const actueel = await actueleToewijzingen(db, b);
  if (!actueel) return [];
  const perNummer = new Map(actueel.map((t) => [t.toewijzing_nummer, t]));
  const out: { k: Klasse<TeWijzigenProduct>; t: ToewijzingRij }[] = [];
  for (const k of producten) {
    const t = perNummer.get(nummer(k.waarde.ToewijzingNummer) ?? -1);
    if (t) out.push({ k, t });
  }
  return out;
}

/** TR375/TR412: "Einddatum groter dan 31-12-2020 of leeg". */
export const naGrens2020 = (einddatum: string | null): boolean => einddatum === null || einddatum > '2020-12-31';

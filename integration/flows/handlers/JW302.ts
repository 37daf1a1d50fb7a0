/**
 * JW302 received for our JW301: the allocation's side of the retour. The pipeline already links the JW302 to our JW301 and
 * records its codes on that message (bericht.retourcodes); here each allocation the JW301 carried gets jw302_status
 * 'ontvangen' (only 0200/0233 on its ToegewezenProduct, Client and Header) or 'afgekeurd' with those codes.
 */
import type { BerichtHandler, HandlerResultaat } from '../Handler.js';
import type { JW302Bericht } from '../../ijw/generated/index.generated.js';
import { lijst } from '../../rules/helpers.js';
import { findOrigineel } from '../../store/bericht.sql.js';
import { one } from '../../store/SqlQuery.js';
import { markJW302, markJW302Bericht } from '../../zorg/toewijzing.sql.js';
import { run } from '../../store/SqlQuery.js';

const GEEN_OPMERKING = new Set(['0200', '0233']);

export const JW302Handler: BerichtHandler<JW302Bericht> = {
  type: 'JW302',
  async handle(bericht, ctx): Promise<HandlerResultaat> {
    const h = bericht.Header as JW302Bericht['Header'] & { RetourCodes?: { RetourCode: string | string[] } };
    const origineel = await one<{ id: string }>(ctx.db, findOrigineel('uit', h.Afzender, 'JW301', h.BerichtIdentificatie.Identificatie));
    if (!origineel) return {};
    const boven = [...lijst(h.RetourCodes?.RetourCode), ...lijst(bericht.Client?.RetourCodes?.RetourCode as string | string[] | undefined)];
    const toewijzingIds: string[] = [];
    const producten = lijst(bericht.Client?.ToegewezenProducten?.ToegewezenProduct);
    if (producten.length === 0) {
      // IV028: a JW302 with only a Header approves (no codes) or refuses (0001 ...) the JW301 as a whole.
      const codes = [...new Set(boven)].sort();
      const status = codes.every((c) => GEEN_OPMERKING.has(c)) ? 'ontvangen' : 'afgekeurd';
      for (const r of await run<{ id: string }>(ctx.db, markJW302Bericht(origineel.id, status, codes))) toewijzingIds.push(r.id);
      return { toewijzingIds };
    }
    for (const tp of lijst(bericht.Client?.ToegewezenProducten?.ToegewezenProduct)) {
      const eigen = lijst((tp as { RetourCodes?: { RetourCode: string | string[] } }).RetourCodes?.RetourCode);
      const codes = [...new Set([...boven, ...eigen])].sort();
      const status = codes.every((c) => GEEN_OPMERKING.has(c)) ? 'ontvangen' : 'afgekeurd';
      const rij = await one<{ id: string }>(ctx.db, markJW302(origineel.id, tp.ToewijzingNummer, status, codes));
      if (rij) toewijzingIds.push(rij.id);
    }
    return { toewijzingIds };
  },
};

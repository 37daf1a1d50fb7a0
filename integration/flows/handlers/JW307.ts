/**
 * JW307 Stopbericht received: record each StopProduct that passed the rules, linked to the start it ends.
 * Temporary (RedenBeeindiging 20) and definitive stops are rows with their own key (start key + RedenBeeindiging +
 * Einddatum); StatusAanlevering 3 removes the current stop with that key first (IV008). The JW308 is the pipeline's.
 */
import type { BerichtHandler, HandlerResultaat } from '../Handler.js';
import { one } from '../../store/SqlQuery.js';
import { stopProducten } from '../../rules/klassen.js';
import type { JW307 } from '../../rules/vorm.js';
import { EERSTE_AANLEVERING, VERWIJDEREN, stopSleutel, toewijzingVoorLevering } from '../../rules/berichtoverstijgend/levering.js';
import { ensureClient } from '../../zorg/clienten.js';
import { findActueleStart, findActueleStop, insertStop, verwijderStop } from '../../zorg/levering.sql.js';
import { afgekeurd, handlerBevinding } from './afgekeurd.js';

export const JW307Handler: BerichtHandler<JW307> = {
  type: 'JW307',
  async handle(bericht, ctx): Promise<HandlerResultaat> {
    const res: Required<Pick<HandlerResultaat, 'bevindingen' | 'clientIds' | 'toewijzingIds'>> = { bevindingen: [], clientIds: [], toewijzingIds: [] };
    const items = stopProducten(bericht).filter((i) => !afgekeurd(i.klassePad, ctx.bevindingen));
    if (!items.length || !bericht.Client?.Bsn) return res;
    const gemeenteCode = bericht.Header!.Ontvanger!;
    const client = await ensureClient(ctx.db, gemeenteCode, { bsn: bericht.Client.Bsn, geboortedatum: bericht.Client.Geboortedatum?.Datum });
    res.clientIds.push(client.id);

    for (const item of items.filter((i) => i.waarde.StatusAanlevering === VERWIJDEREN)) {
      const k = stopSleutel(bericht, item.waarde);
      const stop = k && (await one<{ id: string }>(ctx.db, findActueleStop(k)));
      if (stop) await one(ctx.db, verwijderStop(gemeenteCode, stop.id, ctx.bericht.id));
    }
    for (const item of items.filter((i) => i.waarde.StatusAanlevering === EERSTE_AANLEVERING)) {
      const k = stopSleutel(bericht, item.waarde);
      if (!k) continue;
      const start = await one<{ id: string }>(ctx.db, findActueleStart(k));
      const toewijzing = await toewijzingVoorLevering(ctx.db, k);
      if (toewijzing) res.toewijzingIds.push(toewijzing.id);
      const rij = await one<{ id: string }>(ctx.db, insertStop({
        gemeenteCode, clientId: client.id, aanbiederAgb: k.aanbiederAgb, toewijzingNummer: k.toewijzingNummer,
        toewijzingId: toewijzing?.id ?? null, startProductId: start?.id ?? null, categorie: k.categorie, code: k.code,
        toewijzingIngangsdatum: item.waarde.ToewijzingIngangsdatum ?? null, begindatum: k.begindatum,
        redenBeeindiging: k.redenBeeindiging, einddatum: k.einddatum, berichtId: ctx.bericht.id,
      }));
      if (!rij) {
        res.bevindingen.push(handlerBevinding('TR074', '9074', item.klasse, item.klassePad, 'Er is al een StopProduct ontvangen met deze sleutel'));
      }
    }
    return res;
  },
};

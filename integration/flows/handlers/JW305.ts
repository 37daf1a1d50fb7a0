/**
 * JW305 Startbericht received (the municipality's side): record each StartProduct that passed the rules.
 * StatusAanlevering 3 removes the current start with the same logical key first (IV008), then StatusAanlevering 1
 * records new starts, so a correction in one message (remove + re-deliver) works. The JW306 is the pipeline's.
 */
import type { BerichtHandler, HandlerResultaat } from '../Handler.js';
import { one } from '../../store/SqlQuery.js';
import { startProducten } from '../../rules/klassen.js';
import type { JW305 } from '../../rules/vorm.js';
import { EERSTE_AANLEVERING, VERWIJDEREN, startSleutel, toewijzingVoorLevering } from '../../rules/berichtoverstijgend/levering.js';
import { ensureClient } from '../../zorg/clienten.js';
import { findActueleStart, insertStart, verwijderStart } from '../../zorg/levering.sql.js';
import { afgekeurd, handlerBevinding } from './afgekeurd.js';

export const JW305Handler: BerichtHandler<JW305> = {
  type: 'JW305',
  async handle(bericht, ctx): Promise<HandlerResultaat> {
    const res: Required<Pick<HandlerResultaat, 'bevindingen' | 'clientIds' | 'toewijzingIds'>> = { bevindingen: [], clientIds: [], toewijzingIds: [] };
    const items = startProducten(bericht).filter((i) => !afgekeurd(i.klassePad, ctx.bevindingen));
    if (!items.length || !bericht.Client?.Bsn) return res;
    const gemeenteCode = bericht.Header!.Ontvanger!;
    const client = await ensureClient(ctx.db, gemeenteCode, { bsn: bericht.Client.Bsn, geboortedatum: bericht.Client.Geboortedatum?.Datum });
    res.clientIds.push(client.id);

    for (const item of items.filter((i) => i.waarde.StatusAanlevering === VERWIJDEREN)) {
      const k = startSleutel(bericht, item.waarde)!;
      const start = await one<{ id: string }>(ctx.db, findActueleStart(k));
      if (start) await one(ctx.db, verwijderStart(gemeenteCode, start.id, ctx.bericht.id));
    }
    for (const item of items.filter((i) => i.waarde.StatusAanlevering === EERSTE_AANLEVERING)) {
      const k = startSleutel(bericht, item.waarde)!;
      const toewijzing = await toewijzingVoorLevering(ctx.db, k);
      if (toewijzing) res.toewijzingIds.push(toewijzing.id);
      const rij = await one<{ id: string }>(ctx.db, insertStart({
        gemeenteCode, clientId: client.id, aanbiederAgb: k.aanbiederAgb, toewijzingNummer: k.toewijzingNummer,
        toewijzingId: toewijzing?.id ?? null, categorie: k.categorie, code: k.code,
        toewijzingIngangsdatum: item.waarde.ToewijzingIngangsdatum ?? null, begindatum: k.begindatum, berichtId: ctx.bericht.id,
      }));
      if (!rij) {
        res.bevindingen.push(handlerBevinding('TR074', '9074', item.klasse, item.klassePad, 'Er is al een StartProduct ontvangen met deze sleutel'));
      }
    }
    return res;
  },
};

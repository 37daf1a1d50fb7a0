/**
 * JW315 Verzoek om toewijzing received: one `verzoek` per AangevraagdProduct (each has its own ReferentieAanbieder, IV097),
 * status 'ontvangen', awaiting the municipality's decision (integration/zorg/verzoeken.ts: JW301 or JW319).
 * The client's name and sex are kept for the JW301. The JW316 is the pipeline's.
 */
import type { BerichtHandler, HandlerResultaat } from '../Handler.js';
import { one } from '../../store/SqlQuery.js';
import { aangevraagdeProducten } from '../../rules/klassen.js';
import type { JW315Bericht } from '../../ijw/generated/index.generated.js';
import { ensureClient } from '../../zorg/clienten.js';
import { insertVerzoek } from '../../zorg/verzoek.sql.js';
import { afgekeurd, handlerBevinding } from './afgekeurd.js';

export const JW315Handler: BerichtHandler<JW315Bericht> = {
  type: 'JW315',
  async handle(bericht, ctx): Promise<HandlerResultaat> {
    const res = { bevindingen: [] as HandlerResultaat['bevindingen'] & object, clientIds: [] as string[] };
    const items = aangevraagdeProducten(bericht).filter((i) => !afgekeurd(i.klassePad, ctx.bevindingen));
    if (!items.length) return res;
    const c = bericht.Client;
    const client = await ensureClient(ctx.db, bericht.Header.Ontvanger, {
      bsn: c.Bsn,
      geboortedatum: c.Geboortedatum?.Datum,
      persoonsgegevens: { Geslacht: c.Geslacht, Naam: { ...c.Naam, NaamGebruik: '1' } },
    });
    res.clientIds.push(client.id);
    for (const item of items) {
      const rij = await one<{ id: string }>(ctx.db, insertVerzoek({
        gemeenteCode: bericht.Header.Ontvanger, soort: 'JW315', aanbiederAgb: bericht.Header.Afzender, clientId: client.id,
        referentieAanbieder: item.waarde.ReferentieAanbieder!, gevraagd: item.waarde, redenVerzoek: null,
        berichtId: ctx.bericht.id, ontvangenOp: bericht.Header.BerichtIdentificatie.Dagtekening,
      }));
      if (!rij) res.bevindingen.push(handlerBevinding('TR347', '9347', item.klasse, item.klassePad, 'ReferentieAanbieder is al gebruikt'));
    }
    return res;
  },
};

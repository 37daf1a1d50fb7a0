/**
 * JW317 Verzoek om wijziging received: one `verzoek` (the whole desired situation: Ongewijzigde, TeWijzigen and Nieuwe
 * producten under one ReferentieAanbieder), status 'ontvangen', awaiting the decision (JW301 or JW319). The JW318 is the pipeline's.
 */
import type { BerichtHandler, HandlerResultaat } from '../Handler.js';
import { one } from '../../store/SqlQuery.js';
import type { JW317Bericht } from '../../ijw/generated/index.generated.js';
import { ensureClient } from '../../zorg/clienten.js';
import { insertVerzoek } from '../../zorg/verzoek.sql.js';
import { afgekeurd, handlerBevinding } from './afgekeurd.js';

export const JW317Handler: BerichtHandler<JW317Bericht> = {
  type: 'JW317',
  async handle(bericht, ctx): Promise<HandlerResultaat> {
    const res = { bevindingen: [] as NonNullable<HandlerResultaat['bevindingen']>, clientIds: [] as string[] };
    if (afgekeurd('Client.Verzoek', ctx.bevindingen)) return res;
    const client = await ensureClient(ctx.db, bericht.Header.Ontvanger, { bsn: bericht.Client.Bsn });
    res.clientIds.push(client.id);
    const v = bericht.Client.Verzoek;
    const rij = await one<{ id: string }>(ctx.db, insertVerzoek({
      gemeenteCode: bericht.Header.Ontvanger, soort: 'JW317', aanbiederAgb: bericht.Header.Afzender, clientId: client.id,
      referentieAanbieder: v.ReferentieAanbieder, gevraagd: v, redenVerzoek: v.RedenVerzoek,
      berichtId: ctx.bericht.id, ontvangenOp: bericht.Header.BerichtIdentificatie.Dagtekening,
    }));
    if (!rij) res.bevindingen.push(handlerBevinding('TR347', '9347', 'Verzoek', 'Client.Verzoek', 'ReferentieAanbieder is al gebruikt'));
    return res;
  },
};

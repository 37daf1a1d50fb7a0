import { one } from '../../store/SqlQuery.js';
import type { SqlQuery } from '../../store/SqlQuery.js';
import type { Regel } from '../Regel.js';
import type { MetHeader } from '../vorm.js';

/**
 * ADRESSERING (0001): the inbound heenbericht is addressed to a municipality we serve and comes from a provider we
 * know. Not an iJw rule but our receiver's check (a 'ontvangst' rule of this platform, hence no TR code): WJ001 has
 * no code for "receiver is not the addressee" or "sender unknown" (S300/TR378 is only for a code that is not on the
 * CBS list), so by OP286 (a technical fault: the whole message is rejected and the sender told by a retourbericht)
 * it is 0001 on the Header, with a melding that says which.
 *
 * Without it the handler of such a message (JW315, JW317, JW305, JW307, JW323) hits a foreign key (client →
 * municipality, verzoek/toewijzing → provider), the transaction is retried MAX_POGINGEN times and the message is
 * only then rejected as an unexplained technical failure.
 *
 * Only an Ontvanger that is on the CBS list is checked here; any other gets S300 from TR378.
 *
 * Where it runs (a choice, not the standard's): as the pipeline's receiving gate (ONTVANGST_REGELS), on every
 * schema-valid inbound heenbericht before the in-message and cross-message rules, with ctx.db = the processing
 * transaction (integration/flows/pipeline.ts; for JW323 integration/declaraties/pipelineJW323.ts, on the stored
 * Header, before anything is streamed or booked). When it reports, no other rule and no handler runs: findings about
 * the content (9019 "no allocation", 8848 ...) mean nothing for a message that is not ours, and the retour is the
 * Header with 0001 only. It is therefore not in berichtoverstijgendeRegels, so runRegels does not run it twice.
 * The pipeline's claim asks the same question (adres_bekend in integration/store/bericht.sql.ts); the rule runs only
 * when the answer is no, to report what is wrong.
 * One statement, two unique-index probes (municipality_cbs_code_key, provider_agb_code_key).
 */
export function findAdressering(gemeente: string, agb: string): SqlQuery {
  return {
    text: `SELECT EXISTS (SELECT 1 FROM municipality WHERE cbs_code = $1) AS gemeente,
                  EXISTS (SELECT 1 FROM provider WHERE agb_code = $2) AS aanbieder`,
    values: [gemeente, agb],
  };
}

export const ADRESSERING: Regel<MetHeader> = {
  code: 'ADRESSERING',
  titel: 'Ontvanger is een gemeente van dit platform en Afzender een bekende aanbieder',
  retourcode: '0001',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW305', 'JW307', 'JW315', 'JW317', 'JW323'],
  async check(bericht, ctx) {
    const h = bericht.Header;
    if (!ctx.db || !h) return;
    const gemeente = String(h.Ontvanger ?? '');
    const agb = String(h.Afzender ?? '');
    const r = (await one<{ gemeente: boolean; aanbieder: boolean }>(ctx.db, findAdressering(gemeente, agb)))!;
    if (!r.gemeente && ctx.bronnen.isGemeentecode(gemeente)) {
      ctx.report({ klasse: 'Header', klassePad: 'Header', pad: 'Header.Ontvanger',
        melding: `Ontvanger ${gemeente} is geen gemeente die via dit platform berichten ontvangt (niet de geadresseerde)` });
    }
    if (!r.aanbieder) {
      ctx.report({ klasse: 'Header', klassePad: 'Header', pad: 'Header.Afzender',
        melding: `Afzender ${agb} is geen bij dit platform bekende aanbieder` });
    }
  },
};

/** The receiving gate of the pipeline: run before all other rules; any finding rejects the message as a whole. */
export const ONTVANGST_REGELS: readonly Regel[] = Object.freeze([ADRESSERING as Regel]);

/**
 * Deciding on a request (JW315 verzoek om toewijzing, JW317 verzoek om wijziging), per berichtstromen:
 * - investigate: JW319 VerzoekAntwoord 2 (once, TR360);
 * - reject: JW319 VerzoekAntwoord 1 with RedenAfwijzingVerzoek (WJ759; 8 woonplaatsbeginsel names the right municipality);
 * - allocate: JW301 — for a JW315 the requested product (ReferentieAanbieder of that AangevraagdProduct), for a JW317 the
 *   whole requested situation (TeWijzigen changed with RedenWijziging 12, Nieuwe added), every ToegewezenProduct carrying the
 *   request's ReferentieAanbieder (IV093).
 * Every JW319 is checked with the cross-message rules on JW319 (TR355, TR359, TR360, TR365) before it is queued.
 */
import { InputError, JeugdregieError, NotFoundError } from '../../api/errors/index.js';
import { BERICHTCODE } from '../ijw/berichttypen.js';
import type { UitgaandResultaat } from '../flows/uitgaand.js';
import { standaardDeps } from '../flows/standaardDeps.js';
import type { JW315AangevraagdProduct, JW317Verzoek, JW319Bericht } from '../ijw/generated/index.generated.js';
import type { Queryable } from '../rules/Regel.js';
import { lijst } from '../rules/helpers.js';
import { one, run } from '../store/SqlQuery.js';
import type { ClientRij } from './client.sql.js';
import { findToewijzingByNummer, findToewijzingenVoorBericht, markVerzonden, setHistorieBericht, TOEWIJZING_KOLOMMEN, type ToewijzingRij } from './toewijzing.sql.js';
import { applyWijziging, checkEigenBericht, insertToewijzingen, requireClientContact, verstuur, type NieuwProductInput, type ZorgOpties } from './toewijzingen.js';
import { buildJW301 } from './jw301.js';
import { findVerzoek, markBesluit, markOnderzoek, type VerzoekRij } from './verzoek.sql.js';

const REDENEN_AFWIJZING = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9']);

async function loadOpen(db: Queryable, gemeenteCode: string, verzoekId: string): Promise<VerzoekRij> {
  const v = await one<VerzoekRij & Record<string, unknown>>(db, findVerzoek(gemeenteCode, verzoekId, true));
  if (!v) throw new NotFoundError('verzoek', verzoekId, 'input.verzoekId');
  if (v.status === 'toegewezen' || v.status === 'afgewezen') {
    throw new JeugdregieError('INVALID_TRANSITION', `verzoek ${v.referentie_aanbieder} is already ${v.status}`, { field: 'input.verzoekId' });
  }
  return v;
}

async function verstuurJW319(db: Queryable, v: VerzoekRij, antwoord: JW319Bericht['Antwoord'], opts: ZorgOpties): Promise<UitgaandResultaat> {
  const bericht = {
    Header: { BerichtCode: BERICHTCODE.JW319, BerichtVersie: 3, BerichtSubversie: 2, Afzender: v.gemeente_code, Ontvanger: v.aanbieder_agb,
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' } },
    Antwoord: antwoord,
  } as JW319Bericht;
  await checkEigenBericht(db, 'JW319', bericht, opts);
  return verstuur(db, 'JW319', bericht, { clientIds: [v.client_id] }, opts.uitgaand ?? standaardDeps());
}

/** JW319 'Aanvraag in onderzoek' (VerzoekAntwoord 2). */
export async function investigateVerzoek(db: Queryable, input: { gemeenteCode: string; verzoekId: string }, opts: ZorgOpties = {}) {
  const v = await loadOpen(db, input.gemeenteCode, input.verzoekId);
  const bericht = await verstuurJW319(db, v, { ReferentieAanbieder: v.referentie_aanbieder, VerzoekAntwoord: '2' }, opts);
  await one(db, markOnderzoek(v.gemeente_code, v.id, bericht.id));
  return { verzoek: (await one<VerzoekRij & Record<string, unknown>>(db, findVerzoek(v.gemeente_code, v.id)))!, bericht };
}

/** JW319 'Verzoek afgewezen' (VerzoekAntwoord 1) with RedenAfwijzingVerzoek (WJ759); 8 (woonplaatsbeginsel) names the municipality. */
export async function rejectVerzoek(db: Queryable, input: { gemeenteCode: string; verzoekId: string; redenAfwijzing: string; woonplaatsGemeente?: string | null },
  opts: ZorgOpties = {}) {
  if (!REDENEN_AFWIJZING.has(input.redenAfwijzing)) throw new InputError('BAD_USER_INPUT', 'input.redenAfwijzing', `RedenAfwijzingVerzoek ${input.redenAfwijzing} is not in WJ759`);
  if (input.redenAfwijzing === '8' && !input.woonplaatsGemeente) throw new InputError('REQUIRED', 'input.woonplaatsGemeente', 'woonplaatsbeginsel (8) names the responsible municipality');
  const v = await loadOpen(db, input.gemeenteCode, input.verzoekId);
  const antwoord: JW319Bericht['Antwoord'] = { ReferentieAanbieder: v.referentie_aanbieder, VerzoekAntwoord: '1', RedenAfwijzingVerzoek: input.redenAfwijzing };
  if (input.woonplaatsGemeente) antwoord.Woonplaatsbeginsel = { Gemeente: input.woonplaatsGemeente };
  const bericht = await verstuurJW319(db, v, antwoord, opts);
  await one(db, markBesluit(v.gemeente_code, v.id, 'afgewezen', bericht.id, input.redenAfwijzing, input.woonplaatsGemeente ?? null));
  return { verzoek: (await one<VerzoekRij & Record<string, unknown>>(db, findVerzoek(v.gemeente_code, v.id)))!, bericht };
}

/**
 * Honour the request with a JW301. `aanpassing` lets the municipality allocate other dates or volume than asked
 * (a JW315 product may ask for no Einddatum; the contract check then needs one).
 */
export async function allocateVerzoek(db: Queryable, input: { gemeenteCode: string; verzoekId: string; einddatum?: string | null },
  opts: ZorgOpties = {}): Promise<{ verzoek: VerzoekRij; toewijzingen: ToewijzingRij[]; bericht: UitgaandResultaat }> {
  const v = await loadOpen(db, input.gemeenteCode, input.verzoekId);
  const nu = (opts.nu ?? (() => new Date()))();
  const client = (await one<ClientRij & Record<string, unknown>>(db, {
    text: `SELECT gemeente_code, id::text, bsn, pseudoniem, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, persoonsgegevens
           FROM client WHERE gemeente_code = $1 AND id = $2 FOR UPDATE`,
    values: [v.gemeente_code, v.client_id],
  }))!;
  requireClientContact(client, 'client.adres'); // a JW315/JW317 carries no address: the municipality records it first
  const gewijzigd: string[] = [];
  const historie: string[] = [];
  const metReferentie = new Set<string>();

  if (v.soort === 'JW315') {
    const a = v.gevraagd as unknown as JW315AangevraagdProduct;
    if (!a.Product) throw new InputError('BAD_USER_INPUT', 'input.verzoekId', 'a generic request (no product) cannot be allocated here yet');
    const p: NieuwProductInput = {
      product: { categorie: a.Product.Categorie, code: a.Product.Code ?? null },
      ingangsdatum: a.ToewijzingIngangsdatum,
      einddatum: input.einddatum === undefined ? (a.ToewijzingEinddatum ?? null) : input.einddatum,
      omvang: a.Omvang ? { volume: a.Omvang.Volume, eenheid: a.Omvang.Eenheid, frequentie: a.Omvang.Frequentie } : null,
      budgetCents: a.Budget ?? null,
      referentieAanbieder: v.referentie_aanbieder,
    };
    const r = await insertToewijzingen(db, v.gemeente_code, v.aanbieder_agb, client, [p], v.id, nu);
    gewijzigd.push(...r.ids);
    historie.push(...r.historie);
    r.ids.forEach((id) => metReferentie.add(id));
  } else {
    const w = v.gevraagd as unknown as JW317Verzoek;
    for (const o of lijst(w.OngewijzigdeProducten?.OngewijzigdProduct)) {
      const t = await one<ToewijzingRij & Record<string, unknown>>(db, findToewijzingByNummer(v.gemeente_code, o.ToewijzingNummer));
      if (t) metReferentie.add(t.id);
    }
    for (const tw of lijst(w.TeWijzigenProducten?.TeWijzigenProduct)) {
      const t = await one<ToewijzingRij & Record<string, unknown>>(db, findToewijzingByNummer(v.gemeente_code, tw.ToewijzingNummer));
      if (!t || t.status !== 'actueel') throw new JeugdregieError('INVALID_TRANSITION', `toewijzing ${tw.ToewijzingNummer} is not current`, { field: 'input.verzoekId' });
      await one(db, { text: `SELECT 1 FROM toewijzing WHERE gemeente_code = $1 AND id = $2 FOR UPDATE`, values: [t.gemeente_code, t.id] });
      const omvang = tw.Omvang ? { volume: tw.Omvang.Volume, eenheid: tw.Omvang.Eenheid, frequentie: tw.Omvang.Frequentie }
        : t.volume === null ? null : { volume: t.volume, eenheid: t.eenheid!, frequentie: t.frequentie! };
      const einddatum = tw.Einddatum ?? t.einddatum;
      historie.push(await applyWijziging(db, t, {
        actie: einddatum !== null && (t.einddatum === null || einddatum < t.einddatum) ? 'verkort' : 'gewijzigd',
        einddatum, omvang, budgetCents: tw.Budget ?? t.budget_cents, redenWijziging: '12', status: 'actueel',
      }, nu, v.id, v.referentie_aanbieder));
      gewijzigd.push(t.id);
      metReferentie.add(t.id);
    }
    const nieuw: NieuwProductInput[] = lijst(w.NieuweProducten?.NieuwProduct).map((n) => {
      if (!n.Product) throw new InputError('BAD_USER_INPUT', 'input.verzoekId', 'a generic product (no category) cannot be allocated here yet');
      return {
        product: { categorie: n.Product.Categorie, code: n.Product.Code ?? null },
        ingangsdatum: n.GewensteIngangsdatum,
        einddatum: n.Einddatum ?? input.einddatum ?? null,
        omvang: n.Omvang ? { volume: n.Omvang.Volume, eenheid: n.Omvang.Eenheid, frequentie: n.Omvang.Frequentie } : null,
        budgetCents: n.Budget ?? null,
        referentieAanbieder: v.referentie_aanbieder,
      };
    });
    if (nieuw.length) {
      const r = await insertToewijzingen(db, v.gemeente_code, v.aanbieder_agb, client, nieuw, v.id, nu);
      gewijzigd.push(...r.ids);
      historie.push(...r.historie);
      r.ids.forEach((id) => metReferentie.add(id));
    }
  }

  const deps = opts.uitgaand ?? standaardDeps();
  const rijen = await run<ToewijzingRij & Record<string, unknown>>(db,
    findToewijzingenVoorBericht(v.gemeente_code, client.id, v.aanbieder_agb, deps.bronnen.vandaag(), gewijzigd));
  // IV093: for a JW317 every ToegewezenProduct in the message carries the request's reference — stored on the unchanged ones too.
  if (v.soort === 'JW317') {
    for (const r of rijen) {
      if (!metReferentie.has(r.id)) continue;
      r.referentie_aanbieder = v.referentie_aanbieder;
    }
  }
  const bericht = buildJW301(v.gemeente_code, v.aanbieder_agb, client, rijen, metReferentie);
  await checkEigenBericht(db, 'JW301', bericht, opts);
  const res = await verstuur(db, 'JW301', bericht, { clientIds: [client.id], toewijzingIds: rijen.map((r) => r.id) }, deps);
  await one(db, markVerzonden(v.gemeente_code, rijen.map((r) => r.id), res.id));
  if (historie.length) await one(db, setHistorieBericht(v.gemeente_code, historie, res.id));
  if (v.soort === 'JW317') {
    await one(db, {
      text: `UPDATE toewijzing SET referentie_aanbieder = $3 WHERE gemeente_code = $1 AND id = ANY($2::bigint[])`,
      values: [v.gemeente_code, [...metReferentie], v.referentie_aanbieder],
    });
  }
  await one(db, markBesluit(v.gemeente_code, v.id, 'toegewezen', res.id, null, null));
  const toewijzingen = await run<ToewijzingRij & Record<string, unknown>>(db,
    { text: `SELECT ${TOEWIJZING_KOLOMMEN} FROM toewijzing t WHERE t.gemeente_code = $1 AND t.id = ANY($2::bigint[]) ORDER BY t.toewijzing_nummer`, values: [v.gemeente_code, gewijzigd] });
  return { verzoek: (await one<VerzoekRij & Record<string, unknown>>(db, findVerzoek(v.gemeente_code, v.id)))!, toewijzingen, bericht: res };
}

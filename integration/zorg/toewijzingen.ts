/**
 * The allocation service: issue, change, shorten and withdraw allocations (toewijzingen). Every operation runs in the
 * caller's transaction and ends in one JW301 for the client and provider with ALL their current allocations (OP087),
 * stored and queued by enqueueUitgaand (integration/flows/uitgaand.ts) in that same transaction.
 *
 * - An allocation needs an active contract of the provider covering the product and the whole period (region contract
 *   or a local contract of the municipality); otherwise NO_VALID_CONTRACT with the offending field.
 * - The contract and the tariff in force are recorded on the allocation and in every history row.
 * - The cross-message rules on JW301 (our own output: TR332, TR379) run on the built message before it is sent;
 *   enqueueUitgaand then runs the XSD, in-message and external rules on the built XML. Nothing we send fails them.
 * - A JW301 needs the client's address or phone (TR006): without one on file the operation refuses with
 *   CLIENT_ADDRESS_REQUIRED before it writes anything.
 */
import { InputError, JeugdregieError, NotFoundError } from '../../api/errors/index.js';
import { enqueueUitgaand, UitgaandBerichtOngeldig, type UitgaandResultaat } from '../flows/uitgaand.js';
import type { PipelineDeps } from '../flows/PipelineDeps.js';
import { standaardDeps } from '../flows/standaardDeps.js';
import { vandaagInNederland } from '../rules/helpers.js';
import type { Bevinding, Queryable, Regel } from '../rules/Regel.js';
import type { Koppelingen } from '../store/berichtKoppeling.sql.js';
import { one, run } from '../store/SqlQuery.js';
import { findClient as findClientById, type ClientRij } from './client.sql.js';
import { ensureClient, findClient, type ClientGegevens } from './clienten.js';
import { diagnoseContract, findContractInForce, type ContractInForce } from './contract.sql.js';
import { buildJW301, heeftContact } from './jw301.js';
import {
  findToewijzing, findToewijzingenVoorBericht, insertHistorie, insertToewijzing, markVerzonden, nextToewijzingNummer,
  setHistorieBericht, updateToewijzing, type HistorieActie, type ToewijzingRij,
} from './toewijzing.sql.js';

export type UitgaandDeps = Pick<PipelineDeps, 'buildBericht' | 'valideer' | 'bronnen'>;

export interface ZorgOpties {
  /** Codec, validation and 'vandaag' for the outbound message (default: standaardDeps()). */
  uitgaand?: UitgaandDeps;
  /** Rules on our own JW301/JW319 (default: the registered cross-message rules for that type). */
  eigenRegels?: readonly Regel[];
  /** Clock for Toewijzingsdatum/-tijd (default: now, Europe/Amsterdam). */
  nu?: () => Date;
}

export interface Omvang {
  volume: number;
  eenheid: string;
  frequentie: string;
}

/** One new product for a client at a provider. */
export interface IssueToewijzingInput extends NieuwProductInput {
  gemeenteCode: string;
  aanbiederAgb: string;
  client: ClientGegevens;
  /** Honouring a request: its id; ReferentieAanbieder is taken from it (TR379). */
  verzoekId?: string | null;
}

export interface ToewijzingResultaat {
  toewijzingen: ToewijzingRij[];
  bericht: UitgaandResultaat;
}

const REDEN_VERWIJDERD = '13';
const REDENEN = new Set(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14']);

function tijdstip(nu: Date): { datum: string; tijd: string } {
  const f = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  const [datum, tijd] = f.format(nu).split(' ') as [string, string];
  return { datum, tijd };
}

/** The contract (and tariff) in force for this provider, product and period, or NO_VALID_CONTRACT with the field. */
export async function requireContract(db: Queryable, gemeenteCode: string, aanbiederAgb: string, categorie: string, code: string | null,
  ingangsdatum: string, einddatum: string | null, prefix = 'input'): Promise<ContractInForce> {
  const c = await one<ContractInForce & Record<string, unknown>>(db, findContractInForce(gemeenteCode, aanbiederAgb, categorie, code, ingangsdatum, einddatum));
  if (c) return c;
  const d = (await one<{ product_bestaat: boolean; contract_bij_start: boolean }>(db, diagnoseContract(gemeenteCode, aanbiederAgb, categorie, code, ingangsdatum)))!;
  if (!d.product_bestaat) {
    throw new JeugdregieError('NO_VALID_CONTRACT', `product ${categorie}/${code ?? '-'} is not in the product book of municipality ${gemeenteCode}'s region`, { field: `${prefix}.product` });
  }
  if (d.contract_bij_start) {
    throw new JeugdregieError('NO_VALID_CONTRACT', `the contract of provider ${aanbiederAgb} for ${categorie}/${code ?? '-'} does not cover the period up to ${einddatum ?? 'open end'}`, { field: `${prefix}.einddatum` });
  }
  throw new JeugdregieError('NO_VALID_CONTRACT', `provider ${aanbiederAgb} holds no active contract for ${categorie}/${code ?? '-'} on ${ingangsdatum} with municipality ${gemeenteCode}`, { field: `${prefix}.aanbiederAgb` });
}

function checkOmvang(omvang: Omvang | null | undefined, budgetCents: number | null | undefined, prefix = 'input'): void {
  if (!omvang && (budgetCents === null || budgetCents === undefined)) {
    throw new InputError('REQUIRED', `${prefix}.omvang`, 'an allocation needs an Omvang (volume, eenheid, frequentie) or a Budget');
  }
  if (omvang && (!Number.isInteger(omvang.volume) || omvang.volume < 0)) throw new InputError('BAD_USER_INPUT', `${prefix}.omvang.volume`, 'volume must be a whole number >= 0');
  if (budgetCents !== null && budgetCents !== undefined && (!Number.isInteger(budgetCents) || budgetCents < 0)) {
    throw new InputError('BAD_USER_INPUT', `${prefix}.budgetCents`, 'budget must be whole euro cents >= 0');
  }
}

/** TR006 before anything is written: the client needs an address (Huis + Postcode) or a phone number on file. */
export function requireClientContact(client: { bsn: string; persoonsgegevens?: Record<string, unknown> | null }, field: string): void {
  if (heeftContact(client.persoonsgegevens)) return;
  throw new JeugdregieError('CLIENT_ADDRESS_REQUIRED',
    // no BSN in the message: error texts end up in logs and screenshots
    `the client has no address (Huis + Postcode) or phone number on file; a JW301 without one breaks TR006`, { field });
}

async function lockClient(db: Queryable, gemeenteCode: string, clientId: string): Promise<ClientRij> {
  const c = await one<ClientRij & Record<string, unknown>>(db, {
    text: `SELECT gemeente_code, id::text, bsn, pseudoniem, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, persoonsgegevens
           FROM client WHERE gemeente_code = $1 AND id = $2 FOR UPDATE`,
    values: [gemeenteCode, clientId],
  });
  if (!c) throw new NotFoundError('client', clientId);
  return c;
}

/**
 * Build, check and queue the JW301 for one client at one provider; link the changed allocations and their history
 * rows to it. The rules on our own output run first: a finding is a bug or a conflicting request, never sent.
 */
async function verstuurJW301(db: Queryable, client: ClientRij, aanbiederAgb: string, gewijzigd: readonly string[],
  historie: readonly string[], metReferentie: ReadonlySet<string>, opts: ZorgOpties): Promise<UitgaandResultaat> {
  const deps = opts.uitgaand ?? standaardDeps();
  const dagtekening = deps.bronnen.vandaag();
  const rijen = await run<ToewijzingRij & Record<string, unknown>>(db,
    findToewijzingenVoorBericht(client.gemeente_code, client.id, aanbiederAgb, dagtekening, gewijzigd));
  const bericht = buildJW301(client.gemeente_code, aanbiederAgb, client, rijen, metReferentie);
  await checkEigenBericht(db, 'JW301', bericht, opts);
  const res = await verstuur(db, 'JW301', bericht, { clientIds: [client.id], toewijzingIds: rijen.map((r) => r.id) }, deps);
  await one(db, markVerzonden(client.gemeente_code, rijen.map((r) => r.id), res.id));
  if (historie.length) await one(db, setHistorieBericht(client.gemeente_code, historie, res.id));
  return res;
}

/** enqueueUitgaand for the services: a finding of the XSD, in-message or external rules → IJW_RULE_VIOLATION (nothing sent). */
export async function verstuur(db: Queryable, type: 'JW301' | 'JW319', bericht: unknown, links: Koppelingen, deps: UitgaandDeps): Promise<UitgaandResultaat> {
  try {
    return await enqueueUitgaand(db, type, bericht, links, deps);
  } catch (e) {
    if (e instanceof UitgaandBerichtOngeldig) throw new JeugdregieError('IJW_RULE_VIOLATION', e.message, { field: 'input', cause: e });
    throw e;
  }
}

/** Run the cross-message rules for an outbound type on our own message; any finding → IJW_RULE_VIOLATION. */
export async function checkEigenBericht(db: Queryable, type: 'JW301' | 'JW319', bericht: unknown, opts: ZorgOpties): Promise<void> {
  const regels = opts.eigenRegels ?? (await import('../rules/berichtoverstijgend/index.js')).berichtoverstijgendeRegels;
  const bevindingen: Bevinding[] = [];
  const bronnen = (opts.uitgaand ?? standaardDeps()).bronnen;
  for (const r of regels.filter((x) => x.berichten.includes(type))) {
    await r.check(bericht, { db, bronnen, report: (m) => bevindingen.push({ ...m, regel: r.code, retourcode: m.retourcode ?? r.retourcode }) });
  }
  if (bevindingen.length) {
    const b = bevindingen[0]!;
    throw new JeugdregieError('IJW_RULE_VIOLATION', `${type} would break ${b.regel} (${b.retourcode}): ${b.melding}`, { field: 'input' });
  }
}

async function reloadAll(db: Queryable, gemeenteCode: string, ids: readonly string[]): Promise<ToewijzingRij[]> {
  const out: ToewijzingRij[] = [];
  for (const id of ids) out.push((await one<ToewijzingRij & Record<string, unknown>>(db, findToewijzing(gemeenteCode, id)))!);
  return out;
}

export interface NieuwProductInput {
  product: { categorie: string; code?: string | null };
  ingangsdatum: string;
  einddatum?: string | null;
  omvang?: Omvang | null;
  budgetCents?: number | null;
  commentaar?: string | null;
  referentieAanbieder?: string | null;
}

/** Insert allocations (without sending): contract check, number, history. Used by issue and by request decisions. */
export async function insertToewijzingen(db: Queryable, gemeenteCode: string, aanbiederAgb: string, client: ClientRij,
  producten: readonly NieuwProductInput[], verzoekId: string | null, nu: Date, prefix = 'input'): Promise<{ ids: string[]; historie: string[] }> {
  const { datum, tijd } = tijdstip(nu);
  const ids: string[] = [];
  const historie: string[] = [];
  for (const [i, p] of producten.entries()) {
    const at = producten.length > 1 ? `${prefix}.producten[${i}]` : prefix;
    if (p.einddatum && p.einddatum < p.ingangsdatum) throw new InputError('BAD_USER_INPUT', `${at}.einddatum`, 'einddatum lies before ingangsdatum');
    checkOmvang(p.omvang, p.budgetCents, at);
    const c = await requireContract(db, gemeenteCode, aanbiederAgb, p.product.categorie, p.product.code ?? null, p.ingangsdatum, p.einddatum ?? null, at);
    const nummer = (await one<{ nummer: number }>(db, nextToewijzingNummer()))!.nummer;
    const rij = (await one<{ id: string }>(db, insertToewijzing({
      gemeenteCode, toewijzingNummer: nummer, aanbiederAgb, clientId: client.id, productId: c.product_id,
      categorie: p.product.categorie, code: p.product.code ?? null, contractId: c.contract_id, tariffId: c.tariff_id,
      ingangsdatum: p.ingangsdatum, einddatum: p.einddatum ?? null, volume: p.omvang?.volume ?? null, eenheid: p.omvang?.eenheid ?? null,
      frequentie: p.omvang?.frequentie ?? null, budgetCents: p.budgetCents ?? null, referentieAanbieder: p.referentieAanbieder ?? null,
      verzoekId, commentaar: p.commentaar ?? null, toewijzingsdatum: datum, toewijzingstijd: tijd,
    })))!;
    ids.push(rij.id);
    historie.push((await one<{ id: string }>(db, insertHistorie(gemeenteCode, rij.id, 'toegewezen', null)))!.id);
  }
  return { ids, historie };
}

/** Issue a new allocation and send the JW301 with all current allocations of the client at this provider. */
export async function issueToewijzing(db: Queryable, input: IssueToewijzingInput, opts: ZorgOpties = {}): Promise<ToewijzingResultaat> {
  const nu = (opts.nu ?? (() => new Date()))();
  // What ensureClient will hold (its upsert merges persoonsgegevens at the top level), checked before it writes.
  const bekend = await findClient(db, input.gemeenteCode, input.client.bsn);
  requireClientContact({ bsn: input.client.bsn, persoonsgegevens: { ...(bekend?.persoonsgegevens ?? {}), ...(input.client.persoonsgegevens ?? {}) } },
    'input.client.adres');
  const c0 = await ensureClient(db, input.gemeenteCode, input.client);
  const client = await lockClient(db, input.gemeenteCode, c0.id);
  const { ids, historie } = await insertToewijzingen(db, input.gemeenteCode, input.aanbiederAgb, client, [{
    product: input.product, ingangsdatum: input.ingangsdatum, einddatum: input.einddatum, omvang: input.omvang,
    budgetCents: input.budgetCents, commentaar: input.commentaar, referentieAanbieder: input.referentieAanbieder,
  }], input.verzoekId ?? null, nu);
  const metReferentie = new Set(input.referentieAanbieder ? ids : []);
  const bericht = await verstuurJW301(db, client, input.aanbiederAgb, ids, historie, metReferentie, opts);
  return { toewijzingen: await reloadAll(db, input.gemeenteCode, ids), bericht };
}

export interface WijzigToewijzingInput {
  gemeenteCode: string;
  toewijzingId: string;
  /** New einddatum (null = open end); undefined = unchanged. */
  einddatum?: string | null;
  omvang?: Omvang | null;
  budgetCents?: number | null;
  redenWijziging: string;
  verzoekId?: string | null;
  referentieAanbieder?: string | null;
}

interface Toepassing {
  actie: HistorieActie;
  einddatum: string | null;
  omvang: Omvang | null;
  budgetCents: number | null;
  redenWijziging: string;
  status: 'actueel' | 'verwijderd';
}

/** Apply a change to one allocation (locked), re-check the contract when the period grows, record history. */
export async function applyWijziging(db: Queryable, t: ToewijzingRij, w: Toepassing, nu: Date, verzoekId: string | null,
  referentieAanbieder: string | null, prefix = 'input'): Promise<string> {
  const { datum, tijd } = tijdstip(nu);
  let contractId = t.contract_id;
  let tariffId = t.tariff_id;
  const langer = t.einddatum !== null && (w.einddatum === null || w.einddatum > t.einddatum);
  if (w.status === 'actueel' && langer && t.product_categorie) {
    const c = await requireContract(db, t.gemeente_code, t.aanbieder_agb, t.product_categorie, t.product_code, t.ingangsdatum, w.einddatum, prefix);
    contractId = c.contract_id;
    tariffId = c.tariff_id;
  }
  await one(db, updateToewijzing(t.gemeente_code, t.id, {
    einddatum: w.einddatum, volume: w.omvang?.volume ?? null, eenheid: w.omvang?.eenheid ?? null, frequentie: w.omvang?.frequentie ?? null,
    budgetCents: w.budgetCents, redenWijziging: w.redenWijziging, status: w.status, contractId, tariffId,
    referentieAanbieder, verzoekId, toewijzingsdatum: datum, toewijzingstijd: tijd,
  }));
  return (await one<{ id: string }>(db, insertHistorie(t.gemeente_code, t.id, w.actie, null)))!.id;
}

async function loadVoorWijziging(db: Queryable, gemeenteCode: string, id: string): Promise<ToewijzingRij> {
  const t = await one<ToewijzingRij & Record<string, unknown>>(db, findToewijzing(gemeenteCode, id, true));
  if (!t) throw new NotFoundError('toewijzing', id, 'input.toewijzingId');
  if (t.status === 'verwijderd') throw new JeugdregieError('INVALID_TRANSITION', `toewijzing ${t.toewijzing_nummer} was removed (reden 13)`, { field: 'input.toewijzingId' });
  return t;
}

function checkReden(reden: string): void {
  if (!REDENEN.has(reden)) throw new InputError('BAD_USER_INPUT', 'input.redenWijziging', `RedenWijziging ${reden} is not in JZ002 (01 is vervallen)`);
}

async function wijzigEnVerstuur(db: Queryable, gemeenteCode: string, t: ToewijzingRij, w: Toepassing, opts: ZorgOpties,
  verzoekId: string | null = null, referentieAanbieder: string | null = null): Promise<ToewijzingResultaat> {
  const nu = (opts.nu ?? (() => new Date()))();
  const client = await lockClient(db, gemeenteCode, t.client_id);
  requireClientContact(client, 'client.adres');
  const h = await applyWijziging(db, t, w, nu, verzoekId, referentieAanbieder);
  const bericht = await verstuurJW301(db, client, t.aanbieder_agb, [t.id], [h], new Set(referentieAanbieder ? [t.id] : []), opts);
  return { toewijzingen: await reloadAll(db, gemeenteCode, [t.id]), bericht };
}

/**
 * Change volume, budget and/or einddatum (e.g. 04 verlenging, 05 herbeoordeling, 12 on the provider's request).
 * A longer period needs a contract that covers it.
 */
export async function changeToewijzing(db: Queryable, input: WijzigToewijzingInput, opts: ZorgOpties = {}): Promise<ToewijzingResultaat> {
  checkReden(input.redenWijziging);
  if (input.redenWijziging === REDEN_VERWIJDERD) throw new InputError('BAD_USER_INPUT', 'input.redenWijziging', 'use withdrawToewijzing to remove an allocation (13)');
  const t = await loadVoorWijziging(db, input.gemeenteCode, input.toewijzingId);
  const einddatum = input.einddatum === undefined ? t.einddatum : input.einddatum;
  if (einddatum !== null && einddatum < t.ingangsdatum) throw new InputError('BAD_USER_INPUT', 'input.einddatum', 'einddatum lies before ingangsdatum');
  const omvang = input.omvang === undefined ? (t.volume === null ? null : { volume: t.volume, eenheid: t.eenheid!, frequentie: t.frequentie! }) : input.omvang;
  const budgetCents = input.budgetCents === undefined ? t.budget_cents : input.budgetCents;
  checkOmvang(omvang, budgetCents);
  const korter = einddatum !== null && (t.einddatum === null || einddatum < t.einddatum);
  return wijzigEnVerstuur(db, input.gemeenteCode, t, { actie: korter ? 'verkort' : 'gewijzigd', einddatum, omvang, budgetCents,
    redenWijziging: input.redenWijziging, status: 'actueel' }, opts, input.verzoekId ?? null, input.referentieAanbieder ?? null);
}

/** Shorten: an earlier einddatum (or one where there was none) with the RedenWijziging (JZ002, e.g. 05). */
export async function shortenToewijzing(db: Queryable, input: { gemeenteCode: string; toewijzingId: string; einddatum: string; redenWijziging: string },
  opts: ZorgOpties = {}): Promise<ToewijzingResultaat> {
  checkReden(input.redenWijziging);
  if (input.redenWijziging === REDEN_VERWIJDERD) throw new InputError('BAD_USER_INPUT', 'input.redenWijziging', 'use withdrawToewijzing to remove an allocation (13)');
  const t = await loadVoorWijziging(db, input.gemeenteCode, input.toewijzingId);
  if (t.einddatum !== null && input.einddatum >= t.einddatum) {
    throw new InputError('BAD_USER_INPUT', 'input.einddatum', `einddatum ${input.einddatum} is not before the current einddatum ${t.einddatum}`);
  }
  if (input.einddatum < t.ingangsdatum) throw new InputError('BAD_USER_INPUT', 'input.einddatum', 'einddatum lies before ingangsdatum; remove the allocation (13) instead');
  return wijzigEnVerstuur(db, input.gemeenteCode, t, { actie: 'verkort', einddatum: input.einddatum,
    omvang: t.volume === null ? null : { volume: t.volume, eenheid: t.eenheid!, frequentie: t.frequentie! }, budgetCents: t.budget_cents,
    redenWijziging: input.redenWijziging, status: 'actueel' }, opts);
}

/**
 * Withdraw (intrekken). With RedenWijziging 13 (Verwijderd) the allocation was sent in error: einddatum = ingangsdatum
 * and it counts as never sent (process description 3.3.2, OP087); otherwise it ends on `einddatum` (default: today,
 * or the ingangsdatum when that lies in the future).
 */
export async function withdrawToewijzing(db: Queryable, input: { gemeenteCode: string; toewijzingId: string; redenWijziging: string; einddatum?: string | null },
  opts: ZorgOpties = {}): Promise<ToewijzingResultaat> {
  checkReden(input.redenWijziging);
  const t = await loadVoorWijziging(db, input.gemeenteCode, input.toewijzingId);
  const omvang = t.volume === null ? null : { volume: t.volume, eenheid: t.eenheid!, frequentie: t.frequentie! };
  if (input.redenWijziging === REDEN_VERWIJDERD) {
    return wijzigEnVerstuur(db, input.gemeenteCode, t, { actie: 'verwijderd', einddatum: t.ingangsdatum, omvang, budgetCents: t.budget_cents,
      redenWijziging: REDEN_VERWIJDERD, status: 'verwijderd' }, opts);
  }
  const vandaag = (opts.uitgaand ?? standaardDeps()).bronnen.vandaag() ?? vandaagInNederland();
  let einddatum = input.einddatum ?? (vandaag < t.ingangsdatum ? t.ingangsdatum : vandaag);
  if (einddatum < t.ingangsdatum) throw new InputError('BAD_USER_INPUT', 'input.einddatum', 'einddatum lies before ingangsdatum');
  if (t.einddatum !== null && einddatum > t.einddatum) einddatum = t.einddatum;
  return wijzigEnVerstuur(db, input.gemeenteCode, t, { actie: 'ingetrokken', einddatum, omvang, budgetCents: t.budget_cents,
    redenWijziging: input.redenWijziging, status: 'actueel' }, opts);
}

export { findClientById };

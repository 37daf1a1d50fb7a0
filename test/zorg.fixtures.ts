/**
 * Fixtures for the care-domain tests (integration/zorg, flows/handlers, rules/berichtoverstijgend): a region with one
 * municipality, provider, segment, active contract, product and tariff; minimal stored messages; direct allocations.
 * The official example messages use municipality 0363/0384, provider 65656055/42420001 and BSN 999900006.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { BerichtType } from '../integration/ijw/berichttypen';
import { parse, type BerichtVan } from '../integration/ijw/codec';
import type { Bevinding, Regel } from '../integration/rules/Regel';
import { insertBericht } from '../integration/store/bericht.sql';
import { one } from '../integration/store/SqlQuery';
import { brpContact } from '../integration/simulator/gemeente';
import { ensureClient } from '../integration/zorg/clienten';
import { insertToewijzing } from '../integration/zorg/toewijzing.sql';
import type { BerichtHandler, HandlerContext } from '../integration/flows/Handler';
import { withTransaction } from '../integration/flows/transaction';
import { ijwVoorbeeld } from './support/fixtures';

export interface Inkoop {
  gemeente: string;
  agb: string;
  regionId: string;
  municipalityId: string;
  providerId: string;
  segmentId: string;
  contractId: string;
  productId: string;
  tariffId: string;
}

let n = 0;

/** One region with municipality `gemeente`, provider `agb`, an active region contract 2025-01-01..2027-12-31 for a segment with product 55/55A11 (+ 55A12) and a contract tariff. */
export async function seedInkoop(pool: pg.Pool, gemeente = '0363', agb = '65656055', opts: { contractEinde?: string | null; contractStatus?: string } = {}): Promise<Inkoop> {
  n += 1;
  const q = async (text: string, values: unknown[]) => (await pool.query(text, values)).rows[0] as { id: string };
  const region = await q(`INSERT INTO region (code, name) VALUES ($1, $2) RETURNING id`, [`T${n}${randomBytes(2).toString('hex').toUpperCase()}`, `Testregio ${n}`]);
  const mun = (await pool.query(`SELECT id FROM municipality WHERE cbs_code = $1`, [gemeente])).rows[0] as { id: string } | undefined
    ?? await q(`INSERT INTO municipality (cbs_code, name, youth_population, region_id) VALUES ($1, $2, 1000, $3) RETURNING id`, [gemeente, `Gemeente ${gemeente}`, region.id]);
  const provider = (await pool.query(`SELECT id FROM provider WHERE agb_code = $1`, [agb])).rows[0] as { id: string } | undefined
    ?? await q(`INSERT INTO provider (agb_code, name) VALUES ($1, $2) RETURNING id`, [agb, `Aanbieder ${agb}`]);
  const segment = await q(`INSERT INTO segment (region_id, number, name, procurement_method, funding_model)
                           VALUES ($1, 1, 'Ambulant', 'open_house', 'inspanningsgericht') RETURNING id`, [region.id]);
  const contract = await q(`INSERT INTO contract (provider_id, region_id, segment_id, reference, start_date, end_date, status)
                            VALUES ($1, $2, $3, $4, '2025-01-01', $5, $6) RETURNING id`,
  [provider.id, region.id, segment.id, `C-${n}`, opts.contractEinde === undefined ? '2027-12-31' : opts.contractEinde, opts.contractStatus ?? 'active']);
  const product = await q(`INSERT INTO product (region_id, segment_id, category, code, name, unit, frequency, allocation_variant)
                           VALUES ($1, $2, '55', '55A11', 'Ambulante jeugdhulp', '04', '2', 'inspanningsgericht') RETURNING id`, [region.id, segment.id]);
  await q(`INSERT INTO product (region_id, segment_id, category, code, name, unit, frequency, allocation_variant)
           VALUES ($1, $2, '55', '55A12', 'Ambulante jeugdhulp groep', '16', '2', 'inspanningsgericht') RETURNING id`, [region.id, segment.id]);
  const tariff = await q(`INSERT INTO tariff (contract_id, product_id, price_cents, valid_from) VALUES ($1, $2, 9000, '2025-01-01') RETURNING id`,
    [contract.id, product.id]);
  return { gemeente, agb, regionId: region.id, municipalityId: mun.id, providerId: provider.id, segmentId: segment.id,
    contractId: contract.id, productId: product.id, tariffId: tariff.id };
}

/** A stored inbound message (for the bericht_id of care rows); the XML is not needed by the care tables. */
export async function inBericht(pool: pg.Pool | pg.PoolClient, type: BerichtType, afzender: string, ontvanger: string): Promise<string> {
  const raw = randomBytes(16);
  const rij = await one<{ id: string }>(pool, insertBericht({
    richting: 'in', type, afzender, ontvanger, identificatie: raw.toString('hex').slice(0, 12), dagtekening: '2026-04-01',
    gemeenteCode: /^\d{4}$/.test(ontvanger) ? ontvanger : afzender, inhoudHash: raw, raw, parsed: null, status: 'received', kanaal: 'test',
  }));
  return rij!.id;
}

/** An allocation written directly (no JW301): for rule tests that only need one to exist. */
export async function maakToewijzing(pool: pg.Pool, ink: Inkoop, nummer: number, bsn = '999900006',
  over: { ingangsdatum?: string; einddatum?: string | null; code?: string } = {}): Promise<string> {
  // With the BRP address a JW301 needs (TR006), so services that re-send this allocation can.
  const client = await ensureClient(pool, ink.gemeente, { bsn, geboortedatum: '2010-02-14', persoonsgegevens: { Contactgegevens: { Contact: [brpContact(ink.gemeente, bsn)] } } });
  const rij = await one<{ id: string }>(pool, insertToewijzing({
    gemeenteCode: ink.gemeente, toewijzingNummer: nummer, aanbiederAgb: ink.agb, clientId: client.id, productId: ink.productId,
    categorie: '55', code: over.code ?? '55A11', contractId: ink.contractId, tariffId: ink.tariffId,
    ingangsdatum: over.ingangsdatum ?? '2026-04-01', einddatum: over.einddatum === undefined ? '2026-12-31' : over.einddatum,
    volume: 2, eenheid: '04', frequentie: '2', budgetCents: null, referentieAanbieder: null, verzoekId: null, commentaar: null,
    toewijzingsdatum: '2026-04-01', toewijzingstijd: '12:00:00',
  }));
  return rij!.id;
}

export function voorbeeld<T extends BerichtType>(type: T): BerichtVan<T> {
  return parse(type, ijwVoorbeeld(type));
}

/** The official JW315 for `bsn`, with one AangevraagdProduct per reference (the first refs.length of the example's). */
export function jw315(bsn: string, refs: string[]): BerichtVan<'JW315'> {
  const b = voorbeeld('JW315');
  b.Client.Bsn = bsn;
  b.Client.AangevraagdeProducten.AangevraagdProduct = b.Client.AangevraagdeProducten.AangevraagdProduct.slice(0, refs.length)
    .map((a, i) => ({ ...a, ReferentieAanbieder: refs[i]! }));
  return b;
}

/** Run one cross-message rule on a typed message against the database; the findings it reports. */
export async function checkRegel<B>(regel: Regel<B>, bericht: B, db: pg.Pool): Promise<Bevinding[]> {
  const out: Bevinding[] = [];
  await regel.check(bericht, {
    db,
    bronnen: { vandaag: () => '2026-08-01', isGemeentecode: () => true, isProductcode: () => undefined },
    report: (m) => out.push({ ...m, regel: regel.code, retourcode: m.retourcode ?? regel.retourcode }),
  });
  return out;
}

/** Run a handler as the pipeline would, in one transaction, for a message stored first. */
export async function handle<B>(pool: pg.Pool, handler: BerichtHandler<B>, bericht: B & { Header: { Afzender: string; Ontvanger: string } },
  bevindingen: Bevinding[] = []): Promise<Awaited<ReturnType<BerichtHandler<B>['handle']>> & { berichtId: string }> {
  return withTransaction(pool, async (tx) => {
    const berichtId = await inBericht(tx, handler.type, bericht.Header.Afzender, bericht.Header.Ontvanger);
    const ctx: HandlerContext = {
      db: tx,
      bericht: { id: berichtId, type: handler.type, afzender: bericht.Header.Afzender, ontvanger: bericht.Header.Ontvanger, identificatie: 'x', dagtekening: '2026-04-15' },
      bronnen: { vandaag: () => '2026-08-01', isGemeentecode: () => true, isProductcode: () => undefined },
      bevindingen,
    };
    const res = await handler.handle(bericht, ctx);
    return { ...res, berichtId };
  });
}
